import { BOT_TOKEN, SIGNING_SECRET, TOKEN } from '../fakes/credentials.ts';
import { startFakeDiscord } from '../fakes/fake-discord.ts';
import { startFakeSlack } from '../fakes/fake-slack.ts';
import type { Library } from '../src/library/library.ts';
import { startBenchApp } from './bench-app.ts';
import { benchLog } from './bench-log.ts';
import { type FanoutResult, floorsOf, type Rates, runFanout } from './fanout.ts';
import { type DiscordLimits, discordGate, type SlackLimits, slackGate } from './rate-limits.ts';

/** Discord channel ids are snowflakes (discord.js keys its rate-limit buckets on 17-19 digits). */
const discordChannel = (i: number) => String(1_310_000_000_000_000_000n + BigInt(i));
const slackChannel = (i: number) => `C${String(i).padStart(9, '0')}`;

/** How long to wait for stragglers: the floor of two-message digests several times over, plus a retry cycle. */
const patience = (rates: Rates, subscriptions: number) =>
  floorsOf(rates, subscriptions * 2, 2).floorMs * 4 + 60_000;

/**
 * Digest fan-out on Discord: the real adapter, with discord.js's default REST settings (its own
 * global limiter, 429 handling and retries), against a fake Discord with Discord's limits.
 */
export async function benchDiscordFanout(
  library: Library,
  subscriptions: number,
  limits: DiscordLimits,
): Promise<FanoutResult> {
  const { gate, stats } = discordGate(limits);
  const fake = await startFakeDiscord({ gate });
  const { log } = benchLog([TOKEN]);
  const bot = await startBenchApp(
    { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl },
    library,
    log,
  );
  const rates = {
    perSecond: limits.globalPerSecond,
    channelLimit: limits.channelLimit,
    channelWindowMs: limits.channelWindowMs,
  };
  try {
    return await runFanout({
      platform: 'discord',
      library,
      publish: bot.publish,
      log,
      channels: Array.from({ length: subscriptions }, (_, i) => discordChannel(i)),
      posted: () =>
        fake.created.map((message) => {
          const { channel_id, nonce } = message as { channel_id: string; nonce?: string };
          return { channel: channel_id, part: Number(nonce?.split('.').at(-1) ?? 0) };
        }),
      rates,
      stats,
      limits: `${limits.globalPerSecond}/s global, ${limits.channelLimit} per ${limits.channelWindowMs / 1000} s per channel`,
      timeoutMs: patience(rates, subscriptions),
    });
  } finally {
    await bot.stop();
    await fake.close();
  }
}

/**
 * Digest fan-out on Slack: the real adapter, with its production Web API retry policy, against a
 * fake Slack enforcing chat.postMessage's per-channel and workspace limits.
 */
export async function benchSlackFanout(
  library: Library,
  subscriptions: number,
  limits: SlackLimits,
): Promise<FanoutResult> {
  const { gate, stats } = slackGate(limits);
  const fake = await startFakeSlack({ gate });
  const { log } = benchLog([BOT_TOKEN, SIGNING_SECRET]);
  const bot = await startBenchApp(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    },
    library,
    log,
  );
  const rates = {
    perSecond: limits.workspacePerSecond,
    channelLimit: limits.channelPerSecond,
    channelWindowMs: 1000,
  };
  try {
    return await runFanout({
      platform: 'slack',
      library,
      publish: bot.publish,
      log,
      channels: Array.from({ length: subscriptions }, (_, i) => slackChannel(i)),
      posted: () =>
        [...fake.posted].flatMap(([channel, messages]) =>
          messages.map((message) => {
            const metadata = message.metadata as { event_payload?: { part?: number } } | undefined;
            return { channel, part: Number(metadata?.event_payload?.part ?? 0) };
          }),
        ),
      rates,
      stats,
      limits: `${limits.workspacePerSecond}/s workspace, ${limits.channelPerSecond}/s per channel`,
      timeoutMs: patience(rates, subscriptions),
    });
  } finally {
    await bot.stop();
    await fake.close();
  }
}
