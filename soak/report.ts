import { cpus, release, totalmem, type } from 'node:os';
import type { FaultRecord } from './faults.ts';
import { type DigestLedger, percentile } from './ledger.ts';
import { FORGED, type Outcome } from './requests.ts';

/** A figure the soak read, or null when it could not read it (printed as "not measured"). */
export type Figure = number | null;

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
    /** Failed because the process holding them was SIGKILLed (not errors; see cut-off.ts). */
    cutOffByKill?: number;
    /** Answered by another process after the balancer found theirs down. */
    retriedElsewhere?: number;
    /** Slack events delivered again, as Slack does, after the process they reached died. */
    redelivered?: number;
    byKind: Record<string, { sent: number; errors: number; p50Ms: number; p99Ms: number }>;
  };
  /** Null when no request got an answer: not measured, never 0. */
  latencyMs: { p50: Figure; p99: Figure; max: Figure };
  /** Forged, stale and tampered Slack requests sent with the load; refused = 401 and no answer. */
  forged: { sent: number; refused: number };
  memory: {
    /** RSS and live heap right after a full garbage collection, after the warm-up and at the end. */
    warmRssMb: Figure;
    endRssMb: Figure;
    growthPercent: Figure;
    warmHeapMb: Figure;
    endHeapMb: Figure;
    heapGrowthPercent: Figure;
    /** RSS sampled every 2 s in between, without forcing anything: medians of the first and last minute, range and trend. */
    sampled: {
      firstMinuteMb: Figure;
      lastMinuteMb: Figure;
      lowMb: Figure;
      peakMb: Figure;
      trendMbPerMinute: Figure;
    };
  };
  digests: DigestLedger;
  /** With --instances N > 1: the processes, and the SIGKILLs sent to them at random. */
  instances?: {
    count: number;
    shards: string;
    killEverySeconds: number;
    kills: { at: string; process: number; pid: number; downMs: number; restartMs: number }[];
    /** Which process the kill during the fan-out hit. */
    fanOutKill: number;
    /** Requests each process answered (Slack by the balancer's choice, Discord by shard). */
    answeredByProcess: number[];
    /** Runs a process finished from a claim another left open (its log's "finishing a claimed run"). */
    takenOver: number;
  };
  restart: Record<string, unknown>;
  faults: FaultRecord[];
  crashes: number;
  exits: string[];
  secretsInLogs: Record<string, boolean>;
  errorLogLines: Record<string, number>;
  /** Log lines at warn level, by message: what the processes noticed and got over. */
  warningLogLines?: Record<string, number>;
  subscribeFailures: string[];
  /** Resident memory every 10 s: seconds since the load began, process, MB. */
  rssSeries: { s: number; pid: number; mb: number }[];
  /** The first failed requests, to set beside the faults' times. */
  errorSamples: { at: string; kind: string; error: string }[];
  /** The first requests cut off by a kill: what the process was holding when it died. */
  cutOffSamples?: { at: string; kind: string; process: number; error: string }[];
}

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;
const mb = (bytes: number | undefined): Figure =>
  bytes === undefined || !(bytes > 0) ? null : round(bytes / 1024 / 1024);

/** What the report prints for a figure the soak could not read, in place of a made-up 0. */
export const NOT_MEASURED = 'not measured';

/** A figure, with its unit, or "not measured". */
export function show(value: Figure, unit = ''): string {
  return value === null ? NOT_MEASURED : `${value}${unit}`;
}

/** A change, signed ("+3.2%"), or "not measured". */
function signed(value: Figure, unit: string): string {
  if (value === null) return NOT_MEASURED;
  return `${value >= 0 ? '+' : ''}${value}${unit}`;
}

/** The percentile of a sorted list, or null when the list is empty (nothing was read). */
function percentileOf(sorted: readonly number[], p: number): Figure {
  return sorted.length === 0 ? null : round(percentile(sorted, p));
}

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
  const cutOff = all.filter((o) => o.cutOff).length;
  const outcomes = all.filter((o) => o.kind !== FORGED && !o.cutOff);
  const forged = all.filter((o) => o.kind === FORGED && !o.cutOff);
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
      cutOffByKill: cutOff,
      retriedElsewhere: all.filter((o) => (o.retried ?? 0) > 0).length,
      redelivered: all.filter((o) => o.redelivered).length,
      byKind,
    },
    latencyMs: {
      p50: percentileOf(times, 50),
      p99: percentileOf(times, 99),
      max: times.length === 0 ? null : round(times.at(-1) ?? 0),
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

/** A reading taken right after a full garbage collection; undefined where it could not be read. */
export interface GcReading {
  heapUsed: number | undefined;
  rss: number | undefined;
}

/** Growth in percent, or null unless both readings were taken. */
function growth(from: number | undefined, to: number | undefined): Figure {
  if (from === undefined || to === undefined || !(from > 0) || !(to > 0)) return null;
  return round(((to - from) / from) * 100);
}

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
  return {
    warmRssMb: mb(gc.warm.rss),
    endRssMb: mb(gc.end.rss),
    growthPercent: growth(gc.warm.rss, gc.end.rss),
    warmHeapMb: mb(gc.warm.heapUsed),
    endHeapMb: mb(gc.end.heapUsed),
    heapGrowthPercent: growth(gc.warm.heapUsed, gc.end.heapUsed),
    sampled: {
      firstMinuteMb: mb(medianRss(samples, pid, from, from + 60_000)),
      lastMinuteMb: mb(medianRss(samples, pid, to - 60_000, to)),
      lowMb: span.length === 0 ? null : round(Math.min(...megabytes)),
      peakMb: span.length === 0 ? null : round(Math.max(...megabytes)),
      // A trend needs samples spread over time; fewer than two is no trend, not a flat one.
      trendMbPerMinute: variance > 0 ? round(covariance / variance, 2) : null,
    },
  };
}

