import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, jest, test } from '@jest/globals';
import { postId, publishQueueName } from '../../../queues/names.js';
import type { PublishRequest } from '../../../src/platforms/adapter.js';
import { PLATFORMS, type PlatformId } from '../../../src/platforms/platform.js';
import { until } from '../../support/until.js';
import { createHarness, type Harness, ScriptedAdapter, sampleArticle } from '../queue/harness.js';

/**
 * A master of the cluster dies in the middle of a run (SIGKILL: no goodbye to its clients); its replica takes
 * over after the cluster's node timeout (1 s here). Every post still goes out, once. A cluster of its own, so
 * the other cluster suites keep their masters.
 */
interface TestCluster {
  nodes: string[];
  mastersNow(): Promise<number[]>;
  portOf(key: string): Promise<number | undefined>;
  kill(port: number): Promise<void>;
  healed(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}
const { startRedisCluster } = createRequire(import.meta.url)('../../support/redis-cluster.cjs') as {
  startRedisCluster(options: { nodeTimeoutMs: number }): Promise<TestCluster>;
};

jest.setTimeout(120_000);

const ARTICLES = 30;

let cluster: TestCluster;
let harness: Harness;
beforeAll(async () => {
  cluster = await startRedisCluster({ nodeTimeoutMs: 1_000 });
  harness = createHarness({}, { REDIS_URL: 'redis://127.0.0.1', REDIS_CLUSTER_NODES: cluster.nodes.join(',') });
}, 90_000);
afterAll(async () => {
  // A worker's close after a failover can still hang on one job fetch (docs/operating.md, "Failover"); like
  // `crier worker`, the harness stops waiting after a grace period, so the hang cannot fail or stall the suite.
  await harness?.close(30_000);
  await cluster?.stop();
});

/** A platform that takes a while per post (so the kill lands mid-run) and counts any post sent twice. */
class SlowPlatform<P extends PlatformId> extends ScriptedAdapter<P> {
  twice = 0;
  constructor(platform: P) {
    super(
      platform,
      Array.from({ length: ARTICLES }, () => ({ wait: 100 })),
    );
  }
  override async publish(request: PublishRequest<P>) {
    try {
      return await super.publish(request);
    } catch (error) {
      if ((error as Error).message.startsWith('posted twice')) this.twice++;
      throw error;
    }
  }
}

test('a master is killed mid-run: its replica takes over, every post is published exactly once', async () => {
  const platforms = PLATFORMS.map((p) => new SlowPlatform(p));
  // Locks outlive the failover: a job whose lock could not be renewed for a few seconds is not taken for stalled.
  // One post at a time per account, 0.1 s each: the run lasts a few seconds, long enough to kill a master in it.
  await harness.start(platforms, {
    lockDurationMs: 15_000,
    stalledIntervalMs: 5_000,
    postLockTtlMs: 15_000,
    publishConcurrency: 1,
  });
  // The master of X's publish queue: the queue being worked on dies with it.
  const victim = await cluster.portOf(`{${harness.config.prefix}:${publishQueueName('x')}}`);
  if (victim === undefined) throw new Error('no master found for the X queue');
  const articles = Array.from({ length: ARTICLES }, () => sampleArticle());
  const enqueue = async (some: typeof articles) => {
    for (const article of some) await harness.enqueue(article, { platforms: [...PLATFORMS] });
  };
  // Half before the kill; the other half while the cluster fails over.
  await enqueue(articles.slice(0, ARTICLES / 2));
  const out = () => platforms.reduce((sum, p) => sum + p.posts, 0);
  const total = ARTICLES * PLATFORMS.length;

  // The keys spread: each of the three masters holds some of this run's keys.
  const masters = await cluster.mastersNow();
  const keysOn = await Promise.all(masters.map(async (port) => (await keyCount(port, harness.config.prefix)) > 0));
  expect(keysOn).toEqual([true, true, true]);

  await until('some posts are out', async () => out() >= total / 6, 60_000);
  const outAtKill = out();
  const killedAt = Date.now();
  await cluster.kill(victim);
  await enqueue(articles.slice(ARTICLES / 2));
  await cluster.healed();
  const healedMs = Date.now() - killedAt;
  await until('every post is out', async () => out() >= total, 90_000);
  const drainedMs = Date.now() - killedAt;
  process.stdout.write(
    `failover: master killed with ${outAtKill}/${total} posts out; cluster healed ${healedMs} ms later, all out after ${drainedMs} ms\n`,
  );

  await harness.idle();
  for (const platform of platforms) {
    expect(platform.posts).toBe(ARTICLES);
    expect(platform.twice).toBe(0);
  }
  for (const article of articles) {
    for (const platform of PLATFORMS) {
      const record = await harness.ledger.get(postId({ articleId: article.id, platform, account: 'default' }));
      expect(record?.state).toBe('published');
    }
  }
});

/** How many of the run's keys a node holds (SCAN on that node alone). */
async function keyCount(port: number, prefix: string): Promise<number> {
  const { Redis } = await import('ioredis');
  const node = new Redis(port, '127.0.0.1');
  try {
    let count = 0;
    let cursor = '0';
    do {
      const [next, keys] = await node.scan(cursor, 'MATCH', `*${prefix}*`, 'COUNT', 1000);
      count += keys.length;
      cursor = next;
    } while (cursor !== '0');
    return count;
  } finally {
    node.disconnect();
  }
}
