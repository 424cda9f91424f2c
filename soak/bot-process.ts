import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { collectGarbage } from './inspector.ts';

/** How one bot process ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether the soak asked for it (the SIGKILL fault, or the SIGTERM at the end). */
  expected: boolean;
}

/** One bot process, started as `npm start` starts it, with its log going to a file. */
export interface BotProcess {
  pid: number;
  /** When it logged "briefbot is running", in ms after it was spawned. */
  startMs: number;
  exited: Promise<Exit>;
  /** Sends a signal the soak means to send (so the exit is not counted as a crash). */
  signal(signal: NodeJS.Signals): void;
  /** Resident memory in bytes, from /proc (undefined once the process is gone). */
  rss(): number | undefined;
  /** Asks for a heap snapshot (when started with --heapsnapshot-signal=SIGUSR2). */
  heapSnapshot(): void;
  /**
   * Collects all garbage, then reads the live heap and (once the freed pages are given back) the
   * RSS: a reading that does not depend on where V8's heap sawtooth happens to be.
   */
  /** Heap and RSS after a full collection; undefined for a reading that could not be taken. */
  afterFullGc(): Promise<{ heapUsed: number | undefined; rss: number | undefined }>;
}

/** Resident set size of a process, in bytes, as the kernel reports it (VmRSS). */
export function residentBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * Spawns `node --import tsx src/main.ts` (what `npm start` runs, without npm in between, so that
 * signals and /proc reach the bot itself), appends everything it prints to `logFile`, and resolves
 * once it says it is running. Rejects if it exits or stays silent for `timeoutMs` first.
 */
export async function startBotProcess(
  env: NodeJS.ProcessEnv,
  logFile: string,
  options: { timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<BotProcess> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const spawned = Date.now();
  // The inspector stays off until SIGUSR1; this only tells it to pick a free loopback port then.
  const inspectorPort = '--inspect-port=127.0.0.1:0';
  const args = [...(options.nodeArgs ?? []), inspectorPort, '--import', 'tsx', 'src/main.ts'];
  const child: ChildProcess = spawn(process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let recent = '';
  let running = false;
  let inspectorUrl: string | undefined;
  // Whole lines only: several processes may share one log, and a line cut in two by another
  // process's output would no longer parse.
  const pending = { stdout: '', stderr: '' };
  const onData = (stream: keyof typeof pending) => (text: string) => {
    const lines = pending[stream] + text;
    const end = lines.lastIndexOf('\n') + 1;
    if (end > 0) appendFileSync(logFile, lines.slice(0, end));
    pending[stream] = lines.slice(end);
    inspectorUrl ??= /Debugger listening on (ws:\/\/\S+)/.exec(text)?.[1];
    if (!running) {
      recent = (recent + text).slice(-20_000);
      running = recent.includes('"msg":"briefbot is running"');
    }
  };
  // Decoded as text by the streams, so that a character split between two chunks stays whole.
  child.stdout?.setEncoding('utf8').on('data', onData('stdout'));
  child.stderr?.setEncoding('utf8').on('data', onData('stderr'));
  let expected = false;
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, expected })),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  while (!running) {
    if (gone) throw new Error(`the bot exited during start:\n${recent.slice(-3000)}`);
    if (Date.now() - spawned > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the bot did not start within ${timeoutMs} ms:\n${recent.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const pid = child.pid ?? 0;
  return {
    pid,
    startMs: Date.now() - spawned,
    exited,
    signal(signal) {
      expected = true;
      child.kill(signal);
    },
    rss: () => (gone ? undefined : residentBytes(pid)),
    heapSnapshot: () => {
      if (!gone) child.kill('SIGUSR2');
    },
    async afterFullGc() {
      if (inspectorUrl === undefined) child.kill('SIGUSR1');
      for (let waited = 0; inspectorUrl === undefined && waited < 10_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // Without the inspector there is no reading: the report says "not measured", not 0.
      if (inspectorUrl === undefined) return { heapUsed: undefined, rss: undefined };
      const heapUsed = await collectGarbage(inspectorUrl).catch(() => undefined);
      // V8 hands freed pages back to the system shortly after a full collection, not during it.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      return { heapUsed, rss: gone ? undefined : residentBytes(pid) };
    },
  };
}
