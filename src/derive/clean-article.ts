import { findDate, isDateLine } from './dates.ts';
import { isBylineLine, isChrome, isEndMarker } from './page-chrome.ts';

/** A news page's text with the page furniture taken away. */
export interface CleanArticle {
  headline?: string;
  /** Who published the page ("Dlight News"), from the headline's tail or a copyright line. */
  publisher?: string;
  /** The agency or paper named in the dateline ("(Reuters)"), when it differs. */
  agency?: string;
  /** The page's date, ISO (`2024-07-20`). */
  date?: string;
  /** The place of the dateline ("MANCHESTER"). */
  dateline?: string;
  /** Body paragraphs; paragraph n of the story is `paragraphs[n - 1]`. */
  paragraphs: string[];
  /** Lines dropped as page furniture, for the editor to glance over. */
  removed: string[];
}

// `management.“`: a mark set the wrong way round after the full stop still ends a sentence.
const endsSentence = /[.!?:]["”’')\]“]*$|["”]$/;
const words = (line: string) => line.split(/\s+/).filter(Boolean).length;

/** A paragraph of prose rather than a heading or a caption. */
function isProse(line: string): boolean {
  return (endsSentence.test(line) && words(line) >= 6) || words(line) >= 25;
}

/**
 * `'Nigerian leaders should leave after two terms,' … Buhari tells VOA`: a standfirst under the
 * headline that quotes someone and names who said it is part of the story, though it has no full
 * stop.
 */
function isQuotingStandfirst(line: string): boolean {
  return (
    /["“'‘][^"“”'‘’]{10,}["”'’]/u.test(line) &&
    /\b(?:says|said|tells|told|calls|urges|warns)\b/u.test(line) &&
    words(line) >= 6
  );
}

/**
 * "Gregor McGill, a senior lawyer at the Crown Prosecution Service, said,": a line that hands over
 * to the quote below it opens the story, though it ends in no full stop.
 */
function introducesQuote(line: string): boolean {
  return (
    /\b(?:said|says|added|stated|commented|explained|declared)\s*[,:]$/u.test(line) &&
    words(line) >= 3
  );
}

/** A headline: no full stop or colon at the end, and not paragraph-long. */
function isHeadline(line: string): boolean {
  return !/[.:]["”’')\]]*$/.test(line) && !/["”]$/.test(line) && words(line) <= 30;
}

/**
 * Splits a page's text into the story's paragraphs, and finds its headline, date line and
 * publisher. Paragraphs are numbered as briefings number them: from 1, after the date line, the
 * headline and any furniture are set aside.
 */
export function cleanArticle(raw: string): CleanArticle {
  const result: CleanArticle = { paragraphs: [], removed: [] };
  let started = false;
  let skippingList = false;

  for (const line of logicalLines(raw)) {
    if (isEndMarker(line) && started) {
      skippingList = true;
      result.removed.push(line);
      continue;
    }
    if (skippingList && !(isProse(line) && words(line) >= 15)) {
      result.removed.push(line);
      continue;
    }
    skippingList = false;
    const copyright =
      /^(?:copyright|©)\s*(?:©\s*)?(?:\d{4}\s+)?(.+?)[.,]?\s*(?:all rights reserved\.?)?$/i.exec(
        line,
      );
    if (copyright?.[1] && !result.publisher) result.publisher = copyright[1].trim();
    if (isChrome(line)) {
      result.removed.push(line);
      continue;
    }
    if (!started) {
      if (isDateLine(line)) {
        result.date ??= findDate(line);
        result.removed.push(line);
        continue;
      }
      if (isBylineLine(line)) {
        result.removed.push(line);
        continue;
      }
      if (result.headline === undefined && isHeadline(line)) {
        const [headline, publisher] = splitHeadline(line);
        result.headline = headline;
        if (publisher) result.publisher = publisher;
        continue;
      }
      if (!isProse(line) && !isQuotingStandfirst(line) && !introducesQuote(line)) {
        result.removed.push(line);
        continue;
      }
      started = true;
    }
    result.paragraphs.push(line);
  }
  tidyLead(result);
  return result;
}

