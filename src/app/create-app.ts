import type { Server } from 'node:http';
import { type ConsoleOptions, runConsole } from '../adapters/console/console-bot.ts';
import type { DiscordOptions } from '../adapters/discord/discord-bot.ts';
import type { SlackOptions } from '../adapters/slack/slack-bot.ts';
import { type Config, platformsOf, secretsOf } from '../config.ts';
import { type BriefingWrites, createFolderWrites } from '../content/briefing-writes.ts';
import { createDraftReview, type DraftReview } from '../content/draft-review.ts';
import type { ServedBriefings } from '../content/serve-briefings.ts';
import type { Caller } from '../core/caller.ts';
import type { Command, CommandContext } from '../core/command.ts';
import { registry as defaultRegistry } from '../core/commands/index.ts';
import type { Publishers } from '../digests/deliver-digest.ts';
import type { DigestService } from '../digests/digest-contract.ts';
import { type RunningDigests, startDigests } from '../digests/start-digests.ts';
import type { Library, LibraryStore } from '../library/library.ts';
import { createLogger, type Logger } from '../logger.ts';
import { createMetrics, type Metrics } from '../ops/metrics.ts';
import { type Readiness, startOpsServer } from '../ops/ops-server.ts';
import type { PlatformOptions, RunningPlatform } from '../platform.ts';
import { type AnnouncementLedger, openLedger } from './announcement-ledger.ts';
import { intakeDatabase } from './intake-database.ts';
import { createMemoryPacing } from './pacing.ts';
import { createRedisPacing } from './redis-pacing.ts';
import { createRedisSeenOnce } from './redis-seen-once.ts';
import { createReviewChannel, type ReviewChannel, reviewTargets } from './review-channel.ts';
import { cacheFileOf, prepareLibrary, serveLibrary } from './serve-library.ts';
import { type BriefingSync, startBriefingSync } from './shared-briefing-sync.ts';
import { createSharedBriefingWrites } from './shared-briefing-writes.ts';
import { sharedParses } from './shared-parses.ts';
import type { RunningFeeds } from './start-feeds.ts';

/** What differs between the running bot, a CLI, a whole-app test, the bench and the soak. */
export interface AppOptions {
  /** Keep serving saved briefing files as they change (the running bot); off for one-shot tools. */
  watch?: boolean;
  /** Keep parsed briefings and their full-text index under DATA_DIR between runs, for a fast start. */
  briefingCache?: boolean;
  /** Where the logs go; a logger at the configured level on stdout unless given. */
  log?: Logger;
  /** The log level when LOG_LEVEL is not set. */
  defaultLogLevel?: string;
  /**
   * How the logs are written when `log` is not given: JSON or short lines, colour, and where to
   * (the console's screen, so that log lines appear above its prompt).
   */
  logOutput?: Pick<Parameters<typeof createLogger>[0], 'format' | 'colour' | 'destination'>;
  /**
   * Briefings to serve instead of reading BRIEFINGS_DIR: the bench's synthetic corpora, a test's
   * own briefings. Nothing else about the app changes.
   */
  library?: Library;
  /** Open the digest database when platforms connect; on unless false (the bench runs its own). */
  digests?: boolean;
  /** Read feeds when platforms connect (or `openFeeds` is called); on unless false. */
  feeds?: boolean;
  /** How often due feeds are looked for, in ms; tests and the bench go faster than 5 s. */
  feedTickMs?: number;
  /** The commands; the shipped registry unless given (tests add failing or slow ones). */
  registry?: readonly Command[];
  /** Discord knobs for tests and the bench: fast REST timings, a shorter defer deadline. */
  discord?: Pick<DiscordOptions, 'clientOptions' | 'deferAfterMs'>;
  /** Slack knobs for tests and the bench: the interface to listen on, the retry policy. */
  slack?: Pick<SlackOptions, 'host' | 'retryConfig'>;
}

