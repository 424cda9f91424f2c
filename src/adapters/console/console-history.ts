import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How many lines the console remembers between runs. */
export const HISTORY_SIZE = 1000;

/**
 * The lines typed in earlier runs, newest first (as readline wants them). A missing or unreadable
 * file is an empty history: losing it must never stop the console.
 */
export function loadHistory(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .reverse()
      .slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

/**
 * Saves the history, oldest first so the file reads like a transcript. Private to its owner: it
 * holds whatever was typed. A failure (a read-only data folder) costs only the history.
 */
export function saveHistory(file: string, newestFirst: readonly string[]): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const lines = newestFirst.slice(0, HISTORY_SIZE).reverse();
    writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
    return true;
  } catch {
    return false;
  }
}
