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

/** What a name's words say it is when they rule out a person: a body, a place, or nothing. */
export function shapeOfName(
  name: readonly string[],
  after: string,
): 'organisation' | 'place' | 'nothing' | undefined {
  if (name.length < 2) return undefined;
  const first = name[0] ?? '';
  const last = name.at(-1) ?? '';
  if (possessiveStarts.has(first) || describedBy.test(last)) return 'nothing';
  if (featureEnds.has(last)) return 'place';
  if (newspaperEnds.has(last) || foreignArticles.has(first)) return 'organisation';
  if (occasionAfter.test(after)) return 'nothing';
  return undefined;
}
