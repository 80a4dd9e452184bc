// A crier worker in its own process, for the crash and shutdown tests: runs the built code (dist/)
// against a pretend platform kept in Redis, so posts made by a process that was killed stay visible.
// Usage: node worker-process.mjs '{"redisUrl":…,"prefix":…,"slowMs":…}'
import { createRedis } from '../../../dist/queues/connection.js';
import { startWorkerPool } from '../../../dist/queues/workers.js';
import { loadConfig } from '../../../dist/src/config.js';
import { staticRegistry } from '../../../dist/src/platforms/registry.js';

const options = JSON.parse(process.argv[2] ?? '{}');
const config = loadConfig(
  { REDIS_URL: options.redisUrl, CRIER_PREFIX: options.prefix, LOG_LEVEL: 'silent' },
  { delivery: { backoffMs: 50, maxBackoffMs: 200, keepCompletedJobs: 10 } },
);
const connection = createRedis(config.redisUrl, 'worker');
connection.on('error', () => undefined);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// How many times the "platform" received each part: the test asserts every count is exactly 1.
const countKey = `${options.prefix}:fake-platform:count`;

/** @type {import('../../../src/platforms/adapter.js').PlatformAdapter<'x'>} */
const adapter = {
  platform: 'x',
  account: 'default',
  async publish(request) {
    const posted = [...request.done];
    for (let i = posted.length; i < request.parts.length; i++) {
      const slot = `${request.idempotencyKey}#${i}`;
      await connection.hset(`${options.prefix}:fake-platform:started`, slot, String(process.pid));
      await sleep(options.slowMs ?? 0);
      await connection.hincrby(countKey, slot, 1);
      const part = { remoteId: slot, url: `https://example.test/${slot}` };
      posted.push(part);
      await request.onPosted?.(i, part);
    }
    return posted;
  },
  async recover(request) {
    const slot = `${request.idempotencyKey}#${request.done.length}`;
    const count = await connection.hget(countKey, slot);
    return count ? { remoteId: slot, url: `https://example.test/${slot}` } : null;
  },
  async verify() {
    return '@default';
  },
};

const pool = await startWorkerPool({
  config,
  registry: staticRegistry([adapter]),
  connection,
  publishConcurrency: options.concurrency ?? 4,
  composeConcurrency: 1,
  stalledIntervalMs: 500,
  lockDurationMs: 2_000,
  postLockTtlMs: 1_500,
});
process.on('SIGTERM', async () => {
  await pool.close();
  await connection.quit();
  process.exit(0);
});
process.stdout.write('ready\n');
