import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('attribution patterns of real news', () => {
  it('keeps both halves of an interrupted quote with their speaker', () => {
    const b = draft(
      article(
        '"We came to show our talent," team member Rodaba Noori told the press, "and to show that we can build robots too."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rodaba Noori', 'We came to show our talent'],
      ['Rodaba Noori', 'and to show that we can build robots too.'],
    ]);
  });

  it('keeps the second half after “…,” said X, “but …”', () => {
    const b = draft(article('“The plan is sound,” said Maria Lopez, “but it will cost more.”'));
    expect(quoted(b)).toEqual([
      ['Maria Lopez', 'The plan is sound'],
      ['Maria Lopez', 'but it will cost more.'],
    ]);
  });

  it('reads Asked why …, Lord Smith said: “…”', () => {
    const b = draft(
      article(
        'Asked why the bill had stalled, Lord Smith said: “The government has lost its nerve.”',
      ),
    );
    expect(quoted(b)).toEqual([['Smith', 'The government has lost its nerve.']]);
  });

  it('skips a place in apposition and keeps the speaker for the next “he said”', () => {
    const b = draft(
      article(
        'Mr Tom Jones, MP for Kingston-upon-Thames, Surrey, said: “The station must stay open.”',
        '“We will fight the closure,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Jones', 'The station must stay open.'],
      ['Tom Jones', 'We will fight the closure'],
    ]);
  });

  it('skips an age in apposition', () => {
    const b = draft(article('Sarah Cole, 42, said: “I waited six hours.”'));
    expect(quoted(b)).toEqual([['Sarah Cole', 'I waited six hours.']]);
  });

  it('reads a pull quote signed with a dash', () => {
    const b = draft(
      article(
        'Matthew Ingram of The Globe and Mail wrote about the dispute.',
        '"So far, it is the internet 1, the church 0. But it is a long game." - Matthew Ingram',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Matthew Ingram', 'So far, it is the internet 1, the church 0. But it is a long game.'],
    ]);
  });

  it('reads X told <a publication>, “…” and a quote announced by “X stated,”', () => {
    const b = draft(
      article(
        'As coauthor Colette Hale told The Huffington Post, “The projections are quite consistent.”',
        'According to Mark Rath, the detective was given a file. Rath stated,',
        '“The next thing he knew, he was in a cell.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Colette Hale', 'The projections are quite consistent.'],
      ['Mark Rath', 'The next thing he knew, he was in a cell.'],
    ]);
  });

  it('leaves out titles in capitals, ratings and scare quotes', () => {
    const b = draft(
      article(
        'Acme says on "The Browser 6 Countdown" that the browser is old.',
        'Of its flaws, 39 percent are rated "highly critical". Many cannot say what a ‘healthy’ browser is.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('reads “…, with X stating: “…”', () => {
    const b = draft(
      article(
        'The paper quoted critics like the campaigner Caitlin Bos, with Bos stating: “This move is clumsy.”',
      ),
    );
    expect(quoted(b)).toEqual([['Caitlin Bos', 'This move is clumsy.']]);
  });

  it('reads an office with its department before a titled name, and a quote announced after earlier quotes', () => {
    const b = draft(
      article(
        'Undersecretary for Education Mr. Toccafondi says "many schools will raise their fees" (in Italian).',
        'The bishops’ secretary, Nunzio Galantino, has called the ruling "dangerous" (in Italian):',
        '"We face a dangerous ruling. Indeed, they do not understand these schools." (in Italian).',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Toccafondi', 'many schools will raise their fees'],
      ['Nunzio Galantino', 'dangerous'],
      [
        'Nunzio Galantino',
        'We face a dangerous ruling. Indeed, they do not understand these schools.',
      ],
    ]);
  });

  it('gives a document’s words to its writer: “The X letter reads”, “X’s statement added”, “It said” after “a statement by X”', () => {
    const b = draft(
      article(
        'A statement by the Brady Campaign was posted online. It said "We are heartbroken over the loss."',
        'The Home Office letter reads "we may extend the use of the questionnaire."',
        'Senator John Cornyn spoke. Cornyn’s statement added, "The bill is a good start."',
        'The council reasoned, "this kind of activity is commercial."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Brady Campaign', 'We are heartbroken over the loss.'],
      ['Home Office', 'we may extend the use of the questionnaire.'],
      ['John Cornyn', 'The bill is a good start.'],
      ['Council', 'this kind of activity is commercial.'],
    ]);
  });

  it('gives a quote to the agent of a passive verb of saying and to a role at a named body', () => {
    const b = draft(
      article(
        'Jane Hale published a memoir, described by the Washington Post as partly "a love story of mutual sacrifice."',
        'After the leak, CEO of the Refugee Council Enver Solomon told Sky News any process "must be well thought out".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Washington Post', 'a love story of mutual sacrifice.'],
      ['Enver Solomon', 'must be well thought out'],
    ]);
  });

  it('gives a quote after “quoting X,” to X, not to a country that owns X', () => {
    const b = draft(
      article(
        'According to Yonhap news agency, quoting North Korea\'s main news agency Korean Central News Agency (KCNA), the military was told to prepare a "quasi-state of war".',
      ),
    );
    expect(quoted(b)).toEqual([['Korean Central News Agency', 'quasi-state of war']]);
  });

  it('gives a quote to the subject, not to the outlet it was said to or a description after “of”', () => {
    const b = draft(
      article(
        'US citizen Susan Cohen, the mother of a victim, called him “a mass murderer”, adding to CNN: “I feel no pity.”',
        'UK citizen Jim Swire disagreed. He described the death as “a sad time”, telling the BBC he was “satisfied”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Susan Cohen', 'a mass murderer'],
      ['Susan Cohen', 'I feel no pity.'],
      ['Jim Swire', 'a sad time'],
      ['Jim Swire', 'satisfied'],
    ]);
  });

  it('keeps both halves of a quote split by “said X;” and reads a job before a name as its description', () => {
    const b = draft(
      article(
        'William Ruto, a minister, spoke on Monday.',
        '“It will not work,” said Ruto; “we must stop.”',
        'Cuban parliamentary speaker Ricardo Alcaron told CNN that Castro “remains in stable condition”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['William Ruto', 'It will not work'],
      ['William Ruto', 'we must stop.'],
      ['Ricardo Alcaron', 'remains in stable condition'],
    ]);
  });

  it('takes the source named by “according to” when no verb of saying is there, before or after the quote', () => {
    const b = draft(
      article(
        'Harrison Cahill gave a count of 116 injured; according to Derrec Becker, an officer for the division, injuries ranged “from cuts to broken bones”.',
        'Castro’s condition is “satisfactory” following surgery, according to Cuban vice-premier Carlos Lage.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Derrec Becker', 'from cuts to broken bones'],
      ['Carlos Lage', 'satisfactory'],
    ]);
  });

  it('reads relatives and nationalities before a name as descriptions', () => {
    const b = draft(
      article(
        'Abdelbaset al-Megrahi has died. His brother Mohammed al-Megrahi claimed “there never was exact proof”.',
        'Acting Cuban leader Raul Castro has not been seen.',
      ),
    );
    expect(quoted(b)).toEqual([['Mohammed al-Megrahi', 'there never was exact proof']]);
    expect(b.people.map((p) => p.name)).not.toContain('Acting Cuban');
  });

  it('shares an attribution after two quotes joined by “or”, with any verb of saying after them', () => {
    const b = draft(
      article(
        'Devesh Sahai, a student from India, came in 2016.',
        'People asked him odd things. “What part of India is Dubai in?” or “Do you speak Indian?” Sahai explained.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Devesh Sahai', 'What part of India is Dubai in?'],
      ['Devesh Sahai', 'Do you speak Indian?'],
    ]);
  });

  it('takes a given name that speaks for a person, and a name with “, who” for the one the story is about', () => {
    const b = draft(
      article(
        'At the bus station, Rosa told VOA about her plans.',
        '“Work, start fulfilling my dreams,” she said.',
        'Former director Scott Walker backs the plan. But veterans like Binh Tieng, who fought in 1967, support it. “Because they are old,” he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Rosa', 'Work, start fulfilling my dreams'],
      ['Binh Tieng', 'Because they are old'],
    ]);
  });

  it('reads “pointed out” as a verb of saying', () => {
    const b = draft(
      article(
        'MDC spokesman Tendai Biti spoke to reporters.',
        '“The worst-case scenario is a run-off,” Biti pointed out.',
      ),
    );
    expect(quoted(b)).toEqual([['Tendai Biti', 'The worst-case scenario is a run-off']]);
  });

  it('gives first-person words with no verb of saying to the sentence’s subject, never a label', () => {
    const b = draft(
      article(
        'Kem Sokha, the opposition leader, is visiting Washington.',
        'He has met with US leaders, “because we want the US to help protect democracy”.',
        'The court justified the “double sentence” on Tuesday.',
      ),
    );
    expect(quoted(b)).toEqual([['Kem Sokha', 'because we want the US to help protect democracy']]);
  });

  it('sees past a politician’s state and a reported clause’s subject before its comma', () => {
    const b = draft(
      article(
        '“That is a start,” Democratic Senator Tim Kaine of Virginia said of the plan.',
        'Ali Hassan saw the shooting. He says the Blackwater employees, “Just opened fire at every car.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tim Kaine', 'That is a start'],
      ['Ali Hassan', 'Just opened fire at every car.'],
    ]);
  });

  it('gives “said <party> member <name>” to the member', () => {
    const b = draft(
      article(
        '“She would recognize the voice of the people,” said Democrat Party member Apirak Kosayodin.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Apirak Kosayodin', 'She would recognize the voice of the people'],
    ]);
  });

  it('reads “informed”, “vilified” and “alleged” as verbs that carry partial quotes', () => {
    const b = draft(
      article(
        'The announcer says Kim Jong Un informed the soldiers that, once ordered, they should give the “insane enemy” a taste of real war.',
        'North Korea has regularly vilified South Korean President Lee Myung-bak as “rat-like”.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Kim Jong Un', 'insane enemy'],
      ['North Korea', 'rat-like'],
    ]);
  });

  it('gives “…, who says” to the person the descriptions are about, not the body they name', () => {
    const b = draft(
      article(
        'Help is on the way, according to Mike Huggins, a spokesperson for the World Food Program, who says, “There is a coordinated effort.”',
      ),
    );
    expect(quoted(b)).toEqual([['Mike Huggins', 'There is a coordinated effort.']]);
  });

  it('reads “admitted” and “emailed” as verbs of saying', () => {
    const b = draft(
      article(
        'Dawn Harper won silver. "I slept maybe 30 minutes last night," she admitted.',
        '"The campus is closed," emailed Kofi Boateng, a student in Wuhan.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Dawn Harper', 'I slept maybe 30 minutes last night'],
      ['Kofi Boateng', 'The campus is closed'],
    ]);
  });

  it('gives a quote to someone described only as a person, before or after the verb', () => {
    const b = draft(
      article(
        '"I can\'t find my family," said another survivor.',
        'Some are tired of waiting. "I have got to get out," one woman said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['survivor', "I can't find my family"],
      ['woman', 'I have got to get out'],
    ]);
  });

  it('takes the name after “…, says former X.” as the subject the next “he said” refers to', () => {
    const b = draft(
      article(
        'Sean Kelly remembers the change. And the new corps enhanced the credibility of the network as an international broadcaster, says former News Director Bernie Kamenske.',
        '"We were providing an immediacy to what we were reporting," he said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Bernie Kamenske', 'We were providing an immediacy to what we were reporting'],
    ]);
  });

  it('names who identified themselves after a description', () => {
    const b = draft(
      article(
        '“The school is on lockdown,” emailed an international student who identified himself as Kwame Mensah.',
      ),
    );
    expect(quoted(b)).toEqual([['Kwame Mensah', 'The school is on lockdown']]);
  });

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

  it('leaves “the statement said” alone when no one was said to issue a statement', () => {
    const b = draft(
      article('Maryam Jami spoke first.', '"We are reviewing the programme," the statement said.'),
    );
    expect(quoted(b)).toEqual([]);
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
