import { RichText } from '@atproto/api';
import type { Counter, Measure } from '../../teaser/fit/measure.js';

/** `app.bsky.feed.post#text`: maxGraphemes 300, maxLength 3000 (UTF-8 bytes) (platforms.md §2.1). */
export const BLUESKY_MAX_GRAPHEMES = 300;
export const BLUESKY_MAX_BYTES = 3000;

export interface BlueskyMeasure extends Measure {
  bytes: number;
}

/** Bluesky counts with `RichText`: grapheme clusters (Intl.Segmenter) and UTF-8 bytes, both limited. */
export function measureBluesky(text: string): BlueskyMeasure {
  const rt = new RichText({ text });
  const length = rt.graphemeLength;
  const bytes = rt.length;
  // The record allows "" only with an embed; crier never sends a post without words.
  const within = text.trim() !== '' && length <= BLUESKY_MAX_GRAPHEMES && bytes <= BLUESKY_MAX_BYTES;
  return { length, bytes, within };
}

export function blueskyCounter(): Counter {
  return { limit: BLUESKY_MAX_GRAPHEMES, measure: measureBluesky };
}
