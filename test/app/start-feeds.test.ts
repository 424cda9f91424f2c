import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { feedsFileUrls, startFeeds } from '../../src/app/start-feeds.ts';
import { loadConfig } from '../../src/config.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createLogger } from '../../src/logger.ts';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-start-feeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the feeds file', () => {
  it('lists one URL a line, skipping blank lines and comments', () => {
    expect(
      feedsFileUrls(
        '# newsroom feeds\nhttps://a.example/rss\n\n  https://b.example/atom  # wire\n#https://c.example/\n',
      ),
    ).toEqual(['https://a.example/rss', 'https://b.example/atom']);
  });

  it('is followed at start, once per URL across restarts, refusing what may not be fetched', async () => {
    const file = join(dir, 'feeds.txt');
    writeFileSync(
      file,
      'http://127.0.0.1:9/one.xml\nhttp://10.0.0.1/intranet.xml\nnot a url\nhttp://127.0.0.1:9/one.xml\n',
    );
    let logged = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logged += chunk;
    });
    const config = loadConfig({
      DATA_DIR: join(dir, 'data'),
      FEEDS_FILE: file,
      FEED_ALLOW_PRIVATE: '127.0.0.1',
    });
    const announced: Reply[] = [];
    const open = () =>
      startFeeds({
        config,
        log: createLogger({ level: 'info', destination }),
        dir,
        reload: () => {},
        announce: async (reply) => {
          announced.push(reply);
        },
        tickMs: 60_000,
      });
    const first = await open();
    expect((await first.store.list()).map((f) => [f.url, f.addedBy])).toEqual([
      ['http://127.0.0.1:9/one.xml', 'config'],
    ]);
    await first.stop();
    const second = await open();
    expect(await second.store.list()).toHaveLength(1);
    await second.stop();
    expect(logged).toContain('10.0.0.1 points at a private or local address');
    expect(logged).toContain('that is not a web address');
  });

  it('unfollows a feed the file no longer lists, keeps feeds added in chat, and keeps all if the file is gone', async () => {
    const file = join(dir, 'feeds-2.txt');
    writeFileSync(file, 'http://127.0.0.1:9/a.xml\nhttp://127.0.0.1:9/b.xml\n');
    const config = loadConfig({
      DATA_DIR: join(dir, 'data-2'),
      FEEDS_FILE: file,
      FEED_ALLOW_PRIVATE: '127.0.0.1',
    });
    const open = () =>
      startFeeds({
        config,
        log: createLogger({ level: 'silent' }),
        dir,
        reload: () => {},
        announce: async () => {},
        tickMs: 60_000,
      });
    const first = await open();
    await first.store.add('http://127.0.0.1:9/chat.xml', 'U123', new Date());
    await first.stop();
    writeFileSync(file, 'http://127.0.0.1:9/b.xml\n');
    const second = await open();
    expect((await second.store.list()).map((f) => f.url).sort()).toEqual([
      'http://127.0.0.1:9/b.xml',
      'http://127.0.0.1:9/chat.xml',
    ]);
    await second.stop();
    rmSync(file);
    const third = await open();
    expect(await third.store.list()).toHaveLength(2);
    await third.stop();
  });
});
