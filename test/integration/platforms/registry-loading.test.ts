import { spawnSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';

/**
 * A worker loads a platform's client library only when an account of that platform is configured: each
 * client weighs on every worker (@atproto/api alone holds ~12 MB of heap). Checked in a fresh Node process
 * running the built registry, with a module hook that reports each package it resolves.
 */
const REPORT_PACKAGES = `data:text/javascript,${encodeURIComponent(`
  export async function resolve(specifier, context, next) {
    const result = await next(specifier, context);
    const name = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(result.url)?.[1];
    if (name) process.stderr.write('package ' + name + '\\n');
    return result;
  }`)}`;

function buildRegistryWith(credentials: Record<string, string>): { packages: Set<string>; summary: string } {
  const dist = (...path: string[]) => JSON.stringify(packagePath('dist', ...path));
  const script = `
    import { register } from 'node:module';
    register(${JSON.stringify(REPORT_PACKAGES)});
    const { loadConfig } = await import(${dist('src', 'config.js')});
    const { buildRegistry } = await import(${dist('src', 'platforms', 'registry.js')});
    const { createRedis } = await import(${dist('queues', 'connection.js')});
    const config = loadConfig();
    const redis = createRedis(config.redisUrl, 'worker', { lazyConnect: true });
    const registry = await buildRegistry({ config, redis, dryRun: false });
    process.stderr.write('summary ' + registry.summary.join('; ') + '\\n');
    redis.disconnect();
  `;
  // Only these variables: never the developer's own credentials.
  const env = { PATH: process.env.PATH ?? '', REDIS_URL: 'redis://127.0.0.1:9', LOG_LEVEL: 'silent', ...credentials };
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the registry process failed (${child.status}): ${child.stderr}`);
  const lines = child.stderr.split('\n');
  return {
    packages: new Set(lines.filter((l) => l.startsWith('package ')).map((l) => l.slice('package '.length))),
    summary: lines.find((l) => l.startsWith('summary '))?.slice('summary '.length) ?? '',
  };
}

const MASTODON = { MASTODON_URL: 'http://127.0.0.1:9', MASTODON_ACCESS_TOKEN: 'token' };
const X = { X_API_KEY: 'k', X_API_SECRET: 's', X_ACCESS_TOKEN: 't', X_ACCESS_SECRET: 'a' };
const BLUESKY = { BLUESKY_IDENTIFIER: 'crier.test', BLUESKY_APP_PASSWORD: 'app-password' };

describe('the registry loads only the configured platforms’ clients', () => {
  test('Mastodon alone: masto, neither twitter-api-v2 nor @atproto/api', () => {
    const { packages, summary } = buildRegistryWith(MASTODON);
    expect(summary).toMatch(/mastodon: enabled \(default\)/);
    expect(packages.has('masto')).toBe(true);
    expect(packages.has('twitter-api-v2')).toBe(false);
    expect(packages.has('@atproto/api')).toBe(false);
  });

  test('the three platforms: the three clients', () => {
    const { packages, summary } = buildRegistryWith({ ...MASTODON, ...X, ...BLUESKY });
    expect(summary).toMatch(/x: enabled.*bluesky: enabled.*mastodon: enabled/);
    expect(['masto', 'twitter-api-v2', '@atproto/api'].filter((p) => !packages.has(p))).toEqual([]);
  });
});
