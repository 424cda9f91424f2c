import type { Logger } from '../logger.ts';

/**
 * Runs `stop`, but waits for it at most `ms`: a platform call that hangs must not hold a
 * service manager's SIGTERM for as long as it hangs (38 s was seen). Cutting it short is safe:
 * a digest being delivered was claimed in the database before it was sent, and the next start
 * finishes it once. Resolves true when `stop` finished in time, false when the deadline came.
 */
export async function stopWithin(
  stop: () => Promise<void>,
  ms: number,
  log: Logger,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const stopped = stop().then(
    () => true,
    (error: unknown) => {
      log.error({ err: error }, 'stopping failed');
      return true;
    },
  );
  const finished = await Promise.race([stopped, deadline]);
  clearTimeout(timer);
  if (!finished) {
    log.warn(
      { deadlineMs: ms },
      'shutdown deadline passed: stopping now; deliveries under way stay claimed and the next start finishes them',
    );
  }
  return finished;
}
