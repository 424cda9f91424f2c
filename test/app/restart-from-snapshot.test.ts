import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.ts';
import { prepareLibrary, serveLibrary } from '../../src/app/serve-library.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';

// The bot keeps its full-text index in DATA_DIR beside the briefing cache, and a restart searches
// from it; an edit made while the bot was down is searched as edited, and a draft never is.

let root: string;
let briefings: string;
let dataDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefbot-restart-'));
  briefings = join(root, 'briefings');
  dataDir = join(root, 'data');
  cpSync('briefings', briefings, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Starts the app as `npm start` does (briefing cache on), waits for search, and stops it. */
async function start(query: string) {
  const app = createApp(loadConfig({ BRIEFINGS_DIR: briefings, DATA_DIR: dataDir }), {
    briefingCache: true,
    log: createLogger({ level: 'silent' }),
  });
  const { library } = app;
  await library.textReady();
  const found = library.search(query).map((hit) => hit.briefingId);
  await app.stop();
  return found;
}

describe('a restart with the saved full-text index', () => {
  it('saves the index on a first start, and searches from it unchanged on a restart', async () => {
    const first = await start('artillery shells');
    const snapshot = join(dataDir, 'text-index.snapshot');
    const topics = join(dataDir, 'topic-index.snapshot');
    expect(existsSync(snapshot)).toBe(true);
    expect(existsSync(topics)).toBe(true);
    const saved = [statSync(snapshot).mtimeMs, statSync(topics).mtimeMs];
    expect(await start('artillery shells')).toEqual(first);
    expect(first).toContain('russia-dprk');
    // Nothing changed, so nothing was indexed or named again and neither snapshot was rewritten.
    expect([statSync(snapshot).mtimeMs, statSync(topics).mtimeMs]).toEqual(saved);
  });

  it('searches an edit made while the bot was down, and never a briefing made a draft', async () => {
    await start('artillery shells');
    const file = join(briefings, 'russia-dprk.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^summary: >-\n/m, 'summary: >-\n  Zanzibarian marmalade.\n'));
    expect(await start('zanzibarian marmalade')).toEqual(['russia-dprk']);
    writeFileSync(file, `draft: true\n${text}`);
    expect(await start('artillery shells')).toEqual([]);
  });

  it('takes the snapshots as read on the thread pool while the briefing cache was read', async () => {
    const first = await start('artillery shells');
    const serving = {
      config: loadConfig({ BRIEFINGS_DIR: briefings, DATA_DIR: dataDir }),
      log: createLogger({ level: 'silent' }),
      briefingCache: true,
      watch: false,
      onChange: () => {},
    };
    const prepared = await prepareLibrary(serving);
    // Gone once read ahead: only the bytes read then can let the restart search at once.
    rmSync(join(dataDir, 'text-index.snapshot'));
    rmSync(join(dataDir, 'topic-index.snapshot'));
    const served = serveLibrary(serving, prepared);
    try {
      await served.library.textReady();
      expect(served.library.search('artillery shells').map((hit) => hit.briefingId)).toEqual(first);
      // Saved only if anything was indexed or named again: nothing was, so the bytes served.
      served.library.saveIndex();
      expect(existsSync(join(dataDir, 'text-index.snapshot'))).toBe(false);
      expect(existsSync(join(dataDir, 'topic-index.snapshot'))).toBe(false);
    } finally {
      served.stop();
    }
  });
});
