import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { queuePrefix } from '../src/redis/keys.js';
import { type PostRef, publishQueueName } from './names.js';

const EVENTS_MAX_LEN = 1_000;

/**
 * The process's BullMQ queue handles, created once per name and shared: every Queue of a process reuses
 * one ioredis connection (docs/queue-and-ledger.md: each Queue would otherwise open its own).
 */
export class Queues {
  private readonly queues = new Map<string, Queue>();
  constructor(
    readonly connection: Redis,
    readonly prefix: string,
  ) {}

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      // The events stream is for live watchers (QueueEvents, the dashboard), not a record: the ledger is.
      // BullMQ's default keeps ~10k entries per queue; 1k keeps Redis small per post.
      queue = new Queue(name, {
        connection: this.connection,
        // Each queue in a slot of its own on a cluster (src/redis/keys.ts).
        prefix: queuePrefix(this.connection, this.prefix, name),
        streams: { events: { maxLen: EVENTS_MAX_LEN } },
      });
      // A Redis outage surfaces as errors on each handle; the connection retries on its own.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** The platform's publish queue (every account's posts: queues/names.ts). */
  publish(platform: PostRef['platform']): Queue {
    return this.get(publishQueueName(platform));
  }

  /** Closes the handle of a queue this process is done with (an old queue, once drained). */
  async forget(name: string): Promise<void> {
    const queue = this.queues.get(name);
    this.queues.delete(name);
    await queue?.close();
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
