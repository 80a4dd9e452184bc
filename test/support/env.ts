import { randomUUID } from 'node:crypto';
import { AtpAgent } from '@atproto/api';

/** The private redis-server started by the global setup for this test run (never the user's database). */
export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run the tests through `npm test` / `npm run jest`');
  return url;
}

/**
 * Where the suites that run on both (queue, ledger) find Redis: the private Redis, or, when a file under
 * test/integration/cluster/ sets CRIER_TEST_ON_CLUSTER=1 before it imports the suite, the private cluster.
 */
export function testRedisTarget(): { redisUrl: string; redisClusterNodes?: string[] } {
  if (!onTestCluster()) return { redisUrl: testRedisUrl() };
  const nodes = process.env.TEST_REDIS_CLUSTER_NODES;
  if (!nodes) throw new Error('TEST_REDIS_CLUSTER_NODES is not set: run the tests through `npm test` / `npm run jest`');
  return { redisUrl: 'redis://127.0.0.1', redisClusterNodes: nodes.split(',') };
}

/** The same, as the environment crier's config reads (REDIS_URL, REDIS_CLUSTER_NODES). */
export function testRedisEnv(): Record<string, string> {
  const target = testRedisTarget();
  return target.redisClusterNodes
    ? { REDIS_URL: target.redisUrl, REDIS_CLUSTER_NODES: target.redisClusterNodes.join(',') }
    : { REDIS_URL: target.redisUrl };
}

export function onTestCluster(): boolean {
  return process.env.CRIER_TEST_ON_CLUSTER === '1';
}

/** A key prefix of its own for one test, so tests never see each other's queues or ledger. */
export function uniquePrefix(label = 'test'): string {
  return `${label}-${randomUUID().slice(0, 8)}`;
}

/** The real reference PDS started by the global setup. */
export function testPdsUrl(): string {
  const url = process.env.TEST_PDS_URL;
  if (!url) throw new Error('TEST_PDS_URL is not set: run the tests through `npm test` / `npm run jest`');
  return url;
}

export interface PdsAccount {
  service: string;
  identifier: string;
  password: string;
  did: string;
}

/** A fresh account on the test PDS (handles must end in ".test"; some words, such as "bot", are reserved). */
export async function createPdsAccount(service = testPdsUrl()): Promise<PdsAccount> {
  const name = `crier${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const password = `pw-${randomUUID()}`;
  const agent = new AtpAgent({ service });
  const { data } = await agent.com.atproto.server.createAccount({
    handle: `${name}.test`,
    email: `${name}@crier-tests.org`,
    password,
  });
  return { service, identifier: `${name}.test`, password, did: data.did };
}
