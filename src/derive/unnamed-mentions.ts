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
  for (const m of masked.matchAll(passiveAgent)) {
    found.push({ start: m.index, end: m.index + m[0].length, text: m[1] ?? '' });
  }
  return found;
}
