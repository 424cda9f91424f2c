import { normalizeName } from '../content/normalize.ts';
import { bodyByContext } from './body-context.ts';
import { isCommonWord } from './common-words.ts';
import {
  appositiveAfter,
  appositiveBefore,
  type Description,
  officeOf,
  roleAfterGivenName,
  roleBefore,
} from './describe-person.ts';
import type { NameChunk } from './find-names.ts';
import { firstNameAlone } from './first-names.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { militaryKind } from './military-units.ts';
import { namesCompany, publicationBefore } from './name-context.ts';
import { shapeOfName } from './name-shapes.ts';
import {
  courseHeads,
  eventHeads,
  femaleTitles,
  holdsBodyWord,
  institutions,
  machineEnds,
  maleTitles,
  months,
  numberWords,
  organisationEnds,
  organisationHeads,
  partyMembers,
  peoples,
  placeHeads,
  plainAcronyms,
  postNominals,
  regnalNumber,
  roleNouns,
  sentenceStarters,
  thingStarts,
  titles,
  usStateAbbreviations,
  usStates,
  weekdays,
} from './name-words.ts';
import { isPartyTag, isTownTag } from './party-tags.ts';
import {
  placeByContext,
  placeByShape,
  placeNounAfter,
  placeOfBefore,
  placePreposition,
  skyBefore,
} from './place-context.ts';
import { pluralBodyEvidence } from './plural-bodies.ts';
import { isPublicFigure } from './public-figures.ts';
import { attributionVerbs, verbAlternation } from './speech-verbs.ts';

/*
 * What the words around one sighting of a capitalised name say it is: a person (and their role,
 * organisation or gender), an organisation or a place. Read by `findEntities`, which weighs every
 * sighting of a name together.
 */

export interface Sighting {
  chunk: NameChunk;
  before: string;
  after: string;
  order: number;
}

export const speaksAfter = new RegExp(
  `^(?:,[^,]{1,80},)?\\s*(?:(?:has|have|had|also|later|again|\\p{L}+ly)\\s+)*(?:${verbAlternation(attributionVerbs)})\\b`,
  'u',
);
const speaksBefore = new RegExp(`\\b(?:${verbAlternation(attributionVerbs)}),?\\s*$`, 'u');
/**
 * Country names that end the names of national bodies ("Diabetes UK", "Environment Canada"), kept
 * to those that are not also people's names (Jordan, Chad, Georgia are).
 */
const nationalEnds = new Set(
  'UK US USA EU England Scotland Wales Britain Canada Australia Ireland France Germany Italy Spain Japan China America Africa Europe Asia'
    .split(' ')
    .concat(['New Zealand', 'South Africa', 'Northern Ireland']),
);

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

const bodyNounBefore =
  /\b(?:organi[sz]ation|nonprofit|non-profit|watchdog|charity|think\s+tank|group|(?:news|television|TV|radio|satellite)\s+(?:network|channel|agency|station)|broadcaster|newspaper)\s+$/u;

/** The last word of a school named after someone ("George Mason University"). */
export const schoolEnds = /^\s+(?:University|College|School|Institute|Academy)$/u;

/**
 * The word a company's full name ends in ("Tam Kee Corporation"), which the story drops when it
 * names the company again ("Tam Kee has promised …").
 */
export const corporateEnds =
  /^\s+(?:Corporation|Corp\.?|Incorporated|Inc\.?|Limited|Ltd\.?|Group|Company|Holdings|PLC|plc|LLC)$/u;

/** The trade a company's name ends in ("NorthWestern Energy"), which a single word may drop. */
export const tradeEnds =
  /^\s+(?:Energy|Power|Electric|Oil|Petroleum|Mining|Steel|Motors|Airlines|Airways|Foods|Pharmaceuticals|Technologies|Industries|Communications|Telecom|Networks|Insurance|Bank)$/u;

