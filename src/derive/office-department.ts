import { isGivenName } from './given-names.ts';
import { postNominals } from './name-words.ts';

const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);

/**
 * Where the name begins after an office's department: "(Secretary) of Homeland Security Janet
 * Napolitano", "(Sgt. Maj.) of the Army Raymond F. Chandler III". `words` are the words after the
 * title, from its "of" or "for" on, all capitalised or small joining words. The department is a
 * body's name and the person's name follows it, so the name starts at the last given name with
 * at least a surname after it (initials and a suffix such as "III" or "Jr." do not count as the
 * surname). Returns the index of that word, or -1 when no given name marks where the name starts.
 */
export function nameAfterDepartment(words: readonly string[]): number {
  let end = words.length;
  while (end > 0 && postNominals.has(words[end - 1] ?? '')) end--;
  for (let k = end - 2; k >= 2; k--) {
    const word = words[k] ?? '';
    if (!isGivenName(word)) continue;
    const rest = words.slice(k + 1, end);
    // The surname is the last word; only initials may stand between it and the given name.
    if (rest.length >= 1 && rest.slice(0, -1).every(isInitial) && !isInitial(rest.at(-1) ?? ''))
      return k;
  }
  return -1;
}
