import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type BriefingSnapshot, createBriefingFiles } from '../../src/content/briefing-files.ts';
import { briefingData } from '../helpers/briefings.ts';
import { run } from '../helpers/run.ts';

const made: string[] = [];
const writers: ChildProcess[] = [];
afterEach(() => {
  for (const writer of writers.splice(0)) if (writer.exitCode === null) writer.kill('SIGKILL');
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-special-'));
  made.push(dir);
  return dir;
}

/** A folder with one good briefing, `a.yaml`; `add` then puts the entry under test in it. */
function folder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.yaml'), stringify(briefingData({ id: 'a' })));
  return dir;
}

interface Seen {
  ids: string[];
  problems: string[];
}

const seen = (snapshot: BriefingSnapshot): Seen => ({
  ids: snapshot.briefings.map((briefing) => briefing.id).sort(),
  problems: snapshot.problems.map((problem) => `${problem.file}: ${problem.message}`),
});

/**
 * What the bot makes of the folder after `add` puts an entry in it, three ways: at start, as a
 * change the watcher reports to a running bot, and through `npm run validate`.
 */
async function threeWays(add: (dir: string) => void, maxBytes?: number) {
  const options = maxBytes === undefined ? {} : { maxBytes };
  const startDir = folder();
  add(startDir);
  const atStart = seen(createBriefingFiles(startDir, options).loadAll());

  const runningDir = folder();
  const files = createBriefingFiles(runningDir, options);
  files.loadAll();
  add(runningDir);
  const onReload = seen(files.reload('b.yaml'));

  const validated = await run(
    process.execPath,
    ['--import', 'tsx', 'src/cli/validate.ts', startDir],
    {
      env: { ...process.env, BRIEFING_MAX_BYTES: String(maxBytes ?? '') },
    },
  );
  const relative = (result: Seen, dir: string) => ({
    ids: result.ids,
    problems: result.problems.map((line) => line.replace(dir, '<dir>')),
  });
  return {
    atStart: relative(atStart, startDir),
    onReload: relative(onReload, runningDir),
    validate: { code: validated.code, out: validated.stdout.replaceAll(startDir, '<dir>') },
  };
}

describe('only regular files in the briefings folder are read, the same way everywhere', () => {
  it('a named pipe is reported and never opened for a blocking read', async () => {
    const result = await threeWays((dir) => {
      const pipe = join(dir, 'b.yaml');
      execFileSync('mkfifo', [pipe]);
      // Were the pipe read, this writer would release the read a little later with text that
      // parses as a broken briefing; the assertions below tell the two apart.
      const writer = spawn('sh', ['-c', `sleep 2; printf 'id: [' > '${pipe}'`], {
        stdio: 'ignore',
      });
      writers.push(writer);
    });
    for (const way of [result.atStart, result.onReload]) {
      expect(way.ids).toEqual(['a']);
      expect(way.problems).toEqual(['<dir>/b.yaml: is a named pipe, not a regular file; not read']);
    }
    expect(result.validate.code).toBe(1);
    expect(result.validate.out).toContain('<dir>/b.yaml:1:1: is a named pipe');
  });

  it('a link to /dev/zero is reported, not read', async () => {
    const result = await threeWays((dir) => symlinkSync('/dev/zero', join(dir, 'b.yaml')));
    for (const way of [result.atStart, result.onReload]) {
      expect(way.ids).toEqual(['a']);
      expect(way.problems[0]).toContain(
        '<dir>/b.yaml: is a link to a file outside the briefings folder',
      );
    }
    expect(result.validate.code).toBe(1);
  });

  it('a link to a briefing outside the folder is reported and not served, at start, on a change and by validate', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'b.yaml'), stringify(briefingData({ id: 'b' })));
    const result = await threeWays((dir) =>
      symlinkSync(join(outside, 'b.yaml'), join(dir, 'b.yaml')),
    );
    const reported = [
      '<dir>/b.yaml: is a link to a file outside the briefings folder; not read (copy the file in instead)',
    ];
    expect(result.atStart).toEqual({ ids: ['a'], problems: reported });
    expect(result.onReload).toEqual({ ids: ['a'], problems: reported });
    expect(result.validate.code).toBe(1);
    expect(result.validate.out).toContain('<dir>/b.yaml:1:1: is a link to a file outside');
  });

  it('a link to a briefing inside the folder serves at start and on a change alike', async () => {
    const result = await threeWays((dir) => {
      mkdirSync(join(dir, 'drafts'));
      writeFileSync(join(dir, 'drafts', 'b.yml.txt'), stringify(briefingData({ id: 'b' })));
      symlinkSync(join('drafts', 'b.yml.txt'), join(dir, 'b.yaml'));
    });
    expect(result.atStart).toEqual({ ids: ['a', 'b'], problems: [] });
    expect(result.onReload).toEqual({ ids: ['a', 'b'], problems: [] });
    expect(result.validate.code).toBe(0);
  });

  it('a file over the size limit is reported with its size and the limit, and not served', async () => {
    const limit = 4096;
    const big = stringify(briefingData({ id: 'b', summary: 'x'.repeat(5000) }));
    const result = await threeWays((dir) => writeFileSync(join(dir, 'b.yaml'), big), limit);
    const reported = [
      `<dir>/b.yaml: is ${Buffer.byteLength(big).toLocaleString('en-US')} bytes, over the limit of 4,096 bytes (BRIEFING_MAX_BYTES); not read`,
    ];
    expect(result.atStart).toEqual({ ids: ['a'], problems: reported });
    expect(result.onReload).toEqual({ ids: ['a'], problems: reported });
    expect(result.validate.code).toBe(1);
    expect(result.validate.out).toContain('over the limit of 4,096 bytes');
  });
});
