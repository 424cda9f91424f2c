import type { BriefingHead } from '../content/lean-briefing.ts';
import type { Library, NameLookup, Speaker } from '../library/library.ts';
import type { Choice } from './reply.ts';
import { UserError, type UserErrorCode } from './user-error.ts';

type Resolution = { found: string } | { ambiguous: string[] } | { unknown: string[] };

// A fuzzy match is taken as meant only when it clearly beats every other candidate.
const DOMINANCE = 3;
const MAX_CANDIDATES = 8;
const FALLBACK_CHOICES = 5;

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
  /** Which entries may be offered at all (only those who said something, for /quote). */
  offer?(id: string): boolean;
  /** When nothing is spelt like the query: a few entries to pick from instead, and their prompt. */
  fallback: { ids(): string[]; prompt: string };
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
  const offered = (ids: string[]) => (kind.offer ? ids.filter(kind.offer) : ids);
  const near = choicesFor(offered('unknown' in result ? result.unknown : []));
  if (near.length > 0) {
    throw new UserError(kind.unknown.code, kind.unknown.message(query), {
      choices: near,
      hint: 'Did you mean one of these?',
    });
  }
  // Nothing is spelt like it: offer a few real entries rather than a dead end.
  const some = choicesFor(offered(kind.fallback.ids()).slice(0, FALLBACK_CHOICES));
  throw new UserError(kind.unknown.code, kind.unknown.message(query), {
    choices: some,
    hint: some.length > 0 ? kind.fallback.prompt : kind.unknown.hint,
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
): BriefingHead {
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
      fallback: {
        ids: () => library.briefings().map((briefing) => briefing.id),
        prompt: 'The latest briefings (or /topics for all):',
      },
    },
    query,
    retry,
  );
}

/**
 * The person, organisation or group a user means; the same rules and errors as for topics. With
 * `speaking`, only those reported saying something are suggested (for /quote).
 */
export function resolveSpeaker(
  library: Library,
  query: string,
  retry: (id: string) => Choice['invocation'],
  options: { speaking?: boolean } = {},
): Speaker {
  const said = (id: string) => library.statementsOf(id).length;
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
      ...(options.speaking ? { offer: (id: string) => said(id) > 0 } : {}),
      fallback: {
        ids: () =>
          library
            .speakers()
            .map((speaker) => speaker.id)
            .sort((a, b) => said(b) - said(a) || a.localeCompare(b)),
        prompt: options.speaking
          ? 'Some of the people quoted in the briefings (or /who for everyone):'
          : 'Some of the people in the briefings (or /who for everyone):',
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
