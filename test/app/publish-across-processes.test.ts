import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config.ts';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { directCaller } from '../../src/core/caller.ts';
import { writeDraft } from '../../src/derive/write-draft.ts';
import { createLogger } from '../../src/logger.ts';
import { briefingData, briefingDir } from '../helpers/briefings.ts';
import { eventually } from '../helpers/until.ts';

const dirs: string[] = [];
const apps: App[] = [];
afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** One bot process of a deployment: its own data directory, the deployment's briefings folder. */
function botProcess(briefings: string): App {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-instance-'));
  dirs.push(dataDir);
  const app = createApp(loadConfig({ BRIEFINGS_DIR: briefings, DATA_DIR: dataDir }), {
    watch: true,
    digests: false,
    feeds: false,
    log: createLogger({ level: 'silent', destination: new PassThrough() }),
  });
  apps.push(app);
  return app;
}

describe('several bot processes serving one briefings folder', () => {
  it('all serve a draft an editor approved on one of them within five seconds, and none before', async () => {
    const draft = briefingSchema.parse(
      briefingData({ id: 'harbour-deal', title: 'Harbour deal', draft: true }),
    );
    const folder = briefingDir({
      'live.yaml': briefingData({ id: 'live' }),
      'harbour-deal.yaml': writeDraft(draft, { unattributed: [] }),
    });
    dirs.push(folder);
    const processes = [botProcess(folder), botProcess(folder), botProcess(folder)];
    for (const app of processes) {
      expect(app.library.briefing('live')?.id).toBe('live');
      expect(app.library.briefing('harbour-deal')).toBeUndefined();
    }
    const editor = directCaller('console', 'editor', 'console');
    const review = processes[0]?.createContext(editor).review;
    expect(await review?.approve('harbour-deal')).toMatchObject({
      id: 'harbour-deal',
      served: true,
    });
    const served = await eventually(
      () => processes.every((app) => app.library.briefing('harbour-deal') !== undefined),
      5000,
    );
    expect(served).toBe(true);
  });
});
