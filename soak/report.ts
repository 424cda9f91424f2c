import { cpus, release, totalmem, type } from 'node:os';
import type { FaultRecord } from './faults.ts';
import { type DigestLedger, percentile } from './ledger.ts';
import { FORGED, type Outcome } from './requests.ts';

export interface RssSample {
  at: number;
  pid: number;
  bytes: number;
}

export interface SoakResult {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; node: string };
  minutes: number;
  requestsPerSecond: number;
  requests: {
    sent: number;
    handled: number;
    errors: number;
    errorsByCause: Record<string, number>;
    byKind: Record<string, { sent: number; errors: number; p50Ms: number; p99Ms: number }>;
  };
  latencyMs: { p50: number; p99: number; max: number };
  /** Forged, stale and tampered Slack requests sent with the load; refused = 401 and no answer. */
  forged: { sent: number; refused: number };
  memory: {
    /** RSS and live heap right after a full garbage collection, after the warm-up and at the end. */
    warmRssMb: number;
    endRssMb: number;
    growthPercent: number;
    warmHeapMb: number;
    endHeapMb: number;
    heapGrowthPercent: number;
    /** RSS sampled every 2 s in between, without forcing anything: medians of the first and last minute, range and trend. */
    sampled: {
      firstMinuteMb: number;
      lastMinuteMb: number;
      lowMb: number;
      peakMb: number;
      trendMbPerMinute: number;
    };
  };
  digests: DigestLedger;
  restart: Record<string, unknown>;
  faults: FaultRecord[];
  crashes: number;
  exits: string[];
  secretsInLogs: Record<string, boolean>;
  errorLogLines: Record<string, number>;
  subscribeFailures: string[];
  /** Resident memory every 10 s: seconds since the load began, process, MB. */
  rssSeries: { s: number; pid: number; mb: number }[];
  /** The first failed requests, to set beside the faults' times. */
  errorSamples: { at: string; kind: string; error: string }[];
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const mb = (bytes: number) => round(bytes / 1024 / 1024);
const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));

