import type { FakeDiscord } from '../fakes/fake-discord.ts';
import type { FakeSlack } from '../fakes/fake-slack.ts';

/** What happened to the digests that fell due during the soak. */
export interface DigestLedger {
  subscriptions: number;
  /** (subscription, minute) pairs that fell due while the load ran. */
  due: number;
  /** Due pairs with at least one message in the right conversation. */
  delivered: number;
  /** Messages beyond the first for the same delivery and part (what a reader sees twice). */
  duplicated: number;
  /** Due pairs with no message at all. */
  lost: number;
  /** Messages that landed in a conversation other than their subscription's. */
  misdirected: number;
  /** Discord digest posts sent again with a nonce already used (a retry, or after the restart). */
  repeatedPosts: number;
  /** Slack deliveries that checked the channel history before posting again. */
  historyChecks: number;
  /** Seconds from the scheduled minute to the delivery being recorded as sent. */
  /** Null when no digest was sent: not measured, never 0. */
  delaySeconds: { p50: number | null; p99: number | null; max: number | null };
  /** Deliveries in the database, by status. */
  statuses: Record<string, number>;
}

/** A subscription as the ledger needs it, whichever store it came from (times as ISO strings). */
export interface SubscriptionRow {
  id: number;
  platform: string;
  channel_id: string;
  is_direct: number | boolean;
  created_at: string;
}

export interface DeliveryRow {
  id: number;
  subscription_id: number;
  scheduled_for: string;
  status: string;
  finished_at: string | null;
}

/** Everything the ledger reads from the bot's store. */
export interface StoreRows {
  subscriptions: SubscriptionRow[];
  deliveries: DeliveryRow[];
}

const MINUTE = 60_000;

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

/** The conversation a subscription's messages must land in, as each fake names it. */
function conversationOf(s: SubscriptionRow): string {
  if (!s.is_direct) return s.channel_id;
  return s.platform === 'discord' ? `9${s.channel_id.slice(1)}` : `D${s.channel_id}`;
}

/** Every digest message the fakes hold: its delivery id, part and conversation. */
function postedDigests(discord: FakeDiscord, slack: FakeSlack) {
  const posted: { delivery: number; part: number; conversation: string }[] = [];
  for (const message of discord.created as { nonce?: string; channel_id: string }[]) {
    const match = /^digest-(\d+)\.(\d+)$/.exec(message.nonce ?? '');
    if (match) {
      posted.push({
        delivery: Number(match[1]),
        part: Number(match[2]),
        conversation: message.channel_id,
      });
    }
  }
  for (const [channel, messages] of slack.posted) {
    for (const message of messages) {
      const metadata = message.metadata as
        | { event_type?: string; event_payload?: { key?: string; part?: number } }
        | undefined;
      const key = /^digest-(\d+)$/.exec(metadata?.event_payload?.key ?? '');
      if (metadata?.event_type === 'briefbot_delivery' && key) {
        posted.push({
          delivery: Number(key[1]),
          part: Number(metadata.event_payload?.part ?? 0),
          conversation: channel,
        });
      }
    }
  }
  return posted;
}

/**
 * Reconciles the bot's database (its rows, read from SQLite or PostgreSQL by ledger-stores.ts)
 * with what the fakes were actually sent. A (subscription, minute)
 * is due when the subscription existed before that minute and the minute is no later than
 * `lastDue`; it is delivered when a message carrying one of its deliveries' keys reached the
 * subscription's conversation.
 */
export function reconcile(
  { subscriptions, deliveries }: StoreRows,
  discord: FakeDiscord,
  slack: FakeSlack,
  lastDue: number,
): DigestLedger {
  const bySubscription = new Map(subscriptions.map((s) => [s.id, s]));
  const byDelivery = new Map(deliveries.map((d) => [d.id, d]));

  const due = new Set<string>();
  for (const s of subscriptions) {
    const first = Math.floor(Date.parse(s.created_at) / MINUTE) * MINUTE + MINUTE;
    for (let minute = first; minute <= lastDue; minute += MINUTE) {
      due.add(`${s.id}@${new Date(minute).toISOString()}`);
    }
  }

  const delivered = new Set<string>();
  const parts = new Map<string, number>();
  let misdirected = 0;
  for (const message of postedDigests(discord, slack)) {
    const delivery = byDelivery.get(message.delivery);
    const subscription = delivery && bySubscription.get(delivery.subscription_id);
    if (!delivery || !subscription || conversationOf(subscription) !== message.conversation) {
      misdirected++;
      continue;
    }
    delivered.add(`${subscription.id}@${delivery.scheduled_for}`);
    const part = `${delivery.id}.${message.part}`;
    parts.set(part, (parts.get(part) ?? 0) + 1);
  }

  const nonces = discord.requests
    .filter((r) => r.method === 'POST')
    .map((r) => String((r.body as { nonce?: unknown })?.nonce))
    .filter((nonce) => nonce.startsWith('digest-'));
  const delays = deliveries
    .filter((d) => d.status === 'sent' && d.finished_at)
    .map((d) => (Date.parse(d.finished_at ?? '') - Date.parse(d.scheduled_for)) / 1000)
    .sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const d of deliveries) statuses[d.status] = (statuses[d.status] ?? 0) + 1;

  return {
    subscriptions: subscriptions.length,
    due: due.size,
    delivered: [...due].filter((pair) => delivered.has(pair)).length,
    duplicated: [...parts.values()].reduce((sum, count) => sum + count - 1, 0),
    lost: [...due].filter((pair) => !delivered.has(pair)).length,
    misdirected,
    repeatedPosts: nonces.length - new Set(nonces).size,
    historyChecks: slack.callsTo('conversations.history').length,
    delaySeconds:
      delays.length === 0
        ? { p50: null, p99: null, max: null }
        : {
            p50: percentile(delays, 50),
            p99: percentile(delays, 99),
            max: delays.at(-1) ?? null,
          },
    statuses,
  };
}
