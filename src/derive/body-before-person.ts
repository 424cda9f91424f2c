import { isCommonWord } from './common-words.ts';
import type { Entity, EntityBook } from './entity-book.ts';
import type { NameChunk } from './find-names.ts';
import { countryOf } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { joiners } from './name-run.ts';
import { organisationEnds, organisationHeads, placeHeads } from './name-words.ts';

/** What the whole article calls people and bodies, for the splits below. */
export interface ArticleNames {
  /** One-word names used away from a sentence's start. */
  alone: ReadonlySet<string>;
  /** Every name used. */
  named: ReadonlySet<string>;
  /** The last words of names that open with a given name ("Kenneth O. Preston"). */
  surnames: ReadonlySet<string>;
}

export function articleNames(chunks: readonly NameChunk[]): ArticleNames {
  const full = chunks.map((c) => c.name.split(' ')).filter((w) => w.length > 1);
  return {
    alone: new Set(chunks.flatMap((c) => (c.sentenceInitial || /\s/.test(c.name) ? [] : [c.name]))),
    named: new Set(chunks.map((c) => c.name)),
    surnames: new Set(
      full
        .filter((w) => isGivenName(w[0] ?? '') && w.every((x) => /^\p{Lu}(?:\p{Ll}|\.$)/u.test(x)))
        .map((w) => w.at(-1) as string),
    ),
  };
}

/** An office's initials in capitals: "SMA" (Sergeant Major of the Army), "MCPON", "CMSAF". */
const initials = /^\p{Lu}{2,5}$/u;

/**
 * "said SMA Preston" after "Sgt. Maj. of the Army Kenneth O. Preston": initials before the surname
 * of someone the story named in full are his office's, written as a title.
 */
function initialsAsTitle(sentence: string, chunk: NameChunk): NameChunk {
  const [office, surname] = chunk.name.split(' ') as [string, string];
  const at = sentence.indexOf(surname, chunk.start + office.length);
  if (at < 0 || at >= chunk.end) return chunk;
  return { ...chunk, start: at, name: surname, titles: [...chunk.titles, office] };
}

/**
 * "Director of the Scottish Council of Jewish Communities Ephraim Borowski testified … said
 * Borowski", "spokesperson for TransCanada Grady Semmens … added Semmens": a body's name run into
 * a person's, with nothing between them. A sentence alone cannot say where the body ends (the
 * given name may be one no list knows), but the article can: the person's surname is used alone
 * elsewhere, and the words before the name are a body's (they hold a body's word, or are named
 * alone elsewhere and are no given name). The last two words are then the person.
 *
 * Two-word runs are split by what the article says too: an office's initials before a surname
 * (`initialsAsTitle`) and a place before a name (`splitPlaceFromName`).
 */
export function splitNameRun(
  sentence: string,
  chunk: NameChunk,
  { alone, named, surnames }: ArticleNames,
): NameChunk[] {
  const words = chunk.name.split(' ');
  if (words.length === 2 && initials.test(words[0] ?? '') && surnames.has(words[1] ?? ''))
    return [initialsAsTitle(sentence, chunk)];
  if (words.length === 2) return splitPlaceFromName(sentence, chunk, alone);
  if (words.length < 3 || chunk.possessive) return [chunk];
  const surname = words.at(-1) as string;
  const given = words.at(-2) as string;
  const lead = words.slice(0, -2);
  const leadName = lead.join(' ');
  const bodyWord = (word: string) => organisationHeads.has(word) || organisationEnds.has(word);
  const personal = (word: string) =>
    /^\p{Lu}\p{Ll}/u.test(word) && !bodyWord(word) && !placeHeads.has(word) && !joiners.has(word);
  if (!alone.has(surname) || !personal(given) || !personal(surname)) return [chunk];
  if (joiners.has(lead.at(-1) ?? '')) return [chunk];
  // A given name no list knows is no everyday word either ("The President", "Identity Law").
  if (!isGivenName(given) && isCommonWord(given.toLowerCase())) return [chunk];
  // A body named alone elsewhere, after a preposition here ("spokesperson for TransCanada"):
  // without the preposition, a name used alone may be the person's own ("Aretha … Franklin").
  const afterPreposition = /\b(?:for|of|at|from|with)\s+$/u.test(
    sentence.slice(Math.max(0, chunk.start - 6), chunk.start),
  );
  const isBody =
    lead.some(bodyWord) ||
    (named.has(leadName) &&
      afterPreposition &&
      chunk.titles.length === 0 &&
      lead.length === 1 &&
      leadName.length > 2 &&
      !isGivenName(leadName));
  if (!isBody) return [chunk];
  const text = sentence.slice(chunk.start, chunk.end);
  const at = text.lastIndexOf(`${given} ${surname}`);
  const bodyEnd = text.lastIndexOf(lead.at(-1) as string, at);
  if (at < 0 || bodyEnd < 0) return [chunk];
  const personStart = chunk.start + at;
  return [
    {
      from: chunk.start,
      start: chunk.start,
      end: chunk.start + bodyEnd + (lead.at(-1) as string).length,
      name: leadName,
      titles: [],
      possessive: false,
      sentenceInitial: chunk.sentenceInitial,
    },
    { ...chunk, start: personStart, name: `${given} ${surname}`, sentenceInitial: false },
  ];
}

/**
 * "during the Foro in Havana Lula said": a capital or a country after a preposition, run into the
 * one name the story calls someone by. Split only where that name is used alone elsewhere.
 */
function splitPlaceFromName(
  sentence: string,
  chunk: NameChunk,
  alone: ReadonlySet<string>,
): NameChunk[] {
  const [place, name] = chunk.name.split(' ') as [string, string];
  const placed = /\b(?:in|at|from|to)\s+$/u.test(
    sentence.slice(Math.max(0, chunk.start - 5), chunk.start),
  );
  if (
    !placed ||
    !countryOf(place) ||
    !alone.has(name) ||
    countryOf(name) ||
    chunk.titles.length > 0
  )
    return [chunk];
  const at = sentence.indexOf(name, chunk.start + place.length);
  if (at < 0 || at >= chunk.end) return [chunk];
  return [
    { ...chunk, end: chunk.start + place.length, name: place, possessive: false },
    { ...chunk, from: at, start: at, name, sentenceInitial: false },
  ];
}

/**
 * A run of capitals as a sentence's mention reads it, with what the entity book holds for it: the
 * run itself where the book knows it, else the person's part of a run the book split (see
 * `splitNameRun`): "TransCanada Grady Semmens" is looked up, and stands in its sentence, as "Grady
 * Semmens", with the body and the role before it left to describe him. One lookup for a run the
 * book knows, as this runs for every run of every sentence.
 */
export function lookUpRun(
  sentence: string,
  run: NameChunk,
  book: EntityBook,
): { chunk: NameChunk; candidates: Entity[] } {
  const candidates = book.lookup(run.name);
  const words = run.name.split(' ');
  if (candidates.length > 0 || words.length < 2) return { chunk: run, candidates };
  if (words.length === 2 && !countryOf(words[0] ?? '') && !initials.test(words[0] ?? ''))
    return { chunk: run, candidates };
  const name = words.slice(words.length === 2 ? -1 : -2).join(' ');
  const at = sentence.lastIndexOf(name, run.end);
  const people = book.lookup(name);
  if (at < run.start || !people.some((e) => e.kind === 'person')) return { chunk: run, candidates };
  return { chunk: { ...run, from: at, start: at, name, titles: [] }, candidates: people };
}
