import type { Counter, Measure } from '../../text/counter.js';
import { countGraphemes, utf8Length } from '../../text/graphemes.js';

/** `app.bsky.feed.post#text`: maxGraphemes 300, maxLength 3000 (UTF-8 bytes) (platforms.md §2.1). */
const BLUESKY_MAX_GRAPHEMES = 300;
const BLUESKY_MAX_BYTES = 3000;

export interface BlueskyMeasure extends Measure {
  bytes: number;
}

/**
 * Bluesky's rule, as `RichText` applies it: grapheme clusters (`Intl.Segmenter`, `graphemeLength`) and UTF-8
 * bytes (`length`), both limited. Counted by `countGraphemes`, which draws the same clusters far faster
 * (tests hold it equal to `RichText` on every counter case and on random text).
 */
export function measureBluesky(text: string): BlueskyMeasure {
  const bytes = utf8Length(text);
  const length = countGraphemes(text);
  // The record allows "" only with an embed; crier never sends a post without words.
  const within = text.trim() !== '' && length <= BLUESKY_MAX_GRAPHEMES && bytes <= BLUESKY_MAX_BYTES;
  return { length, bytes, within };
}

export function blueskyCounter(): Counter {
  return { limit: BLUESKY_MAX_GRAPHEMES, measure: measureBluesky };
}
