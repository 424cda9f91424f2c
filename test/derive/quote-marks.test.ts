import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('pairing quote marks paragraph by paragraph', () => {
  it('splits a quote reopened without its closing mark (“First part. “Second part.”)', () => {
    const b = draft(
      article(
        'The minister, Anna Bell, said: “We will deliver this plan. “Nobody should doubt it.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Anna Bell', 'We will deliver this plan.'],
      ['Anna Bell', 'Nobody should doubt it.'],
    ]);
  });

  it('reads a mark printed twice as one, and never drafts an empty quote', () => {
    const b = draft(
      article(
        'Prime Minister Ravi Menon said the death was an ""irreparable loss" to the country.',
        'The "" sign on the banner was a misprint, Menon said. "We grieve together," he added.',
        'A clerk read out "," as a comma, Menon said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ravi Menon', 'irreparable loss'],
      ['Ravi Menon', 'We grieve together'],
    ]);
  });

  it('follows a UK-style quote that runs over paragraphs, each part its own span', () => {
    const b = draft(
      article(
        'Home Office minister Jeremy Lane said:',
        '‘Young people need facts. We will give them facts.',
        '‘We know the service works.’',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jeremy Lane', 'Young people need facts. We will give them facts.'],
      ['Jeremy Lane', 'We know the service works.'],
    ]);
  });

  it('takes a continuation paragraph whose opening mark is missing', () => {
    const b = draft(
      article(
        'After the match, the coach, Nabil Haddad, said, "We learned a lot today.',
        'It was a very emotional day." The team travels home on Friday.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nabil Haddad', 'We learned a lot today.'],
      ['Nabil Haddad', 'It was a very emotional day.'],
    ]);
  });

  it('mends a mark with a space on the wrong side and a closing mark set the wrong way round', () => {
    const b = draft(
      article(
        'Professor John Burrows said schools would get kits," For example, schools can run their own votes".',
        'Senator Ann Cole said: “There is no question we should have been chosen.“ The centre will get seats.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['John Burrows', 'For example, schools can run their own votes'],
      ['Ann Cole', 'There is no question we should have been chosen.'],
    ]);
  });

  it('opens a quote at a mark glued to a full stop when no quote is open, and after “stating:”', () => {
    const b = draft(
      article(
        'Ingrid Betancourt condemned the rebels." I think the whole world knows it", she said.',
        'Lee Bollinger turned to his guest, stating:',
        'Mr. President, you exhibit all the signs of a cruel dictator."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ingrid Betancourt', 'I think the whole world knows it'],
      ['Lee Bollinger', 'Mr. President, you exhibit all the signs of a cruel dictator.'],
    ]);
  });

  it('reads a department after an office as part of the title', () => {
    const b = draft(
      article('US Secretary of State Condoleezza Rice told NBC News "The notion is far-fetched"'),
    );
    expect(quoted(b)).toEqual([['Condoleezza Rice', 'The notion is far-fetched']]);
  });

  it('opens a quote at a mark standing alone after a sentence', () => {
    const b = draft(
      article(
        'Sanya Richards ran third. "It just was not my time," she said, regretfully. " I had just a slight cramp."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Sanya Richards', 'It just was not my time'],
      ['Sanya Richards', 'I had just a slight cramp.'],
    ]);
  });

  it('reads a mark glued to a full stop as opening a quote sentence of its own', () => {
    const b = draft(
      article(
        'The Iranian president Mahmoud Ahmadinejad attacked what he considered to be errors of the West." By using precise methods, they begin their onslaught on our cultures."',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Mahmoud Ahmadinejad',
        'By using precise methods, they begin their onslaught on our cultures.',
      ],
    ]);
  });

  it('opens a quote at a mark that ends a paragraph in the next paragraph', () => {
    const b = draft(
      article(
        '“The school is on lockdown,” wrote Kwame Mensah, a student from Ghana.“',
        'There are just a handful of students around,” he wrote. “We were given masks.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Kwame Mensah', 'The school is on lockdown'],
      ['Kwame Mensah', 'There are just a handful of students around'],
      ['Kwame Mensah', 'We were given masks.'],
    ]);
  });

  it('reads a backtick closed by a single mark as a quote mark', () => {
    const b = draft(
      article(
        'The plan will go on as a means of countering extremism `and the harm it does,’ said Envoy Tara Quill on Monday.',
        '`We do believe it works, and it’s working,’ she said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Tara Quill', 'and the harm it does'],
      ['Tara Quill', 'We do believe it works, and it’s working'],
    ]);
  });

  it('keeps a quote within a quote printed in the same curly marks inside the outer quote', () => {
    const b = draft(
      article(
        '“Recently the leader falsely accused us, even going so far as to say we “hate” Norland,” said Director Yola Lenz. “Nothing could be further from the truth.”',
      ),
    );
    expect(quoted(b)).toEqual([
      [
        'Yola Lenz',
        'Recently the leader falsely accused us, even going so far as to say we “hate” Norland',
      ],
      ['Yola Lenz', 'Nothing could be further from the truth.'],
    ]);
  });

  it('reads single marks opening a paragraph of a story in double marks as quote marks', () => {
    const b = draft(
      article(
        "'Leaders should leave after two terms,' former president Ada Kuru tells reporters in the capital.",
        'Kuru said "there is nothing between us" on Monday.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ada Kuru', 'Leaders should leave after two terms'],
      ['Ada Kuru', 'there is nothing between us'],
    ]);
  });

  it('keeps curly marks inside a straight-marked quote that runs on, as a quote within it', () => {
    const b = draft(
      article(
        'Wikinews obtained a statement from Frank Dugan. In it Dugan says the appeal was a ploy.',
        '"The murderer appealed again, and now seeks to withdraw that appeal.',
        '"If the rumors, fueled by the Herald and other “newspapers” were meant to test opinion, then the trial balloon worked.',
        '"He should not be transferred."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Frank Dugan', 'The murderer appealed again, and now seeks to withdraw that appeal.'],
      [
        'Frank Dugan',
        'If the rumors, fueled by the Herald and other “newspapers” were meant to test opinion, then the trial balloon worked.',
      ],
      ['Frank Dugan', 'He should not be transferred.'],
    ]);
  });

  it("reads two apostrophes after a quote's last comma as its closing mark", () => {
    const b = draft(
      article(
        "“The combined effort resulted in a successful rescue,'' said Lt. Charles Lesperance, a controller for the rescue centre. “These partnerships are essential.”",
      ),
    );
    expect(quoted(b)).toEqual([
      ['Charles Lesperance', 'The combined effort resulted in a successful rescue'],
      ['Charles Lesperance', 'These partnerships are essential.'],
    ]);
  });

  it('closes a straight quote typed shut with two apostrophes, with the name before the verb', () => {
    const b = draft(
      article(
        'Safety board chairman speaks in Cleveland.',
        'NTSB Chairman Deborah Hersman said Friday that the challenges were many.',
        `"I've talked about the challenges,'' Hersman said. "What lies ahead?"`,
      ),
    );
    expect(quoted(b)).toEqual([
      ['Deborah Hersman', "I've talked about the challenges"],
      ['Deborah Hersman', 'What lies ahead?'],
    ]);
  });

  it("keeps a quote's words as printed, so each is found word for word in its sentence", () => {
    const b = draft(
      article(
        'Kenyan bloggers write about power.',
        // A stray closing mark before the quote, as the source printed it.
        'In the piece, Ken Ogot explores what drives them." Responding to comments, he explains that he is "probably just feeling skeptical of the dogmatism of the ‘powerful\'".',
      ),
    );
    // However the marks pair, the words keep the marks they were printed with.
    expect(b.statements.map((s) => s.text).join(' ')).toContain("the ‘powerful'");
    for (const statement of b.statements) expect(statement.context).toContain(statement.text);
  });

  it('reads a double prime after a number as the closing mark a publishing tool curled wrongly', () => {
    const b = draft(
      article(
        'Gordon Brown said the world needed new rules, and the Prime Minister Gordon Brown called for reform.',
        'Brown said it was not possible to “deal with the problems of 2008 with the institutions of 1945″.',
        'The painting measured 24″ across, its owner said.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Gordon Brown', 'deal with the problems of 2008 with the institutions of 1945'],
    ]);
  });

  it('reads a closing mark that opens a paragraph before a capital as its opening mark', () => {
    const b = draft(
      article(
        'Reporter Jenna Corbett said the refusal was worrying. “We did nothing wrong,” she said.',
        '”When we raised legitimate concerns, the department tried to discredit us.”',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Jenna Corbett', 'We did nothing wrong'],
      [
        'Jenna Corbett',
        'When we raised legitimate concerns, the department tried to discredit us.',
      ],
    ]);
  });

  it('opens a quote where a paragraph opens when its opening mark was lost before "…,” she said"', () => {
    const b = draft(
      article(
        'Nomsa Gxiya, 37, said she was asleep when smoke filled her shack.',
        'I rushed out and pulled my children out before I called my neighbours,” she said.',
        '‘It is a good thing that the water is back,” said Gxiya.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Nomsa Gxiya', 'I rushed out and pulled my children out before I called my neighbours'],
      ['Nomsa Gxiya', 'It is a good thing that the water is back'],
    ]);
  });

  it('leaves a paragraph whose closing mark no attribution follows as it is', () => {
    const b = draft(
      article(
        'Nomsa Gxiya, 37, said she was asleep when smoke filled her shack.',
        'The fire spread fast,” and the taps were far away.',
      ),
    );
    expect(quoted(b)).toEqual([]);
  });

  it('reads a statement in single marks through paragraphs whose apostrophes are no marks', () => {
    const b = draft(
      article(
        'The Leader of the House of Lords, Lord Hill of Oareford, made a statement today.',
        'Lord Hill said:',
        '‘My Lords, I should like to make a short statement about the reports.',
        'The Lords’ Conduct committee agreed today that the members should be investigated.',
        'So I’m glad to say that an investigation is already in hand.’',
      ),
    );
    expect(quoted(b).map(([, words]) => words)).toEqual([
      'My Lords, I should like to make a short statement about the reports.',
      'The Lords’ Conduct committee agreed today that the members should be investigated.',
      'So I’m glad to say that an investigation is already in hand.',
    ]);
  });

  it('reads single marks that close and reopen a quote opened and closed with double ones', () => {
    const b = draft(
      article(
        'Omar Mahmood, an analyst, studies the courts that al-Shabab runs in southern Somalia.',
        '"For those using them, pull factors include lowered levels of corruption,\' said Mahmood. \'The courts have shown to be more effective."',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Omar Mahmood', 'For those using them, pull factors include lowered levels of corruption'],
      ['Omar Mahmood', 'The courts have shown to be more effective.'],
    ]);
  });

  it('leaves a quote in single marks inside a double-marked one as part of it', () => {
    const b = draft(
      article(
        'Pastor Dan Tyler said the group followed his church members for two blocks.',
        "The minister continued, \"As we left, the leader said, 'Prophets are not to be mocked.' I said, 'There are no more prophets.' I believe he thinks he is one.\"",
      ),
    );
    expect(quoted(b).map(([, words]) => words)).toEqual([
      "As we left, the leader said, 'Prophets are not to be mocked.' I said, 'There are no more prophets.' I believe he thinks he is one.",
    ]);
  });

  it('closes a quote at an opening mark set apart by spaces before "said"', () => {
    const b = draft(
      article(
        'The State Department criticised the arrests of rights lawyers in China on Monday.',
        '“The United States urges China to drop these charges, “ said Deputy Spokesman Mark Toner.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Mark Toner', 'The United States urges China to drop these charges'],
    ]);
  });
});
