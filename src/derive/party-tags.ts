import { usStates } from './name-words.ts';

/** "D Ohio", "R Minn": the letter of a party (Democrat, Republican, Independent) and a state. */
export function isPartyTag(words: readonly string[]): boolean {
  return (
    words.length === 2 &&
    /^[DRI]$/u.test(words[0] ?? '') &&
    (usStates.has(words[1] ?? '') || /^\p{Lu}\p{Ll}{1,4}\.?$/u.test(words[1] ?? ''))
  );
}

/**
 * "Parks, D-Las Vegas, said": a party's letter joined to a home town, set off by commas or
 * brackets after a legislator's name.
 */
export function isTownTag(name: string, before: string, after: string): boolean {
  // "D-Bay St. Louis": a town's name with a stop in it is one tag in two runs of capitals.
  const opens = /^[DRI]-\p{Lu}/u.test(name) && /[,(]\s*$/u.test(before);
  const goesOn = /[,(]\s*[DRI]-\p{Lu}[\p{L}.\s]{0,20}$/u.test(before);
  return (opens || goesOn) && /^(?:\.?\s+\p{Lu}[\p{L}.]*){0,2}\s*[,)]/u.test(after);
}
