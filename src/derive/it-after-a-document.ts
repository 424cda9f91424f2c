import type { Clause } from './clause.ts';

/**
 * `The leaders approved a declaration … It also mentioned a commitment to fight “…”`; `the joint
 * statement said: “…” It also set a target: “…”`: news copy goes on about a document it has just
 * named with `It`, and the words quoted in that sentence are the document's.
 */
const noun =
  '(?:statement|declaration|report|resolution|document|letter|communiqu[eé]|memo|memorandum|manifesto|ruling|study|agreement|treaty|charter)';

/** A document the sentence is about: its subject, or one just approved, issued or released. */
const aboutDocument = new RegExp(
  String.raw`(?:^|[,;:]\s*)([Tt]he\s+(?:[\p{L}-]+\s+){0,3}?${noun})\s+(?:also\s+)?(?:said|says|stated|states|read|reads|noted|notes|added|adds)\b|\b(?:approved|adopted|issued|released|published|signed|agreed\s+on)\s+(?:an?|the)\s+((?:[\p{Ll}-]+\s+){0,2}?${noun})\b`,
  'u',
);

/** `It` opening the sentence, with a verb by which a document says or sets out what it holds. */
const itSays =
  /^It\s+(?:[^\ue000;:]{0,80}?\s)?(?:said|says|stated|states|reads|read|added|adds|noted|notes|mentioned|mentions|discussed|discusses|described|describes|called|calls|set|sets|listed|lists|warned|warns|urged|urges|recommended|recommends|concluded|concludes|proposed|proposes|demanded|demands|cited|cites)\b/u;

/**
 * The name of the document a sentence is about ("the joint statement", "the declaration"), when it
 * names no body that could have written it, so that `It` in the next sentence stands for the
 * document rather than for a writer.
 */
export function documentAbout(clause: Clause): string | undefined {
  const match = aboutDocument.exec(clause.masked);
  if (!match) return undefined;
  // "The ministry issued a statement", "a report by the council": a body before the document or
  // after `by` is its writer, whom `It` may mean as well; "the military operation" later is not.
  const end = match.index + match[0].length;
  const writer =
    clause.mentions.some((m) => m.end <= end && clause.resolved.get(m)?.kind === 'organisation') ||
    /^\s+(?:by|from)\s/u.test(clause.masked.slice(end));
  if (writer) return undefined;
  const phrase = match[1] ?? `the ${match[2] ?? ''}`;
  return phrase.replace(/^The\b/u, 'the').trim();
}

/** Whether the sentence opens with `It` saying or setting out something, before `open`. */
export function itSaysBefore(clause: Clause, open: number): boolean {
  return itSays.test(clause.masked.slice(0, open));
}
