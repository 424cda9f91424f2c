import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/options.ts';
import { type BenchResults, formatReport, runBench } from '../../bench/run.ts';

// A tiny run of `npm run bench`, so that the bench cannot rot. It checks that every section runs
// and that the counts are right; never the timings, which depend on the machine.
const QUERIES = [
  '/brief <id>',
  '/quote <surname>',
  '/who <full name>',
  '/search <words>',
  '/search <words, one misspelt>',
  'autocomplete (3 letters)',
];

describe('npm run bench -- --quick', () => {
  let results: BenchResults;
  const scratch = mkdtempSync(join(tmpdir(), 'briefbot-bench-test-'));

  beforeAll(async () => {
    results = await runBench(parseOptions(['--quick', '--corpus', join(scratch, 'corpus')]));
  }, 120_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reports every section on the machine it ran on', () => {
    const report = formatReport(results);
    for (const title of ['## 1.', '## 2.', '## 3.', '## 4.', '## 5.', '## Targets'])
      expect(report).toContain(title);
    expect(results.machine.node).toBe(process.version);
  });

  it('times every query at every size, and both sides find what they are asked', () => {
    expect(results.core.map((row) => [row.size, row.query])).toEqual(
      [1, 20].flatMap((size) => QUERIES.map((query) => [size, query])),
    );
    for (const row of results.core) {
      expect(row.answered).toBe(true);
      expect(row.briefbot.runs).toBeGreaterThan(0);
      expect(row.baseline.runs).toBeGreaterThan(0);
    }
  });

  it('answers interactions on both platforms, beside the bare library, without logging errors', () => {
    expect(results.e2e.map((row) => row.platform)).toEqual(['discord', 'slack']);
    for (const row of results.e2e) {
      for (const side of [row.latency.briefbot, row.latency.floor, row.latency.sameReply])
        expect(side.runs).toBeGreaterThan(0);
      expect(row.throughput.briefbot.answered).toBeGreaterThan(0);
      expect(row.throughput.floor.answered).toBeGreaterThan(0);
      expect(row.loggedErrors).toBe(0);
    }
  });

  it('delivers every digest exactly once through the rate-limited fakes', () => {
    expect(results.fanout.map((row) => [row.platform, row.subscriptions])).toEqual([
      ['discord', 20],
      ['slack', 20],
      ['discord', 4],
      ['slack', 4],
    ]);
    for (const row of results.fanout)
      expect(row).toMatchObject({ lost: 0, duplicated: 0, timedOut: false });
    // The seed briefing's digest is one message; the second pair's are long enough for two.
    expect(results.fanout.map((row) => row.parts)).toEqual([1, 1, 2, 2]);
  });

  it('starts the bot at every size and picks up a changed file', () => {
    expect(results.startup.map((row) => row.size)).toEqual([1, 20]);
    for (const row of results.startup) {
      for (const figure of [
        row.readyMs,
        row.sourceReadyMs,
        row.answerMs,
        row.rssMb,
        row.reloadMs,
        row.naiveReadyMs,
      ])
        expect(Number.isFinite(figure)).toBe(true);
    }
  });

  it('drafts and announces every new feed item once, with reader queries timed beside it', () => {
    expect(results.feeds).toHaveLength(1);
    const [row] = results.feeds;
    expect(row).toMatchObject({ feeds: 4, itemsPerFeed: 2, drafted: 8, announced: 8 });
    expect(row?.readers.alone.runs).toBeGreaterThan(0);
    expect(row?.readers.withPoller.runs).toBeGreaterThan(0);
  });
});
