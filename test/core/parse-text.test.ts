import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/commands/index.ts';
import { tokenize } from '../../src/core/parse-command.ts';
import { matchRule, parseText, plainWords } from '../../src/core/parse-text.ts';
import { plainLanguageExamples } from '../../src/core/plain-language.ts';
import { UserError } from '../../src/core/user-error.ts';
import { seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();
const parse = (text: string) => parseText(text, registry, library);

describe('plain-language questions', () => {
  it.each([
    [
      'brief me on russia and north korea',
      { command: 'brief', args: { topic: 'russia and north korea' } },
    ],
    ['Brief me about putin-kim, please', { command: 'brief', args: { topic: 'putin-kim' } }],
    ['what did blinken say?', { command: 'quote', args: { person: 'blinken' } }],
    [
      'What has the Russian president said about sanctions?',
      { command: 'quote', args: { person: 'russian president', topic: 'sanctions' } },
    ],
    [
      'quotes from putin about sanctions',
      { command: 'quote', args: { person: 'putin', topic: 'sanctions' } },
    ],
    ['statements by the kremlin', { command: 'quote', args: { person: 'kremlin' } }],
    ['who is shin won-sik?', { command: 'who', args: { person: 'shin won-sik' } }],
    ["who's jenny town", { command: 'who', args: { person: 'jenny town' } }],
    ['who', { command: 'who', args: {} }],
    ['help', { command: 'help', args: {} }],
    ['what can you do?', { command: 'help', args: {} }],
    ['topics', { command: 'topics', args: {} }],
    ["what's new", { command: 'topics', args: {} }],
    ['search artillery shells', { command: 'search', args: { words: 'artillery shells' } }],
    ['tell me about north korea', { command: 'brief', args: { topic: 'north korea' } }],
    ['tell me about stoltenberg', { command: 'who', args: { person: 'stoltenberg' } }],
    ['hey briefbot, what did kim say', { command: 'quote', args: { person: 'kim' } }],
  ])('"%s"', (text, invocation) => {
    expect(parse(text)).toEqual(invocation);
  });

  it.each([
    ['please list topics', { command: 'topics', args: {} }],
    ['list topics', { command: 'topics', args: {} }],
    ['show me topics', { command: 'topics', args: {} }],
    ['show me all briefings', { command: 'topics', args: {} }],
    ['people', { command: 'who', args: {} }],
    ['who was kim', { command: 'who', args: { person: 'kim' } }],
    ['who are the leaders', { command: 'who', args: { person: 'leaders' } }],
    ['okay so who is blinken.', { command: 'who', args: { person: 'blinken' } }],
    ['who is blinken?!', { command: 'who', args: { person: 'blinken' } }],
    ['hey, briefbot: who is blinken', { command: 'who', args: { person: 'blinken' } }],
    ['who is blinken, please', { command: 'who', args: { person: 'blinken' } }],
    [
      '  who is  the russian president  ',
      { command: 'who', args: { person: 'russian president' } },
    ],
    ['briefing on putin-kim', { command: 'brief', args: { topic: 'putin-kim' } }],
    ['give me the briefing on putin-kim', { command: 'brief', args: { topic: 'putin-kim' } }],
    ['brief me on putin-kim please', { command: 'brief', args: { topic: 'putin-kim' } }],
    ['tell me about the north korea', { command: 'brief', args: { topic: 'north korea' } }],
    ['tell me about zzzz', { command: 'brief', args: { topic: 'zzzz' } }],
    ['what is happening with  north korea', { command: 'brief', args: { topic: 'north korea' } }],
    ['search   for artillery', { command: 'search', args: { words: 'artillery' } }],
    ['search for artillery now', { command: 'search', args: { words: 'artillery now' } }],
    ['anything on artillery', { command: 'search', args: { words: 'artillery' } }],
    ['look up artillery', { command: 'search', args: { words: 'artillery' } }],
    [
      'what did blinken say about  north  korea',
      { command: 'quote', args: { person: 'blinken', topic: 'north korea' } },
    ],
  ])('"%s", with its padding, politeness and spacing ignored', (text, invocation) => {
    expect(parse(text)).toEqual(invocation);
  });

  it.each([
    'can you help',
    'no help',
    'i want topics',
    'new people',
    'my brief me on putin-kim',
    'not tell me about kim',
    'research artillery',
    'the blinken',
    'people involved',
  ])('"%s" is not taken for a command whose words it merely contains', (text) => {
    expect(() => parse(text)).toThrow(expect.objectContaining({ code: 'not_understood' }));
  });

  it('answers anything else with a short hint', () => {
    let error: unknown;
    try {
      parse('make me a sandwich');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('not_understood');
    expect((error as UserError).hint).toContain('/help');
  });
});

describe('the plain-language phrasings, each read as a whole question', () => {
  // What the phrasings alone make of a question, before any fallback to a typed command.
  const meaning = (text: string) => {
    const found = matchRule(plainWords(text));
    return found ? found.rule.build(found.match, library) : undefined;
  };

  it.each([
    ['how does it work', { command: 'help', args: {} }],
    ['how do i use you', { command: 'help', args: {} }],
    ['commands', { command: 'help', args: {} }],
    ['topics', { command: 'topics', args: {} }],
    ['news', { command: 'topics', args: {} }],
    ['list the topics', { command: 'topics', args: {} }],
    ['show all briefings', { command: 'topics', args: {} }],
    ["what's in the news", { command: 'topics', args: {} }],
    ['what’s new', { command: 'topics', args: {} }],
    ['what’s happening with kim', { command: 'brief', args: { topic: 'kim' } }],
    ['brief on kim', { command: 'brief', args: { topic: 'kim' } }],
    ['catch me up on kim', { command: 'brief', args: { topic: 'kim' } }],
    ['fill me in about kim', { command: 'brief', args: { topic: 'kim' } }],
    ['update me regarding kim', { command: 'brief', args: { topic: 'kim' } }],
    ['give me a summary on kim', { command: 'brief', args: { topic: 'kim' } }],
    ['please tell me about kim', { command: 'brief', args: { topic: 'kim' } }],
    [
      "what's going on between russia and kim",
      { command: 'brief', args: { topic: 'russia and kim' } },
    ],
    ['summarize kim', { command: 'brief', args: { topic: 'kim' } }],
    ['summarise kim', { command: 'brief', args: { topic: 'kim' } }],
    ['news about kim', { command: 'brief', args: { topic: 'kim' } }],
    ['search kim', { command: 'search', args: { words: 'kim' } }],
    ['find kim', { command: 'search', args: { words: 'kim' } }],
    ['who called it a breakthrough', { command: 'search', args: { words: 'a breakthrough' } }],
    ['any news on kim', { command: 'brief', args: { topic: 'kim' } }],
    ['so what happened in pyongyang', { command: 'brief', args: { topic: 'pyongyang' } }],
  ])('"%s"', (text, invocation) => {
    expect(meaning(text)).toEqual(invocation);
  });

  it.each([
    'help me out',
    'topics of war',
    'my topics',
    'latest news',
    'guess who is kim',
    'people involved',
    'my people',
    'i said brief me on kim',
    'i tell me about kim',
    'do search kim',
    'guess who said breakthrough',
    'i wonder what happened in pyongyang',
  ])('"%s" matches no phrasing: a phrasing must start and end the question', (text) => {
    expect(meaning(text)).toBeUndefined();
  });
});

describe('slash syntax', () => {
  it.each([
    ['/brief russia-dprk', { command: 'brief', args: { topic: 'russia-dprk' } }],
    [
      '/brief russia-dprk section:quotes',
      { command: 'brief', args: { topic: 'russia-dprk', section: 'quotes' } },
    ],
    [
      '/brief section: quotes russia-dprk',
      { command: 'brief', args: { topic: 'russia-dprk', section: 'quotes' } },
    ],
    [
      '/brief topic:"north korea" page:2',
      { command: 'brief', args: { topic: 'north korea', page: '2' } },
    ],
    ['/brief north korea', { command: 'brief', args: { topic: 'north korea' } }],
    ['/quote blinken', { command: 'quote', args: { person: 'blinken' } }],
    ['/quote putin sanctions', { command: 'quote', args: { person: 'putin', topic: 'sanctions' } }],
    [
      '/quote shin won-sik satellites',
      { command: 'quote', args: { person: 'shin won-sik', topic: 'satellites' } },
    ],
    ['/quote putin putin-kim', { command: 'quote', args: { person: 'putin', topic: 'putin-kim' } }],
    ['/QUOTE Blinken', { command: 'quote', args: { person: 'Blinken' } }],
    ['quote blinken', { command: 'quote', args: { person: 'blinken' } }],
    ['/who', { command: 'who', args: {} }],
    ['/search “uphill battle”', { command: 'search', args: { words: 'uphill battle' } }],
    ['/help quote', { command: 'help', args: { command: 'quote' } }],
    ['  /quote blinken  ', { command: 'quote', args: { person: 'blinken' } }],
    ['search a/b', { command: 'search', args: { words: 'a/b' } }],
    ['/digest list', { command: 'digest list', args: {} }],
    ['/search note:this', { command: 'search', args: { words: 'note:this' } }],
    [
      '/quote blinken x-topic:sanctions',
      { command: 'quote', args: { person: 'blinken', topic: 'x-topic:sanctions' } },
    ],
    ['/search artillery shells', { command: 'search', args: { words: 'artillery shells' } }],
    [
      '/quote person:putin sanctions',
      { command: 'quote', args: { person: 'putin', topic: 'sanctions' } },
    ],
    [
      '/brief russia-dprk quotes',
      { command: 'brief', args: { topic: 'russia-dprk', section: 'quotes' } },
    ],
  ])('%s', (text, invocation) => {
    expect(parse(text)).toEqual(invocation);
  });

  it('suggests the nearest command for a misspelt one', () => {
    try {
      parse('/qoute blinken');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'unknown_command',
        message: 'There is no /qoute command.',
        hint: 'Try /help for the list of commands.',
      });
      expect((error as UserError).choices).toEqual([
        { label: '/quote', invocation: { command: 'help', args: { command: 'quote' } } },
      ]);
    }
  });

  it('keeps quoted phrases together', () => {
    expect(tokenize('a "b c" d:"e f" “g h”')).toEqual(['a', 'b c', 'd:e f', 'g h']);
    expect(tokenize('a "" b')).toEqual(['a', 'b']);
  });
});

