import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { openBriefingCache } from '../../src/content/briefing-cache.ts';
import { createBriefingFiles } from '../../src/content/briefing-files.ts';
import { plainBriefing } from '../../src/content/lean-briefing.ts';
import { briefingData, briefingDir } from './briefings.ts';
import { dataDir } from './digests.ts';

// A briefing cache and its heads file for the heads file's tests: a folder whose briefings share
// people, a start as the bot makes it, and ways to damage or rewrite the heads file.

/** A folder of briefings that share people, as a newsroom's do. */
export function folder(): string {
  const files: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < 6; i++) {
    const id = `topic-${i}`;
    const said = (text: string, date?: string) => ({
      speaker: 'ada-lovelace',
      kind: 'direct',
      text,
      context: `“${text},” Lovelace said.`,
      paragraph: 1,
      ...(date ? { said: date } : {}),
    });
    const grace = { id: 'grace-hopper', name: 'Grace Hopper', aliases: ['Hopper'] };
    const ada = {
      id: 'ada-lovelace',
      name: 'Ada Lovelace',
      role: 'Mathematician',
      aliases: ['Lovelace'],
    };
    files[`${id}.yaml`] = briefingData({
      id,
      title: `Topic number ${i}`,
      tags: ['shared', id],
      // Two people, so the tables hold more than one entry.
      people: i === 5 ? [ada, grace] : [ada],
      statements: [said('It happened'), said('It was said then', '2025-01-01')],
    });
  }
  return briefingDir(files);
}

/** A folder of briefings, and where its cache file and the heads file beside it go. */
export function setup() {
  const cacheFile = join(dataDir(), 'briefing-cache.ndjson');
  return { dir: folder(), cacheFile, headsFile: join(dirname(cacheFile), 'briefing-cache.heads') };
}

/** A start as the bot makes it: open the cache, read the folder; `save` the heads at the end. */
export function start(dir: string, cacheFile: string, save = true) {
  const cache = openBriefingCache(cacheFile, dir);
  const snapshot = createBriefingFiles(dir, { cache }).loadAll();
  if (save) void cache.saveHeads(true);
  return { cache, snapshot };
}

export const served = (snapshot: ReturnType<typeof start>['snapshot']) =>
  snapshot.briefings
    .map((briefing) => plainBriefing(briefing))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

/** Retitles a briefing inside the heads file (same length, so only the heads file says so). */
export function tamper(headsFile: string): void {
  const text = readFileSync(headsFile, 'latin1');
  expect(text).toContain('"Topic number 3"');
  writeFileSync(headsFile, text.replace('"Topic number 3"', '"Tampered num 3"'), 'latin1');
}

export interface HeadsParts {
  header: Record<string, unknown>;
  lines: unknown[][];
  /** Each line's head, as written (numbers for what the tables hold). */
  heads: Record<string, unknown> & { source?: Record<string, unknown> }[];
  tables: { texts: unknown[]; entries: (Record<string, unknown> | null)[] };
}

/** Rewrites a heads file through its parts: its header, its lines and its tables. */
export function rewriteHeads(file: string, change: (parts: HeadsParts) => void): void {
  const text = readFileSync(file, 'utf8').split('\n');
  const header = JSON.parse(text[0] as string);
  const tables = JSON.parse(text.at(-2) as string);
  const lines = text.slice(1, -2).map((line) => JSON.parse(line) as unknown[]);
  const heads = lines.map((line) => line[7]) as HeadsParts['heads'];
  change({ header, lines, heads, tables });
  const written = [header, ...lines, tables].map((part) => JSON.stringify(part));
  writeFileSync(file, `${written.join('\n')}\n`);
}

export const fixedTime = new Date('2026-01-01T00:00:00Z');

/** Rewrites a file with same-length content and a fixed modification time (set before too). */
export function rewriteKeepingStamp(file: string, from: string, to: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  utimesSync(file, fixedTime, fixedTime);
}

export const titleOf = (snapshot: ReturnType<typeof start>['snapshot'], id: string) =>
  snapshot.briefings.find((briefing) => briefing.id === id)?.title;
