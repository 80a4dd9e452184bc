import { countGraphemes } from '../../text/graphemes.js';
import { segmenter } from '../../text/segmenters.js';
import type { PreparedDraft } from '../fit.js';
import { type Chunks, type FittedPart, fitFirstPart, fitFollowingParts, tagsAboveLink } from '../fit.js';
import { blueskyCounter } from './counter.js';
import { blueskyFacets, type ShownLink } from './facets.js';
import type { BlueskyPart } from './part.js';

/**
 * Bluesky counts a link's full text (nothing is shortened), so a link longer than this is shown shortened
 * (`host/path…`, like Bluesky's own app) while its facet and the card keep the full URL.
 */
const BLUESKY_FULL_LINK_MAX = 120;
const SHORT_LINK_GRAPHEMES = 40;

export interface BlueskyRenderOptions {
  /** The canonical link as readers should see it. */
  url: string;
  /** Where the link leads: `url` with UTM parameters when configured. */
  link: string;
  thread: boolean;
}

/**
 * The link shown in the text: the canonical URL (tracking parameters live only in the facet and the card),
 * shortened when it would eat the post.
 */
function shownLink(url: string, link: string): ShownLink {
  if (countGraphemes(url) <= BLUESKY_FULL_LINK_MAX) return { display: url, uri: link };
  const bare = url.replace(/^https?:\/\//i, '');
  const graphemes = [...segmenter('grapheme').segment(bare)];
  const kept = graphemes
    .slice(0, SHORT_LINK_GRAPHEMES)
    .map((g) => g.segment)
    .join('');
  return { display: `${kept}…`, uri: link };
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
  const first = fitFirstPart({
    pieces: draft.pieces,
    hashtags: draft.hashtags,
    hasClose: draft.close !== undefined,
    lang: draft.lang,
    counter,
    layout,
  });
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