/**
 * "Reuters described him as …", "Pyongyang called it …": a verb that characterises someone or
 * something in words the story quotes, after a single name, makes it a speaker as `said` does.
 */
export const characterises =
  /^\s*(?:described|describes|called|calls|branded|brands|labell?ed|labels|characteri[sz]ed|termed|dismissed)\b/u;

/** How many characters on each side of a name are read for its description. */
export const WINDOW = 160;

type Kind = 'person' | 'organisation' | 'place';

/** Endings of nouns for acts, states and duties, which no surname in English news has. */
const abstractNoun = /\p{Ll}(?:ment|ments|ness|tion|tions|sion|ity|ance|ence|ies|ism|ship|hood)$/u;

/** What one sighting says the name is, or undefined when it says nothing. */
export function evidence(s: Sighting): { kind: Kind; description?: Description } | undefined {
  const { chunk, before, after } = s;
  const words = chunk.name.split(/\s+/);
  const folded = normalizeName(chunk.name);
  if (institutions.has(folded)) return { kind: 'organisation' };
  if (holdsBodyWord(words)) return { kind: 'organisation' };
  // "Marks & Spencer", "Hale & Dorsey": two names joined by an ampersand make a firm's or a
  // brand's name, never a person's.
  if (words.length > 2 && words.includes('&')) return { kind: 'organisation' };
  // "Fitzgerald Sailors" is a crew, which speaks through its sailors; "Cutter Stratton" and
  // "11th Engineer Battalion" are a ship and a unit, bodies rather than people.
  const military = militaryKind(words);
  if (military === 'crew') return undefined;
  if (military === 'unit') return { kind: 'organisation' };
  const shape = shapeOfName(words, before, after);
  if (shape === 'nothing') return undefined;
  if (shape) return { kind: shape };
  const last = words.at(-1) ?? '';
  // "Chicago Sun-Times", "St. Louis Post-Dispatch": a hyphened last word ending in a body's word.
  if (words.length > 1 && organisationHeads.has(last.split('-').at(-1) ?? ''))
    return { kind: 'organisation' };
  // "Sen. Marcy Kaptur (D-Ohio)", "Parks, D-Las Vegas, said": a party's letter and a state or a
  // home town are a tag after a name, not a name.
  if (isPartyTag(words) || isTownTag(chunk.name, before, after)) return undefined;
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
  if (words.length > 1 && machineEnds.has(last)) return undefined;
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
  // "Warrior Leader Course"-style offices and programmes end in an abstract noun ("Student
  // Assessment", "Minister of Agrarian Development", "General Duties"); such a word alone is no
  // one's name, unless it is a known given name ("Clement"). No one is named after a course or an
  // order either ("Warrior Leader Course", "Executive Order").
  if (courseHeads.has(last)) return undefined;
  if (
    words.length === 1 &&
    chunk.titles.length > 0 &&
    abstractNoun.test(last) &&
    isCommonWord(last) &&
    !isGivenName(last)
  )
    return undefined;
  // "Svay Rieng province", "Tuol Sleng prison", "the capital of Banda Aceh", "towns, like X": a
  // name that a place noun follows, or that a place noun governs, is a place.
  if (placeNounAfter.test(after) || placeOfBefore.test(before) || skyBefore.test(before))
    return { kind: 'place' };
  // "George W. Bush's initiative" is his: only a name that is not a possessive names a programme.
  // A lone capital opening a sentence ("New campaign …") or a word that opens sentences ("the
  // BBC's Today programme") is no name of a body.
  const lone = words.length === 1 && (chunk.sentenceInitial || sentenceStarters.has(chunk.name));
  if (!chunk.possessive && !lone && programmeAfter.test(after)) return { kind: 'organisation' };
  if (words.length === 1 && usStates.has(chunk.name)) return { kind: 'place' };
  // "Corine Lombardo from Scotia, N.Y., a public relations officer": a state's abbreviation after a
  // town and a comma is the town's state, even when a description follows it.
  const state = usStateAbbreviations.has(chunk.name.replace(/\.$/u, ''));
  if (words.length === 1 && state && /\p{L},\s*$/u.test(before)) return { kind: 'place' };
  // "West Virginia", "Fictional West Virginia": a state's name after a word that is no given name
  // is the state, or a place in it.
  if (words.length > 1 && usStates.has(last) && !isGivenName(words.at(-2) ?? ''))
    return { kind: 'place' };
  // "Sierra Leoneans": a people named by a demonym of two words, in the plural, is a group.
  if (words.length > 1 && /s$/u.test(last) && countryOfDemonym(chunk.name.slice(0, -1)))
    return undefined;
  // "an Illinois Democrat", "a Tory": a party member is a description of someone, not a name.
  if (partyMembers.has(last)) return undefined;
  // "Acting Cuban leader Raul Castro": a run that ends in a nationality describes who follows;
  // but "Tom French from the Equality Network": a given name and a nationality, with no name
  // after them, is a person whose surname is the nationality's word.
  const surnamedByNation =
    words.length === 2 && isGivenName(words[0] ?? '') && !/^\s*\p{Lu}/u.test(after);
  if (words.length > 1 && countryOfDemonym(last) && !countryOf(chunk.name) && !surnamedByNation)
    return undefined;
  // "Sunni Arabs", "Twelve African", "Islamic Maghreb": peoples, faiths and the regions or
  // movements named after them are groups and places, never a person.
  // "Roman Catholic", "Greek Orthodox": a name ending in a faith is a church or its people too.
  if (
    words.every(isPeopleWord) ||
    (words.length > 1 && (peoples.has(words[0] ?? '') || peoples.has(last)))
  )
    return undefined;
  // "Italian Serie", "Iraqi Kurdistan", "Irish Taoiseach": a demonym before one word that is no
  // given name makes a league, a region or an office, not a person ("Kenyan Erastus Mwencha" is).
  if (words.length === 2 && countryOfDemonym(words[0] ?? '') && !isGivenName(last))
    return undefined;
  // "Reporters Without Borders": "Without" before the last word, as no person's name has it.
  if (words.length > 1 && (organisationEnds.has(last) || words.at(-2) === 'Without'))
    return { kind: 'organisation' };
  // "Dublin Pride", "Cairo Marathon": a place before a non-given name opens an event's or a body's.
  const placeFirst = countryOf(words[0] ?? '') && !isGivenName(words[0] ?? '');
  if (words.length === 2 && placeFirst && !isGivenName(last) && !countryOf(chunk.name))
    return { kind: 'organisation' };
  // "the nonprofit organization Freedom House", "the news network Al-Jazeera": a body named after
  // what it is, whatever its last word names elsewhere.
  if (bodyNounBefore.test(before)) return { kind: 'organisation' };
  // "Geelong Magistrates", "Chariot Chauffeurs": see `pluralBodyEvidence`.
  const roleFirst = roleBefore(before) && !/\b(?:its|their)\s+\p{Ll}+\s*$/u.test(before);
  // "MEC Tertuis Simmers": a title before the name makes a person of it as a role does.
  const plural = pluralBodyEvidence(words, after, roleFirst === true || chunk.titles.length > 0);
  if (plural !== 'no') return plural;
  if (placeByShape(words, chunk.titles.length > 0, roleFirst === true)) return { kind: 'place' };
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
  // or a body, not a person; letters after a name ("AC", "QC") only where they open it ("AC Milan").
  // Dotted capitals count too ("Muslim C.A.R."), but not first ("K.C. Maurer") nor between a
  // given name and a surname ("Deborah A.P. Hersman"): those are initials.
  const initials = (i: number) => i === 0 || (i < words.length - 1 && isGivenName(words[0] ?? ''));
  const acronym = (w: string, i: number) =>
    (/^\p{Lu}[\p{Lu}&]*\p{Lu}s?$/u.test(w) || (!initials(i) && /^(?:\p{Lu}\.){2,}$/u.test(w))) &&
    (i === 0 || !postNominals.has(w)) &&
    !(words.length === 2 && i === 1 && regnalNumber.test(w) && !/\p{L}\s*\($/u.test(before));
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
  // "In Adelaide, Senator Nick Xenophon says": so is a place that opens the sentence after `In`.
  const afterPreposition =
    /\b(?:for|of|in|at|from|near|to|with|by|through|across|into|via)\s+(?:the\s+)?$|^(?:In|At|From|Near)\s+(?:the\s+)?$/u.test(
      before,
    );
  // "French President Emmanuel Macron": an office written before the name is the person's role.
  const office = chunk.titles.some((t) => roleNouns.has(t.toLowerCase()))
    ? officeOf(chunk.titles)
    : undefined;
  const described = merge([
    chunk.titles.length > 0 ? { gender: titleGender(chunk.titles) } : undefined,
    office ? { role: office } : undefined,
    afterPreposition && !roleAfterGivenName(words, after) ? undefined : appositiveAfter(after),
    afterPreposition ? undefined : roleBefore(before),
    /^,/.test(after) || speaksAfter.test(after) ? appositiveBefore(before) : undefined,
  ]);
  if (/^,\s+which\b/u.test(after) && !countryOf(chunk.name)) return { kind: 'organisation' };
  if (namesCompany(before) || publicationBefore.test(before) || fightersAfter.test(after))
    return { kind: 'organisation' };
  if (described && !countryOf(chunk.name)) return { kind: 'person', description: described };
  if (described && words.length > 1) return { kind: 'person', description: described };
  if (countryOf(chunk.name)) return { kind: 'place' };
  if (words.some((w) => placeHeads.has(w))) return { kind: 'place' };
  const context = bodyByContext(chunk, before, after);
  if (context) return context === 'body' ? { kind: 'organisation' } : undefined;
  const givenFirst = isGivenName(words[0] ?? '');
  if (words.length > 1 && !chunk.possessive && placeByContext(before, after, givenFirst))
    return { kind: 'place' };
  if (words.length === 1 && /\btold\s+$/.test(before)) return { kind: 'organisation' };
  // "Jeremy Aguero of Applied Analysis, who says": what someone named is "of" is where they work.
  if (words.length > 1 && !givenFirst && personOf.test(before)) return { kind: 'organisation' };
  if (words.length > 1 && !chunk.sentenceInitial) return { kind: 'person' };
  if (words.length > 1 && (speaksAfter.test(after) || speaksBefore.test(before))) {
    return { kind: 'person' };
  }
  if (words.length > 1 && words.length <= 3) return { kind: 'person' };
  if (words.length === 1 && isPublicFigure(chunk, after)) return { kind: 'person' };
  if (placePreposition.test(before)) return { kind: 'place' };
  if (words.length === 1) return firstNameAlone(chunk.name, before, after);
  return undefined;
}

/** A name of two capitalised words, as a person's is written, and `of` right before another name. */
const personOf = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+\s+of\s+$/u;

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

export function titleGender(found: readonly string[]): Description['gender'] {
  if (found.some((t) => femaleTitles.has(t))) return 'female';
  if (found.some((t) => maleTitles.has(t))) return 'male';
  return undefined;
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
export function isNoise(name: string): boolean {
  // "Last December", "Next Tuesday": a date, written with a word for which one.
  const words = name.replace(/^(?:Last|Next|This|Early|Late|Mid)\s+(?=\S)/u, '').split(/\s+/);
  if (countryOfDemonym(name)) return true;
  // "Brother No. 2": the abbreviation of a number, never a name.
  if (name === 'No') return true;
  return words.every(
    (w) => weekdays.has(w) || months.has(w) || countryOfDemonym(w) !== undefined || w.length < 2,
  );
}
