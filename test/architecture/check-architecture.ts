import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { MAX_LINES, PARTS, type Part, PLATFORM_LIBRARY, PLATFORM_PARTS } from './rules.ts';

/** Source files by path relative to the repository root, with their text. */
export type Tree = Record<string, string>;

/** The rules, so that the test of the test can check a tree against a table of its own. */
export interface Rules {
  parts: Part[];
  platformLibrary: RegExp;
  platformParts: string[];
  maxLines: number;
}

export const RULES: Rules = {
  parts: PARTS,
  platformLibrary: PLATFORM_LIBRARY,
  platformParts: PLATFORM_PARTS,
  maxLines: MAX_LINES,
};

/** Every `.ts` file under the given folders of `root`, as a tree. */
export function readTree(root: string, folders: readonly string[]): Tree {
  const tree: Tree = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts')) tree[path] = readFileSync(join(root, path), 'utf8');
    }
  };
  for (const folder of folders) walk(folder);
  return tree;
}

/** What a file imports: relative imports resolved to tree paths, and bare package names. */
export function importsOf(path: string, text: string): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const target = match[1] ?? '';
    if (target.startsWith('.')) files.push(normalize(join(dirname(path), target)));
    else if (!target.startsWith('node:')) packages.push(target);
  }
  return { files, packages };
}

/** The part that owns `path`: the longest matching path in the table. */
export function partOf(parts: readonly Part[], path: string): Part | undefined {
  let best: { part: Part; length: number } | undefined;
  for (const part of parts) {
    for (const owned of part.paths) {
      const owns = owned.endsWith('/') ? path.startsWith(owned) : path === owned;
      if (owns && owned.length > (best?.length ?? -1)) best = { part, length: owned.length };
    }
  }
  return best?.part;
}

/** Every import cycle among the tree's files, each as the list of files around it. */
export function cyclesOf(tree: Tree): string[][] {
  const graph = new Map(
    Object.entries(tree).map(([path, text]) => [
      path,
      importsOf(path, text).files.filter((file) => file in tree),
    ]),
  );
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

/**
 * Every way the tree breaks the rules, as sentences: an import between parts the table does not
 * allow, a platform library outside the adapters, a file in no part, a file over the line limit,
 * an import cycle. Only files under `src/` belong to parts; the line limit holds everywhere.
 */
export function violations(tree: Tree, rules: Rules = RULES): string[] {
  const found: string[] = [];
  for (const [path, text] of Object.entries(tree)) {
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > rules.maxLines)
      found.push(`${path} has ${lines} lines (at most ${rules.maxLines})`);
    if (!path.startsWith('src/')) continue;
    const part = partOf(rules.parts, path);
    if (part === undefined) {
      found.push(`${path} belongs to no part of the architecture table`);
      continue;
    }
    const { files, packages } = importsOf(path, text);
    for (const file of files) {
      const target = partOf(rules.parts, file);
      if (target === undefined || target === part) continue;
      if (!part.may.includes(target.name)) {
        found.push(`${path} (${part.name}) imports ${file} (${target.name})`);
      }
    }
    for (const name of packages) {
      if (rules.platformLibrary.test(name) && !rules.platformParts.includes(part.name)) {
        found.push(`${path} (${part.name}) imports the platform library ${name}`);
      }
    }
  }
  for (const cycle of cyclesOf(tree)) found.push(`import cycle: ${cycle.join(' -> ')}`);
  return found;
}

/** Names that more than one command in a registry has. */
export function duplicateNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(names.filter((name) => seen.has(name) || !seen.add(name)))];
}
