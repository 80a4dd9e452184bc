import type { Redis } from 'ioredis';
import { type Article, ArticleSchema } from '../src/article/article.js';
import type { PublishRequest } from '../src/platforms/adapter.js';
import { slotTag } from '../src/redis/keys.js';
import { loadScript, runScript } from '../src/redis/script.js';

/**
 * The article lives once in Redis, in the hash `${prefix}:article:<id>` (`…:{<id>}` on a cluster, in the slot of
 * its ledger records: src/redis/keys.ts); jobs carry only its id.
 *   json     the full article, for compose; dropped once no compose is pending, so finished posts stay small
 *   card     what the publishers need (link card, language): no body
 *   pending  composes still to run for it (each enqueue adds one, each compose takes one)
 * The count keeps an article enqueued again while an earlier compose finishes from losing its text.
 */
export type ArticleCard = PublishRequest['article'];

const CardSchema = ArticleSchema.pick({ id: true, url: true, title: true, lang: true, summary: true, image: true });

const articleKey = (redis: Redis, prefix: string, id: string) => `${prefix}:article:${slotTag(redis, id)}`;

const STORE = loadScript(new URL('./scripts/store-article.lua', import.meta.url));
const RELEASE = loadScript(new URL('./scripts/release-article.lua', import.meta.url));

export async function storeArticle(redis: Redis, prefix: string, article: Article): Promise<void> {
  const card: ArticleCard = CardSchema.parse(article);
  await runScript(
    redis,
    STORE,
    [articleKey(redis, prefix, article.id)],
    [JSON.stringify(article), JSON.stringify(card)],
  );
}

export class MissingArticleError extends Error {
  override name = 'MissingArticleError';
  constructor(
    message: string,
    /** The article was there, already reduced to its card by the composes before. */
    readonly trimmed = false,
  ) {
    super(message);
  }
}

/** The full article (for compose); fails clearly when it is gone or was already composed. */
export async function readArticle(redis: Redis, prefix: string, id: string): Promise<Article> {
  const [json, card] = await redis.hmget(articleKey(redis, prefix, id), 'json', 'card');
  if (!json) {
    if (card) throw new MissingArticleError(`article ${id} was already composed`, true);
    throw new MissingArticleError(`article ${id} is not stored in Redis: enqueue it again`);
  }
  return ArticleSchema.parse(JSON.parse(json));
}

export async function readCard(redis: Redis, prefix: string, id: string): Promise<ArticleCard> {
  const json = await redis.hget(articleKey(redis, prefix, id), 'card');
  if (!json) throw new MissingArticleError(`article ${id} is not stored in Redis`);
  return parseCard(json);
}

export function parseCard(json: string): ArticleCard {
  return CardSchema.parse(JSON.parse(json));
}

/** One compose is done with the article; the last one drops its text and keeps the card. */
export async function releaseArticle(redis: Redis, prefix: string, id: string): Promise<void> {
  await runScript(redis, RELEASE, [articleKey(redis, prefix, id)], []);
}
