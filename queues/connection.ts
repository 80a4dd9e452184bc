import { Cluster, type ClusterNode, Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../src/config.js';
import { installClusterDisconnectFix } from './cluster-disconnect.js';

// Before any cluster client exists: one that reconnects after a failover can still be closed.
installClusterDisconnectFix();

/**
 * The one place crier opens Redis connections, to one Redis or to a Redis Cluster (docs/operating.md, "Several
 * hosts").
 *
 * - `worker`: BullMQ workers require `maxRetriesPerRequest: null` (docs/queue-and-ledger.md, "Connections"): a command
 *   waits across a Redis outage (or a cluster failover) instead of failing, and ioredis reconnects forever with a
 *   capped backoff.
 * - `producer`: the CLI fails fast with a clear message when Redis is not there, rather than hanging.
 *
 * Keys are namespaced with BullMQ's `prefix` option and our own `${prefix}:…` keys, never with ioredis'
 * `keyPrefix` (BullMQ throws on it). On a cluster, src/redis/keys.ts adds the hash tags that spread the keys
 * over the shards while keeping each script's keys in one slot.
 */
export type ConnectionRole = 'worker' | 'producer';

/** Where Redis is: the URL of one Redis, or (with `redisClusterNodes`) the seed nodes of a cluster. */
export type RedisTarget = Pick<Config, 'redisUrl'> & Partial<Pick<Config, 'redisClusterNodes'>>;

/**
 * A connection for `role`. On a cluster this is ioredis' `Cluster`, typed as `Redis`: crier (and BullMQ, which
 * checks `isCluster`) only sends commands, scripts and pipelines through it, which both clients share.
 */
export function createRedis(target: RedisTarget | string, role: ConnectionRole, extra: RedisOptions = {}): Redis {
  const { redisUrl, redisClusterNodes } = typeof target === 'string' ? { redisUrl: target } : target;
  const retryStrategy = (times: number) => Math.min(100 * 2 ** Math.min(times, 5), 3_000);
  const common: RedisOptions = {
    // Reconnect with a capped backoff: a restart of Redis is waited out, not fatal.
    retryStrategy,
    connectionName: `crier-${role}`,
  };
  const options: RedisOptions =
    role === 'worker'
      ? { ...common, maxRetriesPerRequest: null, enableReadyCheck: true }
      : { ...common, maxRetriesPerRequest: 1, connectTimeout: 3_000 };
  if (!redisClusterNodes?.length) return new Redis(redisUrl, { ...options, ...extra });
  return createCluster(redisClusterNodes, redisUrl, { ...options, ...extra }, role) as unknown as Redis;
}

/** The credentials and TLS of REDIS_URL, applied to every node of the cluster. */
function createCluster(nodes: string[], redisUrl: string, options: RedisOptions, role: ConnectionRole): Cluster {
  const url = new URL(redisUrl);
  const seeds: ClusterNode[] = nodes.map((node) => {
    const at = node.lastIndexOf(':');
    return { host: node.slice(0, at), port: Number(node.slice(at + 1)) };
  });
  const { retryStrategy, lazyConnect, ...perNode } = options;
  return new Cluster(seeds, {
    lazyConnect,
    clusterRetryStrategy: retryStrategy === null ? () => null : (retryStrategy as (times: number) => number),
    enableReadyCheck: true,
    // A failover moves slots: while the replica takes over, commands are retried (they wait with role
    // `worker`), and the slot map is read again from the nodes still up.
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 200,
    retryDelayOnTryAgain: 200,
    slotsRefreshTimeout: 2_000,
    maxRedirections: 32,
    redisOptions: {
      ...perNode,
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
      // Producers fail fast on a dead node; workers wait across a failover.
      ...(role === 'worker' ? {} : { connectTimeout: 3_000 }),
    },
  });
}

/** The URL without its password, for messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured REDIS_URL';
  }
}

class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
  readonly hint = 'Start Redis (docker compose up -d redis, or apt-get install redis-server) or set REDIS_URL.';
  constructor(url: string, options?: ErrorOptions) {
    super(
      `cannot reach Redis at ${url.startsWith('the cluster') ? url : redactRedisUrl(url)}. Start Redis (docker compose up -d redis, or apt-get install redis-server) or set REDIS_URL${url.startsWith('the cluster') ? ' / REDIS_CLUSTER_NODES' : ''}`,
      options,
    );
  }
}

/** Waits until the connection answers PING, or fails with a RedisUnavailableError after `timeoutMs`. */
export async function ensureReachable(redis: Redis, target: RedisTarget | string, timeoutMs = 3_000): Promise<void> {
  const url =
    typeof target === 'string'
      ? target
      : target.redisClusterNodes?.length
        ? `the cluster ${target.redisClusterNodes.join(',')}`
        : target.redisUrl;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
      }),
    ]);
  } catch (error) {
    throw new RedisUnavailableError(url, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
