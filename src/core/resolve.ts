import type { Briefing } from '../content/briefing-schema.ts';
import type { Library, Speaker } from './library.ts';
import type { NameIndex } from './name-index.ts';
import type { Choice } from './reply.ts';
import { UserError } from './user-error.ts';

type Resolution = { found: string } | { ambiguous: string[] } | { unknown: string[] };

// A fuzzy match is taken as meant only when it clearly beats every other candidate.
const DOMINANCE = 3;
const MAX_CANDIDATES = 8;

/** What a typed name most likely refers to, by exact name first and then by near spelling. */
export function resolveName(index: NameIndex, query: string): Resolution {
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

/**
 * The briefing a user means by `query` (id, alias, title words or tag, with typos). Throws a
 * UserError listing the candidates when it is ambiguous, or the nearest topics when unknown.
 */
export function resolveTopic(
  library: Library,
  query: string,
  retry: (id: string) => Choice['invocation'],
): Briefing {
  const result = resolveName(library.topics, query);
  if ('found' in result) {
    const briefing = library.briefing(result.found);
    if (briefing) return briefing;
  }
  const toChoice = (id: string): Choice | undefined => {
    const briefing = library.briefing(id);
    return briefing
      ? { label: `${briefing.title} (${briefing.id})`, invocation: retry(briefing.id) }
      : undefined;
  };
  if ('ambiguous' in result) {
    throw new UserError(
      'ambiguous_topic',
      `"${query}" could mean more than one briefing. Which one?`,
      {
        choices: result.ambiguous.map(toChoice).filter((c) => c !== undefined),
      },
    );
  }
  const nearest = 'unknown' in result ? result.unknown : [];
  const choices = nearest.map(toChoice).filter((c) => c !== undefined);
  throw new UserError('unknown_topic', `There is no briefing about "${query}".`, {
    choices,
    hint: choices.length > 0 ? 'Did you mean one of these?' : 'Try /topics to see every briefing.',
  });
}

/** The person, organisation or group a user means; the same rules and errors as for topics. */
export function resolveSpeaker(
  library: Library,
  query: string,
  retry: (id: string) => Choice['invocation'],
): Speaker {
  const result = resolveName(library.names, query);
  if ('found' in result) {
    const speaker = library.speaker(result.found);
    if (speaker) return speaker;
  }
  const toChoice = (id: string): Choice | undefined => {
    const speaker = library.speaker(id);
    return speaker ? { label: describeSpeaker(speaker), invocation: retry(speaker.id) } : undefined;
  };
  if ('ambiguous' in result) {
    throw new UserError(
      'ambiguous_person',
      `"${query}" could mean more than one person. Who did you mean?`,
      {
        choices: result.ambiguous.map(toChoice).filter((c) => c !== undefined),
      },
    );
  }
  const nearest = 'unknown' in result ? result.unknown : [];
  const choices = nearest.map(toChoice).filter((c) => c !== undefined);
  throw new UserError('unknown_person', `No one called "${query}" appears in the briefings.`, {
    choices,
    hint:
      choices.length > 0
        ? 'Did you mean one of these?'
        : 'Try /who to see everyone in the briefings.',
  });
}

/** "Antony Blinken, US secretary of state" for lists and menus. */
export function describeSpeaker(speaker: Speaker): string {
  const role = speaker.role ?? speaker.description;
  return role ? `${speaker.name}, ${role}` : speaker.name;
}
