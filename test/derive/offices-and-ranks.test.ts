import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('offices with a department and ranks before a name', () => {
  it('takes a department after "of the" into the office, up to the given name', () => {
    const b = draft(
      article(
        'Sgt. Maj. of the Army Walter K. Brandt III visited the base for two days.',
        '“I came to listen to the Soldiers,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Walter K. Brandt']);
    expect(quoted(b)).toEqual([['Walter K. Brandt', 'I came to listen to the Soldiers']]);
  });

  it('keeps a department of two words whole, not the last word in the name', () => {
    const b = draft(
      article(
        'Later, Secretary of Homeland Security Janet Morrow visited the port.',
        'Later, Minister of Foreign Affairs Sergei Volkov met the envoys.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Janet Morrow', 'Sergei Volkov']);
  });

  it('reads an office that opens the sentence as a title too, department and all', () => {
    const b = draft(article('Secretary of the Navy Ada Lund opened the new dock on Friday.'));
    expect(b.people.map((p) => p.name)).toEqual(['Ada Lund']);
  });

  it('gives "the admiral said" to the person named with that rank before', () => {
    const b = draft(
      article(
        'Navy Adm. Tom Wexley ended his career at a ceremony today.',
        'The admiral said the event marked the end of a long road.',
        '“I walked through the gate in the summer of 1964,” the admiral said.',
      ),
    );
    expect(quoted(b)).toEqual([['Tom Wexley', 'I walked through the gate in the summer of 1964']]);
  });
});

describe('an office the title list does not know', () => {
  it('takes a nationality and an unknown office before a full name for the title', () => {
    const b = draft(
      article('"Today we march together," said Irish Taoiseach Leo Varadkar at the parade.'),
    );
    expect(quoted(b)).toEqual([['Leo Varadkar', 'Today we march together']]);
    expect(b.people.map((p) => p.name)).toEqual(['Leo Varadkar']);
  });

  it('keeps "Crown Prince" whole as an office, so "the Prince" is him', () => {
    const b = draft(
      article(
        'A meeting between Crown Prince Mohammed bin Zayed Al Nahyan of the UAE and General David Petraeus was held in December.',
        'In a discussion of oil, the Prince asserted Iran wanted a “Persian Empire in the 21st Century”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Mohammed bin Zayed Al Nahyan', 'Persian Empire in the 21st Century'],
    ]);
    expect(b.people[0]?.aliases).not.toContain('the crown');
  });
});
