#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { createRedis, ensureReachable, redactRedisUrl } from '../../queues/connection.js';
import { Queues } from '../../queues/handles.js';
import { enqueueArticle } from '../../queues/producers.js';
import { startWorkerPool } from '../../queues/workers.js';
import { loadArticle } from '../article/load.js';
import { type Config, loadConfig, loadDotenv } from '../config.js';
import { Ledger } from '../ledger/ledger.js';
import { packagePath } from '../paths.js';
import type { OutboxLine } from '../platforms/dry-run/adapter.js';
import type { PostPart } from '../platforms/parts.js';
import { PLATFORMS, type PlatformId } from '../platforms/platform.js';
import { buildRegistry } from '../platforms/registry.js';
import { composeTeasers } from '../teaser/compose.js';
import { teaserOptions } from '../teaser/options.js';
import { reportAndExit } from './report.js';

/**
 * `npm run demo`: a real end-to-end run on a fresh machine, no credentials needed. Redis: REDIS_URL if
 * it answers, else a private redis-server (free port, temporary directory, stopped at exit). The bundled
 * sample (config/sample-article.md) goes through the real queues and workers to the dry-run target,
 * and the posts are printed. Without any Redis, it shows the teasers (the preview path) and says how
 * to get the full run.
 */
const SAMPLE = packagePath('config', 'sample-article.md');
const NAMES: Record<PlatformId, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };
const say = (line: string) => process.stdout.write(`${line}\n`);

interface RedisHandle {
  url: string;
  label: string;
  stop(): Promise<void>;
}

async function reachable(url: string): Promise<boolean> {
  const probe = createRedis(url, 'producer', { lazyConnect: true, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await ensureReachable(probe, url, 1_500);
    return true;
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A throwaway redis-server, or undefined when none is installed. */
async function startPrivateRedis(): Promise<RedisHandle | undefined> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'crier-demo-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir], {
    stdio: 'ignore',
  });
  const failed = new Promise<boolean>((resolve) => {
    child.once('error', () => resolve(true));
    child.once('exit', () => resolve(true));
  });
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await Promise.race([failed, new Promise<false>((r) => setTimeout(() => r(false), 100))])) {
      rmSync(dir, { recursive: true, force: true });
      return undefined;
    }
    if (await reachable(url)) {
      return {
        url,
        label: `a private redis-server on port ${port}`,
        async stop() {
          process.removeListener('exit', kill);
          child.kill('SIGTERM');
          await failed;
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
  }
  kill();
  return undefined;
}

function renderPart(platform: PlatformId, part: PostPart, index: number, total: number): string {
  const thread = total > 1 ? ` ${index + 1}/${total}` : '';
  return `── ${NAMES[platform]}${thread} · ${part.length}/${part.limit} ${'─'.repeat(40)}\n${part.text}\n`;
}

async function previewOnly(config: Config): Promise<void> {
  const article = await loadArticle(SAMPLE, { fetch: config.settings.fetch });
  const teasers = composeTeasers(article, { platforms: PLATFORMS, teaser: teaserOptions(config.settings) });
  say(`No Redis here, so this is the preview of ${SAMPLE}:\n`);
  for (const platform of PLATFORMS) {
    const parts: PostPart[] = teasers[platform] ?? [];
    parts.forEach((part, i) => {
      say(renderPart(platform, part, i, parts.length));
    });
  }
  say(
    'For the full run through the queue: apt-get install redis-server (or docker compose up -d redis), then npm run demo.',
  );
}

async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}

async function fullRun(config: Config, handle: RedisHandle): Promise<void> {
  const prefix = `crier-demo-${randomUUID().slice(0, 8)}`;
  const outboxDir = mkdtempSync(join(tmpdir(), 'crier-demo-'));
  const outbox = join(outboxDir, 'outbox.jsonl');
  const demoConfig: Config = { ...config, redisUrl: handle.url, prefix, dryRun: true, outbox };
  say(`Redis: ${handle.label}; queue prefix ${prefix}; dry run → ${outbox}`);

  const connection = createRedis(handle.url, 'worker');
  const registry = await buildRegistry({ config: demoConfig, redis: connection, dryRun: true });
  const pool = await startWorkerPool({ config: demoConfig, registry, connection });
  const queues = new Queues(connection, prefix);
  const ledger = new Ledger({ redis: connection, prefix });
  try {
    const article = await loadArticle(SAMPLE, { fetch: config.settings.fetch });
    await enqueueArticle(queues, config.settings, { article, platforms: [...PLATFORMS], when: { kind: 'now' } });
    say(`Enqueued ${article.id}: "${article.title}"; the workers compose and publish it…\n`);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const posts = await ledger.postsOf(article.id);
      if (posts.length === PLATFORMS.length && posts.every((p) => p.state === 'published' || p.state === 'failed'))
        break;
      if (Date.now() > deadline) throw new Error(`the posts did not go out in time: ${JSON.stringify(posts)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const lines = readFileSync(outbox, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as OutboxLine);
    for (const platform of PLATFORMS) {
      const parts = lines.filter((l) => l.platform === platform).sort((a, b) => a.index - b.index);
      parts.forEach((line, i) => {
        say(renderPart(platform, line.part as PostPart, i, parts.length));
      });
    }
    const posts = await ledger.postsOf(article.id);
    say(posts.map((p) => `${p.platform}: ${p.state} (${p.done.map((d) => d.url).join(', ')})`).join('\n'));
    say('\nThat was a dry run: set the credentials in .env (see .env.example) and run `crier worker` to publish.');
  } finally {
    await pool.close();
    await registry.close();
    await deleteKeys(connection, prefix).catch(() => undefined);
    await queues.close();
    await connection.quit().catch(() => connection.disconnect());
    rmSync(outboxDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  await loadDotenv();
  const config = loadConfig();
  let handle: RedisHandle | undefined;
  if (await reachable(config.redisUrl)) {
    handle = { url: config.redisUrl, label: redactRedisUrl(config.redisUrl), stop: async () => undefined };
  } else {
    handle = await startPrivateRedis();
  }
  if (!handle) {
    await previewOnly(config);
    return;
  }
  try {
    await fullRun(config, handle);
  } finally {
    await handle.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => reportAndExit(error),
);
