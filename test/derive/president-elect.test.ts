import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('"President-Elect" before a name', () => {
  it('is a title, not part of the name', () => {
    const b = draft(
      article(
        'President-Elect Barack Obama spoke in Grant Park. “It’s been a long time coming,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Barack Obama']);
  });
});
