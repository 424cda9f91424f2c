import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('Māori names of iwi and marae', () => {
  it('lists no iwi or hapū as a person, and a marae as a body', () => {
    const b = draft(
      article(
        'Colin Brown, a ranger, said staff were working with Ngāti Wai and Ngāi Tai ki Tāmaki at Waikaretu Marae on Sunday.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Colin Brown']);
    expect(b.organisations.map((o) => o.name)).toContain('Waikaretu Marae');
  });
});
