import { describe, expect, test } from '@jest/globals';
import { namesOnlyPastDays, publishedOn } from '../../../src/teaser/dates.js';

describe('the day a piece was published: its own date, else its address’s', () => {
  test.each([
    ['2026-03-20T10:00:00.000Z', 'https://example.org/blog/2025/01/01/x', '2026-03-20T10:00:00.000Z'],
    [undefined, 'https://example.org/blog/2026/07/01/cio-dag', '2026-07-01T00:00:00.000Z'],
    [undefined, 'https://example.org/2024/01/22/domeindag.html', '2024-01-22T00:00:00.000Z'],
    [undefined, 'https://example.org/posts/2024-01-22-domeindag', '2024-01-22T00:00:00.000Z'],
    // A month without its day: the first of the month, the earliest it can be.
    [undefined, 'https://example.org/nl/blog/2026/06/korting', '2026-06-01T00:00:00.000Z'],
  ])('%s %s → %s', (date, url, expected) => {
    expect(publishedOn(date, url)?.toISOString()).toBe(expected);
  });

  test.each([
    'https://example.org/tr/async/',
    // A version is no date.
    'https://example.org/blog/widget-1-12-4',
  ])('%s has none', (url) => {
    expect(publishedOn(undefined, url)).toBeUndefined();
  });
});

describe('days a text names, read against the day it was published', () => {
  const on = new Date('2026-07-01T00:00:00.000Z');
  test.each([
    ['nl', 'Op woensdag 24 juni was de community te gast.', true],
    ['es', 'El encuentro fue el 24 de junio de 2026 en Quito.', true],
    ['de', 'Am 24. Juni trafen wir uns in Köln.', true],
    ['en', 'We met on June 24th.', true],
    ['ko', '6월 24일 서울에서 만났습니다.', true],
    ['en', 'We meet on July 18.', false],
    ['en', 'We met on June 24 and meet again on July 18.', false],
    ['en', 'We met in June.', false],
    // A day of another year is history, not the event's report.
    ['en', 'Java came out on 23 May 1995.', false],
  ])('%s «%s» → %s', (lang, text, past) => {
    expect(namesOnlyPastDays([text], lang, on)).toBe(past);
  });
});
