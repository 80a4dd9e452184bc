import type { Redis } from 'ioredis';
import pLimit from 'p-limit';
import type { Article } from '../src/article/article.js';
import type { AiConfig } from '../src/config.js';
import { recordWriters } from '../src/ledger/writers.js';
import type { MetricsRecorder } from '../src/metrics/record.js';
import type { Teasers } from '../src/teaser/teasers.js';
import { aiCacheKey } from '../src/writers/ai/cache-key.js';
import type { AiReplies } from '../src/writers/ai/write.js';
import { extractiveWriters, type WrittenTeasers } from '../src/writers/compose.js';
import type { TeaserPool } from './processors/compose.js';
import type { ComposeRequest } from './processors/compose-worker-thread.js';

/**
 * The compose side of the AI writer (docs/ai-writer.md), on the main thread around the compose threads:
 *   - one call per article version: the model's answers are cached in Redis by a hash of the endpoint, model,
 *     prompt, article content and limits (`${prefix}:ai:answer:<hash>`), so retries and re-composes pay nothing;
 *   - at most `concurrency` articles in the model's hands at once per worker process (p-limit);
 *   - after a 429, no call until its Retry-After has passed: those articles get the extractive post at once;
 *   - tokens and refusals counted for /metrics; which writer wrote each post recorded beside the ledger.
 * The model call itself is made in the compose thread (compose-worker-thread.ts).
 */
export interface AiWriting {
  write(articleId: string, article: Article, options: ComposeRequest['options']): Promise<Teasers>;
}

export function createAiWriting(input: {
  redis: Redis;
  prefix: string;
  ai: AiConfig;
  pool: TeaserPool;
  metrics?: MetricsRecorder;
  now?: () => number;
}): AiWriting {
  const { redis, prefix, ai, pool, metrics } = input;
  const now = input.now ?? Date.now;
  const limit = pLimit(ai.concurrency);
  let pausedUntil = 0;

  async function written(article: Article, options: ComposeRequest['options']): Promise<WrittenTeasers> {
    const key = `${prefix}:ai:answer:${aiCacheKey({ url: ai.url, model: ai.model, prompt: ai.prompt, article, options })}`;
    const cached = await redis.get(key);
    const replies = cached === null ? undefined : (JSON.parse(cached) as AiReplies);
    if (replies === undefined && now() < pausedUntil) {
      const until = new Date(pausedUntil).toISOString();
      return {
        teasers: await pool.compose(article, options),
        writers: Object.fromEntries(
          options.platforms.map((p) => [
            p,
            {
              writer: 'extractive',
              reason: 'rate-limited',
              refused: `the model endpoint asked to wait until ${until}`,
            },
          ]),
        ),
        replies: {},
        usage: { prompt: 0, completion: 0, calls: 0 },
      };
    }
    const result =
      replies === undefined
        ? await limit(() => pool.write(article, options, {}))
        : await pool.write(article, options, { replies });
    if (result.retryAfterMs !== undefined) pausedUntil = Math.max(pausedUntil, now() + result.retryAfterMs);
    if (result.usage.calls > 0 && (result.replies.first !== undefined || result.replies.shorten !== undefined)) {
      await redis.set(key, JSON.stringify(result.replies), 'EX', ai.cacheTtlSeconds);
    }
    return result;
  }

  return {
    async write(articleId, article, options) {
      const result = await written(article, options).catch(async (error: unknown) => {
        // The floor holds even when the AI path itself fails (a Redis hiccup on the cache): the engine's post.
        const why = `the AI writer failed: ${error instanceof Error ? error.message : String(error)}`;
        return {
          teasers: await pool.compose(article, options),
          writers: extractiveWriters(options.platforms, why),
          replies: {},
          usage: { prompt: 0, completion: 0, calls: 0 },
        } satisfies WrittenTeasers;
      });
      metrics?.ai({ usage: result.usage, writers: result.writers });
      await recordWriters(redis, prefix, articleId, result.writers);
      return result.teasers;
    },
  };
}
