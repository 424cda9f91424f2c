import { groupDescribers, groupNouns } from './name-words.ts';

/**
 * `Many protesters said … “…,” one said. Another added: “…”` (or `A second said`): wire copy quotes members of a crowd
 * it has just named by `one` and `another` alone, as the subject of a verb of saying, opening a
 * clause or right after the quote. The words are one member's, named by the group's noun.
 */
const saying =
  'said|says|told|tells|added|adds|asked|explained|recalled|shouted|cried|noted|wrote|commented|remarked|replied|insisted|agreed|warned';
export const oneOfGroupPattern = new RegExp(
  String.raw`(?:^|(?<=[\ue000,;:—–]\s*))([Oo]ne|[Aa]nother|[Aa]\s+(?:second|third|fourth))(?=\s+(?:also\s+|later\s+|then\s+)?(?:${saying})\b)|(?<=\b(?:${saying})\s+)(one|another|a\s+(?:second|third|fourth))(?=\s*(?:[.,;:]|$))`,
  'gu',
);

/** The noun for one member of a group: "protesters" → "protester", "witnesses" → "witness". */
function singular(word: string): string {
  if (/^(?:police|staff)$/iu.test(word)) return word;
  if (/men$/u.test(word)) return word.replace(/men$/u, 'man');
  if (/^children$/iu.test(word)) return 'child';
  if (/^people$/iu.test(word)) return 'person';
  if (/ies$/u.test(word)) return word.replace(/ies$/u, 'y');
  if (/(?:ss|sh|ch|x)es$/u.test(word)) return word.replace(/es$/u, '');
  return word.replace(/s$/u, '');
}

/**
 * What to call the one member of `group` (a group's name, "Protesters", "Western officials") that
 * `one` or `another` stands for: the name with its noun in the singular ("protester", "another
 * protester"), the capital kept only on a proper word.
 */
export function memberName(group: string, word: string): string | undefined {
  const words = group.split(/\s+/u);
  const at = words.findIndex((w) => groupNouns.has(w.toLowerCase()));
  if (at < 0) return undefined;
  const name = words
    .slice(0, at + 1)
    .map((w, i) =>
      i === at
        ? singular(w.toLowerCase())
        : groupDescribers.has(w.toLowerCase())
          ? w.toLowerCase()
          : w,
    )
    .join(' ');
  return word === 'one' ? name : `${ordinal(word)} ${name}`;
}

/** "another" stays; "a second" is "second", as the story counts them. */
const ordinal = (word: string) => word.replace(/^a\s+/u, '');

/**
 * `“…,” one attendee noted. A second said …`: after someone described only as a person, the next
 * one counted (`another`, `a second`) is another of the same kind: "second attendee".
 */
export function nextOfKind(described: string, word: string): string | undefined {
  if (word === 'one' || /^(?:another|second|third|fourth)\s/u.test(described)) return undefined;
  return `${ordinal(word)} ${described}`;
}
