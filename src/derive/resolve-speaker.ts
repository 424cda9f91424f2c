import { normalizeName } from '../content/normalize.ts';
import type { Entity, EntityBook, Gender } from './entity-book.ts';
import { countryOf, countryOfDemonym } from './gazetteer.ts';
import { byInstitution } from './institution-speaker.ts';
import type { Mention } from './mentions.ts';
import { capitalise, femaleTitles, maleTitles } from './name-words.ts';
import { memberName, nextOfKind } from './one-of-a-group.ts';
import { confirmGender, lastFitting, overrulesGivenName, roleGender } from './role-gender.ts';
import { sameKindOfRole } from './role-kinds.ts';
import { shortName } from './same-person.ts';
import { unnamedOnDuty } from './speaker-nouns.ts';
import { isSubjectPosition } from './subject-position.ts';
import {
  asksAsPerson,
  interviewed,
  reporterSigns,
  selfNaming,
  sentToAct,
  spokenTo,
} from './subject-words.ts';
import { someoneUnnamed, theSource, unnamed } from './unnamed-bodies.ts';

const kinship =
  /^(?:son|daughter|father|mother|brother|sister|sibling|wife|husband|grandson|granddaughter|grandfather|grandmother|uncle|aunt|cousin|nephew|niece|widow)$/u;
const pronounGender: Record<string, Gender> = { he: 'male', she: 'female' };

