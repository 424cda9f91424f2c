import { normalizeName } from '../content/normalize.ts';
import { isCommonWord } from './common-words.ts';
import { confirmPeople } from './confirm-people.ts';
import {
  appositiveAfter,
  appositiveBefore,
  type Description,
  genderOf,
  roleBefore,
} from './describe-person.ts';
import { createEntityBook, type Entity, type EntityBook } from './entity-book.ts';
import { nameFamilies } from './family-names.ts';
import { findNames, type NameChunk } from './find-names.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';
import {
  companyBefore,
  firstNameAfter,
  firstNameBefore,
  ownsCorporateRole,
  publicationBefore,
} from './name-context.ts';
import {
  eventHeads,
  femaleTitles,
  foreignBodyWords,
  groupNouns,
  institutions,
  maleTitles,
  months,
  numberWords,
  organisationEnds,
  organisationHeads,
  partyMembers,
  peoples,
  placeEnds,
  placeHeads,
  placeStarts,
  plainAcronyms,
  postNominals,
  roleNouns,
  sentenceStarters,
  thingStarts,
  titles,
  usStates,
  weekdays,
} from './name-words.ts';
import type { Sentence } from './sentences.ts';
import { attributionVerbs, verbAlternation } from './speech-verbs.ts';
import { splitCouples } from './split-couples.ts';

interface Sighting {
  chunk: NameChunk;
  before: string;
  after: string;
  order: number;
}

const speaksAfter = new RegExp(
  `^(?:,[^,]{1,80},)?\\s*(?:(?:has|have|had|also|later|again|\\p{L}+ly)\\s+)*(?:${verbAlternation(attributionVerbs)})\\b`,
  'u',
);
const speaksBefore = new RegExp(`\\b(?:${verbAlternation(attributionVerbs)}),?\\s*$`, 'u');
const placePreposition =
  /\b(?:in|at|from|near|to|across|around|outside|inside|into|across)\s+(?:the\s+)?$/u;

/**
 * Country names that end the names of national bodies ("Diabetes UK", "Environment Canada"), kept
 * to those that are not also people's names (Jordan, Chad, Georgia are).
 */
const nationalEnds = new Set(
  'UK US USA EU England Scotland Wales Britain Canada Australia Ireland France Germany Italy Spain Japan China America Africa Europe Asia'
    .split(' ')
    .concat(['New Zealand', 'South Africa', 'Northern Ireland']),
);

/** Titles that say nothing of a person's office. */
const honorifics = new Set([...femaleTitles, ...maleTitles, 'Dr', 'Dr.', 'Prof', 'Prof.']);

/** Words that, right after a name and its ’s, make the whole a body: “Republican People’s Party”. */
const possessedBodies = new Set(
  'Party Daily Institute Hospital Union League Association Front Movement Congress Assembly Fund Foundation Council Committee Commission'.split(
    ' ',
  ),
);

const constituency =
  /\b(?:MP|MSP|MEP|AM|member|councillor|candidate|senator|representative|congressman|congresswoman)\s+for\s+$/iu;

/** "the Boko Haram insurgency", "Shabab militants": a name that armed members follow is a group's. */
const fightersAfter =
  /^\s+(?:insurgency|insurgents|militants|militia|militiamen|rebels|fighters|extremists|jihadists|guerrillas|separatists)\b/u;

/** "PHE's One You campaign", "the Lakeside scheme": a name a noun for a programme follows. */
const programmeAfter =
  /^\s+(?:campaign|programme|program|project|initiative|scheme|app|quiz|brand|website)\b/u;

