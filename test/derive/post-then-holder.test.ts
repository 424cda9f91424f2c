import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a post written out before the person who holds it', () => {
  it('gives “…,” said <post> for <body>, <name>. to the named person', () => {
    const b = draft(
      article(
        '"We call on all parties to stop," said spokesperson for the Office of Peace Studies, Rupert Colley.',
        '"The Commission regrets this," said EU commissioner for Home Affairs, Cecilia Malm.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rupert Colley', 'We call on all parties to stop'],
      ['Cecilia Malm', 'The Commission regrets this'],
    ]);
  });

  it('still gives “…,” said <name>, <post> for <body>. to the name that comes first', () => {
    const b = draft(
      article('"We call on all parties to stop," said Rupert Colley, spokesperson for the office.'),
    );
    expect(quoted(b)).toEqual([['Rupert Colley', 'We call on all parties to stop']]);
  });

  it('gives the words to a spokesperson named right after the post, with no comma', () => {
    const b = draft(
      article(
        'Prime Minister Benjamin Netanyahu rejected the request on Monday.',
        '"Jerusalem is our capital and will remain so," said the Prime Minister\'s spokesperson Mark Regev.',
      ),
    );
    expect(quoted(b)).toEqual([['Mark Regev', 'Jerusalem is our capital and will remain so']]);
  });
});
