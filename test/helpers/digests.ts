import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewSubscription } from '../../src/digests/subscription-store.ts';

/** A fresh directory for a database file. */
export function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'briefbot-data-'));
}

export function newSubscription(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    platform: 'discord',
    channelId: '100000000000000001',
    isDirect: false,
    createdBy: '200000000000000001',
    topics: [],
    cron: '0 8 * * *',
    timezone: 'Europe/London',
    description: '08:00 every day (Europe/London)',
    notifyEmpty: false,
    createdAt: new Date('2026-11-01T00:00:00Z'),
    ...overrides,
  };
}
