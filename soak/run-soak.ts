import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { GUILD_ID } from '../fakes/discord-payloads.ts';
import { shardFor, startFakeDiscord } from '../fakes/fake-discord.ts';
import { startFakeSlack } from '../fakes/fake-slack.ts';
import { exitIfHelpAsked, SOAK_USAGE } from '../src/cli/usage.ts';
import { createBalancer } from './balancer.ts';
import type { BotProcess } from './bot-process.ts';
import { killAtRandom, startCluster } from './cluster.ts';
import { markCutOff } from './cut-off.ts';
import { createFaults } from './faults.ts';
import { killDuringFanOut } from './kill-restart.ts';
import { reconcile } from './ledger.ts';
import { readPostgres, readSqlite } from './ledger-stores.ts';
import { startLoad } from './load.ts';
import {
  leakedSecret,
  machine,
  markdown,
  memory,
  type RssSample,
  type SoakResult,
  summariseRequests,
} from './report.ts';
import { SLACK_ADMIN, subscribeAll } from './subscriptions.ts';
import { createWatch } from './watch.ts';

const MINUTE = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const sleepUntil = (at: number) => sleep(at - Date.now());

exitIfHelpAsked(process.argv.slice(2), SOAK_USAGE);
const { values } = parseArgs({
  options: {
    minutes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    rate: { type: 'string', default: '8' },
    channels: { type: 'string', default: '60' },
    dms: { type: 'string', default: '4' },
    out: { type: 'string' },
    'heap-snapshots': { type: 'boolean', default: false },
    instances: { type: 'string', default: '1' },
    'kill-every': { type: 'string', default: '75' },
  },
});
const quick = values.quick ?? false;
const minutes = Number(values.minutes ?? (quick ? 3 : 5));
const rate = Number(values.rate);
const instances = Number(values.instances);
const killEverySeconds = Number(values['kill-every']);
const warmupMs = quick ? 20_000 : 60_000;
const out =
  values.out ??
  (instances > 1
    ? `soak/results/instances-${instances}${quick ? '-quick' : ''}.json`
    : quick
      ? 'soak/results/quick.json'
      : 'soak/results/latest.json');
if (!(minutes >= 3)) throw new Error('--minutes must be at least 3');
if (!(Number.isInteger(instances) && instances >= 1))
  throw new Error('--instances must be 1 or more');
if (!(killEverySeconds >= 10)) throw new Error('--kill-every must be at least 10 seconds');

const work = mkdtempSync(join(tmpdir(), 'briefbot-soak-'));
const briefingsDir = join(work, 'briefings');
cpSync('briefings', briefingsDir, { recursive: true });
const logFile = join(work, 'bot.log');
writeFileSync(logFile, '');
const secrets = {
  DISCORD_TOKEN: `MTEwMDAwMDAwMDAwMDAwMDAwMQ.soak.${randomBytes(24).toString('base64url')}`,
  SLACK_BOT_TOKEN: `xoxb-soak-${randomBytes(16).toString('hex')}`,
  SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
};
const discord = await startFakeDiscord({ shards: instances });
const slack = await startFakeSlack();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...secrets,
  DISCORD_API_URL: discord.apiUrl,
  DISCORD_APPLICATION_ID: '',
  DISCORD_GUILD_ID: '',
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: slack.apiUrl,
  SLACK_DIGEST_ADMINS: SLACK_ADMIN,
  BRIEFINGS_DIR: briefingsDir,
  LOG_LEVEL: 'info',
  DEFAULT_TIMEZONE: 'UTC',
};

const log = (line: string) =>
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