/** Whether a token or secret turned up in the logs. */
export const leakedSecret = (result: SoakResult) =>
  Object.values(result.secretsInLogs).some((found) => found);

/** A target and whether the run met it; a figure that was not measured never meets one. */
export function target(text: string, met: boolean | null): string {
  if (met === null) return `${text}: not met (${NOT_MEASURED})`;
  return `${text}: ${met ? 'met' : 'not met'}`;
}

/** The figures as a Markdown table, with the targets beside them and whether each was met. */
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
      `${show(result.latencyMs.p50)} / ${show(result.latencyMs.p99)} / ${show(result.latencyMs.max)} ms`,
      '',
    ],
    [
      'RSS after warm-up → end, each after a full GC',
      `${show(m.warmRssMb)} → ${show(m.endRssMb)} MB (${signed(m.growthPercent, '%')})`,
      target('< 10% growth', m.growthPercent === null ? null : m.growthPercent < 10),
    ],
    [
      'Live JS heap after warm-up → end, after a full GC',
      `${show(m.warmHeapMb)} → ${show(m.endHeapMb)} MB (${signed(m.heapGrowthPercent, '%')})`,
      '',
    ],
    [
      'RSS sampled in between: first → last minute, range, trend',
      `${show(m.sampled.firstMinuteMb)} → ${show(m.sampled.lastMinuteMb)} MB, ${show(m.sampled.lowMb)}–${show(m.sampled.peakMb)} MB, ${signed(m.sampled.trendMbPerMinute, ' MB/min')}`,
      '',
    ],
    [
      'Digests due / delivered',
      `${d.due} / ${d.delivered} (${d.subscriptions} subscriptions, every minute)`,
      '',
    ],
    // With no digest due, "none duplicated, none lost" would be true of nothing.
    [
      'Digests duplicated',
      String(d.duplicated),
      target('0', d.due === 0 ? null : d.duplicated === 0),
    ],
    ['Digests lost', String(d.lost), target('0', d.due === 0 ? null : d.lost === 0)],
    [
      'Digest delay p50 / p99 / max',
      `${show(d.delaySeconds.p50)} / ${show(d.delaySeconds.p99)} / ${show(d.delaySeconds.max)} s`,
      '',
    ],
    [
      'Forged, stale or tampered Slack requests refused',
      `${result.forged.refused} of ${result.forged.sent}`,
      target('all', result.forged.sent === 0 ? null : result.forged.refused === result.forged.sent),
    ],
    ['Crashes (unexpected exits)', String(result.crashes), target('0', result.crashes === 0)],
    [
      'Token or secret in the logs',
      leaked.length === 0 ? 'none' : leaked.map(([name]) => name).join(', '),
      target('none', leaked.length === 0),
    ],
  ];
  const instances = result.instances;
  if (instances !== undefined) {
    rows.splice(
      2,
      0,
      [
        'Processes',
        `${instances.count} (Discord shards ${instances.shards}; Slack over the ${instances.count} ports in turn)`,
        '',
      ],
      [
        'SIGKILLs to a random process (one while a briefing file is broken), each restarted after a few seconds',
        `${instances.kills.length} (about every ${instances.killEverySeconds} s), plus 1 during a fan-out (process ${instances.fanOutKill})`,
        '',
      ],
      [
        'Requests answered by another process after the balancer found one down',
        String(result.requests.retriedElsewhere ?? 0),
        '',
      ],
      [
        'Slack events delivered again after the process they reached died, as Slack does (answered or not)',
        String(result.requests.redelivered ?? 0),
        '',
      ],
      [
        'Requests in flight on a process when it was killed (unanswered, not counted as errors)',
        String(result.requests.cutOffByKill ?? 0),
        '',
      ],
      ['Requests answered by each process', instances.answeredByProcess.join(' / '), ''],
      ['Digest runs taken over from a killed process', String(instances.takenOver), ''],
    );
  }
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
