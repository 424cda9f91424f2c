import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../../fakes/fake-discord.ts';
import { type FakeSlack, startFakeSlack } from '../../fakes/fake-slack.ts';
import { reconcile } from '../../soak/ledger.ts';
import { readPostgres, readSqlite } from '../../soak/ledger-stores.ts';
import { createPostgresSubscriptionStore, openPostgres } from '../../src/digests/pg-store.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import type { SubscriptionStore } from '../../src/digests/subscription-store.ts';
import { dataDir, newSubscription } from '../helpers/digests.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';

const schemas = testSchemas('soak-ledger');
afterAll(() => schemas.dropAll());

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const fake of running.splice(0)) await fake.close();
});

const MINUTE = 60_000;
const first = new Date('2026-12-05T06:00:00.000Z');
const second = new Date(first.getTime() + MINUTE);

/** Posts as the bot does: Discord with the delivery's nonce, Slack with its metadata. */
async function post(discord: FakeDiscord, slack: FakeSlack, delivery: number, channel: string) {
  if (/^\d+$/.test(channel)) {
    await fetch(`${discord.apiUrl}/v10/channels/${channel}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        content: 'digest',
        nonce: `digest-${delivery}.0`,
        enforce_nonce: true,
      }),
    });
    return;
  }
  await fetch(`${slack.apiUrl}chat.postMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channel,
      text: 'digest',
      metadata: {
        event_type: 'briefbot_delivery',
        event_payload: { key: `digest-${delivery}`, part: 0 },
      },
    }),
  });
}

/**
 * Two subscriptions made before the first minute; the Discord one is posted both minutes, the
 * Slack one the first minute twice (a duplicate) and never the second (lost).
 */
async function scenario(store: SubscriptionStore, discord: FakeDiscord, slack: FakeSlack) {
  const createdAt = new Date(first.getTime() - 30_000);
  const onDiscord = await store.createSubscription({
    ...newSubscription({ platform: 'discord', channelId: '1700000000000000001' }),
    createdAt,
  });
  const onSlack = await store.createSubscription({
    ...newSubscription({ platform: 'slack', channelId: 'CLEDGER' }),
    createdAt,
  });
  for (const [subscription, minute] of [
    [onDiscord, first],
    [onDiscord, second],
    [onSlack, first],
  ] as const) {
    const claim = await store.claimDelivery(subscription.id, minute, minute);
    if (!claim) throw new Error('not claimed');
    await post(discord, slack, claim.id, subscription.channelId);
    if (subscription === onSlack) await post(discord, slack, claim.id, subscription.channelId);
    await store.finishDelivery(claim.id, { status: 'sent' }, new Date(minute.getTime() + 2_000));
  }
}

describe('the soak ledger', () => {
  it('counts the same from a SQLite file and from a PostgreSQL schema', async () => {
    const ledgers = [];
    for (const kind of ['sqlite', 'postgres'] as const) {
      const discord = await startFakeDiscord();
      const slack = await startFakeSlack();
      running.push(discord, slack);
      const file = join(dataDir(), `ledger-${kind}.sqlite`);
      const schema = schemas.next();
      const store =
        kind === 'sqlite'
          ? createSqliteSubscriptionStore(openDatabase(file))
          : createPostgresSubscriptionStore(
              await openPostgres({
                url: TEST_DATABASE_URL,
                schema,
                shownAs: 'the test server',
                onIdleError: () => undefined,
              }),
            );
      await scenario(store, discord, slack);
      await store.close();
      const rows =
        kind === 'sqlite' ? readSqlite(file) : await readPostgres(TEST_DATABASE_URL, schema);
      ledgers.push(reconcile(rows, discord, slack, second.getTime()));
    }
    const [fromSqlite, fromPostgres] = ledgers;
    expect(fromSqlite).toMatchObject({
      subscriptions: 2,
      due: 4,
      delivered: 3,
      lost: 1,
      duplicated: 1,
      misdirected: 0,
      delaySeconds: { p50: 2, max: 2 },
      statuses: { sent: 3 },
    });
    expect(fromPostgres).toEqual(fromSqlite);
  });
});
