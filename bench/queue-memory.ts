import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { createRedis } from '../queues/connection.js';
import { Queues } from '../queues/handles.js';
import { enqueueArticle } from '../queues/producers.js';
import { startWorkerPool } from '../queues/workers.js';
import type { Article } from '../src/article/article.js';
import { loadConfig } from '../src/config.js';
import { PACKAGE_ROOT, packagePath } from '../src/paths.js';
import { createDryRunAdapter } from '../src/platforms/dry-run/adapter.js';
import { PLATFORMS } from '../src/platforms/platform.js';
import { buildRegistry, staticRegistry } from '../src/platforms/registry.js';

/**
 * A real worker's memory over a long run (issue 4 §3: flat, ≤ 200 MB). The worker runs in a process of its
 * own and holds what `crier worker` holds: the three platform clients, built from credentials by the
 * registry (no request is made: nothing is verified or posted), and the compose threads writing real
 * teasers with the teaser engine, by default one per core. Its posts go to dry-run adapters that write
 * nothing (publishing to the platforms is the pipeline benchmark's subject). This process enqueues real
 * articles, as the CLI or the API would, keeping a bounded backlog, like a steady stream of articles.
 * RSS is sampled in the worker every 100 ms; the peak is the kernel's high-water mark for the process.
 */

const PREFIX = 'bench-rss';
/** Articles enqueued ahead of the ones fully published: the worker is never idle, Redis never floods. */
const BACKLOG = 300;

type FromWorker =
  | { kind: 'ready'; threads: number }
  | { kind: 'progress'; posts: number; rss: number }
  | { kind: 'stopped'; peakRss: number; heap: MainHeap; cpuSeconds: number };

export interface MainHeap {
  /** V8's heap of the worker's main thread (BullMQ, ioredis, the platform clients), physical bytes. */
  physical: number;
  /** Of which live objects, after the run. */
  used: number;
}

export interface WorkerMemory {
  posts: number;
  seconds: number;
  threads: number;
  /** The highest RSS seen in each twentieth of the run, in order. */
  rss: number[];
  /** The process's peak RSS (getrusage ru_maxrss). */
  peakRss: number;
  heap: MainHeap;
  /** CPU time the worker process used over the run, all its threads together. */
  cpuSeconds: number;
}

/**
 * The worker's process settings as the image sets them (the Dockerfile's `ENV NODE_OPTIONS` and
 * `ENV MALLOC_ARENA_MAX`), so the benchmark runs its worker the way it is deployed.
 */
export function deployedEnvironment(): Record<string, string> {
  const dockerfile = packagePath('Dockerfile');
  if (!existsSync(dockerfile)) return {};
  const text = readFileSync(dockerfile, 'utf8');
  const runtime = text.slice(text.lastIndexOf('\nFROM '));
  const env: Record<string, string> = {};
  for (const [, name, quoted, bare] of runtime.matchAll(
    /^ENV (NODE_OPTIONS|MALLOC_ARENA_MAX)=(?:"([^"]*)"|(\S+))$/gm,
  )) {
    if (name) env[name] = quoted ?? bare ?? '';
  }
  return env;
}

function settingsOverrides() {
  const unlimited = { max: 1_000_000_000, durationMs: 1_000 };
  return {
    platforms: { x: { rateLimit: unlimited }, bluesky: { rateLimit: unlimited }, mastodon: { rateLimit: unlimited } },
    delivery: { backoffMs: 1_000, keepCompletedJobs: 100 },
  };
}

/** Credentials for every platform, so the registry builds the real clients; nothing is ever sent with them. */
function workerConfig(url: string) {
  const nowhere = 'http://127.0.0.1:9';
  return loadConfig(
    {
      REDIS_URL: url,
      CRIER_PREFIX: PREFIX,
      LOG_LEVEL: 'silent',
      X_API_KEY: 'bench',
      X_API_SECRET: 'bench',
      X_ACCESS_TOKEN: 'bench',
      X_ACCESS_SECRET: 'bench',
      X_API_URL: nowhere,
      BLUESKY_SERVICE: nowhere,
      BLUESKY_IDENTIFIER: 'bench.test',
      BLUESKY_APP_PASSWORD: 'bench',
      MASTODON_URL: nowhere,
      MASTODON_ACCESS_TOKEN: 'bench',
    },
    settingsOverrides(),
  );
}

/**
 * Articles to compose: the shared corpus when it sits beside the repository (26 articles in 8 languages),
 * else the bundled sample and the test fixtures. Parsed here, so the worker never loads the parsers.
 */
export async function benchArticles(): Promise<Article[]> {
  // Imported here: the worker process, which imports this module too, must not load the parsers.
  const { loadArticle } = await import('../src/article/load.js');
  const fetch = loadConfig({ LOG_LEVEL: 'silent' }).settings.fetch;
  const corpus = join(PACKAGE_ROOT, '..', 'shared', 'corpus');
  if (existsSync(join(corpus, 'manifest.json'))) {
    const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Array<{
      file: string;
      url: string;
      lang: string;
    }>;
    return Promise.all(manifest.map((e) => loadArticle(join(corpus, e.file), { url: e.url, lang: e.lang, fetch })));
  }
  const fixtures = packagePath('test', 'fixtures', 'articles');
  const files = [
    packagePath('config', 'sample-article.md'),
    ...(existsSync(fixtures) ? readdirSync(fixtures).map((f) => join(fixtures, f)) : []),
  ];
  return Promise.all(files.map((f) => loadArticle(f, { url: `https://example.org/bench/${basename(f)}`, fetch })));
}

