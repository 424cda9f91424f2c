import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app/create-app.ts';
import { loadConfig } from '../../src/config.ts';
import { createDigestScheduler } from '../../src/digests/digest-scheduler.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/ops/metrics.ts';
import { seedBriefings } from '../helpers/briefings.ts';
import { createCollector } from '../helpers/collector.ts';
import { newSubscription } from '../helpers/digests.ts';

const quietLog = createLogger({ level: 'silent', destination: new PassThrough() });
const apps: App[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function consoleApp(): App {
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-ops-'));
  folders.push(dataDir);
  const config = loadConfig({ DATA_DIR: dataDir, METRICS_PORT: '0', DISCORD_TOKEN: '' });
  const app = createApp(config, { log: quietLog });
  apps.push(app);
  return app;
}

const get = async (port: number, path: string, method = 'GET') => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method });
  return { status: response.status, text: await response.text() };
};

async function ask(app: App, lines: string[]): Promise<void> {
  const input = new PassThrough();
  input.end(`${lines.join('\n')}\n`);
  await app.runConsole({ input, output: new PassThrough(), interactive: false });
}

describe('the operator endpoints', () => {
  it('answer /healthz always and /readyz only once the digest database is open', async () => {
    const app = consoleApp();
    const port = (await app.serveOps()) ?? 0;
    expect(await get(port, '/healthz')).toEqual({ status: 200, text: '{"status":"ok"}\n' });
    const before = await get(port, '/readyz');
    expect(before.status).toBe(503);
    expect(JSON.parse(before.text)).toEqual({
      ready: false,
      problems: ['digest database not open'],
    });
    app.openDigests({ console: createCollector().publish });
    expect(await get(port, '/readyz')).toEqual({
      status: 200,
      text: '{"ready":true,"problems":[]}\n',
    });
    expect((await get(port, '/nothing')).status).toBe(404);
    expect((await get(port, '/metrics', 'POST')).status).toBe(405);
  });

  it('count requests by platform, command and outcome, with their latency', async () => {
    const app = consoleApp();
    const port = (await app.serveOps()) ?? 0;
    await ask(app, ['/quote blinken', '/quote blinken', '/quote nobody-at-all', 'gibberish zzz']);
    const { status, text } = await get(port, '/metrics');
    expect(status).toBe(200);
    expect(text).toContain(
      'briefbot_requests_total{platform="console",command="quote",outcome="answered"} 2',
    );
    expect(text).toContain(
      'briefbot_requests_total{platform="console",command="quote",outcome="user_error"} 1',
    );
    expect(text).toContain(
      'briefbot_requests_total{platform="console",command="none",outcome="user_error"} 1',
    );
    expect(text).toContain(
      'briefbot_request_duration_seconds_count{platform="console",command="quote"} 3',
    );
    expect(text).toMatch(/^briefbot_process_resident_memory_bytes \d+/m);
  });

  it('are off unless METRICS_PORT is set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-ops-'));
    folders.push(dataDir);
    const app = createApp(loadConfig({ DATA_DIR: dataDir }), { log: quietLog });
    apps.push(app);
    expect(await app.serveOps()).toBeUndefined();
  });
});

describe('digest metrics', () => {
  it('count each attempt by platform and outcome, and a delivery given up', async () => {
    const metrics = createMetrics();
    const store = createSqliteSubscriptionStore(openDatabase(':memory:'));
    const failing = createCollector({ fail: () => new Error('Slack is down') });
    const slot = new Date('2026-11-28T08:00:00Z');
    const scheduler = createDigestScheduler({
      store,
      library: createLibrary(seedBriefings()),
      publishers: { discord: createCollector().publish, slack: failing.publish },
      log: quietLog,
      now: () => new Date(slot.getTime() + 1000),
      catchupHours: 6,
      retry: { attempts: 2, baseMs: 1, maxMs: 1 },
      observe: metrics.delivery,
    });
    scheduler.start();
    const sent = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC' }),
    );
    const lost = await store.createSubscription(
      newSubscription({ cron: '0 8 * * *', timezone: 'UTC', platform: 'slack', channelId: 'C9' }),
    );
    scheduler.deliverRun(sent.id, slot);
    scheduler.deliverRun(lost.id, slot);
    // The retry runs on a timer after the first attempt: wait for the run to be given up.
    let text = '';
    for (let turn = 0; turn < 500 && !text.includes('outcome="failed"'); turn++) {
      await scheduler.idle();
      await new Promise((resolve) => setTimeout(resolve, 5));
      text = await metrics.registry.metrics();
    }
    await scheduler.stop();
    expect(text).toContain('briefbot_digest_deliveries_total{platform="discord",outcome="sent"} 1');
    expect(text).toContain('briefbot_digest_deliveries_total{platform="slack",outcome="retry"} 2');
    expect(text).toContain('briefbot_digest_deliveries_total{platform="slack",outcome="failed"} 1');
  });
});
