import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Country names per language, for flags.ts: i18n-iso-countries' (which lacks «États-Unis» and ja «中国») with
 * Intl.DisplayNames' added. A language's first DisplayNames costs ICU's locale list of its kind and region data,
 * ~1.5 % of `crier preview` (docs/operating.md, "How quickly the CLI starts"), for a table that only the ICU
 * version changes: the build writes it (country-data.ts) beside the built country-names.js, a file a language
 * (`country-names/fr.json`, ~10 KB). Other languages, a region-tagged one («zh-TW»), and a run from `src/` (tests) ask
 * the package and Intl, as before; a test compares both.
 */

/** ISO code → [DisplayNames' name, or "" when it has none; then the package's names]. */
export type CountryTable = Record<string, string[]>;

const require = createRequire(import.meta.url);

type PackageTable = Record<string, string | string[]>;

/** The table as the package and Intl give it now. */
export function countryTableFromIntl(lang: string): CountryTable {
  const base = lang.split(/[-_]/)[0]?.toLowerCase() ?? lang;
  let table: PackageTable;
  try {
    table = (require(`i18n-iso-countries/langs/${base}.json`) as { countries: PackageTable }).countries;
  } catch {
    // A language the package lacks: Intl.DisplayNames alone, over the codes of the English table.
    const english = require('i18n-iso-countries/langs/en.json') as { countries: PackageTable };
    table = Object.fromEntries(Object.keys(english.countries).map((code) => [code, []]));
  }
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames([lang, base], { type: 'region', fallback: 'none' });
  } catch {
    display = undefined;
  }
  return Object.fromEntries(
    Object.entries(table).map(([code, value]) => {
      let local: string | undefined;
      try {
        local = display?.of(code);
      } catch {
        local = undefined;
      }
      return [code, [local ?? '', ...(typeof value === 'string' ? [value] : value)]];
    }),
  );
}

const tables = new Map<string, CountryTable>();

/** The table for a language (`fr`, `fr-CA`), from the built file when there is one (base languages only). */
export function countryTable(lang: string): CountryTable {
  let table = tables.get(lang);
  if (table === undefined) {
    table = builtTable(lang) ?? countryTableFromIntl(lang);
    tables.set(lang, table);
  }
  return table;
}

function builtTable(lang: string): CountryTable | undefined {
  if (!/^[a-z]{2,3}$/.test(lang)) return undefined;
  try {
    return JSON.parse(readFileSync(new URL(`./country-names/${lang}.json`, import.meta.url), 'utf8')) as CountryTable;
  } catch {
    return undefined;
  }
}
