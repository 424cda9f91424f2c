import { initialsInBrackets } from './bracketed-acronyms.ts';
import { isGivenName } from './given-names.ts';
import { isCapitalised } from './name-run.ts';
import { adjacent, type Token } from './name-tokens.ts';
import { organisationHeads } from './name-words.ts';

/**
 * Whether a run of names goes on after `and` as one body's name: "Kettering and District NHS
 * Trust", "Substance Abuse and Mental Health Services Administration (SAMHSA)". Apart from these,
 * `and` between capitals joins two names ("Lund and Aas").
 */

/** Whether the capitalised run starting at token `from` ends in an organisation word. */
export function runEndsInHead(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (
    k + 1 < tokens.length &&
    isCapitalised((tokens[k + 1] as Token).text) &&
    !(tokens[k] as Token).possessive
  )
    k++;
  return organisationHeads.has((tokens[k] as Token).text);
}

/**
 * Whether the run from token `first`, through `and` and the capitalised words from token `from`,
 * is followed by its own initials in brackets.
 */
export function initialsAfterRun(
  sentence: string,
  tokens: readonly Token[],
  first: number,
  from: number,
): boolean {
  let k = from;
  while (
    k + 1 < tokens.length &&
    isCapitalised((tokens[k + 1] as Token).text) &&
    adjacent(sentence, tokens[k] as Token, tokens[k + 1] as Token)
  )
    k++;
  const start = (tokens[first] as Token).start;
  const end = (tokens[k] as Token).end;
  return initialsInBrackets(sentence.slice(start, end), sentence.slice(end));
}

/** One item of a body's list: one to three capitalised words. */
const item = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}`;
const listedBody = new RegExp(
  String.raw`\b(?:Ministry|Department|Office|Committee|Commission|Council|Agency|Authority)\s+(?:of|for)\s+(?:the\s+)?${item}(?:,\s+${item}){1,4},?\s+and\s+${item}(?=[\s,.;:)]|$)`,
  'gu',
);

/**
 * "Department for Environment, Food and Rural Affairs", "Ministry of Ecology, Energy, Sustainable
 * Development and Sea": a body named for what it serves, listed with commas and closed by `and`,
 * is one name. Not where an item after a comma opens with a given name, which makes it a list of
 * a body and people ("the Ministry of Justice, Ann Lee and Tom Hale").
 */
export function listedBodies(sentence: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(listedBody)) {
    const items = m[0].split(/,\s+|\s+and\s+/u).slice(1);
    if (items.some((w) => isGivenName(w.split(/\s+/u)[0] ?? ''))) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}
