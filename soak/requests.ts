import {
  ADMIN_PERMISSIONS,
  autocomplete,
  type CommandOption,
  directMessage,
  slashCommand,
  USER,
} from '../fakes/discord-payloads.ts';
import type { FakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeSlack } from '../fakes/fake-slack.ts';
import {
  eventBody,
  type SignedOptions,
  signature,
  slashCommandBody,
} from '../fakes/slack-requests.ts';
import { type Balancer, type Route, RouteError } from './balancer.ts';
import type { Seen, Watch } from './watch.ts';

/** What a request is sent with. */
export interface SoakContext {
  discord: FakeDiscord;
  slack: FakeSlack;
  watch: Watch;
  /** Sends a request to Bolt's endpoint (`/slack/events`) of one of the processes. */
  slackApp: Balancer;
  signingSecret: string;
  /** The process whose gateway connection gets a guild's events, or direct messages. */
  discordShard(place: 'guild' | 'dm'): number;
}

/** How one request went: answered in `ms`, or an error (no answer, an apology, a wrong one). */
export interface Outcome {
  kind: string;
  ok: boolean;
  ms: number;
  error?: string;
  /** The answer, as JSON, for requests that check what they got. */
  answer?: string;
  /** The process the request went to (0 with one process). */
  slot?: number;
  /** Processes skipped before it because they were down (Slack, through the balancer). */
  retried?: number;
  /** A Slack event delivered again because the process it first reached died holding it. */
  redelivered?: boolean;
  /** A failure because the process holding the request was killed (see cut-off.ts). */
  cutOff?: boolean;
}

/** Where a failed Slack request went, for telling a request cut off by a kill from the rest. */
const routeOf = (error: unknown): Partial<Route> =>
  error instanceof RouteError ? error.route : {};

/** Longer than any answer should take; the platforms themselves give up after 3 seconds. */
export const ANSWER_TIMEOUT_MS = 15_000;
const APOLOGY = 'Sorry, something went wrong';

let counter = 0;
/** A number unique within this run, for ids, timestamps and response URLs. */
export const next = () => ++counter;

function outcome(kind: string, sent: number, seen: Seen | undefined, expect?: string): Outcome {
  if (seen === undefined) return { kind, ok: false, ms: ANSWER_TIMEOUT_MS, error: 'no answer' };
  const ms = seen.at - sent;
  const answer = JSON.stringify(seen.body) ?? '';
  if (answer.includes(APOLOGY)) return { kind, ok: false, ms, error: 'apology', answer };
  if (expect !== undefined && !answer.includes(expect)) {
    return { kind, ok: false, ms, error: `answer without "${expect}"`, answer };
  }
  return { kind, ok: true, ms, answer };
}

/** Where a Discord interaction comes from: a guild channel (and the member's rights) or a DM. */
export interface DiscordPlace {
  channelId?: string;
  admin?: boolean;
  dmUserId?: string;
}

function placed<T extends Record<string, unknown>>(interaction: T, place: DiscordPlace): T {
  if (place.dmUserId !== undefined) {
    const user = { ...USER, id: place.dmUserId };
    const channel = { id: `15${place.dmUserId.slice(2)}`, type: 1 };
    return { ...interaction, user, channel, channel_id: channel.id };
  }
  if (place.channelId === undefined) return interaction;
  const channel = { ...(interaction.channel as object), id: place.channelId };
  return { ...interaction, channel, channel_id: place.channelId };
}

