import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { checkAll, type EvalArticle, manifestArticles, type Violation } from './checks.js';

/**
 * The mechanical checks on the whole evaluation set (test/eval/README.md): every article of dev/ and test/ and
 * the sample article, through the preview's path, on X, Bluesky and Mastodon. The violations must be exactly
 * those committed in known-violations.json, so that a change to the engine shows every violation it fixes or
 * adds in the diff. After such a change:
 *
 *   npm run build && UPDATE_KNOWN_VIOLATIONS=1 npm run jest -- test/eval/mechanical.test.ts
 *
 * (Only the verdicts are compared, never the posts themselves: reading posts is the blind reader's job.)
 */

const KNOWN = 'test/eval/known-violations.json';

const ARTICLES: EvalArticle[] = [
  ...manifestArticles('test/eval/dev', 'dev'),
  ...manifestArticles('test/eval/test', 'test'),
  {
    path: 'config/sample-article.md',
    name: 'config/sample-article.md',
    url: 'https://example.org/2026/11/wild-bees-city-parks',
    lang: 'en',
  },
];

describe('the evaluation set, checked mechanically', () => {
  test('has at least 120 articles in at least 15 languages', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(121);
    expect(new Set(ARTICLES.map((a) => a.lang.split('-')[0])).size).toBeGreaterThanOrEqual(15);
  });

  test('the violations are exactly the known ones', async () => {
    const found = await checkAll(ARTICLES);
    if (process.env.UPDATE_KNOWN_VIOLATIONS) writeFileSync(KNOWN, `${JSON.stringify(found, null, 1)}\n`);
    const known = JSON.parse(readFileSync(KNOWN, 'utf8')) as Violation[];
    expect(found).toEqual(known);
  }, 120_000);
});
