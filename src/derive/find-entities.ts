import { normalizeName } from '../content/normalize.ts';
import { articleNames, splitNameRun } from './body-before-person.ts';
import { bodyByHead } from './body-by-head.ts';
import { bodyOfInitials, bracketedAcronym, initialsInBrackets } from './bracketed-acronyms.ts';
import { isCommonWord } from './common-words.ts';
import { confirmPeople } from './confirm-people.ts';
import { leaveOutCredits } from './credits.ts';
import { describe } from './describe-entity.ts';
import { createEntityBook, type Entity, type EntityBook } from './entity-book.ts';
import { nameFamilies } from './family-names.ts';
import { findNames, type NameChunk } from './find-names.ts';
import { labelAfterName, relativeBefore } from './first-names.ts';
import { genderOfGivenName } from './given-names.ts';
import { addHandles } from './handles.ts';
import { confirmListMates, placeListMates } from './list-mates.ts';
import { ownsCorporateRole } from './name-context.ts';
import {
  characterises,
  corporateEnds,
  evidence,
  isNoise,
  type Sighting,
  schoolEnds,
  speaksAfter,
  tradeEnds,
  WINDOW,
} from './name-evidence.ts';
import {
  groupNouns,
  institutions,
  plainAcronyms,
  postNominalPattern,
  postNominals,
  roleNouns,
  sentenceStarters,
} from './name-words.ts';
import { placesByName } from './place-context.ts';
import { addPostWriters, opensWithHandle } from './post-writers.ts';
import {
  lowerParticles,
  misspelt,
  misspeltBody,
  misspeltSurname,
  partsOf,
  respeltGivenName,
  sameEnds,
  shortName,
} from './same-person.ts';
import type { Sentence } from './sentences.ts';
import { shipsByName } from './ship-names.ts';
import { splitCouples } from './split-couples.ts';

/** " of Time Magazine points out": a body's name after "of", then a verb of saying. */
const surnameAtBody =
  /^\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&’'.-]*\s+){1,5}(?:said|says|told|tells|added|adds|wrote|writes|notes?|noted|explained|explains|points?\s+out|pointed\s+out)\b/u;
/** Letters set off by commas after a name ("Ph.D.", "QC", "Jr."), and a doctor's "M.D.". */
const lettersAfterName = new RegExp(
  `^,\\s*(?:Ph\\.\\s?D\\.|M\\.D\\.|MD|${postNominalPattern})(?=,)`,
  'u',
);

/**
 * `“…,” Jan says.` after `For Jan Mohammad, …`: a month's short form alone is the given name of
 * someone the story named in full, unless a day follows it (`Jan 5`).
 */
const givenNameAlone = (chunk: NameChunk, sentence: string, givenNames: ReadonlySet<string>) =>
  givenNames.has(chunk.name) &&
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/u.test(chunk.name) &&
  !/^\s*\d/u.test(sentence.slice(chunk.end));

/**
 * Finds the people, organisations and places a story names, with the roles and organisations its
 * descriptions give people, and the short names (surnames) it goes on to use.
 */
export function findEntities(sentences: readonly Sentence[]): EntityBook {
  const book = createEntityBook();
  const sightings: Sighting[] = [];
  const runs = sentences.map((sentence) => findNames(sentence.masked));
  const names = articleNames(runs.flat());
  const givenNames = new Set(
    [...names.named].flatMap((name) => (/\s/u.test(name) ? [name.split(' ')[0] as string] : [])),
  );
  for (const [n, sentence] of sentences.entries()) {
    const chunks = (runs[n] ?? []).flatMap((c) => splitNameRun(sentence.masked, c, names));
    for (const chunk of chunks) {
      // A handle in capitals ("@BarryLikumahuwa Random country?") is no run of name words.
      if (isNoise(chunk.name) && !givenNameAlone(chunk, sentence.masked, givenNames)) continue;
      if (opensWithHandle(sentence, chunk.start)) continue;
      // "Mark Tedeschi, QC, the Crown prosecutor": honours set off by commas name no one.
      if (postNominals.has(chunk.name) && /\p{L},\s*$/u.test(sentence.masked.slice(0, chunk.from)))
        continue;
      sightings.push({
        chunk,
        // The words near a name are what describe it; a window keeps long sentences cheap.
        before: sentence.masked.slice(Math.max(0, chunk.from - WINDOW), chunk.from),
        // "Richard W. Spinrad, Ph.D., an ocean scientist": the degree is no part of the apposition.
        after: sentence.masked
          .slice(chunk.end + (chunk.possessive ? 2 : 0))
          .replace(lettersAfterName, '')
          .slice(0, WINDOW),
        order: sentence.paragraph * 1e6 + sentence.start + chunk.start,
      });
    }
  }
  // Full names first, so that a surname used alone is known as that person's.
  const multi = new Set(sightings.filter((s) => /[\s-]/.test(s.chunk.name)));
  for (const s of multi) classify(book, s);
  for (const s of sightings) if (!multi.has(s)) classify(book, s);
  const quoted = quotedSightings(sentences);
  for (const s of quoted) if (isQuotedPerson(book, s)) classify(book, s);
  sightings.push(...quoted);
  splitCouples(book, sentences);
  nameFamilies(book, sentences);
  for (const s of sightings) {
    if (!ownsCorporateRole(s.before, s.after)) continue;
    for (const entity of book.lookup(s.chunk.name)) {
      const undescribed = !entity.role && !entity.gender && s.chunk.titles.length === 0;
      if (entity.kind === 'person' && undescribed) book.retype(entity, 'organisation');
    }
  }
  placesByName(book, sightings);
  addHandles(book, sentences);
  addPostWriters(book, sentences);
  placeListMates(book, sentences);
  const titled = new Set(
    sightings.filter((s) => s.chunk.titles.length > 0).map((s) => s.chunk.name),
  );
  shipsByName(book, titled);
  confirmPeople(book, titled);
  confirmListMates(book, sentences);
  leaveOutCredits(book, sightings);
  for (const person of book.all().filter((e) => e.kind === 'person')) {
    const short = shortName(person);
    if (short) book.alias(person, short);
  }
  return book;
}

