import { calendarList } from '../text/calendar-names.js';
import { pathOf } from './hosts.js';
import { baseLang } from './text.js';

/**
 * Days a text names, read against the day the piece was published (docs/teasers.md, "Emoji"): a report tells of
 * an event in words no list has («Op woensdag 24 juni was developer.overheid.nl te gast», «Afgelopen 12 januari
 * vierde we…»), but the day it names is behind the day it was written.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** A date the address writes (…/2026/07/01/…, …/2024-01-22-title): year, month and, where given, day. */
const ADDRESS_DATE = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/-]|$)/u;

/** When the piece was published: its own date, else the one its address writes (the first of the month if no day). */
export function publishedOn(date: string | undefined, url: string | undefined): Date | undefined {
  if (date !== undefined) {
    const own = new Date(date);
    if (!Number.isNaN(own.getTime())) return own;
  }
  const pathname = pathOf(url);
  if (pathname === undefined) return undefined;
  const m = ADDRESS_DATE.exec(pathname);
  return m === null ? undefined : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
}

const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

interface DayPatterns {
  /** Folded month name → month index (0–11). */
  months: Map<string, number>;
  dayFirst: RegExp;
  monthFirst: RegExp;
}
const patternsByLang = new Map<string, DayPatterns>();

/** A day's date in words: «24 juni», «12 de enero de 2024», «June 24th, 2026», «24 июня», in the language and English. */
function dayPatterns(lang: string): DayPatterns {
  const base = baseLang(lang);
  let patterns = patternsByLang.get(base);
  if (patterns !== undefined) return patterns;
  const months = new Map<string, number>();
  for (const locale of [base, 'en']) {
    for (const list of ['month-parts-long', 'month-parts-short'] as const) {
      (calendarList(locale, list) ?? []).forEach((name, i) => {
        const key = name.toLowerCase().replace(/\.$/u, '');
        // Unspaced scripts write the month with digits («6月»): `NUMERIC_DAY` reads those.
        if (key !== '' && !/\p{N}/u.test(key) && !months.has(key)) months.set(key, i);
      });
    }
  }
  const names = [...months.keys()]
    .sort((a, b) => b.length - a.length)
    .map(literally)
    .join('|');
  const year = '(?:,?\\s+(?:de\\s+)?((?:19|20)\\d\\d))?';
  patterns = {
    months,
    dayFirst: new RegExp(
      `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+|of\\s+)?(${names})\\.?(?![\\p{L}])${year}`,
      'giu',
    ),
    monthFirst: new RegExp(
      `(?<![\\p{L}\\p{N}])(${names})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])${year}`,
      'giu',
    ),
  };
  patternsByLang.set(base, patterns);
  return patterns;
}

/** A day in digits with the words for month and day of Chinese, Japanese and Korean («6月24日», «2019年11月9日», «6월 24일»). */
const NUMERIC_DAY = /(?:((?:19|20)\d\d)\s*[年년]\s*)?(?<!\p{N})(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/gu;

/**
 * A day named without its year is the one of the year nearest the publication: «15 January» in a piece of
 * 20 December is next month's, «28 December» in one of 5 January last month's.
 */
function nearest(month: number, day: number, year: number | undefined, published: Date): number {
  if (year !== undefined) return Date.UTC(year, month, day);
  const y = published.getUTCFullYear();
  return [y - 1, y, y + 1]
    .map((candidate) => Date.UTC(candidate, month, day))
    .reduce((best, t) => (Math.abs(t - published.getTime()) < Math.abs(best - published.getTime()) ? t : best));
}

/** The days the text names, as times. */
function namedDays(text: string, lang: string, published: Date): number[] {
  const { months, dayFirst, monthFirst } = dayPatterns(lang);
  const days: number[] = [];
  const add = (month: number | undefined, day: number, year: string | undefined) => {
    if (month !== undefined && day >= 1 && day <= 31)
      days.push(nearest(month, day, year === undefined ? undefined : Number(year), published));
  };
  for (const m of text.matchAll(dayFirst)) add(months.get((m[2] ?? '').toLowerCase()), Number(m[1]), m[3]);
  for (const m of text.matchAll(monthFirst)) add(months.get((m[1] ?? '').toLowerCase()), Number(m[2]), m[3]);
  for (const m of text.matchAll(NUMERIC_DAY)) add(Number(m[2]) - 1, Number(m[3]), m[1]);
  return days;
}

/**
 * The texts name a day, and every day they name is before the day the piece was published: what they tell of has
 * happened (a report), nothing is still to come.
 */
export function namesOnlyPastDays(texts: readonly string[], lang: string, published: Date): boolean {
  const before = Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), published.getUTCDate());
  const days = texts.flatMap((t) => namedDays(t, lang, published));
  return days.length > 0 && days.every((t) => t < before && before - t < 366 * DAY_MS);
}
