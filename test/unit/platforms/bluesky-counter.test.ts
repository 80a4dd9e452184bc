import { RichText } from '@atproto/api';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { measureBluesky } from '../../../src/platforms/bluesky/counter.js';
import { JOINING_PATTERNS } from '../../../src/text/graphemes.js';
import { TEASER_EXAMPLES } from '../teaser/render-examples.js';

/** Bluesky counts with RichText: ≤300 grapheme clusters and ≤3000 UTF-8 bytes; URLs count in full (§2.1). */
describe('Bluesky counter (RichText graphemes and UTF-8 bytes)', () => {
  test.each([
    ['plain ASCII', 'hello', 5, 5],
    ['a flag', '🇨🇳', 1, 8],
    ['a ZWJ family', '👩‍👩‍👧‍👦', 1, 25],
    ['a skin tone', '👍🏽', 1, 8],
    ['a keycap', '1️⃣', 1, 7],
    ['CJK', '日本語', 3, 9],
    ['Hangul', '한국어', 3, 9],
    ['Arabic (RTL)', 'مرحبا بالعالم', 13, 25],
    ['a combining accent stays with its letter', 'Cafe\u0301', 4, 6],
    ['Thai', 'สวัสดีครับ', 7, 30],
    ['Devanagari conjuncts', 'नमस्ते', 3, 18],
    ['U+202F before «?»', 'vraiment\u202f?', 10, 12],
    ['U+00A0 before «?»', 'vraiment\u00a0?', 10, 11],
    ['a URL counts its full length', 'https://example.com/a/very/long/path', 36, 36],
    ['a URL followed by a full stop', 'see https://example.com/a?b=1.', 30, 30],
    ['a bare domain', 'example.com', 11, 11],
    ['zalgo: many marks, one grapheme each letter', 'Z\u0351\u036b\u0343A\u0334\u0335L\u0320G\u0334O\u0335', 5, 21],
  ])('%s: %j is %i graphemes, %i bytes (as RichText counts them)', (_name, text, graphemes, bytes) => {
    expect(measureBluesky(text)).toMatchObject({ length: graphemes, bytes });
    const rt = new RichText({ text });
    expect([rt.graphemeLength, rt.length]).toEqual([graphemes, bytes]);
  });

  /** Characters that join (or not) into clusters: marks, ZWJ, ZWNJ, emoji, modifiers, flags, jamo, Indic, Prepend, CR LF, tags. */
  const JOINERS = Array.from(
    'aé日한ก\u0e33\u0301\u200d\u200c👍🏽🇫🇷\r\n \u1100\u1161\u11a8가\u0915\u094d\u0937\u0600\ufe0f\u20e31👩🤖\u{E0067}\u{E007F}ｶﾞ\u064b\u0d4e',
  );

  test('the plain first scan finds every character that may join a cluster (MAYBE_JOINING, JOINING_RUN)', () => {
    const { maybe, full } = JOINING_PATTERNS;
    const joining = full();
    const missed: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const char = String.fromCodePoint(c);
      if (joining.test(char) && !maybe.test(char)) missed.push(c);
    }
    expect(missed).toEqual([]);
  });

  test('the fast grapheme count equals RichText.graphemeLength on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...JOINERS), fc.string({ unit: 'grapheme', maxLength: 3 })), {
          maxLength: 16,
        }),
        (parts) => {
          const text = parts.join('');
          expect(measureBluesky(text).length).toBe(new RichText({ text }).graphemeLength);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['300 graphemes fit', 'a'.repeat(300), true],
    ['301 do not', 'a'.repeat(301), false],
    ['300 family emoji are 300 graphemes but 7500 bytes: refused', '👩‍👩‍👧‍👦'.repeat(300), false],
    ['120 family emoji (3000 bytes) fit', '👩‍👩‍👧‍👦'.repeat(120), true],
    ['an empty post is refused', '', false],
  ])('%s', (_name, text, within) => {
    expect(measureBluesky(text).within).toBe(within);
  });

  test.each(TEASER_EXAMPLES.map((e) => [e.name, e.posts.bluesky, e.lengths.bluesky] as const))(
    'worked example (docs/teasers.md): %s counts as stated',
    (_name, text, length) => {
      expect(measureBluesky(text)).toMatchObject({ length, within: true });
    },
  );
});
