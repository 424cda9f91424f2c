import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('attribution to sources, documents and bodies in real news', () => {
  it('gives the words to the one an agency “quoted … as saying”', () => {
    const b = draft(
      article(
        'The news agency Reuters quoted an opposition official as saying the party is against armed struggle, and the arrests were, in his words, "a ploy to erase our members."',
      ),
    );
    expect(quoted(b)).toEqual([['opposition official', 'a ploy to erase our members.']]);
  });

  it('gives the words to the one named after “in the words of”', () => {
    const b = draft(
      article(
        'The child suffered for months and, in the words of the Crown prosecutor, Mark Tedeschi, QC, "Gloria spent her last months crying."',
      ),
    );
    expect(quoted(b)).toEqual([['Mark Tedeschi', 'Gloria spent her last months crying.']]);
  });

  it('keeps the body whose analysis or study “concluded” as the speaker', () => {
    const b = draft(
      article(
        'PC World\'s recent analysis of its own web traffic statistics concluded, "Internet Explorer is now the third browser."',
      ),
    );
    expect(quoted(b)).toEqual([['PC World', 'Internet Explorer is now the third browser.']]);
  });

  it('gives “the statement said” to whoever the story said issued it, and a leader’s movement speaks as a body', () => {
    const b = draft(
      article(
        'On Monday, David Yau Yau\'s rebel movement said in a statement that it was "on the verge" of capturing the town.',
        '"Civilians should avoid the road to Bor," the statement said.',
        '"We are reviewing the programme," the statement said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ["David Yau Yau's rebel movement", 'on the verge'],
      ["David Yau Yau's rebel movement", 'Civilians should avoid the road to Bor'],
      ["David Yau Yau's rebel movement", 'We are reviewing the programme'],
    ]);
  });

  it('gives “the statement said” to the statement itself when no one was said to issue it', () => {
    const b = draft(
      article('Maryam Jami spoke first.', '"We are reviewing the programme," the statement said.'),
    );
    expect(quoted(b)).toEqual([['the statement', 'We are reviewing the programme']]);
  });

  it('gives the words of a document with no writer named to the document, as the story words it', () => {
    const b = draft(
      article(
        'Regarding the next round, the joint statement said: "Both sides will meet every two weeks."',
        'A 2006 government report stated, "Funds were diverted to the rebels."',
        'The rules are strict. The resolution also stated that the authorities "routinely detain critics" and that "no one is safe."',
        'The march\'s mission statement reads, in part, "We will send a bold message."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['the joint statement', 'Both sides will meet every two weeks.'],
      ['a 2006 government report', 'Funds were diverted to the rebels.'],
      ['the resolution', 'routinely detain critics'],
      ['the resolution', 'no one is safe.'],
      ["the march's mission statement", 'We will send a bold message.'],
    ]);
  });

  it('counts the body named as a document’s writer as the document’s member', () => {
    const b = draft(
      article(
        'A resolution passed by the Regional Assembly asked for calm.',
        'The resolution also stated that the police "must show restraint."',
      ),
    );
    expect(quoted(b)).toEqual([['the resolution', 'must show restraint.']]);
    const assembly = b.organisations.find((o) => o.name === 'Regional Assembly');
    expect(b.groups.find((g) => g.name === 'the resolution')?.members).toEqual([assembly?.id]);
  });

  it('takes clarifying, elaborating and underlining for verbs of saying', () => {
    const b = draft(
      article(
        'Envoy Jane Ode said the aid goes on. She clarified that "...the aid goes through charities to the people." With a drought, Ode said, a cut would hurt.',
      ),
    );
    expect(quoted(b)).toEqual([['Jane Ode', '...the aid goes through charities to the people.']]);
  });

  it('finds the subject past where it spoke (“in an exclusive interview told”)', () => {
    const b = draft(
      article(
        'Norland’s President Aldo Vey in an exclusive television interview told reporters that Norland is "not a failed state."',
      ),
    );
    expect(quoted(b)).toEqual([['Aldo Vey', 'not a failed state.']]);
  });

  it('takes civilians, survivors and troops for groups that speak, named without a quantifier or where they stood', () => {
    const b = draft(
      article(
        'Many Norlish civilians in the square stood outside their homes, and yelled, “Welcome,” to the convoy.',
      ),
    );
    expect(quoted(b)).toEqual([['Norlish civilians', 'Welcome']]);
  });

  it('gives a document’s words to the writer named after it (“The report by X says”)', () => {
    const b = draft(
      article('The report by Civic Watch Norland says the police "acted with impunity" in May.'),
    );
    expect(quoted(b)).toEqual([['Civic Watch Norland', 'acted with impunity']]);
  });

  it('takes a nation’s police, army or government named by its demonym for a body that speaks', () => {
    const b = draft(
      article(
        'Kenyan police said officers used "minimal force." The Egyptian army said the flyers were "illegal."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Kenyan police', 'minimal force.'],
      ['Egyptian army', 'illegal.'],
    ]);
  });

  it('gives the paragraphs of a release that announces a statement to its writer', () => {
    const b = draft(
      article(
        'The following is a statement from Agency Administrator Ruth Vale regarding the landing of the probe at the Marlow Test Range, Kestrel Flats, west of the city.',
        '"We are encouraged by the news from the range. The craft did what it was built to do.',
        '"Our plan was based on safety. No one was hurt."',
      ),
    );
    expect(quoted(b).map(([speaker]) => speaker)).toEqual(['Ruth Vale', 'Ruth Vale']);
  });

  it('takes a name after an office no list holds, opening the sentence, for the subject of its verb', () => {
    const b = draft(
      article(
        'A judge jailed two men for the murder of Tom Reid on the island.',
        'Western Isles procurator fiscal Tom Hale said Reid\'s murder "caused shock in this small community" but stressed the island was safe. "Justice will be done," he added.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Hale', 'caused shock in this small community'],
      ['Tom Hale', 'Justice will be done'],
    ]);
  });

  it('never takes a body named after what it is, or a programme, for a person', () => {
    const b = draft(
      article(
        'The organization Writers Across Borders says such regions make up most of the world.',
        'The ministry’s Bright Years campaign is asking people to check their health, and thousands joined the Zorvan Kell campaign.',
        'Director Ana Reyes said, "Nobody should be afraid to ask."',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ana Reyes']);
  });

  it('gives a characterisation to a single-named agency and to a nation’s court or state TV', () => {
    const b = draft(
      article(
        'The general left the room. Tassmedia described him as "frail" during the hearing.',
        'The Chilean court described the sums as "vast". Chilean state TV showed the crowds, calling the march a "show of force."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tassmedia', 'frail'],
      ['Chilean court', 'vast'],
      ['Chilean state TV', 'show of force.'],
    ]);
  });

  it('gives a scare quote to the source named after it, and an investigation’s finding to its author', () => {
    const b = draft(
      article(
        'Marlow had been criticised for his "narrow vision", according to the Harbour Gazette.',
        'An investigation by the Coast Herald has revealed that the aid was "siphoned off" by the militia.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Harbour Gazette', 'narrow vision'],
      ['Coast Herald', 'siphoned off'],
    ]);
  });

  it('gives a belief reported by a verb of saying to whoever said it', () => {
    const b = draft(
      article(
        'Veloran President Tomas Ardent claimed Britain believed Africa is "backward", hours before his visit.',
      ),
    );
    expect(quoted(b)).toEqual([['Tomas Ardent', 'backward']]);
  });

  it('gives a resolution’s words to the local body that passed it', () => {
    const b = draft(
      article(
        'Earlier, the Kerrow city council passed a resolution to back the boycott. The resolution read, "The council will not fund the contest."',
      ),
    );
    expect(quoted(b)).toEqual([['Kerrow city council', 'The council will not fund the contest.']]);
  });

  it('gives a label someone gives in their own words, and a reported saying, to that person', () => {
    const b = draft(
      article(
        'Party official Rena Moyo told delegates it was vital to jam what she labeled "hostile radio from abroad."',
        'Colonel Idris Farah was sentenced on Monday. Farah is reported to have said "Praise be" as he left the court.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rena Moyo', 'hostile radio from abroad.'],
      ['Idris Farah', 'Praise be'],
    ]);
  });

  it('gives the words quoted “per the statement” to whoever stated it', () => {
    const b = draft(
      article(
        'Singer Marva Tolle died at home on Thursday, her publicist Dana Kerr stated on behalf of the family.',
        'Per the statement, Tolle died at about 9 am, "surrounded by family and loved ones."',
      ),
    );
    expect(quoted(b)).toEqual([['Dana Kerr', 'surrounded by family and loved ones.']]);
  });

  it('gives a quote followed by “read the statement” to the body the release came from', () => {
    const b = draft(
      article(
        'In an official release from Civic Watch Norland put out Friday, the group said the police were hiding the facts.',
        '"It is shocking that they do this," read the statement.',
      ),
    );
    expect(quoted(b)).toEqual([['Civic Watch Norland', 'It is shocking that they do this']]);
  });

  it('gives words of "the armed forces" to the body named before whose name holds the phrase', () => {
    const b = draft(
      article(
        'The Higher Command of the Armed Forces met on Thursday.',
        '"The command has accepted the resignation," the armed forces said on its website.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Higher Command of the Armed Forces', 'The command has accepted the resignation'],
    ]);
  });
});

