import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { normalizeName } from '../content/normalize.ts';

/** A country as the story may name it: by name, capital or demonym. */
export interface Country {
  name: string;
  capital?: string;
  demonym?: string;
}

interface Gazetteer {
  /** Country or capital names, folded with `normalizeName`, to the country. */
  places: Map<string, Country>;
  /** Demonyms ("Russian", "South Korean"), folded, to the country. */
  demonyms: Map<string, Country>;
}

/** A state's formal style, with the name inside it: "Republic of Turkey", "Kingdom of Spain". */
const formalStyle =
  /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Grand Duchy) of (?:the )?([\p{L} .'’-]+)$/u;

function build(): Gazetteer {
  // The package is CommonJS around a JSON file; `require` loads it the same way under every runner.
  const countries: Countries = createRequire(import.meta.url)('world-countries');
  const places = new Map<string, Country>();
  const demonyms = new Map<string, Country>();
  for (const entry of countries) {
    const country: Country = {
      name: entry.name.common,
      ...(entry.capital[0] ? { capital: entry.capital[0] } : {}),
      ...(entry.demonyms.eng?.m ? { demonym: entry.demonyms.eng.m } : {}),
    };
    // Spellings with a comma ("Korea, Republic of") or of two letters ("KR") are not how news
    // names a country; "US" and "UK" are, and the data lists them among the spellings.
    const names = [entry.name.common, ...entry.altSpellings].filter(
      (name) => !name.includes(',') && (name.length > 2 || name === 'US' || name === 'UK'),
    );
    for (const name of names) {
      if (/^[\p{L} .'’-]+$/u.test(name)) places.set(normalizeName(name), country);
    }
    for (const capital of entry.capital) places.set(normalizeName(capital), country);
    const demonym = entry.demonyms.eng;
    if (demonym) {
      demonyms.set(normalizeName(demonym.m), country);
      demonyms.set(normalizeName(demonym.f), country);
    }
  }
  // "Republic of Turkey": the name inside a formal style is how news writes the country, even when
  // the data's common name has changed ("Türkiye"); a spelling already taken is kept.
  for (const entry of countries) {
    for (const style of [entry.name.official, ...entry.altSpellings]) {
      const inner = formalStyle.exec(style)?.[1];
      const country = places.get(normalizeName(entry.name.common));
      if (inner && country && !places.has(normalizeName(inner))) {
        places.set(normalizeName(inner), country);
      }
    }
  }
  for (const alias of ['the US', 'the UK', 'Britain', 'America']) {
    const country = places.get(normalizeName(alias === 'Britain' ? 'UK' : alias));
    if (country) places.set(normalizeName(alias), country);
  }
  const us = places.get('us');
  if (us) places.set('america', us);
  return { places, demonyms };
}

let cached: Gazetteer | undefined;

function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

/** The country a name stands for, if it names a country or a capital city. */
export function countryOf(name: string): Country | undefined {
  return gazetteer().places.get(normalizeName(name));
}

/** The country of a demonym ("Norwegian" → Norway), if it is one. */
export function countryOfDemonym(word: string): Country | undefined {
  return gazetteer().demonyms.get(normalizeName(word));
}

/** Whether a name is a country's name or a capital city. */
export function isCountryOrCapital(name: string): boolean {
  return countryOf(name) !== undefined;
}
