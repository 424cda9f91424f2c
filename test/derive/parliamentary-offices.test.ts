import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('offices and letters of parliaments', () => {
  it('reads an Irish chair and deputy: "Committee Cathaoirleach, Deputy Seán Crowe TD said"', () => {
    const b = draft(
      article(
        'The Joint Committee on Health will meet tomorrow in Dáil Éireann.',
        'Speaking ahead of the meeting, Committee Cathaoirleach, Deputy Seán Crowe TD said "the meeting tomorrow will give our Committee the opportunity to discuss the Bill."',
        'Ceann Comhairle Seán Ó Fearghaíl TD said: "I am delighted with the agreement reached today."',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Seán Crowe',
        'the meeting tomorrow will give our Committee the opportunity to discuss the Bill.',
      ],
      ['Seán Ó Fearghaíl', 'I am delighted with the agreement reached today.'],
    ]);
    expect(b.people.map((p) => p.name).sort()).toEqual(['Seán Crowe', 'Seán Ó Fearghaíl']);
    expect(b.organisations.map((o) => o.name)).toContain('Dáil Éireann');
    // The office before its holder is no body.
    expect(b.organisations.map((o) => o.name)).not.toContain('Committee Cathaoirleach');
  });

  it('gives a partial quote to the name before letters after it: "Fiona Grant KC said"', () => {
    const b = draft(article('Fiona Grant KC said "the ruling will be appealed".'));
    expect(quoted(b)).toEqual([['Fiona Grant', 'the ruling will be appealed']]);
  });

  it('keeps the last part of an office after "and" out of the name, dictionary word or not', () => {
    const b = draft(
      article(
        'Minister for Mental Health and Ageing Mark Butler and Parliamentary Secretary for Disabilities and Carers, Senator Jan McLucas, today launched Carers Week.',
        '"Anyone, anytime can be a carer," Senator McLucas said.',
      ),
    );
    expect(b.people.map((p) => p.name).sort()).toEqual(['Jan McLucas', 'Mark Butler']);
    expect(quoted(b)).toEqual([['Jan McLucas', 'Anyone, anytime can be a carer']]);
  });
});
