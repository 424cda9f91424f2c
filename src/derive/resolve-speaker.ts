import { normalizeName } from '../content/normalize.ts';
import { roleBefore } from './describe-person.ts';
import type { Entity, EntityBook, Gender } from './entity-book.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';
import type { Mention } from './mentions.ts';
import {
  clauseOpeners,
  companyNouns,
  femaleTitles,
  institutionNouns,
  maleTitles,
  months,
  prepositions,
  roleNouns,
  titles,
  weekdays,
} from './name-words.ts';
import { lastFitting } from './role-gender.ts';
import { shortName } from './same-person.ts';
import { attributionVerbs, reportingVerbs } from './speech-verbs.ts';
import { clauseVerbs, nameDescriptor, reporterSigns, selfNaming } from './subject-words.ts';

const isAnyVerb = (word: string) => reportingVerbs.has(word.toLowerCase());

/** The description of a speaker the story does not name ("a senior diplomat"). */
export const unnamed = 'Not named in the story';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const openers = new Set([...clauseOpeners, 'what', 'which', 'who', 'whom', 'how', 'why', 'where']);
const pronounGender: Record<string, Gender> = { he: 'male', she: 'female' };

/**
 * Whether a mention stands where a clause's subject stands: at the start, after a comma or a
 * conjunction, and not after a preposition or a verb ("thanked Kim", "in Seoul").
 */
