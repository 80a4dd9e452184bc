import type { Article } from '../article/article.js';
import type { Settings } from '../config.js';
import type { PlatformId } from '../platforms/platform.js';
import { draftTeaser } from './draft.js';
import type { Teasers } from './teasers.js';

/** Mastodon's counting rules, read from the instance (`/api/v2/instance`) when known. */
export interface MastodonLimits {
  maxCharacters: number;
  charactersReservedPerUrl: number;
}

export interface ComposeOptions {
  platforms: readonly PlatformId[];
  settings: Settings;
  /** Split a longer summary into a thread, each part within the limit. */
  thread?: boolean;
  mastodonLimits?: MastodonLimits;
}

/**
 * Pure and deterministic: the same article and options always give the same teasers.
 * Placeholder until the renderers land: the draft's first sentence and the link, uncounted.
 */
export function composeTeasers(article: Article, options: ComposeOptions): Teasers {
  const draft = draftTeaser(article, options.settings.teaser);
  const text = `${draft.sentences[0] ?? draft.title}\n${draft.url}`;
  const teasers: Teasers = {};
  for (const platform of options.platforms) {
    if (platform === 'x') teasers.x = [{ text, length: 0, limit: 280 }];
    if (platform === 'bluesky') teasers.bluesky = [{ text, length: 0, limit: 300, facets: [], langs: [draft.lang] }];
    if (platform === 'mastodon')
      teasers.mastodon = [{ text, length: 0, limit: 500, language: draft.lang, visibility: 'public' }];
  }
  return teasers;
}
