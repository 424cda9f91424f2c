import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a pull quote printed under the headline and again in the story', () => {
  it('is the speaker’s whose quote in the story holds its words', () => {
    const b = draft(
      article(
        'Shack dwellers block Baden Powell Drive',
        '“The City will never help us until we protest.”',
        'Residents of Enkanini barricaded the road with burning tyres on Monday morning.',
        'Community leader Myolisi Magibisela addressed the protesters. “We will burn tyres every evening and morning. The City will never help us until we protest,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Myolisi Magibisela', 'The City will never help us until we protest.'],
      [
        'Myolisi Magibisela',
        'We will burn tyres every evening and morning. The City will never help us until we protest',
      ],
    ]);
  });

  it('leaves a few words quoted alone unplaced, as a name or a title may be', () => {
    const b = draft(
      article(
        'Pride march',
        'The march was blocked by a group calling itself “Get the L Out”.',
        '“We are here because Get the L Out cannot speak for us,” said organiser Ada Lund.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ada Lund', 'We are here because Get the L Out cannot speak for us'],
    ]);
  });

  it('gives an opening paragraph’s words credited to a body to the person who says them later', () => {
    const b = draft(
      article(
        'A discard quota agreed by EU fisheries ministers on Wednesday would be “not an exemption, but a loophole”.',
        'Fishing fleets have asked for more time.',
        '“This exemption is not an exemption but a loophole. Some member states simply do not want any changes,” said Ulrike Rodust, the Parliament’s rapporteur.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ulrike Rodust', 'not an exemption, but a loophole'],
      [
        'Ulrike Rodust',
        'This exemption is not an exemption but a loophole. Some member states simply do not want any changes',
      ],
    ]);
  });
});
