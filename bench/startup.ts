import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { round } from './stats.ts';

export interface StartupRow {
  size: number;
  /** Process start to every command answerable (briefings loaded, names indexed). */
  readyMs: number;
  /** Process start to full-text search complete. */
  searchReadyMs: number;
  /** Resident memory once everything is loaded and indexed. */
  rssMb: number;
  /** Median time from saving one changed file to the bot serving it. */
  reloadMs: number;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/**
 * Starts the bot as `npm start` does (the console, no credentials) on a corpus directory, and
 * times it from spawn to the log lines that mark readiness; then edits one file several times and
 * times each pick-up. Runs the real process so module loading and the file watcher count.
 */
export function benchStartup(
  dir: string,
  size: number,
  edits: number,
  dataDir: string,
): Promise<StartupRow> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env,
        BRIEFINGS_DIR: dir,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: '',
        SLACK_BOT_TOKEN: '',
      },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    let buffer = '';
    const row: Partial<StartupRow> = { size };
    const reloads: number[] = [];
    let editStarted = 0;
    const file = join(dir, 'bench-00001.yaml');
    const original = readFileSync(file, 'utf8');
    const edit = () => {
      editStarted = performance.now();
      writeFileSync(
        file,
        original.replace(/^title: (.*)$/m, `title: $1 (edit ${reloads.length + 1})`),
      );
    };
    const finish = (error?: Error) => {
      writeFileSync(file, original);
      child.stdin.end();
      child.kill('SIGTERM');
      if (error) reject(error);
      else resolve(row as StartupRow);
    };
    const timeout = setTimeout(
      () => finish(new Error(`the bot did not get ready within 120 s (${buffer.slice(-500)})`)),
      120_000,
    );
    child.on('error', finish);
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline = buffer.indexOf('\n');
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf('\n');
        if (!line.startsWith('{')) continue;
        const msg = (JSON.parse(line) as { msg?: string }).msg;
        if (process.env.BENCH_DEBUG) process.stderr.write(`[child] ${msg}\n`);
        const now = performance.now();
        if (msg === 'briefings loaded') row.readyMs = round(now - started, 0);
        if (msg === 'search index ready') {
          row.searchReadyMs = round(now - started, 0);
          row.rssMb = round(rssOf(child.pid ?? 0), 0);
          edit();
        }
        if (msg === 'briefings reloaded' && editStarted > 0) {
          reloads.push(now - editStarted);
          if (reloads.length < edits) {
            setTimeout(edit, 100);
          } else {
            clearTimeout(timeout);
            reloads.sort((a, b) => a - b);
            row.reloadMs = round(reloads[Math.floor(reloads.length / 2)] ?? Number.NaN, 0);
            finish();
          }
        }
      }
    });
  });
}
