import { describe, expect, it } from 'vitest';
import { resolveName, resolveSpeaker, resolveTopic } from '../../src/core/resolve.ts';
import { UserError } from '../../src/core/user-error.ts';
import { seedLibrary } from '../helpers/briefings.ts';

const library = seedLibrary();
const retry = (id: string) => ({ command: 'quote', args: { person: id } });

function speakerId(query: string): string {
  return resolveSpeaker(library, query, retry).id;
}

function failure(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('resolving names', () => {
  it.each([
    ['antony-blinken', 'antony-blinken'],
    ['Antony Blinken', 'antony-blinken'],
    ['BLINKEN', 'antony-blinken'],
    ['blinkin', 'antony-blinken'],
    ['stoltenburg', 'jens-stoltenberg'],
    ['the Russian president', 'vladimir-putin'],
    ['russian president', 'vladimir-putin'],
    ['Shin Won-sik', 'shin-won-sik'],
    ['shin won sik', 'shin-won-sik'],
    ['Shin Wŏn-sik', 'shin-won-sik'],
    ['Kim Jong-un', 'kim-jong-un'],
    ['kremlin', 'kremlin'],
    ['the Kremlin', 'kremlin'],
    ['Western officials', 'western-officials'],
    ['leif eric easley', 'leif-eric-easley'],
  ])('%s is %s', (query, id) => {
    expect(speakerId(query)).toBe(id);
  });

  it('lists the candidates when a name fits several', () => {
    const error = failure(() => resolveSpeaker(library, 'korean', retry));
    expect(error.code).toBe('ambiguous_person');
    const ids = error.choices.map((choice) => choice.invocation.args.person);
    expect(ids).toEqual(expect.arrayContaining(['kim-jong-un', 'shin-won-sik', 'south-korea']));
    expect(error.choices.every((choice) => choice.invocation.command === 'quote')).toBe(true);
  });

  it('says when no one has the name, and suggests the nearest', () => {
    const error = failure(() => resolveSpeaker(library, 'stoltz', retry));
    expect(error.code).toBe('unknown_person');
    expect(error.choices.map((choice) => choice.invocation.args.person)).toContain(
      'jens-stoltenberg',
    );
    // Nothing spelt like it: a few real people to pick from instead of a dead end.
    const nothing = failure(() => resolveSpeaker(library, 'zzzzqqq', retry));
    expect(nothing.hint).toBe('Some of the people in the briefings (or /who for everyone):');
    expect(nothing.choices[0]?.invocation.args.person).toBe('vladimir-putin');
  });

  it.each([
    ['russia-dprk', 'russia-dprk'],
    ['putin-kim', 'russia-dprk'],
    ['putin kim', 'russia-dprk'],
    ['north korea', 'russia-dprk'],
    ['North-Korea-Russia', 'russia-dprk'],
    ['russia and north korea', 'russia-dprk'],
    ['pyongyang', 'russia-dprk'],
  ])('topic %s is %s', (query, id) => {
    expect(
      resolveTopic(library, query, (found) => ({ command: 'brief', args: { topic: found } })).id,
    ).toBe(id);
  });

  it('says when no briefing fits a topic', () => {
    const error = failure(() =>
      resolveTopic(library, 'brexit', (id) => ({ command: 'brief', args: { topic: id } })),
    );
    expect(error.code).toBe('unknown_topic');
    expect(error.message).toBe('There is no briefing about "brexit".');
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(resolveName(library.names, '  ')).toEqual({ unknown: [] });
    expect(resolveName(library.names, '!!!')).toEqual({ unknown: [] });
  });
});
