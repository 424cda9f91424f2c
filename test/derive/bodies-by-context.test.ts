import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

const people = (text: string) => draft(text).people.map((p) => p.name);

describe('bodies named without a body word, told by the words around them', () => {
  it('does not list a name written with "the" and followed by punctuation or a small word', () => {
    expect(
      people(
        article(
          'Councillor Ada Brennick said she had been compared to the Kuvo Zheltar and asked for an apology.',
        ),
      ),
    ).toEqual(['Ada Brennick']);
  });

  it('lists as a body a name whose offices or members the story speaks of', () => {
    const b = draft(
      article("Protesters threw paint at Radu Vostok's offices on Friday, said officer Mara Lind."),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Mara Lind']);
    expect(b.organisations.map((o) => o.name)).toContain('Radu Vostok');
  });

  it('lists as a body what someone is a member of', () => {
    expect(
      people(
        article(
          'Organiser Petra Salo said the march was peaceful, adding that she was a member of Aturo Ventai.',
        ),
      ),
    ).toEqual(['Petra Salo']);
  });

  it('lists as a body a name after its kind ("the artist collective X")', () => {
    expect(
      people(article('The artist collective Greta Vorn answered in kind, said curator Ilse Dahl.')),
    ).toEqual(['Ilse Dahl']);
  });

  it('takes a name set off after a body’s kind for that body, and "about …" for no description', () => {
    const b = draft(
      article(
        'The institute had complained to the UK’s broadcasting regulator, Ofcast, about an interview between presenter James Obrey and Peter Gaughan.',
        'But Ofcast cleared the station, saying that “the comments did not result in unfairness”.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['James Obrey', 'Peter Gaughan']);
    expect(quoted(b)).toEqual([['Ofcast', 'the comments did not result in unfairness']]);
  });

  it('takes a name after a role at someone’s team for the one who holds the role', () => {
    const b = draft(
      article(
        'Minister and leader of the government’s negotiating team Ruhakana Rugunda denies the allegation. But Rugunda said it would be investigated.',
        '“Well, we do not have those reports,” he said.',
        'Its chairperson, of shack dwellers movement Abahlali baseMjondolo, was away.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ruhakana Rugunda']);
    expect(quoted(b)).toEqual([['Ruhakana Rugunda', 'Well, we do not have those reports']]);
  });

  it('lists what a named person is "of" as a body, even before "who says"', () => {
    const b = draft(
      article(
        'Nevada lost many jobs in the spring as the casinos closed.',
        'The figure is 1.4 million, according to Jeremy Aguero of Applied Analysis, who says many more work for “non-employer establishments” such as drivers.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Jeremy Aguero']);
    expect(b.organisations.map((o) => o.name)).toEqual(['Applied Analysis']);
    expect(quoted(b)).toEqual([['Jeremy Aguero', 'non-employer establishments']]);
  });
});
