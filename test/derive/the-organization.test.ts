import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a body called by its kind', () => {
  it('reads "Reporters Without Borders" as a body, and a man called Borders as a person', () => {
    const b = draft(
      article(
        'Reporters Without Borders called for an inquiry on Monday.',
        '"They are keeping a low profile out here," said Spc. Brent Borders.',
      ),
    );
    expect(b.organisations.map((o) => o.name)).toContain('Reporters Without Borders');
    expect(b.people.map((p) => p.name)).toContain('Brent Borders');
  });

  it('gives "the organization said" to the body named before, past a government spoken of since', () => {
    const b = draft(
      article(
        'Reporters Without Borders (RWB) have appealed for punishment of those responsible. According to RWB, journalists do not feel free to report.',
        'The worldwide press freedom organization said that the government must find him. "It is unacceptable that local journalists have to do the job of the police," the organization said.',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Reporters Without Borders',
        'It is unacceptable that local journalists have to do the job of the police',
      ],
    ]);
  });

  it('takes "the organisation" for the body named last when no body has been a subject yet', () => {
    const b = draft(
      article(
        'Early on Wednesday, police entered the compound of Transformed Life Ministry, a rehabilitation centre, and rescued scores of people.',
        'The organisation states that it provides “safe transitional housing” for its charges.',
      ),
    );
    expect(b.organisations.map((o) => o.name)).not.toContain('Organisation');
    expect(quoted(b)).toEqual([['Transformed Life Ministry', 'safe transitional housing']]);
  });

  it('takes "the company" for the company named before, not a state agency that was the subject', () => {
    const b = draft(
      article(
        'Workers fled after hearing that a U.S. Immigration and Customs Enforcement raid might be imminent.',
        'ICE “did not conduct any enforcement actions in the area” last Thursday, agency spokeswoman Lindsay Williams said.',
        'A plant run by Gold Creek Foods was one of the facilities where workers fled. The company said on Facebook it was “aware of rumors” about raids.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Lindsay Williams', 'did not conduct any enforcement actions in the area'],
      ['Gold Creek Foods', 'aware of rumors'],
    ]);
  });
});
