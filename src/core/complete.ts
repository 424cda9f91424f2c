import type { Library } from '../library/library.ts';
import { argSpecs, type Command, type Completion } from './command.ts';
import type { Reply } from './reply.ts';
import { describeSpeaker } from './resolve.ts';

/** One autocomplete or menu option: what the user sees and the id that goes back. */
export interface Suggestion {
  label: string;
  value: string;
}

/** Discord's cap on autocomplete choices and on a select menu's options. */
export const MAX_SUGGESTIONS = 25;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1)}…`;
}

/**
 * Ranked suggestions for a partly typed topic or person. With nothing typed yet: the newest
 * briefings, or the people with the most statements.
 */
export function suggest(
  library: Library,
  kind: Completion,
  partial: string,
  limit = MAX_SUGGESTIONS,
): Suggestion[] {
  const max = Math.min(limit, MAX_SUGGESTIONS);
  if (kind === 'topic') {
    const ids =
      partial.trim() === ''
        ? library.briefings().map((b) => b.id)
        : library.topics.complete(partial, max);
    return ids.slice(0, max).flatMap((id) => {
      const briefing = library.briefing(id);
      return briefing
        ? [{ label: cut(`${briefing.title} (${briefing.id})`, 100), value: briefing.id }]
        : [];
    });
  }
  const said = (id: string) => library.statementsOf(id).length;
  // Where only statements can be shown (/quote), someone never reported saying anything is a
  // dead end: they are not offered.
  const offered = (id: string) => kind !== 'speaker' || said(id) > 0;
  let ids: string[];
  if (partial.trim() === '') {
    ids = library
      .speakers()
      .filter((speaker) => offered(speaker.id))
      .map((speaker) => ({
        id: speaker.id,
        n: said(speaker.id),
        person: speaker.kind === 'person',
      }))
      .sort((a, b) => Number(b.person) - Number(a.person) || b.n - a.n || a.id.localeCompare(b.id))
      .map((entry) => entry.id);
  } else {
    // Ask for more than needed: some may be filtered out below.
    ids = library.names.complete(partial, kind === 'speaker' ? max * 3 : max).filter(offered);
  }
  return ids.slice(0, max).flatMap((id) => {
    const speaker = library.speaker(id);
    return speaker ? [{ label: cut(describeSpeaker(speaker), 100), value: speaker.id }] : [];
  });
}

/**
 * When a command is run without the name it needs (a bare `/quote`), a menu of likely answers
 * instead of an error: each choice runs the command with that name filled in.
 */
export function missingNameMenu(
  command: Command,
  args: Record<string, unknown>,
  library: Library,
): Reply | undefined {
  const missing = argSpecs(command).find(
    (spec) =>
      spec.required && spec.complete && (args[spec.name] === undefined || args[spec.name] === ''),
  );
  if (missing?.complete === undefined) return undefined;
  const options = suggest(library, missing.complete, '');
  const fixed = Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
  const noun = missing.complete === 'topic' ? 'Which briefing?' : 'Whose statements?';
  return {
    private: true,
    blocks: [
      {
        type: 'choices',
        prompt:
          command.name === 'quote' || missing.complete === 'topic'
            ? noun
            : `Which ${missing.name}?`,
        choices: options.map((option) => ({
          label: option.label,
          invocation: { command: command.name, args: { ...fixed, [missing.name]: option.value } },
        })),
      },
    ],
  };
}
