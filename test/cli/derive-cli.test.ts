import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/content/parse-briefing.ts';
import { deriveBriefing } from '../../src/derive/derive.ts';
import { run } from '../helpers/run.ts';

const seed = 'test/fixtures/articles/russia-dprk.txt';
const derive = (...args: string[]) => run('npm', ['run', '--silent', 'derive', '--', ...args]);
const evalDerive = (...args: string[]) =>
  run('npm', ['run', '--silent', 'eval:derive', '--', ...args]);

describe('npm run derive', { timeout: 60_000 }, () => {
  it('prints a valid draft for an article file, and the same draft for the text on stdin', async () => {
    const text = readFileSync(seed, 'utf8');
    const fromFile = await derive(seed);
    expect(fromFile.code).toBe(0);
    const parsed = parseBriefing('russia-dprk.yaml', fromFile.stdout);
    expect(parsed.problems).toEqual([]);
    expect(parsed.briefing).toMatchObject({ id: 'russia-dprk', draft: true });
    expect(fromFile.stderr).toContain('13 quote(s)');
    expect(fromFile.stdout).toBe(
      deriveBriefing(text, { id: 'russia-dprk', source: 'russia-dprk.txt' }).yaml,
    );

    const fromStdin = await run(
      'npm',
      ['run', '--silent', 'derive', '--', '-', '--id', 'from-stdin'],
      {
        input: text,
      },
    );
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(deriveBriefing(text, { id: 'from-stdin' }).yaml);
  });

  it('writes to --out, refuses to overwrite an existing file, and overwrites with --force', async () => {
    const out = mkdtempSync(join(tmpdir(), 'briefbot-derive-'));
    const target = join(out, 'russia-dprk.yaml');
    const first = await derive(seed, '--out', out);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(existsSync(target)).toBe(true);

    writeFileSync(target, 'an editor’s work\n');
    const again = await derive(seed, '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; give --force to overwrite it');
    expect(readFileSync(target, 'utf8')).toBe('an editor’s work\n');

    const forced = await derive(seed, '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('draft: true');
  });

  it('exits 2 with the usage for a missing or unreadable article', async () => {
    const none = await derive();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: npm run derive');
    const missing = await derive('no/such/article.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such/article.txt: cannot read');
  });
});

describe('npm run eval:derive', { timeout: 60_000 }, () => {
  it('prints the scores per file and in total, or the same as JSON with --json', async () => {
    const table = await evalDerive('test/fixtures/articles');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^russia-dprk +13\/13 +1\.00 +1\.00 +1\.00 +1\.00 +1\.00 +1\.00/m);
    expect(table.stdout).toMatch(/^total /m);

    const json = await evalDerive('test/fixtures/articles', '--json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.files.map((f: { name: string }) => f.name)).toContain('russia-dprk');
    expect(result.total.exact).toMatchObject({ matched: 53, expected: 53 });
    expect(typeof result.msPerArticle).toBe('number');
  });

  it('exits 2 for a folder with no labelled articles or a broken answer key', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'briefbot-eval-'));
    const none = await evalDerive(empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no NAME.txt with a NAME.quotes.json');

    writeFileSync(join(empty, 'story.txt'), 'Headline\n\nA story with enough words to count.\n');
    writeFileSync(join(empty, 'story.quotes.json'), '{ "quotes": [ { "quote": "x" } ] }');
    const broken = await evalDerive(empty);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('story.quotes.json');
  });
});
