import type { ArticleDraft } from './draft.js';

/**
 * Reads the article fields that Markdown front matter and JSON articles share, under the names
 * publishing tools use for them (Jekyll, Hugo, Docusaurus, Next.js MDX, JSON Feed).
 */

type Fields = Record<string, unknown>;

function first(fields: Fields, names: string[]): unknown {
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** `tags: [a, b]`, `tags: "a, b"` and `tags: a` all give a list; empty entries are dropped. */
export function readTags(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list
    .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
    .map((tag) => String(tag).trim().replace(/^#/, ''))
    .filter((tag) => tag !== '');
}

/** A date as ISO 8601 with offset; YAML gives Date objects, others give strings. Undefined if unreadable. */
export function readDate(value: unknown): string | undefined {
  // Through getTime(): TOML's unquoted dates are Date subclasses whose own toISOString() drops the offset
  // ("2023-08-22", "2023-08-22T10:00:00.000"); a local date or time is read as UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime()).toISOString();
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // "2023-11-02T8:00:00+02:00": a one-digit hour is common in hand-written front matter.
  const repaired = String(value).replace(/T(\d):/, 'T0$1:');
  const time = Date.parse(repaired);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** `image: url`, `image: { url | src, alt }`, `images: [{ … }]`, `og_image`, JSON Feed's `image`. */
function readImage(fields: Fields): ArticleDraft['image'] {
  const value = first(fields, ['image', 'cover', 'cover_image', 'og_image', 'ogImage', 'banner_image', 'thumbnail']);
  if (typeof value === 'string') return { url: value.trim() };
  const object = Array.isArray(value) ? value[0] : value;
  if (typeof object === 'string') return { url: object.trim() };
  if (object && typeof object === 'object') {
    const o = object as Fields;
    const url = text(first(o, ['url', 'src', 'href', 'path']));
    const alt = text(first(o, ['alt', 'title', 'caption']));
    if (url) return { url: url.trim(), alt };
  }
  return undefined;
}

export function draftFromFields(fields: Fields): Omit<ArticleDraft, 'body'> {
  const publishAtRaw = first(fields, ['publishAt', 'publish_at', 'publish_date', 'publishDate']);
  return {
    id: text(first(fields, ['id'])),
    title: text(first(fields, ['title', 'headline', 'name'])),
    url: text(
      first(fields, ['url', 'canonical', 'canonical_url', 'canonicalUrl', 'canonicalURL', 'permalink', 'link']),
    ),
    lang: text(first(fields, ['lang', 'language', 'locale', 'inLanguage'])),
    summary: text(first(fields, ['description', 'summary', 'excerpt', 'abstract', 'subtitle'])),
    tags: readTags(first(fields, ['tags', 'keywords'])),
    image: readImage(fields),
    date: readDate(first(fields, ['date', 'date_published', 'datePublished', 'published'])),
    publishAtRaw,
    publishAt: publishAtRaw === undefined ? undefined : readDate(publishAtRaw),
    source: text(first(fields, ['source', 'via', 'external_url'])),
  };
}
