import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a sentence credited to a report, with a subject of its own', () => {
  it('gives the words to the subject who told them, not to the outlet whose report it was', () => {
    const b = draft(
      article(
        'According to this Press Service report, former official Paul Pillar led the work for five years, and told the Press Service that the reports "addressed the fears explicitly".',
      ),
    );
    expect(quoted(b)).toEqual([['Paul Pillar', 'addressed the fears explicitly']]);
  });

  it('still gives the words to the source when the sentence has no verb of saying', () => {
    const b = draft(
      article('According to a Press Service report, the talks were "a complete failure".'),
    );
    expect(quoted(b)).toEqual([['Press Service', 'a complete failure']]);
  });
});
