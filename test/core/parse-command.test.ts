import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { registry } from '../../src/core/commands/index.ts';
import { commandTokens, parseCommand } from '../../src/core/parse-command.ts';
import type { UserError } from '../../src/core/user-error.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData, seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();
const parse = (text: string) => parseCommand(text, registry, library);
const failure = (text: string) => {
  try {
    parse(text);
  } catch (error) {
    return error as UserError;
  }
  throw new Error(`"${text}" was understood`);
};

describe('reading a typed command', () => {
  it('reads a command with spaces around it, and only a leading slash as the slash', () => {
    expect(parse('  /quote blinken  ')).toEqual({ command: 'quote', args: { person: 'blinken' } });
    expect(parse('search a/b')).toEqual({ command: 'search', args: { words: 'a/b' } });
  });

  it('reads at most 2,000 characters of a command and of its words', () => {
    const long = `/search ${'a'.repeat(2500)}`;
    expect(parse(long)).toEqual({ command: 'search', args: { words: 'a'.repeat(1992) } });
    expect(commandTokens(`  ${'b'.repeat(2500)}`)).toEqual(['b'.repeat(1998)]);
    expect(commandTokens('  quote "shin won-sik"  ')).toEqual(['quote', 'shin won-sik']);
  });

  it('says a single unknown word, or a slash alone, is no command', () => {
    expect(failure('/qoute')).toMatchObject({ code: 'unknown_command' });
    expect(failure('/')).toMatchObject({
      code: 'unknown_command',
      message: 'There is no / command.',
    });
  });

  it('offers no corrected line when the correction still has a misspelt option', () => {
    const error = failure('/quote topik:a persan:b');
    expect(error).toMatchObject({
      code: 'unknown_option',
      message: '/quote has no option “topik”.',
    });
    expect(error.choices).toEqual([]);
  });

  it('gives a name argument the words that name someone, even misspelt or without hyphens', () => {
    expect(parse('/quote blinkin sanctions')).toEqual({
      command: 'quote',
      args: { person: 'blinkin', topic: 'sanctions' },
    });
    expect(parse('/quote shin won sik sanctions')).toEqual({
      command: 'quote',
      args: { person: 'shin won sik', topic: 'sanctions' },
    });
    expect(parse('/quote kim sanctions')).toEqual({
      command: 'quote',
      args: { person: 'kim', topic: 'sanctions' },
    });
  });

  it('reads on past a name two people share, to the misspelt full name of one of them', () => {
    const kims = createLibrary([
      briefingSchema.parse(
        briefingData({
          people: [
            { id: 'kim-jong-un', name: 'Kim Jong Un', role: 'Leader', aliases: ['Kim'] },
            { id: 'kim-yo-jong', name: 'Kim Yo Jong', role: 'His sister', aliases: ['Kim'] },
            { id: 'ada-lovelace', name: 'Ada Lovelace', role: 'Mathematician' },
          ],
        }),
      ),
    ]);
    const parseIn = (text: string) => parseCommand(text, registry, kims);
    expect(parseIn('/quote kim jong unn')).toEqual({
      command: 'quote',
      args: { person: 'kim jong unn' },
    });
    // A misspelt name of two words, then the topic: the words of the name are read together.
    expect(parseIn('/quote ada lovelac sanctions')).toEqual({
      command: 'quote',
      args: { person: 'ada lovelac', topic: 'sanctions' },
    });
  });

  it('gives an argument that names nothing one word, and the last argument the rest', () => {
    expect(parse('/review reject abc too vague')).toEqual({
      command: 'review reject',
      args: { id: 'abc', reason: 'too vague' },
    });
  });

  it('keeps a word with an empty value or a link after its colon as a word, not an option', () => {
    expect(parse('/quote blinken topik:')).toEqual({
      command: 'quote',
      args: { person: 'blinken', topic: 'topik:' },
    });
    expect(parse('/quote blinken topik://x')).toEqual({
      command: 'quote',
      args: { person: 'blinken', topic: 'topik://x' },
    });
  });
});
