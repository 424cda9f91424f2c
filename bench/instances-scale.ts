import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FakeDiscord, startFakeDiscord } from '../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/fake-slack.ts';
import { DISCORD_GLOBAL_PER_SECOND } from '../src/adapters/discord/discord-publish.ts';
import {
  type BotProcess,
  botEnv,
  clearRedisPrefix,
  countLogged,
  DEFAULT_DATABASE_URL,
  DEFAULT_REDIS_URL,
  dataDirOf,
  dropSchemas,
  freshNames,
  freshTokens,
  postsPerChannel,
  seedDueDigests,
  startBot,
  stopBots,
  untilLogged,
} from './bot-processes.ts';
import { floorsOf, type Rates } from './fanout.ts';
import { type HttpPlan, type HttpRow, loadSlackBehindBalancer } from './instances-http.ts';
import {
  type DiscordLimits,
  discordGate,
  type LimitStats,
  type SlackLimits,
  slackGate,
} from './rate-limits.ts';
import { ratio, round } from './stats.ts';

/** What the several-processes section is told. */
export interface InstancesPlan {
  /** How many processes each run starts: 1 and 3. */
  processCounts: number[];
  /** Digests due at once on each platform, one channel each. */
  digests: number;
  discord: DiscordLimits;
  slack: SlackLimits;
  http: HttpPlan;
  databaseUrl?: string;
  redisUrl?: string;
  /**
   * Seconds the processes get to start before the digests fall due (the next minute with at
   * least this much ahead). Without it the digests are due already and each process catches them
   * up as it starts: quicker, but then the fan-out competes with three start-ups for the cores.
   */
  startLeadSeconds?: number;
}

/** The next whole minute at least `leadSeconds` away. */
function dueAfter(leadSeconds: number): Date {
  return new Date(Math.ceil((Date.now() + leadSeconds * 1000) / 60_000) * 60_000);
}

/** One platform's fan-out by one set of processes. */
export interface ProcessFanoutRow {
  platform: 'discord' | 'slack';
  digests: number;
  limits: string;
  /** Messages over the platform's rate, and counting a fresh window's burst (see floorsOf). */
  floorMs: number;
  strictFloorMs: number;
  /** The floor at the pace the bot keeps to across processes when lower than the limit. */
  pacedFloorMs: number;
  /** From the first post tried to the last one accepted. */
  elapsedMs: number;
  /** floorMs / elapsedMs: against what the platform allows. */
  efficiency: number;
  /** pacedFloorMs / elapsedMs: against what the bot allows itself. */
  pacedEfficiency: number;
  rateLimited: number;
  rateLimitedGlobal: number;
  rateLimitedChannel: number;
  lost: number;
  duplicated: number;
  timedOut: boolean;
}

