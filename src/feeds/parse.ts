import {
  type AnyFeed,
  type AtomFeed,
  DetectError,
  type JsonFeed,
  type MediaNs,
  parseFeed,
  type RdfFeed,
  type RssFeed,
} from 'feedsmith';
import { FeedError } from './errors.js';

/**
 * RSS 0.9x/2.0, RDF (RSS 1.0), Atom 0.3/1.0 and JSON Feed 1.x → one item shape, with feedsmith.
 * Nothing is cleaned here (to-article.ts does that); links are made absolute against the feed URL.
 */

export type FeedContent = { html: string } | { text: string };

export interface FeedItem {
  /** RSS <guid>, Atom <id>, JSON Feed `id`: the item's identity, even when its link or date changes. */
  guid?: string;
  /** Absolute http(s) link to the piece. */
  link?: string;
  title?: FeedContent;
  /** The full text when the feed carries it (content:encoded, Atom content, content_html). */
  content?: FeedContent;
  /** The excerpt (RSS description, Atom summary, JSON Feed summary). */
  summary?: FeedContent;
  tags: string[];
  image?: { url: string; alt?: string };
  /** ISO 8601: the item's publication date (or its update date when that is all there is). */
  date?: string;
  /** The language the item or the feed declares. */
  lang?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  /** In document order. */
  items: FeedItem[];
}

export function parseFeedDocument(text: string, baseUrl: string, feedUrl = baseUrl): ParsedFeed {
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof DetectError) {
      const looksHtml = /^\s*(<!doctype html|<html)/i.test(text);
      throw new FeedError(
        feedUrl,
        'not-a-feed',
        looksHtml
          ? 'the address serves an HTML page, not a feed'
          : 'the address does not serve an RSS, Atom or JSON feed',
        looksHtml
          ? 'Register the feed itself (look for a <link rel="alternate" type="application/rss+xml"> in the page)'
          : 'Check the URL',
        { cause: error },
      );
    }
    throw new FeedError(
      feedUrl,
      'malformed',
      `the feed cannot be read (${(error as Error).message})`,
      'crier will try again at the next poll; tell the feed owner if it lasts',
      { cause: error },
    );
  }
  const resolve = (href: string | undefined) => absolute(href, baseUrl);
  switch (parsed.format) {
    case 'rss':
      return {
        format: 'rss',
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((i) => rssItem(i, parsed.feed, resolve)),
      };
    case 'rdf':
      return {
        format: 'rdf',
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((i) => rdfItem(i, parsed.feed, resolve)),
      };
    case 'atom':
      return {
        format: 'atom',
        title: parsed.feed.title?.value,
        items: (parsed.feed.entries ?? []).map((e) => atomEntry(e, parsed.feed, resolve)),
      };
    case 'json':
      return {
        format: 'json',
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((i) => jsonItem(i, parsed.feed, resolve)),
      };
  }
}

type Resolve = (href: string | undefined) => string | undefined;

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Feed dates are RFC 822 (RSS) or RFC 3339 (Atom, JSON); anything else is dropped rather than guessed. */
function isoDate(raw: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  const ms = Date.parse(raw.trim());
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value : undefined;
}

function html(value: string | undefined): FeedContent | undefined {
  return nonEmpty(value) === undefined ? undefined : { html: value as string };
}

function isImage(type: string | undefined, medium?: string): boolean {
  return medium === 'image' || (type?.toLowerCase().startsWith('image/') ?? false);
}

/** media:content / media:group / media:thumbnail: the first image. */
function mediaImage(media: MediaNs.ItemOrFeed | undefined, resolve: Resolve): FeedItem['image'] {
  if (!media) return undefined;
  const contents = [...(media.contents ?? []), ...(media.groups ?? []).flatMap((g) => g.contents ?? [])];
  const content = contents.find((c) => isImage(c.type, c.medium) && c.url);
  const url =
    resolve(content?.url) ??
    resolve(media.thumbnails?.[0]?.url) ??
    resolve(contents.flatMap((c) => c.thumbnails ?? [])[0]?.url);
  if (!url) return undefined;
  const alt = content?.description?.value ?? content?.title?.value ?? media.description?.value;
  return alt?.trim() ? { url, alt: alt.trim() } : { url };
}

/** The first <img> of the content, for feeds that only put their picture in the HTML. */
function inlineImage(content: FeedContent | undefined, resolve: Resolve): FeedItem['image'] {
  if (!content || !('html' in content)) return undefined;
  const tag = /<img\b[^>]*>/i.exec(content.html)?.[0];
  const url = resolve(tag && /\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)')/i.exec(tag)?.slice(1).find(Boolean));
  if (!tag || !url) return undefined;
  const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
  return alt?.trim() ? { url, alt: alt.trim() } : { url };
}

function compact(item: FeedItem): FeedItem {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as unknown as FeedItem;
}

