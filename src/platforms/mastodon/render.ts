import type { PreparedDraft } from '../fit.js';
import { type Chunks, type FittedPart, fitFirstPart, fitFollowingParts, hashtagChunks } from '../fit.js';
import { type MastodonLimits, mastodonCounter } from './counter.js';
import type { MastodonPart, MastodonVisibility } from './part.js';

export interface MastodonRenderOptions {
  /** The instance's limits when known (`/api/v2/instance`), else the configured ones. */
  limits: MastodonLimits;
  /** The link to post, UTM parameters included. */
  link: string;
  visibility: MastodonVisibility;
  thread: boolean;
}

/** Mastodon's `language` is ISO 639-1: the primary subtag of the BCP 47 tag ("pt-BR" → "pt"). */
function mastodonLanguage(lang: string): string {
  return (lang.split('-')[0] ?? lang).toLowerCase();
}

/**
 * Mastodon: `emoji hook [emoji]` using the room its limit gives (usually one more sentence than X),
 * a blank line, the link, a blank line, the hashtags (followers of a tag see them last).
 * ```
 * 🇨🇳 La Chine appelle … collaborative ? Entre méfiance géopolitique … se dessine. 🤖
 *
 * https://example.org/chine-ia
 *
 * #IA #OpenSource #Géopolitique
 * ```
 */
export function renderMastodon(draft: PreparedDraft, options: MastodonRenderOptions): MastodonPart[] {
  const counter = mastodonCounter(options.limits);
  const layout = (hook: Chunks, hashtags: readonly string[], close: boolean): Chunks => {
    const headline = [draft.lead, ...(hook.length > 0 ? [hook] : []), close ? draft.close : undefined]
      .filter((part) => part !== undefined)
      .flatMap((part, i) => [...(i > 0 ? [' '] : []), ...(typeof part === 'string' ? [part] : part)]);
    const body = headline.length > 0 ? [...headline, '\n\n', options.link] : [options.link];
    return hashtags.length > 0 ? [...body, '\n\n', ...hashtagChunks(hashtags)] : body;
  };
  const first = fitFirstPart({
    pieces: draft.pieces,
    hashtags: draft.hashtags,
    hasClose: draft.close !== undefined,
    lang: draft.lang,
    counter,
    layout,
  });
  const parts: FittedPart[] = [first];
  if (options.thread) parts.push(...fitFollowingParts(first.rest, draft.lang, counter));
  const language = mastodonLanguage(draft.lang);
  return parts.map(({ text, measure }) => ({
    text,
    length: measure.length,
    limit: counter.limit,
    language,
    visibility: options.visibility,
  }));
}
