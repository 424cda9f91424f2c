import { describe, expect, it } from 'vitest';
import { article, draft, quoted, said } from '../helpers/derive.ts';

describe('attributing direct quotes', () => {
  it('reads “Q,” X said and “Q,” said X, <description>', () => {
    const b = draft(
      article(
        '“We will appeal,” said Anna Berg, a lawyer for the family.',
        '“The ruling is wrong,” Berg said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Anna Berg', 'We will appeal'],
      ['Anna Berg', 'The ruling is wrong'],
    ]);
    expect(b.statements.map((s) => s.kind)).toEqual(['direct', 'direct']);
  });

  it('reads X said: “Q” and …, adding: “Q”', () => {
    const b = draft(
      article(
        'Mayor Tom Ruiz said: “The bridge will reopen in May.”',
        'Ruiz thanked the engineers, adding: “They worked through the winter.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Ruiz', 'The bridge will reopen in May.'],
      ['Tom Ruiz', 'They worked through the winter.'],
    ]);
  });

  it('keeps the speaker for a quote that goes on in the next sentence, with the sentence before as context', () => {
    const b = draft(article('“We are ready,” said Ines Moreau, the coach. “The players are fit.”'));
    expect(quoted(b)).toEqual([
      ['Ines Moreau', 'We are ready'],
      ['Ines Moreau', 'The players are fit.'],
    ]);
    expect(b.statements[1]?.context).toBe(
      '“We are ready,” said Ines Moreau, the coach. “The players are fit.”',
    );
  });

  it('keeps the speaker across a paragraph break where the closing mark is dropped and reopened', () => {
    const b = draft(
      article(
        'Dr Omar Haddad, who led the study, said the results were clear. “We saw the effect in every group.',
        '“No one expected it to be this strong.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Omar Haddad', 'We saw the effect in every group.'],
      ['Omar Haddad', 'No one expected it to be this strong.'],
    ]);
    expect(b.statements.filter((s) => s.kind !== 'paraphrase').map((s) => s.paragraph)).toEqual([
      1, 2,
    ]);
  });

  it('gives a quote that follows “X said:” at the end of a paragraph to X', () => {
    const b = draft(
      article(
        'The minister, Sara Lind, said in a statement:',
        '“We will publish the report in full.”',
      ),
    );
    expect(quoted(b)).toEqual([['Sara Lind', 'We will publish the report in full.']]);
  });

  it('gives both halves of a quote broken by its attribution to the same speaker', () => {
    const b = draft(article('“We lost,” Paulo Reis said, “but we learned a lot.”'));
    expect(quoted(b)).toEqual([
      ['Paulo Reis', 'We lost'],
      ['Paulo Reis', 'but we learned a lot.'],
    ]);
  });

  it('reads "as X put it" as a verb of saying, and "further" or "first" before the verb', () => {
    const b = draft(
      article(
        'As the head of the senate, Rosa Ibarra, put it: “We are no longer servants.”',
        '“The vote is lost,” as Ibarra put it.',
        'Mayor Tomas Grell spoke next. He further said of the rebels, “They are brave.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rosa Ibarra', 'We are no longer servants.'],
      ['Rosa Ibarra', 'The vote is lost'],
      ['Tomas Grell', 'They are brave.'],
    ]);
  });

  it('finds the subject past a body of up to five words that it is "of" ("Ministry of …")', () => {
    const b = draft(
      article(
        'The inquiry found failings, but Ana Ruiz of the Ministry of Regional Transport said "such faults are normal".',
      ),
    );
    expect(quoted(b)).toEqual([['Ana Ruiz', 'such faults are normal']]);
  });
});

describe('partial quotes in reported speech', () => {
  it('attributes fragments to the subject of the verb of saying', () => {
    const b = draft(
      article(
        'Nadia Petrov praised the plan’s “bold ambition” and said it would bring “real change”.',
        'The deal includes what Petrov described as “strict limits” on fishing.',
        'Critics said the limits were “too little, too late”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nadia Petrov', 'bold ambition'],
      ['Nadia Petrov', 'real change'],
      ['Nadia Petrov', 'strict limits'],
      ['Critics', 'too little, too late'],
    ]);
    expect(
      b.statements.filter((s) => s.kind !== 'paraphrase').every((s) => s.kind === 'partial'),
    ).toBe(true);
  });
});

