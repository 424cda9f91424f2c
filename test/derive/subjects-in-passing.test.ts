import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('who a sentence is about, for the "he" or "she" after it', () => {
  it('keeps a councillor of a numbered ward as the subject', () => {
    const b = draft(
      article(
        '“We are angry,” said community leader Debora Grootboom.',
        'Ward 32 Councillor Sandra Fillis told GroundUp the outage was caused by a burnt cable. “The municipality will fix it,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Debora Grootboom', 'We are angry'],
      ['Sandra Fillis', 'The municipality will fix it'],
    ]);
  });

  it('does not take someone named last, after "as well as", for the subject', () => {
    const b = draft(
      article(
        'Cars lined the road to the border.',
        'Vladimir Petrenko is bringing supplies from Poland to Lviv, as well as a journalist.',
        '“These are from all the refugees,” he says.',
      ),
    );
    expect(quoted(b)).toEqual([['Vladimir Petrenko', 'These are from all the refugees']]);
  });

  it('does not take a name joined by "and" to what a preposition governs for a subject', () => {
    const b = draft(
      article(
        'Speaker John Boehner spoke to reporters at the Capitol on Friday.',
        'President Barack Obama said he is happy to negotiate with Republicans and Speaker Boehner on "a whole range of issues," but he said officials cannot do it "with a gun held to the head."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Barack Obama', 'a whole range of issues'],
      ['Barack Obama', 'with a gun held to the head.'],
    ]);
  });

  it('does not take a name inside a clause about a noun ("the money Reeves secured is") for a subject', () => {
    const b = draft(
      article(
        'Gov. Tate Reeves has opposed Medicaid expansion for years.',
        'Quentin Whitwell owns four hospitals in rural Mississippi. While the extra federal money Reeves secured is helpful, he said, expansion would go further.',
        '“There is no reason to leave funding on the table,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Quentin Whitwell', 'There is no reason to leave funding on the table'],
    ]);
  });

  it('keeps the one who feels for the subject, not the name after "was furious that"', () => {
    const b = draft(
      article(
        'John Barilaro has called on Malcolm Turnbull to resign as prime minister.',
        'Barilaro was furious that Turnbull denied federal factors affected the loss. “That is just a joke,” he told the radio station.',
      ),
    );
    expect(quoted(b)).toEqual([['John Barilaro', 'That is just a joke']]);
  });

  it('reads "the Andrews government’s plan" as a body’s, not a subject’s', () => {
    const b = draft(
      article(
        'Scott Morrison and Daniel Andrews are in a high stakes arm wrestle.',
        'Morrison is flagging he will pull out whatever stops he can to prod Victoria.',
        'Describing the Andrews government’s plan as “a worst case scenario”, he said on Monday: “I see it as a starting point.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Scott Morrison', 'a worst case scenario'],
      ['Scott Morrison', 'I see it as a starting point.'],
    ]);
  });
});
