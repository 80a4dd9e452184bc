/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes the country names of every
 * language i18n-iso-countries has, with Intl.DisplayNames' (country-names.ts), beside the built
 * country-names.js, a file a language: `country-names/fr.json`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { countryTableFromIntl } from './country-names.js';

const folder = dirname(createRequire(import.meta.url).resolve('i18n-iso-countries/langs/en.json'));
const languages = readdirSync(folder)
  .flatMap((file) => (/^[a-z]{2,3}\.json$/.test(file) ? [file.slice(0, -'.json'.length)] : []))
  .sort();
const out = new URL('./country-names/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const lang of languages) writeFileSync(new URL(`${lang}.json`, out), JSON.stringify(countryTableFromIntl(lang)));
