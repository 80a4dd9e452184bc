import type { Redis } from 'ioredis';
import { type Article, ArticleSchema } from '../src/article/article.js';
import type { PublishRequest } from '../src/platforms/adapter.js';

/**
 * The article lives once in Redis, under `${prefix}:article:<id>`; jobs carry only its id.
 * After compose it is trimmed to the card the publishers need (no body), so a finished post stays small.
 */
export type ArticleCard = PublishRequest['article'];

const CardSchema = ArticleSchema.pick({ id: true, url: true, title: true, lang: true, summary: true, image: true });

const articleKey = (prefix: string, id: string) => `${prefix}:article:${id}`;

export async function storeArticle(redis: Redis, prefix: string, article: Article): Promise<void> {
  await redis.set(articleKey(prefix, article.id), JSON.stringify(article));
}

export class MissingArticleError extends Error {
  override name = 'MissingArticleError';
  constructor(
    message: string,
    /** The article was there, already reduced to its card by an earlier compose. */
    readonly trimmed = false,
  ) {
    super(message);
  }
}

/** The full article (for compose); fails clearly when it is gone or was already trimmed. */
export async function readArticle(redis: Redis, prefix: string, id: string): Promise<Article> {
  const json = await redis.get(articleKey(prefix, id));
  if (!json) throw new MissingArticleError(`article ${id} is not stored in Redis: enqueue it again`);
  const parsed = ArticleSchema.safeParse(JSON.parse(json));
  if (!parsed.success) throw new MissingArticleError(`article ${id} was already composed: enqueue it again`, true);
  return parsed.data;
}

export async function readCard(redis: Redis, prefix: string, id: string): Promise<ArticleCard> {
  const json = await redis.get(articleKey(prefix, id));
  if (!json) throw new MissingArticleError(`article ${id} is not stored in Redis`);
  return CardSchema.parse(JSON.parse(json));
}

/** Keeps only what publishing needs once the teasers are written. */
export async function trimToCard(redis: Redis, prefix: string, article: Article): Promise<void> {
  const card: ArticleCard = CardSchema.parse(article);
  await redis.set(articleKey(prefix, article.id), JSON.stringify(card));
}
