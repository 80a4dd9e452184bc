import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { FeedError } from '../../../src/feeds/errors.js';
import { parseFeedDocument } from '../../../src/feeds/parse.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeedDocument', () => {
  test('RSS 2.0 (French): guid, link, HTML content and excerpt, categories, enclosure, date, channel language', () => {
    const feed = parseFeedDocument(fixture('rss-fr.xml'), 'https://journal.example.fr/feed.xml');
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Le Journal du Numérique');
    expect(feed.items).toHaveLength(4);
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      guid: 'jdn-48213',
      link: 'https://journal.example.fr/2026/11/28/centres-de-donnees-sobriete?utm_source=rss&utm_medium=feed',
      title: { html: 'Énergie : les centres de données français accélèrent leur sobriété' },
      tags: ['Énergie', 'Data centers'],
      image: { url: 'https://journal.example.fr/images/datacenter.jpg' },
      date: '2026-11-28T10:30:00.000Z',
      lang: 'fr-FR',
    });
    expect(first?.content).toEqual({ html: expect.stringContaining('<strong>centres de données</strong>') });
    expect(first?.summary).toEqual({ html: expect.stringContaining('Refroidissement') });
    // media:content image with its description as alt text
    expect(second?.image).toEqual({
      url: 'https://journal.example.fr/images/ter.jpg',
      alt: 'Un TER en gare de Lyon Part-Dieu',
    });
  });

  test('Atom: id, alternate link made absolute, html title, content vs summary, labels, image enclosure, published else updated', () => {
    const feed = parseFeedDocument(fixture('atom.xml'), 'https://infra-notes.example.org/atom.xml');
    expect(feed.format).toBe('atom');
    expect(feed.items.map((i) => [i.guid, i.link, i.date])).toEqual([
      [
        'tag:infra-notes.example.org,2026-11-28:/posts/exactly-once',
        'https://infra-notes.example.org/posts/exactly-once',
        '2026-11-28T10:00:00.000Z',
      ],
      [
        'tag:infra-notes.example.org,2026-11-27:/posts/draining',
        'https://infra-notes.example.org/posts/draining',
        '2026-11-27T16:20:00.000Z',
      ],
      // published wins over updated: an update is not a new piece
      [
        'tag:infra-notes.example.org,2026-11-02:/posts/aof',
        'https://infra-notes.example.org/posts/aof',
        '2026-11-02T08:00:00.000Z',
      ],
    ]);
    expect(feed.items[0]).toMatchObject({
      title: { html: 'Why our queue <em>never</em> posts twice' },
      content: { html: expect.stringContaining('Job ids are not idempotency keys') },
      summary: { text: 'A ledger in Redis beats job ids.' },
      tags: ['Queues', 'redis'],
      image: { url: 'https://infra-notes.example.org/img/ledger.png', alt: 'A ledger row per post' },
      lang: 'en',
    });
    expect(feed.items[1]?.title).toEqual({ text: 'Draining workers on SIGTERM' });
  });

  test('JSON Feed 1.1: id, url, content_html or content_text, image, tags, feed language', () => {
    const feed = parseFeedDocument(fixture('feed.json'), 'https://werkstatt.example.de/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({
      guid: 'https://werkstatt.example.de/2026/holzverbindungen',
      link: 'https://werkstatt.example.de/2026/holzverbindungen',
      title: { text: 'Holzverbindungen ohne Schrauben' },
      content: { html: expect.stringContaining('Schwalbenschwanz') },
      summary: { text: 'Drei klassische Verbindungen, Schritt für Schritt.' },
      image: { url: 'https://werkstatt.example.de/img/schwalbenschwanz.jpg' },
      tags: ['Holz', 'Werkzeug'],
      date: '2026-11-28T07:00:00.000Z',
      lang: 'de',
    });
    expect(feed.items[1]?.content).toEqual({ text: expect.stringContaining('Hobeleisen') });
    expect(feed.items[2]?.link).toBeUndefined();
  });

  test('an image only inside the HTML content is used, made absolute', () => {
    const rss = `<rss version="2.0"><channel><title>t</title><item><title>x</title><link>https://e.example/a</link>
      <description><![CDATA[<p><img src='/pic.png' alt='A picture'> text</p>]]></description></item></channel></rss>`;
    expect(parseFeedDocument(rss, 'https://e.example/feed').items[0]?.image).toEqual({
      url: 'https://e.example/pic.png',
      alt: 'A picture',
    });
  });

  test('an RSS item without <link> uses its permalink guid; a non-permalink guid is never a link', () => {
    const rss = `<rss version="2.0"><channel><title>t</title>
      <item><title>a</title><guid>https://e.example/a</guid></item>
      <item><title>b</title><guid isPermaLink="false">https://e.example/b</guid></item></channel></rss>`;
    expect(parseFeedDocument(rss, 'https://e.example/feed').items.map((i) => i.link)).toEqual([
      'https://e.example/a',
      undefined,
    ]);
  });

  test.each([
    ['not-a-feed.html', 'not-a-feed', /serves an HTML page, not a feed/],
    ['malformed.xml', 'malformed', /cannot be read/],
  ])('%s → FeedError %s', (name, reason, message) => {
    const read = () => parseFeedDocument(fixture(name), 'https://e.example/feed');
    expect(read).toThrow(FeedError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (error) {
      expect((error as FeedError).reason).toBe(reason);
    }
  });

  test.each(['', 'plain text', '{"hello": "world"}'])('%j is not a feed', (text) => {
    expect(() => parseFeedDocument(text, 'https://e.example/feed')).toThrow(/does not serve an RSS, Atom or JSON feed/);
  });
});
