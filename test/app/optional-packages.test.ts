import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { consoleEnv, quietConsole } from '../helpers/run.ts';

// PostgreSQL, Redis and the parse threads serve only deployments that ask for them, the pretty
// log format only a person at a terminal, and the code that reads feeds and drafts their items
// (feedsmith, linkedom, Readability) only a bot with a feed to read: a console start logging JSON
// loads none of them (about 260 ms of every start under the TypeScript loader for the first four,
// 0.6 s for the feeds' code). Each module that needs one loads it where it is first used. The
// feeds' end-to-end tests read feeds and draft from them, so they load that code when it is used.

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The packages a console start loaded, answering `input` on stdin, with `env` set. */
function packagesLoaded(dataDir: string, input: string, env: Record<string, string> = {}) {
  const run = spawnSync(
    process.execPath,
    ['--import', './test/helpers/loaded-packages.mjs', '--import', 'tsx', 'src/main.ts'],
    {
      input,
      encoding: 'utf8',
      timeout: 60_000,
      env: consoleEnv({ DATA_DIR: dataDir, ...quietConsole, ...env }),
    },
  );
  const line = run.stderr.split('\n').find((text) => text.startsWith('LOADED '));
  if (line === undefined) throw new Error(`no list of packages: ${run.stderr.slice(-500)}`);
  return { packages: line.slice('LOADED '.length).split(' '), stdout: run.stdout };
}

describe('optional packages', () => {
  it('are not loaded by a console start that needs none of them', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-optional-'));
    folders.push(dataDir);
    const { packages, stdout } = packagesLoaded(dataDir, '/quote blinken\n');
    // The start answered, and loaded what every start needs: the probe sees CommonJS packages.
    expect(stdout).toContain('Blinken');
    expect(packages).toContain('better-sqlite3');
    expect(packages).toContain('yaml');
    const optionals = ['pg', 'pg-boss', 'ioredis', 'piscina', 'pino-pretty'];
    const feedReading = ['feedsmith', 'linkedom', '@mozilla/readability'];
    for (const optional of [...optionals, ...feedReading]) expect(packages).not.toContain(optional);
  });

  it('loads the pretty log format when it is asked for', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-optional-'));
    folders.push(dataDir);
    const { packages } = packagesLoaded(dataDir, '', { LOG_FORMAT: 'pretty' });
    expect(packages).toContain('pino-pretty');
    expect(packages).not.toContain('pg');
  });
});
