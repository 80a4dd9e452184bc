import type { Redis } from 'ioredis';
import type { PlatformId } from '../platforms/platform.js';
import { slotTag } from '../redis/keys.js';

/**
 * Which writer wrote each post of an article (docs/ai-writer.md), and why an AI answer was refused: kept beside
 * the ledger, in its own hash per article (`${prefix}:ledger:writers:<articleId>`, field = platform), written at
 * compose when the AI writer is configured. The post records stay as they are; `crier status` and the API join
 * the two. Without AI nothing is written, and a post without an entry was written by the extractive engine.
 */
export interface WriterEntry {
  writer: 'ai' | 'extractive';
  refused?: string;
  reason?: string;
  notes?: string[];
}

/** Tagged with the article id on a cluster, beside the article's other keys (src/redis/keys.ts). */
const key = (redis: Redis, prefix: string, articleId: string) =>
  `${prefix}:ledger:writers:${slotTag(redis, articleId)}`;

export async function recordWriters(
  redis: Redis,
  prefix: string,
  articleId: string,
  writers: { [P in PlatformId]?: WriterEntry },
): Promise<void> {
  const fields = Object.entries(writers).flatMap(([platform, entry]) => [platform, JSON.stringify(entry)]);
  if (fields.length > 0) await redis.hset(key(redis, prefix, articleId), ...fields);
}

export async function readWriters(
  redis: Redis,
  prefix: string,
  articleId: string,
): Promise<{ [P in PlatformId]?: WriterEntry }> {
  const raw = await redis.hgetall(key(redis, prefix, articleId));
  const entries: Array<[string, WriterEntry]> = [];
  for (const [platform, json] of Object.entries(raw)) {
    try {
      entries.push([platform, JSON.parse(json) as WriterEntry]);
    } catch {
      // A damaged entry says nothing rather than stopping the status.
    }
  }
  return Object.fromEntries(entries);
}
