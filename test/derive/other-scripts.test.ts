import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('words in another script are not people', () => {
  it('does not list a Cyrillic phrase in a post quoted in Russian as a person', () => {
    const b = draft(
      article(
        'Deputy Pavel Orlov posted a letter to the prosecutor online.',
        'The letter ends: Уважаемый Прокурор, Прошу Вас проверить эти записи.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Pavel Orlov']);
  });
});
