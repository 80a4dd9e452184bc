import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';
import { countryTable } from '../../../src/teaser/country-names.js';

/**
 * Built (dist/, `npm test` builds first), the country names come from the files country-data.ts writes; run from
 * src/, from i18n-iso-countries and Intl. Both must give the same table for every language, and the package's
 * and Intl's answer for one without a file (a region-tagged language, one the package lacks).
 */
const BUILT = packagePath('dist', 'src', 'teaser', 'country-names.js');

test('the built country files give every language the names the package and Intl give', async () => {
  const folder = packagePath('dist', 'src', 'teaser', 'country-names');
  expect(existsSync(`${folder}/fr.json`)).toBe(true);
  const built = (await import(pathToFileURL(BUILT).href)) as { countryTable: typeof countryTable };
  const files = readdirSync(folder).map((file) => file.replace(/\.json$/, ''));
  for (const lang of [...files, 'zh-TW', 'pt-BR', 'tl', 'xx'])
    expect(built.countryTable(lang)).toEqual(countryTable(lang));
  expect(built.countryTable('fr').US).toEqual(expect.arrayContaining(['États-Unis']));
  expect(built.countryTable('ja').CN).toEqual(expect.arrayContaining(['中国']));
});