describe('pronouns and role nouns', () => {
  it('resolves he and she to the last named subject of that gender once it is known', () => {
    const b = draft(
      article(
        'Chief executive Laura Kim and union leader Mr Ravi Patel met on Monday.',
        'Patel said talks had failed. “We are further apart than ever,” he said.',
        'Kim disagreed. “There is a deal to be done,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ravi Patel', 'We are further apart than ever'],
      ['Laura Kim', 'There is a deal to be done'],
    ]);
  });

  it('resolves a role noun through the description given earlier', () => {
    const b = draft(
      article(
        'US secretary of state Antony Blinken met Nato secretary-general Jens Stoltenberg in Washington.',
        '“We are united,” the secretary of state said.',
        '“The alliance is strong,” the secretary-general told reporters.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Antony Blinken', 'We are united'],
      ['Jens Stoltenberg', 'The alliance is strong'],
    ]);
  });
});

describe('organisations and groups as speakers', () => {
  it('attributes to an organisation, a spokesperson’s organisation, a group and an unnamed person', () => {
    const b = draft(
      article(
        'The Kremlin said the talks were “useful”.',
        'A spokesperson for the World Health Organization said the outbreak was “under control”.',
        'Western officials say the figures are “not credible”.',
        '“Nobody believes them,” a senior diplomat said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['The Kremlin', 'useful'],
      ['World Health Organization', 'under control'],
      ['Western officials', 'not credible'],
      ['senior diplomat', 'Nobody believes them'],
    ]);
    expect(b.groups.map((g) => g.name)).toEqual(['Western officials', 'senior diplomat']);
  });

  it('resolves “the company” to the company the story is about', () => {
    const b = draft(
      article(
        'The food group Brightwater Foods said on Tuesday that sales had dropped by a fifth.',
        '“We expect a better second half,” the company said.',
      ),
    );
    expect(quoted(b)).toEqual([['Brightwater Foods', 'We expect a better second half']]);
    expect(b.organisations.map((o) => o.name)).toContain('Brightwater Foods');
  });
});

describe('reported speech without quote marks', () => {
  it('finds X said (when) that …, X told <audience> …, and …, X told <audience>.', () => {
    const b = draft(
      article(
        'Foreign minister Elena Vasquez said on Monday that the border would reopen next week.',
        'Trade envoy Mark Osei told reporters he expected an agreement by June.',
        'Exports had fallen by a third since January, the central bank governor Ana Costa told Reuters.',
      ),
    );
    expect(said(b)).toEqual([
      ['Elena Vasquez', 'paraphrase', 'the border would reopen next week'],
      ['Mark Osei', 'paraphrase', 'he expected an agreement by June'],
      ['Ana Costa', 'paraphrase', 'Exports had fallen by a third since January'],
    ]);
    expect(b.statements.map((s) => [s.when, s.audience])).toEqual([
      ['on Monday', undefined],
      [undefined, 'reporters'],
      [undefined, 'Reuters'],
    ]);
  });

  it('takes a bare weekday, as American news writes it, for when, never for what was said', () => {
    const b = draft(
      article(
        'Sen. Richard Hollis told legislators Tuesday in the Senate Federal and State Affairs Committee.',
        'Rep. Ann Lowe told reporters Monday that the bill would fail.',
      ),
    );
    expect(said(b)).toEqual([['Ann Lowe', 'paraphrase', 'the bill would fail']]);
    expect(b.statements.map((s) => s.when)).toEqual(['Monday']);
  });

  it('leaves a clause that holds a quote to the quote', () => {
    const b = draft(article('Elena Vasquez said the plan was “dead in the water”.'));
    expect(said(b)).toEqual([['Elena Vasquez', 'partial', 'dead in the water']]);
  });
});
