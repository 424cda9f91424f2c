import type { Server } from 'node:http';
import { App, webApi } from '@slack/bolt';
import { createPipeline } from '../../core/pipeline.ts';
import type { PlatformOptions, RunningPlatform } from '../../platform.ts';
import { handleActions } from './action-handler.ts';
import { handleAskModals } from './ask-modal.ts';
import { boltLogLevel, createBoltLogger } from './bolt-logger.ts';
import { createChannelRights } from './channel-rights.ts';
import { handleEvents } from './event-handlers.ts';
import { createFreshReceiver } from './fresh-requests.ts';
import { createSlackPublish, slackErrorCode } from './publish-slack.ts';
import { createRateLimitWait, pacedWait } from './rate-limit-wait.ts';
import { createMemorySeenOnce, type SeenOnce } from './seen-once.ts';
import type { SlackDeps } from './slack-requester.ts';
import { slashCommands } from './slash-commands.ts';
import { handleSlashCommands } from './slash-handler.ts';

/**
 * How the Web API client retries: a few quick tries, so a 429 is waited out (the wait comes from
 * its `retry-after`) and a blip is survived, but an unreachable Slack fails start-up in seconds
 * rather than after the client's default half hour.
 */
export const RETRY_POLICY: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 500 };

/** What the Slack adapter is started with: the platform options, and two knobs for tests. */
export interface SlackOptions extends PlatformOptions {
  /** Interface to listen on in HTTP mode; all of them unless set. */
  host?: string;
  /** Web API retry policy; tests make it instant. */
  retryConfig?: webApi.RetryOptions;
  /**
   * What has been seen (signed requests, event ids), shared by every process behind a load
   * balancer; this process's own memory unless given.
   */
  seenOnce?: SeenOnce;
}

/** Start-up failed for a reason the person running Briefbot can fix; the message says how. */
export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

function startError(variable: string, error: unknown, fix: string): Error {
  const code = slackErrorCode(error);
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  return new SlackStartError(`Slack did not accept ${variable} (${code}). ${fix}`, {
    cause: error,
  });
}

/**
 * Connects Briefbot to Slack with Bolt: Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP
 * on PORT with every request verified against SLACK_SIGNING_SECRET at `/slack/events`. Checks
 * the bot token first (`auth.test`), so a bad token stops start-up with a clear error instead of
 * leaving a process that cannot answer.
 */
export async function startSlack(options: SlackOptions): Promise<RunningPlatform> {
  const { config } = options;
  const token = config.SLACK_BOT_TOKEN;
  if (token === undefined) throw new SlackStartError('SLACK_BOT_TOKEN is not set.');
  const log = options.log.child({ platform: 'slack' });
  const socketMode = config.SLACK_APP_TOKEN !== undefined;
  const logger = createBoltLogger(log.child({ component: 'bolt' }));
  const logLevel = boltLogLevel(log);
  const seen = options.seenOnce ?? createMemorySeenOnce();
  const app = new App({
    token,
    ...(socketMode
      ? { socketMode: true, appToken: config.SLACK_APP_TOKEN }
      : {
          receiver: createFreshReceiver(
            { signingSecret: config.SLACK_SIGNING_SECRET ?? '', logger, logLevel },
            log,
            seen,
          ),
        }),
    deferInitialization: true,
    logger,
    logLevel,
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      retryConfig: options.retryConfig ?? RETRY_POLICY,
    },
  });
  const deps: SlackDeps = {
    registry: options.registry,
    slash: slashCommands(options.registry),
    library: options.library,
    pipeline: createPipeline({
      registry: options.registry,
      library: options.library,
      createContext: options.createContext,
      log,
      ...(options.observe ? { observe: options.observe } : {}),
    }),
    createContext: options.createContext,
    log,
    canManageChannel: createChannelRights(app.client, config.SLACK_DIGEST_ADMINS, log),
    // The same rule, its own list: managing digests and reviewing drafts are different trusts.
    isEditor: createChannelRights(app.client, config.SLACK_EDITORS, log),
  };
  handleEvents(app, deps, seen);
  handleSlashCommands(app, deps);
  handleActions(app, deps);
  handleAskModals(app, deps);
  app.error(async (error) => {
    log.error({ err: error }, 'unhandled error in a Slack handler');
  });

  try {
    await app.init();
  } catch (error) {
    throw startError(
      'SLACK_BOT_TOKEN',
      error,
      'Use the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page, and install the app to the workspace.',
    );
  }
  let port: number | undefined;
  if (socketMode) {
    try {
      await app.start();
    } catch (error) {
      throw startError(
        'SLACK_APP_TOKEN',
        error,
        'Create an App-Level Token (xapp-…) with the connections:write scope under "Basic Information", and turn on Socket Mode.',
      );
    }
  } else {
    const server: Server = await app.start({ port: config.PORT, host: options.host });
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : config.PORT;
  }
  log.info(
    socketMode ? { mode: 'socket' } : { mode: 'http', port, path: '/slack/events' },
    'connected to Slack',
  );

  // Digests go through a client of their own that reports 429s instead of retrying them, so
  // that the publisher can wait them out without spending retries (see createSlackPublish).
  const publishClient = new webApi.WebClient(token, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: options.retryConfig ?? RETRY_POLICY,
    rejectRateLimitedCalls: true,
    logger: createBoltLogger(log.child({ component: 'web-api' })),
    logLevel: boltLogLevel(log),
  });

  let stopping: Promise<void> | undefined;
  return {
    name: 'slack',
    ...(port === undefined ? {} : { port }),
    publish: createSlackPublish(
      publishClient,
      pacedWait(createRateLimitWait(), options.pace, config.SLACK_POSTS_PER_SECOND),
    ),
    stop() {
      stopping ??= app.stop().then(
        () => log.info('disconnected from Slack'),
        (error: unknown) => log.warn({ err: error }, 'Slack did not stop cleanly'),
      );
      return stopping;
    },
  };
}
