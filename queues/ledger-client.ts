import type { Redis } from 'ioredis';
import type { Config } from '../src/config.js';
import { Ledger } from '../src/ledger/ledger.js';
import { createRedis, ensureReachable } from './connection.js';

/**
 * The ledger alone, for a command that only reads it (`crier status`): one producer connection and no BullMQ,
 * whose queues such a command never touches and whose loading is most of its start (bench/cli.ts).
 * queues/operator.ts's `openClient` adds the queues for the commands that change them.
 */
export interface LedgerClient {
  redis: Redis;
  prefix: string;
  ledger: Ledger;
  close(): Promise<void>;
}

/** Dry runs live under their own prefix, so a dry-run worker never takes real posts and vice versa. */
export function effectivePrefix(prefix: string, dryRun: boolean): string {
  return dryRun ? `${prefix}-dry-run` : prefix;
}

/** Connects (failing fast with a clear message when Redis is not there) and opens the ledger under `prefix`. */
export async function openLedgerClient(
  config: Pick<Config, 'redisUrl' | 'prefix'> & Partial<Pick<Config, 'redisClusterNodes'>>,
): Promise<LedgerClient> {
  const redis = createRedis(config, 'producer');
  redis.on('error', () => undefined);
  try {
    await ensureReachable(redis, config);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  return {
    redis,
    prefix: config.prefix,
    ledger: new Ledger({ redis, prefix: config.prefix }),
    async close() {
      await redis.quit().catch(() => undefined);
    },
  };
}