/**
 * Names inside quoted words ("the atmosphere left by Saddam Hussein", "for Prime Minister Meles to
 * release them"). Each sentence of a quote is read on its own, so its first word is no name.
 */
function quotedSightings(sentences: readonly Sentence[]): Sighting[] {
  const found: Sighting[] = [];
  for (const sentence of sentences) {
    for (const quote of sentence.quotes) {
      for (const part of quote.text.matchAll(/[^.!?]+(?:[.!?]+|$)/gu)) {
        const text = part[0];
        for (const chunk of findNames(text)) {
          if (isNoise(chunk.name)) continue;
          found.push({
            chunk,
            before: text.slice(0, chunk.from),
            after: text.slice(chunk.end + (chunk.possessive ? 2 : 0)),
            order: sentence.paragraph * 1e6 + quote.start + part.index + chunk.start,
          });
        }
      }
    }
  }
  return found;
}

/**
 * Whether a name inside a quote is a person the story did not name outside it: a name of two words
 * or more, or one behind a title, that everything around it takes for a person. Quotes are full of
 * capitalised words, so nothing else found in them is listed.
 */
function isQuotedPerson(book: EntityBook, s: Sighting): boolean {
  const { chunk } = s;
  if (book.lookup(chunk.name).length > 0) return false;
  if (chunk.titles.length === 0 && !relativeBefore.test(s.before)) {
    if (chunk.sentenceInitial) return false;
    // "Campbell Soup": with no title, a common English word after the first makes it no name.
    const words = chunk.name.split(/\s+/);
    if (words.length < 2 || words.slice(1).some((w) => isCommonWord(w))) return false;
  }
  return evidence(s)?.kind === 'person';
}

/** A verb after a subject, then lower-case words only, up to `he` or `she`. */
const pronounAfter =
  /^\s+(?!(?:of|and|or|for|to|in|at|on|is|was)\b)\p{Ll}[\p{L}’'-]*(?:[\s,]+\p{Ll}[\p{L}’'-]*){0,12}?[\s,]+(she|he)\b/u;

/** An age in apposition right after a name: "Syakrani, 24, says". */
const aged = /^,\s+\d{1,3},\s+\p{Ll}/u;

