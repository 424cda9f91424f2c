import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';

/** Resident and peak resident memory of a process, in MB, from /proc (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

export interface Watched {
  child: ChildProcessByStdio<Writable, Readable | null, Readable>;
  /** When the process was spawned (performance.now()). */
  started: number;
  /** Ends the process and settles `done`. */
  finish(error?: Error): void;
  done: Promise<void>;
}

/**
 * Runs an entry point, and hands each JSON log line it writes on stderr to `onLine` with the time
 * it arrived: a TypeScript one as `npm start` does (node with tsx), a compiled one (`.js`) with
 * node alone, as a deployment runs the build. With `typed`, writes `typed.input` to its stdin at
 * once, as a person typing before the prompt shows, and tells `typed.onOutput` when the first
 * output arrives on stdout. Gives up after `timeoutMs`.
 */
export function watchProcess(
  entry: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
  onLine: (line: { msg?: string }, now: number, watched: Watched) => void,
  typed?: { input: string; onOutput: (now: number, watched: Watched) => void },
): Watched {
  const started = performance.now();
  const loader = entry.endsWith('.js') ? [] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...loader, entry, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', typed ? 'pipe' : 'ignore', 'pipe'],
  }) as Watched['child'];
  if (typed) {
    child.stdin.write(typed.input);
    child.stdout?.once('data', () => typed.onOutput(performance.now(), watched));
    // Read and dropped: an unread pipe would fill and stop the process writing.
    child.stdout?.resume();
  }
  let settle: (error?: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  let buffer = '';
  let finished = false;
  const watched: Watched = {
    child,
    started,
    done,
    finish(error) {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      child.stdin.end();
      // Settled once the process has exited (it saves its state on SIGTERM), so that a run
      // started next on the same data directory finds what this one saved.
      if (child.exitCode !== null || child.signalCode !== null) {
        settle(error);
        return;
      }
      const grace = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(grace);
        settle(error);
      });
      child.kill('SIGTERM');
    },
  };
  const timer = setTimeout(
    () =>
      watched.finish(new Error(`${entry} timed out after ${timeoutMs} ms: ${buffer.slice(-500)}`)),
    timeoutMs,
  );
  child.on('error', (error) => watched.finish(error));
  child.on('exit', (code) =>
    watched.finish(new Error(`${entry} exited early (${code}): ${buffer.slice(-500)}`)),
  );
  child.stderr.on('data', (chunk: Buffer) => {
    const now = performance.now();
    buffer += chunk.toString();
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      if (!line.startsWith('{')) continue;
      onLine(JSON.parse(line) as { msg?: string }, now, watched);
    }
  });
  return watched;
}
