import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a body named again in a shorter or another form', () => {
  it('reads a short name in brackets after the name in its own language (“(Movimiento …, MOVILH)”)', () => {
    const b = draft(
      article(
        'The comment was denounced by the Movement for Homosexual Integration and Liberation (Movimiento de Integración y Liberación Homosexual, MOVILH) on Monday.',
        'In a press release, the MOVILH said that "the statements seek to denigrate people."',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Movement for Homosexual Integration and Liberation',
        'the statements seek to denigrate people.',
      ],
    ]);
  });

  it('reads “the Commission” as the one body named with that word', () => {
    const b = draft(
      article(
        'The Human Rights Commission of Pakistan (HRCP) also condemned the killings.',
        '"We call upon the government to act," the Commission said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Human Rights Commission of Pakistan', 'We call upon the government to act'],
    ]);
    expect(b.organisations.map((o) => o.name)).toEqual(['Human Rights Commission of Pakistan']);
  });

  it('leaves “the Commission” alone when two bodies have that word in their names', () => {
    const b = draft(
      article(
        'The Human Rights Commission of Pakistan and the European Commission both condemned the killings.',
        '"We call upon the government to act," the Commission said.',
      ),
    );
    expect(quoted(b).map(([speaker]) => speaker)).not.toContain(
      'Human Rights Commission of Pakistan',
    );
    expect(quoted(b).map(([speaker]) => speaker)).not.toContain('European Commission');
  });

  it('takes a company named again without its trade ("NorthWestern" after "NorthWestern Energy") for the same body', () => {
    const b = draft(
      [
        'NorthWestern announces plan to acquire majority stake in power plant',
        '',
        'Montana’s largest power utility, NorthWestern Energy, said on Tuesday it plans to buy a larger stake in the plant.',
        '',
        'NorthWestern, which would own a 55% stake in the unit, said it will propose an arrangement with “zero net effect on customer bills.”',
      ].join('\n'),
    );
    expect(b.organisations.map((o) => o.name)).toEqual(['NorthWestern Energy']);
    expect(quoted(b)).toEqual([['NorthWestern Energy', 'zero net effect on customer bills.']]);
  });

  it('skips a kind of body set off by commas after a body’s name ("the North’s highest military body")', () => {
    const b = draft(
      article(
        'Analysts say the threat is part of a deliberate effort to build up weapons.',
        'The National Defense Commission, the North’s highest military body, said Thursday the moves target what it called its “arch enemy,” the United States.',
      ),
    );
    expect(quoted(b)).toEqual([['National Defense Commission', 'arch enemy']]);
  });

  it('takes a word in capitals that spells a body’s initials for that body, brackets or not ("ICE")', () => {
    const b = draft(
      article(
        'Workers fled after hearing that a U.S. Immigration and Customs Enforcement “raid” might be imminent.',
        'ICE “did not conduct any enforcement actions in the area” last Thursday, agency spokeswoman Lindsay Williams said.',
      ),
    );
    expect(b.organisations.map((o) => o.name)).toEqual([
      'U.S. Immigration and Customs Enforcement',
    ]);
  });
});
