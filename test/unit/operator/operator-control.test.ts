import { describe, expect, test } from '@jest/globals';
import { needsReview } from '../../../queues/review-policy.js';
import { ArticleSchema } from '../../../src/article/article.js';
import { loadSettings } from '../../../src/config.js';
import type { PlatformId } from '../../../src/platforms/platform.js';
import { estimateXCost } from '../../../src/platforms/x/price.js';
import { OperatorTextError, operatorParts } from '../../../src/teaser/operator-text.js';
import { teaserOptions } from '../../../src/teaser/options.js';

/** Operator control's pure rules (docs/operator.md), as tables. */

const settings = loadSettings();
const options = { platforms: ['x', 'bluesky', 'mastodon'] as PlatformId[], teaser: teaserOptions(settings) };
const URL = 'https://example.org/articles/abeilles';
const article = ArticleSchema.parse({ id: 'abeilles', url: URL, title: 'Les abeilles', lang: 'fr-FR', body: 'Texte.' });

describe("an operator's text is checked by the platform's own rules", () => {
  test.each<[string, PlatformId, string, RegExp]>([
    ['empty', 'x', '   ', /x text: the text is empty; write the post/],
    [
      'no link',
      'mastodon',
      'Les abeilles reviennent',
      /the article's link .* is missing; put .* in the text exactly once/,
    ],
    ['the link twice', 'bluesky', `${URL} et ${URL}`, /appears 2 times/],
    // X counts a URL as 23: 270 letters + space + 23 = 294.
    ['over X by its weighted count', 'x', `${'a'.repeat(270)} ${URL}`, /294 of 280 by X's own count; shorten it by 14/],
    ['over Bluesky by graphemes', 'bluesky', `${'é'.repeat(290)} ${URL}`, /3\d\d of 300 by Bluesky's own count/],
    ['over Mastodon (links count 23)', 'mastodon', `${'a'.repeat(480)} ${URL}`, /504 of 500 by Mastodon's own count/],
  ])('%s: refused with what, where and how', (_name, platform, text, message) => {
    let error: unknown;
    try {
      operatorParts(platform, text, article, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OperatorTextError);
    expect((error as Error).message).toMatch(message);
  });

  test.each<[PlatformId, string, number]>([
    ['x', `${'a'.repeat(256)} ${URL}`, 280],
    ['bluesky', `${'a'.repeat(299 - URL.length)} ${URL}`, 300],
    ['mastodon', `${'a'.repeat(476)} ${URL}`, 500],
  ])('%s: a text at the limit is accepted, measured as the platform does', (platform, text, length) => {
    const [part] = operatorParts(platform, text, article, options);
    expect(part).toMatchObject({ text, length });
  });

  test('Bluesky gets its facets (link and tag) and the card; Mastodon its language and visibility', () => {
    const [bluesky] = operatorParts('bluesky', `Les abeilles #biodiversité ${URL}`, article, options);
    expect(bluesky?.facets.map((f) => f.features[0]?.$type)).toEqual([
      'app.bsky.richtext.facet#tag',
      'app.bsky.richtext.facet#link',
    ]);
    expect(bluesky?.embed?.external.uri).toBe(URL);
    const [mastodon] = operatorParts('mastodon', `Les abeilles ${URL}`, article, options);
    expect(mastodon).toMatchObject({ language: 'fr', visibility: 'public' });
  });
});

describe('who waits for review', () => {
  const review = (all: boolean, sources = {}, feeds = {}) => ({ review: { all, sources, feeds } });
  const feed = { id: 'f1', url: 'https://example.org/feed.xml' };
  test.each<[string, ReturnType<typeof review>, Parameters<typeof needsReview>[1], boolean]>([
    ['nothing set', review(false), { source: 'cli' }, false],
    ['asked for', review(false), { source: 'api', asked: true }, true],
    ['all', review(true), { source: 'api' }, true],
    ['the source', review(false, { feed: true }), { source: 'feed', feed }, true],
    ['the source says no over all', review(true, { cli: false }), { source: 'cli' }, false],
    ['the feed by id over its source', review(false, { feed: true }, { f1: false }), { source: 'feed', feed }, false],
    ['the feed by URL', review(false, {}, { [feed.url]: true }), { source: 'feed', feed }, true],
  ])('%s', (_name, settings, from, expected) => {
    expect(needsReview(settings, from)).toBe(expected);
  });
});

describe("X's bill for a thread", () => {
  const prices = { post: 0.015, postWithLink: 0.2, mediaUpload: 0.01 };
  test.each<[string, string[], boolean, number]>([
    ['one post with a link', [`Les abeilles ${URL}`], false, 0.2],
    ['a bare domain is a link to X', ['voir example.org'], false, 0.2],
    ['one post without a link', ['Les abeilles'], false, 0.015],
    ['a thread: link on the first only', [`Les abeilles ${URL}`, 'suite', 'fin'], false, 0.23],
    ['with the image upload', [`Les abeilles ${URL}`], true, 0.21],
  ])('%s', (_name, texts, image, usd) => {
    expect(
      estimateXCost(
        texts.map((text) => ({ text })),
        prices,
        image,
      ).usd,
    ).toBeCloseTo(usd, 6);
  });
});
