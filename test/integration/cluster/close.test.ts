import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { Cluster } from 'ioredis';
import { keepClosed } from '../../../queues/cluster-disconnect.js';
import { PLATFORMS } from '../../../src/platforms/platform.js';
import { until } from '../../support/until.js';
import { createHarness, type Harness, ScriptedAdapter } from '../queue/harness.js';

/**
 * The third hang of a close after a failover (docs/operating.md, "Stopping after a failover"). A worker's blocking
 * connection, marked closed for good (keepClosed) and disconnected while its BZPOPMIN waits, reaches `end`; a
 * node's late `end` moves it back to `close`; BullMQ's recovery of the interrupted BZPOPMIN disconnects it again
 * (pool empty) and its connect() is refused: ioredis 6.0.0 leaves it at `disconnecting`, with no node left to move
 * it on. A job fetch of the worker's main loop that waits for the connection (BullMQ's reconnect after a failed or
 * timed-out BZPOPMIN, as after a failover) then waits forever, and so does Worker.close(). Played here on an idle
 * worker of a real pool on the test cluster; without queues/cluster-disconnect.ts's end for a client closed for
 * good, the close never finishes.
 */
let harness: Harness;
beforeAll(() => {
  const nodes = process.env.TEST_REDIS_CLUSTER_NODES;
  if (!nodes) throw new Error('TEST_REDIS_CLUSTER_NODES is not set: run the tests through `npm run jest`');
  harness = createHarness({}, { REDIS_URL: 'redis://127.0.0.1', REDIS_CLUSTER_NODES: nodes });
});
afterAll(async () => {
  await harness.queues.close();
  await harness.redis.quit();
});

test('a worker whose blocking connection is closed for good while it fetches a job still closes', async () => {
  const pool = await harness.start(PLATFORMS.map((p) => new ScriptedAdapter(p)));
  await Promise.all(pool.workers.map((w) => w.waitUntilReady()));
  const feeds = pool.workers.find((w) => w.name === 'feeds');
  if (!feeds) throw new Error('no feeds worker');
  const blocking = (await feeds.backend.blockingClient) as unknown as Cluster;
  // Blocked in BZPOPMIN on the idle queue.
  await until(
    'the feeds worker waits for a job',
    async () => (feeds as unknown as { waiting: unknown }).waiting !== null,
  );

  // What the pool's close does first (queues/workers.ts), here before Worker.close(): the worker, not closing yet,
  // handles its failed BZPOPMIN as after a failover, and BullMQ's recovery disconnects the ended client again.
  let ended = false;
  let disconnectedAgain = false;
  blocking.on('end', () => {
    ended = true;
  });
  blocking.on('disconnecting', () => {
    if (ended) disconnectedAgain = true;
  });
  keepClosed(blocking);
  blocking.disconnect();
  // BullMQ's recovery comes when its watchdog gives up the BZPOPMIN, its block timeout (up to 10 s) and a second after
  // it was sent; on two cores busy with the whole suite that took over 5 s once and over 20 s once.
  await until('BullMQ disconnects the ended connection again', async () => disconnectedAgain, 45_000);

  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    pool.close().then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), 20_000);
    }),
  ]);
  clearTimeout(timer);
  // A hung close is dropped, not awaited: its connection would not end either.
  if (!closed) for (const w of pool.workers) w.disconnect().catch(() => {});
  expect(closed).toBe(true);
  await until('the connection ends', async () => blocking.status === 'end', 5_000);
}, 75_000);
