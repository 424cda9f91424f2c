import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('quote paragraphs after a paragraph of facts', () => {
  it('are the last speaker’s, when the facts between quote and name no one else', () => {
    const b = draft(
      article(
        'Cameron Hunt, a senior ranger, says in July staff became aware of several sections of cleared bush.',
        'Working closely with the police, they discovered a campsite and several clearings in the area.',
        '"This man’s face is clearly shown in the image and we’d like to speak to him."',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Cameron Hunt',
        'This man’s face is clearly shown in the image and we’d like to speak to him.',
      ],
    ]);
  });

  it('are no one’s when the facts between name someone else', () => {
    const b = draft(
      article(
        'Cameron Hunt, a senior ranger, says in July staff became aware of several sections of cleared bush.',
        'The clearings were found by Tama Wiremu, a hunter from Stratford.',
        '"This man’s face is clearly shown in the image and we’d like to speak to him."',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('are no one’s after three paragraphs of facts', () => {
    const b = draft(
      article(
        'Cameron Hunt, a senior ranger, says in July staff became aware of several sections of cleared bush.',
        'The clearings measured up to 10m by 10m.',
        'A pile of rubbish was found at the campsite.',
        'The park covers 34,000 hectares.',
        '"This man’s face is clearly shown in the image and we’d like to speak to him."',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });
});
