import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"No." before a number', () => {
  it('is no name, so the titles before it make no one', () => {
    const b = draft(
      article(
        'At 82 years old, Nuon Chea is not the portrait of health. But the former Khmer Rouge Brother No. 2, one of the regime’s surviving leaders, told VOA Khmer he expected to live to see trial.',
        '“Maybe I will not die yet,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nuon Chea']);
    expect(quoted(b)).toEqual([['Nuon Chea', 'Maybe I will not die yet']]);
  });
});
