import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';
import { stopwords } from '../../../src/teaser/words.js';

/**
 * The built teaser engine (dist/, `npm test` builds first) reads stopwords-iso's lists from the file
 * stopwords-data.ts writes, one language a line; run from src/, it reads the package. Both must give the same
 * words for every language, with English's and without, and none for a language the package lacks.
 */
const BUILT = packagePath('dist', 'src', 'teaser', 'words.js');
const LANGUAGES = Object.keys(createRequire(import.meta.url)('stopwords-iso') as object);

test('the built stopword file gives every language the words the package gives', async () => {
  expect(existsSync(packagePath('dist', 'src', 'teaser', 'stopwords.lines'))).toBe(true);
  const built = (await import(pathToFileURL(BUILT).href)) as { stopwords: typeof stopwords };
  expect(LANGUAGES.length).toBeGreaterThan(50);
  for (const lang of [...LANGUAGES, 'xx', 'constructor', 'fr-CA', 'zh-Hant-TW']) {
    for (const withEnglish of [true, false]) {
      expect([...built.stopwords(lang, withEnglish)]).toEqual([...stopwords(lang, withEnglish)]);
    }
  }
  expect(built.stopwords('fr').has('avec')).toBe(true);
  expect(built.stopwords('xx', false).size).toBe(0);
});
