import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { createLibrary } from '../../src/library/create-library.ts';
import { briefingData } from '../helpers/briefings.ts';

// Statement lists are kept between questions, so each must follow every change to the library.

const briefing = (id: string, updated: string, said: string[]) =>
  briefingSchema.parse(
    briefingData({
      id,
      updated,
      statements: said.map((text, i) => ({
        speaker: 'ada-lovelace',
        kind: 'direct',
        text,
        context: `“${text},” Lovelace said.`,
        paragraph: i + 1,
      })),
    }),
  );

describe('a speaker’s statements', () => {
  it('follow every update: a briefing added, changed and removed', () => {
    const first = briefing('first', '2025-01-01', ['One']);
    const library = createLibrary([first]);
    const texts = () =>
      library
        .statementsOf('ada-lovelace')
        .map((entry) => library.bodyOf(entry.briefing).statements[entry.index]?.text);
    expect(texts()).toEqual(['One']);
    expect(library.statementsOf('ada-lovelace')).toBe(library.statementsOf('ada-lovelace'));
    const second = briefing('second', '2025-02-01', ['Two', 'Three']);
    library.update([first, second]);
    expect(texts()).toEqual(['Two', 'Three', 'One']);
    library.update([first, briefing('second', '2025-02-01', ['Four'])]);
    expect(texts()).toEqual(['Four', 'One']);
    library.update([first]);
    expect(texts()).toEqual(['One']);
  });
});
