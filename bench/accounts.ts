/**
 * A worker process with many accounts: `npm run bench:accounts [-- --accounts 1,10,100,1000 --posts 3000]`.
 * For each count N of accounts per platform (3N accounts in all), on a private redis-server:
 * 1. posts are queued first (spread over every account, a no-op publish, rate limits out of the way);
 * 2. a `crier worker`-like process starts (the real worker pool, `startWorkerPool`, with no-op adapters):
 *    start time (spawn → every worker ready), its Redis connections (CLIENT LIST, the bench's own not counted),
 *    its RSS when ready and at its peak;
 * 3. it drains the queued posts (their queues paused until it is ready): posts/s;
 * 4. fairness: one busy account gets a backlog of posts while every other account gets one: how long the others
 *    wait (median and max, from enqueue to published) beside the time the busy account takes to drain.
 * Each N runs in a process of its own, one after the other (this shared host's load moves; see the note printed).
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { storeArticle } from '../queues/articles.js';
import { createRedis } from '../queues/connection.js';
import { fanOut } from '../queues/fanout.js';
import { Queues } from '../queues/handles.js';
import { startWorkerPool } from '../queues/workers.js';
import { ArticleSchema } from '../src/article/article.js';
import { loadConfig, type Settings } from '../src/config.js';
import type { PlatformAdapter, PublishedPart, PublishRequest } from '../src/platforms/adapter.js';
import { PLATFORMS, type PlatformId } from '../src/platforms/platform.js';
import { staticRegistry } from '../src/platforms/registry.js';
import type { Teasers } from '../src/teaser/teasers.js';
import { startRedis } from './private-redis.js';

interface WorkerArgs {
  redisUrl: string;
  prefix: string;
  accounts: number;
}
type FromWorker =
  | { kind: 'ready'; rss: number }
  | { kind: 'progress'; published: number; peakRss: number; times: Record<string, number[]> };

const accountNames = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

function settingsFor(n: number): unknown {
  const names = accountNames(n);
  // No rate limit in the way: the bench measures crier's cost per account, not a platform's budget.
  const rateLimit = { max: 1_000_000, durationMs: 1_000 };
  return {
    platforms: Object.fromEntries(PLATFORMS.map((p) => [p, { accounts: names, rateLimit }])),
    delivery: { attempts: 3, backoffMs: 100, keepCompletedJobs: 0 },
  };
}

function configFor(args: Pick<WorkerArgs, 'redisUrl' | 'prefix' | 'accounts'>) {
  return loadConfig(
    { REDIS_URL: args.redisUrl, CRIER_PREFIX: args.prefix, LOG_LEVEL: 'silent' },
    settingsFor(args.accounts),
  );
}

/** Publishes nothing: returns a made-up part at once, and notes when. */
class NoopAdapter<P extends PlatformId> implements PlatformAdapter<P> {
  constructor(
    readonly platform: P,
    readonly account: string,
    private readonly onPublished: (key: string) => void,
  ) {}
  async publish(request: PublishRequest<P>): Promise<PublishedPart[]> {
    this.onPublished(`${this.platform}:${this.account}`);
    return request.parts.map((_, i) => ({ remoteId: `${request.idempotencyKey}-${i}`, url: 'https://example.test/' }));
  }
  async recover(): Promise<PublishedPart | null> {
    return null;
  }
  async verify(): Promise<string> {
    return `@${this.account}`;
  }
}

async function runWorker(args: WorkerArgs): Promise<void> {
  const config = configFor(args);
  let published = 0;
  let peakRss = process.memoryUsage().rss;
  const times: Record<string, number[]> = {};
  const onPublished = (key: string) => {
    published++;
    const at = Date.now();
    if (times[key]) times[key].push(at);
    else times[key] = [at];
  };
  const adapters = PLATFORMS.flatMap((p) => accountNames(args.accounts).map((a) => new NoopAdapter(p, a, onPublished)));
  const connection = createRedis(config, 'worker');
  await startWorkerPool({ config, registry: staticRegistry(adapters), connection, composeConcurrency: 1 });
  process.send?.({ kind: 'ready', rss: process.memoryUsage().rss } satisfies FromWorker);
  setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    process.send?.({ kind: 'progress', published, peakRss, times } satisfies FromWorker);
  }, 200);
}

let articleCounter = 0;
/** Stores an article and fans one post out to each of `targets` (platform, account), due now. */
async function enqueuePosts(
  redis: Redis,
  queues: Queues,
  settings: Settings,
  prefix: string,
  targets: Array<{ platform: PlatformId; account: string }>,
): Promise<void> {
  const id = `bench${++articleCounter}`;
  const article = ArticleSchema.parse({
    id,
    url: `https://example.org/${id}`,
    title: 'A bench article',
    lang: 'en',
    body: 'A bench article.',
  });
  await storeArticle(redis, prefix, article);
  const teasers: Teasers = {};
  const only = structuredClone(settings);
  for (const platform of PLATFORMS) {
    const accounts = targets.filter((t) => t.platform === platform).map((t) => t.account);
    only.platforms[platform].accounts = accounts;
    if (accounts.length > 0)
      (teasers as Record<string, unknown>)[platform] = [{ text: 'hello', length: 5, limit: 300 }];
  }
  await fanOut({ redis, prefix, settings: only, queues, articleId: id, teasers, when: { kind: 'now' } });
}

