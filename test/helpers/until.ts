/**
 * Polls `done` until it holds, failing after `timeoutMs`: for tests that wait on work another
 * part does at its own pace (a queue's worker, a held post). It asserts order, not duration.
 */
export async function until(
  done: () => boolean,
  { stepMs = 20, timeoutMs = 5_000 }: { stepMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  for (let waited = 0; !done(); waited += stepMs) {
    if (waited > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}

/** Polls `done` for up to `timeoutMs`; whether it came to hold (for a test that asserts it). */
export async function eventually(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (done()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return done();
}
