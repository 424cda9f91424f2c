import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeFeeds, sampleStory, startFakeFeeds } from '../../fakes/fake-feeds.ts';
import { type App, createApp } from '../../src/app/create-app.ts';
import type { RunningFeeds } from '../../src/app/start-feeds.ts';
import { loadConfig } from '../../src/config.ts';
import { directCaller } from '../../src/core/caller.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { TEST_DATABASE_URL, testSchemas } from '../helpers/postgres.ts';
import { eventually } from '../helpers/until.ts';

const schemas = testSchemas('intake-processes');
const schema = schemas.next();
const dirs: string[] = [];
const apps: App[] = [];
let feeds: FakeFeeds;

beforeAll(async () => {
  feeds = await startFakeFeeds();
  feeds.setFeed('/news.xml', {
    format: 'rss',
    title: 'Test Times',
    stories: [sampleStory(1, '2025-03-01T10:00:00Z')],
  });
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await feeds?.close();
  await schemas.dropAll();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * One bot process on another machine: its own data directory and its own copy of the deployed
 * briefings folder, on the deployment's one database.
 */
async function botProcess(): Promise<{ app: App; dir: string; feeds: RunningFeeds }> {
  const dir = briefingDir({ 'live.yaml': briefingData({ id: 'live' }) });
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-intake-'));
  dirs.push(dir, dataDir);
  const app = createApp(
    loadConfig({
      BRIEFINGS_DIR: dir,
      DATA_DIR: dataDir,
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      FEED_ALLOW_PRIVATE: '127.0.0.1',
    }),
    {
      watch: true,
      digests: false,
      // Due feeds are looked for rarely here, so each read in this test is one it asks for.
      feedTickMs: 600_000,
      log: createLogger({ level: 'silent', destination: new PassThrough() }),
    },
  );
  apps.push(app);
  await app.shareBriefings();
  const running = await app.openFeeds();
  if (running === undefined) throw new Error('no feeds');
  return { app, dir, feeds: running };
}

const editor = directCaller('console', 'editor', 'console');
const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();

describe('newsroom intake shared through PostgreSQL by processes with folders of their own', () => {
  it('shares feeds, drafts once, and serves everywhere a draft approved on one process', async () => {
    const a = await botProcess();
    const b = await botProcess();

    // A feed added through one is listed by the other; adding it reads it at once (on a).
    const { feed } = await a.feeds.service.add(`${feeds.url}/news.xml`, 'U1');
    expect((await b.feeds.service.list()).map((f) => f.url)).toEqual([`${feeds.url}/news.xml`]);

    // The draft a wrote reaches b's folder as a draft: listed for review, served to no reader.
    const review = (app: App) => app.createContext(editor).review;
    expect(await eventually(() => (review(b.app)?.list() ?? []).length === 1, 10_000)).toBe(true);
    const draft = review(b.app)?.list()[0];
    expect(draft?.title).toBe('Council agrees harbour plan number 1');
    const id = draft?.id ?? '';
    expect(a.app.library.briefing(id)).toBeUndefined();
    expect(b.app.library.briefing(id)).toBeUndefined();

    // Both read the feed at once when a story is added: each item is drafted by one of them.
    feeds.setFeed('/news.xml', {
      format: 'rss',
      title: 'Test Times',
      stories: [sampleStory(1, '2025-03-01T10:00:00Z'), sampleStory(2, '2025-03-02T10:00:00Z')],
    });
    await Promise.all([a.feeds.poller.pollNow(feed.id), b.feeds.poller.pollNow(feed.id)]);
    const both = () => [a, b].every((p) => yamlFiles(p.dir).length === 3);
    expect(await eventually(both, 10_000)).toBe(true);
    expect(yamlFiles(a.dir)).toEqual(yamlFiles(b.dir));
    expect(yamlFiles(a.dir).filter((name) => /plan-number-\d+-\d\.yaml$/.test(name))).toEqual([]);
    expect(await a.feeds.service.list()).toMatchObject([{ seen: 2, drafted: 2 }]);

    // Approved on b, served by a (polled for: a second's sync and the reload).
    expect(await review(b.app)?.approve(id)).toMatchObject({ id, served: true });
    expect(b.app.library.briefing(id)?.id).toBe(id);
    expect(await eventually(() => a.app.library.briefing(id) !== undefined, 5000)).toBe(true);
  });
});
