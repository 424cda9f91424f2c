import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('an opening mark typed as a closing one, glued to the full stop before it', () => {
  it('opens a quote that is a sentence of its own, said by the paragraph’s speaker', () => {
    const b = draft(
      article(
        '“The sewage runs past our doors,” said resident Bongani Kweya.',
        'Resident Mpana Ngemntu said there had been no electricity since 2014. A new box had been brought but had not been connected.”It is not working and just an ornament.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Bongani Kweya', 'The sewage runs past our doors'],
      ['Mpana Ngemntu', 'It is not working and just an ornament.'],
    ]);
  });

  it('opens a quote after a comma too, where every quote before it has closed', () => {
    const b = draft(
      article(
        'Chris Cox, a top lobbyist with the National Rifle Association, tweeted after a meeting, ”POTUS & VPOTUS support the Second Amendment.” Donald Trump followed up, tweeting, “Good (Great) meeting in the Oval Office tonight with the NRA!”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Chris Cox', 'POTUS & VPOTUS support the Second Amendment.'],
      ['Donald Trump', 'Good (Great) meeting in the Oval Office tonight with the NRA!'],
    ]);
  });

  it('leaves a closing mark that closes an open quote alone', () => {
    const b = draft(
      article('“We waited all day.”Nobody came, Ann Lee said. “Then the water rose,” she said.'),
    );
    expect(quoted(b)).toEqual([
      ['Ann Lee', 'We waited all day.'],
      ['Ann Lee', 'Then the water rose'],
    ]);
  });
});