export function isSubjectPosition(masked: string, m: Mention): boolean {
  // "he", "she" and "they" are subjects wherever they stand ("the years she describes as …").
  if (m.kind === 'pronoun' && m.text !== 'it') return true;
  // Only the words just before the mention matter; the window keeps long sentences cheap.
  let before = masked.slice(Math.max(0, m.start - 120), m.start).trimEnd();
  // “her ‘dear friend’ Sarah Brady.”: a name after a quote that ends the sentence, with no verb
  // after it, is what the quote describes, not who speaks or acts.
  if (m.kind === 'name' && /\ue000$/u.test(before) && /^[\s.!?)]*$/u.test(masked.slice(m.end)))
    return false;
  // "veterans like Son Tieng, who fought …": a relative clause makes the name what the sentence
  // goes on about, so the next "he" is his.
  if (m.kind === 'name' && /^,\s+who\b/u.test(masked.slice(m.end))) return true;
  // "MP for Kingston": a name right after a preposition is never a subject.
  const previousWord = /([\p{L}’'-]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // "…, with Boswell stating:": the name before a participle of saying is its subject.
  const participle = previousWord === 'with' && /^\s+\p{Ll}+ing\b/u.test(masked.slice(m.end));
  if (m.kind === 'name' && participle) return true;
  // "Undersecretary for Education Mr Toccafondi": the office before the titles is the subject's.
  const officeFor = /(?:^|[\s,;:(])\p{Lu}[\p{L}-]*\s+(?:for|of)$/u.exec(before);
  if (m.kind === 'name' && m.titles.length > 0 && officeFor) {
    const boundary = /^[\s,;:(]/u.test(officeFor[0]) ? 1 : 0;
    const rest = before.slice(0, officeFor.index + boundary).trimEnd();
    if (rest === '' || /[,;:(—–\ue000“"]$/u.test(rest)) return true;
  }
  // "CEO of the Refugee Council Enver Solomon told": a role at a named body, then the name.
  const roleAt =
    /(?:^|[,;:(—–\ue000“"]|\b(?:and|but|while|as|when|after)\b)\s*(?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,2}?([\p{L}-]+)\s+(?:of|at|for|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.’'-]*\s+){0,5}\p{Lu}[\p{L}&.’'-]*$/u.exec(
      before,
    );
  if (m.kind === 'name' && roleAt?.[1] && roleNouns.has(roleAt[1].toLowerCase())) return true;
  // "This move was criticized by Nassar al-Rubaie, a member …": a passive's agent acts, so is "he".
  const agent = /\b(?:was|were|is|are|been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s+by$/u.test(before);
  if (m.kind === 'name' && agent) return true;
  if (m.kind === 'name' && m.titles.length === 0 && prepositions.has(previousWord)) return false;
  // "the mother of a victim": a description after a preposition is what the phrase is about.
  if ((m.kind === 'role' || m.kind === 'unnamed') && prepositions.has(previousWord)) return false;
  // "greeted by the President and the First Lady, Carla Bruni-Sarkozy": a name in apposition to a
  // role that a preposition governs is no more a subject than the role is.
  const governedRole = /\b([\p{Ll}]+)\s+the\s+(?:[\p{L}-]+\s+){0,3}([\p{L}-]+),$/u.exec(before);
  if (
    m.kind === 'name' &&
    governedRole &&
    (prepositions.has(governedRole[1] ?? '') || governedRole[1] === 'and') &&
    (roleNouns.has((governedRole[2] ?? '').toLowerCase()) || titles.has(governedRole[2] ?? ''))
  )
    return false;
  // "Labour’s Shadow Home Secretary Yvette Cooper", "but the FAO's Laurence Gleeson says": the
  // owner of a title or a post is not in the way; what stands before the owner decides.
  if (m.kind === 'name' && /[’']s$/u.test(previousWord)) {
    before = before.slice(0, before.length - previousWord.length).trimEnd();
    before = before.replace(/(?:^|\s)(?:the|The)$/u, '').trimEnd();
    if (before === '' || /[,;:(—–\ue000“"]$/u.test(before)) return true;
    if (/(?:^|\s)(?:and|but|while|as|when|after|because|although)$/iu.test(before)) return true;
  }
  const described = roleBefore(before);
  if (described?.role) before = before.slice(0, before.length - described.role.length).trimEnd();
  before = before.replace(/(?:^|\s)(?:the|The)$/u, '').trimEnd();
  // "Danish shipping group Nordhavn Lines": a descriptor before a name belongs to it.
  const descriptor = /(?:^|[\s,;:])((?:[\p{L}’'-]+\s+){0,3}([\p{Ll}-]+))$/u.exec(before);
  if (
    m.kind === 'name' &&
    descriptor?.[2] &&
    (institutionNouns.has(descriptor[2]) || roleNouns.has(descriptor[2]))
  ) {
    const words = (descriptor[1] ?? '').split(/\s+/);
    const keep = words.findLastIndex((w) => prepositions.has(w) || openers.has(w) || isAnyVerb(w));
    before = before.slice(0, before.length - words.slice(keep + 1).join(' ').length).trimEnd();
  }
  if (before === '' || /[,;:(—–\ue000“"]$/u.test(before)) return true;
  // "…, says former News Director Bernie Kamenske.": the name after an inverted verb of saying,
  // past the words describing it, is that verb's subject.
  const inverted = /(?:^|[,\ue000—–])\s*([\p{Ll}]+)((?:\s+\p{Ll}[\p{L}-]*){0,3})$/u.exec(before);
  if (
    m.kind === 'name' &&
    inverted?.[1] &&
    attributionVerbs.has(inverted[1]) &&
    !/^tel/u.test(inverted[1]) &&
    (inverted[2] ?? '')
      .trim()
      .split(/\s+/)
      .every((w) => w === '' || (!prepositions.has(w) && !isAnyVerb(w) && w !== 'and'))
  )
    return true;
  // "Newly sworn-in President Salva Kiir delivered …": the words describing a name that opens the
  // sentence are capitalised only because they come first.
  if (
    m.kind === 'name' &&
    /^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}-]+){0,3}$/u.test(before) &&
    before.split(/\s+/).every((w) => nameDescriptor.test(w.toLowerCase()))
  )
    return true;
  // "…,” team member Rodaba Noori told: lowercase words describing a name that opens a clause.
  const lowerLead =
    /(?:^|[,;:(—–\ue000“"])\s*(?:(?:[Aa]s|[Ww]hile|[Ww]hen|[Aa]fter|[Bb]ut|[Aa]nd)\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(
      before,
    );
  if (
    m.kind === 'name' &&
    lowerLead?.[1] &&
    lowerLead[1]
      .split(/\s+/)
      .every((w) => !prepositions.has(w) && !openers.has(w) && !isAnyVerb(w) && w !== 'and')
  )
    return true;
  if (m.kind === 'name' && officeOpensSentence(masked, m)) return true;
  const word = /([\p{L}’'-]+)$/u.exec(before)?.[1] ?? '';
  const lower = word.toLowerCase();
  if (prepositions.has(lower) || /[’']s$/.test(word)) return false;
  if (openers.has(lower)) return true;
  // "The announcer says Kim informed …": a verb that takes a clause, not a person, is followed by
  // the clause's subject.
  if (clauseVerbs.test(lower)) return true;
  // "The talks ended on Wednesday Mr Smith said": a date word closes the clause before.
  if (weekdays.has(word) || months.has(word) || /^(?:today|yesterday|tonight)$/.test(lower))
    return true;
  return /^\p{Lu}/u.test(word) && !/\s/.test(before.slice(-word.length - 1, -word.length));
}

/**
 * "North of Scotland procurator fiscal Liam Murphy said …": an office no list holds, opening the
 * sentence with no verb in it and ending in a word in lower case, describes the name that a verb
 * of saying follows, which is the sentence's subject.
 */
/** "The organization Reporters Without Borders says": a body named after what it is. */
const bodyNouns = /^(?:organi[sz]ations?|group|charity|watchdog|body|company|agency|newspaper)$/u;

function officeOpensSentence(masked: string, m: Mention): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(masked.slice(m.end))?.[1] ?? '';
  if (!attributionVerbs.has(next) || next.endsWith('ing')) return false;
  const opening = masked.slice(0, m.start).trim();
  if (!/^\p{Lu}/u.test(opening) || opening.length > 60 || /[,;:(—–\ue000“"]/u.test(opening))
    return false;
  const words = opening.split(/\s+/);
  const last = words.at(-1) ?? '';
  return (
    /^\p{Ll}/u.test(last) &&
    !bodyNouns.test(last) &&
    !prepositions.has(last) &&
    !openers.has(last) &&
    words.every((w) => !isAnyVerb(w.toLowerCase()) && w.toLowerCase() !== 'and')
  );
}

/** A document and its writer: “a statement by the …”, “the letter from …”. */
const documentBy =
  /\b(?:statement|letter|report|memo|release|announcement|notice)s?\s+(?:issued\s+|released\s+|posted\s+)?(?:by|from)\s+(?:the\s+)?$/iu;

/**
 * Follows who the story is talking about, sentence by sentence, so that "he", "the minister" and
 * "the company" can be traced to the person or organisation they stand for.
 */
export function createResolver(book: EntityBook) {
  const subjects: Entity[] = [];
  let lastOrganisation: Entity | undefined;
  let lastGroup: Entity | undefined;

  /** When each entity was last named, in any position: "Kim" is the Kim named last. */
  const seen = new Map<Entity, number>();
  let clock = 0;
  const latest = (people: readonly Entity[]) =>
    [...people].sort(
      (a, b) =>
        (seen.get(b) ?? -1) - (seen.get(a) ?? -1) ||
        subjects.lastIndexOf(b) - subjects.lastIndexOf(a) ||
        b.order - a.order,
    )[0];

  function byName(m: Mention, masked: string): Entity | undefined {
    const subject = isSubjectPosition(masked, m);
    let people = m.candidates.filter((e) => e.kind === 'person');
    const gender = m.titles.some((t) => femaleTitles.has(t))
      ? 'female'
      : m.titles.some((t) => maleTitles.has(t))
        ? 'male'
        : undefined;
    if (gender) people = people.filter((p) => p.gender === undefined || p.gender === gender);
    const others = m.candidates.filter((e) => e.kind !== 'person');
    if (people.length > 0 && (subject || others.length === 0)) return latest(people);
    return others[0] ?? latest(people);
  }

  function byRole(m: Mention, masked: string): Entity | undefined {
    const written = m.text.replace(/^\S+\s+/, '');
    const phrase = normalizeName(written);
    const people = book.all().filter((e) => e.kind === 'person');
    const exact = people.filter((p) => p.aliases.some((a) => normalizeName(a) === phrase));
    const head = (m.head ?? '').toLowerCase();
    const partial = people.filter((p) => p.role?.toLowerCase().includes(head));
    const [one = '', two = ''] = written.split(/\s+/);
    const country =
      countryOfDemonym(`${one} ${two}`) ??
      countryOfDemonym(one) ??
      countryOf(one.replace(/[’']s$/, ''));
    const national = country
      ? people.filter((p) =>
          [p.role, p.organisation].some(
            (t) => t && countryOf(t.split(/[’'\s]/)[0] ?? '')?.name === country.name,
          ),
        )
      : [];
    const matched = latest(exact) ?? latest(partial) ?? latest(national);
    // "The Russian president" is someone who holds that national role: not whoever the story
    // was last about when the story gave that person another role ("a market analyst").
    const last = subjects.at(-1);
    if (!matched && country && last?.role && !last.role.toLowerCase().includes(head))
      return undefined;
    // With no description to match, "the Russian president" is the person the story is about,
    // but only where the phrase is a subject: "for the North Korean leader’s support" is not.
    const subject = isSubjectPosition(masked, m);
    const found = matched ?? (subject ? lastFitting(subjects, head) : undefined);
    if (found && subject && !/\d/.test(phrase) && /^the\s/i.test(m.text))
      book.alias(found, `the ${written}`);
    return found;
  }

  function byInstitution(m: Mention): Entity | undefined {
    const head = (m.head ?? '').toLowerCase();
    if (companyNouns.has(head) && /^the\b/i.test(m.text) && lastOrganisation)
      return lastOrganisation;
    const phrase = m.text.replace(/^the\s+/i, '');
    const known = book.lookup(phrase).find((e) => e.kind === 'organisation');
    if (known) return known;
    if (/^the\s+\S+$/i.test(m.text)) {
      const named = book
        .all()
        .filter((e) => e.kind === 'organisation' && e.name.toLowerCase().includes(head));
      if (named.length > 0) return named.at(-1);
      if (lastOrganisation && companyNouns.has(head)) return lastOrganisation;
    }
    // "the armed forces said" after "the Supreme Council of the Armed Forces": the body whose name
    // holds the phrase.
    const holding = /\s/.test(phrase)
      ? book
          .all()
          .filter(
            (e) => e.kind === 'organisation' && e.name.toLowerCase().includes(phrase.toLowerCase()),
          )
          .at(-1)
      : undefined;
    if (holding) return holding;
    return book.add('organisation', capitalise(phrase), Number.MAX_SAFE_INTEGER);
  }

  function organisationNamed(text: string): Entity {
    const known = [...book.lookup(text), ...book.lookup(text.split(' ')[0] ?? '')].find(
      (e) => e.kind === 'organisation' || e.kind === 'place',
    );
    // "A Halvorsen spokeswoman" speaks for Halvorsen Semiconductor.
    const prefixed = book
      .all()
      .find((e) => e.kind === 'organisation' && e.name.startsWith(`${text} `));
    return known ?? prefixed ?? book.add('organisation', text, Number.MAX_SAFE_INTEGER);
  }

  /**
   * "an international student who identified himself as Vince Vela Nova": someone described, then
   * named in a relative clause, is the one named.
   */
  function selfNamed(m: Mention, masked: string, all: readonly Mention[]): Entity | undefined {
    if (m.kind !== 'unnamed') return undefined;
    const clause = selfNaming.exec(masked.slice(m.end));
    if (!clause) return undefined;
    const at = m.end + clause[0].length;
    const named = all.find((n) => n.kind === 'name' && n.start >= at && n.start <= at + 2);
    return named ? byName(named, masked) : undefined;
  }

  function resolve(m: Mention, masked: string): Entity | undefined {
    switch (m.kind) {
      case 'name':
        return byName(m, masked);
      case 'compound': {
        const [a, b] = m.parts.map((part) => byName(part, masked));
        if (!a || !b) return undefined;
        const label = (e: Entity) => (e.kind === 'person' ? (shortName(e) ?? e.name) : e.name);
        const group = book.add('group', `${label(a)} and ${label(b)}`, Number.MAX_SAFE_INTEGER);
        group.members = [a.id, b.id];
        book.alias(group, `${a.name} and ${b.name}`);
        return group;
      }
      case 'spokesperson':
        return organisationNamed(m.text);
      case 'group':
        return book.add('group', capitalise(m.text), Number.MAX_SAFE_INTEGER);
      case 'unnamed': {
        const group = book.add('group', m.text, Number.MAX_SAFE_INTEGER);
        group.description ??= unnamed;
        // "A BBC correspondent": the body named in the description is the one they speak for, and
        // what "it" stands for next.
        const body = book
          .lookup(/^\p{Lu}[\p{L}.&-]*/u.exec(m.text)?.[0] ?? '')
          .find((e) => e.kind === 'organisation');
        if (body) {
          if (!group.members.includes(body.id)) group.members.push(body.id);
          lastOrganisation = body;
        }
        return group;
      }
      case 'role':
        return byRole(m, masked);
      case 'institution':
        return byInstitution(m);
      case 'pronoun': {
        if (m.text === 'they') return lastGroup ?? lastOrganisation;
        if (m.text === 'it') return lastOrganisation;
        if (m.text.startsWith('the '))
          return lastGroup?.members.length === 2 ? lastGroup : undefined;
        const gender = pronounGender[m.text];
        const found = [...subjects]
          .reverse()
          .find((p) => p.gender === undefined || p.gender === gender);
        if (found && gender) found.gender ??= gender;
        return found;
      }
    }
  }

  return {
    /**
     * Resolves every mention in a sentence, left to right, and remembers the subjects, so a
     * pronoun later in the same sentence can refer back to them.
     */
    resolveSentence(
      masked: string,
      mentions: readonly Mention[],
    ): Map<Mention, Entity | undefined> {
      const resolved = new Map<Mention, Entity | undefined>();
      for (const m of mentions) {
        if (m.appositive) continue;
        const entity = selfNamed(m, masked, mentions) ?? resolve(m, masked);
        resolved.set(m, entity);
        if (entity && m.kind === 'name') seen.set(entity, ++clock);
        // "A statement by the Brady Campaign was posted. It said …": the writer is what "it" is.
        const writer = documentBy.test(masked.slice(Math.max(0, m.start - 60), m.start));
        if (entity && writer && entity.kind !== 'person') this.noteSubject(entity);
        // "Mr Brown’s plan": a possessive names whose, not who acts, so "he" is not bound to it;
        // nor is the reporter who signs a report ("VOA's Jim Randle reports from Baghdad").
        if (!entity || m.possessive || !isSubjectPosition(masked, m)) continue;
        if (reporterSigns.test(masked.slice(m.end))) continue;
        this.noteSubject(entity);
      }
      return resolved;
    },
    /** Records that the story is now talking about this entity. */
    noteSubject(entity: Entity): void {
      if (entity.kind === 'person' || (entity.kind === 'group' && entity.description === unnamed)) {
        subjects.push(entity);
      } else if (entity.kind === 'organisation') lastOrganisation = entity;
      else if (entity.kind === 'group') {
        lastGroup = entity;
        const first = book.all().find((e) => e.id === entity.members[0]);
        if (first?.kind === 'person') subjects.push(first);
      }
    },
  };
}

/** The tracker made by `createResolver`. */
export type Resolver = ReturnType<typeof createResolver>;
