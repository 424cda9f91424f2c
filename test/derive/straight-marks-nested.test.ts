import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a quote in straight marks inside one in straight marks', () => {
  it('is part of the outer quote when a few words are set off after a word or a comma', () => {
    const b = draft(
      article(
        '"We\'re excited," said coach Bubba Thornton. "And I\'d like to say that this is "the dream team." They\'re going to show up."',
        'Director Kathleen Sawyer wrote, "The Bureau has chosen to declare this week, "Correctional Workers Week," because we believe in our staff."',
      ),
    );
    expect(quoted(b).map(([, text]) => text)).toEqual([
      "We're excited",
      'And I\'d like to say that this is "the dream team." They\'re going to show up.',
      'The Bureau has chosen to declare this week, "Correctional Workers Week," because we believe in our staff.',
    ]);
  });

  it('opens a quote of its own after a verb of saying, in a source that left one open', () => {
    const b = draft(
      article(
        'Pastor John Reed said his church members were accosted by the group.',
        'Elaborating on the encounter, he recalled, "At one time, I happened to call him \'brother\'. He replied, "Don\'t call me brother. I don\'t think you and I serve the same Christ." He reported the leader also insulted one of the volunteers, stating, "Look at you. You look just like the world."',
      ),
    );
    expect(quoted(b).map(([, text]) => text)).toContain(
      'Look at you. You look just like the world.',
    );
  });
});
