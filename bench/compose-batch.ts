import type { Article } from '../src/article/article.js';
import type { Settings } from '../src/config.js';
import { PLATFORMS } from '../src/platforms/platform.js';
import { composeTeasers } from '../src/teaser/compose.js';
import { teaserOptions } from '../src/teaser/options.js';

/**
 * One unit of benchmark work: compose `count` articles for every platform, cycling through the corpus
 * from `offset`. Returns a checksum of the lengths so no engine can skip the work.
 */
export function composeBatch(articles: readonly Article[], settings: Settings, offset: number, count: number): number {
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const article = articles[(offset + i) % articles.length];
    if (!article) continue;
    const teasers = composeTeasers(article, { platforms: PLATFORMS, teaser: teaserOptions(settings) });
    for (const parts of Object.values(teasers)) for (const part of parts) checksum += part.length;
  }
  return checksum;
}
