import { normalizeName } from '../content/normalize.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';

/** The words after the country: lower case only ("transport ministry", "foreign office"). */
const bodyWords = /^(?:\p{Ll}[\p{L}’'-]*\s+){0,2}\p{Ll}[\p{L}’'-]*$/u;

/**
 * A country's body written either way round, "the Malaysian transport ministry" or "Malaysia's
 * transport ministry", as one key: the country's demonym and the body's words. A story that uses
 * both names one ministry, and so one speaker. The demonym is the key, as several countries share
 * one ("Norwegian"). A capital's possessive ("Moscow's") is left alone: a city names its own
 * council as often as its country's government.
 */
export function nationalBodyKey(phrase: string): string | undefined {
  const owned = /^(\p{Lu}[\p{L}.’' -]*?)[’']s\s+(.+)$/u.exec(phrase);
  if (owned?.[1] && owned[2]) {
    const country = countryOf(owned[1]);
    if (!country?.demonym || country.capital === owned[1]) return undefined;
    return key(country.demonym, owned[2]);
  }
  const words = phrase.split(/\s+/);
  for (const n of [2, 1]) {
    const demonym = words.slice(0, n).join(' ');
    if (countryOfDemonym(demonym) && words.length > n)
      return key(demonym, words.slice(n).join(' '));
  }
  return undefined;
}

const key = (demonym: string, rest: string) =>
  bodyWords.test(rest) ? `${normalizeName(demonym)}|${rest.toLowerCase()}` : undefined;
