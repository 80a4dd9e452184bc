import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';
import { CALENDAR_LISTS, calendarList } from '../../../src/text/calendar-names.js';

/**
 * Built (dist/, `npm test` builds first), the month and weekday names come from the file calendar-data.ts
 * writes; run from src/, from Intl. Both must give the same lists for every language, and Intl's answer for a
 * language the file lacks (`la`, which ICU does not have, `tl`, which it reads as Filipino).
 */
const BUILT = packagePath('dist', 'src', 'text', 'calendar-names.js');
const LANGUAGES = Object.keys(createRequire(import.meta.url)('stopwords-iso') as object);

test('the built calendar file gives every language the names Intl gives', async () => {
  expect(existsSync(packagePath('dist', 'src', 'text', 'calendar-names.lines'))).toBe(true);
  const built = (await import(pathToFileURL(BUILT).href)) as { calendarList: typeof calendarList };
  for (const lang of [...LANGUAGES, 'xx', 'zz-invalid-tag!']) {
    for (const list of CALENDAR_LISTS) expect(built.calendarList(lang, list)).toEqual(calendarList(lang, list));
  }
  expect(built.calendarList('fr', 'month-parts-short')).toContain('janv.');
  expect(built.calendarList('de', 'weekdays')?.[0]).toBe('Montag');
});
