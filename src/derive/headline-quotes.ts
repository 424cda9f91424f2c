import type { Found } from './find-statements.ts';
import { holdsRun } from './word-runs.ts';

/** Quoted fragments in a headline: ‘will not quit’, 'quasi-state of war', “streamlined”. */
const fragment = /(?:^|[\s(:—–-])(?:‘([^’]+)’|'([^']+)'(?=$|[\s,.;:!?)])|“([^”]+)”|"([^"]+)")/gu;

const fold = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’']/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A word without the endings a headline adds or drops ("streamlined" and "streamline"). */
const stem = (word: string) => word.replace(/(?:ing|ed|d|s)$/u, '');

/**
 * Finds the quoted fragments of a headline and gives each the speaker of the story's quote that
 * holds the same words: a headline quotes the story. A fragment written in capitals throughout is
 * a title or a name ("Brilliantly British"), not speech. Fragments no quote in the story holds are
 * returned apart, for the editor.
 */
export function headlineQuotes(
  headline: string | undefined,
  statements: readonly Found[],
): { found: Found[]; unplaced: string[] } {
  const found: Found[] = [];
  const unplaced: string[] = [];
  if (!headline) return { found, unplaced };
  // In a headline with every word capitalised (US style), capitals say nothing of a fragment.
  const titleCase = isTitleCase(headline);
  for (const match of headline.matchAll(fragment)) {
    const text = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim();
    const capitalised = /^(?:\p{Lu}[\p{L}’'-]*\s*)+$/u.test(text);
    if (text === '' || (capitalised && !titleCase)) continue;
    const words = fold(text).split(' ').map(stem);
    const source = statements.find((s) => {
      if (s.kind === 'paraphrase') return false;
      const said = fold(s.text).split(' ').map(stem);
      return holdsRun(said, words);
    });
    if (!source) {
      // A capitalised fragment the story never quotes may be a title: not worth the editor's time.
      if (!capitalised) unplaced.push(text);
      continue;
    }
    found.push({
      speaker: source.speaker,
      kind: 'partial',
      text,
      context: headline,
      paragraph: source.paragraph,
      order: -1,
    });
  }
  return { found, unplaced };
}

/** Whether most of a headline's longer words start with a capital ("South Korea Decries North's …"). */
function isTitleCase(headline: string): boolean {
  const words = headline.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? [];
  const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitals / words.length >= 0.7;
}