// Like a service manager, the soak restarts a bot that exits on its own, and counts the crash.
// With --heap-snapshots, the bot writes a V8 heap snapshot on SIGUSR2 (after the warm-up and at
// the end), into the work directory, to find what grows.
const nodeArgs = values['heap-snapshots']
  ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${work}`]
  : [];
log(`work directory ${work}`);
const cluster = await startCluster({ count: instances, env, work, logFile, nodeArgs, log });
const slots = cluster.slots;
// A soak that fails midway still leaves nothing running and nothing shared behind; the work
// directory, with the log, is kept to explain it.
process.on('uncaughtException', async (error) => {
  log(`the soak failed: ${error.stack ?? error}`);
  await cluster.abort().catch(() => {});
  log(`bot log kept in ${logFile}`);
  process.exit(1);
});
const bot = () => slots[0]?.bot as BotProcess;
const watch = createWatch(discord, slack);
const ctx = {
  discord,
  slack,
  watch,
  slackApp: createBalancer(cluster.urls),
  signingSecret: secrets.SLACK_SIGNING_SECRET,
  // Process i runs shard i: a guild's events go to the shard that owns it, DMs to shard 0.
  discordShard: (place: 'guild' | 'dm') =>
    place === 'dm' ? 0 : shardFor(GUILD_ID, discord.shardCount),
};
const subscribed = await subscribeAll(ctx, Number(values.channels), Number(values.dms));
log(`${subscribed.subscribed} of ${subscribed.asked} subscriptions made`);

const loadStart = Date.now();
let loadEnd = loadStart + minutes * MINUTE;
const load = startLoad(ctx, rate);
const samples: RssSample[] = [];
const sampler = setInterval(() => {
  for (const slot of slots) {
    const bytes = slot.bot.rss();
    if (bytes !== undefined) samples.push({ at: Date.now(), pid: slot.bot.pid, bytes });
  }
}, 2_000);

const faults = createFaults({
  discord,
  slack,
  briefingsDir,
  logFile,
  secrets: Object.values(secrets),
});
// With several processes, the one killed during the fan-out is chosen at random.
const fanOutVictim = Math.floor(Math.random() * slots.length);
const killed = await killDuringFanOut({
  discord,
  slack,
  load,
  bot: slots[fanOutVictim]?.bot as BotProcess,
  due: subscribed.subscribed,
  restart: () => cluster.restart(fanOutVictim),
  othersRunning: instances > 1,
});
log(
  `SIGKILL to process ${fanOutVictim} during the ${killed.record.minute} fan-out (${killed.record.postedBeforeKill}/${killed.record.due} posted); restarted in ${killed.record.restartMs} ms`,
);
const randomKills =
  instances > 1 ? killAtRandom(cluster, killEverySeconds * 1000, 3_000, log) : undefined;

const warmFrom = Date.now() + warmupMs;
// The faults need room after the warm-up; a late kill (a fan-out missed) lengthens the run.
const minimumSpan = quick ? 40_000 : 90_000;
loadEnd = Math.max(loadEnd, warmFrom + minimumSpan + 20_000);
await sleepUntil(warmFrom);
// Memory is read on every process; the report keeps one that lived from the warm-up to the end.
const warmPids = slots.map((slot) => slot.bot.pid);
const warmGcs = await Promise.all(slots.map((slot) => slot.bot.afterFullGc()));
const span = loadEnd - 20_000 - warmFrom;
const faultWindowMs = Math.max(8_000, Math.min(20_000, span * 0.1));
const plan: [number, string, () => Promise<void> | void][] = [
  [0.0, '429s', () => faults.rateLimits()],
  [0.15, '5xx', () => faults.serverErrors()],
  [0.3, 'gateway 4000', () => faults.gatewayClose(4000)],
  [0.42, 'slow answers', () => faults.slowAnswers(faultWindowMs)],
  [0.6, 'gateway 1000', () => faults.gatewayClose(1000)],
  [
    0.7,
    'broken briefing',
    // With several processes, one is killed and restarted while the file is broken: it must
    // serve what the others serve.
    () => {
      const victim = Math.floor(Math.random() * slots.length);
      return faults.brokenBriefing(
        faultWindowMs,
        instances > 1
          ? {
              name: `process ${victim} killed and restarted`,
              run: () => cluster.killAndRestart(victim, 1_000),
            }
          : undefined,
      );
    },
  ],
  [
    0.9,
    '429s and 5xx',
    () => {
      faults.rateLimits();
      faults.serverErrors();
    },
  ],
];
if (values['heap-snapshots']) setTimeout(() => bot().heapSnapshot(), 60_000);
for (const [at, name, inject] of plan) {
  await sleepUntil(warmFrom + at * span);
  log(`fault: ${name}`);
  await inject();
}
await sleepUntil(loadEnd);
await randomKills?.stop();
if (values['heap-snapshots']) bot().heapSnapshot();
const survivor = slots.findIndex((slot, i) => slot.bot.pid === warmPids[i]);
const watched = slots[Math.max(0, survivor)]?.bot as BotProcess;
const warmGc = survivor >= 0 ? warmGcs[survivor] : undefined;
const endGc = survivor >= 0 ? await watched.afterFullGc() : undefined;
await load.stop();
log('load stopped; waiting for the last minute of digests');

const lastDue = Math.floor(loadEnd / MINUTE) * MINUTE;
const { DATABASE_URL, DATABASE_SCHEMA } = cluster.shared;
const readStore = () =>
  DATABASE_URL && DATABASE_SCHEMA
    ? readPostgres(DATABASE_URL, DATABASE_SCHEMA)
    : Promise.resolve(readSqlite(join(slots[0]?.env.DATA_DIR ?? '', 'briefbot.sqlite')));
const drainUntil = Date.now() + 90_000;
while (Date.now() < drainUntil && reconcile(await readStore(), discord, slack, lastDue).lost > 0) {
  await sleep(2_000);
}
const digests = reconcile(await readStore(), discord, slack, lastDue);
const finalExits = await cluster.stop();
clearInterval(sampler);
watch.stop();

const logText = readFileSync(logFile, 'utf8');
const errorLogLines: Record<string, number> = {};
const warningLogLines: Record<string, number> = {};
for (const line of logText.split('\n')) {
  const match = /^\{"level":(\d+).*"msg":"([^"]*)"/.exec(line);
  const counts =
    Number(match?.[1]) >= 50
      ? errorLogLines
      : Number(match?.[1]) === 40
        ? warningLogLines
        : undefined;
  if (match && counts) counts[match[2] ?? ''] = (counts[match[2] ?? ''] ?? 0) + 1;
}
const exits = cluster.exits;
const crashes =
  exits.filter((e) => !e.expected).length + finalExits.filter((e) => e.code !== 0).length;
// The fan-out kill waits for the load to be idle; the random kills do not.
markCutOff(load.outcomes, cluster.kills);
const result: SoakResult = {
  date: new Date().toISOString(),
  machine: machine(),
  minutes: Math.round(((loadEnd - loadStart) / MINUTE) * 10) / 10,
  requestsPerSecond: rate,
  ...summariseRequests(load.outcomes),
  // With no process alive from the warm-up to the end, there is no one process's growth to show.
  memory: memory(samples, survivor >= 0 ? watched.pid : -1, warmFrom, loadEnd, {
    warm: warmGc ?? { heapUsed: undefined, rss: undefined },
    end: endGc ?? { heapUsed: undefined, rss: undefined },
  }),
  digests,
  ...(instances > 1
    ? {
        instances: {
          count: instances,
          shards: slots.map((slot) => slot.env.DISCORD_SHARDS).join(', '),
          killEverySeconds,
          kills: cluster.kills.map((k) => ({
            at: new Date(k.at).toISOString(),
            process: k.slot,
            pid: k.pid,
            downMs: k.downMs,
            restartMs: k.restartMs,
          })),
          fanOutKill: fanOutVictim,
          answeredByProcess: slots.map(
            (slot) => load.outcomes.filter((o) => o.ok && o.slot === slot.index).length,
          ),
          takenOver: (logText.match(/"msg":"finishing a claimed run"/g) ?? []).length,
        },
      }
    : {}),
  restart: {
    ...killed.record,
    finishedClaims: (logText.match(/finishing a delivery claimed before a restart/g) ?? []).length,
    caughtUp: (logText.match(/catching up a missed digest/g) ?? []).length,
  },
  faults: faults.records,
  crashes,
  exits: exits.map(
    (e) =>
      `${instances > 1 ? `process ${e.slot}, ` : ''}pid ${e.pid}: ${e.signal ?? `code ${e.code}`}${e.expected ? ' (sent by the soak)' : ''}`,
  ),
  secretsInLogs: Object.fromEntries(
    Object.entries(secrets).map(([name, value]) => [name, logText.includes(value)]),
  ),
  errorLogLines,
  warningLogLines,
  subscribeFailures: subscribed.failures,
  rssSeries: samples
    .filter((_, i) => i % 5 === 0)
    .map((s) => ({
      s: Math.round((s.at - loadStart) / 1000),
      pid: s.pid,
      mb: Math.round(s.bytes / 2 ** 20),
    })),
  errorSamples: load.outcomes
    .filter((o) => !o.ok && !o.cutOff)
    .slice(0, 20)
    .map((o) => ({ at: new Date(o.at).toISOString(), kind: o.kind, error: o.error ?? '' })),
  cutOffSamples: load.outcomes
    .filter((o) => o.cutOff)
    .slice(0, 20)
    .map((o) => ({
      at: new Date(o.at).toISOString(),
      kind: o.kind,
      process: o.slot ?? 0,
      error: o.error ?? '',
    })),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const table = markdown(result);
writeFileSync(out.replace(/\.json$/, '.md'), table);
process.stdout.write(`${table}\n`);
await discord.close();
await slack.close();
// The run's traces go with it; the log stays (with the work directory) only to explain a failure.
const dropped = await cluster.dropShared();
const failed =
  digests.lost > 0 ||
  digests.duplicated > 0 ||
  result.requests.errors > 0 ||
  crashes > 0 ||
  leakedSecret(result);
if (failed || values['heap-snapshots']) {
  log(`results in ${out}; bot log kept in ${logFile}`);
} else {
  rmSync(work, { recursive: true, force: true });
  log(`results in ${out}; work directory removed`);
}
if (instances > 1) {
  log(`schema dropped (${dropped.schemas} left), ${dropped.redisKeys} Redis keys deleted`);
}
process.exit(0);
