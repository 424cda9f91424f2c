import { mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardDatabaseFile } from '../../src/digests/guard-database-file.ts';
import { createSqliteSubscriptionStore, openDatabase } from '../../src/digests/sqlite-store.ts';
import { createLogger } from '../../src/logger.ts';
import { newSubscription } from '../helpers/digests.ts';

const dirs: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the database file guard', () => {
  it('notices a deleted file within one check interval, with nobody writing', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-guard-'));
    dirs.push(dir);
    const file = join(dir, 'briefbot.sqlite');
    const store = createSqliteSubscriptionStore(openDatabase(file));
    let logs = '';
    const destination = new PassThrough();
    destination.on('data', (chunk) => {
      logs += chunk;
    });
    const guard = guardDatabaseFile(store, {
      file,
      log: createLogger({ level: 'info', destination }),
      checkMs: 1000,
    });
    vi.advanceTimersByTime(1000);
    expect(logs).toBe('');
    unlinkSync(file);
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(5000);
    guard.stop();
    await store.close();
    const lines = logs.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`the database file ${file} was deleted`);
    await expect(guard.store.createSubscription(newSubscription())).rejects.toThrow(
      expect.objectContaining({ code: 'unavailable' }),
    );
  });
});
