import { nextRun, type Schedule } from './schedule.ts';

/** setTimeout's longest delay (about 24.8 days); a longer wait is taken in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** A subscription's timer: fires at each of its runs until stopped. */
export interface RunTimer {
  stop(): void;
}

/**
 * Calls `onRun(minute)` at each run of `schedule`, as `nextRun` lists them. The runs are timed
 * from the same function that shows the next run and decides catch-ups (cron-parser, which is
 * also what pg-boss schedules with), rather than by node-cron's own timer: on the days the clocks
 * change, node-cron 4.6 skips a time the clocks jump over and, for a time that happens twice,
 * runs the second pass in zones east of UTC and the first pass west of it
 * (test/digests/clock-changes.test.ts). One rule for every zone needs one source of run times;
 * node-cron still checks the expressions people type. The wall clock is read afresh at each wake-up,
 * so a process that slept (a suspended laptop, a paused container) does not run stale minutes.
 */
export function startRunTimer(
  schedule: Pick<Schedule, 'cron' | 'timezone'>,
  onRun: (minute: Date) => void,
): RunTimer {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = (after: Date) => {
    if (stopped) return;
    const at = nextRun(schedule, after);
    const wait = (): void => {
      const left = at.getTime() - Date.now();
      if (left > 0) {
        timer = setTimeout(wait, Math.min(left, MAX_DELAY_MS));
        return;
      }
      onRun(at);
      arm(at);
    };
    wait();
  };
  arm(new Date());
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
