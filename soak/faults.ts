import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeSlack } from '../fakes/fake-slack.ts';

/** One fault injected, and what the bot made of it. */
export interface FaultRecord {
  fault: string;
  at: string;
  detail: string;
}

export interface FaultDeps {
  discord: FakeDiscord;
  slack: FakeSlack;
  briefingsDir: string;
  logFile: string;
  /** Echoed in error bodies, as a careless proxy would, to check the logs scrub them. */
  secrets: string[];
}

const DIGEST_CHANNEL = /^\/api\/v10\/channels\/17\d+\/messages$/;
const ANY_CHANNEL = /^\/api\/v10\/channels\/\d+\/messages$/;
const CALLBACK = /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/;
const WEBHOOK = /^\/api\/v10\/webhooks\//;
const isDigest = (body: Record<string, unknown>) => body.metadata !== undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Injects the soak's faults into the fakes and the briefing directory, and records each one. */
export function createFaults(deps: FaultDeps) {
  const { discord, slack } = deps;
  const records: FaultRecord[] = [];
  const record = (fault: string, detail: string) =>
    records.push({ fault, at: new Date().toISOString(), detail });
  const echo = `upstream error; request carried ${deps.secrets.join(' and ')}`;
  let serverErrorRounds = 0;

  return {
    records,

    /** 429s with Retry-After: on digest posts, a DM reply, an interaction callback, Slack posts. */
    rateLimits(): void {
      const limited = {
        status: 429,
        headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
        body: { message: 'You are being rate limited.', retry_after: 1, global: false },
      };
      for (let i = 0; i < 3; i++) discord.overrideOnce('POST', DIGEST_CHANNEL, limited);
      discord.overrideOnce('POST', ANY_CHANNEL, limited);
      discord.overrideOnce('POST', CALLBACK, limited);
      for (let i = 0; i < 3; i++) slack.rateLimitOnce('chat.postMessage', 1);
      record(
        '429 with Retry-After: 1',
        '4 Discord channel posts, 1 interaction callback, 3 Slack posts',
      );
    },

    /**
     * 5xx answers, their bodies quoting the secrets. One digest channel on each platform fails
     * five times in a row, one more than the REST and Web API clients retry, so the scheduler's
     * own retry (and on Slack its history check) runs; other posts and a callback fail once.
     */
    serverErrors(): void {
      const n = serverErrorRounds++;
      const channel = String(1_700_000_000_000_000_001n + BigInt(n));
      const bad = { status: 502, body: { message: echo, code: 0 } };
      const path = new RegExp(`^/api/v10/channels/${channel}/messages$`);
      for (let i = 0; i < 5; i++) discord.overrideOnce('POST', path, bad);
      for (let i = 0; i < 2; i++) discord.overrideOnce('POST', DIGEST_CHANNEL, bad);
      discord.overrideOnce('POST', CALLBACK, { status: 500, body: { message: echo, code: 0 } });
      const failure = { status: 500, json: { ok: false, error: 'internal_error', detail: echo } };
      const inChannel = (body: Record<string, unknown>) => body.channel === `CSOAK${n}`;
      for (let i = 0; i < 5; i++) slack.overrideOnce('chat.postMessage', failure, inChannel);
      for (let i = 0; i < 2; i++) slack.overrideOnce('chat.postMessage', failure, isDigest);
      slack.overrideOnce('chat.postMessage', failure);
      record(
        '5xx answers',
        '5 in a row for one digest channel on each platform; 2 other digest posts and 1 callback or post each',
      );
    },

    /** Every answer from both platforms takes 0.5 to 2.5 s, for `ms`. */
    async slowAnswers(ms: number): Promise<void> {
      const slow = () => 500 + Math.random() * 2000;
      const undo = [
        discord.slowDown('POST', ANY_CHANNEL, slow),
        discord.slowDown('POST', CALLBACK, slow),
        discord.slowDown('PATCH', WEBHOOK, slow),
        discord.slowDown('POST', WEBHOOK, slow),
        slack.slowDown('chat.postMessage', slow),
        slack.slowDown('chat.postEphemeral', slow),
        slack.slowDown('conversations.open', slow),
      ];
      await sleep(ms);
      for (const stop of undo) stop();
      record(
        'slow answers',
        `0.5-2.5 s on every Discord and Slack answer for ${Math.round(ms / 1000)} s`,
      );
    },

    /** Closes the gateway with `code` and waits for the bot to have a session again. */
    async gatewayClose(code: 4000 | 1000): Promise<void> {
      const resumes = discord.resumes.length;
      const identifies = discord.identifies.length;
      const started = performance.now();
      discord.closeGateway(code);
      await until(() => discord.sessionCount() === 0, 2_000);
      const back = await until(() => discord.sessionCount() > 0, 60_000);
      const how =
        discord.resumes.length > resumes
          ? 'resumed'
          : discord.identifies.length > identifies
            ? 'identified afresh'
            : 'did not reconnect';
      const ms = Math.round(performance.now() - started);
      record(
        `gateway closed with ${code}`,
        back ? `${how} after ${ms} ms` : 'no session after 60 s',
      );
    },

    /**
     * Saves a broken version of the seed briefing (cut off mid-file, as a full disk would), checks
     * the bot logs the problem with file and line, then restores it after `mendAfterMs`.
     */
    async brokenBriefing(
      mendAfterMs: number,
      /** Something done while the file is broken (a process restarted); mended once it is over. */
      whileBroken?: { name: string; run: () => Promise<unknown> },
    ): Promise<void> {
      const file = join(deps.briefingsDir, 'russia-dprk.yaml');
      const good = readFileSync(file, 'utf8');
      const logged = () => readFileSync(deps.logFile, 'utf8').length;
      const from = logged();
      writeFileSync(file, `${good.slice(0, Math.floor(good.length * 0.6))}\n  - [unclosed\n`);
      const problemLogged = await until(() => {
        const text = readFileSync(deps.logFile, 'utf8').slice(from);
        return /"problem":"[^"]*russia-dprk\.yaml:\d+/.test(text);
      }, 10_000);
      await Promise.all([sleep(mendAfterMs), whileBroken?.run()]);
      const mendFrom = logged();
      writeFileSync(file, good);
      const reloaded = await until(
        () =>
          readFileSync(deps.logFile, 'utf8')
            .slice(mendFrom)
            .includes('"briefings":1,"msg":"briefings reloaded"'),
        10_000,
      );
      record(
        'briefing file broken, then mended',
        `${problemLogged ? 'problem logged with file and line' : 'NO problem logged'}${whileBroken ? `; ${whileBroken.name} while broken` : ''}; ${reloaded ? 'reloaded once mended' : 'NOT reloaded'}`,
      );
    },
  };
}

export type Faults = ReturnType<typeof createFaults>;