/** A line that stands alone whatever the layout: furniture, a date line or a byline. */
const standsAlone = (line: string) =>
  isChrome(line) || isEndMarker(line) || isDateLine(line) || isBylineLine(line);

/**
 * "wrote [ru] on April 24,", "Aleksandr Khinshtein [en], a Duma deputy": a language's code in
 * brackets that a page prints after a link, to tell the language of the page it leads to. It is
 * no part of the sentence, and it stands between a name and its description or a verb and its
 * quote. Codes that are English words ("[it]", "[is]") may be an editor's insertion and are kept.
 */
const languageMarker =
  /\s\[(?:en|ru|fr|es|ca|pt|de|nl|ar|zh|ja|ko|pl|uk|tr|fa|sv|da|fi|el|hu|cs|ro|sr|hr|bg|id|ms|th|vi|ur|hi|bn|sw|az|ka|hy|kk|uz|be|et|lv|lt|sk|sl|mk|sq|eu|gl|cy|ga)\](?=[\s,.;:!?)]|$)/gu;

/**
 * The text's lines as paragraphs. Text wrapped at a fixed width (many long lines that stop
 * mid-sentence) has one paragraph per block between blank lines; otherwise every line is one.
 */
function logicalLines(raw: string): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    // `crumble.’’`, `‘‘We …`: two single marks typed for one double mark are that mark.
    .replace(/’’/gu, '”')
    .replace(/‘‘/gu, '“')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').replace(languageMarker, '').trim());
  const wrapped = lines.filter((l) => l.length >= 50 && !endsSentence.test(l)).length >= 3;
  if (!wrapped) return lines.filter((line) => line !== '');
  const result: string[] = [];
  let open = false;
  for (const line of lines) {
    if (line === '') {
      open = false;
    } else if (open && !standsAlone(line) && !standsAlone(result.at(-1) ?? '')) {
      result[result.length - 1] = `${result.at(-1)} ${line}`;
    } else {
      result.push(line);
      open = true;
    }
  }
  return result;
}

/** "Headline -Dlight News" → the headline and the publisher glued to it. */
function splitHeadline(line: string): [string, string | undefined] {
  const match =
    /^(.*\S)\s+(?:[-–—|]|::)\s*(\p{Lu}[\p{L}&.'’]*(?:\s+(?:\p{Lu}[\p{L}&.'’]*|of|the|de)){0,4})$/u.exec(
      line,
    );
  if (match?.[1] && match[2] && words(match[1]) >= 3) return [match[1], match[2]];
  return [line, undefined];
}

const gluedByline = /^By\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}\p{Ll}+)(?=\p{Lu})/u;
const dateline =
  /^(\p{Lu}[\p{Lu} .'’-]+(?:,\s+\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2})?)\s*(?:\(([^)]{2,40})\))?\s*(?:--|[-–—])\s+(?=\S)/u;

/**
 * A dateline in ordinary case that carries the date, as press releases print it: "Washington,
 * D.C., February 16, 2007 -- ", "WASHINGTON, December 9, 2008 - ". Without the date a capitalised
 * place before a dash could be the subject of the sentence; the date makes it a dateline. Bases
 * and camps take up to five words ("HICKAM AIR FORCE BASE, Hawaii, Feb. 21, 2008 – ").
 */
const datedDateline =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2}),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2},?\s+\d{4},?\s*(?:--|[-–—])\s+(?=\S)/u;

/** Takes a byline glued to the first words, and a dateline, off the story's opening. */
function tidyLead(article: CleanArticle): void {
  for (let index = 0; index < Math.min(2, article.paragraphs.length); index++) {
    let text = article.paragraphs[index] ?? '';
    const byline = gluedByline.exec(text);
    if (byline) {
      article.removed.push(`By ${byline[1]}`);
      text = text.slice(byline[0].length);
    }
    const place = dateline.exec(text) ?? datedDateline.exec(text);
    if (place?.[1] && (/\p{Lu}{2}/u.test(place[1]) || datedDateline.test(text))) {
      article.dateline = place[1].trim();
      if (place[2]) article.agency = place[2].trim();
      article.removed.push(place[0].trim());
      text = text.slice(place[0].length);
    }
    article.paragraphs[index] = text;
  }
}
