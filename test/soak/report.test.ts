import { describe, expect, it } from 'vitest';
import { markdown, memory, type SoakResult, summariseRequests } from '../../soak/report.ts';

const MB = 2 ** 20;

function result(overrides: Partial<SoakResult> = {}): SoakResult {
  return {
    date: '2026-12-05T00:00:00.000Z',
    machine: { cpu: 'cpu', cores: 2, memoryGb: 8, os: 'Linux', node: 'v20.20.2' },
    minutes: 5,
    requestsPerSecond: 10,
    ...summariseRequests([]),
    memory: memory([], 1, 0, 60_000, {
      warm: { heapUsed: undefined, rss: undefined },
      end: { heapUsed: undefined, rss: undefined },
    }),
    digests: {
      subscriptions: 0,
      due: 0,
      delivered: 0,
      duplicated: 0,
      lost: 0,
      misdirected: 0,
      repeatedPosts: 0,
      historyChecks: 0,
      delaySeconds: { p50: null, p99: null, max: null },
      statuses: {},
    },
    restart: {},
    faults: [],
    crashes: 0,
    exits: [],
    secretsInLogs: { token: false },
    errorLogLines: {},
    subscribeFailures: [],
    rssSeries: [],
    errorSamples: [],
    ...overrides,
  };
}

/** The report's row for a figure, as its cells. */
function row(table: string, figure: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| ${figure} |`));
  return (line ?? '').split(' | ').map((cell) => cell.replace(/^\| | \|$/g, ''));
}

describe('the soak report', () => {
  it('prints "not measured" for every figure it could not read, and marks its target unmet', () => {
    const table = markdown(result());
    expect(row(table, 'Latency p50 / p99 / max')[1]).toBe(
      'not measured / not measured / not measured ms',
    );
    expect(row(table, 'RSS after warm-up → end, each after a full GC').slice(1)).toEqual([
      'not measured → not measured MB (not measured)',
      '< 10% growth: not met (not measured)',
    ]);
    expect(row(table, 'Live JS heap after warm-up → end, after a full GC')[1]).toBe(
      'not measured → not measured MB (not measured)',
    );
    expect(row(table, 'RSS sampled in between: first → last minute, range, trend')[1]).toBe(
      'not measured → not measured MB, not measured–not measured MB, not measured',
    );
    expect(row(table, 'Digest delay p50 / p99 / max')[1]).toBe(
      'not measured / not measured / not measured s',
    );
    expect(row(table, 'Digests lost')[2]).toBe('0: not met (not measured)');
    expect(row(table, 'Forged, stale or tampered Slack requests refused')[2]).toBe(
      'all: not met (not measured)',
    );
    expect(table).not.toMatch(/\+0%|\b0 \/ 0 \/ 0\b/);
  });

  it('prints one missing reading as not measured and keeps the one it has', () => {
    const m = memory([], 1, 0, 60_000, {
      warm: { heapUsed: 40 * MB, rss: 100 * MB },
      end: { heapUsed: 44 * MB, rss: undefined },
    });
    expect(m).toMatchObject({
      warmRssMb: 100,
      endRssMb: null,
      growthPercent: null,
      warmHeapMb: 40,
      endHeapMb: 44,
      heapGrowthPercent: 10,
    });
    const table = markdown(result({ memory: m }));
    expect(row(table, 'RSS after warm-up → end, each after a full GC')[1]).toBe(
      '100 → not measured MB (not measured)',
    );
    expect(row(table, 'Live JS heap after warm-up → end, after a full GC')[1]).toBe(
      '40 → 44 MB (+10%)',
    );
  });

  it('prints measured figures and says whether each target was met', () => {
    const samples = [0, 30_000, 60_000].map((at, i) => ({ at, pid: 1, bytes: (100 + i) * MB }));
    const table = markdown(
      result({
        memory: memory(samples, 1, 0, 60_000, {
          warm: { heapUsed: 40 * MB, rss: 100 * MB },
          end: { heapUsed: 40 * MB, rss: 115 * MB },
        }),
        digests: {
          ...result().digests,
          due: 10,
          delivered: 10,
          delaySeconds: { p50: 1, p99: 2, max: 3 },
        },
        forged: { sent: 4, refused: 4 },
      }),
    );
    expect(row(table, 'RSS after warm-up → end, each after a full GC').slice(1)).toEqual([
      '100 → 115 MB (+15%)',
      '< 10% growth: not met',
    ]);
    expect(row(table, 'RSS sampled in between: first → last minute, range, trend')[1]).toBe(
      '101 → 101 MB, 100–102 MB, +2 MB/min',
    );
    expect(row(table, 'Digests lost')[2]).toBe('0: met');
    expect(row(table, 'Digest delay p50 / p99 / max')[1]).toBe('1 / 2 / 3 s');
    expect(row(table, 'Forged, stale or tampered Slack requests refused')[2]).toBe('all: met');
  });

  it('with several processes, shows the kills and counts a request cut off by one apart from the errors', () => {
    const outcomes = [
      { kind: 'slack DM', ok: true, ms: 10, slot: 0, retried: 1 },
      { kind: 'slack DM', ok: true, ms: 12, slot: 1, redelivered: true },
      { kind: 'discord DM', ok: false, ms: 15_000, error: 'no answer', slot: 0, cutOff: true },
      { kind: 'discord DM', ok: false, ms: 15_000, error: 'no answer', slot: 1 },
    ];
    const requests = summariseRequests(outcomes);
    expect(requests.requests).toMatchObject({
      sent: 3,
      handled: 2,
      errors: 1,
      cutOffByKill: 1,
      retriedElsewhere: 1,
      redelivered: 1,
    });
    const table = markdown(
      result({
        ...requests,
        instances: {
          count: 3,
          shards: '3:0, 3:1, 3:2',
          killEverySeconds: 75,
          kills: [
            { at: '2026-12-05T00:01:00.000Z', process: 2, pid: 7, downMs: 3000, restartMs: 9000 },
          ],
          fanOutKill: 1,
          answeredByProcess: [1, 1, 0],
          takenOver: 4,
        },
      }),
    );
    expect(row(table, 'Processes')[1]).toMatch(/^3 \(Discord shards 3:0, 3:1, 3:2/);
    expect(
      row(
        table,
        'SIGKILLs to a random process (one while a briefing file is broken), each restarted after a few seconds',
      )[1],
    ).toBe('1 (about every 75 s), plus 1 during a fan-out (process 1)');
    expect(
      row(
        table,
        'Requests in flight on a process when it was killed (unanswered, not counted as errors)',
      )[1],
    ).toBe('1');
    expect(row(table, 'Errors (no answer, apology, wrong answer, non-2xx)')[1]).toBe('1');
    expect(markdown(result())).not.toContain('| Processes |');
  });
});
