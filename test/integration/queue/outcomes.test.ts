import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { startWorkerPool } from '../../../queues/workers.js';
import { MetricsRecorder, metricKeys } from '../../../src/metrics/record.js';
import { PermanentError } from '../../../src/platforms/errors.js';
import { staticRegistry } from '../../../src/platforms/registry.js';
import { createMetrics } from '../../../src/server/metrics.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from '../../../src/webhooks/webhook.js';
import { createHarness, FAST, type Harness, ScriptedAdapter, sampleArticle } from './harness.js';

/** After each attempt: signed webhooks through the queue, and the fleet-wide metrics in Redis. */
const SECRET = 'whsec-outcomes-test';
const deliveries: Array<{ body: string; signature: string; timestamp: string }> = [];
let answers: number[] = [];
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    deliveries.push({
      body,
      signature: String(req.headers[SIGNATURE_HEADER]),
      timestamp: String(req.headers[TIMESTAMP_HEADER]),
    });
    res.writeHead(answers.shift() ?? 204).end();
  });
});
let hookUrl: string;
let harness: Harness;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/crier`;
  harness = createHarness();
});
afterAll(async () => {
  await harness.close();
  await new Promise((resolve) => receiver.close(resolve));
});

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('after a post goes out or fails for good', () => {
  test('a signed webhook tells each URL, retried after a 5xx, and /metrics counts the outcomes', async () => {
    answers = [503];
    const adapter = new ScriptedAdapter('x', ['ok', new PermanentError('x', 'Unauthorized: check X_API_KEY', 401)]);
    const pool = await startWorkerPool({
      config: { ...harness.config, webhooks: { urls: [hookUrl], secret: SECRET } },
      registry: staticRegistry([adapter]),
      connection: harness.redis,
      composeConcurrency: 1,
      ...FAST,
    });
    try {
      const ok = sampleArticle();
      const refused = sampleArticle();
      await harness.enqueue(ok);
      await harness.waitFor(`${ok.id}.x.default`, ['published']);
      await harness.enqueue(refused);
      await harness.waitFor(`${refused.id}.x.default`, ['failed']);
      // The first delivery got a 503 and was retried: three requests, two distinct events.
      await until(() => deliveries.length >= 3, 'the webhook deliveries');

      const events = deliveries.map((d) => JSON.parse(d.body));
      expect(events.filter((e) => e.type === 'published')).toHaveLength(2);
      expect(events.find((e) => e.type === 'published')).toMatchObject({
        articleId: ok.id,
        platform: 'x',
        account: 'default',
        url: expect.stringMatching(/^https:\/\//),
      });
      expect(events.find((e) => e.type === 'failed')).toMatchObject({
        articleId: refused.id,
        reason: expect.stringContaining('Unauthorized'),
      });
      for (const d of deliveries) expect(verifySignature(SECRET, d, d.body)).toBe(true);

      // Each worker writes its counts to Redis once a second.
      const metrics = createMetrics(harness.redis, harness.config.prefix, []);
      let text = '';
      await until(async () => {
        text = await metrics.registry.metrics();
        return /crier_publish_duration_seconds_count\{platform="x"\} 2/.test(text);
      }, 'publish metrics');
      expect(text).toContain('crier_posts_total{platform="x",outcome="published",reason=""} 1');
      expect(text).toContain('crier_posts_total{platform="x",outcome="failed",reason="permanent"} 1');
      await until(
        async () => /crier_compose_duration_seconds_count \d/.test(await metrics.registry.metrics()),
        'compose metrics',
      );
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('metrics', () => {
  test('a worker counts in memory and writes the sums in one go; closing writes what is left', async () => {
    const prefix = `${harness.config.prefix}-recorder`;
    // A flush interval longer than the test: only close() writes.
    const recorder = new MetricsRecorder(harness.redis, prefix, 3_600_000);
    recorder.publish({ platform: 'x', outcome: 'published', latencyMs: 40 });
    recorder.publish({ platform: 'x', outcome: 'published', latencyMs: 80 });
    recorder.publish({ platform: 'x', outcome: 'rate-limited', reason: 'rate-limited', latencyMs: 30, waitMs: 900 });
    recorder.compose(120);
    const k = metricKeys(prefix, harness.redis);
    expect(await harness.redis.exists(k.outcomes, k.publishLatency, k.composeLatency, k.rateLimitWaitMs)).toBe(0);
    await recorder.close();
    expect(await harness.redis.hgetall(k.outcomes)).toEqual({
      'x|published|': '2',
      'x|rate-limited|rate-limited': '1',
    });
    expect(await harness.redis.hgetall(k.publishLatency)).toEqual({ 'x|50': '2', 'x|100': '1', 'x|sum': '0.15' });
    expect(await harness.redis.hgetall(k.composeLatency)).toEqual({ '250': '1', sum: '0.12' });
    expect(await harness.redis.hgetall(k.rateLimitWaitMs)).toEqual({ x: '900' });
  });
});
