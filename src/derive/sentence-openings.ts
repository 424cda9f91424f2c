import { isCommonWord } from './common-words.ts';
import { isGivenName } from './given-names.ts';
import type { Token } from './name-tokens.ts';
import { roleNouns, sentenceStarters, titles } from './name-words.ts';

/** What a publication is called before its name ("Publication Astra reported"). */
const mediaKinds = /^(?:Publication|Outlet|Website|Portal|Tabloid)$/u;

/**
 * Whether the first word of a run of capitals that opens its sentence is capitalised only because
 * it comes first, and so is no part of the name after it: a sentence word ("The", "Asked"); a job
 * ("Forecaster Nina Patel said") or a kind of publication ("Publication Astra reported"), though
 * a title ("Secretary of the Navy Ada Lund") stays for the title loop, which keeps its
 * department; or a participle whose phrase a comma closes ("Citing Merkacheva, RIA Novosti
 * reports"), where a name with no comma after it ("Manning Marable told") stays whole.
 */
export function opensSentenceOnly(sentence: string, words: readonly Token[]): boolean {
  const opening = words[0]?.text ?? '';
  if (opening === '') return false;
  // "Will Marshall of the Progressive Policy Institute spoke …": a modal opens a question, so
  // before a capitalised word in a sentence that asks nothing it is a given name.
  if (opening === 'Will' && words.length >= 2 && !/\?[”"’']?\s*$/u.test(sentence)) return false;
  if (sentenceStarters.has(opening)) return true;
  if (words.length > 1 && roleNouns.has(opening.toLowerCase()) && !titles.has(opening)) return true;
  if (words.length > 1 && mediaKinds.test(opening)) return true;
  return (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}+ing$/u.test(opening) &&
    isCommonWord(opening) &&
    !isGivenName(opening) &&
    /^,/u.test(sentence.slice((words.at(-1) as Token).end))
  );
}
