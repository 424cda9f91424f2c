const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY = 86_400_000;

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * The date an article's own words for "when" stand for, counted from the date of the events it
 * reports: "on Tuesday" in a story about Wednesday 19 June is 18 June. Undefined when the words
 * do not pin a day or month down ("recently", "in the past").
 *
 * A weekday is the latest such day on or before the anchor, the way news copy uses it within
 * the week of the story; "this month" and "last month" name the month.
 */
export function dateOfWhen(when: string, anchorIso: string): string | undefined {
  const anchor = new Date(`${anchorIso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(anchor.getTime())) return undefined;
  const words = when.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const weekday = words.findIndex((word) => WEEKDAYS.includes(word));
  if (weekday >= 0) {
    const target = WEEKDAYS.indexOf(words[weekday] ?? '');
    const back = (anchor.getUTCDay() - target + 7) % 7;
    return dayFormat.format(new Date(anchor.getTime() - back * DAY));
  }
  if (words.includes('yesterday')) return dayFormat.format(new Date(anchor.getTime() - DAY));
  if (words.includes('today')) return dayFormat.format(anchor);
  const month = words.indexOf('month');
  if (month > 0 && words[month - 1] === 'this') return monthFormat.format(anchor);
  if (month > 0 && words[month - 1] === 'last') {
    const previous = new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1, 1));
    return monthFormat.format(previous);
  }
  return undefined;
}
