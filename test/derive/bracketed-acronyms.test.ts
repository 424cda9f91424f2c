import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('short names given in brackets', () => {
  it('takes an acronym in brackets after a body for that body, whatever its letters', () => {
    const b = draft(
      article(
        'On Friday, Lakeside Rowing Club (LRCX) said its board would resign.',
        'LRCX said in a statement: "We accept the need for change."',
      ),
    );
    expect(b.organisations.map((o) => o.name)).toEqual(['Lakeside Rowing Club']);
    expect(quoted(b)).toEqual([['Lakeside Rowing Club', 'We accept the need for change.']]);
  });

  it('lets a short name in brackets stand between a body and its verb', () => {
    const b = draft(
      article(
        'After the coup, the Harbour Board of Trade (HBoT) advised "travellers reconsider any trip to the port".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Harbour Board of Trade', 'travellers reconsider any trip to the port'],
    ]);
  });

  it('gives the words to the person a body with its short name describes', () => {
    const b = draft(
      article(
        'Maren Solheim, a senior Northern Council on Fisheries Policy (NCFP) said that, "The quotas will not hold."',
      ),
    );
    expect(quoted(b)).toEqual([['Maren Solheim', 'The quotas will not hold.']]);
  });

  it('takes a name followed by its own initials for a body, and keeps one joined by and whole', () => {
    const b = draft(
      article(
        'The Eastern Lakes Fishing Community (ELFC) has said it wants a fair quota.',
        'The Water Quality and Coastal Safety Administration (WQCSA) today announced new grants.',
        '"We want a fair quota," said Tomas Berg.',
      ),
    );
    expect(b.organisations.map((o) => o.name)).toEqual([
      'Eastern Lakes Fishing Community',
      'Water Quality and Coastal Safety Administration',
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Tomas Berg']);
  });

  it('does not take a word joined by and to more capitals for a body it opens', () => {
    const b = draft(
      article(
        'The Health Resources and Services Administration (HRSA) today announced grants to clinics.',
        '“Clinics are key partners in this work,” Health and Human Services Secretary Tommy G. Thompson.',
      ),
    );
    expect(quoted(b)).toEqual([['Tommy G. Thompson', 'Clinics are key partners in this work']]);
  });
});
