/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes Intl's month and weekday
 * lists (calendar-names.ts) beside the built calendar-names.js, for each language of stopwords-iso that ICU has
 * as itself (not one it falls back from, such as `la` to the default locale), one language a line.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CALENDAR_LISTS, calendarListFromIntl } from './calendar-names.js';

const languages = Object.keys(createRequire(import.meta.url)('stopwords-iso') as object).sort();
const lines = languages.flatMap((lang) => {
  if (/[\t\n]/.test(lang) || new Intl.DateTimeFormat(lang).resolvedOptions().locale.split('-')[0] !== lang) return [];
  const lists = Object.fromEntries(CALENDAR_LISTS.map((list) => [list, calendarListFromIntl(lang, list)]));
  return Object.values(lists).includes(undefined) ? [] : [`${lang}\t${JSON.stringify(lists)}`];
});
writeFileSync(new URL('./calendar-names.lines', import.meta.url), `${lines.join('\n')}\n`);