export function machine(): SoakResult['machine'] {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: round(totalmem() / 1024 ** 3, 0),
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

/** Request counts, and latencies of the requests that got an answer. */
export function summariseRequests(
  all: Outcome[],
): Pick<SoakResult, 'requests' | 'latencyMs' | 'forged'> {
  const outcomes = all.filter((o) => o.kind !== FORGED);
  const forged = all.filter((o) => o.kind === FORGED);
  const answered = (list: Outcome[]) =>
    list
      .filter((o) => o.error !== 'no answer')
      .map((o) => o.ms)
      .sort((a, b) => a - b);
  const errorsByCause: Record<string, number> = {};
  const byKind: SoakResult['requests']['byKind'] = {};
  for (const o of outcomes) {
    if (!o.ok) {
      const cause = `${o.kind}: ${o.error}`;
      errorsByCause[cause] = (errorsByCause[cause] ?? 0) + 1;
    }
  }
  for (const kind of [...new Set(outcomes.map((o) => o.kind))].sort()) {
    const mine = outcomes.filter((o) => o.kind === kind);
    const times = answered(mine);
    byKind[kind] = {
      sent: mine.length,
      errors: mine.filter((o) => !o.ok).length,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
    };
  }
  const times = answered(outcomes);
  const errors = outcomes.filter((o) => !o.ok).length;
  return {
    forged: { sent: forged.length, refused: forged.filter((o) => o.ok).length },
    requests: {
      sent: outcomes.length,
      handled: outcomes.length - errors,
      errors,
      errorsByCause,
      byKind,
    },
    latencyMs: {
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      max: round(times.at(-1) ?? 0),
    },
  };
}

/** Median RSS of one process over a window, so one garbage collection does not decide it. */
export function medianRss(samples: RssSample[], pid: number, from: number, to: number): number {
  const window = samples
    .filter((s) => s.pid === pid && s.at >= from && s.at <= to)
    .map((s) => s.bytes)
    .sort((a, b) => a - b);
  return percentile(window, 50);
}

/** A reading taken right after a full garbage collection. */
export interface GcReading {
  heapUsed: number;
  rss: number | undefined;
}

const growth = (from: number, to: number) => (from > 0 ? round(((to - from) / from) * 100) : 0);

/**
 * Memory after the warm-up and at the end. V8 lets the heap grow and hands it back in a sawtooth
 * of several minutes and tens of megabytes, so two RSS samples taken at random can
 * differ by 25% with nothing leaking. The figures that decide are read right after a full
 * garbage collection; the samples in between are summarised too, with their least-squares trend.
 */
export function memory(
  samples: RssSample[],
  pid: number,
  from: number,
  to: number,
  gc: { warm: GcReading; end: GcReading },
): SoakResult['memory'] {
  const span = samples.filter((s) => s.pid === pid && s.at >= from && s.at <= to);
  const minutes = span.map((s) => (s.at - from) / 60_000);
  const megabytes = span.map((s) => s.bytes / 2 ** 20);
  const meanX = minutes.reduce((a, b) => a + b, 0) / Math.max(1, span.length);
  const meanY = megabytes.reduce((a, b) => a + b, 0) / Math.max(1, span.length);
  let covariance = 0;
  let variance = 0;
  for (const [i, x] of minutes.entries()) {
    covariance += (x - meanX) * ((megabytes[i] ?? 0) - meanY);
    variance += (x - meanX) ** 2;
  }
  const warmRss = gc.warm.rss ?? 0;
  const endRss = gc.end.rss ?? 0;
  return {
    warmRssMb: mb(warmRss),
    endRssMb: mb(endRss),
    growthPercent: growth(warmRss, endRss),
    warmHeapMb: mb(gc.warm.heapUsed),
    endHeapMb: mb(gc.end.heapUsed),
    heapGrowthPercent: growth(gc.warm.heapUsed, gc.end.heapUsed),
    sampled: {
      firstMinuteMb: mb(medianRss(samples, pid, from, from + 60_000)),
      lastMinuteMb: mb(medianRss(samples, pid, to - 60_000, to)),
      lowMb: round(Math.min(...megabytes)),
      peakMb: round(Math.max(...megabytes)),
      trendMbPerMinute: variance > 0 ? round(covariance / variance, 2) : 0,
    },
  };
}

/** The figures as a Markdown table, with the targets beside them. */
export function markdown(result: SoakResult): string {
  const d = result.digests;
  const m = result.memory;
  const leaked = Object.entries(result.secretsInLogs).filter(([, found]) => found);
  const rows: [string, string, string][] = [
    ['Run', `${result.minutes} min, ${result.date}`, ''],
    [
      'Machine',
      `${result.machine.cpu}, ${result.machine.cores} cores, ${result.machine.memoryGb} GB, ${result.machine.os}, Node ${result.machine.node}`,
      '',
    ],
    [
      'Requests handled',
      `${result.requests.handled} of ${result.requests.sent} (${result.requestsPerSecond}/s)`,
      '',
    ],
    ['Errors (no answer, apology, wrong answer, non-2xx)', String(result.requests.errors), ''],
    [
      'Latency p50 / p99 / max',
      `${result.latencyMs.p50} / ${result.latencyMs.p99} / ${result.latencyMs.max} ms`,
      '',
    ],
    [
      'RSS after warm-up → end, each after a full GC',
      `${m.warmRssMb} → ${m.endRssMb} MB (${signed(m.growthPercent)}%)`,
      '< 10% growth',
    ],
    [
      'Live JS heap after warm-up → end, after a full GC',
      `${m.warmHeapMb} → ${m.endHeapMb} MB (${signed(m.heapGrowthPercent)}%)`,
      '',
    ],
    [
      'RSS sampled in between: first → last minute, range, trend',
      `${m.sampled.firstMinuteMb} → ${m.sampled.lastMinuteMb} MB, ${m.sampled.lowMb}–${m.sampled.peakMb} MB, ${signed(m.sampled.trendMbPerMinute)} MB/min`,
      '',
    ],
    [
      'Digests due / delivered',
      `${d.due} / ${d.delivered} (${d.subscriptions} subscriptions, every minute)`,
      '',
    ],
    ['Digests duplicated', String(d.duplicated), '0'],
    ['Digests lost', String(d.lost), '0'],
    [
      'Digest delay p50 / p99 / max',
      `${d.delaySeconds.p50} / ${d.delaySeconds.p99} / ${d.delaySeconds.max} s`,
      '',
    ],
    [
      'Forged, stale or tampered Slack requests refused',
      `${result.forged.refused} of ${result.forged.sent}`,
      'all',
    ],
    ['Crashes (unexpected exits)', String(result.crashes), '0'],
    [
      'Token or secret in the logs',
      leaked.length === 0 ? 'none' : leaked.map(([name]) => name).join(', '),
      'none',
    ],
  ];
  const table = [
    '| Figure | Value | Target |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  const kinds = Object.entries(result.requests.byKind).map(
    ([kind, k]) => `| ${kind} | ${k.sent} | ${k.errors} | ${k.p50Ms} | ${k.p99Ms} |`,
  );
  return [
    ...table,
    '',
    '| Request kind | Sent | Errors | p50 ms | p99 ms |',
    '| --- | --- | --- | --- | --- |',
    ...kinds,
    '',
    'Faults injected:',
    ...result.faults.map((f) => `- ${f.at.slice(11, 19)} ${f.fault}: ${f.detail}`),
    '',
  ].join('\n');
}
