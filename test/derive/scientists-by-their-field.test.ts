import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('scientists referred back to by their field', () => {
  it('gives words said by "the astronomer" to the astronomer the story named', () => {
    const b = draft(
      article(
        'A team led by Nadia Okafor found three new comets this year.',
        'Okafor said, "They were hiding in plain sight."',
        'The astronomer also said, "More will turn up once the new telescope opens."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nadia Okafor', 'They were hiding in plain sight.'],
      ['Nadia Okafor', 'More will turn up once the new telescope opens.'],
    ]);
  });
});
