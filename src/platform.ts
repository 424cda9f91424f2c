import type { Config } from './config.ts';
import type { Command, ContextFactory } from './core/command.ts';
import type { RequestOutcome } from './core/pipeline.ts';
import type { Publish } from './digests/publish.ts';
import type { Library } from './library/library.ts';
import type { Logger } from './logger.ts';

/** What every chat platform adapter is started with. */
export interface PlatformOptions {
  config: Config;
  log: Logger;
  registry: readonly Command[];
  library: Library;
  createContext: ContextFactory;
  /** Told how each request ended (metrics). */
  observe?: (outcome: RequestOutcome) => void;
  /** Paces digest posts to the platforms' limits: across processes on Redis, or in this one. */
  pace?: Pace;
}

/**
 * Waits until `cost` more calls under `key` fit in `perSecond`, counted across every process that
 * shares the pacing, so N processes together stay under a limit the platform sets per bot token
 * or per channel rather than per process.
 */
export type Pace = (key: string, perSecond: number, cost?: number) => Promise<void>;

/** A connected chat platform, as the app sees it. */
export interface RunningPlatform {
  name: 'discord' | 'slack';
  /** Posts a reply unprompted (scheduled digests). */
  publish: Publish;
  /** Where it listens for the platform's requests, if it does (Slack in HTTP mode). */
  port?: number;
  /** Disconnects cleanly; safe to call more than once. */
  stop(): Promise<void>;
}
