import { describe, expect, it } from 'vitest';
import { article, draft, quoted } from '../helpers/derive.ts';

describe('where names begin and end', () => {
  it('never glues a date word to a name, and the pronouns after it follow the person', () => {
    const b = draft(
      article(
        'The talks ended on Wednesday Mr Smith said the deal was close.',
        '“We are nearly there,” he said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Smith']);
    expect(quoted(b)).toEqual([['Smith', 'We are nearly there']]);
  });

  it('takes a title or office glued to a name as the title, not the name', () => {
    const b = draft(
      article(
        'US Commerce Secretary Jane Roe said exports had grown.',
        'Shadow Home Secretary Yvette Cole said: “The figures hide a fall.”',
        'Minister of Education Stefania Rossi said the plan would go ahead.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Jane Roe', 'Yvette Cole', 'Stefania Rossi']);
    expect(b.people[0]?.aliases).toContain('Roe');
  });

  it('drops honours written after a name', () => {
    const b = draft(article('British High Commissioner Jane Marriott CMG OBE opened the event.'));
    expect(b.people.map((p) => p.name)).toEqual(['Jane Marriott']);
  });

  it('does not take companies, channels, bodies, places or events for people', () => {
    const b = draft(
      article(
        'Acme Securities said shares fell. The story ran on Sky Television Station and in the Toronto Star.',
        'Diabetes UK and Public Health England backed the plan, which started on Waitangi Day.',
        'Visitors queued at Acton House and the Pakistan Monument.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([]);
  });

  it('keeps a month that is also a name, splits a body from the person named after it, and sees past the owner of a title', () => {
    const b = draft(
      article(
        'Prime Minister Theresa May said the talks would go on.',
        'After the leak, the chief executive of the Refugee Council Enver Solomon said the form was long.',
        'Labour’s Shadow Home Secretary Yvette Cole said the party had backed the idea “for months”.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Theresa May', 'Enver Solomon', 'Yvette Cole']);
    expect(b.organisations.map((o) => o.name)).toContain('Refugee Council');
    expect(quoted(b)).toEqual([['Yvette Cole', 'for months']]);
  });

  it('takes compass and “New” names for places, offices with “for” for offices, and drops run-on words', () => {
    const b = draft(
      article(
        'Pan-democrat Lam Cheuk-ting won in New Territories East, and voters in Los Angeles watched.',
        'Ahsan Iqbal, Federal Minister for Planning, attended. DAB’s Regina Ip In the island seat won again.',
        'The chair of the Council on American Islamic Relations Alia Salem spoke.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([
      'Lam Cheuk-ting',
      'Ahsan Iqbal',
      'Regina Ip',
      'Alia Salem',
    ]);
  });

  it('does not take parties, campaigns, laws, wars, operations or titles written with “The” for people', () => {
    const b = draft(
      article(
        'Deniz Baykal leads the Republican People’s Party and spoke on St. Patrick’s Day.',
        'Sarah Cole chaired the Brady Campaign, once Handgun Control, and met the National Diet.',
        'Jim Hale recalled World War II, the Helsinki Accords and Operation Clambake.',
        'Nina Ford said Internet Explorer lost users, according to The Globe and Mail.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual([
      'Deniz Baykal',
      'Sarah Cole',
      'Jim Hale',
      'Nina Ford',
    ]);
  });

  it('keeps a time of day inside a newspaper’s name', () => {
    const b = draft(
      article(
        'By then, “her skin was weeping”, according to the Sydney Morning Herald.',
        'On Monday Morning Mary Jones said it was over.',
      ),
    );
    expect(quoted(b)).toEqual([['Sydney Morning Herald', 'her skin was weeping']]);
    expect(b.people.map((p) => p.name)).toEqual(['Mary Jones']);
  });

  it('strips a two-word dateline and reads a name that ends a full name as that person', () => {
    const b = draft(
      article(
        'JUBA, SOUTH SUDAN — Rebel leader David Yau Yau said Monday he is fighting for a separate state.',
        '“We are fighting now to get our own freedom,” Yau Yau said by phone.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['David Yau Yau']);
    expect(quoted(b)).toEqual([['David Yau Yau', 'We are fighting now to get our own freedom']]);
  });

  it('splits a country after a preposition from the name run into it, and reads an undersecretary’s department', () => {
    const b = draft(
      article(
        'U.N. representative to Somalia Nicholas Kay called the attack a “blatant act of terrorism”.',
        'U.S. Undersecretary of State Wendy Sherman said talks must “gain traction”.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nicholas Kay', 'Wendy Sherman']);
    expect(quoted(b)).toEqual([
      ['Nicholas Kay', 'blatant act of terrorism'],
      ['Wendy Sherman', 'gain traction'],
    ]);
  });

  it('keeps a title after a given name inside the name', () => {
    const b = draft(
      article(
        'Somali President Hassan Sheikh Mohamud said the attack was cowardly.',
        'He said al-Shabab is "lashing out, thrashing in its death throes."',
      ),
    );
    expect(b.people.map((p) => p.name)).toContain('Hassan Sheikh Mohamud');
    expect(quoted(b)).toEqual([
      ['Hassan Sheikh Mohamud', 'lashing out, thrashing in its death throes.'],
    ]);
  });

  it('keeps a particle inside a name after an office, and a name that begins with it after a title', () => {
    const b = draft(
      article(
        'Angolan President Jose Eduardo dos Santos joined the critics of the election.',
        'State radio said Mr. dos Santos called on Mr. Mugabe to stop "all acts of intimidation and violence."',
      ),
    );
    expect(b.people.map((p) => p.name)).toContain('Jose Eduardo dos Santos');
    expect(quoted(b)).toEqual([
      ['Jose Eduardo dos Santos', 'all acts of intimidation and violence.'],
    ]);
  });

  it('takes the office off a name whose surname is written behind an Arabic article', () => {
    const b = draft(
      article(
        'Veloran President Karim al-Hadad met the envoys on Monday.',
        'Mr. al-Hadad said the talks had gone well.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Karim al-Hadad']);
  });

  it('keeps words in brackets inside a name, and an office’s body word off the name after it', () => {
    const b = draft(
      article(
        'Ann Lowe said, “Treasury Secretary (Henry) Palmer of the U.S. has been firm.”',
        '“I heard that [President Donald] Brandt is coming,” a student said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ann Lowe', 'Henry Palmer', 'Donald Brandt']);
  });

  it('reads an acronym with an s and no apostrophe before a name as a possessive', () => {
    const b = draft(article('VOAs Patricia Nunan was on the Indian side, with Indonesian NGOs.'));
    expect(b.people.map((p) => p.name)).toEqual(['Patricia Nunan']);
  });

  it('takes a department with "for" into the office before a name', () => {
    const b = draft(
      article(
        'Assistant U.S. Secretary of State for Pacific Affairs Mara Velt told reporters the United States will help but "the duty lies with the islands," adding that the U.S. "cannot do it alone."',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Mara Velt']);
    expect(quoted(b)).toEqual([
      ['Mara Velt', 'the duty lies with the islands'],
      ['Mara Velt', 'cannot do it alone.'],
    ]);
  });

  it('splits names at a headline’s capitalised verb of saying, and takes armed groups for bodies', () => {
    const b = draft(
      [
        'Monday, 3 March 2025',
        '',
        'NSA Chief Says Al-Norvel Remains Grave Threat to U.S.',
        '',
        'The Kanu Dara insurgency grew, said analyst Ruth Imbe.',
        '',
        'Threats from Kanu Dara rose.',
      ].join('\n'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ruth Imbe']);
    expect(b.organisations.map((o) => o.name)).toContain('Kanu Dara');
  });

  it('takes Brigadier, Commodore and Corporal for titles', () => {
    const b = draft(
      article(
        'Brigadier Udo Rankine tells reporters the divisions have joined.',
        'Army Brigadier Rankine says the rebels still pose a threat, and Corporal Lia Venn agreed.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Udo Rankine', 'Lia Venn']);
  });

  it('takes an office’s department on over “for”, and ends a body’s name run into a person’s', () => {
    const b = draft(
      article(
        'The talks were led by Deputy Assistant Secretary of Defense for Pacific Affairs Mark Lipton.',
        'U.S. Ambassador to the United Nations Nika Hale said the council must act.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Mark Lipton', 'Nika Hale']);
  });

  it('takes Camp as the start of a place (“Camp David”)', () => {
    const b = draft(article('Officials from Walter Reed and Camp David met the pilots on Monday.'));
    expect(b.people.map((p) => p.name)).toEqual(['Walter Reed']);
  });

  it('takes a one-word department and a surname after an office, and stops the office at “and”', () => {
    const b = draft(
      article(
        'Talks were high on the agenda as U.S. Secretary of State Kell and Norlish Foreign Minister Sergey Lavin met in Geneva.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Kell', 'Sergey Lavin']);
  });

  it('takes Host and Anchor before a name for titles', () => {
    const b = draft(
      article(
        'The show airs every Wednesday. Host Tarek Ossa talks with politicians and analysts about the week.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Tarek Ossa']);
  });

  it('does not pair the last word of a body with a person’s surname as a couple', () => {
    const b = draft(
      article(
        'Supporters of the Muslim Brotherhood and Hosni Mubarak rallied, and Mark and Leanne Doyle watched.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Hosni Mubarak', 'Mark Doyle', 'Leanne Doyle']);
  });

  it('keeps a name ending in an event’s word when an office stands before it', () => {
    const b = draft(
      article(
        'In October, Veloran Public Safety Minister Stockton Day said, "We will not bring them back."',
      ),
    );
    expect(quoted(b)).toEqual([['Stockton Day', 'We will not bring them back.']]);
    expect(b.people.map((p) => p.name)).toEqual(['Stockton Day']);
  });

  it('takes a clerk’s, an alderman’s and other local offices off the name', () => {
    const b = draft(
      article(
        'Guests included City Clerk Rosa Ibarra, Alderman Tomas Renko and Comptroller Ada Finch.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Rosa Ibarra', 'Tomas Renko', 'Ada Finch']);
  });

  it('keeps a job word inside a body’s name when only the body’s last word follows it', () => {
    const b = draft(
      article(
        'The Harbour Visiting Student Program helps scholars, and the Chief of the Coastal Staff agreed, said Ana Reyes.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ana Reyes']);
  });

  it('reads a title word after a given name as a surname', () => {
    const b = draft(
      article(
        'She toured with Walter Henry King Jr. in the 1950s and later sang for Mary Bishop, the British High Commissioner said.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Walter Henry King', 'Mary Bishop']);
  });

  it('takes a demonym before one word that is no given name for no person (“Italian Serie”)', () => {
    const b = draft(
      article(
        'Marco Bellan left the Italian Serie on Monday. The Irish Taoiseach met Bellan later.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Marco Bellan']);
  });

  it('takes flights, cups, leagues and Porto, Vila and Jebel places for no person', () => {
    const b = draft(
      article(
        'Nadia Orlen flew on Skyway Flight 201 from Porto Velho to Vila Nova.',
        'She had watched the Coppa Fenwick final near Jebel Sura with her brother.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nadia Orlen']);
  });

  it('takes plural demonyms, states after a word, Worldwide, Forum and Agence for no person', () => {
    const b = draft(
      article(
        'Nadia Orlen told Agence Presse that Sierra Leoneans in Fictional West Virginia had joined.',
        'Brightwater Worldwide sent staff to the Global Social Forum with her.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nadia Orlen']);
  });

  it('reads "Staff Sgt." as a rank, so the job set off after the name is no one else', () => {
    const b = draft(
      article(
        'Staff Sgt. Tom Reyes, a medical operations officer for the brigade, liked the visit.',
        '"It was very informative," he said.',
      ),
    );
    expect(quoted(b)).toEqual([['Tom Reyes', 'It was very informative']]);
  });

  it('takes names ending in a weapon or a machine for things, so a later "he" skips them', () => {
    const b = draft(
      article(
        'President Ivan Petrov spoke on Monday. The army will send Marlow Armoured Vehicles and Skyhawk Missiles north.',
        '"It is a third country," he told the radio.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Ivan Petrov']);
    expect(quoted(b)).toEqual([['Ivan Petrov', 'It is a third country']]);
  });

  it('takes “politician” before a name for a role, so the name opens the clause', () => {
    const b = draft(
      article(
        'The floods spread on Monday. Opposition politician Omar Dhanji called for the governor "to come home at once."',
      ),
    );
    expect(quoted(b)).toEqual([['Omar Dhanji', 'to come home at once.']]);
  });

  it('takes German bodies (“Deutsche”) and Dutch titles (“Het”) for no person', () => {
    const b = draft(
      article('Nadia Orlen spoke to Deutsche Rundfunk and to Het Stadsblad about the shelter.'),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Nadia Orlen']);
  });
});

describe('military ranks before a name', () => {
  it('keeps the sentence whole after an abbreviated rank, so the name after it speaks', () => {
    const b = draft(
      article(
        '"We are ready to move," said Brig. Gen. Ada Marsh, who leads the task force.',
        '"It was a long day," said Pvt. Leo Brandt, a driver with the unit.',
        '"We slept in the trucks," said Pfc. Rosa Lind, a medic.',
        '"The roads were closed," said Spc. Ivo Kern, a radio operator.',
      ),
    );
    expect(quoted(b)).toEqual([
      ['Ada Marsh', 'We are ready to move'],
      ['Leo Brandt', 'It was a long day'],
      ['Rosa Lind', 'We slept in the trucks'],
      ['Ivo Kern', 'The roads were closed'],
    ]);
  });

  it('reads an ordinal in a rank ("2nd Lt.", "Petty Officer 1st Class") as part of the rank', () => {
    const b = draft(
      article(
        '"The drill went well," said 2nd Lt. Mia Holt, a platoon leader.',
        '"We saw the boat first," Petty Officer 1st Class Owen Tate told the crew.',
      ),
    );
    expect(b.people.map((p) => p.name)).toEqual(['Mia Holt', 'Owen Tate']);
    expect(quoted(b)).toEqual([
      ['Mia Holt', 'The drill went well'],
      ['Owen Tate', 'We saw the boat first'],
    ]);
  });
});
