import { describe, expect, test } from '@jest/globals';
import { findPart, sameText, statusText } from '../../../src/platforms/mastodon/timeline.js';

/**
 * Recovery recognises a part in the `content` Mastodon renders (upstream TextFormatter output), not
 * in the text that was sent. Pure functions; the end-to-end recovery runs in mastodon.test.ts.
 */

const LINK =
  '<a href="https://example.org/chine-ia-collaborative-open-source" target="_blank" rel="nofollow noopener" translate="no">' +
  '<span class="invisible">https://</span><span class="ellipsis">example.org/chine-ia-collabora</span>' +
  '<span class="invisible">tive-open-source</span></a>';
const TAG = '<a href="https://social.example/tags/ia" class="mention hashtag" rel="tag">#<span>IA</span></a>';
const MENTION =
  '<span class="h-card" translate="no"><a href="https://mastodon.social/@Gargron" class="u-url mention">@<span>Gargron</span></a></span>';

describe('statusText / sameText', () => {
  test.each([
    ['paragraphs and line breaks', '<p>Un titre<br />deux lignes</p><p>suite</p>', 'Un titre\ndeux lignes\n\nsuite'],
    [
      'a shortened link gives the whole URL back',
      `<p>${LINK}</p>`,
      'https://example.org/chine-ia-collaborative-open-source',
    ],
    ['a hashtag', `<p>Le point ${TAG}</p>`, 'Le point #IA'],
    ['escaped characters', '<p>a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;</p>', 'a <b> & "c" \'d\''],
    ['a mention shows without its domain', `<p>merci ${MENTION}</p>`, 'merci @Gargron@mastodon.social'],
    ['emoji and accents', '<p>🇫🇷 Économie 👨‍👩‍👧</p>', '🇫🇷 Économie 👨‍👩‍👧'],
  ])('%s', (_, html, sent) => {
    expect(sameText(statusText(html), sent)).toBe(true);
  });

  test.each([
    ['another text', '<p>Un titre</p>', 'Un autre titre'],
    ['a cut text', `<p>Un titre</p><p>${LINK}</p>`, 'Un titre'],
  ])('%s is not the part', (_, html, sent) => {
    expect(sameText(statusText(html), sent)).toBe(false);
  });
});

describe('findPart', () => {
  const statuses = [
    { id: '30', uri: 'u30', url: 'https://s/@c/30', content: '<p>deux</p>', inReplyToId: null },
    { id: '20', uri: 'u20', url: 'https://s/@c/20', content: '<p>deux</p>', inReplyToId: '10' },
    { id: '15', uri: 'u15', url: 'https://s/@c/15', content: '<p>un</p>', inReplyToId: null },
    { id: '10', uri: 'u10', url: 'https://s/@c/10', content: '<p>un</p>', inReplyToId: null },
  ];
  test.each([
    ['the first part: same text, not a reply; the oldest of two', 'un', null, '10'],
    ['a later part: same text, replying to the part before', 'deux', '10', '20'],
    ['a top-level status with the text is not the reply', 'deux', '15', undefined],
    ['nothing there', 'trois', null, undefined],
  ])('%s', (_, text, parent, id) => {
    expect(findPart(statuses, text, parent)?.id).toBe(id);
  });
});
