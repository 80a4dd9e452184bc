import type { Article } from '../article/article.js';
import { renderBluesky } from '../platforms/bluesky/render.js';
import type { PreparedDraft } from '../platforms/fit.js';
import type { MastodonLimits } from '../platforms/mastodon/counter.js';
import { renderMastodon } from '../platforms/mastodon/render.js';
import type { PartsByPlatform } from '../platforms/parts.js';
import type { PlatformId } from '../platforms/platform.js';
import { renderX } from '../platforms/x/render.js';
import { draftTeaser, type TeaserDraft } from './draft.js';
import type { TeaserOptions } from './options.js';
import { prepareDraft } from './prepare.js';
import type { Teasers } from './teasers.js';
import { withUtm } from './utm.js';

export interface ComposeOptions {
  platforms: readonly PlatformId[];
  teaser: TeaserOptions;
  /** Split a longer summary into a thread, each part within the limit. */
  thread?: boolean;
  /** The Mastodon instance's own limits, when read; else `teaser.mastodon`'s. */
  mastodonLimits?: MastodonLimits;
}

type Renderer<P extends PlatformId> = (
  draft: PreparedDraft,
  options: ComposeOptions & { link: string },
) => Array<PartsByPlatform[P]>;

/** The engine's one door to the platforms: a platform added to PLATFORMS is a type error here until it has a renderer. */
const RENDERERS: { [P in PlatformId]: Renderer<P> } = {
  x: (draft, { teaser, link, thread = false }) => renderX(draft, { limit: teaser.x.maxWeightedLength, link, thread }),
  bluesky: (draft, { link, thread = false }) => renderBluesky(draft, { url: draft.url, link, thread }),
  mastodon: (draft, { teaser, mastodonLimits, link, thread = false }) =>
    renderMastodon(draft, {
      limits: mastodonLimits ?? teaser.mastodon,
      link,
      visibility: teaser.mastodon.visibility,
      thread,
    }),
};

/** Pure and deterministic: the same article and options always give the same teasers. */
export function composeTeasers(article: Article, options: ComposeOptions): Teasers {
  // A thread carries the whole hook across its parts: the draft then has more than a teaser's sentences.
  return renderTeasers(draftTeaser(article, { ...options.teaser, thread: options.thread === true }), options);
}

/**
 * Fits one draft to each platform asked for, each by its own counter and limit: as many sentences as fit,
 * hashtags dropped (last first) before the first sentence is cut at a word, the link exactly once.
 */
export function renderTeasers(draft: TeaserDraft, options: ComposeOptions): Teasers {
  const prepared = prepareDraft(draft);
  const render = <P extends PlatformId>(platform: P): Array<PartsByPlatform[P]> =>
    RENDERERS[platform](prepared, { ...options, link: withUtm(prepared.url, options.teaser.utm[platform]) });
  // Each key is paired with its own platform's parts; TypeScript cannot follow that through fromEntries.
  return Object.fromEntries(options.platforms.map((platform) => [platform, render(platform)])) as Teasers;
}
