import { describe, expect, it } from 'vitest';
import { registry } from '../../src/core/commands/index.ts';
import { tokenize } from '../../src/core/parse-command.ts';
import { parseText } from '../../src/core/parse-text.ts';
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
