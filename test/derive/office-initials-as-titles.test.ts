import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe("an office's initials before a surname", () => {
  it('reads "SMA Preston" as the Kenneth O. Preston named in full, not as a body', () => {
    const b = draft(
      article(
        'Sgt. Maj. of the Army Kenneth O. Preston visited Soldiers deployed here on Monday.',
        '"This trip gives me the opportunity to visit the command," said SMA Preston.',
        'One-on-one time with SMA Preston gave 1st Sgt. Kent Chicosky the chance to get feedback.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Kenneth O. Preston', 'This trip gives me the opportunity to visit the command'],
    ]);
    expect(b.organisations.map((o) => o.name)).not.toContain('SMA Preston');
  });

  it('leaves capitals before a word that no full name ends in alone ("PIA Flight 661")', () => {
    const b = draft(
      article('Chairman Azam Saigol said PIA Flight 661 had crashed. "We grieve," said Saigol.'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Azam Saigol']);
  });
});