/** A slash command over the gateway; answered when the callback (or the deferred edit) arrives. */
export async function discordSlash(
  ctx: SoakContext,
  name: string,
  options: CommandOption[],
  place: DiscordPlace = {},
  expect?: string,
): Promise<Outcome> {
  const where = place.dmUserId
    ? { dm: true }
    : { permissions: place.admin ? ADMIN_PERMISSIONS : undefined };
  const interaction = placed(slashCommand(name, options, where), place);
  const callback = ctx.watch.expect(`interaction:${interaction.id}`, ANSWER_TIMEOUT_MS);
  const edit = ctx.watch.expect(`webhook:${interaction.token}`, ANSWER_TIMEOUT_MS);
  const sent = performance.now();
  ctx.discord.dispatch('INTERACTION_CREATE', interaction);
  const first = await callback;
  if ((first?.body as { type?: number } | undefined)?.type !== 5) {
    ctx.watch.cancel(`webhook:${interaction.token}`);
    return outcome('discord slash command', sent, first, expect);
  }
  return outcome('discord slash command', sent, await edit, expect);
}

/** Autocomplete for one focused option; answered by a callback of type 8 with choices. */
export async function discordAutocomplete(
  ctx: SoakContext,
  name: string,
  options: CommandOption[],
): Promise<Outcome> {
  const interaction = autocomplete(name, options);
  const callback = ctx.watch.expect(`interaction:${interaction.id}`, ANSWER_TIMEOUT_MS);
  const sent = performance.now();
  ctx.discord.dispatch('INTERACTION_CREATE', interaction);
  const seen = await callback;
  const result = outcome('discord autocomplete', sent, seen);
  if (result.ok && (seen?.body as { type?: number } | undefined)?.type !== 8) {
    return { ...result, ok: false, error: 'not an autocomplete answer' };
  }
  return result;
}

/** A DM in `channelId` (one at a time per channel); answered by the bot's post there. */
export async function discordDm(
  ctx: SoakContext,
  channelId: string,
  text: string,
  expect?: string,
): Promise<Outcome> {
  const author = { ...USER, id: `14${channelId.slice(2)}` };
  const message = { ...directMessage(text, author), channel_id: channelId };
  const reply = ctx.watch.expect(`channel:${channelId}`, ANSWER_TIMEOUT_MS);
  const sent = performance.now();
  ctx.discord.dispatch('MESSAGE_CREATE', message);
  return outcome('discord DM', sent, await reply, expect);
}

/** A signed slash command; answered in the acknowledgement or at its response_url. */
export async function slackSlash(
  ctx: SoakContext,
  command: string,
  text: string,
  fields: Record<string, string> = {},
  expect?: string,
): Promise<Outcome> {
  const path = `/respond/soak-${next()}`;
  const responded = ctx.watch.expect(`respond:${path}`, ANSWER_TIMEOUT_MS);
  const body = slashCommandBody(command, text, `${ctx.slack.url}${path}`, fields);
  const sent = performance.now();
  try {
    const response = await ctx.slackApp.post(ctx.signingSecret, body);
    const route = { slot: response.slot, retried: response.retried };
    const acked = sent + response.ms;
    if (response.status !== 200) {
      ctx.watch.cancel(`respond:${path}`);
      return {
        kind: 'slack slash command',
        ok: false,
        ms: response.ms,
        error: `HTTP ${response.status}`,
        ...route,
      };
    }
    if (response.text !== '') {
      ctx.watch.cancel(`respond:${path}`);
      const seen = { at: acked, body: response.json };
      return { ...outcome('slack slash command', sent, seen, expect), ...route };
    }
    return { ...outcome('slack slash command', sent, await responded, expect), ...route };
  } catch (error) {
    ctx.watch.cancel(`respond:${path}`);
    return {
      kind: 'slack slash command',
      ok: false,
      ms: performance.now() - sent,
      error: String(error),
      ...routeOf(error),
    };
  }
}

/**
 * Delivers an event as Slack does: one that got no HTTP response at all (the process holding it
 * died before acknowledging it) is delivered again at once, signed afresh and marked as Slack
 * marks its retries, through the balancer to a process that is up. An event acknowledged and then
 * lost with its process is not: Slack never sends it again.
 */
