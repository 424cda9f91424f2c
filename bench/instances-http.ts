import type { FakeSlack } from '../fakes/fake-slack.ts';
import { startRoundRobinBalancer } from '../fakes/round-robin-balancer.ts';
import { postToSlackApp, slashCommandBody } from '../fakes/slack-requests.ts';
import { ANSWER_WITHIN_MS, type Ask, sustain, within } from './load.ts';

/** How hard and how long the Slack processes behind the balancer are loaded. */
export interface HttpPlan {
  /** Slash commands kept in flight at once. */
  concurrency: number;
  /** Load before the measured stretch (connections opened, code warmed), not counted. */
  warmupMs: number;
  durationMs: number;
}

/** Slash commands answered through the balancer, by however many processes stand behind it. */
export interface HttpRow {
  processes: number;
  concurrency: number;
  seconds: number;
  answered: number;
  /** Not answered 200 within Slack's 3 s. */
  errors: number;
  perSecond: number;
  medianMs: number;
  p99Ms: number;
  /** Measured requests the balancer handed to each process. */
  byProcess: number[];
  /** What the errors were, each kind once (a timeout, an HTTP status). */
  errorKinds: string[];
}

/**
 * Signed slash commands (`/quote putin`) sent through a round-robin balancer to the Slack
 * processes on `ports`, `concurrency` at a time for `durationMs`, each timed from the POST to the
 * whole HTTP response (the acknowledgement Slack waits 3 s for). Every request is a fresh body
 * (its own trigger_id) and so a fresh signature: none is a replay the processes would refuse.
 */
export async function loadSlackBehindBalancer(
  ports: readonly number[],
  signingSecret: string,
  slack: FakeSlack,
  plan: HttpPlan,
): Promise<HttpRow> {
  const balancer = await startRoundRobinBalancer(ports.map((port) => `http://127.0.0.1:${port}`));
  try {
    const url = `${balancer.url}/slack/events`;
    const kinds = new Set<string>();
    const ask: Ask = async () => {
      try {
        const body = slashCommandBody('/quote', 'putin', slack.responseUrl('bench'));
        const response = await within(
          postToSlackApp(url, signingSecret, body),
          ANSWER_WITHIN_MS,
          'slash command',
        );
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        return response.ms;
      } catch (error) {
        kinds.add((error as Error).message.slice(0, 80));
        throw error;
      }
    };
    await sustain(ask, plan.concurrency, plan.warmupMs);
    kinds.clear();
    const before = balancer.counts();
    const load = await sustain(ask, plan.concurrency, plan.durationMs);
    return {
      processes: ports.length,
      concurrency: plan.concurrency,
      seconds: load.seconds,
      answered: load.answered,
      errors: load.errors,
      perSecond: load.perSecond,
      medianMs: load.latency.medianMs,
      p99Ms: load.latency.p99Ms,
      byProcess: balancer.counts().map((count, i) => count - (before[i] ?? 0)),
      errorKinds: [...kinds],
    };
  } finally {
    await balancer.close();
  }
}
