import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { measureX } from '../../../src/platforms/x/counter.js';
import twitterText from '../../../src/text/twitter-text.js';
import { TEASER_EXAMPLES } from '../teaser/render-examples.js';

/** X counts with twitter-text's parseTweet (config v3): NFC, URLs 23, emoji sequences and CJK 2 (platforms.md §1.1). */
describe('X counter (twitter-text weightedLength)', () => {
  test.each([
    ['plain ASCII', 'hello', 5],
    ['a flag is one emoji', '🇨🇳', 2],
    ['two flags', '🇫🇷🇨🇳', 4],
    ['a ZWJ family', '👩‍👩‍👧‍👦', 2],
    ['a skin tone', '👍🏽', 2],
    ['a keycap', '1️⃣', 2],
    ['CJK counts 2 a character', '日本語', 6],
    ['Hangul counts 2 a syllable', '한국어', 6],
    ['Arabic (RTL) counts 1 a letter', 'مرحبا بالعالم', 13],
    ['a combining accent is normalized to NFC first', 'Cafe\u0301', 4],
    ['Devanagari counts 1 a code point (below U+10FF)', 'नमस्ते', 6],
    ['U+202F before «?» counts 2', 'vraiment\u202f?', 11],
    ['U+00A0 before «?» counts 1', 'vraiment\u00a0?', 10],
    ['«…» counts 2', '…', 2],
    ['«€» counts 2', '10 €', 5],
    ['French quotes and dashes count 1', '«citation» – “x” — y', 20],
    ['a long URL counts 23', 'https://example.com/a/very/long/path/that/goes/on/and/on/forever/and/ever', 23],
    ['a short URL counts 23', 'https://t.co', 23],
    ['two URLs and a space', 'https://t.co https://t.co', 47],
    ['a URL followed by a full stop: the stop is text', 'see https://example.com/a?b=1.', 28],
    ['a URL in parentheses', '(https://example.com/x)', 25],
    ['a bare domain is a URL too', 'example.com', 23],
    ['a bare domain in a sentence', 'go to example.com now', 33],
    ['an e-mail address is text', 'mail bob@example.com', 20],
    ['a fediverse handle is text', '@alice@mastodon.social', 22],
  ])('%s: %j counts %i', (_name, text, expected) => {
    expect(measureX(text).length).toBe(expected);
  });

  test.each([
    ['280 ASCII characters fit', 'a'.repeat(280), true],
    ['281 do not', 'a'.repeat(281), false],
    ['140 CJK characters fit', '語'.repeat(140), true],
    ['141 do not', '語'.repeat(141), false],
    ['an empty post is refused', '', false],
    ['a blank post is refused', '  \n ', false],
    ['U+FEFF makes a post invalid', 'hello\ufeff', false],
  ])('%s', (_name, text, within) => {
    expect(measureX(text).within).toBe(within);
  });

  test('a configured limit replaces 280', () => {
    expect(measureX('a'.repeat(300), 400)).toEqual({ length: 300, within: true });
    expect(measureX('a'.repeat(101), 100).within).toBe(false);
  });

  test.each(TEASER_EXAMPLES.map((e) => [e.name, e.posts.x, e.lengths.x] as const))(
    'TEASERS.md: %s counts as stated',
    (_name, text, length) => {
      expect(measureX(text)).toEqual({ length, within: true });
    },
  );

  /** Pieces that make the shortcut for plain text and twitter-text disagree if it were wrong. */
  const PIECES = [
    ...'aZ9 .,:/#*@éÉ\u0301\u00a0\u202f\u00a9\u00ae\u2122\u203c\u2026«»–—“”\n\t日한ก\ufe0f\u20e3\u200d',
    'example.com',
    'https://t.co',
    'Node.js',
    '1\ufe0f\u20e3',
    '👍🏽',
    '🇫🇷',
  ];

  test('always the same count as parseTweet, on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          expect(measureX(text).length).toBe(twitterText.parseTweet(text).weightedLength);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
