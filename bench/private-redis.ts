import { createRequire } from 'node:module';
import { packagePath } from '../src/paths.js';

const require = createRequire(import.meta.url);

/** The test suite's private redis-server on a free port (test/support/redis.cjs): benches never touch yours. */
export const { startRedis } = require(packagePath('test', 'support', 'redis.cjs')) as {
  /** With `port` and `dir`, a restart of the same database (bench/chaos.ts). */
  startRedis(options?: { appendonly?: boolean; port?: number; dir?: string }): Promise<{
    url: string;
    port: number;
    dir: string;
    stop(): Promise<void>;
  }>;
};

/** The test suite's private Redis Cluster, 3 masters and 3 replicas on free ports (test/support/redis-cluster.cjs). */
export const { startRedisCluster } = require(packagePath('test', 'support', 'redis-cluster.cjs')) as {
  startRedisCluster(options?: { nodeTimeoutMs?: number }): Promise<{
    /** host:port of every node, for REDIS_CLUSTER_NODES. */
    nodes: string[];
    mastersNow(): Promise<number[]>;
    kill(port: number): Promise<void>;
    restart(port: number): Promise<void>;
    healed(timeoutMs?: number): Promise<void>;
    stop(): Promise<void>;
  }>;
};
