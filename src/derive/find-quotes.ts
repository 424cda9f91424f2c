/** One quoted span in a paragraph: the words between the marks. */
export interface QuoteSpan {
  /** Index of the paragraph (0-based) in the cleaned article. */
  paragraph: number;
  /** Offset of the opening mark. */
  open: number;
  /** The quoted words are `text.slice(start, end)`. */
  start: number;
  end: number;
  /** Offset just past the closing mark, or the paragraph's end when the mark is missing. */
  close: number;
  /** False when the paragraph ends before the closing mark (the quote runs on). */
  closed: boolean;
  /** True when this quote reopens one left open at the end of the previous paragraph. */
  reopens: boolean;
  text: string;
}

type Style = 'double' | 'single';

/**
 * The marks that open and close quotations in this article. Most news uses double marks and keeps
 * single ones for a quote inside a quote; some house styles use single marks throughout.
 */
export function quoteStyle(paragraphs: readonly string[]): Style {
  const all = paragraphs.join('\n');
  if (/[“”"]/.test(all)) return 'double';
  return /(?:^|[\s(—–-])‘\p{L}/mu.test(all) ? 'single' : 'double';
}

function isOpening(text: string, index: number, style: Style): boolean | undefined {
  const mark = text[index];
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
  const after = text[index + 1] ?? ' ';
  if (style === 'double') {
    if (mark === '“') return true;
    if (mark === '”') return false;
    if (mark !== '"') return undefined;
    if (/[\s([{—–-]/.test(before) && /\S/.test(after)) return true;
    return false;
  }
  if (mark === '‘' || (mark === "'" && /[\s([{—–-]/.test(before))) return true;
  // A closing single mark is not an apostrophe when no letter follows it and it ends a word.
  if ((mark === '’' || mark === "'") && !/\p{L}/u.test(after) && /\S/.test(before)) {
    return /[,.!?;:]/.test(before) || /\s|$/.test(after) ? false : undefined;
  }
  return undefined;
}

/**
 * Corrects marks that the source set the wrong way round or spaced wrongly: an opening curly mark
 * glued to the end of a sentence and followed by a space closes ("decision.“ However"), and a
 * straight mark after "said," with a space before the words opens ("said,\" For example").
 */
function repaired(
  text: string,
  index: number,
  style: Style,
  open: boolean,
  carried: boolean,
): boolean | undefined {
  const opening = isOpening(text, index, style);
  const mark = text[index];
  const before = index === 0 ? ' ' : (text[index - 1] ?? ' ');
  const rest = text.slice(index + 1);
  const curlyOpen = mark === '“' || (style === 'single' && mark === '‘');
  if (open && curlyOpen && /[.!?,;…]/.test(before) && /^(?:\s|$)/.test(rest)) return false;
  // `… Chinese citizens, “ said Deputy Spokesman Mark Toner.`: an opening mark set apart by spaces
  // before the verb of saying closes the quote that is open.
  if (
    open &&
    curlyOpen &&
    before === ' ' &&
    /[.!?,]\s$/u.test(text.slice(Math.max(0, index - 2), index)) &&
    /^\s+(?:said|says|added|asked|told)\b/u.test(rest)
  )
    return false;
  // `said," For` and, where no quote is open or carried over, `imperialism." By using`: the
  // space is on the wrong side of a mark that opens the words after it.
  const glued = carried ? /[,:]/ : /[,:.]/;
  // `she said, regretfully. " I had …`: a mark standing alone between a sentence's end and a
  // capital opens, when no quote is open.
  const spaced = /[.!?,]\s$/u.test(text.slice(Math.max(0, index - 2), index));
  if (!open && !carried && mark === '"' && opening === false && spaced && /^\s+\p{Lu}/u.test(rest))
    return true;
  if (!open && mark === '"' && opening === false && glued.test(before) && /^\s+\p{Lu}/u.test(rest))
    return true;
  return opening;
}

/**
 * `` `practical solution’ ``: some reposts print an opening quote mark as a backtick and close it
 * with a single mark. Each such pair is read as the story's own marks; the text keeps its length,
 * so offsets into the printed paragraph still hold.
 */
function backtickQuotes(text: string, style: Style): string {
  if (!text.includes('`')) return text;
  const [open, close] = style === 'double' ? ['“', '”'] : ['‘', '’'];
  return text.replace(
    /(^|[\s([{—–-])`([^`’'\n]+(?:[’'](?=\p{L})[^`’'\n]*)*)[’'](?!\p{L})/gu,
    (_, before: string, words: string) => `${before}${open}${words}${close}`,
  );
}

/**
 * `'Nigerian leaders should leave after two terms,' Buhari tells VOA`: a standfirst that opens with
 * single marks in a story that uses double ones. A paragraph that opens with a single mark, whose
 * pair closes after a comma or a full stop, is read as opening with the story's own marks.
 */
function singleMarkOpening(text: string, style: Style): string {
  if (style !== 'double' || !/^['‘]/u.test(text)) return text;
  return text.replace(
    /^['‘]([^‘’'\n]+(?:[’'](?=\p{L})[^‘’'\n]*)*[,.?!])[’'](?=\s|$)/u,
    (_, words: string) => `“${words}”`,
  );
}

/**
 * `Merkel said she expected a 'very prompt' withdrawal`: a phrase in single marks
 * in a story that uses double ones, outside any double-marked quote, is set as the story sets its
 * quotes, so the rules that attribute (or keep out as terms) double-marked phrases read it too.
 * An opening mark stands after a space or bracket and before a letter; its pair closes before
 * anything but a letter (so `don't` and `Nigeria's` stay apostrophes). Only a phrase or one
 * sentence is read so: several sentences in single marks are more often a passage quoted inside
 * another, or a source's own house style, whose speaker the story does not give as plainly.
 */
function singleMarkPhrases(text: string, style: Style): string {
  if (style !== 'double' || !/['‘]/u.test(text)) return text;
  return text.replace(
    /(^|[\s([{—–-])['‘](\p{L}[^‘’'"“”\n]*(?:[’'](?=\p{L})[^‘’'"“”\n]*)*)[’'](?!\p{L})/gu,
    (whole: string, before: string, words: string, offset: number) =>
      insideDoubleMarks(text, offset) || /[.!?…]\s/u.test(words) ? whole : `${before}“${words}”`,
  );
}

/** Whether `index` falls inside a double-marked quote: an odd number of double marks before it. */
function insideDoubleMarks(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Whether an opening mark inside an open quote opens a quote within it: the words before it
 * do not end a sentence, and its own closing mark comes before the end of the paragraph with
 * another closing mark after it, for the outer quote.
 */
function innerPair(
  text: string,
  openAt: number,
  index: number,
  opening: boolean,
  nextReopens: boolean,
): boolean {
  if (!opening || reopensInside(text, openAt, index)) return false;
  // `"… And I'd like to say that this is "the dream team." They're going …"`: straight marks
  // nest as curly ones do, where the outer quote opened with one and closes after the inner.
  // Only a few words, as a term or a name is quoted, and not after a verb of saying (`he replied,
  // "Don't …` opens a quote of its own in a source that left the first open).
  if (text[index] === '"' && text[openAt] === '"') {
    const inner = text.indexOf('"', index + 1);
    const words = text.slice(index + 1, inner).split(/\s+/u).length;
    const lead = text.slice(0, index);
    return (
      inner > index &&
      words <= 6 &&
      /[\p{L},]\s$/u.test(lead) &&
      !/\b(?:said|says|replied|replies|stating|stated|added|adds|asked|asks|recalled|wrote|writes|continued|explained)[,:]\s$/u.test(
        lead,
      ) &&
      text.indexOf('"', inner + 1) > inner
    );
  }
  if (text[index] !== '“') return false;
  const close = text.indexOf('”', index + 1);
  const reopened = text.indexOf('“', index + 1);
  if (close < index || (reopened >= 0 && reopened < close)) return false;
  // `"… fueled by the Herald and other “newspapers” were meant …`: a quote opened with a straight
  // mark sets its inner quotes in curly ones, and may run on past the paragraph's end unclosed.
  // `“… pledged herself to a policy of “restraint” in the number …` with the next paragraph
  // reopening: the outer quote runs on past the paragraph's end, so its closing mark is not here.
  const after = text.slice(close + 1);
  return text[openAt] === '"' || /^[^“”]*”/u.test(after) || (nextReopens && !/[“”]/u.test(after));
}

/** Whether an opening mark inside an open quote starts a new one: the last ended a sentence. */
const reopensInside = (text: string, openAt: number, index: number) =>
  /[.!?…]\s+$/u.test(text.slice(openAt + 1, index));

/**
 * Finds every quoted span in the story's paragraphs, pairing marks paragraph by paragraph. News
 * style drops the closing mark at a paragraph break and reopens the quote in the next paragraph,
 * and each paragraph's part is its own span. The rules also mend what house styles and sources get
 * wrong: a quote reopened without its closing mark (`“First part. “Second part.”`), a continuation
 * paragraph whose opening mark is missing (it begins with the words and ends with a closing mark),
 * and marks set the wrong way round or with a space on the wrong side.
 */
export function findQuotes(printed: readonly string[]): QuoteSpan[][] {
  const style = quoteStyle(printed);
  const paragraphs = printed.map((text) =>
    singleMarkPhrases(singleMarkOpening(backtickQuotes(text, style), style), style),
  );
  const marks = style === 'double' ? /[“”"]/g : /['‘’]/g;
  const result: QuoteSpan[][] = [];
  let runsOn = false;
  let leftOpen = false;
  let announced = false;
  paragraphs.forEach((text, paragraph) => {
    const spans: QuoteSpan[] = [];
    let openAt: number | undefined;
    let nested = 0;
    // Whether the next paragraph reopens a quote: the quote open here may run on into it.
    const nextReopens = /^“/u.test(paragraphs[paragraph + 1] ?? '');
    for (const match of text.matchAll(marks)) {
      const index = match.index;
      const carried = (leftOpen || announced) && spans.length === 0;
      const opening = repaired(text, index, style, openAt !== undefined, carried);
      if (opening === undefined) continue;
      // `say VOA “hate” Venezuela,”`: a curly pair inside an open quote, mid-sentence, is a quote
      // within the quote printed in the same marks; its closing mark does not end the outer one.
      if (openAt !== undefined && innerPair(text, openAt, index, opening, nextReopens)) {
        nested++;
        continue;
      }
      if (nested > 0 && opening === false) {
        nested--;
        continue;
      }
      if (openAt === undefined && opening) {
        openAt = index;
      } else if (openAt !== undefined && !opening && text.slice(openAt + 1, index).trim() === '') {
        // `an ""irreparable loss"`: a mark printed twice opens once, from the second; a pair with
        // nothing between and no word glued after is no quote at all.
        openAt = /\p{L}/u.test(text[index + 1] ?? '') ? index : undefined;
      } else if (openAt !== undefined && !opening) {
        spans.push(span(text, paragraph, openAt, index, true, runsOn && spans.length === 0));
        openAt = undefined;
      } else if (openAt !== undefined && opening && reopensInside(text, openAt, index)) {
        spans.push(span(text, paragraph, openAt, index, true, runsOn && spans.length === 0));
        openAt = index;
      } else if (
        openAt === undefined &&
        !opening &&
        spans.length === 0 &&
        (leftOpen || announced) &&
        !/^["“‘']/.test(text) &&
        /[.!?…,]$/u.test(text.slice(0, index))
      ) {
        // The previous paragraph's quote goes on here without its opening mark.
        spans.push(span(text, paragraph, 0, index, true, true, false));
      }
    }
    // A paragraph with no marks at all, after one left open, that the quote runs through to a
    // later paragraph closing it (Oireachtas releases print a long statement so) is quoted whole.
    if (spans.length === 0 && leftOpen && runsThrough(paragraphs, paragraph, marks)) {
      spans.push(span(text, paragraph, 0, text.length, false, true, false));
    }
    const runsOver = openAt !== undefined;
    // `management.“` at a paragraph's end opens words that only begin in the next paragraph.
    if (openAt !== undefined && text.slice(openAt + 1).trim() !== '') {
      spans.push(span(text, paragraph, openAt, text.length, false, runsOn && spans.length === 0));
    }
    const last = spans.at(-1);
    const next = paragraphs[paragraph + 1] ?? '';
    leftOpen = runsOver || (last !== undefined && !last.closed);
    // "…, stating:" ends a paragraph that announces the next one's words, whose opening mark the
    // source may have lost.
    announced = spans.length === 0 && /:\s*$/u.test(text);
    runsOn = leftOpen && /^["“‘']/.test(next);
    result.push(spans);
  });
  // The marks were mended above for pairing only, each in place; a quote's words are as printed,
  // so a statement's text is found word for word in its sentence (`the “powerful”` mended from
  // `the ‘powerful'` would not be).
  for (const spans of result)
    for (const quote of spans)
      quote.text = (printed[quote.paragraph] ?? '').slice(quote.start, quote.end);
  return result;
}

/**
 * Whether paragraph `at`, which holds no mark, is inside a quote left open before it: the next
 * paragraph with a mark, after only paragraphs with none, opens with words and closes the quote.
 */
function runsThrough(paragraphs: readonly string[], at: number, marks: RegExp): boolean {
  // `marks` is global, for `matchAll`; a copy without the flag keeps no position between tests.
  // In single marks, `I’m` and `the Lords’ Conduct` hold apostrophes, not marks.
  const mark = marks.source.includes('‘')
    ? /(?<!\p{L})['‘’]|(?<=\p{L})['’](?!\p{L})(?<!s['’])/u
    : new RegExp(marks.source, 'u');
  if (mark.test(paragraphs[at] ?? '')) return false;
  for (let next = at + 1; next < paragraphs.length; next++) {
    const text = paragraphs[next] ?? '';
    const first = mark.exec(text);
    if (!first) continue;
    return (
      first.index > 0 &&
      /[.!?…,]$/u.test(text.slice(0, first.index)) &&
      !/[“‘]/u.test(text[first.index] ?? '')
    );
  }
  return false;
}

function span(
  text: string,
  paragraph: number,
  open: number,
  closeMark: number,
  closed: boolean,
  reopens: boolean,
  hasMark = true,
): QuoteSpan {
  let start = hasMark ? open + 1 : open;
  let end = closeMark;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return {
    paragraph,
    open,
    start,
    end,
    close: closed ? closeMark + 1 : text.length,
    closed,
    reopens,
    text: text.slice(start, end),
  };
}
