import type { Outcome } from './requests.ts';

/** How long after a SIGKILL the fake gateway may still count the dead process's session as open. */
const GRACE_MS = 2_000;

/**
 * Marks the failed requests that were in flight on a process when the soak SIGKILLed it: sent to
 * that process before the kill (or in the moment before the gateway noticed the connection gone)
 * and not answered by then. Nothing can answer those: the platforms send an interaction, or an
 * event already acknowledged, once. They are counted apart from the errors.
 */
export function markCutOff(
  outcomes: (Outcome & { at: number })[],
  kills: readonly { slot: number; at: number }[],
): void {
  for (const outcome of outcomes) {
    if (outcome.ok || outcome.slot === undefined) continue;
    const end = outcome.at + outcome.ms;
    outcome.cutOff = kills.some(
      (kill) => kill.slot === outcome.slot && outcome.at <= kill.at + GRACE_MS && end >= kill.at,
    );
  }
}
