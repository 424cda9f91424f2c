import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from '../bench/machine.ts';

/** A mutant the tests did not kill, where it is and what it changed. */
export interface Survivor {
  line: number;
  column: number;
  mutator: string;
  original: string;
  replacement: string;
  status: 'Survived' | 'NoCoverage';
}

/** One module's latest mutation run. */
export interface ModuleResult {
  group: string;
  date: string;
  machine: Machine;
  durationSeconds: number;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  /** Mutants that did not compile or crashed the runner: not counted in the score. */
  errors: number;
  survivors: Survivor[];
}

/** The latest result of every module, by path: a run of one module replaces only its entry. */
export type Results = Record<string, ModuleResult>;

/** A surviving mutant that no test can kill, because the program behaves the same with it. */
export interface Equivalent {
  file: string;
  line: number;
  mutator: string;
  replacement: string;
  why: string;
}

export const RESULTS_FILE = 'mutation/results.json';
export const EQUIVALENTS_FILE = 'mutation/equivalent-mutants.json';

export function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

export function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  formatFile(file);
}

/** Lays a written file out as `npm run lint` expects (Biome checks JSON and Markdown too). */
export function formatFile(file: string): void {
  spawnSync('node_modules/.bin/biome', ['format', '--write', file], { stdio: 'ignore' });
}

/** Killed (timeouts included, as Stryker counts them) out of every mutant that ran or had no test. */
export function score(result: ModuleResult): number {
  const detected = result.killed + result.timeout;
  const valid = detected + result.survived + result.noCoverage;
  return valid === 0 ? 100 : (detected / valid) * 100;
}

/** The equivalence note for a survivor, if it has been judged equivalent. */
export function equivalenceOf(
  equivalents: readonly Equivalent[],
  file: string,
  survivor: Survivor,
): Equivalent | undefined {
  return equivalents.find(
    (e) =>
      e.file === file &&
      e.line === survivor.line &&
      e.mutator === survivor.mutator &&
      e.replacement === survivor.replacement,
  );
}