const relativesBefore =
  /\b(?:sons|daughters|children|brothers|sisters|grandchildren|grandsons|granddaughters|siblings)\s+(?:\p{Lu}[\p{L}'’-]*,?\s+)*(?:and\s+)?$/u;

const relativeBefore =
  /\b(?:son|daughter|child|baby|wife|husband|brother|sister|mother|father|grandson|granddaughter|nephew|niece|cousin|widow),?\s+$/u;

const bodyNounBefore =
  /\b(?:organi[sz]ation|nonprofit|non-profit|watchdog|charity|think\s+tank|group)\s+$/u;

/** The last word of a school named after someone ("George Mason University"). */
const schoolEnds = /^\s+(?:University|College|School|Institute|Academy)$/u;

/**
 * "Reuters described him as …", "Pyongyang called it …": a verb that characterises someone or
 * something in words the story quotes, after a single name, makes it a speaker as `said` does.
 */
const characterises =
  /^\s*(?:described|describes|called|calls|branded|brands|labell?ed|labels|characteri[sz]ed|termed|dismissed)\b/u;

/** How many characters on each side of a name are read for its description. */
const WINDOW = 160;

type Kind = 'person' | 'organisation' | 'place';

const placeNounAfter =
  /^\s+(?:province|district|region|prefecture|county|state|city|town|village|camp|prison|airport|port|valley|river|island|lake|square|street|border|neighbourhood|neighborhood|suburb)\b/u;
const placeOfBefore =
  /(?:\b(?:capital|city|town|village|province|region|district|county|island|port|state)\s+of\s+(?:the\s+)?|\b(?:towns|cities|villages|places|areas|regions),?\s+(?:like|such\s+as)\s+)$/u;

/** What one sighting says the name is, or undefined when it says nothing. */
function evidence(s: Sighting): { kind: Kind; description?: Description } | undefined {
  const { chunk, before, after } = s;
  const words = chunk.name.split(/\s+/);
  const folded = normalizeName(chunk.name);
  if (institutions.has(folded)) return { kind: 'organisation' };
  if (words.some((w) => organisationHeads.has(w) || foreignBodyWords.has(w)))
    return { kind: 'organisation' };
  const last = words.at(-1) ?? '';
  // "Chicago Sun-Times", "St. Louis Post-Dispatch": a hyphened last word ending in a body's word.
  if (words.length > 1 && organisationHeads.has(last.split('-').at(-1) ?? ''))
    return { kind: 'organisation' };
  // "Sen. Marcy Kaptur (D-Ohio)": a party's letter and a state are a tag after a name, not a name.
  if (isPartyTag(words)) return undefined;
  // “Republican People’s Party”, “St Patrick’s Day”: a name owning one body or event word is part
  // of that body's or event's name. One word only, so “Trump’s Justice Department” keeps Trump.
  const owned = chunk.possessive ? /^\s*(\p{Lu}[\p{L}-]*)(?!\s+\p{Lu}|\s+of\b)/u.exec(after) : null;
  if (owned?.[1] && possessedBodies.has(owned[1])) return { kind: 'organisation' };
  if (owned?.[1] && eventHeads.has(owned[1])) return undefined;
  // "the International Women of Courage Award": a name that runs on with "of" into an event's
  // or a prize's name is part of it.
  const ofEvent =
    /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,4}(\p{Lu}\p{L}*)\b(?![\s&]+\p{Lu})/u.exec(
      after,
    );
  if (!chunk.possessive && ofEvent?.[1] && eventHeads.has(ofEvent[1])) return undefined;
  // “The Globe”, “The People’s Daily”: a name written with its article mid-sentence is a title.
  if (words.length > 1 && words[0] === 'The' && !chunk.sentenceInitial)
    return { kind: 'organisation' };
  // "Booker Prize-winner", "Pulitzer Prize-winning": a description of someone, not a name.
  if (words.length > 1 && /-(?:winner|winning|winners|nominee|nominated)$/u.test(last))
    return undefined;
  // "Boston-based Gingko Bioworks": a business described by where it is based.
  if (words.length > 1 && /-based$/u.test(words[0] ?? '')) return { kind: 'organisation' };
  // "I Knew You Were Waiting": a run that opens with "I" is a title, never a name.
  if (words.length > 1 && words[0] === 'I') return undefined;
  // “Operation Clambake”, “Internet Explorer”, “Space Shuttle Discovery” are things, not people.
  if (words.length > 1 && thingStarts.has(words[0] ?? '')) return undefined;
  // An office with no name after it ("British High Commissioner"), an event or a date is no one;
  // but a short title word ending a name without its full stop is part of it ("Hun Sen").
  const nameEnd = words.length > 1 && /^\p{Lu}\p{Ll}{1,2}$/u.test(last) && !/^\s*\./u.test(after);
  // "Public Safety Minister Stockwell Day": an office before the name makes it a person's, even
  // when its last word names events elsewhere.
  const officeBefore = chunk.titles.some((t) => roleNouns.has(t.toLowerCase()));
  // "Mary King", "John Major", "Martin Luther King": a title word after a given name is a surname.
  const surnameTitle = words.length > 1 && titles.has(last) && isGivenName(words.at(-2) ?? '');
  if (
    (eventHeads.has(last) && !officeBefore) ||
    (titles.has(last) && !nameEnd && !surnameTitle) ||
    (roleNouns.has(last.toLowerCase()) && !surnameTitle)
  )
    return undefined;
  // "Svay Rieng province", "Tuol Sleng prison", "the capital of Banda Aceh", "towns, like X": a
  // name that a place noun follows, or that a place noun governs, is a place.
  if (placeNounAfter.test(after) || placeOfBefore.test(before)) return { kind: 'place' };
  // "George W. Bush's initiative" is his: only a name that is not a possessive names a programme.
  // A lone capital opening a sentence ("New campaign …") or a word that opens sentences ("the
  // BBC's Today programme") is no name of a body.
  const lone = words.length === 1 && (chunk.sentenceInitial || sentenceStarters.has(chunk.name));
  if (!chunk.possessive && !lone && programmeAfter.test(after)) return { kind: 'organisation' };
  if (words.length === 1 && usStates.has(chunk.name)) return { kind: 'place' };
  // "an Illinois Democrat", "a Tory": a party member is a description of someone, not a name.
  if (partyMembers.has(last)) return undefined;
  // "Acting Cuban leader Raul Castro": a run that ends in a nationality describes who follows.
  if (words.length > 1 && countryOfDemonym(last) && !countryOf(chunk.name)) return undefined;
  // "Sunni Arabs", "Twelve African", "Islamic Maghreb": peoples, faiths and the regions or
  // movements named after them are groups and places, never a person.
  // "Roman Catholic", "Greek Orthodox": a name ending in a faith is a church or its people too.
  if (
    words.every(isPeopleWord) ||
    (words.length > 1 && (peoples.has(words[0] ?? '') || peoples.has(last)))
  )
    return undefined;
  if (words.length > 1 && organisationEnds.has(last)) return { kind: 'organisation' };
  // "the nonprofit organization Freedom House": a body named after what it is, whatever its
  // last word names elsewhere.
  if (bodyNounBefore.test(before)) return { kind: 'organisation' };
  if (words.length > 1 && placeEnds.has(last)) return { kind: 'place' };
  if (
    words.length > 1 &&
    words.length <= 3 &&
    placeStarts.has(words[0] ?? '') &&
    !chunk.titles.length
  )
    return { kind: 'place' };
  // "Federal Minister for Planning": an office, not a name.
  if (
    /\b(?:Minister|Secretary|Commissioner|Director|Chairman|President)\s+(?:for|of)\b/u.test(
      chunk.name,
    )
  )
    return undefined;
  // "Diabetes UK", "Public Health England", "Environment Canada": a body named after its country;
  // "Greenpeace Chile", "Bojkotta Israel": any country after a word that is no given name.
  const lastTwo = words.slice(-2).join(' ');
  const country = countryOf(last);
  const countryBranch =
    words.length === 2 &&
    country !== undefined &&
    country.capital !== last &&
    !isGivenName(words[0] ?? '') &&
    !isCommonWord(words[0] ?? '');
  if (
    words.length > 1 &&
    !countryOf(chunk.name) &&
    (nationalEnds.has(last) || (words.length > 2 && nationalEnds.has(lastTwo)) || countryBranch) &&
    !countryOfDemonym(words[0] ?? '')
  )
    return { kind: 'organisation' };
  // "NASA T-shirt", "Windows XP", "Indonesian NGOs", "Texas A&M": a word in capitals makes a thing
  // or a body, not a person.
  // Dotted capitals count too ("Muslim C.A.R."), but not first: "K.C. Maurer" is initials.
  const acronym = (w: string, i: number) =>
    (/^\p{Lu}[\p{Lu}&]*\p{Lu}s?$/u.test(w) || (i > 0 && /^(?:\p{Lu}\.){2,}$/u.test(w))) &&
    !postNominals.has(w);
  if (words.length > 1 && words.some(acronym)) return { kind: 'organisation' };
  if (
    /^\p{Lu}{2,6}$/u.test(chunk.name) &&
    !plainAcronyms.has(chunk.name) &&
    !countryOf(chunk.name)
  ) {
    return { kind: 'organisation' };
  }
  // "MP for Kingston-upon-Thames": the seat a member sits for is a place.
  if (constituency.test(before) && words.length <= 3) return { kind: 'place' };
  // After a preposition, the words before a name describe something else ("the head of X").
  const afterPreposition = /\b(?:for|of|in|at|from|near|to|with|by)\s+(?:the\s+)?$/u.test(before);
  // "French President Emmanuel Macron": an office written before the name is the person's role.
  const office = chunk.titles.some((t) => roleNouns.has(t.toLowerCase()))
    ? chunk.titles.filter((t) => !honorifics.has(t)).join(' ')
    : undefined;
  const described = merge([
    chunk.titles.length > 0 ? { gender: titleGender(chunk.titles) } : undefined,
    office ? { role: office } : undefined,
    afterPreposition ? undefined : appositiveAfter(after),
    afterPreposition ? undefined : roleBefore(before),
    /^,/.test(after) || speaksAfter.test(after) ? appositiveBefore(before) : undefined,
  ]);
  if (/^,\s+which\b/u.test(after) && !countryOf(chunk.name)) return { kind: 'organisation' };
  if (companyBefore.test(before) || publicationBefore.test(before) || fightersAfter.test(after))
    return { kind: 'organisation' };
  if (described && !countryOf(chunk.name)) return { kind: 'person', description: described };
  if (described && words.length > 1) return { kind: 'person', description: described };
  if (countryOf(chunk.name)) return { kind: 'place' };
  if (words.some((w) => placeHeads.has(w))) return { kind: 'place' };
  if (words.length === 1 && /\btold\s+$/.test(before)) return { kind: 'organisation' };
  if (words.length > 1 && !chunk.sentenceInitial) return { kind: 'person' };
  if (words.length > 1 && (speaksAfter.test(after) || speaksBefore.test(before))) {
    return { kind: 'person' };
  }
  if (words.length > 1 && words.length <= 3) return { kind: 'person' };
  if (placePreposition.test(before)) return { kind: 'place' };
  // "Honduras native, Carlos and his son", "Maria, 34,": a first name alone, as news names people
  // who give no surname, when the words around it speak of a person.
  // "survived by sons Clarence, Edward, Ted, and Kecalf": first names listed after relatives.
  // "her son Scott, her daughter Missy", "their nine-month-old child, Gloria": a relative's name.
  if (words.length === 1 && (relativesBefore.test(before) || relativeBefore.test(before)))
    return { kind: 'person' };
  const given = words.length === 1 && genderOfGivenName(chunk.name);
  if (given && (firstNameAfter.test(after) || firstNameBefore.test(before)))
    return { kind: 'person', description: { gender: given } };
  return undefined;
}

/**
 * "Banda Aceh" after "Aceh province": a name that ends in a word the story calls a place by a place
 * noun is a place too, whatever else made it look like a person.
 */
function placesByName(book: EntityBook, sightings: readonly Sighting[]): void {
  const places = new Set(
    sightings
      .filter((s) => !/\s/.test(s.chunk.name) && placeNounAfter.test(s.after))
      .map((s) => s.chunk.name),
  );
  if (places.size === 0) return;
  for (const entity of book.all()) {
    const words = entity.name.split(/\s+/);
    const last = words.at(-1) ?? '';
    if (entity.kind === 'person' && words.length > 1 && !entity.role && places.has(last))
      book.retype(entity, 'place');
  }
}

/** The first role, organisation and gender that any of the descriptions gives. */
function merge(found: readonly (Description | undefined)[]): Description | undefined {
  const present = found.filter((d): d is Description => d !== undefined);
  if (present.length === 0) return undefined;
  const role = present.find((d) => d.role)?.role;
  const organisation = present.find((d) => d.organisation)?.organisation;
  const gender = present.find((d) => d.gender)?.gender;
  return {
    ...(role ? { role } : {}),
    ...(organisation ? { organisation } : {}),
    ...(gender ? { gender } : {}),
  };
}

function titleGender(found: readonly string[]): Description['gender'] {
  if (found.some((t) => femaleTitles.has(t))) return 'female';
  if (found.some((t) => maleTitles.has(t))) return 'male';
  return undefined;
}

/** "D Ohio", "R Minn": the letter of a party (Democrat, Republican, Independent) and a state. */
function isPartyTag(words: readonly string[]): boolean {
  return (
    words.length === 2 &&
    /^[DRI]$/u.test(words[0] ?? '') &&
    (usStates.has(words[1] ?? '') || /^\p{Lu}\p{Ll}{1,4}\.?$/u.test(words[1] ?? ''))
  );
}

/** A word for a people or a faith, a country's people in the plural ("Iraqis"), or a number. */
function isPeopleWord(word: string): boolean {
  return (
    peoples.has(word) ||
    numberWords.has(word) ||
    countryOfDemonym(word) !== undefined ||
    (/s$/u.test(word) && countryOfDemonym(word.slice(0, -1)) !== undefined)
  );
}

/** Words that never name anything on their own. */
function isNoise(name: string): boolean {
  const words = name.split(/\s+/);
  if (countryOfDemonym(name)) return true;
  return words.every(
    (w) => weekdays.has(w) || months.has(w) || countryOfDemonym(w) !== undefined || w.length < 2,
  );
}

/**
 * Finds the people, organisations and places a story names, with the roles and organisations its
 * descriptions give people, and the short names (surnames) it goes on to use.
 */
export function findEntities(sentences: readonly Sentence[]): EntityBook {
  const book = createEntityBook();
  const sightings: Sighting[] = [];
  for (const sentence of sentences) {
    for (const chunk of findNames(sentence.masked)) {
      if (isNoise(chunk.name)) continue;
      sightings.push({
        chunk,
        // The words near a name are what describe it; a window keeps long sentences cheap.
        before: sentence.masked.slice(Math.max(0, chunk.from - WINDOW), chunk.from),
        after: sentence.masked.slice(chunk.end + (chunk.possessive ? 2 : 0)).slice(0, WINDOW),
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
  confirmPeople(
    book,
    new Set(sightings.filter((s) => s.chunk.titles.length > 0).map((s) => s.chunk.name)),
  );
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

function classify(book: EntityBook, s: Sighting): void {
  const { chunk } = s;
  const known = book.lookup(chunk.name);
  const found = evidence(s);
  if (known.length > 0) {
    const entity = found ? (known.find((e) => e.kind === found.kind) ?? known[0]) : known[0];
    if (entity && found?.description) describe(book, entity, found.description, chunk);
    return;
  }
  const single = !/[\s-]/.test(chunk.name);
  // "George Mason’s ministry" after "George Mason University": a school's name without its last
  // word, with nothing that describes a person, is the school's short name; where the rest of its
  // name follows, or the body is of another kind ("Elton John AIDS Foundation"), it is the person.
  const school = book
    .all()
    .find(
      (e) =>
        e.kind === 'organisation' &&
        e.name.startsWith(`${chunk.name} `) &&
        schoolEnds.test(e.name.slice(chunk.name.length)),
    );
  if (!single && school && chunk.titles.length === 0 && !found?.description) {
    book.alias(school, chunk.name);
    return;
  }
  // "Aretha Louise Franklin" after "Aretha Franklin": the same first and last names with a middle
  // name between are the same person; so is a surname spelt one letter apart.
  const middle =
    !single && found?.kind !== 'organisation'
      ? (sameEnds(book, chunk.name) ?? misspeltSurname(book, chunk.name))
      : undefined;
  if (middle) {
    book.alias(middle, chunk.name);
    return;
  }
  // "Yau Yau said" after "David Yau Yau": a name that ends someone's full name is theirs.
  const ending = book.all().find((e) => e.kind === 'person' && e.name.endsWith(` ${chunk.name}`));
  if (!single && ending && found?.kind !== 'organisation' && found?.kind !== 'place') {
    book.alias(ending, chunk.name);
    return;
  }
  if (single) {
    const person =
      book.all().find((e) => e.kind === 'person' && partsOf(e).includes(chunk.name)) ??
      misspelt(book, chunk.name);
    if (person && found?.kind !== 'place' && found?.kind !== 'organisation') {
      book.alias(person, chunk.name);
      if (found?.description) describe(book, person, found.description, chunk);
      return;
    }
    const organisation = book
      .all()
      .find((e) => e.kind === 'organisation' && e.name.split(' ')[0] === chunk.name);
    // "European" of "European Union" is an adjective elsewhere ("a senior European diplomat").
    if (organisation && !found && !/(?:an|ese|ish|ic|i)$/.test(chunk.name)) {
      book.alias(organisation, chunk.name);
      return;
    }
  }
  // A single name that speaks and is no one's surname is an organisation ("Loopr said").
  // "Spokesman also said …" in a standfirst: a role noun alone is a role, not a body's name.
  const common =
    sentenceStarters.has(chunk.name) ||
    groupNouns.has(chunk.name.toLowerCase()) ||
    roleNouns.has(chunk.name.toLowerCase());
  if (!found && single && (speaksAfter.test(s.after) || characterises.test(s.after)) && !common) {
    // ... unless it is a given name: wire copy names some people by their first name only ("Rosa
    // told VOA about her plans").
    const given = genderOfGivenName(chunk.name);
    const entity = book.add(given ? 'person' : 'organisation', chunk.name, s.order);
    if (given) entity.gender ??= given;
    return;
  }
  // A single word opening a sentence is no name, unless a title stands before it ("Mr. Bush") or
  // an apposition describes a person ("Eurice, a bespectacled woman in her 50s, came …").
  const bare =
    chunk.sentenceInitial &&
    chunk.titles.length === 0 &&
    !(found?.description?.gender && /^,\s+an?\s/u.test(s.after));
  if (!found || (bare && single && found.kind === 'person')) return;
  const entity = book.add(found.kind, chunk.name, s.order);
  if (found.description) describe(book, entity, found.description, chunk);
  if (entity.kind === 'organisation' && institutions.has(normalizeName(entity.name))) {
    entity.name = institutions.get(normalizeName(entity.name)) ?? entity.name;
    book.alias(entity, chunk.name);
  }
}

/** The person named earlier with the same first and last word, one name having a middle word. */
function sameEnds(book: EntityBook, name: string): Entity | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3) return undefined;
  return book.all().find((e) => {
    const other = e.name.split(/\s+/);
    return (
      e.kind === 'person' &&
      Math.abs(other.length - words.length) === 1 &&
      Math.min(other.length, words.length) === 2 &&
      other[0] === words[0] &&
      other.at(-1) === words.at(-1)
    );
  });
}

/**
 * "Ahmed Shafiq" after "Ahmed Shafik": the same given name with a surname one letter away from the
 * other's is the same person spelt two ways, as "Kufor" is of "John Kufuor".
 */
function misspeltSurname(book: EntityBook, name: string): Entity | undefined {
  const words = name.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (words.length !== 2 || last.length < 5) return undefined;
  return book.all().find((e) => {
    const other = e.name.split(/\s+/);
    const surname = other.at(-1) ?? '';
    return (
      e.kind === 'person' &&
      other.length === 2 &&
      other[0] === words[0] &&
      surname[0] === last[0] &&
      oneLetterApart(surname, last)
    );
  });
}

/**
 * "Kufor" after "John Kufuor", "Talibani" after "Jalal Talabani": a surname one letter away from the
 * surname of someone the story named in full is a misspelling of it. Short names are left alone, as
 * one letter tells them apart ("Kim", "Lim").
 */
function misspelt(book: EntityBook, name: string): Entity | undefined {
  if (name.length < 5) return undefined;
  return book.all().find((e) => {
    const surname = e.kind === 'person' && /\s/.test(e.name) ? partsOf(e).at(-1) : undefined;
    return surname !== undefined && surname[0] === name[0] && oneLetterApart(surname, name);
  });
}

/** Whether two words differ by one letter changed, added or dropped. */
function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}

/**
 * The name a story uses for a person after the first mention: a part it already used alone, else
 * the family name, which East Asian names put first ("Shin Won-sik" → Shin).
 */
export function shortName(person: Entity): string | undefined {
  const parts = nameParts(person.name);
  if (parts.length < 2) return undefined;
  const used = parts.find((part) => person.aliases.includes(part));
  if (used) return used;
  const last = parts.at(-1) ?? '';
  return /-\p{Ll}/u.test(last) ? parts[0] : last;
}

/** Each person's name parts, worked out once per person (and dropped with the person). */
const partsByPerson = new WeakMap<Entity, string[]>();

function partsOf(person: Entity): string[] {
  let found = partsByPerson.get(person);
  if (!found) {
    found = nameParts(person.name);
    partsByPerson.set(person, found);
  }
  return found;
}

/** The parts of a personal name that may stand alone ("Kim", "Jong", "Un"; "Leif-Eric", "Easley"). */
function nameParts(name: string): string[] {
  // "Abdel Fattah el-Sissi": a surname behind an Arabic article is a part, and the short name.
  return name.split(/\s+/).filter((part) => /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(part));
}

function describe(book: EntityBook, entity: Entity, d: Description, chunk: NameChunk): void {
  if (entity.kind !== 'person') return;
  if (d.role && !entity.role) entity.role = capitalise(d.role.replace(/\s+/g, ' '));
  if (d.organisation && !entity.organisation) {
    const org = d.organisation;
    if (
      book.lookup(org).some((e) => e.kind === 'organisation') ||
      countryOf(org) ||
      /\s/.test(org)
    ) {
      entity.organisation = org;
    }
  }
  entity.gender ??=
    d.gender ?? titleGender(chunk.titles) ?? (d.role ? genderOf(d.role) : undefined);
  if (d.role) {
    const bare = bareRole(book, d.role);
    if (bare && bare !== d.role) book.alias(entity, d.role);
    if (bare)
      book.alias(
        entity,
        `the ${/^\p{Lu}\p{Ll}/u.test(bare) && bare === d.role ? bare.charAt(0).toLowerCase() + bare.slice(1) : bare}`,
      );
  }
}

/**
 * A role without the organisation or country that qualifies it, as a later sentence refers to the
 * person: "US secretary of state" → "secretary of state", "Seoul’s defence minister" → "defence
 * minister". A word capitalised only because it starts the sentence stays ("education secretary").
 */
function bareRole(book: EntityBook, role: string): string {
  const words = role.split(/\s+/);
  while (words.length > 1) {
    const word = (words[0] ?? '').replace(/[’']s$/, '');
    const qualifies =
      /[’']s$/.test(words[0] ?? '') ||
      /^\p{Lu}{2,}$/u.test(word) ||
      countryOf(word) !== undefined ||
      countryOfDemonym(word) !== undefined ||
      institutions.has(normalizeName(word)) ||
      book.lookup(word).some((e) => e.kind !== 'person');
    if (!qualifies) break;
    words.shift();
  }
  return words.join(' ');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
