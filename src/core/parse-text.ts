import type { Library } from '../library/library.ts';
import type { Command } from './command.ts';
import { parseCommand } from './parse-command.ts';
import { plainLanguageExamples } from './plain-language.ts';
import type { Invocation } from './reply.ts';
import { resolveName } from './resolve.ts';
import { UserError } from './user-error.ts';

/** A plain-language phrasing: its pattern, and how a match becomes an invocation. */
export type Rule = {
  pattern: RegExp;
  build: (match: RegExpExecArray, library: Library) => Invocation;
};

const about = String.raw`(?:\s+(?:about|on|regarding|concerning)\s+(.+))?`;

/**
 * Plain-language phrasings and the commands they mean. Checked in order; the first match wins.
 * Patterns run on lowercased text with trailing punctuation removed.
 */
const rules: Rule[] = [
  {
    pattern:
      /^(?:help|\?|commands|what can you do|how does (?:this|it) work|how do i use (?:this|you))$/,
    build: () => ({ command: 'help', args: {} }),
  },
  {
    pattern:
      /^(?:(?:list|show)(?: me)?(?: the| all)? (?:topics|briefings)|(?:what )?topics|briefings|what(?:'s| is) new|what(?:'s| is) in the news|latest|news)$/,
    build: () => ({ command: 'topics', args: {} }),
  },
  {
    pattern: new RegExp(
      String.raw`^(?:what|which things?)\s+(?:did|has|have|does|do)\s+(.+?)\s+(?:say|said|says|been saying)${about}$`,
    ),
    build: (m) => quote(m[1], m[2]),
  },
  {
    pattern: new RegExp(
      String.raw`^(?:(?:show|give) me\s+)?(?:quotes?|statements?|what was said)\s+(?:from|by|of)\s+(.+?)${about}$`,
    ),
    build: (m) => quote(m[1], m[2]),
  },
  // "who is involved" lists everyone; it must come before "who is X", which would take
  // "involved" for a name.
  {
    pattern: /^(?:who|people|who(?:'s| is) (?:in the news|involved|in the briefings))$/,
    build: () => ({ command: 'who', args: {} }),
  },
  {
    pattern: /^(?:who\s+is|who's|whos|who\s+was|who\s+are|tell me who)\s+(.+)$/,
    build: (m) => ({ command: 'who', args: { person: clean(m[1]) } }),
  },
  {
    pattern:
      /^(?:brief me|briefing|brief|catch me up|fill me in|update me|give me (?:a|the) (?:briefing|brief|summary))\s+(?:on|about|regarding)\s+(.+)$/,
    build: (m) => ({ command: 'brief', args: { topic: clean(m[1]) } }),
  },
  {
    pattern:
      /^(?:tell me about|what(?:'s| is) (?:happening|going on) (?:with|in|between)|summari[sz]e|news (?:on|about))\s+(.+)$/,
    build: (m, library) => topicOrPerson(clean(m[1]), library),
  },
  {
    // "who said breakthrough?": the statements that hold the words, each with its speaker.
    pattern:
      /^who\s+(?:said|says|called (?:it|this|that)|talked about|spoke (?:about|of)|mentioned|used the words?)\s+(.+)$/,
    build: (m) => ({ command: 'search', args: { words: clean(m[1]).replace(/["“”']/g, '') } }),
  },
  {
    pattern:
      /^(?:what happened|what(?:'s| is| has been) happening|what(?:'s| is) the latest|what(?:'s| is) new|any news|anything new)\s+(?:in|with|to|at|between|on|about|for|from)\s+(.+)$/,
    build: (m, library) => topicOrPerson(clean(m[1]), library),
  },
  {
    pattern: /^(?:search(?: for)?|find|look up|anything (?:about|on))\s+(.+)$/,
    build: (m) => ({ command: 'search', args: { words: clean(m[1]) } }),
  },
];

function clean(value: string | undefined): string {
  return (value ?? '').replace(/^(?:the\s+)?/, '').trim();
}

function quote(person: string | undefined, topic: string | undefined): Invocation {
  return {
    command: 'quote',
    args: { person: clean(person), ...(topic ? { topic: clean(topic) } : {}) },
  };
}

/** "tell me about X": a briefing if X names one, a person if X names someone, else a briefing. */
function topicOrPerson(subject: string, library: Library): Invocation {
  if ('found' in resolveName(library.topics, subject))
    return { command: 'brief', args: { topic: subject } };
  if ('found' in resolveName(library.names, subject))
    return { command: 'who', args: { person: subject } };
  return { command: 'brief', args: { topic: subject } };
}

/**
 * The longest text read as a question or a typed command, in UTF-16 code units: a full Discord
 * message. Longer text is refused before any parsing, so no pattern ever runs on a Slack DM of
 * 40,000 characters or a console line of megabytes.
 */
export const MAX_TEXT_LENGTH = 2000;

/** Characters that may end a question without changing it ("who is kim?!", "help ."). */
const trailing = new Set(['?', '!', '.']);
const isSpace = (char: string) => /\s/.test(char);

/**
 * Drops trailing characters while `drop` holds. A loop, not `/[?!.\s]+$/`: a regular expression
 * tries that run from every position of it, so "hi . . . … z" costs the square of its length.
 */
function dropEnd(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** Drops a closing ", please" (a comma or a space before it is required, as in "help please"). */
function dropPlease(text: string): string {
  if (!text.endsWith('please')) return text;
  const before = text.slice(0, -'please'.length);
  const kept = dropEnd(before, (char) => char === ',' || isSpace(char));
  return kept.length < before.length ? kept : text;
}

/**
 * A question as the rules read it: lowercase, single spaces, without greetings, trailing
 * punctuation or a closing "please". Linear in the text's length (a fuzz property checks it).
 */
export function plainWords(text: string): string {
  const lowered = text.toLowerCase().replace(/[’‘]/g, "'");
  // Anchored, and a greeting word never starts with a separator, so each character is read once.
  const greeted = dropEnd(lowered, (char) => trailing.has(char) || isSpace(char)).replace(
    /^(?:(?:hey|hi|hello|ok|okay|so|please|@?briefbot)[,!:\s]+)+/,
    '',
  );
  return dropPlease(greeted).replace(/\s+/g, ' ');
}

/** The first plain-language rule that matches words read by `plainWords`, with its match. */
export function matchRule(plain: string): { rule: Rule; match: RegExpExecArray } | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(plain);
    if (match) return { rule, match };
  }
  return undefined;
}

/**
 * Reads anything typed in a DM or the console: a slash command, a command without its slash, or
 * a plain-language question. Throws a UserError with a short hint when it understands nothing,
 * and for text longer than MAX_TEXT_LENGTH.
 */
export function parseText(
  input: string,
  registry: readonly Command[],
  library: Library,
): Invocation {
  const text = input.trim();
  if (text.length > MAX_TEXT_LENGTH) {
    throw new UserError(
      'too_long',
      `That is ${text.length.toLocaleString('en-US')} characters long; I read at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')} at a time.`,
      { hint: `Ask a shorter question, such as "${plainLanguageExamples[0] ?? 'help'}".` },
    );
  }
  if (text.startsWith('/')) return parseCommand(text, registry, library);
  const plain = plainWords(text);
  const found = matchRule(plain);
  if (found) return found.rule.build(found.match, library);
  const first = plain.split(' ')[0] ?? '';
  if (registry.some((command) => command.name === first || command.name.startsWith(`${first} `))) {
    return parseCommand(text, registry, library);
  }
  throw new UserError('not_understood', "Sorry, I didn't understand that.", {
    hint: `Try "${plainLanguageExamples.slice(0, 3).join('", "')}", or /help for every command.`,
  });
}
