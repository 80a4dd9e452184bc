import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft, DraftHints } from './draft.js';
import { readDate, readTags } from './fields.js';
import { domToText } from './html-text.js';
import type { BodyLink } from './markdown-text.js';

export const HTML_HINTS: DraftHints = {
  title: 'The page has no <title> and no og:title; pass a Markdown or JSON article instead',
  url: 'Pass --url URL, or give the page a <link rel="canonical" href="…">',
};

type DomNode = Parameters<typeof domToText>[0];
type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface MetaReader {
  meta(...keys: string[]): string | undefined;
  metaAll(key: string): string[];
}

function metaReader(document: HtmlDocument): MetaReader {
  const metas = new Map<string, string[]>();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const content = element.getAttribute('content')?.trim();
    if (!key || !content) continue;
    metas.set(key, [...(metas.get(key) ?? []), content]);
  }
  return {
    meta: (...keys) => {
      for (const key of keys) {
        const value = metas.get(key)?.[0];
        if (value) return value;
      }
      return undefined;
    },
    metaAll: (key) => metas.get(key) ?? [],
  };
}

function resolve(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/**
 * An HTML page → draft: title, canonical link, language, description, image and tags from its
 * `<head>` (Open Graph, Twitter cards, `<link rel=canonical>`, `<html lang>`), the reader's text
 * from Readability. `pageUrl` is where the page was fetched from, for relative links.
 */
export function parseHtml(_source: string, html: string, pageUrl?: string): ArticleDraft {
  const { document } = parseHTML(html);
  const { meta, metaAll } = metaReader(document);
  const base = resolve(document.querySelector('base[href]')?.getAttribute('href') ?? undefined, pageUrl) ?? pageUrl;
  const canonical =
    resolve(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined, base) ??
    resolve(meta('og:url'), base) ??
    pageUrl;
  const title = meta('og:title', 'twitter:title') ?? document.querySelector('title')?.textContent ?? undefined;
  const rawImage = meta('og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  // A saved page has no address of its own: a relative image is resolved later, against --url.
  const imageUrl = resolve(rawImage, base ?? canonical) ?? rawImage;
  const alt = meta('og:image:alt', 'twitter:image:alt');
  const lang =
    document.documentElement?.getAttribute('lang') ??
    meta('og:locale', 'content-language', 'language', 'dc.language') ??
    undefined;
  const summary = meta('og:description', 'twitter:description', 'description');
  const tags = [...metaAll('article:tag'), ...readTags(meta('keywords', 'news_keywords'))];
  const date = readDate(meta('article:published_time', 'datepublished', 'date', 'dc.date'));

  // Readability rewrites the document, so it runs after every head field has been read.
  const article = new Readability<DomNode>(document as unknown as ReadabilityDocument, {
    serializer: (node) => node as unknown as DomNode,
    charThreshold: 200,
  }).parse();
  const links: BodyLink[] = [];
  const body = article?.content
    ? domToText(article.content, links)
    : domToText((document.body ?? document) as unknown as DomNode, links);

  return {
    title: title?.trim() || article?.title?.trim() || undefined,
    url: canonical,
    lang: lang?.replace(/_/g, '-'),
    summary: summary ?? article?.excerpt ?? undefined,
    tags: readTags(tags),
    image: imageUrl ? { url: imageUrl, alt } : undefined,
    date,
    body,
    links,
  };
}