describe('a broadcaster that answers the officials who acted against it', () => {
  it('takes a name after "the news network" for a body, and "they" for that body', () => {
    const b = draft(
      article(
        'Six reporters from the independent news network Al-Nahar were freed today.',
        'Officials ordered the channel to stop broadcasting. Al-Nahar said they were "appalled" by the order, which they called "an attack on reporting."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Al-Nahar', 'appalled'],
      ['Al-Nahar', 'an attack on reporting.'],
    ]);
    expect(b.organisations.map((o) => o.name)).toContain('Al-Nahar');
  });

  it('reads "they" after a body that speaks as that body, not as the group named before it', () => {
    const b = draft(
      article(
        'Western officials closed the offices of the Delta Broadcasting Corporation on Sunday. The Delta Broadcasting Corporation condemned the order, which they called "an attack on reporting."',
      ),
    );
    expect(quoted(b)).toEqual([['Delta Broadcasting Corporation', 'an attack on reporting.']]);
  });

  it('names an unnamed source with whom they are close to, as the story describes them', () => {
    const b = draft(
      article(
        'Insiders expect little change.',
        '“This isn’t something new,” said a source close to the Kremlin administration.',
        '“Nothing will change,” said a source familiar with the talks.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['source close to the Kremlin administration', 'This isn’t something new'],
      ['source familiar with the talks', 'Nothing will change'],
    ]);
  });

  it('gives a document’s words to the person or body it is named with as its owner', () => {
    const b = draft(
      article(
        'Gov. Ralph Northam declared a state of emergency on Wednesday.',
        '“We must take all precautions,” Northam’s order says. “It will not happen again.”',
        'The Delta Broadcasting Corporation replied on Thursday. Delta Broadcasting Corporation’s statement said: “We will go on reporting.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ralph Northam', 'We must take all precautions'],
      ['Ralph Northam', 'It will not happen again.'],
      ['Delta Broadcasting Corporation', 'We will go on reporting.'],
    ]);
  });
});
