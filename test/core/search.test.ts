import { describe, expect, it } from 'vitest';
import { syntheticBriefings } from '../../bench/corpus.ts';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { registry } from '../../src/core/commands/index.ts';
import { dispatch } from '../../src/core/dispatch.ts';
import type { Reply } from '../../src/core/reply.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { createTextIndex } from '../../src/library/text-index.ts';
import { context, seedBriefings } from '../helpers/briefings.ts';

// The seed briefing among synthetic ones that share a small vocabulary: most words are in most
// briefings, as common words are in a real library.
const synthetic = [...syntheticBriefings(200)].map((b) => briefingSchema.parse(b));
const library = createLibrary([...seedBriefings(), ...synthetic]);
const run = (words: string, page?: number) =>
  dispatch(
    registry,
    { command: 'search', args: page === undefined ? { words } : { words, page } },
    context(library),
  );
const headings = (reply: Reply) =>
  reply.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []));
const SEED_TITLE = 'Putin and Kim sign a strategic partnership in Pyongyang';

describe('/search in a larger library', () => {
  it('ranks the briefing that holds the words first', async () => {
    expect(headings(await run('artillery shells'))[0]).toBe(SEED_TITLE);
    expect(headings(await run('strategic partnership'))[0]).toBe(SEED_TITLE);
    expect(headings(await run('Pyongyang sanctions'))[0]).toBe(SEED_TITLE);
  });

  it('tolerates typos, also among words that many briefings share', async () => {
    expect(headings(await run('artilery shels'))[0]).toBe(SEED_TITLE);
    const typo = await run('sanctons');
    expect(typo.error).toBeUndefined();
    expect(headings(typo)).toHaveLength(5);
    expect(library.search('sanctons')[0]?.terms).toContain('sanctions');
  });

  it('pages through every match of a common word, best first, without repeats', async () => {
    const all = library.search('sanctions talks');
    expect(all.length).toBeGreaterThan(100);
    const first = await run('sanctions talks');
    expect(first.page).toMatchObject({ number: 1, count: Math.ceil(all.length / 5) });
    const titles = (ids: string[]) => ids.map((id) => library.briefing(id)?.title);
    expect(headings(first)).toEqual(titles(all.slice(0, 5).map((hit) => hit.briefingId)));
    const third = await run('sanctions talks', 3);
    expect(third.page).toMatchObject({ number: 3 });
    expect(headings(third)).toEqual(titles(all.slice(10, 15).map((hit) => hit.briefingId)));
    // Past the end: the last page.
    const last = await run('sanctions talks', 1000);
    const count = Math.ceil(all.length / 5);
    expect(last.page).toMatchObject({ number: count, count });
    expect(last.page?.next).toBeUndefined();
    expect(headings(last)).toEqual(titles(all.slice((count - 1) * 5).map((hit) => hit.briefingId)));
  });

  it('gives the same best matches whether asked for a few or all', () => {
    for (const words of ['sanctions', 'energy prices talks', 'artilery', 'sanctons qwertyuiop']) {
      const all = library.search(words);
      for (const limit of [1, 5, 25, 500]) {
        const { total, hits } = library.searchTop(words, limit);
        expect(total, words).toBe(all.length);
        expect(hits, `${words}, ${limit}`).toEqual(all.slice(0, limit));
      }
    }
  });
});

describe('createTextIndex', () => {
  it('replaces a changed briefing and forgets a removed one', () => {
    const [seed] = seedBriefings();
    if (!seed) throw new Error('no seed briefing');
    const index = createTextIndex();
    const name = (id: string) => id;
    index.setBriefing(seed, seed, name);
    expect(index.search('artillery')[0]?.briefingId).toBe(seed.id);
    const changed = { ...seed, title: 'Glaciers retreat', summary: 'Ice.' };
    index.setBriefing(changed, changed, name);
    expect(index.search('glaciers')[0]?.briefingId).toBe(seed.id);
    expect(index.search('Pyongyang strategic partnership').length).toBe(1);
    expect(index.searchTop('glaciers', 5)).toEqual({ total: 1, hits: index.search('glaciers') });
    index.removeBriefing(seed.id);
    expect(index.search('glaciers')).toEqual([]);
    expect(index.searchTop('glaciers', 5)).toEqual({ total: 0, hits: [] });
  });
});
