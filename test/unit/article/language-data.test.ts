import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@jest/globals';
import { detectLanguage } from '../../../src/article/language.js';
import { packagePath } from '../../../src/paths.js';
import { CORPUS, SHARED } from './support.js';

/**
 * The built detector (dist/, `npm test` builds first) reads eld's n-grams from the file eld-data.ts writes and
 * parses each on demand; run from src/, the detector loads eld's own module. Both must answer alike.
 */
const BUILT = packagePath('dist', 'src', 'article', 'language.js');
const DEV = packagePath('test', 'eval', 'dev');

function texts(): string[] {
  const files = [
    ...readdirSync(CORPUS).map((name) => `${CORPUS}${name}`),
    ...readdirSync(DEV).map((name) => `${DEV}/${name}`),
    `${SHARED}seed-article.txt`,
  ].filter((file) => !file.endsWith('.json'));
  // Whole articles, and short pieces of them, where the detector is least sure.
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [text, text.slice(0, 80), text.slice(text.length >> 1, (text.length >> 1) + 120)];
  });
}

test('the built n-gram file detects every language as eld’s own module does', async () => {
  expect(existsSync(packagePath('dist', 'src', 'article', 'eld-extrasmall.ngrams'))).toBe(true);
  const built = (await import(pathToFileURL(BUILT).href)) as { detectLanguage: typeof detectLanguage };
  const all = texts();
  expect(all.length).toBeGreaterThan(300);
  for (const text of all) expect(await built.detectLanguage(text)).toBe(await detectLanguage(text));
});
