import { afterAll, afterEach } from '@jest/globals';
import { Redis } from 'ioredis';
import { testRedisUrl } from './env.js';

/** A connection to the test run's private Redis for a test file, closed after its last test. */
export function testRedis(): Redis {
  const redis = new Redis(testRedisUrl());
  afterAll(async () => {
    await redis.quit();
  });
  return redis;
}

/**
 * For what a test starts (servers, proxies, adapters): `closeAfter(() => server.close())` closes it once
 * the test is over, last started first, whether the test passed or not.
 */
export function closingAfterEach(): (close: () => Promise<void>) => void {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close();
  });
  return (close) => {
    closers.push(close);
  };
}
