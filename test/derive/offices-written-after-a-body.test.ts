import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('an office written out after a body, then the person who holds it', () => {
  it('gives the quote to the person, past places and bodies named inside the office', () => {
    const b = draft(
      article(
        'The Asian Development Bank approved a grant for the Marshall Islands on Monday.',
        '"The government’s commitment to good governance is clear," said ADB’s Principal Economist for the Pacific Ms. Ananya Basu.',
        '"Connectivity between the islands is critical," said ADB Pacific Department Director for Transport, Energy, and Natural Resources Mr. Olly Norojono.',
        '"This project will support the country," said ADB Country Director for the PRC Asif S. Cheema.',
        '"This is an unprecedented event," says DOC’s Deputy Director-General Organisation Support Mike Tully.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ananya Basu', 'The government’s commitment to good governance is clear'],
      ['Olly Norojono', 'Connectivity between the islands is critical'],
      ['Asif S. Cheema', 'This project will support the country'],
      ['Mike Tully', 'This is an unprecedented event'],
    ]);
  });

  it('keeps the body the speaker where no person ends the clause', () => {
    const b = draft(
      article('"The project is on track," said ADB’s Pacific Department in a statement on Monday.'),
    );
    expect(quoted(b).map(([speaker]) => speaker)).toEqual(['ADB']);
  });

  it('reads an acronym in brackets, a comma and a slash inside the office, and "of a body’s unit"', () => {
    const b = draft(
      article(
        '"This result is significant for the species," says Department of Conservation (DOC) Senior Ranger, Rebecca Newland.',
        '"This is a significant fine," says DOC’s Mahaanui/Christchurch Operations Manager Andy Thompson.',
        '"The monitoring shows significant improvements," Felicity Wong of DOC’s Marine Conservation Unit said today.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rebecca Newland', 'This result is significant for the species'],
      ['Andy Thompson', 'This is a significant fine'],
      ['Felicity Wong', 'The monitoring shows significant improvements'],
    ]);
  });
});
