import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a participle that opens the sentence before a name', () => {
  it('is no part of the name it governs', () => {
    const b = draft(
      article(
        'Convicts were pardoned before they left, journalist says',
        'Journalist Eva Merkacheva has told RIA Novosti that convicts had been pardoned. Citing Merkacheva, RIA Novosti reports that the pardon was secret.',
        '“I don’t have access to the decrees themselves,” Merkacheva said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Eva Merkacheva']);
    expect(quoted(b)).toEqual([
      ['Eva Merkacheva', 'I don’t have access to the decrees themselves'],
    ]);
  });

  it('leaves a name that opens the sentence with no comma after it whole', () => {
    const b = draft(
      article(
        'Historian speaks',
        'Manning Marable told the audience that the archive mattered.',
        '“It is our memory,” Marable said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Manning Marable']);
  });
});
