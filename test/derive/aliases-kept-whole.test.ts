import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('other names a draft keeps for a person', () => {
  it('keeps no role cut short before a name, nor an auxiliary before a role', () => {
    const b = draft(
      article(
        'Reaction was one of surprise after the announcement that U.S. President Barack Obama is the winner of this year’s Nobel Peace Prize.',
        'The choice of President Barack Obama as the winner of the Nobel Peace Prize came as a shock in Oslo.',
        'Israel sent congratulations, as did Palestinian negotiator Saeb Erekat.',
      ),
    );
    const aliases = b.people.flatMap((p) => p.aliases);
    expect(aliases).not.toContain('the winner of the');
    expect(aliases).not.toContain('the did Palestinian negotiator');
    expect(b.people.find((p) => p.name === 'Saeb Erekat')?.aliases).toContain(
      'Palestinian negotiator',
    );
  });

  it('keeps a place that opens a role capitalised, and lowers only a common word', () => {
    const b = draft(
      article(
        'Ohio State wrestler Dan Ritchie said the abuse was known. “It is a flat out lie,” Ritchie said.',
        'Director Ada Lund said the report was late.',
      ),
    );
    const aliases = b.people.map((p) => p.aliases);
    expect(aliases[0]).toContain('the Ohio State wrestler');
    expect(aliases[1]).toContain('the director');
  });

  it('ends a role set off after a name at the verb of saying that follows it', () => {
    const b = draft(
      article(
        'The senate is in for a frenetic year of debate and votes on many bills.',
        'At the start of a frenetic year for independent Nick Xenophon, the South Australian senator tells Michelle Grattan his new party will fill a vacuum.',
      ),
    );
    const aliases = b.people.flatMap((p) => p.aliases);
    expect(aliases.some((a) => /senator$/u.test(a))).toBe(true);
    expect(aliases.filter((a) => /tells/u.test(a))).toEqual([]);
  });
});
