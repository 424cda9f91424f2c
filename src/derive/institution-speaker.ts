import type { Entity, EntityBook } from './entity-book.ts';
import type { Mention } from './mentions.ts';
import { capitalise, companyNouns } from './name-words.ts';
import { nationalBodyKey } from './national-bodies.ts';
import { mediaNouns } from './speaker-nouns.ts';
import { latestBody, theBodyOfItsKind } from './unnamed-bodies.ts';

/**
 * The body a phrase such as "the ministry", "the news agency" or "Malaysia's transport ministry"
 * stands for: one the story named, the one of that kind it spoke of last, or a new one. `seen`
 * says when each entity was last named.
 */
export function byInstitution(
  book: EntityBook,
  m: Mention,
  lastOrganisation: Entity | undefined,
  seen: ReadonlyMap<Entity, number>,
): Entity | undefined {
  const head = (m.head ?? '').toLowerCase();
  if (companyNouns.has(head) && /^the\b/i.test(m.text)) {
    // "police entered the compound of Transformed Life Ministry … The organisation states": with
    // no body yet a subject, the body named last is the one meant.
    const last = lastOrganisation ?? latestBody(seen);
    if (last) return theBodyOfItsKind(head, last, seen);
  }
  const phrase = m.text.replace(/^the\s+/i, '');
  const known = book.lookup(phrase).find((e) => e.kind === 'organisation');
  if (known) return known;
  // "Malaysia's transport ministry" after "the Malaysian transport ministry": the same body.
  const national = nationalBodyKey(phrase);
  const same =
    national &&
    book
      .all()
      .find(
        (e) =>
          e.kind === 'organisation' &&
          [e.name, ...e.aliases].some((n) => nationalBodyKey(n) === national),
      );
  if (same) {
    book.alias(same, phrase);
    return same;
  }
  if (/^the\s+\S+$/i.test(m.text)) {
    // "The centre noted" after "the Joint Tsunami Warning Center": either spelling.
    const spellings = [head, head.replace(/re$/u, 'er'), head.replace(/er$/u, 're')];
    const named = book
      .all()
      .filter(
        (e) =>
          e.kind === 'organisation' &&
          spellings.some((w) => new RegExp(`\\b${w}\\b`, 'iu').test(e.name)),
      );
    // The one the story named last so far, as all of them are known from the start.
    const last = named
      .filter((e) => seen.has(e))
      .sort((a, b) => (seen.get(b) ?? 0) - (seen.get(a) ?? 0))[0];
    if (last ?? named.at(-1)) return last ?? named.at(-1);
    if (lastOrganisation && companyNouns.has(head)) return lastOrganisation;
  }
  // "In a statement, the news agency added" after "Al-Jazeera said": an outlet referred to by
  // its kind is the body the story last spoke of, when no body in the story has the word.
  if (lastOrganisation && mediaNouns.has(head) && /^the(?:\s+\p{Ll}[\p{L}-]*)+$/iu.test(m.text)) {
    const named = book
      .all()
      .some((e) => e.kind === 'organisation' && e.name.toLowerCase().includes(head));
    if (!named) return lastOrganisation;
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