/** The worker process: `crier worker` with dry-run publishing, reporting its RSS to the benchmark. */
async function worker(url: string, posts: number): Promise<void> {
  const send = (message: FromWorker, then: () => void = () => undefined) => process.send?.(message, then);
  const config = workerConfig(url);
  const connection = createRedis(url, 'worker');
  const clients = await buildRegistry({ config, redis: connection, dryRun: false });
  const adapters = PLATFORMS.map((platform) =>
    createDryRunAdapter({ platform, account: 'default', outbox: '', noop: true }),
  );
  const pool = await startWorkerPool({ config, registry: staticRegistry(adapters), connection });

  let highest = 0;
  const watch = setInterval(() => {
    highest = Math.max(highest, process.memoryUsage.rss());
  }, 100);
  let published = 0;
  for (const w of pool.workers.filter((w) => w.name.startsWith('publish-'))) {
    w.on('completed', () => {
      published++;
      if (published % 300 === 0 || published === posts) {
        send({ kind: 'progress', posts: published, rss: Math.max(highest, process.memoryUsage.rss()) });
        highest = 0;
      }
    });
  }
  let started: NodeJS.CpuUsage | undefined;
  process.once('message', async () => {
    clearInterval(watch);
    const cpu = process.cpuUsage(started);
    const heap = v8.getHeapStatistics();
    await pool.close();
    await clients.close();
    await connection.quit();
    send(
      {
        kind: 'stopped',
        peakRss: process.resourceUsage().maxRSS * 1024,
        heap: { physical: heap.total_physical_size, used: heap.used_heap_size },
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
      },
      () => process.disconnect(),
    );
  });
  // The pool's default, as in `crier worker`: one compose thread per core.
  started = process.cpuUsage();
  send({ kind: 'ready', threads: availableParallelism() });
}

/**
 * Runs the worker process until it has published `posts` posts (rounded up to whole articles, 3 posts
 * each, one article in four as a thread) and returns its RSS over the run. `env`: the worker's process
 * settings (NODE_OPTIONS, MALLOC_ARENA_MAX), none by default.
 */
export async function measureWorkerMemory(
  url: string,
  options: { posts: number; articles: Article[]; env?: Record<string, string> },
): Promise<WorkerMemory> {
  const articles = Math.ceil(options.posts / PLATFORMS.length);
  const total = articles * PLATFORMS.length;
  // Only the given settings: none of this process's own NODE_OPTIONS or MALLOC_ARENA_MAX.
  const { NODE_OPTIONS: _node, MALLOC_ARENA_MAX: _malloc, ...inherited } = process.env;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--redis', url, '--posts', String(total)], {
    env: { ...inherited, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  const samples: Array<{ posts: number; rss: number }> = [];
  let published = 0;
  let ready: Extract<FromWorker, { kind: 'ready' }> | undefined;
  let stopped: Extract<FromWorker, { kind: 'stopped' }> | undefined;
  child.on('message', (m: FromWorker) => {
    if (m.kind === 'progress') {
      published = m.posts;
      samples.push(m);
    } else if (m.kind === 'ready') ready = m;
    else stopped = m;
  });
  let code: number | null | undefined;
  void exited.then((c) => {
    code = c;
  });
  let lastProgress = { posts: -1, at: performance.now() };
  const until = async (done: () => boolean, what: string) => {
    while (!done()) {
      if (code !== undefined) throw new Error(`the worker process exited (${code}) before ${what}`);
      if (published !== lastProgress.posts) lastProgress = { posts: published, at: performance.now() };
      else if (performance.now() - lastProgress.at > 120_000) {
        child.kill();
        throw new Error(`no post published for 2 minutes (${published}/${total}), before ${what}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  await until(() => ready !== undefined, 'it was ready');
  const producer = createRedis(url, 'producer');
  const queues = new Queues(producer, PREFIX);
  const { settings } = workerConfig(url);
  const start = performance.now();
  for (let i = 0; i < articles; i += 50) {
    await until(() => i - published / PLATFORMS.length <= BACKLOG, 'the end of the run');
    await Promise.all(
      Array.from({ length: Math.min(50, articles - i) }, (_, j) => {
        const n = i + j;
        const base = options.articles[n % options.articles.length] as Article;
        return enqueueArticle(queues, settings, {
          article: { ...base, id: `${base.id}-${n}`, url: `${base.url}${base.url.includes('?') ? '&' : '?'}n=${n}` },
          platforms: [...PLATFORMS],
          thread: n % 4 === 0,
          when: { kind: 'now' },
        });
      }),
    );
  }
  await until(() => published === total, 'the end of the run');
  const seconds = (performance.now() - start) / 1_000;
  child.send('stop');
  await until(() => stopped !== undefined, 'it stopped');
  await exited;
  await queues.close();
  await producer.quit();

  // The highest sample in each twentieth of the run.
  const rss: number[] = [];
  for (const s of samples) {
    const k = Math.min(19, Math.floor((s.posts / total) * 20));
    rss[k] = Math.max(rss[k] ?? 0, s.rss);
  }
  return {
    posts: total,
    seconds,
    threads: ready?.threads ?? 0,
    rss: rss.filter((v) => v !== undefined),
    peakRss: stopped?.peakRss ?? 0,
    heap: stopped?.heap ?? { physical: 0, used: 0 },
    cpuSeconds: stopped?.cpuSeconds ?? 0,
  };
}

// Forked by measureWorkerMemory: the worker side.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  const option = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1] ?? '';
  await worker(option('redis'), Number(option('posts')));
}
