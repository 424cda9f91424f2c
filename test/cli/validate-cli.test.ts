import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { consoleEnv, run } from '../helpers/run.ts';

const validate = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/validate.ts', ...args], { env: consoleEnv() });

describe('npm run validate', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const folder = (files: Parameters<typeof briefingDir>[0]) => {
    const dir = briefingDir(files);
    dirs.push(dir);
    return dir;
  };

  it('exits 0 on warnings alone, and 1 with --strict', async () => {
    const dir = folder({ 'a.yaml': briefingData({ id: 'a', related: ['not-written-yet'] }) });
    const lenient = await validate([dir]);
    expect(lenient.stdout).toContain('related briefing "not-written-yet" does not exist (warning)');
    expect(lenient.code).toBe(0);
    const strict = await validate([dir, '--strict']);
    expect(strict.stdout).toBe(lenient.stdout);
    expect(strict.code).toBe(1);
  });

  it('reports field errors and unknown speakers of one file in the same run, and exits 1', async () => {
    const data = briefingData({ id: 'both', titel: 'A misspelt field' });
    const statements = data.statements as Record<string, unknown>[];
    (statements[0] as Record<string, unknown>).speaker = 'nobody-listed';
    const dir = folder({ 'both.yaml': data });
    const result = await validate([dir]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.some((line) => line.includes(' titel: unknown field "titel"'))).toBe(true);
    expect(
      lines.some((line) =>
        line.includes(' statements.0.speaker: speaker "nobody-listed" is not listed'),
      ),
    ).toBe(true);
  });

  it('names a copy saved beside a briefing as the file refused, and exits 1', async () => {
    const dir = folder({
      'russia-yukos.yaml': briefingData({ id: 'russia-yukos' }),
      'russia-yukos copy.yaml': briefingData({ id: 'russia-yukos' }),
    });
    const result = await validate([dir]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim()).toMatch(
      new RegExp(
        `^${join(dir, 'russia-yukos copy.yaml')}:1:\\d+ id: briefing id "russia-yukos" is already used by ${join(dir, 'russia-yukos.yaml')}`,
      ),
    );
  });

  it('exits 2 on an unknown option, with the usage', async () => {
    const result = await validate(['--strcit']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option --strcit.');
    expect(result.stderr).toContain('Usage: npm run validate');
  });
});
