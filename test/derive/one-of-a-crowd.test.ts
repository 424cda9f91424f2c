import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('"one" and "another" alone, for members of a crowd the story has just named', () => {
  it('names "one said" and "Another added" by the noun of the group named before', () => {
    const b = draft(
      article(
        'Outside the station, many commuters and residents were angry about the fare rise. Near the gate, many residents said the council had not listened. "We were never asked," one said. Another added: "It is always the same story here."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['resident', 'We were never asked'],
      ['another resident', 'It is always the same story here.'],
    ]);
  });

  it('reads "said one" after the quote as one member of the group', () => {
    const b = draft(
      article(
        'Local officials met on Monday to discuss the flood.',
        '"We agreed on a plan," said one.',
      ),
    );
    expect(quoted(b)).toEqual([['local official', 'We agreed on a plan']]);
  });

  it('leaves "one said" unplaced when no group was named just before', () => {
    const b = draft(
      article(
        'Many farmers lost their crops in the storm last year.',
        'The bridge was closed for repairs on Monday. Traffic moved slowly through the town all day. "It took an hour," one said.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('counts the next one of a kind after someone described only as a person ("A second said")', () => {
    const b = draft(
      article(
        '"The queue was far too long," one visitor said. A second said the guards "were friendly enough."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['visitor', 'The queue was far too long'],
      ['second visitor', 'were friendly enough.'],
    ]);
  });

  it('gives the words to the named member after "said one of the protesters …, Name"', () => {
    const b = draft(
      article(
        'Two activists locked themselves inside the pipeline on Monday. Glen Hart joined them later.',
        '"Nobody asked this neighbourhood," said one of the protesters inside the pipeline, Matt Almonte in a statement.',
      ),
    );
    expect(quoted(b)).toEqual([['Matt Almonte', 'Nobody asked this neighbourhood']]);
  });

  it('names "One of the security guards, who asked to stay anonymous, told" as the story does', () => {
    const b = draft(
      article(
        'Guards at the hospital protested on Monday over unpaid salaries.',
        'One of the security guards, who asked to stay anonymous, told reporters: “We are here because we were not paid.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['one of the security guards', 'We are here because we were not paid.'],
    ]);
  });

  it('names "One refugee" who opens the sentence with a verb in the present as the next "he"', () => {
    const b = draft(
      article(
        'Syrian forces occasionally fire through the perimeter fence of the camp.',
        'One refugee points to the bullet holes in the walls of his cabin. “My cousin was injured in the attack,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([['refugee', 'My cousin was injured in the attack']]);
  });
});
