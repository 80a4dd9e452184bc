import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/article/article.js';
import { loadArticle } from '../../../src/article/load.js';
import { PACKAGE_ROOT } from '../../../src/paths.js';

/** The shared corpus and the seed (`../shared` next to the checkout), read through the real intake. */
const SHARED = join(PACKAGE_ROOT, '..', 'shared');

interface ManifestEntry {
  file: string;
  lang: string;
  url: string;
  title: string;
}

export function manifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(join(SHARED, 'corpus', 'manifest.json'), 'utf8')) as ManifestEntry[];
}

const FETCH = { timeoutMs: 1000, maxBytes: 5 * 1024 * 1024, maxRedirects: 0, allowPrivateAddresses: false };

/** A corpus article by the start of its file name ("11-en"), with the manifest's URL and language. */
export async function corpusArticle(prefix: string): Promise<Article> {
  const entry = manifest().find((e) => e.file.startsWith(prefix));
  if (entry === undefined) throw new Error(`no corpus article starts with ${prefix}`);
  return loadArticle(join(SHARED, 'corpus', entry.file), { url: entry.url, lang: entry.lang, fetch: FETCH });
}

export async function allCorpusArticles(): Promise<Article[]> {
  return Promise.all(manifest().map((e) => corpusArticle(e.file)));
}

export function seedArticle(): Promise<Article> {
  return loadArticle(join(SHARED, 'seed-article.txt'), {
    url: 'https://example.org/chine-ia',
    lang: 'fr',
    fetch: FETCH,
  });
}
