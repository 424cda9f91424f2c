import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestOutcome } from '../core/pipeline.ts';
import type { DeliveryOutcome } from '../digests/deliver-digest.ts';

/**
 * What an operator can graph and alert on, in Prometheus's format (prom-client): every request
 * by platform, command and outcome with its latency, and every digest attempt by outcome, beside
 * the process's own figures (memory, event-loop lag, handles).
 */
export interface Metrics {
  registry: Registry;
  /** Counts and times one answered (or failed) request. */
  request(outcome: RequestOutcome): void;
  /** Counts one digest attempt's outcome. */
  delivery(outcome: DeliveryOutcome): void;
  /** Where the shared digest queue's depth is read at each scrape (with DATABASE_URL). */
  queueDepth(read: () => Promise<number>): void;
  /** Counts one digest post held back by the shared pacing (with REDIS_URL). */
  rateLimitWait(platform: string): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'briefbot_' });
  const requests = new Counter({
    name: 'briefbot_requests_total',
    help: 'Requests answered, by platform, command and outcome (answered, user_error, failed)',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'briefbot_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by platform and command',
    labelNames: ['platform', 'command'] as const,
    // Answers come from memory in milliseconds; the upper buckets catch platform calls and the
    // 3-second deadline both platforms give.
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'briefbot_digest_deliveries_total',
    help: 'Digest attempts by outcome: sent, empty (nothing new), paused (the channel is gone), retry, failed (gave up)',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const paced = new Counter({
    name: 'briefbot_rate_limit_waits_total',
    help: 'Digest posts held back to stay under a platform limit shared by every process (with REDIS_URL), by platform',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  let readDepth: (() => Promise<number>) | undefined;
  new Gauge({
    name: 'briefbot_digest_queue_depth',
    help: 'Digest runs waiting, retrying or under way in the queue shared by every process (with DATABASE_URL)',
    registers: [registry],
    async collect() {
      // A database that does not answer leaves the last reading rather than report an empty queue.
      const depth = await readDepth?.().catch(() => undefined);
      if (depth !== undefined) this.set(depth);
    },
  });
  return {
    registry,
    rateLimitWait(platform) {
      paced.inc({ platform });
    },
    queueDepth(read) {
      readDepth = read;
    },
    request({ platform, command, outcome, durationMs }) {
      // Unknown commands are grouped, so that what people type cannot grow the label set.
      const name = command ?? 'none';
      requests.inc({ platform, command: name, outcome });
      latency.observe({ platform, command: name }, durationMs / 1000);
    },
    delivery({ platform, outcome }) {
      deliveries.inc({ platform, outcome });
    },
  };
}
