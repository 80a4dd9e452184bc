import type { Article } from '../article/article.js';
import type { Settings } from '../config.js';
import { renderBluesky } from '../platforms/bluesky/render.js';
import { renderMastodon } from '../platforms/mastodon/render.js';
import type { PlatformId } from '../platforms/platform.js';
import { renderX } from '../platforms/x/render.js';
import { draftTeaser, type TeaserDraft } from './draft.js';
import { prepareDraft } from './prepare.js';
import type { Teasers } from './teasers.js';
import { withUtm } from './utm.js';

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

/** Pure and deterministic: the same article and options always give the same teasers. */
export function composeTeasers(article: Article, options: ComposeOptions): Teasers {
  return renderTeasers(draftTeaser(article, options.settings.teaser), options);
}

/**
 * Fits one draft to each platform asked for, each by its own counter and limit: as many sentences as fit,
 * hashtags dropped (last first) before the first sentence is cut at a word, the link exactly once.
 */
export function renderTeasers(draft: TeaserDraft, options: ComposeOptions): Teasers {
  const prepared = prepareDraft(draft);
  const { settings } = options;
  const thread = options.thread ?? false;
  const link = (platform: PlatformId) => withUtm(prepared.url, settings.teaser.utm[platform]);
  const teasers: Teasers = {};
  for (const platform of options.platforms) {
    if (platform === 'x') {
      teasers.x = renderX(prepared, { limit: settings.platforms.x.maxWeightedLength, link: link('x'), thread });
    } else if (platform === 'bluesky') {
      teasers.bluesky = renderBluesky(prepared, { url: prepared.url, link: link('bluesky'), thread });
    } else {
      const { maxCharacters, charactersReservedPerUrl, visibility } = settings.platforms.mastodon;
      teasers.mastodon = renderMastodon(prepared, {
        rules: options.mastodonLimits ?? { maxCharacters, charactersReservedPerUrl },
        link: link('mastodon'),
        visibility,
        thread,
      });
    }
  }
  return teasers;
}
