import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a given name transliterated two ways', () => {
  it('takes a given name spelt with sound-alike letters before the same surname for one person', () => {
    const b = draft(
      article(
        'Bail was posted by Vartsik Melikyan, a member of parliament.',
        'Critics say MP Vardzik Melikyan called the suspects "normal people."',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Vartsik Melikyan']);
    expect(quoted(b)).toEqual([['Vartsik Melikyan', 'normal people.']]);
  });

  it('keeps given names that differ in letters that do not sound alike apart', () => {
    const b = draft(article('Daniel Ortiz and his brother Danilo Ortiz ran the shop for years.'));
    expect(b.people.map((p) => p.name)).toEqual(['Daniel Ortiz', 'Danilo Ortiz']);
  });
});