async function clientCount(redis: Redis): Promise<number> {
  return ((await redis.client('LIST')) as string).trim().split('\n').length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface Row {
  n: number;
  startMs: number;
  connections: number;
  rssReadyMb: number;
  rssPeakMb: number;
  postsPerS: number;
  othersMedianMs: number;
  othersMaxMs: number;
  busyDrainMs: number;
}

async function measure(redisUrl: string, n: number, posts: number, backlog: number): Promise<Row> {
  const prefix = `bench-accounts-${n}`;
  const config = configFor({ redisUrl, prefix, accounts: n });
  const redis = createRedis(config, 'producer');
  const queues = new Queues(redis, prefix);
  const all = PLATFORMS.flatMap((platform) => accountNames(n).map((account) => ({ platform, account })));
  try {
    // 1. The posts, spread over every account: each article goes to a slice of accounts. The publish queues are
    // paused meanwhile, so the worker takes none while it starts: the drain is timed from their resume.
    const publishQueues = PLATFORMS.map((p) => queues.publish(p));
    for (const queue of publishQueues) await queue.pause();
    const perArticle = Math.min(all.length, 300);
    let queued = 0;
    for (let i = 0; queued < posts; i++) {
      const slice = Array.from(
        { length: Math.min(perArticle, posts - queued) },
        (_, k) => all[(i * perArticle + k) % all.length] as (typeof all)[number],
      );
      await enqueuePosts(redis, queues, config.settings, prefix, slice);
      queued += slice.length;
    }
    const baseline = await clientCount(redis);

    // 2. The worker starts.
    const spawnedAt = performance.now();
    const child = fork(new URL(import.meta.url), ['--worker', JSON.stringify({ redisUrl, prefix, accounts: n })], {
      stdio: 'inherit',
    });
    let last: Extract<FromWorker, { kind: 'progress' }> = { kind: 'progress', published: 0, peakRss: 0, times: {} };
    let readyRss = 0;
    const ready = new Promise<number>((resolve) => {
      child.on('message', (message: FromWorker) => {
        if (message.kind === 'ready') {
          readyRss = message.rss;
          resolve(performance.now());
        } else last = message;
      });
    });
    const readyAt = await ready;
    const startMs = readyAt - spawnedAt;
    const until = async (check: () => boolean) => {
      while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
    };

    // 3. Drain, from the resume of the first queue.
    const resumedAt = performance.now();
    for (const queue of publishQueues) await queue.resume();
    await until(() => last.published >= posts);
    const drainedAt = performance.now();
    const connections = (await clientCount(redis)) - baseline;

    // 4. Fairness: a backlog for x:a0, one post for every other account.
    const before = last.published;
    const busy = { platform: 'x' as const, account: 'a0' };
    const others = all.filter((t) => !(t.platform === busy.platform && t.account === busy.account));
    const fairStart = Date.now();
    for (let i = 0; i < backlog; i++) await enqueuePosts(redis, queues, config.settings, prefix, [busy]);
    for (let i = 0; i < others.length; i += 300) {
      await enqueuePosts(redis, queues, config.settings, prefix, others.slice(i, i + 300));
    }
    const othersQueued = Date.now();
    await until(() => last.published >= before + backlog + others.length);
    const waits = others.map((t) => (last.times[`${t.platform}:${t.account}`]?.at(-1) ?? Number.NaN) - othersQueued);
    const busyTimes = last.times['x:a0'] ?? [];
    child.kill('SIGKILL');
    return {
      n,
      startMs,
      connections,
      rssReadyMb: readyRss / 2 ** 20,
      rssPeakMb: last.peakRss / 2 ** 20,
      postsPerS: posts / ((drainedAt - resumedAt) / 1000),
      othersMedianMs: median(waits),
      othersMaxMs: Math.max(...waits),
      busyDrainMs: (busyTimes.at(-1) ?? Number.NaN) - fairStart,
    };
  } finally {
    await queues.close();
    await redis.quit();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--worker') return runWorker(JSON.parse(argv[1] ?? '{}') as WorkerArgs);
  const option = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
  };
  const counts = option('accounts', '1,10,100,1000').split(',').map(Number);
  const posts = Number(option('posts', '3000'));
  const backlog = Number(option('backlog', '300'));
  const redis = await startRedis();
  const rows: Row[] = [];
  try {
    for (const n of counts) {
      rows.push(await measure(redis.url, n, posts, backlog));
      const row = rows.at(-1) as Row;
      console.error(
        `  ${n} accounts/platform done: ${row.connections} connections, ${row.rssPeakMb.toFixed(0)} MB peak`,
      );
    }
  } finally {
    await redis.stop();
  }
  console.log(
    `worker with N accounts per platform, no-op publish, ${posts} posts; fairness: ${backlog} posts for x:a0, 1 for each other account`,
  );
  const header = [
    'N/platform',
    'start',
    'Redis conns',
    'RSS ready',
    'RSS peak',
    'posts/s',
    'others median',
    'others max',
    'busy drain',
  ];
  console.log(header.map((h) => h.padStart(13)).join(''));
  for (const r of rows) {
    const cells = [
      String(r.n),
      `${r.startMs.toFixed(0)} ms`,
      String(r.connections),
      `${r.rssReadyMb.toFixed(0)} MB`,
      `${r.rssPeakMb.toFixed(0)} MB`,
      r.postsPerS.toFixed(0),
      `${r.othersMedianMs.toFixed(0)} ms`,
      `${r.othersMaxMs.toFixed(0)} ms`,
      `${r.busyDrainMs.toFixed(0)} ms`,
    ];
    console.log(cells.map((c) => c.padStart(13)).join(''));
  }
  process.exit(0);
}

await main();
