import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('unnamed speakers set apart from their verb of saying', () => {
  it('reads a relative clause between a description and its verb ("a nurse who … said")', () => {
    const b = draft(
      article(
        'The ward reopened on Friday. A nurse who had worked there for ten years said, "We waited a long time for this."',
      ),
    );
    expect(quoted(b)).toEqual([['nurse', 'We waited a long time for this.']]);
  });

  it('reads "who\'d said" after a description as its words', () => {
    const b = draft(
      article(
        'On the ferry I met one of the crew, an engineer who’d said, "Nobody sleeps on this crossing."',
      ),
    );
    expect(quoted(b)).toEqual([['engineer', 'Nobody sleeps on this crossing.']]);
  });

  it('reads a participle with its agent between a description and its verb', () => {
    const b = draft(
      article(
        'One driver interviewed by the local radio station accused the company of "cutting corners".',
      ),
    );
    expect(quoted(b)).toEqual([['driver', 'cutting corners']]);
  });

  it('gives the words told to someone by a person described only by a noun to that person', () => {
    const b = draft(
      article(
        'Ana Lind waited four hours. She was told by a nurse that the ward was "completely full".',
      ),
    );
    expect(quoted(b)).toEqual([['nurse', 'completely full']]);
  });
});
