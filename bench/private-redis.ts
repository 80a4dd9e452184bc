import { createRequire } from 'node:module';
import { packagePath } from '../src/paths.js';

/** The test suite's private redis-server on a free port (test/support/redis.cjs): benches never touch yours. */
export const { startRedis } = createRequire(import.meta.url)(packagePath('test', 'support', 'redis.cjs')) as {
  /** With `port` and `dir`, a restart of the same database (bench/chaos.ts). */
  startRedis(options?: { appendonly?: boolean; port?: number; dir?: string }): Promise<{
    url: string;
    port: number;
    dir: string;
    stop(): Promise<void>;
  }>;
};
