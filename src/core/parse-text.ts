import type { Library } from '../library/library.ts';
import type { Command } from './command.ts';
import { parseCommand } from './parse-command.ts';
import { plainLanguageExamples } from './plain-language.ts';
import type { Invocation } from './reply.ts';
import { resolveName } from './resolve.ts';
import { UserError } from './user-error.ts';

type Rule = { pattern: RegExp; build: (match: RegExpExecArray, library: Library) => Invocation };

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
  {
    pattern: /^(?:who\s+is|who's|whos|who\s+was|who\s+are|tell me who)\s+(.+)$/,
    build: (m) => ({ command: 'who', args: { person: clean(m[1]) } }),
  },
  {
    pattern: /^(?:who|people|who(?:'s| is) (?:in the news|involved|in the briefings))$/,
    build: () => ({ command: 'who', args: {} }),
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
 * Reads anything typed in a DM or the console: a slash command, a command without its slash, or
 * a plain-language question. Throws a UserError with a short hint when it understands nothing.
 */
export function parseText(
  input: string,
  registry: readonly Command[],
  library: Library,
): Invocation {
  const text = input.trim();
  if (text.startsWith('/')) return parseCommand(text, registry, library);
  const plain = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[?!.\s]+$/, '')
    .replace(/^(?:(?:hey|hi|hello|ok|okay|so|please|@?briefbot)[,!:\s]+)+/, '')
    .replace(/[,\s]+please$/, '')
    .replace(/\s+/g, ' ');
  for (const rule of rules) {
    const match = rule.pattern.exec(plain);
    if (match) return rule.build(match, library);
  }
  const first = plain.split(' ')[0] ?? '';
  if (registry.some((command) => command.name === first || command.name.startsWith(`${first} `))) {
    return parseCommand(text, registry, library);
  }
  throw new UserError('not_understood', "Sorry, I didn't understand that.", {
    hint: `Try "${plainLanguageExamples.slice(0, 3).join('", "')}", or /help for every command.`,
  });
}
