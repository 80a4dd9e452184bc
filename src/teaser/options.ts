import type { MastodonLimits } from '../platforms/mastodon/counter.js';
import type { MastodonVisibility } from '../platforms/mastodon/part.js';
import type { PlatformId } from '../platforms/platform.js';
import type { DraftOptions } from './draft.js';
import type { Utm } from './utm.js';

/** What the engine reads from the operator's settings, and nothing else. */
export interface TeaserOptions extends DraftOptions {
  /** UTM parameters added to the link, per platform (none by default). */
  utm: { readonly [P in PlatformId]?: Utm };
  x: { maxWeightedLength: number };
  /** Mastodon's limits until the instance's own are known, and the posts' visibility. */
  mastodon: MastodonLimits & { visibility: MastodonVisibility };
}

/**
 * The operator's settings as config.ts's `Settings` holds them, described here by shape: the engine never
 * imports config.ts (the architecture check forbids it), and the edges (CLI, API, compose worker) hand their
 * `Settings` to `teaserOptions` once.
 */
interface TeaserSettings {
  teaser: DraftOptions & Pick<TeaserOptions, 'utm'>;
  platforms: Pick<TeaserOptions, 'x' | 'mastodon'>;
}

export function teaserOptions({ teaser, platforms }: TeaserSettings): TeaserOptions {
  const { maxCharacters, charactersReservedPerUrl, visibility } = platforms.mastodon;
  return {
    maxHashtags: teaser.maxHashtags,
    maxEmoji: teaser.maxEmoji,
    utm: teaser.utm,
    x: { maxWeightedLength: platforms.x.maxWeightedLength },
    mastodon: { maxCharacters, charactersReservedPerUrl, visibility },
  };
}
