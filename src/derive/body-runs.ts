import { initialsInBrackets } from './bracketed-acronyms.ts';
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
