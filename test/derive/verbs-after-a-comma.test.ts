import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('a verb after a comma is no apposition', () => {
  it('does not describe a name by the words of the verb that follows it', () => {
    const b = draft(
      article(
        'The striker Tomas Berglund, also known as Tobe Zvarko, became the first player to score twice.',
        'The national news agency, Zelvora, identified the officer killed in the blast.',
      ),
    );
    const tobe = b.people.find((p) => p.name === 'Tobe Zvarko');
    expect(tobe?.role).toBeUndefined();
    expect(b.people.map((p) => p.name)).not.toContain('Zelvora');
  });
});
