import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HeadEntry, readCacheHeads } from '../../src/content/cache-heads.ts';
import { writeCacheHeads, writeCacheHeadsInSlices } from '../../src/content/cache-heads-writer.ts';
import { splitBriefing } from '../../src/content/lean-briefing.ts';
import { seedBriefings } from '../helpers/briefings.ts';
import { dataDir } from '../helpers/digests.ts';

// The heads file is written in pieces (a slice of entries at a time, at once or between turns
// of the event loop); whatever the pieces, it reads back as the entries written.

const seed = seedBriefings()[0];

/** More entries than one piece holds, each a head of its own, some statements undated. */
function entries(count: number): HeadEntry[] {
  if (seed === undefined) throw new Error('no seed briefing');
  return Array.from({ length: count }, (_, i) => {
    const { head } = splitBriefing(structuredClone({ ...seed, id: `topic-${i}`, title: `T${i}` }));
    return {
      name: `topic-${i}.yaml`,
      mtimeMs: 1000 + i,
      size: 500 + i,
      lineAt: 100 + i * 1000,
      lineLength: 900,
      bodyAt: 150 + i * 1000,
      current: i % 7 !== 0,
      head,
    };
  });
}

const identity = { header: '{"format":"x","dir":"/d"}', dev: 1, ino: 2, length: 1e7, stale: 3 };

describe('the heads file as written', () => {
  it('reads back as the entries written, at once or in slices, to the same bytes', async () => {
    const dir = dataDir();
    const written = entries(4500);
    writeCacheHeads(join(dir, 'at-once.heads'), identity, written);
    await writeCacheHeadsInSlices(join(dir, 'sliced.heads'), identity, written);
    const atOnce = readFileSync(join(dir, 'at-once.heads'));
    expect(readFileSync(join(dir, 'sliced.heads')).equals(atOnce)).toBe(true);
    const read = readCacheHeads(atOnce);
    expect(read?.identity).toEqual(identity);
    expect(read?.entries).toEqual(written);
    // Undated statements stay undated, dated ones keep their dates.
    expect(read?.entries[0]?.head.cues.said).toEqual(written[0]?.head.cues.said);
  });
});
