import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Names per language that the teaser engine matches in text: countries (flags.ts), from i18n-iso-countries (which
 * lacks «États-Unis» and ja «中国») with Intl.DisplayNames' added, and languages (hashtags.ts: «Englisch» is no
 * tag), from Intl.DisplayNames. A process's first DisplayNames costs ICU's locale list of its kind, ~1.5 % of
 * `crier preview` (docs/operating.md, "How quickly the CLI starts"), for tables that only the ICU version changes:
 * the build writes them (display-names-data.ts) beside the built display-names.js, a file a language
 * (`display-names/fr.json`, ~10 KB). Other languages, a region-tagged one («zh-TW»), and a run from `src/` (tests)
 * ask the package and Intl, as before; a test compares both.
 */
export interface DisplayNamesTable {
  /** ISO code → [DisplayNames' name, or "" when it has none; then the package's names]. */
  countries: Record<string, string[]>;
  /** The names of LANGUAGE_CODES' languages that Intl has. */
  languages: string[];
}

/** The languages whose names the table holds: the ones a site's taxonomy may file posts under. */
const LANGUAGE_CODES =
  'ar bn cs da de el en es fa fi fr he hi hu id it ja ko ms nl no pl pt ro ru sv sw ta th tr uk ur vi zh'.split(' ');

const require = createRequire(import.meta.url);

type PackageTable = Record<string, string | string[]>;

/** The tables as the package and Intl give them now. */
export function displayNamesFromIntl(lang: string): DisplayNamesTable {
  const base = lang.split(/[-_]/)[0]?.toLowerCase() ?? lang;
  let table: PackageTable;
  try {
    table = (require(`i18n-iso-countries/langs/${base}.json`) as { countries: PackageTable }).countries;
  } catch {
    // A language the package lacks: Intl.DisplayNames alone, over the codes of the English table.
    const english = require('i18n-iso-countries/langs/en.json') as { countries: PackageTable };
    table = Object.fromEntries(Object.keys(english.countries).map((code) => [code, []]));
  }
  const regions = display([lang, base], 'region');
  const countries = Object.fromEntries(
    Object.entries(table).map(([code, value]) => [
      code,
      [nameOf(regions, code) ?? '', ...(typeof value === 'string' ? [value] : value)],
    ]),
  );
  const names = display([lang], 'language');
  const languages = LANGUAGE_CODES.flatMap((code) => nameOf(names, code) ?? []);
  return { countries, languages };
}

function display(locales: string[], type: 'region' | 'language'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(locales, { type, fallback: 'none' });
  } catch {
    return undefined;
  }
}

function nameOf(names: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    return names?.of(code);
  } catch {
    return undefined;
  }
}

const tables = new Map<string, DisplayNamesTable>();

/** The tables for a language (`fr`, `fr-CA`), from the built file when there is one (base languages only). */
export function displayNames(lang: string): DisplayNamesTable {
  let table = tables.get(lang);
  if (table === undefined) {
    table = builtTable(lang) ?? displayNamesFromIntl(lang);
    tables.set(lang, table);
  }
  return table;
}

function builtTable(lang: string): DisplayNamesTable | undefined {
  if (!/^[a-z]{2,3}$/.test(lang)) return undefined;
  try {
    return JSON.parse(
      readFileSync(new URL(`./display-names/${lang}.json`, import.meta.url), 'utf8'),
    ) as DisplayNamesTable;
  } catch {
    return undefined;
  }
}
