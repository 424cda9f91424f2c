import { parseArgs } from 'node:util';
import { runInstancesFanout } from './instances-fanout.ts';
import { describeMachine } from './machine.ts';

/**
 * `npm run bench:instances`: N bot processes on one PostgreSQL schema deliver digests all due in
 * one minute through the shared job queue, once with every process running (the baseline) and
 * once with the busiest process SIGKILLed after a quarter of the posts. Prints lost and
 * duplicated digests, who delivered what, and how long the survivors took to finish.
 */
const { values } = parseArgs({
  options: {
    subscriptions: { type: 'string', default: '1000' },
    processes: { type: 'string', default: '3' },
    'post-delay-ms': { type: 'string', default: '600' },
    'job-timeout-seconds': { type: 'string', default: '10' },
  },
});
const common = {
  subscriptions: Number(values.subscriptions),
  processes: Number(values.processes),
  postDelayMs: Number(values['post-delay-ms']),
  jobTimeoutSeconds: Number(values['job-timeout-seconds']),
  timeoutMs: 600_000,
  progress: (line: string) => process.stderr.write(`[instances] ${line}\n`),
};
const before = describeMachine();
const baseline = await runInstancesFanout({ ...common, kill: false });
const killed = await runInstancesFanout(common);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
process.stdout.write(
  `${[
    `machine: ${before.cores} × ${before.cpu}, ${before.memoryGb} GB, Node ${before.node}; load ${before.loadAverage.join(' ')} before, ${describeMachine().loadAverage.join(' ')} after`,
    `${common.subscriptions} digests due in one minute, ${common.processes} processes, posts taking ${common.postDelayMs} ms, DIGEST_JOB_TIMEOUT_SECONDS=${common.jobTimeoutSeconds}`,
    `baseline (no kill): lost ${baseline.lost}, duplicated ${baseline.duplicated}, fan-out ${seconds(baseline.fanOutMs)} s, by process ${baseline.byProcess.join('/')}`,
    `one process SIGKILLed after ${killed.postedBeforeKill} posts: lost ${killed.lost}, duplicated ${killed.duplicated}, ${killed.takenOver} open claims taken over, by process ${killed.byProcess.join('/')} (killed: #${killed.killed})`,
    `  fan-out ${seconds(killed.fanOutMs)} s (${(killed.fanOutMs / baseline.fanOutMs).toFixed(2)}× the baseline); kill to last post ${seconds(killed.afterKillMs)} s${killed.timedOut || baseline.timedOut ? ' (TIMED OUT)' : ''}`,
  ].join('\n')}\n`,
);
