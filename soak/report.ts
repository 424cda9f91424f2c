import { cpus, release, totalmem, type } from 'node:os';
import type { FaultRecord } from './faults.ts';
import { type DigestLedger, percentile } from './ledger.ts';
import type { Outcome } from './requests.ts';

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
  memory: {
    warmRssMb: number;
    endRssMb: number;
    growthPercent: number;
    peakRssMb: number;
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
export function summariseRequests(outcomes: Outcome[]): Pick<SoakResult, 'requests' | 'latencyMs'> {
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

export function memory(
  samples: RssSample[],
  pid: number,
  warm: [number, number],
  end: [number, number],
) {
  const warmRss = medianRss(samples, pid, ...warm);
  const endRss = medianRss(samples, pid, ...end);
  const peak = Math.max(0, ...samples.filter((s) => s.pid === pid).map((s) => s.bytes));
  return {
    warmRssMb: mb(warmRss),
    endRssMb: mb(endRss),
    growthPercent: warmRss > 0 ? round(((endRss - warmRss) / warmRss) * 100) : 0,
    peakRssMb: mb(peak),
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
      'RSS after warm-up → end',
      `${m.warmRssMb} → ${m.endRssMb} MB (${m.growthPercent >= 0 ? '+' : ''}${m.growthPercent}%), peak ${m.peakRssMb} MB`,
      '< 10% growth',
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
