import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('attribution patterns of real news', () => {
  it('keeps both halves of an interrupted quote with their speaker', () => {
    const b = draft(
      article(
        '"We came to show our talent," team member Rodaba Noori told the press, "and to show that we can build robots too."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rodaba Noori', 'We came to show our talent'],
      ['Rodaba Noori', 'and to show that we can build robots too.'],
    ]);
  });

  it('keeps the second half after “…,” said X, “but …”', () => {
    const b = draft(article('“The plan is sound,” said Maria Lopez, “but it will cost more.”'));
    expect(quoted(b)).toEqual([
      ['Maria Lopez', 'The plan is sound'],
      ['Maria Lopez', 'but it will cost more.'],
    ]);
  });

  it('reads Asked why …, Lord Smith said: “…”', () => {
    const b = draft(
      article(
        'Asked why the bill had stalled, Lord Smith said: “The government has lost its nerve.”',
      ),
    );
    expect(quoted(b)).toEqual([['Smith', 'The government has lost its nerve.']]);
  });

  it('skips a place in apposition and keeps the speaker for the next “he said”', () => {
    const b = draft(
      article(
        'Mr Tom Jones, MP for Kingston-upon-Thames, Surrey, said: “The station must stay open.”',
        '“We will fight the closure,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Jones', 'The station must stay open.'],
      ['Tom Jones', 'We will fight the closure'],
    ]);
  });

  it('skips an age in apposition', () => {
    const b = draft(article('Sarah Cole, 42, said: “I waited six hours.”'));
    expect(quoted(b)).toEqual([['Sarah Cole', 'I waited six hours.']]);
  });

  it('reads a pull quote signed with a dash', () => {
    const b = draft(
      article(
        'Matthew Ingram of The Globe and Mail wrote about the dispute.',
        '"So far, it is the internet 1, the church 0. But it is a long game." - Matthew Ingram',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Matthew Ingram', 'So far, it is the internet 1, the church 0. But it is a long game.'],
    ]);
  });
});
