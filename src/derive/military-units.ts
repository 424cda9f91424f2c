/**
 * Units, crews and ships as defence news names them. None of them is a person, though each is
 * written like a name: "Fitzgerald Sailors" (a ship's crew), "Ellsworth Airmen", "11th Engineer
 * Battalion", "Fleet Activities Yokosuka", "Cutter Stratton", "USS Blue Ridge".
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Plural words for the members of a service or a crew. A name ending in one is a group of people
 * ("Fitzgerald Sailors", "Wing Airmen"), who speak only through someone the story names.
 */
export const crewNouns = words(`
  Sailors Airmen Soldiers Marines Guardsmen Guardmembers Troops Crewmembers Crew Coastguardsmen
  Seabees Midshipmen Cadets Rangers Recruits
`);

/** Words that make a name a military unit or command, wherever they stand in it. */
export const unitWords = words(`
  Battalion Battalions Regiment Brigade Squadron Wing Fleet Garrison Corps Detachment Sector
  Flotilla Cutter Battery
`);

/** Prefixes of ships' names: "USS Fitzgerald" is a ship, and a ship speaks only through its crew. */
export const shipPrefixes = words('USS USNS USCGC HMS HMAS HMCS HMNZS INS');

/** Whether a name's words are a crew, a unit or a ship rather than a person. */
export function militaryKind(words: readonly string[]): 'crew' | 'unit' | undefined {
  const last = words.at(-1) ?? '';
  if (crewNouns.has(last) || crewNouns.has(last.split('-').at(-1) ?? '')) return 'crew';
  if (words.length > 1 && shipPrefixes.has(words[0] ?? '')) return 'unit';
  if (words.some((w) => unitWords.has(w))) return 'unit';
  return undefined;
}
