import { describe, expect, it } from 'vitest';
import { type Briefing, briefingSchema } from '../../src/content/briefing-schema.ts';
import { resolveSpeaker } from '../../src/core/resolve.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData } from '../helpers/briefings.ts';

// One person in many briefings is held once by the speaker book and rebuilt from whichever
// briefings still define them, so a change to one briefing must not lose the others.
function briefing(n: number, overrides: Record<string, unknown> = {}): Briefing {
  return briefingSchema.parse(
    briefingData({
      id: `topic-${n}`,
      title: `Topic ${n}`,
      updated: `2025-01-${String(n).padStart(2, '0')}`,
      people: [
        {
          id: 'ada-lovelace',
          name: 'Ada Lovelace',
          role: `Role ${n}`,
          aliases: [`Countess ${n}`],
        },
      ],
      statements: [
        {
          speaker: 'ada-lovelace',
          kind: 'direct',
          text: `Said ${n}`,
          context: `“Said ${n},” Lovelace said.`,
          paragraph: 1,
        },
      ],
      ...overrides,
    }),
  );
}

const retry = (id: string) => ({ command: 'quote', args: { person: id } });
const texts = (library: ReturnType<typeof createLibrary>) =>
  library
    .statementsOf('ada-lovelace')
    .map((entry) => library.bodyOf(entry.briefing).statements[entry.index]?.text);

describe('a speaker recurring across briefings', () => {
  const all = [1, 2, 3, 4, 5].map((n) => briefing(n));

  it('resolves by any briefing’s alias and lists every briefing’s statements', () => {
    const library = createLibrary(all);
    expect(resolveSpeaker(library, 'countess 2', retry).id).toBe('ada-lovelace');
    expect(texts(library)).toEqual(['Said 5', 'Said 4', 'Said 3', 'Said 2', 'Said 1']);
    expect(library.speaker('ada-lovelace')?.role).toBe('Role 5');
  });

  it('keeps the other briefings’ statements and aliases when one briefing changes', () => {
    const library = createLibrary(all);
    const changed = briefing(5, { updated: '2024-12-31' });
    library.update([...all.slice(0, 4), changed]);
    expect(resolveSpeaker(library, 'Ada Lovelace', retry).id).toBe('ada-lovelace');
    expect(texts(library)).toEqual(['Said 4', 'Said 3', 'Said 2', 'Said 1', 'Said 5']);
    // The newest briefing describes them now.
    expect(library.speaker('ada-lovelace')?.role).toBe('Role 4');
    expect(library.speaker('ada-lovelace')?.aliases).toEqual(
      expect.arrayContaining(['Countess 1', 'Countess 5']),
    );
  });

  it('drops only the removed briefing’s part, and the speaker with the last one', () => {
    const library = createLibrary(all);
    library.update(all.filter((b) => b.id !== 'topic-3'));
    expect(texts(library)).toEqual(['Said 5', 'Said 4', 'Said 2', 'Said 1']);
    expect(library.speaker('ada-lovelace')?.aliases).not.toContain('Countess 3');
    expect(resolveSpeaker(library, 'countess 4', retry).id).toBe('ada-lovelace');
    library.update([]);
    expect(library.speaker('ada-lovelace')).toBeUndefined();
    expect(library.names.match('ada lovelace')).toEqual({ exact: false, ranked: [] });
  });
});
