import { createHash } from 'node:crypto';
import type { Article } from '../../article/article.js';
import type { ComposeOptions } from '../../teaser/compose.js';

/**
 * One model call per article version: the cache key hashes what the answer depends on — the endpoint and
 * model, the prompt, the article's content, the platforms and the limits. A retry or a re-compose of the same
 * version finds the answer; an edited article, prompt or model asks again.
 */
export function aiCacheKey(input: {
  url: string;
  model: string;
  prompt: string;
  article: Article;
  options: Omit<ComposeOptions, 'teaser'> & Partial<Pick<ComposeOptions, 'teaser'>>;
}): string {
  const { article, options } = input;
  const content = [article.url, article.title, article.lang, article.summary ?? '', article.tags, article.body];
  const limits = [options.platforms, options.thread ?? false, options.mastodonLimits ?? null, options.teaser ?? null];
  return createHash('sha256')
    .update(JSON.stringify([input.url, input.model, input.prompt, content, limits]))
    .digest('base64url');
}
