import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('groups that speak, named by what they are', () => {
  it.each([
    ['deputies', 'The deputies explained that many Russians are “unable to make plans”.'],
    ['draftees', 'The draftees add that their battalion is “almost completely destroyed”.'],
    ['relatives', 'The relatives say the men were sent to the front “without any training”.'],
  ])('gives the words of "the %s" to them', (noun, sentence) => {
    const b = draft(article('Mobilisation', 'The war went on through the winter.', sentence));
    const [[speaker = ''] = []] = quoted(b);
    expect(speaker.toLowerCase()).toContain(noun);
  });

  it('gives words to "a group of residents", named without its article', () => {
    const b = draft(
      article(
        'March against gangs',
        'Hundreds of people marched through Manenberg on Friday night.',
        'A group of residents said, “We want to walk to school safely.”',
      ),
    );
    expect(quoted(b)).toEqual([['Group of residents', 'We want to walk to school safely.']]);
  });

  it('names a group by the body its members are of ("members of Congress"), a possessive aside', () => {
    const b = draft(
      article(
        'Immigration',
        'The rule on foreign students was rescinded on Tuesday after a lawsuit.',
        'In a letter, members of Congress wrote: “These students followed the rules.”',
        'Eighty members of Britain’s upper house signed a letter. “Show compassion,” they wrote.',
      ),
    );
    expect(quoted(b).map(([speaker]) => speaker)).toEqual([
      'Members of Congress',
      'Eighty members',
    ]);
  });
});
