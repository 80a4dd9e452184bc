import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import sharp from 'sharp';
import { createRedis } from '../../../queues/connection.js';
import { Queues } from '../../../queues/handles.js';
import { openClient, type QueueClient } from '../../../queues/operator.js';
import { type EnqueueInput, enqueueArticle } from '../../../queues/producers.js';
import { startWorkerPool, type WorkerPool } from '../../../queues/workers.js';
import type { Article } from '../../../src/article/article.js';
import { type Config, loadConfig } from '../../../src/config.js';
import { Ledger, type PostRecord, type PostState } from '../../../src/ledger/ledger.js';
import { buildRegistry, type Registry } from '../../../src/platforms/registry.js';
import { type FaultProxy, startFaultProxy } from '../../fakes/fault-proxy.js';
import { type MastodonServer, startMastodonServer } from '../../fakes/mastodon-server.js';
import { startXServer, type XServer } from '../../fakes/x-server.js';
import { createPdsAccount, type PdsAccount, testRedisUrl, uniquePrefix } from '../../support/env.js';
import { FAST, sleep } from '../queue/harness.js';

/**
 * A whole crier for one end-to-end test: the X and Mastodon fakes, a fresh account on the real test
 * PDS, optionally a fault proxy in front of each, a local image server, and a worker pool whose
 * registry is built by `buildRegistry` from a `loadConfig` environment pointing at them — the real
 * adapters and the real image fetcher, nothing scripted.
 */

export const OAUTH1 = {
  appKey: 'e2e-app-key-1234',
  appSecret: 'e2e-app-secret-5678',
  accessToken: '1500000000000000001-e2e-access-token',
  accessSecret: 'e2e-access-secret-9abc',
};
export const MASTODON_TOKEN = 'e2e-mastodon-token-7f3a9c';
export const MASTODON_USER = 'crier';

export interface ImageServer {
  /** Redirects once to the PNG, so the fetcher's redirect handling is on the path. */
  url: string;
  png: Uint8Array;
  /** Requests for the PNG itself. */
  hits: number;
  close(): Promise<void>;
}

export async function startImageServer(): Promise<ImageServer> {
  const png = new Uint8Array(
    await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7d44' } })
      .png()
      .toBuffer(),
  );
  const state = { hits: 0 };
  const server = http.createServer((req, res) => {
    if (req.url === '/cover') {
      res.writeHead(302, { location: '/cover.png' }).end();
      return;
    }
    if (req.url === '/cover.png') {
      state.hits++;
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.byteLength }).end(png);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/cover`,
    png,
    get hits() {
      return state.hits;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Proxies {
  x: FaultProxy;
  bluesky: FaultProxy;
  mastodon: FaultProxy;
}

export interface Stack {
  x: XServer;
  mastodon: MastodonServer;
  pds: PdsAccount;
  image: ImageServer;
  /** Present when the stack was started with `proxied: true`. */
  proxies: Proxies | undefined;
  config: Config;
  registry: Registry;
  ledger: Ledger;
  redis: Redis;
  /** The CLI's and the API's handle on the same queues and ledger (operator actions). */
  client: QueueClient;
  enqueue(article: Article, thread?: boolean, extra?: Pick<EnqueueInput, 'review' | 'texts'>): Promise<void>;
  waitFor(postId: string, states: PostState[], timeoutMs?: number): Promise<PostRecord>;
  close(): Promise<void>;
}

export async function startStack(
  options: { proxied?: boolean; env?: Record<string, string>; settings?: Record<string, unknown> } = {},
): Promise<Stack> {
  const closers: Array<() => Promise<void>> = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
  };
  try {
    // Behind a proxy the client signs the proxy's URL, so the fake cannot check the HMAC there.
    const x = await startXServer(options.proxied ? {} : { oauth1: OAUTH1 });
    closers.push(() => x.close());
    const mastodon = await startMastodonServer({
      accounts: [{ username: MASTODON_USER, token: MASTODON_TOKEN }],
      mediaPollsUntilReady: null,
    });
    closers.push(() => mastodon.close());
    const pds = await createPdsAccount();
    const image = await startImageServer();
    closers.push(() => image.close());

    let proxies: Proxies | undefined;
    if (options.proxied) {
      const px = await startFaultProxy(x.url);
      closers.push(() => px.close());
      const pb = await startFaultProxy(pds.service);
      closers.push(() => pb.close());
      const pm = await startFaultProxy(mastodon.url);
      closers.push(() => pm.close());
      proxies = { x: px, bluesky: pb, mastodon: pm };
    }

    const config = loadConfig(
      {
        REDIS_URL: testRedisUrl(),
        CRIER_PREFIX: uniquePrefix('e2e'),
        LOG_LEVEL: 'silent',
        X_API_KEY: OAUTH1.appKey,
        X_API_SECRET: OAUTH1.appSecret,
        X_ACCESS_TOKEN: OAUTH1.accessToken,
        X_ACCESS_SECRET: OAUTH1.accessSecret,
        X_API_URL: proxies?.x.url ?? x.url,
        BLUESKY_SERVICE: proxies?.bluesky.url ?? pds.service,
        BLUESKY_IDENTIFIER: pds.identifier,
        BLUESKY_APP_PASSWORD: pds.password,
        MASTODON_URL: proxies?.mastodon.url ?? mastodon.url,
        MASTODON_ACCESS_TOKEN: MASTODON_TOKEN,
        ...options.env,
      },
      {
        delivery: { backoffMs: 50, maxBackoffMs: 200, keepCompletedJobs: 10 },
        fetch: { allowPrivateAddresses: true, timeoutMs: 5_000 },
        ...options.settings,
      },
    );
    const redis: Redis = createRedis(config.redisUrl, 'worker');
    closers.push(async () => {
      await redis.quit();
    });
    const registry = await buildRegistry({ config, redis, dryRun: false });
    closers.push(() => registry.close());
    const queues = new Queues(redis, config.prefix);
    closers.push(() => queues.close());
    const pool: WorkerPool = await startWorkerPool({
      config,
      registry,
      connection: redis,
      composeConcurrency: 1,
      ...FAST,
    });
    closers.push(() => pool.close());
    const ledger = new Ledger({ redis, prefix: config.prefix });
    const client = await openClient(config);
    closers.push(() => client.close());

    return {
      x,
      mastodon,
      pds,
      image,
      proxies,
      config,
      registry,
      ledger,
      redis,
      client,
      async enqueue(article, thread = false, extra = {}) {
        await enqueueArticle(queues, config.settings, {
          article,
          platforms: ['x', 'bluesky', 'mastodon'],
          thread,
          when: { kind: 'now' },
          ...extra,
        });
      },
      async waitFor(postId, states, timeoutMs = 45_000) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const record = await ledger.get(postId);
          if (record && states.includes(record.state)) return record;
          if (Date.now() > deadline)
            throw new Error(`post ${postId} did not reach ${states.join('|')}: ${JSON.stringify(record ?? null)}`);
          await sleep(50);
        }
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
