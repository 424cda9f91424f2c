import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeDiscord } from '../fakes/fake-discord.ts';
import { startFakeSlack } from '../fakes/fake-slack.ts';
import { exitIfHelpAsked, SOAK_USAGE } from '../src/cli/usage.ts';
import { type BotProcess, type Exit, startBotProcess } from './bot-process.ts';
import { createFaults } from './faults.ts';
import { killDuringFanOut } from './kill-restart.ts';
import { reconcile } from './ledger.ts';
import { startLoad } from './load.ts';
import {
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
  },
});
const quick = values.quick ?? false;
const minutes = Number(values.minutes ?? (quick ? 3 : 5));
const rate = Number(values.rate);
const warmupMs = quick ? 20_000 : 60_000;
const out = values.out ?? (quick ? 'soak/results/quick.json' : 'soak/results/latest.json');
if (!(minutes >= 3)) throw new Error('--minutes must be at least 3');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

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
const discord = await startFakeDiscord();
const slack = await startFakeSlack();
const port = await freePort();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...secrets,
  DISCORD_API_URL: discord.apiUrl,
  DISCORD_APPLICATION_ID: '',
  DISCORD_GUILD_ID: '',
  SLACK_APP_TOKEN: '',
  SLACK_API_URL: slack.apiUrl,
  SLACK_DIGEST_ADMINS: SLACK_ADMIN,
  PORT: String(port),
  DATA_DIR: join(work, 'data'),
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
const launch = () => startBotProcess(env, logFile, { nodeArgs });
const exits: (Exit & { pid: number })[] = [];
let finished = false;
let bot = await launch();
function supervise(next: BotProcess): BotProcess {
  bot = next;
  void next.exited.then(async (exit) => {
    exits.push({ ...exit, pid: next.pid });
    if (exit.expected || finished) return;
    log(`the bot exited unexpectedly (${exit.signal ?? `code ${exit.code}`}); restarting it`);
    supervise(await launch());
  });
  return next;
}
supervise(bot);

log(`work directory ${work}`);
log(`bot started in ${bot.startMs} ms (pid ${bot.pid})`);
const watch = createWatch(discord, slack);
const ctx = {
  discord,
  slack,
  watch,
  eventsUrl: `http://127.0.0.1:${port}/slack/events`,
  signingSecret: secrets.SLACK_SIGNING_SECRET,
};
const subscribed = await subscribeAll(ctx, Number(values.channels), Number(values.dms));
log(`${subscribed.subscribed} of ${subscribed.asked} subscriptions made`);

const loadStart = Date.now();
let loadEnd = loadStart + minutes * MINUTE;
const load = startLoad(ctx, rate);
const samples: RssSample[] = [];
const sampler = setInterval(() => {
  const bytes = bot.rss();
  if (bytes !== undefined) samples.push({ at: Date.now(), pid: bot.pid, bytes });
}, 2_000);

const faults = createFaults({
  discord,
  slack,
  briefingsDir,
  logFile,
  secrets: Object.values(secrets),
});
const killed = await killDuringFanOut({
  discord,
  slack,
  load,
  bot,
  due: subscribed.subscribed,
  restart: async () => supervise(await launch()),
});
log(
  `SIGKILL during the ${killed.record.minute} fan-out (${killed.record.postedBeforeKill}/${killed.record.due} posted); restarted in ${killed.record.restartMs} ms`,
);

