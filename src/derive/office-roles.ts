import type { Entity } from './entity-book.ts';
import { roleNouns, titlePairs } from './name-words.ts';

/** The same alternation, also matching each word with a capital, as at the start of a sentence. */
export const altAnyCase = (set: ReadonlySet<string>) =>
  [...set]
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join('|');

/**
 * "the Comptroller said", "the Prime Minister said": a role noun capitalised as an office after
 * `the`, after a word that begins a two-word office or none, where no name, more
 * of a title or what the office is of follows it, is the role as the lower-case one is. "The
 * Administrator of the SBA, Maria Contreras-Sweet, issued" is left to the name it describes.
 */
const capitalised = [...roleNouns].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');
const officePattern = new RegExp(
  String.raw`\b[Tt]he\s+((?:(?:${[...titlePairs].join('|')})\s+)?(${capitalised}))\b(?![\s-]+\p{Lu}|\s+(?:of|for|at|to)\b)`,
  'gu',
);
/** "The Secretary of State said:": the British minister's office, with no department after it. */
const secretaryOfStatePattern = /\b[Tt]he\s+Secretary\s+of\s+State\b(?!\s+(?:for|of)\b|[’']s)/gu;
/** "the PM said": British copy's abbreviation for the prime minister. */
const primeMinisterPattern = /\b[Tt]he\s+PM\b(?![’']s)/gu;
/** "The First Minister said:": the head of a devolved government, with no name after it. */
const firstMinisterPattern = /\b[Tt]he\s+(Deputy\s+)?First\s+Minister\b(?![\s-]+\p{Lu}|[’']s)/gu;
const bareRolePattern = new RegExp(String.raw`^(${altAnyCase(roleNouns)})(?=\s+\p{Ll})`, 'u');

/** A role named by its noun alone, with a capital: where it is, and the noun in lower case. */
export interface OfficeRole {
  start: number;
  end: number;
  /** The role as a lower-case description, `the` first. */
  text: string;
  head: string;
}

/**
 * "the Baxter Springs Republican told legislators", "the Ohio Democrat said": American news names
 * a legislator again by home town or state and party. A noun after the word ("the Senate Republican
 * leader", "the Ohio Republican Party") makes it a description of something else.
 */
const partyMemberPattern =
  /\b[Tt]he\s+((?:\p{Lu}[\p{L}.’'-]*\s+){1,3})(Republican|Democrat)\b(?![\s-]+(?:Party|Caucus|National|Governors|leaders?|lawmakers?|legislators?|senators?|members?|candidates?|nominees?|majority|minority|caucus|party|primary|primaries|voters|governors?|officials?|delegation|establishment|base|side|bill|plan|proposal|ticket|incumbent|challenger)\b)/gu;

/**
 * Roles a sentence names with a capital: `the Comptroller`, `the Secretary of State`, `the
 * PM`, `the First Minister`, and a role noun alone
 * opening a standfirst ("Spokesman also said …").
 */
export function officeRoles(masked: string): OfficeRole[] {
  const found: OfficeRole[] = [];
  for (const m of masked.matchAll(officePattern)) {
    const head = (m[2] ?? '').toLowerCase();
    const text = `the ${(m[1] ?? '').toLowerCase()}`;
    found.push({ start: m.index, end: m.index + m[0].length, text, head });
  }
  for (const m of masked.matchAll(secretaryOfStatePattern)) {
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: 'the secretary of state', head: 'secretary' });
  }
  for (const m of masked.matchAll(primeMinisterPattern)) {
    const end = m.index + m[0].length;
    found.push({ start: m.index, end, text: 'the prime minister', head: 'minister' });
  }
  for (const m of masked.matchAll(firstMinisterPattern)) {
    const text = m[1] ? 'the deputy first minister' : 'the first minister';
    found.push({ start: m.index, end: m.index + m[0].length, text, head: 'minister' });
  }
  for (const m of masked.matchAll(partyMemberPattern)) {
    const head = (m[2] ?? '').toLowerCase();
    found.push({ start: m.index, end: m.index + m[0].length, text: `the ${m[1]}${m[2]}`, head });
  }
  const bare = bareRolePattern.exec(masked);
  if (bare?.[1]) {
    const head = bare[1].toLowerCase();
    found.push({ start: 0, end: bare[1].length, text: `the ${head}`, head });
  }
  return found;
}

/** A sentence that opens with where or how: "In Doha, …", "Speaking from Doha, Qatar, …". */
const openingWhere = /^(?:\p{Lu}\p{Ll}+ing|In|At|From|On)\b/u;
/** A name a preposition governs ("from Doha", "of the Gulf"), which no role describes. */
const governed = /\b(?:in|at|from|on|of|to|for|near)\s+(?:the\s+)?$/iu;

/**
 * "In Doha, the prime minister said", "Speaking in the Cabinet Room, the PM said": a place that
 * a preposition governs in the phrase the sentence opens with is where, and the role after it is
 * the subject; so is a role after a body or place that phrase names ("Referring to the need to
 * reform the IMF, the PM said"), which no role describes. `previous` is the mention before the
 * role.
 */
export function roleAfterOpening(
  masked: string,
  previous: { start: number; candidates: readonly Entity[] },
): boolean {
  return (
    openingWhere.test(masked) &&
    (governed.test(masked.slice(0, previous.start)) ||
      (previous.candidates.length > 0 && previous.candidates.every((e) => e.kind !== 'person')))
  );
}
