import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Counter, Gauge, type Metric, type MetricObjectWithValues, type MetricValue, Registry } from 'prom-client';
import { xSpend } from '../ledger/x-bill.js';
import { LATENCY_BUCKETS_MS, metricKeys } from '../metrics/record.js';

/**
 * Prometheus metrics for `crier serve`. Workers run in other processes (often on other hosts), so what
 * they measure is kept in Redis by src/metrics/record.ts, and read back here at scrape time:
 * one /metrics shows the whole fleet.
 */
export interface Metrics {
  registry: Registry;
  /** The queues measured (and shown in the dashboard). */
  queues: Queue[];
}

export function createMetrics(
  redis: Redis,
  prefix: string,
  queues: Queue[],
  /** The X accounts whose monthly spend is shown. */
  xAccounts: readonly string[] = [],
): Metrics {
  const registry = new Registry();
  const k = metricKeys(prefix, redis);

  new Counter({
    name: 'crier_posts_total',
    help: 'Publish attempts by platform, outcome (published, failed, retried, rate-limited, id-unknown) and reason',
    labelNames: ['platform', 'outcome', 'reason'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [field, value] of Object.entries(await redis.hgetall(k.outcomes))) {
        const [platform = '', outcome = '', reason = ''] = field.split('|');
        this.inc({ platform, outcome, reason }, Number(value));
      }
    },
  });

  new Gauge({
    name: 'crier_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queues) {
        const counts = await queue.getJobCounts(
          'waiting',
          'active',
          'delayed',
          'failed',
          'prioritized',
          'waiting-children',
        );
        for (const [state, count] of Object.entries(counts)) this.set({ queue: queue.name, state }, count);
      }
    },
  });

  new Counter({
    name: 'crier_rate_limit_wait_seconds_total',
    help: 'Time posts spent waiting for a platform rate limit to reset',
    labelNames: ['platform'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [platform, ms] of Object.entries(await redis.hgetall(k.rateLimitWaitMs))) {
        this.inc({ platform }, Number(ms) / 1000);
      }
    },
  });

  new Gauge({
    name: 'crier_x_spend_usd',
    help: 'Estimated X API spend this calendar month (UTC), per X account, against its budget (docs/operator.md)',
    labelNames: ['account', 'month'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const { account, month, usd } of await xSpend(redis, prefix, xAccounts)) this.set({ account, month }, usd);
    },
  });

  new Counter({
    name: 'crier_ai_tokens_total',
    help: 'Tokens the AI writer used (kind: prompt, completion) and its model calls (kind: calls)',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [kind, value] of Object.entries(await redis.hgetall(k.aiTokens))) this.inc({ kind }, Number(value));
    },
  });

  new Counter({
    name: 'crier_ai_posts_total',
    help: 'Posts composed with the AI writer configured, by platform, writer (ai, extractive) and refusal reason',
    labelNames: ['platform', 'writer', 'reason'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [field, value] of Object.entries(await redis.hgetall(k.aiPosts))) {
        const [platform = '', writer = '', reason = ''] = field.split('|');
        this.inc({ platform, writer, reason }, Number(value));
      }
    },
  });

  registry.registerMetric(
    redisHistogram('crier_publish_duration_seconds', 'Time of one publish attempt', k.publishLatency, redis, true),
  );
  registry.registerMetric(
    redisHistogram('crier_compose_duration_seconds', 'Time to compose one article', k.composeLatency, redis, false),
  );
  return { registry, queues };
}

/**
 * A histogram whose observations other processes counted in Redis, one field per bucket
 * ("platform|250" or "250", plus "sum"). Exposed as cumulative buckets, as Prometheus expects.
 */
function redisHistogram(name: string, help: string, key: string, redis: Redis, byPlatform: boolean): Metric {
  return {
    name,
    help,
    type: 'histogram',
    async get() {
      const series = new Map<string, { buckets: Map<string, number>; sum: number }>();
      for (const [field, value] of Object.entries(await redis.hgetall(key))) {
        const parts = field.split('|');
        const platform = byPlatform ? (parts[0] ?? '') : '';
        const bucket = (byPlatform ? parts[1] : parts[0]) ?? '';
        const entry = series.get(platform) ?? { buckets: new Map(), sum: 0 };
        series.set(platform, entry);
        if (bucket === 'sum') entry.sum = Number(value);
        else entry.buckets.set(bucket, Number(value));
      }
      const values: Array<{ metricName: string; labels: Record<string, string | number>; value: number }> = [];
      for (const [platform, { buckets, sum }] of series) {
        const base: Record<string, string> = byPlatform ? { platform } : {};
        let cumulative = 0;
        for (const bound of [...LATENCY_BUCKETS_MS.map(String), '+Inf']) {
          cumulative += buckets.get(bound) ?? 0;
          const le = bound === '+Inf' ? '+Inf' : Number(bound) / 1000;
          values.push({ metricName: `${name}_bucket`, labels: { ...base, le }, value: cumulative });
        }
        values.push({ metricName: `${name}_sum`, labels: base, value: sum });
        values.push({ metricName: `${name}_count`, labels: base, value: cumulative });
      }
      return { name, help, type: 'histogram', values, aggregator: 'sum' } as unknown as MetricObjectWithValues<
        MetricValue<string>
      >;
    },
  } as unknown as Metric;
}
