import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote followed by a name and no verb of saying', () => {
  it.each([
    ['Mr Anthony.', 'Larry Anthony'],
    ['Health and Human Services Secretary Tommy G. Thompson.', 'Tommy G. Thompson'],
  ])('is the words of the one named: "“…,” %s"', (after, speaker) => {
    const b = draft(
      article(
        'Awards for child abuse prevention',
        'The minister, Larry Anthony, presented the awards in Canberra.',
        `“By highlighting this problem, we can get the message out,” ${after}`,
      ),
    );
    expect(quoted(b)).toEqual([
      [speaker, 'By highlighting this problem, we can get the message out'],
    ]);
  });
});
