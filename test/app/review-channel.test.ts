import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type AnnouncementLedger,
  createAnnouncementLedger,
  createPostgresAnnouncementLedger,
} from '../../src/app/announcement-ledger.ts';
import { createRedisSeenOnce } from '../../src/app/redis-seen-once.ts';
import { createReviewChannel } from '../../src/app/review-channel.ts';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { createDraftReview } from '../../src/content/draft-review.ts';
import { serveBriefings } from '../../src/content/serve-briefings.ts';
import type { Reply } from '../../src/core/reply.ts';
import { writeDraft } from '../../src/derive/write-draft.ts';
import { openPostgres } from '../../src/digests/pg-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';

// The Redis every development and CI machine runs; this file writes under its own prefix.
const REDIS_URL = 'redis://127.0.0.1:6379';
const prefix = `briefbot-test-${randomBytes(4).toString('hex')}:`;
const stores: ReturnType<typeof createRedisSeenOnce>[] = [];
const dirs: string[] = [];
const schemas = testSchemas('review-channel');

afterAll(async () => {
  await schemas.dropAll();
  await Promise.all(stores.map((store) => store.close()));
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const log = createLogger({ level: 'silent', destination: new PassThrough() });

function draftFile(id: string, extra: Record<string, unknown> = {}): string {
  const briefing = briefingSchema.parse(
    briefingData({ id, title: `Draft ${id}`, draft: true, ...extra }),
  );
  return writeDraft(briefing, { unattributed: [] });
}

/** One bot process's view of a shared folder, posting what it announces into `posts`. */
function botProcess(
  dir: string,
  posts: string[],
  once?: (key: string) => Promise<boolean>,
  ledger?: AnnouncementLedger,
) {
  const folder = serveBriefings({ library: createLibrary(), dir, log, watch: false });
  const review = createDraftReview({
    drafts: () => folder.drafts(),
    reload: (name) => folder.reload(name),
    isServed: (id, name) => folder.serves(id, name),
  });
  const channel = createReviewChannel({
    targets: [{ platform: 'discord', channelId: '1300000000000000009', isDirect: false }],
    publishers: () => ({
      discord: async (_target, reply: Reply) => {
        posts.push(reply.title ?? '');
        return { messageId: String(posts.length) };
      },
    }),
    drafts: () => folder.drafts().map((entry) => entry.briefing),
    review: () => review,
    ...(once ? { once } : {}),
    ...(ledger ? { ledger: () => ledger } : {}),
    log,
  });
  return { folder, channel };
}

describe('the review channel', () => {
  it('announces only drafts new since start, waiting ones, and each once', async () => {
    const dir = briefingDir({
      'old.yaml': draftFile('old'),
      'live.yaml': briefingData({ id: 'live' }),
    });
    dirs.push(dir);
    const posts: string[] = [];
    const { folder, channel } = botProcess(dir, posts);
    await channel.announceNewDrafts();
    expect(posts).toEqual([]);
    channel.start();
    writeFileSync(join(dir, 'fresh.yaml'), draftFile('fresh'));
    writeFileSync(
      join(dir, 'turned-down.yaml'),
      draftFile('turned-down', { rejected: 'off topic' }),
    );
    folder.reload('fresh.yaml');
    folder.reload('turned-down.yaml');
    await channel.announceNewDrafts();
    await channel.announceNewDrafts();
    expect(posts).toEqual(['New draft for review: Draft fresh']);
    folder.stop();
  });

  it('is posted by one process only when several serve the same folder and share Redis', async () => {
    const dir = briefingDir({ 'live.yaml': briefingData({ id: 'live' }) });
    dirs.push(dir);
    const posts: string[] = [];
    const bots = [1, 2, 3].map(() => {
      const seen = createRedisSeenOnce(REDIS_URL, prefix);
      stores.push(seen);
      return botProcess(dir, posts, (key) => seen.first(`review:${key}`, 60));
    });
    for (const bot of bots) bot.channel.start();
    writeFileSync(join(dir, 'shared.yaml'), draftFile('shared'));
    for (const bot of bots) bot.folder.reload('shared.yaml');
    await Promise.all(bots.map((bot) => bot.channel.announceNewDrafts()));
    expect(posts).toEqual(['New draft for review: Draft shared']);
    for (const bot of bots) bot.folder.stop();
  });

  /** Ledger backends, each opened afresh per run on the same place, as a restart would. */
  const ledgers: [string, () => () => Promise<AnnouncementLedger>][] = [
    [
      'SQLite',
      () => {
        const dir = briefingDir({});
        dirs.push(dir);
        return async () => createAnnouncementLedger(join(dir, 'ledger.sqlite'));
      },
    ],
    [
      'PostgreSQL',
      () => {
        const schema = schemas.next();
        return async () => {
          const pool = await openPostgres({
            url: TEST_DATABASE_URL,
            schema,
            shownAs: 'the test server',
            onIdleError: () => undefined,
            max: 2,
          });
          const ledger = createPostgresAnnouncementLedger(pool);
          return { claim: ledger.claim, close: () => pool.end() };
        };
      },
    ],
  ];

  it.each(ledgers)(
    'with a ledger in %s, announces a draft saved while no bot ran, and none twice across restarts',
    async (_name, place) => {
      const dir = briefingDir({ 'first.yaml': draftFile('first') });
      dirs.push(dir);
      const openLedger = place();
      const posts: string[] = [];
      const run = async () => {
        const ledger = await openLedger();
        const bot = botProcess(dir, posts, undefined, ledger);
        bot.channel.start();
        await bot.channel.announceNewDrafts();
        bot.folder.stop();
        await ledger.close();
      };
      await run();
      expect(posts).toEqual(['New draft for review: Draft first']);
      writeFileSync(join(dir, 'offline.yaml'), draftFile('offline'));
      await run();
      await run();
      expect(posts).toEqual([
        'New draft for review: Draft first',
        'New draft for review: Draft offline',
      ]);
    },
  );

  it('with one ledger in PostgreSQL, a draft every process sees is announced by one', async () => {
    const schema = schemas.next();
    const posts: string[] = [];
    const pools = await Promise.all(
      [1, 2, 3].map(() =>
        openPostgres({
          url: TEST_DATABASE_URL,
          schema,
          shownAs: 'the test server',
          onIdleError: () => undefined,
          max: 2,
        }),
      ),
    );
    // Each process has a folder of its own holding the same draft, as shared files arrive.
    const bots = pools.map((pool) => {
      const dir = briefingDir({ 'shared.yaml': draftFile('shared') });
      dirs.push(dir);
      return botProcess(dir, posts, undefined, createPostgresAnnouncementLedger(pool));
    });
    try {
      for (const bot of bots) bot.channel.start();
      await Promise.all(bots.map((bot) => bot.channel.announceNewDrafts()));
      expect(posts).toEqual(['New draft for review: Draft shared']);
    } finally {
      for (const bot of bots) bot.folder.stop();
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
