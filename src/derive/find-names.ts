import { initialsAfterRun, listedBodies, runEndsInHead } from './body-runs.ts';
import { countryBeforeName } from './country-runs.ts';
import { countryOfDemonym } from './gazetteer.ts';
import { isGivenName } from './given-names.ts';
import { endsRank, endsRating, isRankAbbreviation, isRankOrdinal } from './military-ranks.ts';
import {
  articledSurname,
  endsInPronoun,
  hasHead,
  isCapitalised,
  joiners,
  purposeJoins,
} from './name-run.ts';
import { adjacent, bracketed, isNameWord, type Token, tokenize } from './name-tokens.ts';
import {
  monthStartsDate,
  months,
  organisationEnds,
  organisationHeads,
  particles,
  placeHeads,
  postNominals,
  regnalNumber,
  roleNouns,
  sentenceStarters,
  titlePairs,
  titles,
  weekdays,
} from './name-words.ts';
import { nameAfterDepartment } from './office-department.ts';
import { opensSentenceOnly } from './sentence-openings.ts';
import { endsOffice, isPartyWord, officeTail, pluralTitle } from './title-words.ts';

/** Date and time words, never part of a name ("on Wednesday Mr Smith" names Mr Smith). */
const dayTimes = new Set(['Night', 'Morning', 'Afternoon', 'Evening']);
const timeWords = new Set([...weekdays, ...months, ...dayTimes]);
const isRoleWord = (word: string) => titles.has(word) || roleNouns.has(word.toLowerCase());
const texts = (tokens: readonly Token[]) => tokens.map((t) => t.text);

/** A run of capitalised words that may name someone or something. */
export interface NameChunk {
  /** Where the name starts, titles included. */
  from: number;
  start: number;
  end: number;
  /** The name without titles, letters after it or a possessive ’s. */
  name: string;
  /** Titles that stood before it ("Dr", "Prime Minister"). */
  titles: string[];
  /** Followed by ’s: "Seoul’s defence minister". */
  possessive: boolean;
  /** The first words of a sentence, whose capital letter proves nothing. */
  sentenceInitial: boolean;
}

/**
 * Finds runs of capitalised words in a sentence (masked, so quoted words are not seen), joined by
 * the small words that belong inside names: "Jean-Pierre van der Berg", "University of Turin",
 * "Kettering and District NHS Trust". Titles and sentence-opening words are taken off.
 */
