import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('speakers of partial quotes that no verb of saying sets off', () => {
  it('gives a group named with an abbreviated country ("U.S. officials") its own words', () => {
    const b = draft(
      article(
        'The talks ended on Friday without a deal.',
        'U.S. officials said the talks have been hung up on "technical issues."',
      ),
    );
    expect(quoted(b)).toEqual([['U.S. officials', 'technical issues.']]);
  });

  it('gives the words after a possessive call or warning to the one who made it', () => {
    const b = draft(
      article(
        'Thousands of people answered Army chief Omar Haddad\'s call for "all honorable citizens" to take to the streets to fight "violence and terrorism."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Omar Haddad', 'all honorable citizens'],
      ['Omar Haddad', 'violence and terrorism.'],
    ]);
  });

  it('reads "pressed X to …" as urging someone in the words quoted', () => {
    const b = draft(
      article(
        'Secretary of State John Kerry pressed Russia "to use its influence" with the government in Damascus.',
      ),
    );
    expect(quoted(b)).toEqual([['John Kerry', 'to use its influence']]);
  });

  it('binds an honour used as a role noun ("the Nobel laureate said") to the person the story is about', () => {
    const b = draft(
      article(
        'Burmese opposition leader Aung San Suu Kyi spoke at a ceremony on Saturday.',
        '"We are not disheartened," the Nobel laureate said.',
        '"Human rights must be protected," the Nobel Peace Prize winner added.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Aung San Suu Kyi', 'We are not disheartened'],
      ['Aung San Suu Kyi', 'Human rights must be protected'],
    ]);
  });

  it('gives a quote alone after "X said he …" to X when the reported words are too few to keep', () => {
    const b = draft(
      article(
        'Another rocket struck the town on Monday.',
        'One man said he feels lucky. "I work here in the office. I started late that day."',
      ),
    );
    expect(quoted(b)).toEqual([['man', 'I work here in the office. I started late that day.']]);
  });

  it('takes “This man was …” or “A tourist, …” opening a sentence for someone a pronoun or a lone quote can mean', () => {
    const b = draft(
      article(
        'Another quake hit the coast on Monday. This man was incredulous. “I heard a big ringing,” he said.',
        'A tourist, bound for Rome says her flight was cancelled. “All the planes were cancelled.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['man', 'I heard a big ringing'],
      ['tourist', 'All the planes were cancelled.'],
    ]);
  });

  it('names someone described by an age with the person noun after it (“a 22-year-old woman”)', () => {
    const b = draft(
      article(
        'A 22-year-old woman says this is the first time she has seen it. "I feel very fine," she said.',
      ),
    );
    expect(quoted(b)).toEqual([['22-year-old woman', 'I feel very fine']]);
  });

  it('gives the quotes of a subject described but not named to the titled name opening the next sentence', () => {
    const b = draft(
      article(
        'The woman chosen to lead the coast guard says she is worried about what she called the "steadily worsening" state of the fleet. Admiral Rhea Voss spoke at a hearing on Tuesday.',
      ),
    );
    expect(quoted(b)).toEqual([['Rhea Voss', 'steadily worsening']]);
  });

  it('waits for the next paragraph\'s titled name when a described subject\'s words are "what he called"', () => {
    const b = draft(
      article(
        'The head of the coast guard yesterday thanked U.S. sailors for serving at what he called "a testing time" for the fleet.',
        'Vice Adm. Tom Reyes spoke to about 300 sailors at the base.',
      ),
    );
    expect(quoted(b)).toEqual([['Tom Reyes', 'a testing time']]);
  });

  it('gives no speaker to chants, slogans and signs a crowd carries', () => {
    const b = draft(
      article(
        'Mayor Lena Ortiz addressed the rally on Sunday.',
        'Marchers chanted slogans like "Homes for all!" and carried signs quoting things Ortiz had said, as in "Build it now."',
        '"We heard you," Ortiz said.',
      ),
    );
    expect(quoted(b)).toEqual([['Lena Ortiz', 'We heard you']]);
  });

  it('gives no speaker to a hyphenated label before a noun or to a title after its owner', () => {
    const b = draft(
      article(
        'Mayor Lena Ortiz spoke at an "all-staff" meeting on Monday.',
        'Appearing on WKRN\'s "Face the City," Ortiz said the budget was "a closed chapter" now.',
      ),
    );
    expect(quoted(b)).toEqual([['Lena Ortiz', 'a closed chapter']]);
  });

  it('takes "a relative" for someone described only as a person', () => {
    const b = draft(
      article(
        'The court heard the appeal. "Only one hearing was open to the family," said a relative.',
      ),
    );
    expect(quoted(b)).toEqual([['relative', 'Only one hearing was open to the family']]);
  });

  it('takes attendees, policemen and "one of the children" as unnamed speakers', () => {
    const b = draft(
      article(
        'Crowds filled the square on Sunday. "The searches were never explained to anyone," one attendee noted online.',
        '"We could not stay on the barricades any longer," one policeman said.',
        'One of the children said, "We still think about those years every day."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['attendee', 'The searches were never explained to anyone'],
      ['policeman', 'We could not stay on the barricades any longer'],
      ['one of the children', 'We still think about those years every day.'],
    ]);
  });

  it('takes someone described by what they belong to (“an advisor to the team”) as a speaker', () => {
    const b = draft(
      article(
        'The talks opened on Monday. "They came for their own reasons," an advisor to the northern delegation told reporters.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['advisor to the northern delegation', 'They came for their own reasons'],
    ]);
  });

  it('gives a sentence quoted after a colon to the person who opens the sentence', () => {
    const b = draft(
      article(
        'Lena Marsh spoke at the forum. Finally Marsh set out three tests for any plan: "Every plan must be paid for."',
        'The rule book held one line: "All visitors must leave by noon."',
      ),
    );
    expect(quoted(b)).toEqual([['Lena Marsh', 'Every plan must be paid for.']]);
  });

  it('finds the subject past a reflexive or a time between it and the verb of saying', () => {
    const b = draft(
      article(
        'Former mayor Ines Haller was accused of taking money. Haller herself said the claim was "absurd".',
        'Governor Omar Brandt on Thursday told reporters that "this tax thing" had cost him votes.',
        'Senator Lea Voss last week said the bill was "dead on arrival."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ines Haller', 'absurd'],
      ['Omar Brandt', 'this tax thing'],
      ['Lea Voss', 'dead on arrival.'],
    ]);
  });
});

describe('a body’s deed inside what a person is reported to have said', () => {
  it('keeps the words with the person when the body only "agreed" inside the report', () => {
    const b = draft(
      article(
        'Prime Minister Daniel Orbe said the Iranians had agreed only to "cosmetic concessions".',
      ),
    );
    expect(quoted(b)).toEqual([['Daniel Orbe', 'cosmetic concessions']]);
  });

  it('keeps the words with the person when a country "had claimed" something inside the report', () => {
    const b = draft(
      article(
        'Senator Ana Ruiz spoke on Monday. She said Russia had claimed Crimea "as an act of force".',
      ),
    );
    expect(quoted(b)).toEqual([['Ana Ruiz', 'as an act of force']]);
  });
});

describe('a partial quote that closes its sentence inside the marks', () => {
  it('keeps the words with the one who led into them, not the next sentence’s subject', () => {
    const b = draft(
      article(
        'Prime Minister Alan Brice said it was "a great act of democracy." Ministers said they would write the laws soon.',
      ),
    );
    expect(quoted(b)).toEqual([['Alan Brice', 'a great act of democracy.']]);
  });
});
