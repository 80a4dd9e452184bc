import { createRequire } from 'node:module';
import { packagePath } from '../src/paths.js';

/** The test suite's private redis-server on a free port (test/support/redis.cjs): benches never touch yours. */
export const { startRedis } = createRequire(import.meta.url)(packagePath('test', 'support', 'redis.cjs')) as {
  startRedis(options?: { appendonly?: boolean }): Promise<{ url: string; stop(): Promise<void> }>;
};
