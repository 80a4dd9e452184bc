import { Redis, type RedisOptions } from 'ioredis';

/**
 * The one place crier opens Redis connections.
 *
 * - `worker`: BullMQ workers require `maxRetriesPerRequest: null` (docs/queue-and-ledger.md, "Connections"): a command
 *   waits across a Redis outage instead of failing, and ioredis reconnects forever with a capped backoff.
 * - `producer`: the CLI fails fast with a clear message when Redis is not there, rather than hanging.
 *
 * Keys are namespaced with BullMQ's `prefix` option and our own `${prefix}:…` keys, never with ioredis'
 * `keyPrefix` (BullMQ throws on it). A hash-tagged prefix such as `{crier}` puts every key in one slot.
 */
export type ConnectionRole = 'worker' | 'producer';

export function createRedis(url: string, role: ConnectionRole, extra: RedisOptions = {}): Redis {
  const common: RedisOptions = {
    // Reconnect with a capped backoff: a restart of Redis is waited out, not fatal.
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 3_000),
    connectionName: `crier-${role}`,
  };
  const options: RedisOptions =
    role === 'worker'
      ? { ...common, maxRetriesPerRequest: null, enableReadyCheck: true }
      : { ...common, maxRetriesPerRequest: 1, connectTimeout: 3_000 };
  return new Redis(url, { ...options, ...extra });
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
      `cannot reach Redis at ${redactRedisUrl(url)}. Start Redis (docker compose up -d redis, or apt-get install redis-server) or set REDIS_URL`,
      options,
    );
  }
}

/** Waits until the connection answers PING, or fails with a RedisUnavailableError after `timeoutMs`. */
export async function ensureReachable(redis: Redis, url: string, timeoutMs = 3_000): Promise<void> {
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
