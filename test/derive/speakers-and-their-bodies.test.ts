import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('a person and the body or country named with them', () => {
  it('gives the words to the person a body is named after to place them ("X of the Y noted")', () => {
    const b = draft(
      article(
        'Marta Keel of the Lindgren Research Center noted, "This report undercuts every claim made so far."',
      ),
    );
    expect(quoted(b)).toEqual([['Marta Keel', 'This report undercuts every claim made so far.']]);
  });

  it('gives the words to the person whose post at a body stands in apposition ("X, head of Y, promised")', () => {
    const b = draft(
      article(
        'Ruben Salas, head of Northern Province\'s police, promised "those found negligent will be charged".',
      ),
    );
    expect(quoted(b)).toEqual([['Ruben Salas', 'those found negligent will be charged']]);
  });

  it('gives the words after "said Country\'s Minister X" to the minister, not the country', () => {
    const b = draft(
      article(
        '"At first light we will send every boat we have," said Gabon\'s Interior Minister Andre Nzue.',
      ),
    );
    expect(quoted(b)).toEqual([['Andre Nzue', 'At first light we will send every boat we have']]);
  });
  it('ends a body’s name at a title that a two-word name follows, after a word that may be a given name', () => {
    const b = draft(
      article(
        'As Pro-Choice America President Ilyse Hogue pointed out, the vote is close.',
        'Radio Liberty President Stephen Capus faced questions.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ilyse Hogue', 'Stephen Capus']);
  });
  it('reads a party member’s noun before a given name as a description, not part of the name', () => {
    const b = draft(
      article(
        'The Speaker of the House, Republican Paul Reyes, disagreed: "This is not a ban," he said.',
        'The Republican National Committee met on Friday.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Paul Reyes']);
    expect(quoted(b)).toEqual([['Paul Reyes', 'This is not a ban']]);
  });
  it('gives the words after "said X\'s counterpart, Y" to Y, not to X', () => {
    const b = draft(
      article(
        'Foreign Minister Ali Warsame spoke on Monday.',
        '"The situation is very grim," said Warsame\'s Kenyan counterpart, Moses Otieno.',
      ),
    );
    expect(quoted(b)).toEqual([['Moses Otieno', 'The situation is very grim']]);
  });
  it('takes the person after "US senator" for the subject a participle of saying shares', () => {
    const b = draft(
      article(
        'The deal worries some lawmakers.',
        'US senator Ann Porter has backed the deal "in principle" while saying the details need study.',
      ),
    );
    expect(quoted(b)).toEqual([['Ann Porter', 'in principle']]);
  });
});

describe('a document a body wrote, quoted after a person', () => {
  it('gives the words of "a warning by" a body to the body, not to the person quoted last', () => {
    const b = draft(
      article(
        '"We stopped the plant," said controller Ted Rye.',
        '"Boats should return to shore," read a warning by the Joint Storm Warning Centre.',
      ),
    );
    const document = b.statements.find((s) => s.text.startsWith('Boats'));
    const group = b.groups.find((g) => g.id === document?.speaker);
    const members = b.organisations.filter((o) => group?.members.includes(o.id));
    expect(members.map((o) => o.name)).toEqual(['Joint Storm Warning Centre']);
  });
});

describe('a place, a role at it, then the person, after the verb', () => {
  it('gives the words to the person, not to the place or region named first', () => {
    const b = draft(
      article(
        '"Stay away from the beaches," warned Coastguard Eastern Region duty officer Jon Hale.',
      ),
    );
    expect(quoted(b)).toEqual([['Jon Hale', 'Stay away from the beaches']]);
  });

  it('gives the words after "said X’s Office In Capitals, Y" to Y, not to X', () => {
    const b = draft(
      article(
        'President Donald Trump met the Russian foreign minister on Wednesday at the White House.',
        '"At no time were sources discussed," said Trump\'s National Security Advisor, Lieutenant General H.R. McMaster.',
      ),
    );
    expect(quoted(b)).toEqual([['H.R. McMaster', 'At no time were sources discussed']]);
  });

  it('reads a place in the description after a name as where the office reaches', () => {
    const b = draft(
      article(
        'Nicholas Bequelin, Amnesty’s regional director for East and Southeast Asia, says the operations “show an unaccountable military terrorizing civilians.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nicholas Bequelin', 'show an unaccountable military terrorizing civilians.'],
    ]);
  });

  it('reads "opposition contender" before a name as the person’s role', () => {
    const b = draft(
      article(
        'Robert Mugabe spoke at a rally on Sunday.',
        'Opposition contender Morgan Tsvangirai was telling supporters “stand and defend your vote.”',
      ),
    );
    expect(quoted(b)).toEqual([['Morgan Tsvangirai', 'stand and defend your vote.']]);
  });

  it('takes the name after "the permanent secretary of the … ministry," for the post’s holder', () => {
    const b = draft(
      article(
        'The permanent secretary of the Malawi agriculture ministry, Ellard Malindi, says corn is planted on most farmland.',
        '“There has been a psychological attachment to maize as a food,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ellard Malindi', 'There has been a psychological attachment to maize as a food'],
    ]);
    expect(b.organisations.map((o) => o.name)).not.toContain('Ellard Malindi');
  });
});
