/**
 * Word lists for telling names apart: titles stripped from names, nouns that describe people,
 * organisations and groups, and the capitalised words that start sentences without naming
 * anything. They are English news usage, kept short and general on purpose.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** A word list as a regular-expression alternation, longest first so no word is cut short. */
/** A phrase with its first letter made a capital, as a name is written ("Organisation"). */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const alternation = (set: ReadonlySet<string>) =>
  [...set].sort((a, b) => b.length - a.length).join('|');

/** Titles written before a name, stripped from it ("Dr Lina Haddad" is Lina Haddad). */
export const titles = words(`
  Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Baroness Rev Rev. Rt Rt. Hon Hon.
  Sheriff Undersecretary Under-Secretary President Premier Chancellor Senator Sen. Rep. Representative Del. Delegate Governor Gov. Mayor Judge Justice
  President-elect President-Elect Rep.-elect Sen.-elect Gov.-elect Governor-elect Senator-elect Mayor-elect Vice-President King Queen Prince Princess Pope Sheikh Emir Ayatollah General Gen. Colonel Col. Captain Capt.
  Lieutenant Lt. Major Maj. Sergeant Sgt. Admiral Adm. Commissioner Ambassador Archbishop Bishop
  Brigadier Brig. Commodore Corporal Cpl. Marshal Commander Cmdr. Cdr. Pvt. Pfc. PFC Spc. Ens. Ensign
  Seaman Cadet Midshipman
  Father Sister Brother Minister Secretary Chairman Chairwoman Chief Inspector Detective Officer
  Coach Councillor Cllr Deputy Speaker Pastor Rabbi Imam Cardinal Ustad Pandit Maulana Host Anchor
  Clerk Alderman Alderwoman Comptroller Provost Magistrate Constable Member MEC
  Taoiseach Tánaiste Cathaoirleach Comhairle Convener Convenor
`);

/**
 * Titles that end an office and never a body's name: "Committee Chairman, Deputy Seán Crowe" is
 * an office set before the person who holds it ("Department of Justice" ends in no such word).
 */
const officeEnds = words(`
  Chairman Chairwoman Chairperson Cathaoirleach Convener Convenor Minister Secretary President
  Director Commissioner Spokesman Spokeswoman Spokesperson
`);

/** Two-word titles ("Prime Minister Avi Ben-David", "Foreign Minister …"). */
export const titlePairs = words(`
  Prime Foreign Defence Defense Finance Health Home Interior Justice Vice Deputy Chief
  Attorney Secretary Supreme Opposition Labour Education Transport Economy Trade Energy Ceann
`);

/** Letters after a name that are not part of it ("Fiona Grant KC"). */
export const postNominals = words(
  'KC QC SC MP MEP MSP MS MLA TD T.D. AC AK AO AM OAM PSM APM MBE OBE CBE KBE DBE CMG KCMG GCMG CH FRS PhD Ph.D. Jr Jr. Sr Sr. III II',
);

/** `postNominals` as a regular-expression alternation, their full stops escaped. */
export const postNominalPattern = alternation(postNominals).replaceAll('.', '\\.');

/** The gap after a name without the letters that may follow it (" Jr.,", ", QC,"). */
export function withoutLettersAfter(gap: string): string {
  const letters = /^,?\s*([^\s,]+)(?=,)/u.exec(gap);
  return letters?.[1] && postNominals.has(letters[1]) ? gap.slice(letters[0].length) : gap;
}

/**
 * "Ptolemy II", "Louis XIV", "Abdülmecid II": a monarch's or pope's number after a single name is
 * part of that name and marks it as a person's, where after a full name ("John Becker II") it is a
 * generation, left off like "Jr".
 */