async function deliverEvent(ctx: SoakContext, body: string) {
  try {
    return { ...(await ctx.slackApp.post(ctx.signingSecret, body)), redelivered: false };
  } catch (error) {
    if (!(error instanceof RouteError)) throw error;
    const headers = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' };
    return {
      ...(await ctx.slackApp.post(ctx.signingSecret, body, { headers })),
      redelivered: true,
    };
  }
}

/** A signed Events API event; answered by the bot's post to `key` (the channel or thread). */
async function slackEvent(
  ctx: SoakContext,
  kind: string,
  event: Record<string, unknown>,
  key: string,
  expect?: string,
): Promise<Outcome> {
  const reply = ctx.watch.expect(key, ANSWER_TIMEOUT_MS);
  const sent = performance.now();
  let route: Route & { redelivered?: boolean };
  try {
    const response = await deliverEvent(ctx, eventBody(event, `EvSoak${next()}`));
    route = { slot: response.slot, retried: response.retried, redelivered: response.redelivered };
    if (response.status !== 200) {
      ctx.watch.cancel(key);
      return { kind, ok: false, ms: response.ms, error: `HTTP ${response.status}`, ...route };
    }
  } catch (error) {
    ctx.watch.cancel(key);
    return {
      kind,
      ok: false,
      ms: performance.now() - sent,
      error: String(error),
      ...routeOf(error),
    };
  }
  return { ...outcome(kind, sent, await reply, expect), ...route };
}

/** A DM to the bot in `channel` (one at a time per channel). */
export function slackDm(ctx: SoakContext, channel: string, text: string, expect?: string) {
  const event = {
    type: 'message',
    channel_type: 'im',
    channel,
    user: `U${channel.slice(1)}`,
    text,
    ts: `${Date.now() / 1000}`,
  };
  return slackEvent(ctx, 'slack DM', event, `slack:${channel}`, expect);
}

/** An @-mention in a channel thread; the answer goes to that thread. */
export function slackMention(ctx: SoakContext, text: string, expect?: string) {
  const thread = `${1_700_000_000 + next()}.000500`;
  const event = {
    type: 'app_mention',
    channel: 'CSOAKMENTIONS',
    user: 'USOAKMENTIONER',
    text: `<@UBOT> ${text}`,
    ts: thread,
    thread_ts: thread,
  };
  return slackEvent(ctx, 'slack mention', event, `thread:${thread}`, expect);
}

/** The kind of the requests that must be refused; they are counted apart from the rest. */
export const FORGED = 'slack forged request';

/**
 * A slash command that is not provably from Slack now: signed with a wrong secret, six minutes
 * old, or changed after signing. It must get 401, and nothing may reach its response_url.
 */
export async function slackForged(ctx: SoakContext): Promise<Outcome> {
  const path = `/respond/forged-${next()}`;
  const responded = ctx.watch.expect(`respond:${path}`, 1_000);
  const body = slashCommandBody('/quote', 'blinken', `${ctx.slack.url}${path}`);
  const now = Math.floor(Date.now() / 1000);
  const attacks: [string, SignedOptions][] = [
    [body, { secret: 'not-the-signing-secret' }],
    [body, { timestamp: now - 6 * 60 }],
    [
      body.replace('blinken', 'putin'),
      { timestamp: now, signature: signature(ctx.signingSecret, now, body) },
    ],
  ];
  const [sent, options] = attacks[Math.floor(Math.random() * attacks.length)] ?? [body, {}];
  let response: Awaited<ReturnType<Balancer['post']>>;
  try {
    response = await ctx.slackApp.post(ctx.signingSecret, sent, options);
  } catch (error) {
    ctx.watch.cancel(`respond:${path}`);
    return { kind: FORGED, ok: false, ms: 0, error: String(error), ...routeOf(error) };
  }
  const answered = await responded;
  const ok = response.status === 401 && answered === undefined;
  return {
    kind: FORGED,
    ok,
    ms: response.ms,
    slot: response.slot,
    retried: response.retried,
    ...(ok ? {} : { error: answered ? 'answered' : `HTTP ${response.status}` }),
  };
}
