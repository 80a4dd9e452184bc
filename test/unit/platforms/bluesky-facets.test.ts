import { RichText } from '@atproto/api';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { blueskyFacets } from '../../../src/platforms/bluesky/facets.js';

/**
 * crier runs Bluesky's facet detection without `@atproto/api`'s entry point (which loads every lexicon):
 * the facets must be exactly the link and tag facets `RichText.detectFacetsWithoutResolution` finds.
 */
function richTextFacets(text: string) {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  return (rt.facets ?? [])
    .map(({ index: { byteStart, byteEnd }, features }) => ({
      index: { byteStart, byteEnd },
      features: features
        .filter((f) => f.$type === 'app.bsky.richtext.facet#link' || f.$type === 'app.bsky.richtext.facet#tag')
        .map((f) =>
          'uri' in f ? { $type: f.$type, uri: f.uri } : { $type: f.$type, tag: (f as { tag: string }).tag },
        ),
    }))
    .filter((facet) => facet.features.length > 0);
}

describe('Bluesky facets: the same links and tags as RichText', () => {
  test.each([
    ['tags and a link', '🇨🇳 Quoi ?\n\n#IA #OpenSource\nhttps://example.org/chine-ia'],
    ['a bare domain with a known TLD', 'read example.com today'],
    ['a bare domain with an unknown TLD is no link', 'read example.notatld today'],
    [
      'trailing punctuation leaves the link',
      'see https://example.com/a?b=1. Then (https://example.com/x) and https://e.org/p,',
    ],
    ['a closing parenthesis inside the link stays', 'https://en.wikipedia.org/wiki/Fish_(food)'],
    ['the fullwidth number sign', '＃日本語 と #タグ'],
    ['a tag stops before punctuation', '#tag! #élan, #a_b-c.'],
    ['digits alone are no tag', '#123 #1a'],
    ['a tag over 64 graphemes is no tag', `#${'a'.repeat(65)} #${'a'.repeat(64)}`],
    ['emoji and RTL before the facets', '👩‍👩‍👧‍👦 مرحبا #عربي https://example.org/ar'],
    ['a mention gets no facet; a cashtag is a tag, as Bluesky makes it', '@alice.bsky.social says $AAPL #news'],
    ['a tag right after a link', 'https://example.org/a #tag'],
    ['nothing to find', 'plain words only'],
  ])('%s', (_name, text) => {
    expect(blueskyFacets(text)).toEqual(richTextFacets(text));
  });

  const PIECES = [
    ' ',
    '\n',
    '#',
    '＃',
    'tag',
    'é',
    '日本',
    '👍🏽',
    '🇫🇷',
    '.',
    ',',
    '!',
    '(',
    ')',
    '@bob.test',
    'https://example.org/p',
    'example.com',
    'foo.notatld',
    '\u200d',
    '\ufe0f',
    '1',
  ];

  test('on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          expect(blueskyFacets(text)).toEqual(richTextFacets(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("with the post's own link: RichText's facets, those the link overlaps replaced by its own", () => {
    const ENDINGS = ['\n', ' ', '\n\n', '', '(', '#', '.', 'x'];
    const DISPLAYS = ['www.ruby-lang.org/en/news/2...', 'example.org/segment…', 'blog.rust-lang.org', 'e.org/#tag'];
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 20 }),
        fc.constantFrom(...ENDINGS),
        fc.constantFrom(...DISPLAYS),
        (parts, ending, display) => {
          const text = `${parts.join('')}${ending}${display}`;
          const uri = `https://${display}?utm_source=crier`;
          const at = text.lastIndexOf(display);
          const byteStart = Buffer.byteLength(text.slice(0, at));
          const own = { index: { byteStart, byteEnd: byteStart + Buffer.byteLength(display) } };
          const expected = [
            ...richTextFacets(text).filter(
              ({ index }) => !(index.byteStart < own.index.byteEnd && own.index.byteStart < index.byteEnd),
            ),
            { ...own, features: [{ $type: 'app.bsky.richtext.facet#link', uri }] },
          ].sort((a, b) => a.index.byteStart - b.index.byteStart);
          expect(blueskyFacets(text, { display, uri })).toEqual(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("the post's own link keeps its full URI where the text shows it shortened", () => {
    const text = 'Hook\n\nexample.org/segment…';
    expect(blueskyFacets(text, { display: 'example.org/segment…', uri: 'https://example.org/segment/long' })).toEqual([
      {
        index: { byteStart: 6, byteEnd: 6 + Buffer.byteLength('example.org/segment…') },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.org/segment/long' }],
      },
    ]);
  });
});
