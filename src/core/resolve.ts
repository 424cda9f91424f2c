import type { Briefing } from '../content/briefing-schema.ts';
import type { Library, NameLookup, Speaker } from '../library/library.ts';
import type { Choice } from './reply.ts';
import { UserError, type UserErrorCode } from './user-error.ts';

type Resolution = { found: string } | { ambiguous: string[] } | { unknown: string[] };

// A fuzzy match is taken as meant only when it clearly beats every other candidate.
const DOMINANCE = 3;
const MAX_CANDIDATES = 8;

/** What a typed name most likely refers to, by exact name first and then by near spelling. */
export function resolveName(index: NameLookup, query: string): Resolution {
  const match = index.match(query);
  if (match.exact) {
    return match.ids.length === 1 && match.ids[0] !== undefined
      ? { found: match.ids[0] }
      : { ambiguous: match.ids.slice(0, MAX_CANDIDATES) };
  }
  const [top, second] = match.ranked;
  if (top === undefined) return { unknown: index.nearest(query, 5) };
  if (second === undefined || top.score >= DOMINANCE * second.score) return { found: top.id };
  const close = match.ranked.filter((hit) => hit.score * DOMINANCE >= top.score);
  return { ambiguous: close.slice(0, MAX_CANDIDATES).map((hit) => hit.id) };
}

/** How one kind of name is looked up and explained when it cannot be. */
interface NameKind<T> {
  index: NameLookup;
  get(id: string): T | undefined;
  label(entry: T): string;
  ambiguous: { code: UserErrorCode; message: (query: string) => string };
  unknown: { code: UserErrorCode; message: (query: string) => string; hint: string };
}

/** Finds what `query` names, or throws a UserError with the candidates or the nearest names. */
function resolveWith<T>(
  kind: NameKind<T>,
  query: string,
  retry: (id: string) => Choice['invocation'],
): T {
  const result = resolveName(kind.index, query);
  if ('found' in result) {
    const entry = kind.get(result.found);
    if (entry) return entry;
  }
  const choicesFor = (ids: string[]): Choice[] =>
    ids.flatMap((id) => {
      const entry = kind.get(id);
      return entry ? [{ label: kind.label(entry), invocation: retry(id) }] : [];
    });
  if ('ambiguous' in result) {
    throw new UserError(kind.ambiguous.code, kind.ambiguous.message(query), {
      choices: choicesFor(result.ambiguous),
    });
  }
  const choices = choicesFor('unknown' in result ? result.unknown : []);
  throw new UserError(kind.unknown.code, kind.unknown.message(query), {
    choices,
    hint: choices.length > 0 ? 'Did you mean one of these?' : kind.unknown.hint,
  });
}

/**
 * The briefing a user means by `query` (id, alias, title words or tag, with typos). Throws a
 * UserError listing the candidates when it is ambiguous, or the nearest topics when unknown.
 */
export function resolveTopic(
  library: Library,
  query: string,
  retry: (id: string) => Choice['invocation'],
): Briefing {
  return resolveWith(
    {
      index: library.topics,
      get: (id) => library.briefing(id),
      label: (briefing) => `${briefing.title} (${briefing.id})`,
      ambiguous: {
        code: 'ambiguous_topic',
        message: (q) => `"${q}" could mean more than one briefing. Which one?`,
      },
      unknown: {
        code: 'unknown_topic',
        message: (q) => `There is no briefing about "${q}".`,
        hint: 'Try /topics to see every briefing.',
      },
    },
    query,
    retry,
  );
}

/** The person, organisation or group a user means; the same rules and errors as for topics. */
export function resolveSpeaker(
  library: Library,
  query: string,
  retry: (id: string) => Choice['invocation'],
): Speaker {
  return resolveWith(
    {
      index: library.names,
      get: (id) => library.speaker(id),
      label: describeSpeaker,
      ambiguous: {
        code: 'ambiguous_person',
        message: (q) => `"${q}" could mean more than one person. Who did you mean?`,
      },
      unknown: {
        code: 'unknown_person',
        message: (q) => `No one called "${q}" appears in the briefings.`,
        hint: 'Try /who to see everyone in the briefings.',
      },
    },
    query,
    retry,
  );
}

/** "Antony Blinken, US secretary of state" for lists and menus. */
export function describeSpeaker(speaker: Speaker): string {
  const role = speaker.role ?? speaker.description;
  return role ? `${speaker.name}, ${role}` : speaker.name;
}
