import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { run } from '../helpers/run.ts';

describe('npm run ask', () => {
  it('prints Blinken’s reported statement with its source and exits 0', async () => {
    const result = await run('npm', ['run', '--silent', 'ask', '--', '/quote blinken']);
    expect(result.code).toBe(0);
    const text = result.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Reported: Russia was desperately trying to cement relations');
    expect(text).toContain('Financial Times, republished by Dlight News, 20 Jul 2024 · ¶16');
  });

  it('exits non-zero with the message on stderr for an unknown person', async () => {
    const result = await run('npm', ['run', '--silent', 'ask', '--', 'what did nobody-at-all say']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('No one called "nobody-at-all" appears in the briefings.');
  });
});

describe('npm run validate', () => {
  it('exits 0 on the shipped briefings', async () => {
    const result = await run('npm', ['run', '--silent', 'validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('lists every problem as file:line:column field.path: message and exits 1', async () => {
    const dir = briefingDir({
      'good.yaml': briefingData({ id: 'good' }),
      'syntax.yaml': 'id: broken\ntitle: [oops\n',
      'schema.yaml': briefingData({ id: 'schema', keyPoints: [{ text: 'x', paragraphs: [] }] }),
    });
    const result = await run('npm', ['run', '--silent', 'validate', '--', dir]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${join(dir, 'schema.yaml')}:7:17 keyPoints.0.paragraphs: name the paragraph(s) this point rests on`,
      `${join(dir, 'syntax.yaml')}:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });
});
