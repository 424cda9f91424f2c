import { describe, expect, it } from 'vitest';
import { completeLine } from '../../../src/adapters/console/complete-line.ts';
import { registry } from '../../../src/core/commands/index.ts';
import { seedLibrary } from '../../helpers/briefings.ts';

const library = seedLibrary();
const complete = (line: string) => completeLine(line, registry, library);

describe('console tab completion', () => {
  it('offers every command on an empty line', () => {
    const [hits] = complete('');
    expect(hits).toContain('/quote');
    expect(hits).toContain('/digest subscribe');
  });

  it('completes a command name from its first letters', () => {
    expect(complete('/qu')).toEqual([['/quote '], '/qu']);
    expect(complete('/digest s')[0]).toEqual(['/digest subscribe ']);
  });

  it('completes a person from a few letters of their surname, as a word the parser resolves', () => {
    expect(complete('/quote blin')).toEqual([['blinken'], 'blin']);
    expect(complete('/who stolt')).toEqual([['stoltenberg'], 'stolt']);
  });

  it('lists the people who speak most when nothing is typed yet', () => {
    const [hits] = complete('/quote ');
    expect(hits[0]).toBe('vladimir-putin');
  });

  it('completes a topic for the second argument', () => {
    expect(complete('/quote putin rus')[0]).toContain('russia-dprk');
  });

  it('completes option names and option values', () => {
    expect(complete('/brief russia-dprk sec')).toEqual([['section:'], 'sec']);
    expect(complete('/brief russia-dprk section:qu')).toEqual([['section:quotes'], 'section:qu']);
    expect(complete('/brief topic:rus')).toEqual([['topic:russia-dprk'], 'topic:rus']);
  });

  it('offers nothing for plain language or an unknown command', () => {
    expect(complete('what did blin')).toEqual([[], 'what did blin']);
    expect(complete('/nothing here')).toEqual([[], '/nothing here']);
  });
});
