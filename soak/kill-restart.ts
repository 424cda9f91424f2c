import type { FakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeSlack } from '../fakes/fake-slack.ts';
import type { BotProcess } from './bot-process.ts';
import type { Load } from './load.ts';

const MINUTE = 60_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the SIGKILL caught, and how the restart went. */
export interface KillRecord {
  /** The minute whose fan-out was interrupted. */
  minute: string;
  /** Digest posts of that minute made before the kill, of the number due. */
  postedBeforeKill: number;
  due: number;
  /** From spawning the new process to its "briefbot is running". */
  restartMs: number;
  /** Minutes whose fan-out could not be caught in progress, with their posts seen (then the next is tried). */
  missed: { minute: string; posted: number }[];
}

/** Digest posts the fakes have seen so far (Discord posts with a digest nonce; Slack with metadata). */
export function digestPosts(discord: FakeDiscord, slack: FakeSlack): number {
  const onDiscord = discord.requests.filter(
    (r) => r.method === 'POST' && /^digest-/.test(String((r.body as { nonce?: unknown })?.nonce)),
  ).length;
  const onSlack = slack.calls.filter(
    (c) => c.method === 'chat.postMessage' && c.body.metadata !== undefined,
  ).length;
  return onDiscord + onSlack;
}

/**
 * Kills the bot with SIGKILL in the middle of a minute's digest fan-out, then starts it again with
 * the same DATA_DIR. Channel posts are slowed to 300 ms around the minute so the fan-out takes a
 * few seconds; the kill lands once a quarter of that minute's posts have been made. The load is
 * paused from just before the minute until the new process runs (until the kill, when other
 * processes are running), so that no request is in flight when the process dies (the fault under
 * test is the fan-out).
 */
export async function killDuringFanOut(options: {
  discord: FakeDiscord;
  slack: FakeSlack;
  load: Load;
  bot: BotProcess;
  due: number;
  restart: () => Promise<BotProcess>;
  othersRunning?: boolean;
}): Promise<{ record: KillRecord; bot: BotProcess }> {
  const { discord, slack, load } = options;
  const missed: KillRecord['missed'] = [];
  for (;;) {
    let minute = Math.ceil(Date.now() / MINUTE) * MINUTE;
    if (minute - Date.now() < 8_000) minute += MINUTE;
    await sleep(minute - Date.now() - 4_000);
    load.pause();
    await load.idle();
    const undo = [
      discord.slowDown('POST', /^\/api\/v10\/channels\/\d+\/messages$/, 300),
      slack.slowDown('chat.postMessage', 300),
    ];
    const before = digestPosts(discord, slack);
    const threshold = Math.ceil(options.due / 4);
    let posted = 0;
    while (posted < threshold && Date.now() < minute + 30_000) {
      await sleep(2);
      posted = digestPosts(discord, slack) - before;
    }
    if (posted >= options.due || posted < threshold) {
      for (const stop of undo) stop();
      load.resume();
      missed.push({ minute: new Date(minute).toISOString(), posted });
      if (missed.length >= 3) throw new Error('could not catch a digest fan-out in progress');
      continue;
    }
    options.bot.signal('SIGKILL');
    await options.bot.exited;
    for (const stop of undo) stop();
    // With other processes running, they take the load while this one restarts.
    if (options.othersRunning) load.resume();
    const spawned = Date.now();
    const bot = await options.restart();
    load.resume();
    return {
      bot,
      record: {
        minute: new Date(minute).toISOString(),
        postedBeforeKill: posted,
        due: options.due,
        restartMs: Date.now() - spawned,
        missed,
      },
    };
  }
}
