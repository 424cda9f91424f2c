import type { Latency, Throughput } from './load.ts';
import { ratio, round } from './stats.ts';

/** How many interactions, and how hard, for one platform's end-to-end figures. */
export interface E2ePlan {
  runs: number;
  warmup: number;
  concurrency: number;
  durationMs: number;
}

/** The three ways of answering that the end-to-end section times side by side. */
export interface E2eLatency {
  /** Briefbot answering the command through its core and renderer. */
  briefbot: Latency;
  /** The bare library answering "ok": the floor. */
  floor: Latency;
  /** The bare library sending Briefbot's own answer, rendered in advance: the same bytes on the wire. */
  sameReply: Latency;
}

export interface E2eResult {
  platform: 'discord' | 'slack';
  /** What each interaction asks. */
  query: string;
  latency: E2eLatency;
  /** Briefbot's median over the floor's: 1.2 means 20% added. */
  overhead: number;
  overheadP99: number;
  /** Briefbot's median minus the floor's, in ms. */
  addedMs: number;
  /** Briefbot's median over the same-reply floor's: its own work, the size of the answer aside. */
  overheadSameReply: number;
  throughput: { briefbot: Throughput; floor: Throughput; ratio: number };
  /** Error lines in Briefbot's log during the whole section. */
  loggedErrors: number;
}

export function e2eResult(
  platform: E2eResult['platform'],
  query: string,
  latency: E2eLatency,
  throughput: { briefbot: Throughput; floor: Throughput },
  loggedErrors: number,
): E2eResult {
  const { briefbot, floor, sameReply } = latency;
  return {
    platform,
    query,
    latency,
    overhead: ratio(briefbot.medianMs, floor.medianMs),
    overheadP99: ratio(briefbot.p99Ms, floor.p99Ms),
    addedMs: round(briefbot.medianMs - floor.medianMs, 3),
    overheadSameReply: ratio(briefbot.medianMs, sameReply.medianMs),
    throughput: {
      ...throughput,
      ratio: ratio(throughput.briefbot.perSecond, throughput.floor.perSecond),
    },
    loggedErrors,
  };
}
