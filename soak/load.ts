import { text } from '../fakes/discord-payloads.ts';
import { hostileFragments } from '../test/fuzz/hostile.ts';
import {
  discordAutocomplete,
  discordDm,
  discordSlash,
  type Outcome,
  type SoakContext,
  slackDm,
  slackForged,
  slackMention,
  slackSlash,
} from './requests.ts';

/** The seed briefing's title: an answer about it that lacks this is wrong. */
export const SEED_TITLE = 'Putin and Kim sign a strategic partnership';

interface Question {
  text: string;
  /** A string the answer must contain (questions whose answer is known). */
  expect?: string;
}

/** What people ask, in DMs and mentions: plain language, slash-style, and hostile text. */
const questions: Question[] = [
  { text: 'what did blinken say?', expect: 'Antony Blinken' },
  { text: 'brief me on russia and north korea', expect: SEED_TITLE },
  { text: 'quotes from putin about sanctions' },
  { text: 'who is shin won-sik?', expect: 'Shin Won-sik' },
  { text: '/topics', expect: SEED_TITLE },
  { text: 'help' },
  { text: '/quote kim' },
];

/** Slash commands: [command, arguments as typed on Slack, the same as Discord options, expect]. */
const commands: [string, string, Record<string, string>, string | undefined][] = [
  ['brief', 'russia-dprk', { topic: 'russia-dprk' }, SEED_TITLE],
  ['brief', 'russia-dprk section:quotes', { topic: 'russia-dprk', section: 'quotes' }, undefined],
  ['quote', 'blinken', { person: 'blinken' }, 'Antony Blinken'],
  ['quote', 'putin sanctions', { person: 'putin', topic: 'sanctions' }, undefined],
  ['who', 'shin won-sik', { person: 'shin won-sik' }, 'Shin Won-sik'],
  ['who', '', {}, undefined],
  ['topics', '', {}, SEED_TITLE],
  ['search', 'artillery shells', { words: 'artillery shells' }, undefined],
  ['help', '', {}, undefined],
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/**
 * One in five questions is hostile: user errors are answers too, never apologies. The fragment
 * sits inside a question, because a message that is empty once trimmed (or once Slack's `<…>`
 * tokens are dropped) is rightly not answered at all.
 */
function question(): Question {
  if (Math.random() >= 0.2) return pick(questions);
  const fragment = pick(hostileFragments);
  return { text: pick([`who is ${fragment}?`, `quote ${fragment}`, `brief me on ${fragment} x`]) };
}

/** A pool of conversations with one question in flight each, so each answer is unambiguous. */
function pool(ids: string[]) {
  const free = [...ids];
  return {
    take: () => free.shift(),
    give: (id: string) => free.push(id),
  };
}

type Kind = (ctx: SoakContext) => Promise<Outcome> | undefined;

/** The mix of traffic, by weight: slash commands and autocomplete, DMs and mentions. */
/** Where a kind of request arrives: over the gateway for a guild, for a DM, or over HTTP (Slack). */
type Arrives = 'guild' | 'dm' | 'http';

function kinds(): [number, Arrives, Kind][] {
  const discordDms = pool(
    Array.from({ length: 8 }, (_, i) => String(1_510_000_000_000_000_001n + BigInt(i))),
  );
  const slackDms = pool(Array.from({ length: 8 }, (_, i) => `DSOAKPOOL${i}`));
  const pooled = (p: ReturnType<typeof pool>, run: (id: string) => Promise<Outcome>) => {
    const id = p.take();
    if (id === undefined) return undefined;
    return run(id).finally(() => p.give(id));
  };
  return [
    [
      3,
      'guild',
      (ctx) => {
        const [name, , options, expect] = pick(commands);
        const hostile = Math.random() < 0.15 && name === 'quote';
        const args = hostile ? { person: pick(hostileFragments) } : options;
        const typed = Object.entries(args).map(([key, value]) => text(key, value));
        return discordSlash(ctx, name, typed, {}, hostile ? undefined : expect);
      },
    ],
    [
      2,
      'guild',
      (ctx) => {
        const [name, option, partial] = pick([
          ['quote', 'person', 'bli'],
          ['quote', 'person', 'pu'],
          ['who', 'person', 'kim'],
          ['brief', 'topic', 'rus'],
          ['quote', 'person', pick(hostileFragments).slice(0, 100)],
        ] as const);
        return discordAutocomplete(ctx, name, [text(option, partial, true)]);
      },
    ],
    [
      1.5,
      'dm',
      (ctx) =>
        pooled(discordDms, (id) => {
          const q = question();
          return discordDm(ctx, id, q.text, q.expect);
        }),
    ],
    [
      3,
      'http',
      (ctx) => {
        const [name, typed, , expect] = pick(commands);
        const hostile = Math.random() < 0.15 && name === 'quote';
        return hostile
          ? slackSlash(ctx, `/${name}`, pick(hostileFragments))
          : slackSlash(ctx, `/${name}`, typed, {}, expect);
      },
    ],
    [
      1.5,
      'http',
      (ctx) =>
        pooled(slackDms, (id) => {
          const q = question();
          return slackDm(ctx, id, q.text, q.expect);
        }),
    ],
    [
      1,
      'http',
      (ctx) => {
        const q = question();
        return slackMention(ctx, q.text, q.expect);
      },
    ],
    [0.5, 'http', (ctx) => slackForged(ctx)],
  ];
}

/**
 * A steady mixed load at `perSecond` requests a second. Discord traffic waits while the gateway
 * has no session (a reconnect in progress), and everything waits while the load is paused (the
 * bot restarting); Slack then takes the turn, so the rate stays steady.
 */
export function startLoad(ctx: SoakContext, perSecond: number) {
  const outcomes: (Outcome & { at: number })[] = [];
  const inFlight = new Set<Promise<void>>();
  const mix = kinds();
  const total = mix.reduce((sum, [weight]) => sum + weight, 0);
  let paused = false;

  function send(): void {
    if (paused) return;
    // Discord drops the events of a shard with no session; a person would see the failure.
    const up = {
      guild: ctx.discord.shardUp(ctx.discordShard('guild')),
      dm: ctx.discord.shardUp(ctx.discordShard('dm')),
      http: true,
    };
    for (let tries = 0; tries < 5; tries++) {
      const roll = Math.random() * total;
      let sum = 0;
      const chosen =
        mix.find(([weight]) => {
          sum += weight;
          return roll < sum;
        }) ?? mix[0];
      if (!chosen) return;
      const [, arrives, kind] = chosen;
      if (!up[arrives]) continue;
      const at = Date.now();
      const running = kind(ctx);
      if (running === undefined) continue;
      const tracked = running.then((result) => {
        const slot = arrives === 'http' ? result.slot : ctx.discordShard(arrives);
        outcomes.push({ ...result, slot, at });
      });
      inFlight.add(tracked);
      void tracked.finally(() => inFlight.delete(tracked));
      return;
    }
  }

  const timer = setInterval(send, 1000 / perSecond);
  return {
    outcomes,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
    },
    /** Waits until no request is outstanding (after a pause, for example). */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    /** Stops sending and waits for every answer still outstanding. */
    async stop(): Promise<void> {
      clearInterval(timer);
      await Promise.allSettled([...inFlight]);
    },
  };
}

export type Load = ReturnType<typeof startLoad>;