/** The named body a role is held at: "the chief technology officer for Renesys". */
const bodyAfter =
  /^\s+(?:for|of|at|with)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&.-]*(?:\s+\p{Lu}[\p{L}’'&.-]*){0,3})/u;

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
  // The sentence the last group was named in, counted as sentences are read: "one said" stands for
  // a member of a group named in that sentence or the one before.
  let sentences = 0;
  let groupAt = -2;
  // The sentence in which someone unnamed ("one attendee") was last the subject.
  let describedAt = -2;
  // "Sakhi Ngomane’s house is close to a manhole. “…,” she told OurHealth.": the owner named in a
  // sentence with no one as its subject, and the sentence a person was last a subject in.
  let owner: { entity: Entity; at: number } | undefined;
  let personAt = -2;
  // The last person named in any position, with the sentence: "selecting California Congresswoman
  // Nancy Pelosi as … speaker. “…,” she said." makes her the "she" when no subject is a woman.
  let named: { entity: Entity; at: number } | undefined;
  const subjectAt = new Map<Entity, number>();
  // Which of the two the story named last: "Al-Jazeera said they were “appalled”" after "Egyptian
  // officials ordered …" makes "they" the channel, as British style writes of a body.
  let organisationLatest = false;
  // A body's spokesman or spokeswoman the story last made a subject, while no person has been a
  // subject since: "The ministry's spokesman expressed surprise. “…,” he said." is the body's word.
  let spokesman: { body: Entity; gender?: Gender; people: number; at: number } | undefined;

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
    // "said the prime minister's office": the office speaks, not whoever holds the role.
    if (/^[’']s\s+office\b/u.test(masked.slice(m.end)))
      return book.add('organisation', capitalise(`${written}’s office`), Number.MAX_SAFE_INTEGER);
    const phrase = normalizeName(written);
    const people = book.all().filter((e) => e.kind === 'person');
    const exact = people.filter((p) => p.aliases.some((a) => normalizeName(a) === phrase));
    const head = (m.head ?? '').toLowerCase();
    const partial = people.filter((p) => sameKindOfRole(p.role, phrase, head));
    const [one = '', two = ''] = written.split(/\s+/);
    // "the Rome Republican": a home town before a party is no country's office ("Rome", Italy).
    const party = head === 'republican' || head === 'democrat';
    const country = party
      ? undefined
      : (countryOfDemonym(`${one} ${two}`) ??
        countryOfDemonym(one) ??
        countryOf(one.replace(/[’']s$/, '')));
    const national = country
      ? people.filter((p) =>
          [p.role, p.organisation].some(
            (t) => t && countryOf(t.split(/[’'\s]/)[0] ?? '')?.name === country.name,
          ),
        )
      : [];
    const matched = latest(exact) ?? latest(partial) ?? latest(national);
    // "said the chief technology officer for Renesys": a role at a named body that no one in the
    // story holds is someone new, unnamed, not the last person given a role of that name.
    const body = bodyAfter.exec(masked.slice(m.end))?.[1];
    if (!matched && body && !countryOf(body) && !countryOfDemonym(body)) {
      const end = m.end + (bodyAfter.exec(masked.slice(m.end))?.[0].length ?? 0);
      const group = someoneUnnamed(book, masked.slice(m.start, end).replace(/^the\s+/i, ''));
      const owner = book.lookup(body).find((e) => e.kind === 'organisation');
      if (owner && !group.members.includes(owner.id)) group.members.push(owner.id);
      return group;
    }
    // "His other daughter saw …": `other` sets the one described apart from whoever holds the
    // role already, so it is someone new, unnamed.
    if (/^other\s/u.test(written)) {
      const other = someoneUnnamed(book, written);
      other.gender ??= roleGender(head);
      return other;
    }
    // "Kazemi's uncle told CNN": someone a person's name owns is someone else, unnamed; neither
    // the owner nor the last subject the role would fit.
    const ownerName = /^(\p{Lu}[\p{L}'’-]*)[’']s\s/u.exec(m.text)?.[1];
    const owners = ownerName ? book.lookup(ownerName).filter((e) => e.kind === 'person') : [];
    const [owner] = owners;
    if (owner && ownerName && (!matched || owners.includes(matched))) {
      const relative = someoneUnnamed(book, m.text);
      // "Sheehan's son was killed …. She invoked …": a son is never the next `she`.
      relative.gender ??= roleGender(head);
      if (owner.name !== ownerName) book.alias(relative, `${owner.name}'s ${written}`);
      return relative;
    }
    // "His younger brother also said": a relative of the one the story is about is someone else,
    // named after whose relative they are.
    const kin = /^(His|Her)\s/u.exec(m.text)?.[1];
    const owns = kin === 'His' ? 'male' : 'female';
    const whose =
      kin &&
      [...subjects]
        .reverse()
        .find((p) => p.kind === 'person' && (p.gender === undefined || p.gender === owns));
    if (whose && !matched && kinship.test(head)) {
      const relative = someoneUnnamed(book, `${whose.name}'s ${written}`);
      relative.gender ??= roleGender(head);
      return relative;
    }
    // "“…,” said the source": a source is whoever the story would not name, so never the last
    // person it did name; it is the source described before ("a senior military source"), or an
    // unnamed one.
    if (!matched && head === 'source') return theSource(book, written);
    // "The Russian president" is someone who holds that national role: not whoever the story
    // was last about when the story gave that person another role ("a market analyst").
    const last = subjects.at(-1);
    if (!matched && country && last?.role && !last.role.toLowerCase().includes(head))
      return undefined;
    // With no description to match, "the Russian president" is the person the story is about,
    // but only where the phrase is a subject: "for the North Korean leader’s support" is not.
    const subject = isSubjectPosition(masked, m);
    // "The judge" the story did not name is not "the police officer" after.
    const fitting = subjects.filter((e) => !e.onDuty || e.onDuty === head);
    const found = matched ?? (subject ? lastFitting(fitting, head) : undefined);
    // "the winner of the Nobel Peace Prize": a role cut short before a name is no name to keep.
    const cutShort = /\s(?:of|for)\s+(?:the|a|an)$/u.test(written);
    if (found && subject && !/\d/.test(phrase) && /^the\s/i.test(m.text) && !cutShort)
      book.alias(found, `the ${written}`);
    if (found || !subject || !/^the\s/iu.test(m.text) || !unnamedOnDuty.test(head)) return found;
    // "In court, the judge said: “…”", "The police officer said": someone on duty whom no one in
    // the story is, the subject of its verb, is someone the story does not name. Offices
    // (`the prime minister`, `the chairman`) are left alone: a story names their holders.
    const nobody = someoneUnnamed(book, written);
    nobody.gender ??= roleGender(head);
    nobody.onDuty = head;
    return nobody;
  }

  function organisationNamed(text: string): Entity {
    const known = [...book.lookup(text), ...book.lookup(text.split(' ')[0] ?? '')].find(
      (e) => e.kind === 'organisation' || e.kind === 'place',
    );
    // "A Halvorsen spokeswoman" speaks for Halvorsen Semiconductor.
    const prefixed = book
      .all()
      .find((e) => e.kind === 'organisation' && e.name.startsWith(`${text} `));
    // "A spokesperson for Ban Ki-moon": one who speaks for a person the story names speaks for
    // that person; a body of the same name would be a second entry for one name.
    const person = book.lookup(text).find((e) => e.kind === 'person');
    return known ?? prefixed ?? person ?? book.add('organisation', text, Number.MAX_SAFE_INTEGER);
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
        if (m.oneOf) {
          const text = m.text.replace(/\s+/gu, ' ');
          const last = subjects.at(-1);
          const name =
            lastGroup && groupAt >= sentences - 1
              ? memberName(lastGroup.name, text)
              : last?.description === unnamed && describedAt >= sentences - 1
                ? nextOfKind(last.name, text)
                : undefined;
          if (!name) return undefined;
          // "… one said. Another added:": the crowd is still what the story is about.
          groupAt = sentences;
          return someoneUnnamed(book, name);
        }
        const group = someoneUnnamed(book, m.text);
        // "A Baton Rouge-area mother was charged …. He said": the noun that heads the
        // description ("mother", "man") tells which pronoun is theirs.
        const head = m.text.split(/\s+(?:to|at|of|from|for|with|who|whose|in|on)\s/u)[0];
        group.gender ??= roleGender(head?.split(/\s+/u).at(-1) ?? '');
        // "A BBC correspondent": the body named in the description is the one they speak for, and
        // what "it" stands for next.
        // So is the body a description ends with ("a student at the Methodist University").
        const owner = /\s(?:to|at|of|from|for|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(m.text)?.[1];
        const body = [/^\p{Lu}[\p{L}.&-]*/u.exec(m.text)?.[0] ?? '', owner ?? '']
          .flatMap((name) => (name === '' ? [] : book.lookup(name)))
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
        return byInstitution(book, m, lastOrganisation, seen);
      case 'pronoun': {
        if (m.text === 'they')
          return organisationLatest
            ? (lastOrganisation ?? lastGroup)
            : (lastGroup ?? lastOrganisation);
        if (m.text === 'it') return lastOrganisation;
        if (m.text.startsWith('the '))
          return lastGroup?.members.length === 2 ? lastGroup : undefined;
        const gender = pronounGender[m.text];
        if (
          spokesman &&
          spokesman.people === subjects.length &&
          spokesman.at >= sentences - 1 &&
          (spokesman.gender === undefined || spokesman.gender === gender)
        )
          return spokesman.body;
        if (
          owner &&
          owner.at >= sentences - 1 &&
          personAt < owner.at &&
          (owner.entity.gender === undefined || owner.entity.gender === gender)
        )
          return owner.entity;
        const found = [...subjects]
          .reverse()
          .find((p) => p.gender === undefined || p.gender === gender);
        const other = named && named.at >= sentences - 1 ? named.entity : undefined;
        // Only when that subject was last named as one before the other was: "Pranab Mukherjee …
        // brushed aside reports that the White House may appoint Bill Clinton" keeps "he" his.
        const before = (found ? (subjectAt.get(found) ?? -1) : -1) < (named?.at ?? -1);
        const fits = other?.gender !== undefined && other.gender === gender && before;
        if (fits && found?.gender === undefined && !subjects.some((p) => p.gender === gender))
          return other;
        if (found && gender) confirmGender(found, gender);
        return found ?? overrulesGivenName(subjects, gender, book.all(), masked.slice(m.end));
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
      sentences++;
      // "Ann Lee, a spokeswoman for the party, said": a spokesman who is someone named is that one.
      const people = subjects.length;
      // "It said the Cabinet Office had labelled …, and it called on …": the same pronoun, as
      // the subject of a clause joined by `and`, is still the one that opened the sentence.
      let opening: { text: string; entity: Entity | undefined } | undefined;
      for (const m of mentions) {
        if (m.appositive) continue;
        const again =
          m.kind === 'pronoun' &&
          opening?.text === m.text.toLowerCase() &&
          /,?\s+and\s+$/u.test(masked.slice(Math.max(0, m.start - 8), m.start));
        const entity = again
          ? opening?.entity
          : (selfNamed(m, masked, mentions) ?? resolve(m, masked));
        if (m.kind === 'pronoun' && m.start === 0) opening = { text: m.text.toLowerCase(), entity };
        resolved.set(m, entity);
        if (entity && m.kind === 'name') seen.set(entity, ++clock);
        // Not the one spoken to ("spoke to VOA reporter Joe De Capua"): they ask, and say nothing.
        if (entity?.kind === 'person' && m.kind === 'name' && !m.possessive)
          named = spokenTo(masked, m) ? undefined : { entity, at: sentences };
        // "A statement by the Brady Campaign was posted. It said …": the writer is what "it" is.
        const writer = documentBy.test(masked.slice(Math.max(0, m.start - 60), m.start));
        if (entity && writer && entity.kind !== 'person') this.noteSubject(entity);
        // "Mr Brown’s plan": a possessive names whose, not who acts, so "he" is not bound to it;
        // nor is the reporter who signs a report ("VOA's Jim Randle reports from Baghdad").
        // "Trump asked Vice President Mike Pence to attend the march. “…” he told the crowd": the
        // one sent to speak or attend is whom the story follows next.
        if (entity?.kind === 'person' && sentToAct(masked, m)) this.noteSubject(entity);
        // "The Illuminator spoke with … Tony Clayton. He said": who spoke to them is no person, or
        // a reporter ("reporter Joe De Capua spoke with Ali Sharmarke"), who asks.
        const asker = mentions.findLast((x) => x.end <= m.start);
        const asks = asker !== undefined && asksAsPerson(resolved.get(asker));
        // So is someone unnamed ("OurHealth spoke to a nurse who asked not to be named").
        const someone = entity?.kind === 'person' || entity?.description === unnamed;
        if (entity && someone && interviewed(masked, m) && !asks) this.noteSubject(entity);
        if (entity?.kind === 'person' && m.possessive) owner = { entity, at: sentences };
        if (!entity || m.possessive || !isSubjectPosition(masked, m)) continue;
        // "…, after a manager told workers …, he said": someone unnamed in a clause that says when
        // or why is not whom the sentence's "he" goes back to.
        if (
          entity.description === unnamed &&
          /\b(?:after|before|when|because|since|until|while|if|although)\s+$/u.test(
            masked.slice(Math.max(0, m.start - 12), m.start),
          )
        )
          continue;
        if (reporterSigns.test(masked.slice(m.end))) continue;
        if (
          m.kind === 'spokesperson' &&
          entity.kind === 'organisation' &&
          people === subjects.length
        ) {
          const word = /spokes(man|woman)/u.exec(masked.slice(m.start, m.end))?.[1];
          const gender = word === 'man' ? 'male' : word === 'woman' ? 'female' : undefined;
          spokesman = { body: entity, gender, people: subjects.length, at: sentences };
        }
        if (m.kind === 'name') subjectAt.set(entity, sentences);
        this.noteSubject(entity);
      }
      return resolved;
    },
    /** Records that the story is now talking about this entity. */
    noteSubject(entity: Entity): void {
      if (entity.kind === 'person' || (entity.kind === 'group' && entity.description === unnamed)) {
        subjects.push(entity);
        personAt = sentences;
        if (entity.kind === 'group') describedAt = sentences;
      } else if (entity.kind === 'organisation') {
        lastOrganisation = entity;
        organisationLatest = true;
      } else if (entity.kind === 'group') {
        lastGroup = entity;
        groupAt = sentences;
        organisationLatest = false;
        const first = book.all().find((e) => e.id === entity.members[0]);
        if (first?.kind === 'person') subjects.push(first);
      }
    },
  };
}

/** The tracker made by `createResolver`. */
export type Resolver = ReturnType<typeof createResolver>;
