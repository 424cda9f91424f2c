import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('words written for a body, and bodies referred to again', () => {
  it('gives words "according to" a post made "on behalf of the jury" to the jury, not its writers', () => {
    const b = draft(
      article(
        'According to a letter from Jo Kask and Mari Tamm sent on behalf of the jury, Tallinn was chosen because of its "strong, organized team" and "detailed budget."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jury', 'strong, organized team'],
      ['Jury', 'detailed budget.'],
    ]);
  });

  it('takes the source named after "according to" and an office for the "he" of the next quote', () => {
    const b = draft(
      article(
        'Sergeant Tom Berg said the drill went well.',
        'The visit was planned with the army, according to City Hall press secretary Peter Holm. "We only told them what to expect," he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Peter Holm', 'We only told them what to expect']]);
  });

  it('lists no person for a name ending in a plural noun with no given name first', () => {
    const b = draft(
      article(
        'A vintage bus on its way to a wedding was also hit, but its owner Harbor Chauffeurs say they do not know if the driver was hurt.',
        'Officer Betsy Burns said the road was closed.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Betsy Burns']);
  });

  it('gives a statement quoted after "an official who responded" to that official\'s body', () => {
    const b = draft(
      article(
        'The Daily Ledger asked the Harbour Authority about the delays.',
        'The Daily Ledger reached out to a Harbour Authority official who responded that the port is aware of the problem.',
        '"We are reviewing every schedule," the statement said.',
      ),
    );
    const statement = b.statements.find((s) => s.text.startsWith('We are reviewing'));
    const group = b.groups.find((g) => g.id === statement?.speaker);
    const members = group?.members.map((id) => b.organisations.find((o) => o.id === id)?.name);
    expect(members).toEqual(['Harbour Authority']);
  });
});
