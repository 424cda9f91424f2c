import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words quoted in a sentence that names no one, after a speaker in the paragraph', () => {
  it('gives them to the one whose words the paragraph gave before', () => {
    const b = draft(
      article(
        'Campaigner Tiernan Brady spoke to the podcast.',
        'Brady says the best outcome would be a free vote in parliament. A popular vote would be “politically unnecessary and legally unbinding”.',
      ),
    );
    expect(quoted(b)).toEqual([['Tiernan Brady', 'politically unnecessary and legally unbinding']]);
  });

  it('leaves them alone when the sentence names someone else', () => {
    const b = draft(
      article(
        'Campaigner Tiernan Brady spoke to the podcast.',
        'Brady says the best outcome would be a free vote in parliament. Senator Ann Cole called a popular vote “politically unnecessary and legally unbinding”.',
      ),
    );
    expect(quoted(b)).toEqual([['Ann Cole', 'politically unnecessary and legally unbinding']]);
  });

  it('gives words quoted in a sentence that opens on someone’s possession to the owner', () => {
    const b = draft(
      article(
        'Senator Josh Hawley spoke to reporters on Thursday about the election results.',
        'Hawley’s prescription for electoral success would include “tougher tariffs on China”.',
      ),
    );
    expect(quoted(b)).toEqual([['Josh Hawley', 'tougher tariffs on China']]);
  });
});
