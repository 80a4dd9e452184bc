import type { Redis } from 'ioredis';
import { slotTag } from '../redis/keys.js';

/**
 * What workers measure, kept in Redis so that one `crier serve` /metrics shows every worker process on
 * every host (see src/server/metrics.ts for the Prometheus side). A worker counts in memory and adds
 * its counts to the Redis hashes once a second, in one write: a post costs its metrics no round trip
 * (one MULTI per post was a tenth of a worker's CPU). Prometheus scrapes every 15 s or more, so the
 * second's delay does not show; a worker that is killed loses at most its last second of counts,
 * one that stops cleanly (close) loses none.
 */
export const LATENCY_BUCKETS_MS = [50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000];

type PublishOutcome = 'published' | 'failed' | 'retried' | 'rate-limited' | 'id-unknown';

/** The metrics hashes: one hash tag for all on a cluster, as a flush writes them in one pipeline (src/redis/keys.ts). */
export function metricKeys(prefix: string, redis: object) {
  const base = slotTag(redis, `${prefix}:metrics`);
  return {
    outcomes: `${base}:outcomes`,
    publishLatency: `${base}:publish-latency`,
    composeLatency: `${base}:compose-latency`,
    rateLimitWaitMs: `${base}:rate-limit-wait-ms`,
    aiTokens: `${base}:ai-tokens`,
    aiPosts: `${base}:ai-posts`,
  };
}

function bucketOf(ms: number): string {
  return String(LATENCY_BUCKETS_MS.find((b) => ms <= b) ?? '+Inf');
}

export interface PublishMeasure {
  platform: string;
  outcome: PublishOutcome;
  /** A small, closed set (the error kind or status), never a free-text message: it becomes a label. */
  reason?: string;
  latencyMs: number;
  waitMs?: number;
}

/** Counts (HINCRBY) and sums (HINCRBYFLOAT) waiting for the next flush, by hash key and field. */
type Pending = Map<string, Map<string, number>>;

function add(pending: Pending, key: string, field: string, by: number): void {
  let fields = pending.get(key);
  if (!fields) {
    fields = new Map();
    pending.set(key, fields);
  }
  fields.set(field, (fields.get(field) ?? 0) + by);
}

export class MetricsRecorder {
  private readonly keys: ReturnType<typeof metricKeys>;
  private counts: Pending = new Map();
  private sums: Pending = new Map();
  private flushing: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    /** How often the counts go to Redis (default 1 s). */
    flushMs = 1_000,
  ) {
    this.keys = metricKeys(prefix, redis);
    this.timer = setInterval(() => {
      // While a flush waits on Redis (an outage), later counts wait for the one after it.
      if (!this.flushing) void this.flush();
    }, flushMs);
    // Counting never keeps a process alive.
    this.timer.unref();
  }

  /** After each publish attempt. */
  publish(event: PublishMeasure): void {
    const k = this.keys;
    add(this.counts, k.outcomes, `${event.platform}|${event.outcome}|${event.reason ?? ''}`, 1);
    add(this.counts, k.publishLatency, `${event.platform}|${bucketOf(event.latencyMs)}`, 1);
    add(this.sums, k.publishLatency, `${event.platform}|sum`, event.latencyMs / 1000);
    if (event.waitMs) add(this.sums, k.rateLimitWaitMs, event.platform, event.waitMs);
  }

  /** After each composed article. */
  compose(latencyMs: number): void {
    add(this.counts, this.keys.composeLatency, bucketOf(latencyMs), 1);
    add(this.sums, this.keys.composeLatency, 'sum', latencyMs / 1000);
  }

  /**
   * After each article composed with the AI writer configured: the model's tokens and calls, and per platform
   * which writer wrote the post and, when the AI answer was refused, the reason (a closed set: a label).
   */
  ai(event: {
    usage: { prompt: number; completion: number; calls: number };
    writers: { [platform: string]: { writer: string; reason?: string } | undefined };
  }): void {
    const k = this.keys;
    if (event.usage.prompt) add(this.counts, k.aiTokens, 'prompt', event.usage.prompt);
    if (event.usage.completion) add(this.counts, k.aiTokens, 'completion', event.usage.completion);
    if (event.usage.calls) add(this.counts, k.aiTokens, 'calls', event.usage.calls);
    for (const [platform, by] of Object.entries(event.writers)) {
      if (by) add(this.counts, k.aiPosts, `${platform}|${by.writer}|${by.reason ?? ''}`, 1);
    }
  }

  /**
   * Adds what was counted since the last flush to Redis, in one pipeline. One flush at a time: while
   * Redis is away the counts wait in memory (a few fields per platform, however many posts). A flush
   * that Redis refuses drops its counts rather than risk counting them twice.
   */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.counts.size === 0 && this.sums.size === 0) return;
    const pipeline = this.redis.pipeline();
    for (const [key, fields] of this.counts) for (const [field, by] of fields) pipeline.hincrby(key, field, by);
    for (const [key, fields] of this.sums) for (const [field, by] of fields) pipeline.hincrbyfloat(key, field, by);
    this.counts = new Map();
    this.sums = new Map();
    this.flushing = pipeline.exec().then(
      () => undefined,
      () => undefined,
    );
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
  }

  /** Stops the timer and writes what is left. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
