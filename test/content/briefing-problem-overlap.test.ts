import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { briefingData } from '../helpers/briefings.ts';

// A file that fails the schema is checked across too, so one run reports every problem; a check
// that finds fault where the schema already did would repeat it, and is left out.
const problems = (overrides: Record<string, unknown>) =>
  parseBriefing('b.yaml', stringify(briefingData(overrides))).problems.map((p) => [
    p.path,
    p.severity,
  ]);
const statement = (fields: Record<string, unknown>) => ({
  speaker: 'ada-lovelace',
  kind: 'direct',
  text: 'It happened',
  context: 'It happened.',
  paragraph: 1,
  ...fields,
});

describe('problems from the schema and from the checks together', () => {
  it('reports a check beside a schema problem elsewhere in the file', () => {
    expect(problems({ summary: 5, statements: [statement({ speaker: 'babbage' })] })).toEqual([
      ['summary', 'error'],
      ['statements.0.speaker', 'error'],
    ]);
  });

  it('reports a field the schema refused once, not again from the checks', () => {
    expect(problems({ statements: [statement({ speaker: 'Not A Slug' })] })).toEqual([
      ['statements.0.speaker', 'error'],
    ]);
  });

  it('leaves out what the checks find inside an entry the schema refused whole', () => {
    expect(problems({ statements: ['just text'] })).toEqual([['statements.0', 'error']]);
  });

  it('tells statement 1 from statement 10 when leaving problems out', () => {
    const statements = Array.from({ length: 11 }, (_, i) =>
      i === 1 ? 'just text' : statement(i === 10 ? { speaker: 'babbage' } : {}),
    );
    expect(problems({ statements })).toEqual([
      ['statements.1', 'error'],
      ['statements.10.speaker', 'error'],
    ]);
  });

  it('serves no briefing with an error, even beside a warning', () => {
    const parsed = parseBriefing(
      'b.yaml',
      stringify(
        briefingData({
          aliases: ['test-topic'],
          statements: [statement({ speaker: 'babbage' })],
        }),
      ),
    );
    expect(parsed.briefing).toBeUndefined();
    expect(parsed.problems.map((p) => p.severity).sort()).toEqual(['error', 'warning']);
  });
});
