import { createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import type { Cluster } from 'ioredis';
import { keepClosed } from '../../../queues/cluster-disconnect.js';
import { createRedis } from '../../../queues/connection.js';
import { until } from '../../support/until.js';

/**
 * A cluster client between two reconnect attempts (every node connection lost, as after a failover) must still
 * close: BullMQ closes a worker's blocking connection with `disconnect()` and waits for `end`, and ioredis 6.0.0
 * alone never emits it from there (queues/cluster-disconnect.ts). No cluster needed: seed nodes where nothing
 * listens keep the client reconnecting.
 */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('a cluster client whose nodes are all gone', () => {
  it.each([
    ['crier’s own connection', 'created'],
    ['a duplicate (as BullMQ makes for a blocking connection)', 'duplicated'],
  ])('%s ends on disconnect() while reconnecting', async (_label, how) => {
    const target = { redisUrl: 'redis://127.0.0.1', redisClusterNodes: [`127.0.0.1:${await closedPort()}`] };
    const created = createRedis(target, 'worker') as unknown as Cluster;
    const client = how === 'duplicated' ? created.duplicate() : created;
    if (client !== created) created.disconnect();
    client.on('error', () => undefined);
    let ended = false;
    client.on('end', () => {
      ended = true;
    });
    await until('the client reconnects', async () => client.status === 'reconnecting');
    expect(client.nodes()).toHaveLength(0);

    client.disconnect();

    await until('the client ends', async () => ended, 5_000);
    expect(client.status).toBe('end');
  });
});

describe('a cluster client being closed for good', () => {
  /**
   * BullMQ's recovery of a blocking connection runs `disconnect(false)` and `connect()` when a BZPOPMIN fails;
   * during Worker.close() that reconnected the very connection being closed, and the close could hang
   * (queues/cluster-disconnect.ts, keepClosed; the failover test's clean-up shows it end to end).
   */
  it('refuses to connect again, so a recovery cannot reopen it', async () => {
    const target = { redisUrl: 'redis://127.0.0.1', redisClusterNodes: [`127.0.0.1:${await closedPort()}`] };
    const client = createRedis(target, 'worker') as unknown as Cluster;
    client.on('error', () => undefined);
    await until('the client reconnects', async () => client.status === 'reconnecting');
    keepClosed(client);
    client.disconnect();

    await expect(client.connect()).rejects.toThrow('Connection is closed.');
    await until('the client ends', async () => client.status === 'end', 5_000);
  });
});

describe('a cluster client closed for good, disconnected again once its nodes are gone', () => {
  /**
   * Closing a worker ends its blocking connection; a node's late `end` can then move it back to `close`, and BullMQ's
   * recovery of the BZPOPMIN that the close interrupted disconnects it again before its (refused) connect(). ioredis
   * 6.0.0 leaves such a cluster at `disconnecting` for good: its pool is empty, so no node `end` is left to move it
   * on, and whatever then waits for `end` (or `ready`) waits forever (queues/cluster-disconnect.ts).
   */
  it('ends again at once', async () => {
    const nodes = process.env.TEST_REDIS_CLUSTER_NODES?.split(',');
    if (!nodes) throw new Error('TEST_REDIS_CLUSTER_NODES is not set: run the tests through `npm run jest`');
    const client = createRedis(
      { redisUrl: 'redis://127.0.0.1', redisClusterNodes: nodes },
      'worker',
    ) as unknown as Cluster;
    client.on('error', () => undefined);
    await until('the client is ready', async () => client.status === 'ready');
    keepClosed(client);
    client.disconnect();
    await until('the client ends', async () => client.status === 'end', 5_000);
    expect(client.nodes()).toHaveLength(0);

    let endedAgain = false;
    client.once('end', () => {
      endedAgain = true;
    });
    client.disconnect();

    await until('the client ends again', async () => endedAgain, 5_000);
    expect(client.status).toBe('end');
  });
});
