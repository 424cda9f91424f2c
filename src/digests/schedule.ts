import { CronExpressionParser } from 'cron-parser';
import cron from 'node-cron';

export const weekdayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdayNames)[number];
const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** When a digest runs, as a subscriber says it: a time of day on some days, in a time zone. */
export interface ScheduleInput {
  /** `HH:MM`, 24-hour, in `timezone`. */
  time: string;
  /** `daily`, `weekdays`, or a list such as `mon,thu`. */
  days: string;
  timezone: string;
  /** A raw five-field cron expression; replaces time and days when given. */
  cron?: string;
}

export interface Schedule {
  cron: string;
  timezone: string;
  /** "08:00 on weekdays (Europe/London)", for lists and confirmations. */
  description: string;
}

/** Why a schedule cannot be used, in words for the person who typed it. */
export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function parseDays(days: string): { field: string; words: string } {
  const value = days.trim().toLowerCase();
  if (value === '' || value === 'daily' || value === 'every day' || value === 'everyday') {
    return { field: '*', words: 'every day' };
  }
  if (value === 'weekdays') return { field: '1-5', words: 'on weekdays' };
  if (value === 'weekends') return { field: '0,6', words: 'at weekends' };
  const parts = value.split(/[\s,]+/).filter(Boolean);
  // "mon", "Monday", "tues" and "thurs" all name a day: any prefix of three letters or more.
  const numbers = parts.map((part) =>
    part.length >= 3 ? dayNames.findIndex((day) => day.startsWith(part)) : -1,
  );
  if (parts.length === 0 || numbers.includes(-1)) {
    throw new ScheduleError(
      `"${days}" is not a set of days: use daily, weekdays, weekends, or days such as mon,thu`,
    );
  }
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  return { field: sorted.join(','), words: `on ${sorted.map((n) => weekdayNames[n]).join(', ')}` };
}

/**
 * Turns what a subscriber typed into a cron expression for node-cron, checked both by node-cron
 * (which runs it) and cron-parser (which computes next and previous runs), so the two agree.
 */
export function buildSchedule(input: ScheduleInput): Schedule {
  if (!isTimeZone(input.timezone)) {
    throw new ScheduleError(
      `"${input.timezone}" is not a time zone: use an IANA name such as Europe/London`,
    );
  }
  if (input.cron !== undefined && input.cron.trim() !== '') {
    const expression = input.cron.trim().replace(/\s+/g, ' ');
    if (expression.split(' ').length !== 5) {
      throw new ScheduleError(
        `"${input.cron}" must have five fields: minute hour day-of-month month day-of-week`,
      );
    }
    const detail = cron.validateDetailed(expression);
    if (!detail.valid) {
      const why = detail.errors.map((error) => `${error.field}: ${error.message}`).join('; ');
      throw new ScheduleError(`"${input.cron}" is not a valid cron expression (${why})`);
    }
    try {
      CronExpressionParser.parse(expression, { tz: input.timezone });
    } catch (error) {
      throw new ScheduleError(
        `"${input.cron}" is not a valid cron expression (${(error as Error).message})`,
      );
    }
    return {
      cron: expression,
      timezone: input.timezone,
      description: `cron "${expression}" (${input.timezone})`,
    };
  }
  const time = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(input.time.trim());
  if (!time)
    throw new ScheduleError(
      `"${input.time}" is not a time of day: use 24-hour HH:MM such as 08:00`,
    );
  const hour = Number(time[1]);
  const minute = Number(time[2]);
  const days = parseDays(input.days);
  const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return {
    cron: `${minute} ${hour} * * ${days.field}`,
    timezone: input.timezone,
    description: `${hhmm} ${days.words} (${input.timezone})`,
  };
}

/**
 * The first run strictly after `after`. On the days the clocks change (docs/digests.md): a time
 * the clocks skip runs an hour later, and a time that happens twice runs once, the first time.
 */
export function nextRun(schedule: Pick<Schedule, 'cron' | 'timezone'>, after: Date): Date {
  return CronExpressionParser.parse(schedule.cron, { currentDate: after, tz: schedule.timezone })
    .next()
    .toDate();
}

/**
 * The last run at or before `atOrBefore`, as `nextRun` lists runs. cron-parser's prev() and next()
 * disagree on a spring-forward day (next() moves a time the clocks skip an hour later, prev() does
 * not list it), so prev() only gives a starting point and next() has the last word.
 */
export function previousRun(schedule: Pick<Schedule, 'cron' | 'timezone'>, atOrBefore: Date): Date {
  // cron-parser's prev() is strictly before its current date, so start a moment later.
  const from = new Date(atOrBefore.getTime() + 1);
  let run = CronExpressionParser.parse(schedule.cron, { currentDate: from, tz: schedule.timezone })
    .prev()
    .toDate();
  for (let next = nextRun(schedule, run); next <= atOrBefore; next = nextRun(schedule, run))
    run = next;
  return run;
}

/** "Mon 2 Dec, 08:00" in the subscriber's time zone. */
export function formatRunTime(date: Date, timezone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
