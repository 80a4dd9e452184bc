import twitterText from 'twitter-text';
import type { Counter, Measure } from '../../teaser/fit/measure.js';

/** X's own limit for accounts without a longer-post subscription (platforms.md §1.1). */
export const X_DEFAULT_LIMIT = 280;

/** twitter-text's `invalidChars`. */
const INVALID_CHARACTERS = /[\uFFFE\uFEFF\uFFFF]/;

/**
 * X counts with twitter-text's `parseTweet` (config v3): NFC first, every URL (bare domains too) 23,
 * emoji sequences and CJK 2, most Latin, Greek, Cyrillic, Arabic and Hebrew 1.
 * Besides the length, `parseTweet` refuses empty text and U+FFFE, U+FEFF, U+FFFF; its `valid` is tied to 280,
 * so those two checks are repeated here for a configured limit.
 */
export function measureX(text: string, limit = X_DEFAULT_LIMIT): Measure {
  const { weightedLength } = twitterText.parseTweet(text);
  const acceptable = text.trim() !== '' && !INVALID_CHARACTERS.test(text);
  return { length: weightedLength, within: acceptable && weightedLength <= limit };
}

export function xCounter(limit = X_DEFAULT_LIMIT): Counter {
  return { limit, measure: (text) => measureX(text, limit) };
}