export function findNames(sentence: string): NameChunk[] {
  const tokens = tokenize(sentence);
  const chunks: NameChunk[] = [];
  const firstWord = tokens[0]?.start ?? 0;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!isCapitalised(first.text) && !isRankOrdinal(first.text, tokens[i + 1]?.text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const here = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      if (here.possessive) break;
      if (!adjacent(sentence, here, next) && !bracketed(sentence, here, next)) break;
      if (isCapitalised(next.text) || isRankOrdinal(next.text, tokens[j + 2]?.text)) {
        j++;
        continue;
      }
      const words = tokens.slice(i, j + 1).map((t) => t.text);
      const after = tokens[j + 2];
      const afterThe = next.text === 'the' ? undefined : tokens[j + 3];
      if (particles.has(next.text)) {
        let k = j + 1;
        while (
          particles.has(tokens[k + 1]?.text ?? '') &&
          adjacent(sentence, tokens[k] as Token, tokens[k + 1] as Token)
        )
          k++;
        const name = tokens[k + 1];
        if (name && isCapitalised(name.text) && adjacent(sentence, tokens[k] as Token, name)) {
          j = k + 1;
          continue;
        }
      }
      if (joiners.has(next.text) && after && adjacent(sentence, next, after)) {
        if (
          after.text === 'the' &&
          afterThe &&
          isCapitalised(afterThe.text) &&
          hasHead(words, next.text)
        ) {
          j += 3;
          continue;
        }
        if (
          isCapitalised(after.text) &&
          (hasHead(words, next.text) ||
            next.text === '&' ||
            (next.text === 'and' &&
              (runEndsInHead(tokens, j + 2) || initialsAfterRun(sentence, tokens, i, j + 2))))
        ) {
          j += 2;
          continue;
        }
      }
      if (purposeJoins(sentence, words, tokens, j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    chunks.push(
      ...makeChunk(sentence, tokens.slice(i, j + 1), (tokens[i] as Token).start === firstWord),
    );
    i = j + 1;
  }
  return withListedBodies(sentence, chunks, firstWord);
}

/** Chunks with each body named by a list ("Department for Environment, Food and Rural Affairs") made one. */
function withListedBodies(sentence: string, chunks: NameChunk[], firstWord: number): NameChunk[] {
  const spans = listedBodies(sentence);
  if (spans.length === 0) return chunks;
  const outside = chunks.filter((c) => !spans.some((b) => c.start < b.end && c.end > b.start));
  const name = (b: { start: number; end: number }) => sentence.slice(b.start, b.end);
  const bodies = spans.map((b) => ({ ...b, from: b.start, name: name(b), titles: [] }));
  return [
    ...outside,
    ...bodies.map((b) => ({ ...b, possessive: false, sentenceInitial: b.start === firstWord })),
  ].sort((a, b) => a.start - b.start);
}

function makeChunk(sentence: string, run: Token[], atStart: boolean): NameChunk[] {
  if (endsInPronoun(sentence, run)) run = run.slice(0, -1);
  if (run.length === 0) return [];
  // A date word splits a run: "on Wednesday Mr Smith said" names Mr Smith, and nothing before it.
  // A month that is also a name ("Theresa May", "Jan Eliasson") splits only where a date can start.
  // "Sydney Morning Herald" is a newspaper: a time of day inside a body's name stays in it.
  const body = organisationHeads.has(run.at(-1)?.text ?? '');
  const time = run.findLastIndex(
    (t, i) =>
      timeWords.has(t.text) &&
      !(body && dayTimes.has(t.text)) &&
      (!months.has(t.text) || monthStartsDate(t.text, i === 0, sentence.slice(t.end))),
  );
  if (time >= 0) {
    const before = run.slice(0, time).filter((t) => !timeWords.has(t.text));
    // "the Trade Council on Monday": the small word that joined the date is no part of the name.
    while (before.length > 0 && joiners.has(before.at(-1)?.text ?? '')) before.pop();
    const after = run.slice(time + 1);
    return [
      ...(before.length > 0 ? makeChunk(sentence, before, atStart) : []),
      ...(after.length > 0 ? makeChunk(sentence, after, false) : []),
    ];
  }
  let words = [...run];
  let sentenceInitial = atStart;
  if (atStart && opensSentenceOnly(sentence, words)) {
    words = words.slice(1);
    sentenceInitial = false;
  }
  // "Russian-built Aurus": a demonym joined to a word is an adjective, not part of a name.
  while (
    words.length > 0 &&
    /^\p{Lu}\p{L}+-\p{Ll}/u.test((words[0] as Token).text) &&
    countryOfDemonym((words[0] as Token).text.split('-')[0] ?? '')
  ) {
    words = words.slice(1);
    sentenceInitial = false;
  }
  // "NGO Human Rights Watch", "Greek NGO Hellenic League for Human Rights": `NGO`, and a demonym
  // before it, say what the body is, as "group" would in lower case; the name is what follows. One
  // word after it ("the NGO Educafro") stays with it, as a single capitalised word alone is not
  // read as a body's name.
  const ngo = words.findIndex((t) => t.text === 'NGO');
  if (
    (ngo === 0 || (ngo === 1 && countryOfDemonym(words[0]?.text ?? ''))) &&
    words.length > ngo + 2
  ) {
    words = words.slice(ngo + 1);
    sentenceInitial = false;
  }
  const from = (words[0] as Token | undefined)?.start ?? 0;
  const found: string[] = [];
  const rankWord = (i: number) =>
    isRankOrdinal(words[i]?.text ?? '', words[i + 1]?.text) ||
    (i === 0 &&
      words.length > 2 &&
      isRankAbbreviation(words[0]?.text ?? '', words[1]?.text) &&
      // "USI Art Collections": a body's word after the given name makes the capitals its owner.
      !words.some((t) => organisationHeads.has(t.text) || organisationEnds.has(t.text)));
  // "Special Agent in Charge, David Downing": the end of an office alone names no one.
  if (endsOffice(sentence, words)) return [];
  const officeWords = officeTail(sentence, words);
  for (let i = 0; i < officeWords && words.length > 1; i++)
    found.push((words.shift() as Token).text);
  while (
    words.length > 1 &&
    (titles.has((words[0] as Token).text) || rankWord(0) || isPartyWord(words, 0))
  ) {
    found.push((words.shift() as Token).text);
  }
  if (
    words.length > 1 &&
    titlePairs.has((words[0] as Token).text) &&
    titles.has((words[1] as Token).text) &&
    words.length > 2
  ) {
    found.push((words.shift() as Token).text, (words.shift() as Token).text);
  }
  // "Irish Taoiseach Leo Varadkar", "Thai Premier Ada Lund": a nationality and a word that is no
  // given name, before a given name and a surname, are an office the name list does not know.
  if (
    words.length >= 4 &&
    countryOfDemonym(words[0]?.text ?? '') &&
    !isGivenName(words[1]?.text ?? '') &&
    isGivenName(words[2]?.text ?? '') &&
    words.slice(2).every((t) => isCapitalised(t.text) && !organisationEnds.has(t.text)) &&
    !words.some((t) => organisationHeads.has(t.text) || placeHeads.has(t.text))
  ) {
    found.push(...words.splice(0, 2).map((t) => t.text));
  }
  // "US Commerce Secretary Jane Roe", "Shadow Home Secretary Yvette Cooper": every capitalised
  // word up to the last title or office belongs to the title, when a name follows it.
  let office = words
    .slice(0, -1)
    .findLastIndex(
      (t, i) =>
        isRoleWord(t.text) ||
        pluralTitle(t.text, words[i + 1]?.text, isRoleWord) ||
        endsRank(t.text, words[i - 1]?.text) ||
        endsRating(t.text, words[i - 1]?.text),
    );
  // "Somali President Hassan Sheikh Mohamud": a title after a given name is part of the name, and
  // the office before the given name is where the title ends.
  // "NARAL Pro-Choice America President Ilyse Hogue": a title that two names or more follow is the
  // office, even after a word that could be a given name.
  while (
    office > 0 &&
    titles.has((words[office] as Token).text) &&
    isGivenName((words[office - 1] as Token).text) &&
    !(words.length - office > 2 && words.slice(office + 1).every((t) => isNameWord(t)))
  ) {
    const given = office - 1;
    office = words.slice(0, given).findLastIndex((t) => isRoleWord(t.text));
    if (office < 0) break;
  }
  // "Angolan President Jose Eduardo dos Santos": a particle inside the name does not end it.
  const nameAfter = words.slice(office + 1);
  // "Fulbright Foreign Student Program": a body's last word alone after a job is the body's name.
  const bodyEnd =
    nameAfter.length === 1 &&
    (organisationEnds.has(nameAfter[0]?.text ?? '') ||
      organisationHeads.has(nameAfter[0]?.text ?? ''));
  if (
    office >= 0 &&
    !bodyEnd &&
    isNameWord(nameAfter[0]) &&
    nameAfter.every((t) => isCapitalised(t.text) || particles.has(t.text))
  ) {
    found.push(...words.slice(0, office + 1).map((t) => t.text));
    words = words.slice(office + 1);
  } else if (office >= 0 && /^(?:of|for)$/.test(words[office + 1]?.text ?? '')) {
    // "US Secretary of State Condoleezza Rice", "Secretary of State for African Affairs Jendayi
    // Frazer": the office's department runs up to the last two words, which are the name.
    const rest = words.slice(office + 2);
    const department = (t: Token) => isNameWord(t) || joiners.has(t.text);
    const given = rest.every(department) ? nameAfterDepartment(texts(words.slice(office + 1))) : -1;
    if (given >= 2) {
      found.push(...words.slice(0, office + 1 + given).map((t) => t.text));
      words = words.slice(office + 1 + given);
    } else if (rest.length >= 3 && rest.every(department) && rest.slice(-3).every(isNameWord)) {
      found.push(...words.slice(0, office + 2 + rest.length - 2).map((t) => t.text));
      words = rest.slice(-2);
    } else if (
      rest.length === 2 &&
      rest.every(isNameWord) &&
      !organisationEnds.has(rest[1]?.text ?? '')
    ) {
      // "U.S. Secretary of State Kerry"; but "Commissioner for Human Rights" names no one.
      found.push(...words.slice(0, office + 3).map((t) => t.text));
      words = rest.slice(-1);
    }
  }
  // "Secretary of the Army John McHugh", "Secretary of Homeland Security Janet Napolitano": after a
  // title, a department of any length goes with it up to the given name that opens the name.
  if (found.length > 0 && /^(?:of|for)$/.test(words[0]?.text ?? '')) {
    const inDepartment = words.every((t) => isNameWord(t) || joiners.has(t.text));
    const given = inDepartment ? nameAfterDepartment(texts(words)) : -1;
    if (given >= 2) {
      found.push(...words.slice(0, given).map((t) => t.text));
      words = words.slice(given);
    }
  }
  // "Minister of Education Stefania Giannini": the department goes with the title.
  while (
    words.length >= 4 &&
    !isNameWord(words[0]) &&
    isNameWord(words[1]) &&
    words.slice(2).every(isNameWord)
  ) {
    found.push(...words.slice(0, 2).map((t) => t.text));
    words = words.slice(2);
  }
  // "Sultan Vahideddin (Mehmed VI)": a reign name in brackets after a name is that one's other
  // name, no one new.
  const regnal =
    words.length === 2 &&
    regnalNumber.test((words[1] as Token).text) &&
    !/\p{L}\s*\($/u.test(sentence.slice(0, (words[0] as Token).start));
  while (words.length > 1 && postNominals.has((words.at(-1) as Token).text) && !regnal) words.pop();
  // "Regina Ip In the constituency": a sentence word run on from a caption is not the name's.
  while (words.length > 2 && sentenceStarters.has((words.at(-1) as Token).text)) words.pop();
  // "Secretary of State" without a name: what is left is no one's name.
  // "Mr. dos Santos": after a title, a name may begin with its particle.
  const particleFirst =
    found.length > 0 && particles.has(words[0]?.text ?? '') && isNameWord(words[1]);
  // "…," al-Maliki said: a surname behind an Arabic article, used alone, is a name too; so is one
  // behind an elided `de` ("added d'Escoto").
  const articleSurname = words.length === 1 && articledSurname.test(words[0]?.text ?? '');
  if (words.length === 0 || (!isNameWord(words[0]) && !particleFirst && !articleSurname)) return [];
  // "Pan-democrat Lam Cheuk-ting", "Scientologist Tom Cruise": a descriptor opening the sentence.
  if (
    atStart &&
    words.length >= 3 &&
    /(?:-\p{Ll}+|ist|crat|ite|ian|an)$/u.test((words[0] as Token).text) &&
    /-\p{Ll}|ist$|crat$/u.test((words[0] as Token).text)
  )
    words = words.slice(1);
  const country = countryBeforeName(sentence, words);
  if (country > 0)
    return [
      ...makeChunk(sentence, words.slice(0, country), false),
      ...makeChunk(sentence, words.slice(country), false),
    ];
  // "Refugee Council Enver Solomon": a body's name run into a person's name is two names.
  // "United Nations Nikki Haley": a last word of bodies' names, after the first, ends the body too.
  const head = words.findLastIndex(
    (t, i) => organisationHeads.has(t.text) || (i > 0 && organisationEnds.has(t.text)),
  );
  const tail = words.slice(head + 1);
  if (
    head >= 0 &&
    tail.length >= 2 &&
    tail.length <= 3 &&
    tail.every((t) => isNameWord(t) && !organisationHeads.has(t.text) && !placeHeads.has(t.text))
  ) {
    return [
      ...makeChunk(sentence, words.slice(0, head + 1), false),
      ...makeChunk(sentence, tail, false),
    ];
  }
  // "President Obama and Congress": a title names one person, so "and" ends the name it opens.
  const and = words.findIndex((t) => t.text === 'and');
  if (found.length > 0 && and > 0) {
    const rest = words.slice(and + 1);
    words = words.slice(0, and);
    return [
      ...chunkOf(sentence, words, from, found, sentenceInitial),
      ...makeChunk(sentence, rest, false),
    ];
  }
  return chunkOf(sentence, words, from, found, sentenceInitial);
}

function chunkOf(
  sentence: string,
  words: readonly Token[],
  from: number,
  found: string[],
  sentenceInitial: boolean,
): NameChunk[] {
  const firstToken = words[0] as Token;
  const lastToken = words.at(-1) as Token;
  return [
    {
      from,
      start: firstToken.start,
      end: lastToken.end,
      name: sentence.slice(firstToken.start, lastToken.end).replace(/[()[\]]/g, ''),
      titles: found,
      possessive: lastToken.possessive,
      sentenceInitial,
    },
  ];
}
