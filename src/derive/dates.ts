import { months } from './name-words.ts';

const monthNumber = (name: string): number | undefined => {
  const index = [
    'jan',
    'feb',
    'mar',
    'apr',
    'may',
    'jun',
    'jul',
    'aug',
    'sep',
    'oct',
    'nov',
    'dec',
  ].indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 || !months.has(name.replace(/\.$/, '')) ? undefined : index + 1;
};

const weekday = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
const monthName = String.raw`([A-Z][a-z]{2,8}\.?)`;
const dayMonthYear = new RegExp(
  String.raw`\b${weekday}(\d{1,2})(?:st|nd|rd|th)?\s+${monthName},?\s+(\d{4})\b`,
);
const monthDayYear = new RegExp(
  String.raw`\b${weekday}${monthName}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`,
);
const isoDay = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The first calendar date written in `text` ("Saturday, July 20, 2024" → 2024-07-20). */
export function findDate(text: string): string | undefined {
  const a = isoDay.exec(text);
  if (a) return iso(Number(a[1]), Number(a[2]), Number(a[3]));
  const b = dayMonthYear.exec(text);
  const bMonth = b ? monthNumber(b[2] ?? '') : undefined;
  if (b && bMonth) return iso(Number(b[3]), bMonth, Number(b[1]));
  const c = monthDayYear.exec(text);
  const cMonth = c ? monthNumber(c[1] ?? '') : undefined;
  if (c && cMonth) return iso(Number(c[3]), cMonth, Number(c[2]));
  return undefined;
}

/**
 * Whether a line is a date line rather than prose: a date with at most a few words around it
 * ("Published: 20 July 2024 10:00 BST", "Updated June 12, 2025").
 */
export function isDateLine(line: string): boolean {
  if (!findDate(line)) return false;
  const rest = line
    .replace(dayMonthYear, '')
    .replace(monthDayYear, '')
    .replace(isoDay, '')
    .replace(/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\b/gi, '')
    .replace(/\b(?:published|updated|posted|last|modified|on|at|GMT|BST|UTC|[ECMP][SD]T)\b/gi, '');
  return (
    rest
      .replace(/[^\p{L}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter(Boolean).length <= 2
  );
}
