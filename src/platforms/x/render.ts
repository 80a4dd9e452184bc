import type { PreparedDraft } from '../fit.js';
import { type Chunks, type FittedPart, fitFirstPart, fitFollowingParts, tagsAboveLink } from '../fit.js';
import type { PostPart } from '../parts.js';
import { xCounter } from './counter.js';

/** X readers follow one or two hashtags; more reads as spam (TEASERS.md's X examples carry two). */
const X_MAX_HASHTAGS = 2;

export interface XRenderOptions {
  /** X's weighted-length limit (settings.platforms.x.maxWeightedLength). */
  limit: number;
  /** The link to post, UTM parameters included. */
  link: string;
  /** Continue the whole hook in replies instead of stopping at what the first post holds. */
  thread: boolean;
}

/**
 * X: `emoji hook [question]`, a blank line, the hashtags, then the link on the last line (X shows its card).
 * ```
 * 🇨🇳 La Chine appelle … open-source. Stratégie de rattrapage ou véritable vision collaborative ?
 *
 * #IA #OpenSource
 * https://example.org/chine-ia
 * ```
 */
export function renderX(draft: PreparedDraft, options: XRenderOptions): PostPart[] {
  const counter = xCounter(options.limit);
  const layout = (hook: Chunks, hashtags: readonly string[]): Chunks => {
    const headline = draft.lead === undefined ? hook : hook.length > 0 ? [draft.lead, ' ', ...hook] : [draft.lead];
    const tail = tagsAboveLink(hashtags, options.link);
    return headline.length > 0 ? [...headline, '\n\n', ...tail] : tail;
  };
  const first = fitFirstPart({
    pieces: draft.pieces,
    hashtags: draft.hashtags.slice(0, X_MAX_HASHTAGS),
    hasClose: false,
    lang: draft.lang,
    counter,
    layout,
  });
  const parts: FittedPart[] = [first];
  if (options.thread) parts.push(...fitFollowingParts(first.rest, draft.lang, counter));
  return parts.map(({ text, measure }) => ({ text, length: measure.length, limit: counter.limit }));
}
