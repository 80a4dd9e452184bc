import { describe, expect, test } from '@jest/globals';
import { countableText, measureMastodon } from '../../../src/platforms/mastodon/counter.js';
import { TEASER_EXAMPLES } from '../teaser/render-examples.js';

/**
 * Mastodon counts grapheme clusters of its "countable text": each URL with a scheme is 23 characters
 * whatever its length, bare domains count literally, `@user@domain` counts as `@user` (docs/platforms/mastodon.md).
 */
describe('Mastodon counter (StatusLengthValidator)', () => {
  test.each([
    ['plain ASCII', 'hello', 5],
    ['a flag', '🇨🇳', 1],
    ['a ZWJ family', '👩‍👩‍👧‍👦', 1],
    ['a skin tone', '👍🏽', 1],
    ['a keycap', '1️⃣', 1],
    ['CJK', '日本語', 3],
    ['Hangul', '한국어', 3],
    ['Arabic (RTL)', 'مرحبا بالعالم', 13],
    ['a combining accent', 'Cafe\u0301', 4],
    ['U+202F before «?»', 'vraiment\u202f?', 10],
    ['U+00A0 before «?»', 'vraiment\u00a0?', 10],
    ['a long URL counts 23', 'https://example.com/a/very/long/path/that/goes/on/and/on/forever/and/ever', 23],
    ['a short URL counts 23 too', 'https://t.co', 23],
    ['a URL followed by a full stop: the stop is text', 'see https://example.com/a?b=1.', 28],
    ['a URL in parentheses', '(https://example.com/x)', 25],
    ['a bare domain counts literally', 'example.com', 11],
    ['a bare domain in a sentence', 'go to example.com now', 21],
    ['@user@domain counts as @user', '@alice@mastodon.social', 6],
    ['a remote mention in a sentence', 'hi @bob@example.org!', 8],
    ['a local mention is unchanged', 'hi @bob!', 8],
    ['an e-mail address is not a mention', 'mail bob@example.com', 20],
  ])('%s: %j counts %i', (_name, text, expected) => {
    expect(measureMastodon(text).length).toBe(expected);
  });

  test('text with neither "://" nor "@" is its own countable text', () => {
    expect(countableText('go to example.com now, dit-il.', 23)).toBe('go to example.com now, dit-il.');
  });

  test('the countable text is what Mastodon measures', () => {
    expect(countableText('hi @bob@example.org see https://example.com/x', 23)).toBe(`hi @bob see ${'x'.repeat(23)}`);
  });

  test.each([
    ['500 characters fit the default', 'a'.repeat(500), { maxCharacters: 500, charactersReservedPerUrl: 23 }, true],
    ['501 do not', 'a'.repeat(501), { maxCharacters: 500, charactersReservedPerUrl: 23 }, false],
    ['an instance with 1000', 'a'.repeat(999), { maxCharacters: 1000, charactersReservedPerUrl: 23 }, true],
    ['an empty post is refused', '', { maxCharacters: 500, charactersReservedPerUrl: 23 }, false],
  ])('%s', (_name, text, rules, within) => {
    expect(measureMastodon(text, rules).within).toBe(within);
  });

  test("an instance's own URL reservation is used", () => {
    expect(measureMastodon('https://example.com/x', { maxCharacters: 500, charactersReservedPerUrl: 30 }).length).toBe(
      30,
    );
  });

  test.each(TEASER_EXAMPLES.map((e) => [e.name, e.posts.mastodon, e.lengths.mastodon] as const))(
    'worked example (docs/teasers.md): %s counts as stated',
    (_name, text, length) => {
      expect(measureMastodon(text)).toEqual({ length, within: true });
    },
  );
});
