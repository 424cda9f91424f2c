import { alternation as alt, personNouns, roleNouns } from './name-words.ts';
import { oneOfGroupPattern } from './one-of-a-group.ts';

/** An unnamed speaker found by the rules below, before it is made a mention. */
export interface UnnamedAt {
  start: number;
  end: number;
  text: string;
  /** `one` or `another` alone, standing for a member of the group just named. */
  oneOf?: boolean;
}

/**
 * `She was told by a midwife that …`, `he was warned by one officer that …`: the agent of a
 * passive verb of telling, described only by a noun for a person, is who spoke.
 */
const passiveAgent = new RegExp(
  String.raw`(?<=\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:told|informed|warned|advised|assured)\s+by\s+)(?:an?|one|another)\s+((?:[\p{Ll}-]+\s+){0,2}?(?:${alt(personNouns)}|${alt(roleNouns)}))\b`,
  'gu',
);

/**
 * `The sister of one of the mobilized men said, “…”`, `the mother of a soldier told`: a relative
 * of someone the story names only by what they are is someone new, unnamed, as `a sister of …`
 * is, however the article opens the phrase.
 */
const relativeOfSomeone =
  /\b[Tt]he\s+((?:sister|brother|mother|father|wife|husband|son|daughter|widow|parents|cousin|uncle|aunt|grandmother|grandfather|friend|neighbou?r)\s+of\s+(?:an?|one\s+of\s+the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s*,?\s+(?:said|says|told|tells|added|adds|wrote|writes|explained|recalled)\b)/gu;

/**
 * `“…” says Eastern Cape villager`: a headline's or a deck's inverted verb, with no article
 * before the description of whoever said it, capitals and a noun for a person, to the end.
 */
const describedWithoutArticle = new RegExp(
  String.raw`(?<=\b(?:says|said)\s+)((?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:${alt(personNouns)}|${alt(roleNouns)}))(?=\s*[.!]?\s*$)`,
  'gu',
);

/** Unnamed speakers the main patterns of `findMentions` do not cover. */
export function moreUnnamed(masked: string): UnnamedAt[] {
  const found: UnnamedAt[] = [];
  for (const m of masked.matchAll(oneOfGroupPattern)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0].toLowerCase(),
      oneOf: true,
    });
  }
  for (const m of masked.matchAll(relativeOfSomeone)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[1] ?? '' });
  }
  for (const m of masked.matchAll(describedWithoutArticle)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[1] ?? '' });
  }
  for (const m of masked.matchAll(passiveAgent)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[1] ?? '' });
  }
  return found;
}