function classify(book: EntityBook, s: Sighting): void {
  const { chunk } = s;
  const known = book.lookup(chunk.name);
  // "The Southern African Development Community (SADC)": a name followed by its own initials in
  // brackets is a body's, whatever its words.
  const found = initialsInBrackets(chunk.name, s.after)
    ? { kind: 'organisation' as const }
    : evidence(s);
  if (known.length > 0) {
    const entity = found ? (known.find((e) => e.kind === found.kind) ?? known[0]) : known[0];
    if (entity && found?.description) describe(book, entity, found.description, chunk);
    return;
  }
  const expanded =
    bracketedAcronym(book, chunk.name, s.before, s.after) ?? bodyOfInitials(book, chunk.name);
  if (expanded) {
    book.alias(expanded, chunk.name);
    return;
  }
  const single = !/[\s-]/.test(chunk.name);
  // "George Mason’s ministry" after "George Mason University": a school's name without its last
  // word, with nothing that describes a person, is the school's short name, as a company's is
  // without the word for a company ("Tam Kee" after "Tam Kee Corporation"); where the rest of its
  // name follows, or the body is of another kind ("Elton John AIDS Foundation"), it is the person.
  const school = book
    .all()
    .find(
      (e) =>
        e.kind === 'organisation' &&
        e.name.startsWith(`${chunk.name} `) &&
        [schoolEnds, corporateEnds, tradeEnds].some((end) =>
          end.test(e.name.slice(chunk.name.length)),
        ),
    );
  const trade = school && tradeEnds.test(school.name.slice(chunk.name.length));
  if ((!single || trade) && school && chunk.titles.length === 0 && !found?.description) {
    book.alias(school, chunk.name);
    return;
  }
  // "Aretha Louise Franklin" after "Aretha Franklin": the same first and last names with a middle
  // name between are the same person; so is a surname spelt one letter apart, and a given name
  // transliterated another way.
  const middle =
    !single && found?.kind !== 'organisation'
      ? (sameEnds(book, chunk.name) ??
        misspeltSurname(book, chunk.name) ??
        respeltGivenName(book, chunk.name))
      : undefined;
  if (middle) {
    book.alias(middle, chunk.name);
    return;
  }
  // "Yau Yau said" after "David Yau Yau", "Bin Laden's" after "Osama bin Laden", "De La Calle"
  // after "Humberto De la Calle": a name that ends someone's full name, its particles capitalised
  // or not, is theirs.
  const particled = lowerParticles(chunk.name);
  const lowered = particled.charAt(0).toLowerCase() + particled.slice(1);
  const ends = (e: Entity) =>
    [particled, lowered].some((n) => lowerParticles(e.name).endsWith(` ${n}`));
  const ending = book.all().find((e) => e.kind === 'person' && ends(e));
  if (!single && ending && found?.kind !== 'organisation' && found?.kind !== 'place') {
    book.alias(ending, chunk.name);
    return;
  }
  // "Security Council" after "U.N. Security Council": a body's name without the country or body
  // written before it is the same body.
  const body = book
    .all()
    .find((e) => e.kind === 'organisation' && e.name.endsWith(` ${chunk.name}`));
  if (!single && body && found?.kind === 'organisation' && chunk.titles.length === 0) {
    book.alias(body, chunk.name);
    return;
  }
  if (single) {
    const person =
      book.all().find((e) => e.kind === 'person' && partsOf(e).includes(chunk.name)) ??
      misspelt(book, chunk.name);
    // "the Saaskashvili government" after "Mikheil Saakashvili": a person's name before the
    // body they lead reads as a body's, but a leader's name is what it is.
    const leads = /^\s+(?:government|administration|cabinet|campaign)\b/u.test(s.after);
    if (person && (leads || (found?.kind !== 'place' && found?.kind !== 'organisation'))) {
      book.alias(person, chunk.name);
      if (found?.description) describe(book, person, found.description, chunk);
      return;
    }
    const organisation = book
      .all()
      .find((e) => e.kind === 'organisation' && e.name.split(' ')[0] === chunk.name);
    // "European" of "European Union" is an adjective elsewhere ("a senior European diplomat").
    // "Health and Human Services Secretary" is not "Health Resources and Services
    // Administration": a word joined by `and` to more capitals opens a name of its own.
    if (
      organisation &&
      !found &&
      !/(?:an|ese|ish|ic|i)$/.test(chunk.name) &&
      !/^\s+and\s+\p{Lu}/u.test(s.after)
    ) {
      book.alias(organisation, chunk.name);
      return;
    }
    const misspeltOrganisation =
      found?.kind === 'person'
        ? undefined
        : (misspeltBody(book, chunk.name) ?? bodyByHead(book, chunk.name, s.before));
    if (misspeltOrganisation) {
      book.alias(misspeltOrganisation, chunk.name);
      return;
    }
  }
  // A single name that speaks and is no one's surname is an organisation ("Loopr said").
  // "Spokesman also said …" in a standfirst: a role noun alone is a role, not a body's name.
  const common =
    sentenceStarters.has(chunk.name) ||
    groupNouns.has(chunk.name.toLowerCase()) ||
    roleNouns.has(chunk.name.toLowerCase());
  // "“…,” said Creachbaum.": a single name, no common word, after an inverted verb of saying and
  // closing the clause, is someone the story quotes by surname alone, never introduced in full.
  // A star after a name marks it as changed to protect a person ("Zingiswa*", "Pierre*, a …").
  const inverted =
    /\b(?:said|says|added|adds|explained|stated|noted)\s+$/u.test(s.before) &&
    /^\*?\s*(?:[.,;]|$)/u.test(s.after) &&
    // Not an abbreviated title before a rank: "said Tech. Sgt. Richard Walters".
    !/^\.\s+\p{Lu}\p{L}*\./u.test(s.after);
  // "said Vinjwa-Hlonwane.": so is a double-barrelled surname.
  const barrelled = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(chunk.name);
  if (
    !found &&
    (single || barrelled) &&
    !common &&
    (inverted || /^\*/u.test(s.after)) &&
    !isCommonWord(chunk.name)
  ) {
    book.add('person', chunk.name, s.order);
    return;
  }
  // "Dodds of Time Magazine points out, “…”": a surname alone, placed at a named body, before a
  // verb of saying, is someone the story quotes without introducing them in full.
  if (!found && single && !common && !isCommonWord(chunk.name) && surnameAtBody.test(s.after)) {
    book.add('person', chunk.name, s.order);
    return;
  }
  // "the PM said": an abbreviation written in capitals as a word is no one's name.
  if (
    !found &&
    single &&
    !plainAcronyms.has(chunk.name) &&
    (speaksAfter.test(s.after) || characterises.test(s.after)) &&
    !common
  ) {
    // ... unless it is a given name: wire copy names some people by their first name only ("Rosa
    // told VOA about her plans").
    // "Bichsel said he feels compelled": a body says "it" or "we", never "he" or "she".
    // "Bawinile Shezi of Siyabathanda said she": a body placed after a person is not the subject.
    // "Evelyn said her only regret …": so does `his` or `her` straight after the verb.
    const pronoun = /\b(?:of|at|from|for|with|by|to)\s+$/u.test(s.before)
      ? undefined
      : /^\s+(?:said|says|added|adds|told\s+\p{L}+)\s+(?:that\s+)?(he|she|his|her)\b/u.exec(
          s.after,
        )?.[1];
    const given =
      genderOfGivenName(chunk.name) ??
      (pronoun === 'he' || pronoun === 'his' ? 'male' : pronoun && 'female');
    // "opponents of the Bill spoke": no one's given name is written after "the", so the word
    // names a thing (a bill, a ship, a work), which does not speak.
    if (given && /\bthe\s+$/u.test(s.before)) return;
    const entity = book.add(given ? 'person' : 'organisation', chunk.name, s.order);
    if (given) entity.gender ??= given;
    return;
  }
  // A single word opening a sentence is no name, unless a title stands before it ("Mr. Bush") or
  // an apposition describes a person ("Eurice, a bespectacled woman in her 50s, came …", "Tony,
  // from Melbourne, said …").
  // So does an age set off by commas ("Syakrani, 24, says …"): only people are given one.
  const bare =
    chunk.sentenceInitial &&
    chunk.titles.length === 0 &&
    !(found?.description?.gender && /^,\s+(?:an?\s|from\s+\p{Lu})/u.test(s.after)) &&
    !aged.test(s.after) &&
    !labelAfterName.test(s.after);
  // "Matebele had to stop working when he became sick.": a single name that opens its sentence,
  // then `he` or `she` after its verb before anyone else is named, is a person known by one name.
  const onlyName =
    !found && single && bare && !common && !isCommonWord(chunk.name)
      ? pronounAfter.exec(s.after)?.[1]
      : undefined;
  if (onlyName) {
    book.add('person', chunk.name, s.order).gender = onlyName === 'he' ? 'male' : 'female';
    return;
  }
  if (!found || (bare && single && found.kind === 'person')) return;
  const entity = book.add(found.kind, chunk.name, s.order);
  // "Lord Forsyth of Drumlean": a peer's territorial designation is part of how the peer is
  // named in full, so it is kept as another name for the same person.
  const designation = peerDesignation.exec(s.after)?.[1];
  const peer = chunk.titles.find((t) => peerTitles.test(t));
  if (entity.kind === 'person' && designation && peer)
    book.alias(entity, `${peer} ${chunk.name} of ${designation}`);
  if (found.description) describe(book, entity, found.description, chunk);
  // "Eugenia Hunter has a hard time recalling how long she’s been staying …": a name that opens
  // its sentence, then `she` or `he` before anyone else is named, is a person of that gender,
  // though no list knows the given name.
  const pronoun = chunk.sentenceInitial && !single ? pronounAfter.exec(s.after)?.[1] : undefined;
  if (entity.kind === 'person' && pronoun) entity.gender ??= pronoun === 'he' ? 'male' : 'female';
  if (entity.kind === 'organisation' && institutions.has(normalizeName(entity.name))) {
    entity.name = institutions.get(normalizeName(entity.name)) ?? entity.name;
    book.alias(entity, chunk.name);
  }
}

const peerTitles = /^(?:Lord|Baroness|Lady|Viscount|Viscountess|Earl|Countess|Marquess)$/u;
const peerDesignation = /^\s+of\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?=[\s,.;:]|$)/u;