const warmFrom = Date.now() + warmupMs;
// The faults need room after the warm-up; a late kill (a fan-out missed) lengthens the run.
const minimumSpan = quick ? 40_000 : 90_000;
loadEnd = Math.max(loadEnd, warmFrom + minimumSpan + 20_000);
await sleepUntil(warmFrom);
const warmGc = await bot.afterFullGc();
const span = loadEnd - 20_000 - warmFrom;
const faultWindowMs = Math.max(8_000, Math.min(20_000, span * 0.1));
const plan: [number, string, () => Promise<void> | void][] = [
  [0.0, '429s', () => faults.rateLimits()],
  [0.15, '5xx', () => faults.serverErrors()],
  [0.3, 'gateway 4000', () => faults.gatewayClose(4000)],
  [0.42, 'slow answers', () => faults.slowAnswers(faultWindowMs)],
  [0.6, 'gateway 1000', () => faults.gatewayClose(1000)],
  [0.7, 'broken briefing', () => faults.brokenBriefing(faultWindowMs)],
  [
    0.9,
    '429s and 5xx',
    () => {
      faults.rateLimits();
      faults.serverErrors();
    },
  ],
];
if (values['heap-snapshots']) setTimeout(() => bot.heapSnapshot(), 60_000);
for (const [at, name, inject] of plan) {
  await sleepUntil(warmFrom + at * span);
  log(`fault: ${name}`);
  await inject();
}
await sleepUntil(loadEnd);
if (values['heap-snapshots']) bot.heapSnapshot();
const endGc = await bot.afterFullGc();
await load.stop();
log('load stopped; waiting for the last minute of digests');

const lastDue = Math.floor(loadEnd / MINUTE) * MINUTE;
const databaseFile = join(env.DATA_DIR ?? '', 'briefbot.sqlite');
const drainUntil = Date.now() + 90_000;
while (Date.now() < drainUntil && reconcile(databaseFile, discord, slack, lastDue).lost > 0) {
  await sleep(2_000);
}
finished = true;
bot.signal('SIGTERM');
const finalExit = await bot.exited;
clearInterval(sampler);
watch.stop();

const logText = readFileSync(logFile, 'utf8');
const errorLogLines: Record<string, number> = {};
for (const line of logText.split('\n')) {
  const match = /^\{"level":(\d+).*"msg":"([^"]*)"/.exec(line);
  if (match && Number(match[1]) >= 50) {
    errorLogLines[match[2] ?? ''] = (errorLogLines[match[2] ?? ''] ?? 0) + 1;
  }
}
const crashes = exits.filter((e) => !e.expected).length + (finalExit.code === 0 ? 0 : 1);
const result: SoakResult = {
  date: new Date().toISOString(),
  machine: machine(),
  minutes: Math.round(((loadEnd - loadStart) / MINUTE) * 10) / 10,
  requestsPerSecond: rate,
  ...summariseRequests(load.outcomes),
  memory: memory(samples, bot.pid, warmFrom, loadEnd, { warm: warmGc, end: endGc }),
  digests: reconcile(databaseFile, discord, slack, lastDue),
  restart: {
    ...killed.record,
    finishedClaims: (logText.match(/finishing a delivery claimed before a restart/g) ?? []).length,
    caughtUp: (logText.match(/catching up a missed digest/g) ?? []).length,
  },
  faults: faults.records,
  crashes,
  exits: exits.map(
    (e) =>
      `pid ${e.pid}: ${e.signal ?? `code ${e.code}`}${e.expected ? ' (sent by the soak)' : ''}`,
  ),
  secretsInLogs: Object.fromEntries(
    Object.entries(secrets).map(([name, value]) => [name, logText.includes(value)]),
  ),
  errorLogLines,
  subscribeFailures: subscribed.failures,
  rssSeries: samples
    .filter((_, i) => i % 5 === 0)
    .map((s) => ({
      s: Math.round((s.at - loadStart) / 1000),
      pid: s.pid,
      mb: Math.round(s.bytes / 2 ** 20),
    })),
  errorSamples: load.outcomes
    .filter((o) => !o.ok)
    .slice(0, 20)
    .map((o) => ({ at: new Date(o.at).toISOString(), kind: o.kind, error: o.error ?? '' })),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
const table = markdown(result);
writeFileSync(out.replace(/\.json$/, '.md'), table);
process.stdout.write(`${table}\n`);
log(`results in ${out}; bot log in ${logFile}`);
await discord.close();
await slack.close();
process.exit(0);
