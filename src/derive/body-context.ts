import type { NameChunk } from './find-names.ts';
import { isGivenName } from './given-names.ts';
import { roleNouns } from './name-words.ts';

/**
 * Words around a name that make it a body even when no word in the name says so ("the Duma",
 * "Echo Moskvy's offices", "members of Oborona"); read by name-evidence.ts after the checks for
 * places, so a country after "the" stays a place.
 */

/**
 * "likened to the Ku Klux Klan and", "introduced to the Duma yesterday": a name after a lower-case
 * "the", with no title, followed by punctuation, a small word or a verb, is a body's or a thing's;
 * people are not written with an article. A noun after the name ("the Bush administration") makes
 * it a modifier, which says nothing of what it names.
 */
const articleBefore = /(?:^|[^\p{L}])the\s+$/u;
const closedAfter =
  /^(?:\s*$|[.,;:)!?]|\s+(?:and|or|in|on|at|to|for|with|by|is|was|has|had|have|are|were|said|says|yesterday|today)\b)/u;

/**
 * "Echo Moskvy's offices", "the party's members": what only a body has, after its possessive.
 * (Offices alone: people have an office, not offices.)
 */
const bodyPossessions =
  /^\s*(?:offices|members|membership|website|web\s+site|founders|ranks|board|branches|chapters)\b/u;

/** "a member of Oborona", "belongs to Aturem Eurovegas": what people belong to is a body. */
const memberOf =
  /\b(?:members?|membership)\s+(?:of|in)\s+(?:the\s+)?$|\bbelongs?\s+to\s+(?:the\s+)?$/u;

/** "the artist collective Gruppa Voina", "the band Duran Duran": a body named after its kind. */
const kindBefore =
  /\b(?:collective|movement|band|coalition|club|team|choir|chorus|blog|alliance|federation|platform|network|party)\s+$/u;

/**
 * "leader of the government’s negotiating team Ruhakana Rugunda": a role at a body's team or
 * group that someone owns comes first, so the name after the kind holds the role. "chairperson of
 * shack dwellers movement Abahlali baseMjondolo" names the movement.
 */
const roleAtKind = new RegExp(
  String.raw`\b(?:${[...roleNouns].join('|')})\s+of\s+(?:the\s+)?[\p{L}-]+[’']s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+$`,
  'u',
);

/** "the UK’s broadcasting regulator, Ofcom,": a body's kind, then its name in apposition. */
const regulatorBefore =
  /\b(?:regulator|watchdog|agency|ministry|authority|broadcaster|newspaper|charity|union)\s*,\s+$/u;

/** A post at the body before its kind: "secretary of the Malawi agriculture ministry, ". */
const postAtBody = new RegExp(
  String.raw`\b(?:${[...roleNouns].join('|')})\s+(?:of|at|for|in)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}\p{Ll}+\s*,\s+$`,
  'u',
);

/**
 * What the words around a name, with nothing in the name itself, make it: a body (`body`), or at
 * least not a person (`notPerson`: "the Duma" may be a body, a thing or a building, which the
 * article alone does not tell), or undefined when they say nothing.
 */
export function bodyByContext(
  chunk: NameChunk,
  before: string,
  after: string,
): 'body' | 'notPerson' | undefined {
  if (chunk.titles.length > 0 || chunk.sentenceInitial) return undefined;
  if (chunk.possessive) return bodyPossessions.test(after) ? 'body' : undefined;
  if (kindBefore.test(before) && !roleAtKind.test(before)) return 'body';
  // "The permanent secretary of the Malawi agriculture ministry, Ellard Malindi,": a post at
  // the body opens the phrase, so the name after the comma is the post's holder.
  if (regulatorBefore.test(before) && !postAtBody.test(before)) return 'body';
  // "the governor of the Paraná Robert Requião,", "member of TransPALS Patricia Curtis": a given
  // name in the run is a person's, whose body the words before it name.
  const words = chunk.name.split(/\s+/u);
  if (words.some((w) => isGivenName(w))) return undefined;
  if (memberOf.test(before)) return 'body';
  // "the Turpins had kept": a surname in the plural is a family, its members people.
  if (words.length === 1 && /\p{Ll}s$/u.test(chunk.name)) return undefined;
  return articleBefore.test(before) && closedAfter.test(after) ? 'notPerson' : undefined;
}
