import { FlowProducer, type Job, Queue, Worker } from 'bullmq';
import { createRedis } from '../queues/connection.js';
import { Queues } from '../queues/handles.js';
import { enqueueArticle } from '../queues/producers.js';
import { startWorkerPool } from '../queues/workers.js';
import { type Article, ArticleSchema } from '../src/article/article.js';
import { loadConfig } from '../src/config.js';
import type { PlatformAdapter, PublishedPart } from '../src/platforms/adapter.js';
import { createDryRunAdapter } from '../src/platforms/dry-run/adapter.js';
import { PLATFORMS, type PlatformId } from '../src/platforms/platform.js';
import { staticRegistry } from '../src/platforms/registry.js';
import { option } from './args.js';
import { startRedis } from './private-redis.js';
import { benchArticles, deployedEnvironment, measureWorkerMemory } from './queue-memory.js';

/**
 * The queue's own cost, measured side by side on one private Redis in one run:
 *   1. throughput: crier's pipeline (store the article → compose in the thread pool → 3 publish jobs,
 *      ledger, locks and metrics included) with compose and publish made no-ops, vs a bare BullMQ flow
 *      of the same shape (a parent and 3 no-op children);                     target ratio ≥ 0.5
 *   2. lateness of scheduled posts (start − due) vs bare BullMQ delayed jobs;  target ≤ 2×
 *   3. Redis bytes per finished post after trimming (≤ 1 KB), and the RSS of a real worker (platform
 *      clients, teasers written in the compose threads; bench/queue-memory.ts) over many posts (≤ 200 MB).
 *
 *   npm run bench:queue -- [--articles 2000] [--late 500] [--posts 30000] [--listpack-value 256] [--autopipeline]
 *                          [--no-worker-env]   (the real worker without the Dockerfile's NODE_OPTIONS, MALLOC_ARENA_MAX)
 */

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`);
  return value;
}
const ARTICLES = arg('articles', 2_000);
const LATE = arg('late', 500);
const POSTS = arg('posts', 30_000);

// `--autopipeline`: ioredis sends the commands of one tick in one write, for bare and crier alike.
const connectionExtra = process.argv.includes('--autopipeline') ? { enableAutoPipelining: true } : {};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function article(i: number, run: string): Article {
  return ArticleSchema.parse({
    id: `${run}-${i}`,
    url: `https://example.org/${run}/${i}`,
    title: `Article ${i}`,
    lang: 'en',
    body: 'One short sentence.',
  });
}

async function usedMemory(url: string): Promise<number> {
  const redis = createRedis(url, 'producer');
  const info = await redis.info('memory');
  await redis.quit();
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

// ---------- bare BullMQ ----------

async function bareFlows(url: string, count: number): Promise<number> {
  const connection = createRedis(url, 'worker', connectionExtra);
  const prefix = 'bare';
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((r) => {
    finish = r;
  });
  const opts = { connection, prefix, concurrency: 10 };
  const children = new Worker('bare-child', async () => 'ok', opts);
  const parents = new Worker('bare-parent', async () => 'ok', opts);
  parents.on('completed', () => {
    if (++done === count) finish();
  });
  const producer = new FlowProducer({ connection, prefix });
  const keep = { removeOnComplete: { count: 1_000 } };
  const start = performance.now();
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, (_, j) => ({
      name: 'parent',
      queueName: 'bare-parent',
      data: { i: i + j },
      opts: keep,
      children: PLATFORMS.map((p) => ({ name: p, queueName: 'bare-child', data: { p }, opts: keep })),
    }));
    await producer.addBulk(batch);
  }
  await finished;
  const seconds = (performance.now() - start) / 1_000;
  await Promise.all([children.close(), parents.close(), producer.close()]);
  await connection.quit();
  return count / seconds;
}

async function bareLateness(url: string, count: number): Promise<number[]> {
  const connection = createRedis(url, 'worker', connectionExtra);
  const queue = new Queue('bare-late', { connection, prefix: 'bare' });
  const lateness: number[] = [];
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((r) => {
    finish = r;
  });
  const worker = new Worker(
    'bare-late',
    async (job: Job) => {
      lateness.push(Date.now() - (job.data as { due: number }).due);
      if (lateness.length === count) finish();
    },
    { connection, prefix: 'bare', concurrency: 10 },
  );
  const base = Date.now() + 2_000;
  const jobs = Array.from({ length: count }, (_, i) => {
    const due = base + Math.floor((i / count) * 3_000);
    return { name: 'late', data: { due }, opts: { delay: due - Date.now(), removeOnComplete: { count: 1_000 } } };
  });
  await queue.addBulk(jobs);
  await finished;
  await worker.close();
  await queue.close();
  await connection.quit();
  return lateness.sort((a, b) => a - b);
}

