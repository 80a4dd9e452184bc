import type { PreparedDraft } from '../fit.js';
import { type Chunks, type FittedPart, fitFirstPart, fitFollowingParts, tagsAboveLink } from '../fit.js';
import { blueskyCounter } from './counter.js';
import { blueskyFacets, type ShownLink } from './facets.js';
import type { BlueskyPart } from './part.js';

export interface BlueskyRenderOptions {
  /** The canonical link as readers should see it. */
  url: string;
  /** Where the link leads: `url` with UTM parameters when configured. */
  link: string;
  thread: boolean;
}

/**
 * The link as Bluesky's own app shows it (its `toShortUrl`): host and path without the scheme, the path cut to
 * 13 characters and "..." when longer than 15 (docs/teasers.md, "The link on Bluesky"). The text counts
 * these few graphemes, the link facet carries the full link (UTM parameters included) and the card shows
 * the page: a long URL or a campaign query costs no hashtag.
 */
function shownLink(url: string, link: string): ShownLink {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { display: url, uri: link };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { display: url, uri: link };
  const path = (parsed.pathname === '/' ? '' : parsed.pathname) + parsed.search + parsed.hash;
  const display = path.length > 15 ? `${parsed.host}${path.slice(0, 13)}...` : `${parsed.host}${path}`;
  return { display, uri: link };
}

/**
 * Bluesky: X's shape (link last, where the card shows) with a second emoji that may close the hook,
 * plus facets for the link and each hashtag, `langs`, and the link card on the first part.
 */
export function renderBluesky(draft: PreparedDraft, options: BlueskyRenderOptions): BlueskyPart[] {
  const counter = blueskyCounter();
  const link = shownLink(options.url, options.link);
  const layout = (hook: Chunks, hashtags: readonly string[], close: boolean): Chunks => {
    const headline = [draft.lead, ...(hook.length > 0 ? [hook] : []), close ? draft.close : undefined]
      .filter((part) => part !== undefined)
      .flatMap((part, i) => [...(i > 0 ? [' '] : []), ...(typeof part === 'string' ? [part] : part)]);
    const tail = tagsAboveLink(hashtags, link.display);
    return headline.length > 0 ? [...headline, '\n\n', ...tail] : tail;
  };
  const fitted = (pieces: readonly string[]) =>
    fitFirstPart({
      pieces,
      hashtags: draft.hashtags,
      hasClose: draft.close !== undefined,
      lang: draft.lang,
      counter,
      layout,
    });
  // The card, built here, shows the title right under the post: a lede that says it by itself may open the post
  // alone (src/teaser/under-card.ts), when it fits whole. Without a title the card shows none, and the post keeps it.
  const underCard =
    draft.title !== '' && draft.cardPieces !== undefined && !options.thread ? fitted(draft.cardPieces) : undefined;
  const first = underCard !== undefined && underCard.rest.length === 0 ? underCard : fitted(draft.pieces);
  const following: FittedPart[] = options.thread ? fitFollowingParts(first.rest, draft.lang, counter) : [];
  const langs = [draft.lang];
  return [
    {
      text: first.text,
      length: first.measure.length,
      limit: counter.limit,
      facets: blueskyFacets(first.text, link),
      langs,
      embed: {
        $type: 'app.bsky.embed.external',
        external: { uri: options.link, title: draft.title, description: draft.description },
      },
    },
    ...following.map(({ text, measure }) => ({
      text,
      length: measure.length,
      limit: counter.limit,
      facets: blueskyFacets(text),
      langs,
    })),
  ];
}
