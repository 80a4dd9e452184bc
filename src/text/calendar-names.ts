import { readFileSync } from 'node:fs';

/**
 * Month and weekday names as Intl.DateTimeFormat writes them, for the teaser engine's word lists. The first
 * DateTimeFormat of a process loads ICU's calendar and time zone data, a few milliseconds of `crier preview`,
 * which wants the names only: the build writes every list for the languages ICU has among stopwords-iso's
 * (calendar-data.ts), one language a line, `language TAB lists-as-JSON`. Other languages, and a run from
 * `src/` (tests), ask Intl, as before; a test compares both.
 */
export type CalendarList = 'month-parts-long' | 'month-parts-short' | 'months' | 'weekdays';

const dates = (count: number, date: (i: number) => number): number[] =>
  Array.from({ length: count }, (_, i) => date(i));

const LISTS: Record<CalendarList, { options: Intl.DateTimeFormatOptions; dates: number[]; monthParts: boolean }> = {
  // The month part of a day's date (the 3rd of each month), long and short: «3 janvier», «3 janv.».
  'month-parts-long': {
    options: { month: 'long', day: 'numeric' },
    dates: dates(12, (i) => Date.UTC(2024, i, 3)),
    monthParts: true,
  },
  'month-parts-short': {
    options: { month: 'short', day: 'numeric' },
    dates: dates(12, (i) => Date.UTC(2024, i, 3)),
    monthParts: true,
  },
  // Long names on their own: the 1st of each month; 2024-01-01 is a Monday, seven days from it.
  months: { options: { month: 'long' }, dates: dates(12, (i) => Date.UTC(2024, i, 1)), monthParts: false },
  weekdays: { options: { weekday: 'long' }, dates: dates(7, (i) => Date.UTC(2024, 0, 1 + i)), monthParts: false },
};

export const CALENDAR_LISTS = Object.keys(LISTS) as CalendarList[];

/** The list as Intl writes it; undefined when Intl refuses the locale. */
export function calendarListFromIntl(locale: string, list: CalendarList): string[] | undefined {
  const { options, dates, monthParts } = LISTS[list];
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  } catch {
    return undefined;
  }
  if (!monthParts) return dates.map((date) => format.format(date));
  return dates.flatMap((date) => format.formatToParts(date).flatMap((p) => (p.type === 'month' ? [p.value] : [])));
}

let lines: string | null | undefined;

/** The list for a language (`fr`, `en`: a base language), from the built file when it has the language. */
export function calendarList(lang: string, list: CalendarList): string[] | undefined {
  if (lines === undefined) {
    try {
      lines = `\n${readFileSync(new URL('./calendar-names.lines', import.meta.url), 'utf8')}`;
    } catch {
      lines = null;
    }
  }
  const start = lines === null ? -1 : lines.indexOf(`\n${lang}\t`);
  if (lines === null || start < 0) return calendarListFromIntl(lang, list);
  const from = start + lang.length + 2;
  return (JSON.parse(lines.slice(from, lines.indexOf('\n', from))) as Record<CalendarList, string[]>)[list];
}