// ---------- crier ----------

/** Records when each post starts, against the due time the benchmark gave its article. */
class TimingAdapter<P extends PlatformId> implements PlatformAdapter<P> {
  readonly account = 'default';
  constructor(
    readonly platform: P,
    private readonly onStart: (articleId: string) => void,
  ) {}
  async publish(request: Parameters<PlatformAdapter<P>['publish']>[0]): Promise<PublishedPart[]> {
    this.onStart(request.article.id);
    return request.parts.map((_, i) => ({ remoteId: `${request.idempotencyKey}-${i}`, url: 'bench://' }));
  }
  async recover(): Promise<PublishedPart | null> {
    return null;
  }
  async verify(): Promise<string> {
    return 'bench';
  }
}

function crierConfig(url: string, prefix: string) {
  const unlimited = { max: 1_000_000_000, durationMs: 1_000 };
  return loadConfig(
    { REDIS_URL: url, CRIER_PREFIX: prefix, LOG_LEVEL: 'silent' },
    {
      platforms: { x: { rateLimit: unlimited }, bluesky: { rateLimit: unlimited }, mastodon: { rateLimit: unlimited } },
      delivery: { backoffMs: 1_000, keepCompletedJobs: 100 },
    },
  );
}

async function crierRun(
  url: string,
  prefix: string,
  articles: Article[],
  options: {
    adapters?: PlatformAdapter[];
    when?: (a: Article, i: number) => { kind: 'now' } | { kind: 'at'; at: string };
    onProgress?: (posts: number) => void;
  } = {},
): Promise<number> {
  const config = crierConfig(url, prefix);
  const connection = createRedis(url, 'worker', connectionExtra);
  const adapters =
    options.adapters ??
    PLATFORMS.map((platform) => createDryRunAdapter({ platform, account: 'default', outbox: '', noop: true }));
  const pool = await startWorkerPool({
    config,
    registry: staticRegistry(adapters),
    connection,
    noop: true,
    // Like for like: the bare workers run 10 jobs at a time per queue, and so do crier's publish
    // queues; compose gets its default thread pool (one thread per core), as `crier worker` does.
    publishConcurrency: 10,
  });
  const total = articles.length * PLATFORMS.length;
  let posts = 0;
  let warm = 0;
  let measuring = false;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((r) => {
    finish = r;
  });
  for (const worker of pool.workers.filter((w) => w.name.startsWith('publish-'))) {
    worker.on('completed', () => {
      if (!measuring) {
        warm++;
        return;
      }
      posts++;
      options.onProgress?.(posts);
      if (posts === total) finish();
    });
  }
  const queues = new Queues(connection, config.prefix);
  // Warm up: the compose threads start lazily and load the teaser engine once; bare workers need no start.
  const warmup = Array.from({ length: 40 }, (_, i) => article(i, `${prefix}-warmup-${Date.now().toString(36)}`));
  await Promise.all(
    warmup.map((a) =>
      enqueueArticle(queues, config.settings, { article: a, platforms: [...PLATFORMS], when: { kind: 'now' } }),
    ),
  );
  while (warm < warmup.length * PLATFORMS.length) await sleep(20);
  measuring = true;
  const start = performance.now();
  for (let i = 0; i < articles.length; i += 50) {
    await Promise.all(
      articles.slice(i, i + 50).map((a, j) =>
        enqueueArticle(queues, config.settings, {
          article: a,
          platforms: [...PLATFORMS],
          when: options.when?.(a, i + j) ?? { kind: 'now' },
        }),
      ),
    );
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    finished,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`crier run ${prefix}: only ${posts}/${total} posts in 10 min`)),
        600_000,
      );
    }),
  ]);
  clearTimeout(timer);
  const seconds = (performance.now() - start) / 1_000;
  await pool.close();
  await queues.close();
  await connection.quit();
  return articles.length / seconds;
}

/**
 * Each crier run happens in a process of its own (a fresh worker pool per process, as in production:
 * a second pool of compose threads in one process stalled in this benchmark); the bare runs and the
 * report happen here.
 */
