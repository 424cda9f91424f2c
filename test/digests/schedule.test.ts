import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { buildSchedule, nextRun, previousRun, ScheduleError } from '../../src/digests/schedule.ts';

/** The local wall-clock time of an instant in a zone, as "YYYY-MM-DD HH:MM ddd". */
function local(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.weekday}`;
}

function runs(schedule: { cron: string; timezone: string }, from: string, n: number): Date[] {
  const out: Date[] = [];
  let at = new Date(from);
  for (let i = 0; i < n; i++) {
    at = nextRun(schedule, at);
    out.push(at);
  }
  return out;
}

describe('building a schedule', () => {
  it.each([
    [
      { time: '08:00', days: 'daily', timezone: 'Europe/London' },
      '0 8 * * *',
      '08:00 every day (Europe/London)',
    ],
    [{ time: '7:05', days: 'weekdays', timezone: 'UTC' }, '5 7 * * 1-5', '07:05 on weekdays (UTC)'],
    [
      { time: '18:30', days: 'thu, Mon', timezone: 'Asia/Tokyo' },
      '30 18 * * 1,4',
      '18:30 on mon, thu (Asia/Tokyo)',
    ],
    [
      { time: '09:00', days: 'tuesday,thurs', timezone: 'UTC' },
      '0 9 * * 2,4',
      '09:00 on tue, thu (UTC)',
    ],
    [
      { time: '09:00', days: 'weekends', timezone: 'UTC' },
      '0 9 * * 0,6',
      '09:00 at weekends (UTC)',
    ],
    [
      { time: 'x', days: 'x', timezone: 'UTC', cron: '0 9 * * 1' },
      '0 9 * * 1',
      'cron "0 9 * * 1" (UTC)',
    ],
    [{ time: ' 08:00 ', days: ' Daily ', timezone: 'UTC' }, '0 8 * * *', '08:00 every day (UTC)'],
    [{ time: '08:00', days: '', timezone: 'UTC' }, '0 8 * * *', '08:00 every day (UTC)'],
    [{ time: '08:00', days: 'every day', timezone: 'UTC' }, '0 8 * * *', '08:00 every day (UTC)'],
    [{ time: '08:00', days: 'everyday', timezone: 'UTC' }, '0 8 * * *', '08:00 every day (UTC)'],
    [
      { time: '08:00', days: 'sat, sun,wed,  fri,', timezone: 'UTC' },
      '0 8 * * 0,3,5,6',
      '08:00 on sun, wed, fri, sat (UTC)',
    ],
    [
      { time: 'x', days: 'x', timezone: 'UTC', cron: '  0   9 * *   1 ' },
      '0 9 * * 1',
      'cron "0 9 * * 1" (UTC)',
    ],
    [
      { time: '08:00', days: 'daily', timezone: 'UTC', cron: '  ' },
      '0 8 * * *',
      '08:00 every day (UTC)',
    ],
  ])('%j', (input, expression, description) => {
    expect(buildSchedule(input)).toEqual({
      cron: expression,
      timezone: input.timezone,
      description,
    });
  });

  it.each([
    [{ time: '25:00', days: 'daily', timezone: 'UTC' }, '"25:00" is not a time of day'],
    [{ time: '08:00', days: 'mon,funday', timezone: 'UTC' }, '"mon,funday" is not a set of days'],
    [
      { time: '08:00', days: 'daily', timezone: 'Mars/Olympus' },
      '"Mars/Olympus" is not a time zone',
    ],
    [
      { time: '08:00', days: 'daily', timezone: 'UTC', cron: '61 * * * *' },
      '"61 * * * *" is not a valid cron expression (minute: 61 is a invalid expression for minute)',
    ],
    [
      { time: '08:00', days: 'daily', timezone: 'UTC', cron: '* * * * * *' },
      'must have five fields',
    ],
    [{ time: '08:00pm', days: 'daily', timezone: 'UTC' }, '"08:00pm" is not a time of day'],
    [{ time: '08:00', days: 'mo', timezone: 'UTC' }, '"mo" is not a set of days'],
    [{ time: '08:00', days: ',', timezone: 'UTC' }, '"," is not a set of days'],
    [
      { time: '08:00', days: 'daily', timezone: 'UTC', cron: '0 9 * * mon-funday' },
      '"0 9 * * mon-funday" is not a valid cron expression (dayOfWeek: mon-funday is a invalid expression for week day)',
    ],
    [
      { time: '08:00', days: 'daily', timezone: 'UTC', cron: '99 99 * * *' },
      '"99 99 * * *" is not a valid cron expression (minute: 99 is a invalid expression for minute; hour: 99 is a invalid expression for hour)',
    ],
    // node-cron accepts a backwards range; cron-parser, which computes the runs, does not.
    [
      { time: '08:00', days: 'daily', timezone: 'UTC', cron: '0 8 5-1 * *' },
      '"0 8 5-1 * *" is not a valid cron expression (Invalid range: 5-1, min(5) > max(1))',
    ],
  ])('rejects %j clearly', (input, message) => {
    expect(() => buildSchedule(input)).toThrow(ScheduleError);
    expect(() => buildSchedule(input)).toThrow(message);
    expect(() => buildSchedule(input)).toThrow(expect.objectContaining({ name: 'ScheduleError' }));
  });
});

describe('next runs', () => {
  it('runs at the local time in several time zones', () => {
    for (const timezone of [
      'Europe/London',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Sydney',
      'UTC',
    ]) {
      const schedule = buildSchedule({ time: '08:00', days: 'daily', timezone });
      for (const run of runs(schedule, '2026-06-01T00:00:00Z', 5))
        expect(local(run, timezone)).toMatch(/ 08:00 /);
    }
  });

  it.each([
    [
      'Europe/London',
      '2026-03-27T12:00:00Z',
      ['2026-03-28 08:00', '2026-03-29 08:00', '2026-03-30 08:00'],
    ],
    [
      'Europe/London',
      '2026-10-23T12:00:00Z',
      ['2026-10-24 08:00', '2026-10-25 08:00', '2026-10-26 08:00'],
    ],
    [
      'America/New_York',
      '2026-03-06T18:00:00Z',
      ['2026-03-07 08:00', '2026-03-08 08:00', '2026-03-09 08:00'],
    ],
    [
      'America/New_York',
      '2026-10-30T18:00:00Z',
      ['2026-10-31 08:00', '2026-11-01 08:00', '2026-11-02 08:00'],
    ],
  ])('fires once at 08:00 %s around a clock change', (timezone, from, expected) => {
    const schedule = buildSchedule({ time: '08:00', days: 'daily', timezone });
    const found = runs(schedule, from, 3);
    expect(found.map((run) => local(run, timezone).slice(0, 16))).toEqual(expected);
    // Consecutive runs are a day apart in local terms, so the UTC gap is 23 or 25 hours across
    // the change and 24 otherwise: never a second run, never a skipped day.
    const gaps = found
      .slice(1)
      .map((run, i) => (run.getTime() - (found[i] as Date).getTime()) / 3_600_000);
    expect(gaps.every((gap) => gap === 23 || gap === 24 || gap === 25)).toBe(true);
    expect(gaps).toContain(24);
  });

  it('keeps to the chosen days of the week', () => {
    const schedule = buildSchedule({ time: '09:30', days: 'mon,thu', timezone: 'Europe/Paris' });
    expect(
      runs(schedule, '2026-11-28T00:00:00Z', 4).map((run) => local(run, 'Europe/Paris')),
    ).toEqual([
      '2026-11-30 09:30 Mon',
      '2026-12-03 09:30 Thu',
      '2026-12-07 09:30 Mon',
      '2026-12-10 09:30 Thu',
    ]);
    const weekdays = buildSchedule({ time: '09:30', days: 'weekdays', timezone: 'UTC' });
    expect(runs(weekdays, '2026-11-27T12:00:00Z', 2).map((run) => local(run, 'UTC'))).toEqual([
      '2026-11-30 09:30 Mon',
      '2026-12-01 09:30 Tue',
    ]);
  });

  it('finds the previous run, counting a run exactly now', () => {
    const schedule = buildSchedule({ time: '08:00', days: 'daily', timezone: 'UTC' });
    expect(previousRun(schedule, new Date('2026-11-28T10:00:00Z')).toISOString()).toBe(
      '2026-11-28T08:00:00.000Z',
    );
    expect(previousRun(schedule, new Date('2026-11-28T08:00:00Z')).toISOString()).toBe(
      '2026-11-28T08:00:00.000Z',
    );
    expect(previousRun(schedule, new Date('2026-11-28T07:59:00Z')).toISOString()).toBe(
      '2026-11-27T08:00:00.000Z',
    );
  });

  it('agrees with node-cron, which runs the tasks, across a year of clock changes', () => {
    for (const timezone of ['Europe/London', 'America/New_York']) {
      const schedule = buildSchedule({ time: '08:00', days: 'daily', timezone });
      const task = cron.createTask(schedule.cron, () => {}, { timezone });
      for (const run of runs(schedule, '2026-01-01T00:00:00Z', 365))
        expect(task.match(run)).toBe(true);
      void task.destroy();
    }
  });
});
