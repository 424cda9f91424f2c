import type { QueryRow } from './core-queries.ts';
import type { E2eResult } from './e2e-result.ts';
import type { FanoutResult } from './fanout.ts';
import type { InstancesRow } from './instances-scale.ts';
import type { StartupRow } from './startup.ts';
import type { TargetCheck } from './targets.ts';

/** A Markdown table, numbers right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  // Figures (numbers, or text such as "1.5x (+0.3)") line up on the right.
  const numeric = headers.map((_, i) => rows.every((row) => /^[\d.+-]|^n\/a/.test(String(row[i]))));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(headers),
    line(headers.map((_, i) => (numeric[i] ? '---:' : '---'))),
    ...rows.map((row) => line(row.map(String))),
  ].join('\n');
}

/** Milliseconds, to a precision that suits their size. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return value.toFixed(3);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

const times = (value: number) => (Number.isFinite(value) ? `${value}x` : 'n/a');

export function coreTable(rows: QueryRow[]): string {
  return table(
    [
      'Briefings',
      'Query',
      'Briefbot median ms',
      'p99 ms',
      'Naive median ms',
      'p99 ms',
      'Speedup',
      'Speedup p99',
      'Runs (ours/naive)',
    ],
    rows.map((r) => [
      r.size,
      r.answered ? r.query : `${r.query} (not found!)`,
      ms(r.briefbot.medianMs),
      ms(r.briefbot.p99Ms),
      ms(r.baseline.medianMs),
      ms(r.baseline.p99Ms),
      times(r.speedup),
      times(r.speedupP99),
      `${r.briefbot.runs}/${r.baseline.runs}`,
    ]),
  );
}

export function e2eTables(results: E2eResult[]): string {
  const latency = table(
    [
      'Platform',
      'Interaction',
      'Briefbot median ms',
      'p99 ms',
      'Bare "ok" median ms',
      'p99 ms',
      'Overhead (added ms)',
      'Bare, same reply median ms',
      'Overhead vs same reply',
      'Errors',
    ],
    results.map((r) => [
      r.platform,
      r.query,
      ms(r.latency.briefbot.medianMs),
      ms(r.latency.briefbot.p99Ms),
      ms(r.latency.floor.medianMs),
      ms(r.latency.floor.p99Ms),
      `${times(r.overhead)} (+${ms(r.addedMs)})`,
      ms(r.latency.sameReply.medianMs),
      times(r.overheadSameReply),
      [r.latency.briefbot, r.latency.floor, r.latency.sameReply].map((l) => l.errors).join('/'),
    ]),
  );
  const throughput = table(
    [
      'Platform',
      'In flight',
      'Briefbot per s',
      'Errors',
      'p99 ms',
      'Bare library per s',
      'Errors',
      'p99 ms',
      'Ratio',
      'Bot error logs',
    ],
    results.map((r) => [
      r.platform,
      r.throughput.briefbot.concurrency,
      r.throughput.briefbot.perSecond,
      r.throughput.briefbot.errors,
      ms(r.throughput.briefbot.latency.p99Ms),
      r.throughput.floor.perSecond,
      r.throughput.floor.errors,
      ms(r.throughput.floor.latency.p99Ms),
      r.throughput.ratio,
      r.loggedErrors,
    ]),
  );
  return `${latency}\n\nSustained throughput (one process, interactions kept in flight):\n\n${throughput}`;
}

export function fanoutTable(results: FanoutResult[]): string {
  return table(
    [
      'Platform',
      'Subscriptions',
      'Messages each',
      'Limits',
      'Floor s (strict)',
      'Delivered in s',
      'Efficiency',
      '429s (global/channel)',
      'Retried',
      'Lost',
      'Duplicated',
    ],
    results.map((r) => [
      r.platform,
      r.subscriptions,
      r.parts,
      r.limits,
      `${(r.floorMs / 1000).toFixed(1)} (${(r.strictFloorMs / 1000).toFixed(1)})`,
      `${(r.elapsedMs / 1000).toFixed(1)}${r.timedOut ? ' (timed out)' : ''}`,
      r.efficiency,
      `${r.rateLimited} (${r.rateLimitedGlobal}/${r.rateLimitedChannel})`,
      r.retried,
      r.lost,
      r.duplicated,
    ]),
  );
}

const seconds = (value: number) => (Number.isFinite(value) ? (value / 1000).toFixed(1) : 'n/a');

/** Fan-out and Slack requests per second with 1 and with several bot processes. */
export function instancesTables(rows: InstancesRow[]): string {
  const fanout = table(
    [
      'Processes',
      'Platform',
      'Digests',
      'Limits',
      'Floor s (strict)',
      'Delivered in s',
      'Efficiency',
      'Paced floor s',
      'Against the pace',
      '429s (global/channel)',
      'Lost',
      'Duplicated',
    ],
    rows.flatMap((row) =>
      row.fanout.map((r) => [
        row.processes,
        r.platform,
        r.digests,
        r.limits,
        `${seconds(r.floorMs)} (${seconds(r.strictFloorMs)})`,
        `${seconds(r.elapsedMs)}${r.timedOut ? ' (timed out)' : ''}`,
        r.efficiency,
        seconds(r.pacedFloorMs),
        r.pacedEfficiency,
        `${r.rateLimited} (${r.rateLimitedGlobal}/${r.rateLimitedChannel})`,
        r.lost,
        r.duplicated,
      ]),
    ),
  );
  const byProcess = rows
    .map((row) => `${row.processes}: ${row.deliveredByProcess.join(' / ')}`)
    .join('; ');
  const one = rows.find((row) => row.processes === 1)?.http.perSecond;
  const http = table(
    [
      'Processes',
      'In flight',
      'Answered per s',
      'Against 1 process',
      'Median ms',
      'p99 ms',
      'Errors',
      'Requests by process',
    ],
    rows.map((row) => [
      row.processes,
      row.http.concurrency,
      row.http.perSecond,
      one ? times(Math.round((row.http.perSecond / one) * 100) / 100) : 'n/a',
      ms(row.http.medianMs),
      ms(row.http.p99Ms),
      row.http.errors > 0 ? `${row.http.errors} (${row.http.errorKinds.join('; ')})` : 0,
      row.http.byProcess.join(' / '),
    ]),
  );
  return `${fanout}\n\nDigests delivered by each process (both platforms), by number of processes: ${byProcess}.\n\nSigned slash commands (\`/quote putin\`) through a round-robin balancer on 127.0.0.1, kept in flight for ${rows[0]?.http.seconds ?? 0} s:\n\n${http}`;
}

