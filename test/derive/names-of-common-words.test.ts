import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a name made of common words, ending like a plural', () => {
  it('is a person after a role written before it', () => {
    const b = draft(
      article(
        'Community organizer Naif Littles spelled out the basic agenda.',
        '“We need to stop these huge corporations,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Naif Littles']);
    expect(quoted(b)).toEqual([['Naif Littles', 'We need to stop these huge corporations']]);
  });

  it('is still no one with nothing to say it is a person', () => {
    const b = draft(article('The Geelong Magistrates heard the case on Monday.'));
    expect(b.people).toEqual([]);
  });
});