/** A built app: its parts, and the ways to run it. */
export interface App {
  config: Config;
  log: Logger;
  registry: readonly Command[];
  /** The briefings being served; read from BRIEFINGS_DIR on first use. */
  readonly library: Library;
  /**
   * Reads BRIEFINGS_DIR now, as the first use of `library` would, but with the files the
   * briefing cache lacks parsed on every core: what a process does before it serves.
   */
  loadBriefings(): Promise<void>;
  /** The context every request runs with; digests appear in it once they are open. */
  createContext(caller: Caller): CommandContext;
  /**
   * Connects each configured platform, then opens digests delivering through them. Rejects (with
   * everything started so far stopped) if a platform cannot start.
   */
  connect(): Promise<RunningPlatform[]>;
  /**
   * Opens digests delivering through the given publishers (the console's, in console mode).
   * Throws when the digest database cannot be used.
   */
  openDigests(publishers: Publishers): Promise<void>;
  /**
   * Opens the feed store and starts reading feeds into drafts (the console calls it; `connect`
   * does for the platforms). Nothing where no briefings folder is served.
   */
  openFeeds(): Promise<RunningFeeds | undefined>;
  /**
   * With DATABASE_URL, applies the briefing files other processes wrote at run time (drafts,
   * editors' decisions) to this folder, now and then every second (`connect` does this; so does
   * the console). Nothing without DATABASE_URL, or where no briefings folder is served.
   */
  shareBriefings(): Promise<void>;
  /** Answers lines from `input` on `output` until the input ends. */
  runConsole(
    io: Pick<
      ConsoleOptions,
      'input' | 'output' | 'interactive' | 'width' | 'style' | 'screen' | 'historyFile'
    >,
  ): Promise<void>;
  /** Counters and histograms for operators (also served on METRICS_PORT). */
  metrics: Metrics;
  /** Whether the app can do its work: its platforms connected, its digest database open. */
  readiness(): Readiness;
  /**
   * Serves /healthz, /readyz and /metrics on METRICS_PORT (nothing when it is unset); returns
   * the port it listens on.
   */
  serveOps(): Promise<number | undefined>;
  /** The review channels: new drafts and paused feeds are told to editors there. */
  reviewChannel: ReviewChannel;
  /** Stops watching, digests and every platform; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * The composition root: builds the content, library, registry, digests and platforms from the
 * configuration, the same way for `npm start`, every CLI, whole-app tests, the bench and the soak.
 */
export function createApp(config: Config, options: AppOptions = {}): App {
  const consoleMode = !platformsOf(config).discord && !platformsOf(config).slack;
  // In the console, routine logs would drown the answers; they show only when LOG_LEVEL asks.
  const log =
    options.log ??
    createLogger({
      level: config.LOG_LEVEL ?? options.defaultLogLevel ?? (consoleMode ? 'warn' : 'info'),
      secrets: secretsOf(config),
      ...options.logOutput,
    });
  const registry = options.registry ?? defaultRegistry;
  // Loaded on first use, so that tools which need only the registry (command registration) never read the briefings directory.
  let served: ServedBriefings<LibraryStore> | undefined;
  const serving = {
    config,
    log,
    briefingCache: options.briefingCache ?? false,
    watch: options.watch ?? false,
    onChange: () => void reviewChannel.announceNewDrafts(),
  };
  const library = (): Library => {
    if (options.library) return options.library;
    served ??= serveLibrary(serving);
    return served.library;
  };
  // With DATABASE_URL, the intake's state and the files it writes are shared by every process,
  // and so are the parsed briefing files, so that a new process need not parse them all again.
  const database = intakeDatabase(config, log);
  const parses =
    database && serving.briefingCache
      ? sharedParses({ pool: database.pool, config, cacheFile: cacheFileOf(config), log })
      : undefined;
  /** Loads the briefings as `library` would, parsing what the cache lacks on every core first. */
  const loadBriefings = async (): Promise<void> => {
    if (options.library || served) return;
    await parses?.seed();
    const prepared = await prepareLibrary(serving);
    parses?.share(prepared);
    // Served meanwhile (a command asked first): the watch begun for this start is not needed.
    if (served) prepared.watch?.stop();
    served ??= serveLibrary(serving, prepared);
  };
  const running: RunningPlatform[] = [];
  let digestRun: RunningDigests | undefined;
  const metrics = createMetrics();
  // Several processes behind a load balancer share what they have seen through Redis.
  const seenOnce = config.REDIS_URL
    ? createRedisSeenOnce(config.REDIS_URL, config.REDIS_PREFIX)
    : undefined;
  // ...and pace digest posts against limits that are per bot token or per channel, not per
  // process; a process on its own paces itself to the same limits.
  const onPaceWait = (key: string) => metrics.rateLimitWait(key.split(':')[0] ?? 'unknown');
  const pacing = config.REDIS_URL
    ? createRedisPacing(config.REDIS_URL, config.REDIS_PREFIX, onPaceWait)
    : createMemoryPacing(onPaceWait);
  let opsServer: Server | undefined;
  // Commands reach digests through the context; the service exists once the platforms it
  // delivers through are connected, so the factory reads it when each request arrives.
  let digests: DigestService | undefined;
  let feeds: RunningFeeds | undefined;
  // Drafts live in the briefings folder, so there is a review desk only where one is served.
  let review: DraftReview | undefined;
  let ledger: AnnouncementLedger | undefined;
  let writes: BriefingWrites | undefined;
  const briefingWrites = (): BriefingWrites => {
    writes ??= database
      ? createSharedBriefingWrites({ dir: config.BRIEFINGS_DIR, pool: database.pool })
      : createFolderWrites(config.BRIEFINGS_DIR);
    return writes;
  };
  let sync: BriefingSync | undefined;
  const reviewDesk = (): DraftReview | undefined => {
    library();
    const folder = served;
    if (folder === undefined) return undefined;
    review ??= createDraftReview({
      drafts: () => folder.drafts(),
      reload: (name) => folder.reload(name),
      isServed: (id, name) => folder.serves(id, name),
      writes: briefingWrites(),
    });
    return review;
  };
  const reviewChannel = createReviewChannel({
    targets: reviewTargets(config),
    publishers: () =>
      Object.fromEntries(running.map((platform) => [platform.name, platform.publish])),
    drafts: () => (reviewDesk() ? (served?.drafts() ?? []).map((entry) => entry.briefing) : []),
    review: reviewDesk,
    // A week: far longer than any two processes take to see the same saved file.
    ...(seenOnce ? { once: (key: string) => seenOnce.first(`review:${key}`, 7 * 24 * 3600) } : {}),
    ledger: () => ledger,
    log,
  });
  const createContext = (caller: Caller): CommandContext => {
    const desk = reviewDesk();
    return {
      library: library(),
      caller,
      now: () => new Date(),
      ...(digests ? { digests } : {}),
      ...(desk ? { review: desk } : {}),
      ...(feeds ? { feeds: feeds.service } : {}),
    };
  };
  const platformOptions = (): PlatformOptions => ({
    config,
    log,
    registry,
    library: library(),
    createContext,
    observe: metrics.request,
    pace: pacing.pace,
  });

  // Throws when the database cannot be used (a DatabaseError says which file and what to do).
  async function openDigests(publishers: Publishers): Promise<void> {
    digestRun = await startDigests({
      config,
      library: library(),
      publishers,
      log,
      observe: metrics.delivery,
    });
    digests = digestRun.service;
    if (digestRun.queueDepth) metrics.queueDepth(digestRun.queueDepth);
  }

  async function openFeeds(): Promise<RunningFeeds | undefined> {
    if (feeds || options.feeds === false) return feeds;
    library();
    const folder = served;
    if (folder === undefined) return undefined;
    // Loaded only now: reading and drafting feeds (the article extractor, the name lists) is
    // most of the code's loading time, and no briefing needs it to be served.
    const { startFeeds } = await import('./start-feeds.ts');
    feeds = await startFeeds({
      config,
      log,
      dir: config.BRIEFINGS_DIR,
      reload: (name) => folder.reload(name),
      writes: briefingWrites(),
      ...(database ? { database: database.pool } : {}),
      announce: (reply, key) => reviewChannel.post(reply, key),
      ...(options.feedTickMs ? { tickMs: options.feedTickMs } : {}),
    });
    return feeds;
  }

  async function shareBriefings(): Promise<void> {
    if (database === undefined || sync) return;
    library();
    const folder = served;
    if (folder === undefined) return;
    sync = startBriefingSync({
      dir: config.BRIEFINGS_DIR,
      pool: database.pool,
      reload: (name) => folder.reload(name),
      log: log.child({ part: 'shared-briefings' }),
    });
    await sync.applyNow();
  }

  function readiness(): Readiness {
    const configured = platformsOf(config);
    const wanted = (['discord', 'slack'] as const).filter((name) => configured[name]);
    const problems = [
      ...wanted
        .filter((name) => !running.some((platform) => platform.name === name))
        .map((name) => `${name} not connected`),
      ...(options.digests !== false && digests === undefined ? ['digest database not open'] : []),
    ];
    return { ready: problems.length === 0, problems };
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await parses?.stop();
      served?.stop();
      const ops = opsServer;
      if (ops) await new Promise((resolve) => ops.close(resolve));
      await sync?.stop();
      await feeds?.stop();
      await ledger?.close();
      await database?.close();
      await digestRun?.stop();
      await Promise.allSettled(running.map((platform) => platform.stop()));
      await seenOnce?.close();
      await pacing.close();
    })();
    return stopping;
  };

  return {
    config,
    log,
    registry,
    get library() {
      return library();
    },
    loadBriefings,
    createContext,
    openDigests,
    openFeeds,
    shareBriefings,
    reviewChannel,
    stop,
    metrics,
    readiness,
    async serveOps() {
      if (config.METRICS_PORT === undefined || opsServer) return undefined;
      opsServer = await startOpsServer({
        host: config.METRICS_HOST,
        port: config.METRICS_PORT,
        registry: metrics.registry,
        readiness,
      });
      const address = opsServer.address();
      const port = typeof address === 'object' && address ? address.port : config.METRICS_PORT;
      log.info({ host: config.METRICS_HOST, port }, 'operator endpoints listening');
      return port;
    },
    async connect() {
      const platforms = platformsOf(config);
      // Each platform library is loaded only when configured, so the console starts without them.
      if (platforms.discord) {
        const { startDiscord } = await import('../adapters/discord/discord-bot.ts');
        running.push(await startDiscord({ ...platformOptions(), ...options.discord }));
      }
      if (platforms.slack) {
        const { startSlack } = await import('../adapters/slack/slack-bot.ts');
        running.push(
          await startSlack({
            ...platformOptions(),
            ...options.slack,
            ...(seenOnce ? { seenOnce } : {}),
          }),
        );
      }
      ledger = await openLedger(config, log, database?.pool);
      await shareBriefings();
      reviewChannel.start();
      // Digests start once the platforms they deliver through are connected.
      if (options.digests !== false)
        await openDigests(
          Object.fromEntries(running.map((platform) => [platform.name, platform.publish])),
        );
      await openFeeds();
      return [...running];
    },
    runConsole: (io) =>
      runConsole({
        ...io,
        registry,
        library: library(),
        createContext,
        log,
        observe: metrics.request,
      }),
  };
}