export function startupTable(rows: StartupRow[]): string {
  return table(
    [
      'Briefings',
      'Ready ms, first start',
      'Ready ms, new instance',
      'Ready ms, restart',
      'Ready ms, restart from source',
      'First answer ms, restart',
      'Search ready ms',
      'RSS MB (peak)',
      'Reload ms median (max)',
      'Naive ready ms',
      'Naive RSS MB',
      'Ready vs naive',
    ],
    rows.map((r) => [
      r.size,
      r.coldReadyMs,
      r.newInstanceReadyMs ?? 'not timed',
      r.readyMs,
      r.sourceReadyMs,
      r.answerMs,
      r.searchReadyMs,
      `${r.rssMb} (${r.peakMb})`,
      `${r.reloadMs} (${r.reloadMaxMs})`,
      r.naiveReadyMs,
      r.naiveRssMb,
      times(r.readyRatio),
    ]),
  );
}

export function targetsTable(checks: TargetCheck[]): string {
  return table(
    ['Target', 'Worst figure', 'Met'],
    checks.map((c) => [
      c.target,
      // Ratios to two places; times and sizes as measured (already rounded where they are made).
      `${c.unit === 'x' ? c.value.toFixed(2) : c.value}${c.unit ? ` ${c.unit}` : ''}`,
      c.met ? 'yes' : '**no**',
    ]),
  );
}
