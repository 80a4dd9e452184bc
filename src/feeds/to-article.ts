import type { Article } from '../article/article.js';
import { canonicalKey } from '../article/article-id.js';
import { buildArticle } from '../article/build.js';
import { htmlFragmentToText } from '../article/html-text.js';
import type { BodyLink } from '../article/markdown-text.js';
import type { FeedContent, FeedItem } from './parse.js';

/**
 * A feed item → an Article, through intake's shared finishing steps (build.ts): cleaning (mojibake,
 * NFC, French elisions), language (the feed's, else detected), id from the canonical link, and the
 * ArticleSchema. Throws IntakeError for an item that cannot be posted (no link, no title).
 *
 * The item's date is the piece's publication date (`Article.date`), not a schedule: feed items go out
 * when the queue schedules them (now, or the next slot), not at a time the feed chose.
 */
export async function feedItemToArticle(item: FeedItem, feedUrl: string): Promise<Article> {
  const links: BodyLink[] = [];
  const content = toText(item.content, links);
  const summary = toText(item.summary);
  const source = item.link ?? (item.guid ? `${feedUrl} (item ${item.guid})` : feedUrl);
  return buildArticle(
    source,
    {
      title: toText(item.title)?.replace(/\s+/g, ' '),
      // Tracking parameters the feed adds (utm_source=rss) are dropped: crier adds its own per platform.
      url: item.link === undefined ? undefined : canonicalKey(item.link),
      lang: item.lang,
      // Feeds without full text carry an excerpt: it is then the body, not also the summary.
      body: content ?? summary ?? '',
      ...(content === undefined ? {} : { links }),
      summary: content !== undefined ? summary : undefined,
      tags: item.tags,
      image: item.image,
      date: item.date,
    },
    {
      title: 'The feed item has no title; crier skips it',
      url: 'The feed item has no link to the piece; crier skips it',
    },
    {},
  );
}

function toText(content: FeedContent | undefined, links?: BodyLink[]): string | undefined {
  if (!content) return undefined;
  const text = 'html' in content ? htmlFragmentToText(content.html, links) : content.text;
  return text.trim() === '' ? undefined : text;
}