describe('slash syntax: groups, options and errors', () => {
  const failure = (text: string) => {
    try {
      parse(text);
    } catch (error) {
      return error as UserError;
    }
    throw new Error(`"${text}" was understood`);
  };

  it.each([
    ['/digest', { command: 'help', args: { command: 'digest' } }],
    ['digest', { command: 'help', args: { command: 'digest' } }],
    ['/quote person:', { command: 'quote', args: { person: '' } }],
    ['/quote blinken page:2', { command: 'quote', args: { person: 'blinken', page: '2' } }],
    [
      '/quote shin won-sik sanctions page:2',
      { command: 'quote', args: { person: 'shin won-sik', topic: 'sanctions', page: '2' } },
    ],
    ['/who kim 2', { command: 'who', args: { person: 'kim 2' } }],
    ['/brief xyz:abc', { command: 'brief', args: { topic: 'xyz:abc' } }],
    [
      '/quote kim jong un sanctions',
      { command: 'quote', args: { person: 'kim jong un', topic: 'sanctions' } },
    ],
    [
      '/quote putin kim jong un',
      { command: 'quote', args: { person: 'putin', topic: 'kim jong un' } },
    ],
  ])('%s', (text, invocation) => {
    expect(parse(text)).toEqual(invocation);
  });

  it('names a group’s real subcommands for one it does not have', () => {
    const error = failure('/digest frobnicate');
    expect(error).toMatchObject({
      code: 'unknown_command',
      message: 'There is no /digest frobnicate command.',
      hint: '/digest is one of:',
    });
    expect(error.choices).toContainEqual({
      label: '/digest list',
      invocation: { command: 'help', args: { command: 'digest list' } },
    });
  });

  it('offers the line with a misspelt option corrected, as one click', () => {
    const error = failure('/quote blinken topik:sanctions');
    expect(error).toMatchObject({
      code: 'unknown_option',
      message: '/quote has no option “topik”.',
      hint: 'Did you mean “topic”? Its options: person, topic, page.',
    });
    expect(error.choices).toEqual([
      {
        label: '/quote topic:sanctions person:blinken',
        invocation: { command: 'quote', args: { topic: 'sanctions', person: 'blinken' } },
      },
    ]);
  });

  it.each([
    ['who’s jenny town', { command: 'who', args: { person: 'jenny town' } }],
    ['who said "breakthrough"?', { command: 'search', args: { words: 'breakthrough' } }],
    ['who used the word breakthrough', { command: 'search', args: { words: 'breakthrough' } }],
    // "please" closes a question only as a word of its own.
    ['search displease', { command: 'search', args: { words: 'displease' } }],
  ])('%s', (text, invocation) => {
    expect(parse(text)).toEqual(invocation);
  });

  it('reads a question of 2,000 characters, and refuses one longer before reading it', () => {
    const words = 'a'.repeat(2000 - 'search '.length);
    expect(parse(`  search ${words}  `)).toEqual({ command: 'search', args: { words } });
    expect(failure(`search ${words}b`)).toMatchObject({
      code: 'too_long',
      message: 'That is 2,001 characters long; I read at most 2,000 at a time.',
      hint: `Ask a shorter question, such as "${plainLanguageExamples[0]}".`,
    });
  });

  it('answers a question it cannot read with three examples and /help', () => {
    const [a, b, c] = plainLanguageExamples;
    expect(failure('https://x')).toMatchObject({
      code: 'not_understood',
      message: "Sorry, I didn't understand that.",
      hint: `Try "${a}", "${b}", "${c}", or /help for every command.`,
    });
  });

  it('lists everyone for “who is involved” and its kin, not a person named “involved”', () => {
    for (const text of [
      'who is involved',
      "who's in the news",
      'who is in the briefings',
      'people',
    ]) {
      expect(parse(text), text).toEqual({ command: 'who', args: {} });
    }
    expect(parse('who is kim')).toMatchObject({ command: 'who', args: { person: 'kim' } });
  });
});
