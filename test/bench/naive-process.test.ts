import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.ts';
import { startNaiveProcess } from '../../bench/naive-process.ts';

/** A process's state letter from /proc (Linux): T when stopped, R or S when it may run. */
const stateOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];

/** The state once a signal sent has been acted on (the kernel delivers it in its own time). */
async function settledState(pid: number): Promise<string | undefined> {
  for (let i = 0; i < 100 && stateOf(pid) !== 'T'; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return stateOf(pid);
}

describe('the naive baseline in a process of its own', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'briefbot-naive-test-'));
  let naive: Awaited<ReturnType<typeof startNaiveProcess>>;

  beforeAll(async () => {
    writeCorpus(scratch, 20);
    naive = await startNaiveProcess(scratch);
  }, 30_000);
  afterAll(async () => {
    await naive?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('answers queries, and is stopped before and after each', async () => {
    const pid = naive.pid as number;
    expect(await settledState(pid)).toBe('T');
    expect(await naive.ask('brief', 'bench-00001')).toBe(true);
    expect(await settledState(pid)).toBe('T');
    expect(await naive.ask('brief', 'no-such-briefing')).toBe(false);
    expect(await naive.ask('search', 'talks')).toBe(true);
    expect(await settledState(pid)).toBe('T');
  });

  it('is gone once closed, stopped as it was', async () => {
    const pid = naive.pid as number;
    await naive.close();
    expect(existsSync(`/proc/${pid}`)).toBe(false);
  });
});
