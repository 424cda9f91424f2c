import { type ChildProcess, fork } from 'node:child_process';
import type { NaiveCall, NaiveQuery } from './naive-worker.ts';

/**
 * The naive baseline in a process of its own, with a heap of its own, stopped (SIGSTOP) whenever
 * it is not answering. In the bench's own heap, every briefing held whole (about 4 GB at 100,000)
 * beside the library being timed put its garbage into Briefbot's timings. On a thread of its
 * own, its collector still ran on background threads after each answer, on the cores Briefbot
 * was then timed on: the misspelt `/search` at 100,000 had a median of 2.7 ms beside it against
 * 1.6 ms beside an idle baseline. A stopped process runs nothing, so each side is timed while the
 * other is still; the baseline's leftover collecting is done in its own next answer.
 */
export async function startNaiveProcess(dir: string) {
  const child = fork(new URL('./naive-worker.ts', import.meta.url), [], {
    // Its copy is about 3.5 GB at 100,000: under the default limit of about 4 GB its collector
    // ran nearly without end (naive p99s of over 10 s).
    execArgv: ['--import', 'tsx', '--max-old-space-size=12288'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // A stopped process outlives a bench that dies; SIGKILL ends it, stopped or not.
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const close = async () => {
    process.off('exit', kill);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    kill();
    await exited;
  };
  try {
    await call(child, { load: dir });
  } catch (error) {
    await close();
    throw error;
  }
  child.kill('SIGSTOP');
  return {
    pid: child.pid,
    /** Whether the naive bot found something for the query. */
    ask: async (query: NaiveQuery, arg: string) => {
      child.kill('SIGCONT');
      try {
        return await call(child, { query, arg });
      } finally {
        child.kill('SIGSTOP');
      }
    },
    close,
  };
}

/** One call answered by the child: calls are made one at a time, so the next message answers it. */
function call(child: ChildProcess, message: NaiveCall): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error, answer?: unknown) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(answer === true);
    };
    const onMessage = (answer: unknown) =>
      typeof answer === 'object' && answer !== null && 'error' in answer
        ? settle(new Error(`the naive bot failed: ${String(answer.error)}`))
        : settle(undefined, answer);
    const onExit = (code: number | null, signal: string | null) =>
      settle(new Error(`the naive bot exited (${signal ?? code}) before it answered`));
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}
