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

  it('takes a lone surname behind an Arabic article after a quote for its speaker', () => {
    const b = draft(
      article(
        'Prime Minister Karim al-Hadid flew to the port on Monday. He met the group al-Nasr there.',
        '"Our resolve is strong," al-Hadid said. "We will stay until order returns," said al-Hadid.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Karim al-Hadid', 'Our resolve is strong'],
      ['Karim al-Hadid', 'We will stay until order returns'],
    ]);
  });

  it('reads commending, applauding and lauding as reporting the words quoted', () => {
    const b = draft(
      article(
        'President Tom Harlan arrived on Saturday. Harlan then commended the council for its "fight against waste" and "firm commitment to its people".',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tom Harlan', 'fight against waste'],
      ['Tom Harlan', 'firm commitment to its people'],
    ]);
  });

  it('takes a surname after "according to" for the person named before, not a place', () => {
    const b = draft(
      article(
        'Russian President Ivan Petrov spoke on Monday.',
        'Polish Prime Minister Anna Nowak welcomed the troops.',
        'Their presence "threatens our security," according to Petrov. "It is a third country," he told the radio.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ivan Petrov', 'threatens our security'],
      ['Ivan Petrov', 'It is a third country'],
    ]);
  });

  it('takes a description that opens with a body’s name for the speaker, not the body', () => {
    const b = draft(
      article(
        'The BBC sent staff to the border.',
        'A BBC correspondent said that "the best anyone can hope for is calm."',
      ),
    );
    expect(quoted(b)).toEqual([['BBC correspondent', 'the best anyone can hope for is calm.']]);
    const bbc = b.organisations.find((o) => o.name === 'BBC');
    expect(b.groups.find((g) => g.name === 'BBC correspondent')?.members).toEqual([bbc?.id]);
  });
});