/** Everything measured with one number of processes. */
export interface InstancesRow {
  processes: number;
  fanout: ProcessFanoutRow[];
  /** Digests each process delivered (by its log), both platforms together. */
  deliveredByProcess: number[];
  http: HttpRow;
  /** Where the run kept its state, both removed when it ended. */
  schema: string;
  redisPrefix: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DISCORD_POST = /^\/api\/v10\/channels\/\d+\/messages$/;

/** First post tried and last post accepted, on the fake's clock. */
function span(attempts: { at: number; status?: number }[]): number {
  if (attempts.length === 0) return Number.NaN;
  const first = Math.min(...attempts.map((a) => a.at));
  const accepted = attempts.filter((a) => a.status === 200).map((a) => a.at);
  return accepted.length === 0 ? Number.NaN : Math.max(...accepted) - first;
}

function fanoutRow(
  platform: ProcessFanoutRow['platform'],
  digests: number,
  counts: Map<string, number>,
  measured: { elapsedMs: number; stats: LimitStats; timedOut: boolean },
  limits: { rates: Rates; pacePerSecond: number; text: string },
): ProcessFanoutRow {
  const mine = [...counts].filter(([key]) => key.startsWith(`${platform}:`));
  const posted = mine.reduce((sum, [, n]) => sum + n, 0);
  const { floorMs, strictFloorMs } = floorsOf(limits.rates, digests, 1);
  const paced = { ...limits.rates, perSecond: limits.pacePerSecond };
  const pacedFloorMs = floorsOf(paced, digests, 1).floorMs;
  return {
    platform,
    digests,
    limits: limits.text,
    floorMs: round(floorMs, 0),
    strictFloorMs: round(strictFloorMs, 0),
    pacedFloorMs: round(pacedFloorMs, 0),
    elapsedMs: round(measured.elapsedMs, 0),
    efficiency: ratio(floorMs, measured.elapsedMs),
    pacedEfficiency: ratio(pacedFloorMs, measured.elapsedMs),
    rateLimited: measured.stats.rateLimited,
    rateLimitedGlobal: measured.stats.global,
    rateLimitedChannel: measured.stats.channel,
    lost: digests - mine.length,
    duplicated: posted - mine.length,
    timedOut: measured.timedOut,
  };
}

/** Waits until every channel has its digest, or `timeoutMs` has passed. */
async function untilDelivered(
  discord: FakeDiscord,
  slack: FakeSlack,
  channels: number,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (postsPerChannel(discord, slack).size < channels) {
    if (Date.now() > deadline) return true;
    await sleep(50);
  }
  // A late duplicate, if any, would come from a retried job: give it a moment to show.
  await sleep(1_000);
  return false;
}

/**
 * `processes` bot processes on a fresh PostgreSQL schema and Redis prefix, against one fake
 * Discord and one fake Slack that enforce the platforms' limits for all of them together: first
 * `digests` digests per platform, all due at once, then slash commands through a round-robin
 * balancer in front of their Slack HTTP ports. Everything the run made is removed after it.
 */
export async function runInstances(plan: InstancesPlan, processes: number): Promise<InstancesRow> {
  const databaseUrl = plan.databaseUrl ?? DEFAULT_DATABASE_URL;
  const redisUrl = plan.redisUrl ?? DEFAULT_REDIS_URL;
  const { schema, redisPrefix } = freshNames('bench_inst');
  const work = mkdtempSync(join(tmpdir(), 'briefbot-bench-instances-'));
  const discordLimit = discordGate(plan.discord);
  const slackLimit = slackGate(plan.slack);
  const discord = await startFakeDiscord({ gate: discordLimit.gate });
  const slack = await startFakeSlack({ gate: slackLimit.gate });
  const tokens = freshTokens();
  const bots: BotProcess[] = [];
  const discordRates = {
    perSecond: plan.discord.globalPerSecond,
    channelLimit: plan.discord.channelLimit,
    channelWindowMs: plan.discord.channelWindowMs,
  };
  const slackRates = {
    perSecond: plan.slack.workspacePerSecond,
    channelLimit: plan.slack.channelPerSecond,
    channelWindowMs: 1000,
  };
  try {
    const due = plan.startLeadSeconds ? dueAfter(plan.startLeadSeconds) : undefined;
    await seedDueDigests(databaseUrl, schema, { discord: plan.digests, slack: plan.digests }, due);
    for (let i = 0; i < processes; i++) {
      const env = botEnv(
        {
          discord,
          slack,
          databaseUrl,
          schema,
          dataDir: dataDirOf(work, i),
          redis: { url: redisUrl, prefix: redisPrefix },
          slackPostsPerSecond: plan.slack.workspacePerSecond,
        },
        tokens,
      );
      bots.push(startBot(env));
    }
    if (due) {
      const started = await Promise.all(
        bots.map((bot) => untilLogged(bot, 'digest scheduler started', 120_000)),
      );
      const late = started.filter((line) => Number(line.time) > due.getTime()).length;
      if (late > 0) throw new Error(`${late} process(es) started after the digests fell due`);
    }
    // Slack's floor is the longer; four times it, a minute for the processes to start, and the
    // wait for the minute.
    const patienceMs =
      floorsOf(slackRates, plan.digests, 1).floorMs * 4 +
      60_000 +
      Math.max(0, (due?.getTime() ?? 0) - Date.now());
    const timedOut = await untilDelivered(discord, slack, plan.digests * 2, patienceMs);
    const counts = postsPerChannel(discord, slack);
    const discordPosts = discord.requests.filter(
      (r) => r.method === 'POST' && DISCORD_POST.test(r.path),
    );
    const fanout = [
      fanoutRow(
        'discord',
        plan.digests,
        counts,
        { elapsedMs: span(discordPosts), stats: discordLimit.stats, timedOut },
        {
          rates: discordRates,
          pacePerSecond: Math.min(DISCORD_GLOBAL_PER_SECOND, plan.discord.globalPerSecond),
          text: `${plan.discord.globalPerSecond}/s global, ${plan.discord.channelLimit} per ${plan.discord.channelWindowMs / 1000} s per channel`,
        },
      ),
      fanoutRow(
        'slack',
        plan.digests,
        counts,
        { elapsedMs: span(slack.callsTo('chat.postMessage')), stats: slackLimit.stats, timedOut },
        {
          rates: slackRates,
          // The bot is told the workspace's limit (SLACK_POSTS_PER_SECOND) and paces to it.
          pacePerSecond: plan.slack.workspacePerSecond,
          text: `${plan.slack.workspacePerSecond}/s workspace, ${plan.slack.channelPerSecond}/s per channel`,
        },
      ),
    ];
    const ports = await Promise.all(
      bots.map(async (bot) => Number((await untilLogged(bot, 'connected to Slack', 60_000)).port)),
    );
    const http = await loadSlackBehindBalancer(ports, tokens.signingSecret, slack, plan.http);
    return {
      processes,
      fanout,
      deliveredByProcess: bots.map((bot) => countLogged(bot, 'digest delivered')),
      http,
      schema,
      redisPrefix,
    };
  } finally {
    await stopBots(bots);
    await discord.close();
    await slack.close();
    rmSync(work, { recursive: true, force: true });
    await dropSchemas(databaseUrl, schema);
    await clearRedisPrefix(redisUrl, redisPrefix);
  }
}

/** The section: one run for each number of processes, in turn. */
export async function benchInstances(
  plan: InstancesPlan,
  say: (text: string) => void = () => {},
): Promise<InstancesRow[]> {
  const rows: InstancesRow[] = [];
  for (const processes of plan.processCounts) {
    rows.push(await runInstances(plan, processes));
    say(`  ${processes} process${processes === 1 ? '' : 'es'} done`);
  }
  return rows;
}
