import type { Entity } from './entity-book.ts';
import { withoutLettersAfter } from './name-words.ts';
import { roleAfterOpening } from './office-roles.ts';

/** What the marking reads of a mention (kept here, so this file needs nothing of mentions.ts). */
interface Described {
  kind: string;
  start: number;
  end: number;
  text: string;
  appositive: boolean;
  candidates: readonly Entity[];
}

/** A description set off by commas right after a name describes that name; it is not a speaker. */
export function markAppositives<M extends Described>(masked: string, mentions: M[]): M[] {
  mentions.forEach((m, i) => {
    const previous = mentions[i - 1];
    const next = mentions[i + 1];
    // "The National Defense Commission, the North's highest military body, said": so is a kind of
    // body set off by commas on both sides.
    const describes =
      m.kind === 'role' ||
      m.kind === 'unnamed' ||
      m.kind === 'spokesperson' ||
      (m.kind === 'institution' && /^(?:\s+\p{Ll}+)?,/u.test(masked.slice(m.end)));
    // "Shchetinina, 29, an international student": an age may stand between, or in brackets
    // ("Francis Mvandaba (34), a single mother of two").
    // "In Doha, the prime minister said": the role is the subject, not a description of Doha.
    if (
      previous &&
      describes &&
      /^(?:\s*\(\d{1,3}\))?,\s*(?:\d{1,3},\s*)?$/.test(
        withoutLettersAfter(masked.slice(previous.end, m.start)).replace(/the\s+$/iu, ''),
      ) &&
      !roleAfterOpening(masked, previous)
    ) {
      m.appositive = true;
    }
    // "A former state senator with a moderate profile who is trying to make a comeback …,
    // Sturtevant opened": a description that opens the sentence, its relative clause and all,
    // describes the name after the comma.
    const clause = /\swho$/u.test(m.text)
      ? /^[^.;:!?\ue000]*,\s*$/u
      : /^\s*who\s[^.;:!?\ue000]*,\s*$/u;
    if (
      next?.kind === 'name' &&
      (m.kind === 'role' || m.kind === 'unnamed') &&
      m.start <= 2 &&
      clause.test(masked.slice(m.end, next.start))
    )
      m.appositive = true;
    // "Her Chilean counterpart, Andrés Castillo, …" and "the firm Brightwater Foods": the role or
    // kind introduces the name after it. A body is named straight after its kind ("the jury
    // Tallinn" is no one's way of writing), so "on behalf of the jury, Tallinn won" leaves the
    // jury a body of its own.
    const gap = masked.slice(m.end, next?.start);
    const comma = m.kind !== 'institution' || !/^the\s/iu.test(m.text);
    if (
      next?.kind === 'name' &&
      (m.kind === 'role' || m.kind === 'unnamed' || m.kind === 'institution') &&
      (comma ? /^,?\s*$/ : /^\s*$/).test(gap)
    ) {
      m.appositive = true;
    }
  });
  // "Nicholas Bequelin, Amnesty's regional director for East and Southeast Asia, says": a name in
  // the description, up to the comma that closes it, is where or whom the office serves, never
  // the subject ("Southeast Asia" after "and" had been taken for one).
  for (const m of mentions) {
    if (!m.appositive || (m.kind !== 'role' && m.kind !== 'unnamed')) continue;
    const close = masked.indexOf(',', m.end);
    if (close < 0 || !/^\s+(?:for|of|in|at)\s/u.test(masked.slice(m.end, close))) continue;
    for (const named of mentions)
      if (named.start > m.end && named.end <= close && named.kind === 'name')
        named.appositive = true;
  }
  // "Mqapheli Bonono, provincial chairperson of … Abahlali baseMjondolo and a resident of Foreman
  // Road, said": someone described after `and` in a description set off after a name, up to its
  // closing comma, is the one named, described further.
  for (const m of mentions) {
    if (m.kind !== 'unnamed' || !/^\s*,/u.test(masked.slice(m.end))) continue;
    const named = mentions.findLast(
      (n) => n.kind === 'name' && n.end < m.start && n.candidates[0]?.kind === 'person',
    );
    if (
      named &&
      /^,\s+\p{Ll}[^,;:\ue000]{2,120}?\s+and\s+$/u.test(masked.slice(named.end, m.start))
    )
      m.appositive = true;
  }
  return mentions;
}
