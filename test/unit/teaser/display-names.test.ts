import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';
import { displayNames } from '../../../src/teaser/display-names.js';

/**
 * Built (dist/, `npm test` builds first), the country and language names come from the files
 * display-names-data.ts writes; run from src/, from i18n-iso-countries and Intl. Both must give the same tables for
 * every language, and the package's and Intl's answer for one without a file (a region-tagged language, one the
 * package lacks).
 */
const BUILT = packagePath('dist', 'src', 'teaser', 'display-names.js');

test('the built files give every language the names the package and Intl give', async () => {
  const folder = packagePath('dist', 'src', 'teaser', 'display-names');
  expect(existsSync(`${folder}/fr.json`)).toBe(true);
  const built = (await import(pathToFileURL(BUILT).href)) as { displayNames: typeof displayNames };
  const files = readdirSync(folder).map((file) => file.replace(/\.json$/, ''));
  for (const lang of [...files, 'zh-TW', 'pt-BR', 'tl', 'xx'])
    expect(built.displayNames(lang)).toEqual(displayNames(lang));
  expect(built.displayNames('fr').countries.US).toEqual(expect.arrayContaining(['États-Unis']));
  expect(built.displayNames('ja').countries.CN).toEqual(expect.arrayContaining(['中国']));
  expect(built.displayNames('de').languages).toContain('Englisch');
});
