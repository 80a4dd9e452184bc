import type { Counter, Measure } from '../../text/counter.js';
import twitterText from '../../text/twitter-text.js';

/** X's own limit for accounts without a longer-post subscription (platforms.md §1.1). */
const X_DEFAULT_LIMIT = 280;

/** twitter-text's `invalidChars`. */
const INVALID_CHARACTERS = /[\uFFFE\uFEFF\uFFFF]/;

/**
 * X counts with twitter-text's `parseTweet` (config v3): NFC first, every URL (bare domains too) 23,
 * emoji sequences and CJK 2, most Latin, Greek, Cyrillic, Arabic and Hebrew 1.
 * Besides the length, `parseTweet` refuses empty text and U+FFFE, U+FEFF, U+FFFF; its `valid` is tied to 280,
 * so those two checks are repeated here for a configured limit.
 */
export function measureX(text: string, limit = X_DEFAULT_LIMIT): Measure {
  const weightedLength = plainWeight(text) ?? twitterText.parseTweet(text).weightedLength;
  const acceptable = text.trim() !== '' && !INVALID_CHARACTERS.test(text);
  return { length: weightedLength, within: acceptable && weightedLength <= limit };
}

/*
 * A shortcut for the common case, equal to parseTweet (tests compare them on random text): text with no
 * URL (no "://" and no dot followed by a non-space, which every domain needs) and only characters of
 * X's weight-1 ranges that are no emoji (© and ® are) weighs one per code point after NFC.
 */
const WEIGHT_ONE = /^[\t\n\x20-\x7e\u00a0-\u00a8\u00aa-\u00ad\u00af-\u10ff\u2000-\u200c\u2010-\u201f\u2032-\u2037]*$/;
const MAYBE_URL = /:\/\/|\.\S/;

function plainWeight(text: string): number | undefined {
  const nfc = text.normalize('NFC');
  return MAYBE_URL.test(nfc) || !WEIGHT_ONE.test(nfc) ? undefined : nfc.length;
}

export function xCounter(limit = X_DEFAULT_LIMIT): Counter {
  return { limit, measure: (text) => measureX(text, limit) };
}
