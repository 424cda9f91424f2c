import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

/** An article with a headline of the test's own. */
const headed = (headline: string, ...paragraphs: string[]) =>
  ['Monday, 3 March 2025', '', headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe('a statement announced before its quote paragraphs', () => {
  it('gives them to whoever “released the following statement”', () => {
    const b = draft(
      article(
        'Today, in light of the cancellation of the Federal Energy Regulatory Commission’s (FERC) regular March Open Meeting and the notational consideration of the orders the Commission would have addressed at the meeting, Commissioner Glick released the following statement:',
        '“First, my thoughts are with our fellow Americans.',
        '“We are working closely with the industry to keep the lights on.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Glick', 'First, my thoughts are with our fellow Americans.'],
      ['Glick', 'We are working closely with the industry to keep the lights on.'],
    ]);
  });

  it('gives them to the writer a “Statement from …” headline names', () => {
    const b = draft(
      headed(
        'Statement from Bureau of Engraving and Printing Director Len Olijar',
        '“The committee was chartered to make design recommendations.',
        '“No official has ‘scrapped’ anything; everything remains on the table.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Len Olijar', 'The committee was chartered to make design recommendations.'],
      ['Len Olijar', 'No official has ‘scrapped’ anything; everything remains on the table.'],
    ]);
    expect(b.people.map((p) => p.name)).toEqual(['Len Olijar']);
    // Nothing but the statement: its own first words stand for it.
    expect(b.summary).toMatch(/^“The committee was chartered/u);
    expect(b.keyPoints).toHaveLength(1);
  });

  it('joins a writer the headline names to the one the story names by surname', () => {
    const b = draft(
      headed(
        'Commissioner Richard Glick Statement on Today’s Orders',
        '“We must keep the lights on, and we will work with the states to do it.”',
        'Commissioner Glick voted on the orders on Thursday with his colleagues.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Glick', 'We must keep the lights on, and we will work with the states to do it.'],
    ]);
    expect(b.people).toHaveLength(1);
    expect(b.people[0]?.aliases).toContain('Richard Glick');
  });

  it('names no one from a headline that is no person’s statement', () => {
    for (const headline of [
      'Statement from the Department of Energy on the Outage',
      'Statement on the Budget',
      'Senators Issue Statement',
    ]) {
      const b = draft(
        headed(
          headline,
          '“We are reviewing the matter closely and will report to the committee.”',
          'The review of the outage began in January and will end in the spring.',
        ),
      );
      expect(quoted(b), headline).toEqual([]);
      expect(b.people, headline).toEqual([]);
    }
  });

  it('gives a quote paragraph to the person a dash line under it credits', () => {
    const b = draft(
      article(
        'Today the bureau fined Wells Fargo Bank $100 million for widespread unlawful sales practices.',
        '"Wells Fargo employees secretly opened unauthorized accounts to hit sales targets."',
        '— CFPB Director Richard Cordray',
        'The bank had compensation programs that encouraged its employees to open accounts.',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Richard Cordray',
        'Wells Fargo employees secretly opened unauthorized accounts to hit sales targets.',
      ],
    ]);
  });

  it('leaves words in marks inside an unmarked pull quote to the story', () => {
    const b = draft(
      article(
        'The president said on Thursday that he had decided to dismiss the director of the bureau.',
        "When I decided to just do it, I said to myself: 'This story is made up, an excuse by the Democrats.'",
        '— President Trump to NBC',
        'The director had led the inquiry into the campaign for almost a year.',
      ),
    );
    expect(quoted(b).filter(([speaker]) => speaker === 'Trump')).toEqual([]);
  });

  it('keeps a line that opens the story by handing over to a quote', () => {
    const b = draft(
      article(
        'Gregor McGill, a senior lawyer at the Crown Prosecution Service, said,',
        '“The CPS has decided that no further action will be taken regarding one journalist.',
        '“This decision was taken in accordance with the Code for Crown Prosecutors.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Gregor McGill',
        'The CPS has decided that no further action will be taken regarding one journalist.',
      ],
      [
        'Gregor McGill',
        'This decision was taken in accordance with the Code for Crown Prosecutors.',
      ],
    ]);
  });
});
