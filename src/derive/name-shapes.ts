/*
 * Names whose own words say they are not a person, whatever stands around them: titles of works,
 * descriptions built on a name, natural features and districts, newspapers, and foreign names of
 * bodies. Read by `evidence` before anything that could describe a person.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** "My Bride is a Mermaid", "Our Town": a run opening with a possessive is a title of a work. */
const possessiveStarts = words('My Your Our Their');

/**
 * "a Cornell University-led team", "Iran-backed militias": a name with a participle hyphened to its
 * last word describes what follows; it names no one.
 */
const describedBy = /-(?:led|backed|funded|owned|sponsored|linked|allied|affiliated|run|made)$/u;

/**
 * Last words of natural features and districts ("Prince William Sound", "Kaafu Atoll", "Arunachal
 * Pradesh", "Subhash Nagar", "Marshall Auditorium"), never a person's surname.
 */
const featureEnds = words(`
  Sound Sounds Atoll Atolls Strait Straits Reef Reefs Lagoon Fjord Glacier Peninsula Archipelago
  Auditorium Roundabout Pradesh Nagar Islands
`);

/**
 * Last words of sites, dumps and workings ("Lord-Shope Landfill", "Strasburg Superfund", "Anaconda
 * Copper Mine"): places where something is done to the land, never a person's surname.
 */
const siteEnds = words(`
  Landfill Landfills Superfund Dump Site Sites Mine Mines Pits Quarry Refinery Smelter
`);

/** "the Emphasis List", "the Watch List": a list's name is a thing's, never a person's. */
const listEnds = words('List Lists');

/**
 * "the Artemis II test flight", "Apollo XI mission": a number in Roman figures after a name that an
 * article stands before, or that a noun for a craft or a mission follows, numbers a thing in a
 * series. A monarch's number ("Abdullah II", "Ptolemy II built …") has neither.
 */
const romanNumber = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)$/u;
const seriesBefore = /\bthe\s+$/u;
const seriesAfter =
  /^\s+(?:test|flight|mission|launch|rocket|spacecraft|capsule|probe|satellite|crew|hardware|programme|program|project|vehicle|class)\b/u;

/**
 * Last words of newspapers' names in English and in the languages whose papers wire copy names
 * ("Jakarta Globe", "Indonesia Today", "Rodong Sinmun", "Charlie Hebdo").
 */
const newspaperEnds = words(`
  Globe Times Herald Gazette Journal Telegraph Observer Today Bulletin Sinmun Shinmun Ilbo Hebdo
  Zeitung
`);

/**
 * "Der Spiegel", "Die Zeit": a German article opening a name makes it a title or a body. Romance
 * articles are left out, as they open surnames ("Ignazio La Russa", "Luca Di Montezemolo").
 */
const foreignArticles = words('Der Die Das');

/**
 * "Comprehensive Airmen Fitness day", "the Year of the Soldier competition": a name a noun for an
 * occasion follows in lower case is that occasion's name.
 */
const occasionAfter =
  /^\s+(?:day|week|month|ceremony|festival|competition|tournament|course|exercise|trials|games|celebration|parade|gala|luncheon|station|event)(?![\p{L}-])/u;

/**
 * "television programs such as Jersey Shore", "films like Jaws": a name a list of works opens
 * with is a title, never a person, whatever its words.
 */
const worksBefore =
  /\b(?:programs|programmes|shows|series|films|movies|songs|albums|books|novels|games|plays|musicals|sitcoms|dramas)\s+(?:such\s+as|like|including)\s+$/u;

/** What a name's words say it is when they rule out a person: a body, a place, or nothing. */
export function shapeOfName(
  name: readonly string[],
  before: string,
  after: string,
): 'organisation' | 'place' | 'nothing' | undefined {
  if (worksBefore.test(before)) return 'nothing';
  if (name.length < 2) return undefined;
  const first = name[0] ?? '';
  const last = name.at(-1) ?? '';
  if (possessiveStarts.has(first) || describedBy.test(last)) return 'nothing';
  if (featureEnds.has(last) || siteEnds.has(last)) return 'place';
  if (listEnds.has(last)) return 'nothing';
  // "the Big Apple", "Big Easy": a city's or a thing's nickname, never a person's name.
  if (name.length === 2 && first === 'Big') return 'nothing';
  if (
    name.length === 2 &&
    romanNumber.test(last) &&
    (seriesBefore.test(before) || seriesAfter.test(after))
  )
    return 'nothing';
  if (newspaperEnds.has(last) || foreignArticles.has(first)) return 'organisation';
  // "Radio Cooperativa", "Deewa Radio": a broadcaster, whatever the rest of its name is.
  if (first === 'Radio' || last === 'Radio') return 'organisation';
  if (occasionAfter.test(after)) return 'nothing';
  return undefined;
}
