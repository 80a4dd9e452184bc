/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes the country and language names
 * of every language i18n-iso-countries has (display-names.ts) beside the built display-names.js, a file a
 * language: `display-names/fr.json`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { displayNamesFromIntl } from './display-names.js';

const folder = dirname(createRequire(import.meta.url).resolve('i18n-iso-countries/langs/en.json'));
const languages = readdirSync(folder)
  .flatMap((file) => (/^[a-z]{2,3}\.json$/.test(file) ? [file.slice(0, -'.json'.length)] : []))
  .sort();
const out = new URL('./display-names/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const lang of languages) writeFileSync(new URL(`${lang}.json`, out), JSON.stringify(displayNamesFromIntl(lang)));
