import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('speakers named on the way to their words', () => {
  it('gives words to the one a remark prompted to reply', () => {
    const b = draft(
      article(
        'Homeland Security Secretary Kirstjen Nielsen defended the declaration on Wednesday. The claim prompted Democrat Nanette Barragán of the House Homeland Security Committee to reply, “Either you’re lying to this committee, or you don’t know.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nanette Barragán', 'Either you’re lying to this committee, or you don’t know.'],
    ]);
  });

  it('passes over a party tag in brackets between a name and its verb', () => {
    const b = draft(
      article(
        'Mack Trucks will lay off workers at its plant.',
        'State Rep. Josh Siegel (D-Lehigh) said the layoffs are “a clear signal of the dangerous economic instability.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Josh Siegel', 'a clear signal of the dangerous economic instability.'],
    ]);
  });

  it('takes a first name and what they are, before a colon, for a transcript’s label', () => {
    const b = draft(
      article(
        'Police arrested more than 700 demonstrators on the Brooklyn Bridge on Saturday.',
        'Jason, protester: “People are realizing that we are all one.”',
      ),
    );
    expect(quoted(b)).toEqual([['Jason', 'People are realizing that we are all one.']]);
  });

  it('reads "one HUD staffer said" as someone unnamed', () => {
    const b = draft(
      article(
        'The discussions have focused on blockchain.',
        '“It’s just introducing another unregulated security into the housing market,” one HUD staffer said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['HUD staffer', 'It’s just introducing another unregulated security into the housing market'],
    ]);
  });

  it('takes "the Rome Republican" for the legislator, not for an office in Italy', () => {
    const b = draft(
      article(
        'Georgia Congresswoman Marjorie Taylor Greene spoke about Gaza on Monday.',
        '“It’s the most truthful and easiest thing to say,” the Rome Republican posted on social media.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Marjorie Taylor Greene', 'It’s the most truthful and easiest thing to say'],
    ]);
  });

  it('gives words quoted in someone’s assertion to its owner', () => {
    const b = draft(
      article(
        'CNN anchor Jake Tapper asked Bernie Sanders to respond to former Congressmember John Delaney’s assertion that the proposal, which seeks to offer free care, was “bad policy.”',
      ),
    );
    expect(quoted(b)).toEqual([['John Delaney', 'bad policy.']]);
    expect(b.people.map((p) => p.name)).toContain('John Delaney');
  });
});
