import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { slowRuns } from './hostile.ts';

const seed = readFileSync('briefings/russia-dprk.yaml', 'utf8');
const lines = seed.split('\n');

/** Ways an editor's save (or a bad merge, or a full disk) can break the file. */
const mutations = fc.oneof(
  fc.nat({ max: seed.length }).map((at) => seed.slice(0, at)),
  fc.tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: lines.length - 1 })).map(([a, b]) => {
    const copy = [...lines];
    [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
    return copy.join('\n');
  }),
  fc.nat({ max: lines.length - 1 }).map((at) => lines.filter((_, i) => i !== at).join('\n')),
  fc
    .tuple(
      fc.nat({ max: lines.length - 1 }),
      fc.constantFrom(
        '42',
        'true',
        '[]',
        '{}',
        '~',
        '"',
        "'",
        '- x',
        '&a',
        '*a',
        '!!binary AAAA',
        '\t',
        '@',
      ),
    )
    .map(([at, value]) =>
      lines.map((line, i) => (i === at ? line.replace(/:\s.*$/, `: ${value}`) : line)).join('\n'),
    ),
  fc
    .nat({ max: lines.length - 1 })
    .map((at) => [...lines.slice(0, at + 1), lines[at] ?? '', ...lines.slice(at + 1)].join('\n')),
  fc
    .tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: 200_000 }))
    .map(([at, size]) =>
      lines.map((line, i) => (i === at ? `${line}${'x'.repeat(size)}` : line)).join('\n'),
    ),
  fc
    .tuple(fc.nat({ max: seed.length }), fc.string({ unit: 'binary', maxLength: 20 }))
    .map(([at, noise]) => seed.slice(0, at) + noise + seed.slice(at)),
  fc
    .nat({ max: lines.length - 1 })
    .map((at) => lines.map((line, i) => (i === at ? `  ${line}` : line)).join('\n')),
);

describe('the briefing loader survives any damaged file', () => {
  it('never throws, and every problem names the file and a real line', () => {
    fc.assert(
      fc.property(mutations, (source) => {
        const parsed = parseBriefing('briefings/russia-dprk.yaml', source);
        const lineCount = source.split('\n').length;
        for (const problem of parsed.problems) {
          expect(problem.file).toBe('briefings/russia-dprk.yaml');
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        // A file is either served or reported, never silently dropped.
        expect(
          parsed.briefing !== undefined || parsed.problems.some((p) => p.severity === 'error'),
        ).toBe(true);
      }),
      { numRuns: slowRuns },
    );
  });

  it('survives alias bombs without expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    const parsed = parseBriefing('bomb.yaml', bomb.join('\n'));
    expect(parsed.briefing).toBeUndefined();
    expect(parsed.problems.length).toBeGreaterThan(0);
  });
});
