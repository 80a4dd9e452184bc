import type { Article } from '../article/article.js';
import { blueskyCounter } from '../platforms/bluesky/counter.js';
import { blueskyFacets } from '../platforms/bluesky/facets.js';
import { mastodonCounter } from '../platforms/mastodon/counter.js';
import type { PartsByPlatform } from '../platforms/parts.js';
import type { PlatformId } from '../platforms/platform.js';
import { xCounter } from '../platforms/x/counter.js';
import type { ComposeOptions } from './compose.js';
import type { Teasers } from './teasers.js';
import { withUtm } from './utm.js';

/**
 * The operator's own text for a platform (docs/operator.md, "Edit"): checked by the same counters, the same
 * facet detection and the same link rule as a generated teaser, and turned into the same part type, so an
 * edited post is never refused for its length. The rule on the link: the article's canonical URL appears in
 * the text exactly once (X and Mastodon then send the platform's UTM link in its place; Bluesky shows the
 * canonical URL and links the facet and the card to the UTM link, as its renderer does).
 */
export class OperatorTextError extends Error {
  override name = 'OperatorTextError';
  constructor(
    readonly platform: PlatformId,
    readonly problem: string,
    readonly hint: string,
    /** The platform's own count and limit, when the text was measured (a live counter shows them). */
    readonly measured?: { length: number; limit: number },
  ) {
    super(`${platform} text: ${problem}; ${hint}`);
  }
}

type Card = Pick<Article, 'url' | 'title' | 'lang' | 'summary'>;

const PLATFORM_NAMES: Record<PlatformId, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** One part (operator texts are one post, not a thread) for `platform`, or an OperatorTextError saying what to fix. */
export function operatorParts<P extends PlatformId>(
  platform: P,
  raw: string,
  card: Card,
  options: ComposeOptions,
): Array<PartsByPlatform[P]> {
  const text = raw.normalize('NFC').trim();
  if (text === '')
    throw new OperatorTextError(platform, 'the text is empty', 'write the post, or leave the platform out');
  const links = occurrences(text, card.url);
  if (links !== 1) {
    throw new OperatorTextError(
      platform,
      links === 0 ? `the article's link ${card.url} is missing` : `the article's link appears ${links} times`,
      `put ${card.url} in the text exactly once`,
    );
  }
  const link = withUtm(card.url, options.teaser.utm[platform]);
  const sent = platform === 'bluesky' ? text : text.replace(card.url, link);
  const counter =
    platform === 'x'
      ? xCounter(options.teaser.x.maxWeightedLength)
      : platform === 'mastodon'
        ? mastodonCounter(options.mastodonLimits ?? options.teaser.mastodon)
        : blueskyCounter();
  const measure = counter.measure(sent);
  if (!measure.within) {
    const over = measure.length - counter.limit;
    throw new OperatorTextError(
      platform,
      over > 0
        ? `${measure.length} of ${counter.limit} by ${PLATFORM_NAMES[platform]}'s own count`
        : `${PLATFORM_NAMES[platform]} would refuse it (invalid characters)`,
      over > 0 ? `shorten it by ${over}` : 'remove U+FFFE, U+FEFF and U+FFFF',
      { length: measure.length, limit: counter.limit },
    );
  }
  const base = { text: sent, length: measure.length, limit: counter.limit };
  if (platform === 'bluesky') {
    const part: PartsByPlatform['bluesky'] = {
      ...base,
      facets: blueskyFacets(sent, { display: card.url, uri: link }),
      langs: [card.lang],
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: link, title: card.title, description: (card.summary ?? '').slice(0, 300) },
      },
    };
    return [part as PartsByPlatform[P]];
  }
  if (platform === 'mastodon') {
    const part: PartsByPlatform['mastodon'] = {
      ...base,
      language: (card.lang.split('-')[0] ?? card.lang).toLowerCase(),
      visibility: options.teaser.mastodon.visibility,
    };
    return [part as PartsByPlatform[P]];
  }
  return [base as PartsByPlatform[P]];
}

/** The teasers with each platform's operator text in place of the generated one; every problem is thrown. */
export function withOperatorTexts(
  teasers: Teasers,
  texts: Partial<Record<PlatformId, string>> | undefined,
  card: Card,
  options: ComposeOptions,
): Teasers {
  if (!texts) return teasers;
  const out: Teasers = { ...teasers };
  for (const [platform, text] of Object.entries(texts) as Array<[PlatformId, string | undefined]>) {
    if (text === undefined || !(platform in teasers)) continue;
    (out as Record<PlatformId, unknown>)[platform] = operatorParts(platform, text, card, options);
  }
  return out;
}
