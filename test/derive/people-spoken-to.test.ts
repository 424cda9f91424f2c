import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('whom a publication spoke to, and who a description says is a woman', () => {
  it('takes the person a publication spoke with for the next "he"', () => {
    const b = draft(
      article(
        'Judge Ben Ortiz set a trial date for the doctor on Friday.',
        'The Illuminator spoke with District Attorney Tony Clayton on Saturday. He said he finds it “shocking” that the doctor will not come to Louisiana.',
      ),
    );
    expect(quoted(b)).toEqual([['Tony Clayton', 'shocking']]);
  });

  it('never gives a mother’s description to "he"', () => {
    const b = draft(
      article(
        'A Baton Rouge-area mother was charged on Friday with helping her daughter.',
        'He said he finds the charges “shocking” and will appeal.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('gives the next `he` to the one a reporter spoke with, not to the reporter', () => {
    const b = draft(
      article(
        'To find out, reporter Joe De Capua spoke with Ali Sharmarke, managing director of the station.',
        '“The city’s very quiet,” he says.',
      ),
    );
    expect(quoted(b)).toEqual([['Ali Sharmarke', 'The city’s very quiet']]);
  });

  it('gives the next `she` to someone unnamed the paper spoke to', () => {
    const b = draft(
      article(
        '“We have to queue for a long time,” said clinic patient Grace Nemulodi.',
        'OurHealth spoke to a nurse who asked not to be named.',
        '“It is true that our patients are treated differently,” she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Grace Nemulodi', 'We have to queue for a long time'],
      ['nurse', 'It is true that our patients are treated differently'],
    ]);
  });
});