async function child(phase: string, url: string): Promise<unknown> {
  const { spawn } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const script = fileURLToPath(import.meta.url);
  const proc = spawn(process.execPath, [script, '--phase', phase, '--redis', url, ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  if (code !== 0) throw new Error(`benchmark phase ${phase} failed (${code})`);
  return JSON.parse(out.trim().split('\n').at(-1) ?? 'null');
}

async function runPhase(phase: string, url: string): Promise<unknown> {
  if (phase === 'throughput') {
    return crierRun(
      url,
      'bench-throughput',
      Array.from({ length: ARTICLES }, (_, i) => article(i, 't')),
    );
  }
  if (phase === 'lateness') {
    const lateness: number[] = [];
    const due = new Map<string, number>();
    let base: number | undefined;
    const adapters = PLATFORMS.map(
      (p) =>
        new TimingAdapter(p, (id) => {
          const at = due.get(id);
          if (at !== undefined) lateness.push(Date.now() - at);
        }),
    );
    await crierRun(
      url,
      'bench-late',
      Array.from({ length: LATE }, (_, i) => article(i, 'l')),
      {
        adapters,
        when: (a, i) => {
          // Due times start 3 s after the first enqueue (after the warm-up), spread over 3 s.
          base ??= Date.now() + 3_000;
          const at = base + Math.floor((i / LATE) * 3_000);
          due.set(a.id, at);
          return { kind: 'at', at: new Date(at).toISOString() };
        },
      },
    );
    return lateness.sort((a, b) => a - b);
  }
  // memory: a warm-up half fills the capped event streams and kept jobs; the second half is measured.
  const articles = Math.ceil(POSTS / PLATFORMS.length);
  const half = Math.floor(articles / 2);
  const rss: number[] = [];
  const sample = (posts: number) => {
    if (posts % Math.max(1, Math.floor(((articles - half) * 3) / 4)) === 0) rss.push(process.memoryUsage().rss);
  };
  await crierRun(
    url,
    'bench-mem',
    Array.from({ length: half }, (_, i) => article(i, 'm')),
    { onProgress: sample },
  );
  await sleep(500);
  const before = await usedMemory(url);
  await crierRun(
    url,
    'bench-mem',
    Array.from({ length: articles - half }, (_, i) => article(half + i, 'm')),
    { onProgress: sample },
  );
  await sleep(500);
  const after = await usedMemory(url);
  return {
    perPost: (after - before) / ((articles - half) * PLATFORMS.length),
    rss,
    posts: articles * 3,
    keys: await keyBreakdown(url, 'bench-mem'),
  };
}

/**
 * Where the bytes are (MEMORY USAGE per key, grouped): what grows with every post (ledger record,
 * article card and post sets) apart from what each queue holds at a fixed size (events stream capped
 * by `streams.events.maxLen`, the last completed jobs kept, meta).
 */
async function keyBreakdown(
  url: string,
  prefix: string,
): Promise<Record<string, { keys: number; bytes: number; encoding?: string }>> {
  const redis = createRedis(url, 'producer');
  const groups: Record<string, { keys: number; bytes: number; encoding?: string; sample?: string }> = {};
  const group = (key: string): string => {
    if (key.startsWith(`${prefix}:ledger:post:`)) return 'per post: ledger hash (unpublished)';
    if (key.startsWith(`${prefix}:ledger:published:`)) return 'per post: ledger record (published)';
    if (key.startsWith(`${prefix}:ledger:article:`)) return 'per article: ledger post set';
    if (key === `${prefix}:ledger:articles`) return 'per article: ledger index';
    if (key.startsWith(`${prefix}:article:`)) return 'per article: article hash (card)';
    if (key.endsWith(':events')) return 'per queue: events streams';
    // BullMQ job keys: `<prefix>:<queue>:<job id>` (ids are numbers or contain a dot) and their `:logs`.
    const [, id] = /^[^:]+:([^:]+)/.exec(key.slice(prefix.length + 1)) ?? [];
    if (id !== undefined && /^\d+$|\./.test(id)) return 'per queue: kept jobs';
    return 'per queue: other BullMQ keys';
  };
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const key of keys) pipeline.memory('USAGE', key, 'SAMPLES', 0);
    const sizes = (await pipeline.exec()) ?? [];
    keys.forEach((key, i) => {
      const name = group(key);
      const entry = groups[name] ?? { keys: 0, bytes: 0, sample: key };
      entry.keys++;
      entry.bytes += Number(sizes[i]?.[1] ?? 0);
      groups[name] = entry;
    });
  } while (cursor !== '0');
  // A hash with any value over hash-max-listpack-value (64 B by default) is a hashtable: about twice the size.
  for (const entry of Object.values(groups)) {
    if (entry.sample) entry.encoding = String(await redis.object('ENCODING', entry.sample));
    delete entry.sample;
  }
  await redis.quit();
  return groups;
}

