import type { Redis } from 'ioredis';

/**
 * What workers measure, kept in Redis so that one `crier serve` /metrics shows every worker process on
 * every host (see src/server/metrics.ts for the Prometheus side). A few HINCRBYs per post, no scan.
 */
export const LATENCY_BUCKETS_MS = [50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000];

type PublishOutcome = 'published' | 'failed' | 'retried' | 'rate-limited';

export function metricKeys(prefix: string) {
  return {
    outcomes: `${prefix}:metrics:outcomes`,
    publishLatency: `${prefix}:metrics:publish-latency`,
    composeLatency: `${prefix}:metrics:compose-latency`,
    rateLimitWaitMs: `${prefix}:metrics:rate-limit-wait-ms`,
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

/** After each publish attempt. */
export async function recordPublish(redis: Redis, prefix: string, event: PublishMeasure): Promise<void> {
  const k = metricKeys(prefix);
  const multi = redis.multi();
  multi.hincrby(k.outcomes, `${event.platform}|${event.outcome}|${event.reason ?? ''}`, 1);
  multi.hincrby(k.publishLatency, `${event.platform}|${bucketOf(event.latencyMs)}`, 1);
  multi.hincrbyfloat(k.publishLatency, `${event.platform}|sum`, event.latencyMs / 1000);
  if (event.waitMs) multi.hincrbyfloat(k.rateLimitWaitMs, event.platform, event.waitMs);
  await multi.exec();
}

/** After each composed article. */
export async function recordCompose(redis: Redis, prefix: string, latencyMs: number): Promise<void> {
  const k = metricKeys(prefix);
  await redis
    .multi()
    .hincrby(k.composeLatency, bucketOf(latencyMs), 1)
    .hincrbyfloat(k.composeLatency, 'sum', latencyMs / 1000)
    .exec();
}
