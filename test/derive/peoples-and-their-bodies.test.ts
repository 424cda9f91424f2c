import { describe, expect, it } from 'vitest';
import { article, draft } from '../helpers/derive.ts';

describe('names of peoples and their bodies: Māori iwi and marae, Alaska Natives, tribal nations', () => {
  it('lists no iwi or hapū as a person, and a marae as a body', () => {
    const b = draft(
      article(
        'Colin Brown, a ranger, said staff were working with Ngāti Wai and Ngāi Tai ki Tāmaki at Waikaretu Marae on Sunday.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Colin Brown']);
    expect(b.organisations.map((o) => o.name)).toContain('Waikaretu Marae');
  });

  it('lists no "Alaska Native" as a person, and a tribal nation as a body', () => {
    const b = draft(
      article(
        'Ann Smith, a citizen of the Forest County Potawatomi Nation, said grants will reach American Indian and Alaska Native communities.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ann Smith']);
    expect(b.organisations.map((o) => o.name)).toContain('Forest County Potawatomi Nation');
  });
});