async function main(): Promise<void> {
  const phase = option('phase');
  const url = option('redis');
  if (phase && url) {
    process.stdout.write(`${JSON.stringify(await runPhase(phase, url))}\n`);
    return;
  }
  const redis = await startRedis();
  // `--listpack-value 256`: Redis keeps hashes whose values are all ≤ 256 B compact (listpack); the
  // default 64 B turns a ledger record into a hashtable (its parts and posted-part JSON are longer).
  const listpack = option('listpack-value');
  if (listpack) {
    const admin = createRedis(redis.url, 'producer');
    await admin.config('SET', 'hash-max-listpack-value', listpack);
    await admin.quit();
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void redis.stop().finally(() => process.exit(130));
    });
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(
    `private redis-server at ${redis.url}; ${ARTICLES} articles / flows, ${LATE} scheduled, ${POSTS} posts for memory${listpack ? `; hash-max-listpack-value ${listpack}` : ''}`,
  );
  try {
    // 1. Throughput: bare, crier, bare again; the bare figure is the mean of its two runs.
    const bare1 = await bareFlows(redis.url, ARTICLES);
    const crier = (await child('throughput', redis.url)) as number;
    const bare2 = await bareFlows(redis.url, ARTICLES);
    const bare = (bare1 + bare2) / 2;
    say('\n1. Queue overhead (1 article = compose + 3 posts; 1 flow = parent + 3 children; no-op work)');
    say(`   bare BullMQ flow:  ${bare.toFixed(0)} flows/s  (runs: ${bare1.toFixed(0)}, ${bare2.toFixed(0)})`);
    say(`   crier pipeline:    ${crier.toFixed(0)} articles/s  (${(crier * 3).toFixed(0)} posts/s)`);
    say(`   ratio:             ${(crier / bare).toFixed(2)}  (target ≥ 0.5)`);

    // 2. Lateness of scheduled posts.
    const bareLate = await bareLateness(redis.url, LATE * PLATFORMS.length);
    const lateness = (await child('lateness', redis.url)) as number[];
    const [b50, b99, c50, c99] = [
      percentile(bareLate, 50),
      percentile(bareLate, 99),
      percentile(lateness, 50),
      percentile(lateness, 99),
    ];
    say(`\n2. Lateness, start − due (${LATE * 3} delayed posts over 3 s, Redis hz 50)`);
    say(`   bare BullMQ delayed jobs: p50 ${b50} ms, p99 ${b99} ms`);
    say(`   crier scheduled posts:    p50 ${c50} ms, p99 ${c99} ms`);
    say(
      `   ratio p50 ${(c50 / Math.max(1, b50)).toFixed(2)}, p99 ${(c99 / Math.max(1, b99)).toFixed(2)}  (target ≤ 2)`,
    );

    // 3. Memory.
    const memory = (await child('memory', redis.url)) as {
      perPost: number;
      rss: number[];
      posts: number;
      keys: Record<string, { keys: number; bytes: number; encoding?: string }>;
    };
    say(`\n3. Memory over ${memory.posts} posts (completed jobs trimmed to 100 per queue; the ledger kept)`);
    say(
      `   Redis bytes per finished post: ${memory.perPost.toFixed(0)} B  (target ≤ 1024; ledger record + article card / 3)`,
    );
    const posts = memory.posts;
    let growing = 0;
    for (const [name, { keys, bytes, encoding }] of Object.entries(memory.keys).sort()) {
      if (!name.startsWith('per queue')) growing += bytes;
      say(
        `     ${name.padEnd(36)} ${String(keys).padStart(7)} keys ${(bytes / posts).toFixed(0).padStart(6)} B/post  (${encoding ?? '?'})`,
      );
    }
    say(`   per-post keys only (fixed per-queue cost excluded): ${(growing / posts).toFixed(0)} B/post`);
    say(
      `   RSS of the queue alone (no-op compose and publish, no platform clients, V8 defaults): ${memory.rss.map(mb).join(' → ')}`,
    );

    // A real worker: what `crier worker` holds, composing real articles.
    const corpus = await benchArticles();
    const env = process.argv.includes('--no-worker-env') ? {} : deployedEnvironment();
    const settings = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    const real = await measureWorkerMemory(redis.url, { posts: POSTS, articles: corpus, env });
    say(
      `   a real worker: ${real.threads} compose threads writing teasers (${corpus.length} articles, one in four a thread), the 3 platform clients, dry-run posts`,
    );
    say(`     ${settings.length > 0 ? `as deployed: ${settings.join(' ')}` : 'with V8 and glibc defaults'}`);
    say(`     RSS over ${real.posts} posts (highest in each twentieth): ${real.rss.map(mb).join(' → ')}`);
    say(
      `     peak RSS ${mb(real.peakRss)}  (target ≤ 200 MB); main thread's heap ${mb(real.heap.physical)}, ${mb(real.heap.used)} in use`,
    );
    say(
      `     ${real.seconds.toFixed(0)} s, ${(real.posts / real.seconds).toFixed(0)} posts/s; CPU ${((real.cpuSeconds * 1e6) / real.posts).toFixed(0)} µs per post`,
    );
  } finally {
    await redis.stop();
  }
}

await main();
process.exit(0);