function rssItem(item: RssFeed.Item<string>, feed: RssFeed.Feed<string>, resolve: Resolve): FeedItem {
  const guid = nonEmpty(item.guid?.value)?.trim();
  // A permalink guid is the link when <link> is missing (RSS 2.0: isPermaLink defaults to true).
  const link = resolve(item.link) ?? (item.guid?.isPermaLink !== false ? resolve(guid) : undefined);
  const content = html(item.content?.encoded);
  const summary = html(item.description);
  const enclosure = item.enclosures?.find((e) => isImage(e.type) && e.url);
  return compact({
    guid,
    link,
    title: html(item.title ?? item.dc?.titles?.[0]),
    content,
    summary,
    tags: [...(item.categories ?? []).map((c) => c.name), ...(item.dc?.subjects ?? [])].filter(
      (t): t is string => t !== undefined,
    ),
    image:
      (enclosure && resolve(enclosure.url) ? { url: resolve(enclosure.url) as string } : undefined) ??
      mediaImage(item.media, resolve) ??
      inlineImage(content ?? summary, resolve),
    date: isoDate(item.pubDate) ?? isoDate(item.dc?.dates?.[0]) ?? isoDate(item.dcterms?.created?.[0]),
    lang: item.dc?.languages?.[0] ?? item.xml?.lang ?? feed.language ?? feed.dc?.languages?.[0] ?? feed.xml?.lang,
  });
}

function rdfItem(item: RdfFeed.Item<string>, feed: RdfFeed.Feed<string>, resolve: Resolve): FeedItem {
  const content = html(item.content?.encoded);
  const summary = html(item.description);
  return compact({
    guid: nonEmpty(item.rdf?.about),
    link: resolve(item.link),
    title: html(item.title),
    content,
    summary,
    tags: item.dc?.subjects ?? [],
    image: mediaImage(item.media, resolve) ?? inlineImage(content ?? summary, resolve),
    date: isoDate(item.dc?.dates?.[0]),
    lang: item.dc?.languages?.[0] ?? item.xml?.lang ?? feed.dc?.languages?.[0] ?? feed.xml?.lang,
  });
}

function atomText(text: { value?: string; type?: string } | undefined): FeedContent | undefined {
  if (!nonEmpty(text?.value)) return undefined;
  const value = text?.value as string;
  return text?.type === 'html' || text?.type === 'xhtml' ? { html: value } : { text: value };
}

function atomEntry(entry: AtomFeed.Entry<string>, feed: AtomFeed.Feed<string>, resolve: Resolve): FeedItem {
  const links = entry.links ?? [];
  const alternate =
    links.find(
      (l) => (l.rel === undefined || l.rel === 'alternate') && (l.type === undefined || l.type.includes('html')),
    ) ?? links.find((l) => l.rel === undefined || l.rel === 'alternate');
  const enclosure = links.find((l) => l.rel === 'enclosure' && isImage(l.type));
  const content = entry.content?.src ? undefined : atomText(entry.content);
  const summary = atomText(entry.summary);
  return compact({
    guid: nonEmpty(entry.id)?.trim(),
    link: resolve(alternate?.href),
    title: atomText(entry.title),
    content,
    summary,
    tags: (entry.categories ?? []).map((c) => c.label ?? c.term).filter((t): t is string => t !== undefined),
    image:
      (enclosure && resolve(enclosure.href)
        ? { url: resolve(enclosure.href) as string, ...(enclosure.title ? { alt: enclosure.title } : {}) }
        : undefined) ??
      mediaImage(entry.media, resolve) ??
      inlineImage(content ?? summary, resolve),
    date: isoDate(entry.published) ?? isoDate(entry.updated),
    lang: entry.xml?.lang ?? feed.xml?.lang,
  });
}

function jsonItem(item: JsonFeed.Item<string>, feed: JsonFeed.Feed<string>, resolve: Resolve): FeedItem {
  const content =
    html(item.content_html) ?? (nonEmpty(item.content_text) ? { text: item.content_text as string } : undefined);
  const summary = nonEmpty(item.summary) ? { text: item.summary as string } : undefined;
  const attachment = item.attachments?.find((a) => isImage(a.mime_type) && a.url);
  const imageUrl = resolve(item.image) ?? resolve(item.banner_image) ?? resolve(attachment?.url);
  return compact({
    guid: item.id === undefined ? undefined : nonEmpty(String(item.id))?.trim(),
    link: resolve(item.url) ?? resolve(item.external_url),
    title: nonEmpty(item.title) ? { text: item.title as string } : undefined,
    content,
    summary,
    tags: item.tags ?? [],
    image: imageUrl ? { url: imageUrl } : inlineImage(content, resolve),
    date: isoDate(item.date_published) ?? isoDate(item.date_modified),
    lang: item.language ?? feed.language,
  });
}
