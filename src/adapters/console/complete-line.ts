import { type ArgSpec, argSpecs, type Command } from '../../core/command.ts';
import { suggest } from '../../core/complete.ts';
import type { Library } from '../../library/library.ts';

/** What readline's completer returns: the candidates, and the text they would replace. */
export type LineCompletion = [string[], string];

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Words a person can type for a suggested id that start with what they typed: readline only
 * extends the word under the cursor, so a fuzzy match on "pu" must be offered as "putin", not as
 * the id "vladimir-putin". The id itself comes first; then the name, its words and the aliases.
 */
function handlesFor(id: string, names: readonly string[], partial: string): string[] {
  const typed = fold(partial);
  const words = names.flatMap((name) => [name, ...name.split(/\s+/)]);
  const handles = [id, ...words].map((word) => fold(word).replace(/\s+/g, '-'));
  const hit = handles.find((handle) => handle.startsWith(typed));
  return hit === undefined ? [] : [partial + hit.slice(typed.length)];
}

function valuesFor(spec: ArgSpec, partial: string, library: Library): string[] {
  if (spec.choices) return spec.choices.filter((choice) => choice.startsWith(fold(partial)));
  if (spec.complete === undefined) return [];
  const values = suggest(library, spec.complete, partial).flatMap((suggestion) => {
    if (spec.complete === 'topic') {
      const briefing = library.briefing(suggestion.value);
      return handlesFor(suggestion.value, briefing?.aliases ?? [], partial);
    }
    const speaker = library.speaker(suggestion.value);
    return handlesFor(suggestion.value, speaker ? [speaker.name, ...speaker.aliases] : [], partial);
  });
  return [...new Set(values)];
}

/**
 * Tab completion for a console line, from the same registry and the same suggestions that
 * Discord's autocomplete uses: command names, option names (`section:`), option values, and
 * people and topics for the argument being typed.
 */
export function completeLine(
  line: string,
  registry: readonly Command[],
  library: Library,
): LineCompletion {
  const names = registry.map((command) => `/${command.name}`);
  if (line.trim() === '') return [names, line];
  if (!line.startsWith('/')) return [[], line];
  const command = [...registry]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => line.toLowerCase().startsWith(`/${c.name} `));
  if (command === undefined) {
    const typed = line.toLowerCase();
    const hits = names.filter((name) => name.startsWith(typed));
    return [hits.map((hit) => `${hit} `), line];
  }
  const word = line.slice(line.lastIndexOf(' ') + 1);
  const specs = argSpecs(command);
  const named = /^([a-z_]+):(.*)$/is.exec(word);
  if (named) {
    const spec = specs.find((s) => s.name === named[1]?.toLowerCase());
    if (spec === undefined) return [[], word];
    const prefix = `${named[1]}:`;
    return [valuesFor(spec, named[2] ?? '', library).map((value) => prefix + value), word];
  }
  const given = line.slice(command.name.length + 2, line.length - word.length);
  const givenNames = new Set(
    [...given.matchAll(/(?:^|\s)([a-z_]+):/gi)].map((match) => match[1]?.toLowerCase()),
  );
  const open = specs.filter((spec) => !givenNames.has(spec.name));
  const options = open
    .map((spec) => `${spec.name}:`)
    .filter((option) => word !== '' && option.startsWith(word.toLowerCase()));
  // The argument being typed: as the parser reads words in order, the nth plain word fills the
  // nth open argument (a completed id is one word; a name typed in full may count as more).
  const plainWords = given.split(/\s+/).filter((token) => token !== '' && !token.includes(':'));
  const positional = open.filter((spec) => spec.name !== 'page')[plainWords.length];
  const values = positional ? valuesFor(positional, word, library) : [];
  return [[...values, ...options], word];
}
