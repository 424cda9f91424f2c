import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a peer named with a territorial designation', () => {
  it('keeps "Lord Forsyth of Drumlean" as a name of the peer the quotes are given to', () => {
    const b = draft(
      article(
        'The Economic Affairs Committee, chaired by Lord Forsyth of Drumlean, opened an inquiry today.',
        'Lord Forsyth of Drumlean, Chairman of the Economic Affairs Committee, said: "We want to hear from as many people as possible."',
      ),
    );
    const peer = b.people.find((p) => p.aliases.includes('Lord Forsyth of Drumlean'));
    expect(peer?.name).toBe('Forsyth');
    expect(quoted(b)).toEqual([['Forsyth', 'We want to hear from as many people as possible.']]);
  });

  it('adds no designation to a name "of" a body that has no peer’s title', () => {
    const b = draft(
      article('Mark Smith of Oxfam said: "We want to hear from as many people as possible."'),
    );
    expect(b.people.flatMap((p) => p.aliases)).not.toContain('Mark Smith of Oxfam');
  });
});