export const regnalNumber = /^(?:II|III|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$/u;

/** Titles that tell a person's gender. */
export const femaleTitles = words(
  'Mrs Mrs. Ms Ms. Miss Dame Lady Baroness Queen Princess Sister Chairwoman',
);
export const maleTitles = words('Mr Mr. Sir Lord King Prince Father Brother Chairman');

/** Nouns that describe a person by their job or place in the story. */
export const roleNouns = words(`
  president minister secretary secretary-general director-general attorney-general governor-general
  solicitor-general auditor-general inspector-general surgeon-general leader spokesman
  spokeswoman spokesperson chief
  director professor analyst economist researcher scientist fellow chairman chairwoman chair
  executive founder co-founder head commander general official envoy ambassador lawyer attorney
  judge senator governor mayor candidate lawmaker legislator mp manager coach player striker
  captain goalkeeper defender midfielder author writer doctor nurse  engineer resident
  student worker farmer owner teacher  counterpart deputy adviser advisor consultant
  strategist historian expert correspondent reporter editor officer inspector detective
  prosecutor campaigner activist organiser organizer volunteer driver pilot chancellor premier
  prime king queen prince princess monarch dictator ruler chairperson vice-president
  secretary-of-state treasurer auditor regulator banker trader investor negotiator mediator
  diplomat spokespeople boss superintendent sergeant inspector witness survivor victim
  parent mother father son daughter wife husband partner friend neighbour neighbor priest
  bishop imam rabbi pastor veteran soldier guard referee umpire commissioner critic forecaster
  firefighter paramedic ceo cfo citizen speaker vice-premier congressman congresswoman
  congressmember councillor
  councilor councilman councilwoman nominee incumbent singer actor actress musician artist
  photographer filmmaker producer designer architect athlete lecturer curator journalist
  columnist blogger broadcaster presenter brother sister uncle aunt cousin grandmother
  grandfather grandson granddaughter nephew niece fiance fiancee girlfriend boyfriend colleague
  rival opponent challenger contender hopeful frontrunner front-runner agent representative
  undersecretary under-secretary administrator aide staffer
  laureate winner dissident clerk alderman alderwoman comptroller provost magistrate constable
  politician user videoblogger vlogger tweeter netizen commenter astronomer physicist biologist
  chemist geologist surgeon pathologist psychologist sociologist meteorologist epidemiologist
  virologist principal headteacher headmaster headmistress conservationist ecologist
  hydrologist entomologist botanist zoologist librarian archivist source wrestler swimmer
  boxer gymnast footballer cricketer cyclist golfer sprinter skier
`);

/** A word of a title or an office written before a name: "Mr", "Prime", "Director". */
export const isOfficeWord = (word: string): boolean =>
  titles.has(word) || titlePairs.has(word) || roleNouns.has(word.toLowerCase());

/** Nouns for someone described only as a person ("one man said", "said a tourist"). */
export const personNouns = words(`
  person man woman boy girl youth tourist passenger traveler traveller shopper passer-by bystander
  onlooker customer mourner pilgrim refugee migrant villager relative attendee participant
  spectator visitor policeman policewoman midwife protester demonstrator delegate
  fisherman fisherwoman fisher businessman businesswoman vendor miner shopkeeper commuter learner
  patient pensioner voter
`);

/** Plural nouns for a group that speaks as one ("Western officials say", "experts said"). */
export const groupNouns = words(`
  officials experts analysts diplomats critics residents witnesses observers sources lawmakers
  activists protesters campaigners economists scientists researchers investors leaders
  authorities prosecutors lawyers doctors nurses teachers workers families parents supporters
  organisers organizers fans locals villagers farmers officers politicians ministers governments
  allies members voters commentators historians engineers   employees staff
  students unions groups observers civilians survivors refugees migrants soldiers troops
  demonstrators pilgrims passengers mourners worshippers protestors attackers gunmen pilots
  draftees conscripts recruits deputies relatives inmates detainees commuters crowd crowds
  youths pupils learners patients shoppers vendors traders
  fishermen miners pensioners
`);

/**
 * Words in lower case that may open a group's name and are capitalised only when they open a
 * sentence: "senior officials", "Diplomatic sources".
 */
export const groupDescribers = words(`
  senior local independent foreign other military diplomatic government security intelligence
  industry health legal medical rights young elderly
`);

/** Nouns for an organisation named without a proper name ("the ministry", "the company"). */
export const institutionNouns = words(`
  ministry government department council company firm operator agency police army military
  court union committee commission embassy regulator board trust club party administration
  cabinet parliament  hospital university bank group carrier airline  insurer
  retailer lender manufacturer broadcaster newspaper magazine publication outlet network office
  authority team side
  federation association league navy service movement coalition alliance faction forces
  jury panel centre center channel station tribunal organization organisation charity watchdog
`);

/**
 * Institution nouns that stand for a business or a body of any kind, resolved to the last one in
 * the story ("the organization said" after Reporters Without Borders).
 */
export const companyNouns = words(`
  company firm operator group carrier airline  insurer retailer lender manufacturer
  broadcaster team side club organization organisation charity watchdog
`);

/** Words that make a capitalised name an organisation. */
export const organisationHeads = words(`
  Center Centre Institute University College School Academy Council Committee Commission Ministry
  Department Agency Authority Bank Fund Foundation Association Union Federation League Party Group
  Trust Corporation Corp Corp. Inc Inc. Ltd Ltd. Company Co. Lines Airways Airlines Motors
   Technologies Systems  Partners Holdings Industries Media News Times Post
  Journal Telegraph Guardian Herald Gazette Courier Press Network Service Services Office Court
  Parliament Assembly Congress Senate Army Navy Force Forces Police Guard Command Organisation
  Organization Organizations Organisations Society Club Hospital Clinic Church Board Reserve Exchange Tribunal Cabinet
  Secretariat Chamber Alliance Coalition Movement Front  United Athletic FC Railways Energy Foods
  Relations
  Labs Laboratories Institution Observatory Museum Library  Bureau Directorate Treasury Facility
  Commons   Kremlin Pentagon   Nato NATO UN EU Embassy Consulate Enforcement Protection Patrol
  Athletics Municipality
`);

/** Words that make a capitalised name a place. */
export const placeHeads = words(`
  Sea Ocean Gulf Bay Strait Lake River Mount Mountains Island Islands Isle Cape Peninsula Valley
  Desert Province Region State County Republic Coast Square Street Avenue Road Bridge Airport
  Port Harbour Harbor Canal Basin Plateau Delta Far Capitol Emirates Oblast Governorate Krai Raion
  Township Borough Prefecture Area Coliseum Stadium Arena Shoal Reef Atoll Territory Counties
`);

/**
 * Last words that make a name an organisation or a publication. They are checked only at the end
 * of a name, as some are also personal names elsewhere ("Sun Yang", "Star Jones").
 */
export const organisationEnds = words(`
  Project Programme Program Station Hotel System Systems Magazine Review Weekly Star Sun World
  Records Studio Studios Theatre Theater Gallery Galleries Festival Fair Wiki Online Nations
  Family Band Diet Campaign Control Democrats Republicans Conservatives Affairs Welfare Staff
  Initiative Initiatives Coordination Angels Violence Change Daily Division Channel International
  Support Report Mission Album Website Contest Collaborative Taliban Mail Tribune Chronicle Mirror
  Express Inquirer Examiner Dispatch Study Survey Plan Flight Worldwide Forum Newspaper Newspapers
  Watch Laboratory Team Resort Rights Unity Government Tech Unit Corps Airshow Administration
  Archive Archives Endowment Show Éireann Marae Nation Business
  Database
`);

/**
 * Last words that make a name a weapon or a machine ("Bradley Fighting Vehicles", "Hellfire
 * Missiles"): a thing, never a person or a body that could speak.
 */
export const machineEnds = words(`
  Vehicle Vehicles Aircraft Missile Missiles Rifle Rifles Helicopter Helicopters Drone Drones
  Rockets Launcher Launchers Tanks
`);

/** Last words that make a name a place or a building ("Acton House", "Flag Land Base"). */
export const placeEnds = words(`
  Gardens Garden Monument Memorial House Tower Towers Stadium Arena Heights Village City Castle
  Palace Cathedral Mosque Base View West East North South Central Mausoleum Cemetery Hall Square
  Airport Prison Harbor Harbour Ground Grounds Prefecture Beach Mall
`);

/** The states of the United States, places that wire copy names without their country. */
export const usStates = words(`
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
  Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas
  Utah Vermont Virginia Wisconsin Wyoming
`);

/**
 * US states as the AP style shortens them after a town ("Scotia, N.Y.", "Fresno, Calif."), written
 * without the last dot, which the name finder takes off words other than dotted capitals.
 */
export const usStateAbbreviations = words(`
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb
  Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Va Vt Wash W.Va Wis Wyo D.C
`);

/** First words of place names ("New York", "Los Angeles", "East Timor"). */
export const placeStarts = words(`
  New East West North South Upper Lower Greater Los Las San Santa Fort Lake St St. Saint Camp Tel
  El La Porto Vila Jebel São Ciudad Central
`);

/** First words of the names of operations, networks and craft ("Operation Clambake"), never people. */
export const thingStarts = words(
  'Operation Internet Space Hurricane Typhoon Cyclone Tropical U.S. US UK U.K. EU UN Best Het',
);

/** Words that make a capitalised name an event, a period or a document, never a person. */
export const eventHeads = words(`
  Day Days Eve Year Week Night Morning Afternoon Evening Weekend Cup Games Olympics Awards Award
  Prize Act Bill Results Championship Championships Tournament Summit Election Elections War Wars
  Treaty Accord Accords Laws Throne Conference Convention Revolution Allowance Allowances Pension
  Benefit Benefits Payment Payments Scheme
`);

/**
 * Last words of the names of courses, orders and messes ("Warrior Leader Course", "Executive
 * Order", "the Chief's Mess"), which stand after words that read as offices; no one is named so.
 */
export const courseHeads = words(
  'Course Courses Class Mess Order Orders Seminar Workshop Curriculum',
);

/** Institutions named by a place or building (metonymy), always organisations. */
export const institutions = new Map<string, string>([
  ['kremlin', 'The Kremlin'],
  ['pentagon', 'The Pentagon'],
  ['white house', 'The White House'],
  ['downing street', 'Downing Street'],
  ['elysee', 'The Élysée'],
  ['whitehall', 'Whitehall'],
  // "The Red Cross say …": the movement's bodies, whose last word is also a surname.
  ['red cross', 'Red Cross'],
  ['red crescent', 'Red Crescent'],
  ['american red cross', 'American Red Cross'],
  ['british red cross', 'British Red Cross'],
  ['vatican', 'The Vatican'],
  ['nato', 'Nato'],
  ['un', 'UN'],
  ['eu', 'EU'],
  ['imf', 'IMF'],
  ['opec', 'Opec'],
  ['fifa', 'Fifa'],
  ['uefa', 'Uefa'],
]);

/** Capitalised words that start a sentence or a quote without naming anything. */
export const sentenceStarters = words(`
  The A An In On At But And Or So Yet Though Although When While As After Before Since If Then
  Meanwhile However Still Also This That These Those Their His Her Its Our My Your We They He She
  It I There Here What Which Who Whom Whose Why How Last Next Earlier Later Asked Speaking
  According Despite During Under With Without For From By To Of Over Amid Among Both Each Every
  Some Many Most More Few Several All No Not One Two Three Four Five Six Seven Eight Nine Ten
  Such Other Another Once Now Today Yesterday Tomorrow Even Only Just Because Unlike Like Until
  Instead Whether Where Nobody Everyone Everybody Someone Nothing Everything People Our Let Do
  Does Did Is Are Was Were Be Been Being Have Has Had Will Would Can Could Should May Might Must
  Shall Please Yes Well Oh Far Near Between Against Into Through Across Around Beyond Outside
  Inside Above Below Behind Along Within Upon Toward Towards Via Per Except Given Including
  Neither Either Nor Whatever Whoever Whichever Sometimes Often Never Always Again Already Almost
  Perhaps Maybe Indeed Instead Otherwise Thus Hence Therefore Moreover Furthermore Nevertheless
  Nonetheless Overall Finally First Second Third Firstly Secondly Mostly Visit Besides Additionally
   
`);

export const weekdays = words('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');
export const months = words(`
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`);

/**
 * Whether a month opens a date rather than being a name ("Theresa May", "Jan Eliasson"): before a
 * number, or first in a run of capitals, where a month cut short ("Jan") is a date only before its
 * day ("Jan 5").
 */
export const monthStartsDate = (word: string, first: boolean, after: string) =>
  /^\d/.test(after.trimStart()) ||
  (first && (word.length > 4 || /^(?:May|June|July)$/u.test(word)));

/** Acronyms that are not organisations. */
export const plainAcronyms = words('AI CEO CFO COO GDP TV PM MP MEC AM FM PC UK US USA IT ID OK');

/** Words after which a name is the object of a preposition, so never a clause's subject. */
export const prepositions = words(`
  in at to from with for of on about against between into over under by near across through
  toward towards via per among amid around behind beyond inside outside within without upon
  like including than
`);

/** Words before a name that still leave it as the subject of what follows. */
export const clauseOpeners = words(`
  and but while as when after before since that because though although where whereas if so
  yet or then meanwhile however also
`);

/**
 * Peoples, faiths and regions' adjectives that the country list does not hold ("Sunni Arab",
 * "African", "Islamic"), singular and plural, and the words that open the name of a Māori iwi or
 * hapū ("Ngāti Wai", "Ngāi Tai ki Tāmaki"). None is also a common given name, so a name that
 * opens with one describes a group, a region or a movement ("Islamic Maghreb", "Tamil Eelam").
 */
export const peoples = words(`
  Arab Arabs African Africans European Europeans Asian Asians Latino Latinos Hispanic Hispanics
  Sunni Sunnis Shia Shias Shiite Shiites Kurd Kurds Kurdish Muslim Muslims Jewish Jews Hindu
  Hindus Buddhist Buddhists Catholics Protestant Protestants Islamic Islamist Islamists Pashtun
  Pashtuns Tamil Tamils Sikh Sikhs Westerners Rohingya Uighur Uighurs Uyghur Uyghurs Hutu Hutus
  Tutsi Tutsis Berber Berbers Bedouin Druze Alawite Alawites Christians Catholic Orthodox Anglican
  Methodist Evangelical
  Ngāti Ngati Ngāi Ngai Ngā Native Natives Indigenous Aboriginal Aboriginals
`);

/**
 * Words of bodies in Spanish, Portuguese, French and Italian ("Centro de Trabajadores Unidos",
 * "Federación Nacional de Cafeteros"): stories name foreign bodies untranslated, and none of these
 * words is a personal name.
 */
export const foreignBodyWords = words(`
  Centro Federación Federacion Nacional Nacionales Unidos Unidas Hospitalier Universitaire
  Partido Movimiento Asociación Asociacion Instituto Universidad Consejo Frente Comité Comisión
  Ministerio Sindicato Operación Operacion Fundación Fundacion Associação Partito Circuit
  Coppa Copa Coupe Serie Liga Ligue Bundesliga Eredivisie Agence Deutsche Deutscher Médecins
  Medecins Médicos Medicos Sans Frontières Frontieres Fronteras
`);

/** Number words above ten, which open a sentence like "One" or "Ten" ("Twelve African heads"). */
export const numberWords = words(`
  Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty
  Fifty Hundred Hundreds Thousands Dozens Dozen Millions
`);

/** Members of a party, as news describes people ("Senator Dick Durbin, an Illinois Democrat"). */
export const partyMembers = words(
  'Democrat Republican Conservative Tory Socialist Liberal Independent',
);

/** Lowercase particles inside personal names ("van der Berg", "bin Salman"). */
export const particles = words('van von der den de da del di du la le al bin ibn dos das ter');

/**
 * Whether a run of capitals holds a body's word, and so names a body: unless it ends in an
 * office's last word, when the body's word is the office's, set before its holder ("Committee
 * Chairman, Deputy Seán Crowe"), and the run names neither a body nor anyone.
 */
export function holdsBodyWord(words: readonly string[]): boolean {
  if (words.length > 1 && officeEnds.has(words.at(-1) ?? '')) return false;
  return words.some((w) => organisationHeads.has(w) || foreignBodyWords.has(w));
}
