import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CompiledBot, compileBot } from '../../bench/compiled-bot.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { removedAfterEach } from '../helpers/folders.ts';
import { consoleEnv, quietConsole } from '../helpers/run.ts';

// A deployment runs the bot compiled (`npm run build`, then `node dist/main.js`), with no
// TypeScript loader: whatever names a TypeScript file at run time, rather than importing it, must
// still find its compiled twin there. The build's settings are `tsconfig.build.json`'s.

const folder = removedAfterEach();
let compiled: CompiledBot;

beforeAll(() => {
  compiled = compileBot();
}, 60_000);
afterAll(() => compiled?.remove());

describe('the compiled bot', () => {
  it('starts as the console and answers, without the TypeScript loader', () => {
    const dataDir = folder(mkdtempSync(join(tmpdir(), 'briefbot-compiled-data-')));
    const run = spawnSync(process.execPath, [compiled.main], {
      input: '/quote blinken\n',
      encoding: 'utf8',
      timeout: 60_000,
      env: consoleEnv({ DATA_DIR: dataDir, ...quietConsole }),
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Blinken');
    expect(run.stderr).not.toContain('"level":50');
  });

  it('parses on worker threads, each loading its compiled task', () => {
    const files: Record<string, Record<string, unknown>> = {};
    for (let i = 0; i < 8; i++) files[`topic-${i}.yaml`] = briefingData({ id: `topic-${i}` });
    const dir = folder(briefingDir(files));
    const module = pathToFileURL(join(dirname(compiled.main), 'content/parallel-parse.js')).href;
    // One worker beside the main thread, batches of two: the worker takes some of them. A worker
    // that cannot load its task is reported, and its batches parsed on the main thread instead.
    const script = `
      const { parseInParallel } = await import(${JSON.stringify(module)});
      const errors = [];
      const parsed = await parseInParallel(${JSON.stringify(dir)}, ${JSON.stringify(Object.keys(files))}, {
        maxBytes: 1 << 20, threads: 1, batch: 2, onThreadError: (error) => errors.push(String(error)),
      });
      console.log(JSON.stringify({ parsed: [...parsed.keys()].sort(), errors }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ parsed: Object.keys(files).sort(), errors: [] });
  });
});
