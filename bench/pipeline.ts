import { fork } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Job, Worker } from 'bullmq';
import { createRedis } from '../queues/connection.js';
import { Queues } from '../queues/handles.js';
import { postId, publishQueueName, QUEUES } from '../queues/names.js';
import { createTeaserPool } from '../queues/processors/compose.js';
import { enqueueArticle } from '../queues/producers.js';
import { startWorkerPool } from '../queues/workers.js';
import type { Article } from '../src/article/article.js';
import { loadArticle } from '../src/article/load.js';
import { type Config, loadConfig, loadSettings } from '../src/config.js';
import { Ledger } from '../src/ledger/ledger.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import type { PlatformAdapter } from '../src/platforms/adapter.js';
import { PLATFORMS, type PlatformId } from '../src/platforms/platform.js';
import { buildRegistry, type Registry } from '../src/platforms/registry.js';
import { teaserOptions } from '../src/teaser/options.js';
import { count, option } from './args.js';
import { forkPlatformServer } from './platform-server.js';
import { startRedis } from './private-redis.js';

/**
 * The real pipeline, end to end, on one machine (issue 4 §6): N copies of the seed article, each with
 * its own canonical URL, go through `enqueueArticle` → compose
 * (teasers in the thread pool) → fan-out → the real adapters from `buildRegistry` → the X fake, the Mastodon fake and the reference
 * Bluesky PDS, until every post is published and the ledger says so. Printed: articles/s and posts/s,
 * where the time goes per stage (BullMQ job timestamps, the ledger's createdAt, a timing wrapper around
 * each adapter), busy worker slots, CPU per article per process; and, measured before and after in the
 * same run, the compose-only rate (the thread pool alone, no Redis) for reference.
 *
 * Processes: redis-server; one per platform server (test/fakes/platform-process.ts: a real platform is
 * another machine, and its work must not land on crier's event loop); one per crier measurement (a
 * fresh process each, as `crier worker` is, with the defaults of `crier worker`).
 * Rate limits: crier's are set unlimited, and the fakes' are lifted (the PDS runs with rate limits off).
 *
 *   npm run bench:pipeline -- [--articles 300] [--concurrency <posts in flight per account>] [--seed <file>]
 */

const ARTICLES = count('articles', 300);
/** Posts in flight per platform account, as `crier worker --concurrency` sets it (default: the worker's). */
const CONCURRENCY = option('concurrency') === undefined ? undefined : count('concurrency', 1);
const WARMUP = 4;
const SEED = resolve(option('seed') ?? resolve(PACKAGE_ROOT, '..', 'shared', 'seed-article.txt'));
const THREADS = availableParallelism();

// ---------- measurements ----------

interface Spread {
  median: number;
  p90: number;
}

function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9) };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** When BullMQ says a job was added, taken by a worker and finished (ms since the epoch, this process's clock). */
interface JobTimes {
  added: number;
  started: number;
  finished: number;
}

function timesOf(job: Job): JobTimes | undefined {
  if (!job.processedOn || !job.finishedOn) return undefined;
  return { added: job.timestamp, started: job.processedOn, finished: job.finishedOn };
}

interface PublishTimes extends JobTimes {
  /** In adapter.publish, minus the time in onPosted (crier's ledger): the platform's HTTP round trips and the adapter's own Redis. */
  adapterMs: number;
  /** When the ledger record was created (fan-out, before the publish job is added). */
  scheduled: number;
}

interface ArticleTimes {
  enqueued: number;
  compose?: JobTimes;
  publish: Partial<Record<PlatformId, PublishTimes>>;
}

/** Each adapter call timed; the time in onPosted (crier's ledger, not the platform) is taken out of it. */
function timed<P extends PlatformId>(
  inner: PlatformAdapter<P>,
  onPublished: (articleId: string, adapterMs: number) => void,
): PlatformAdapter<P> {
  return {
    platform: inner.platform,
    account: inner.account,
    async publish(request) {
      let ledgerMs = 0;
      const onPosted = request.onPosted;
      const start = performance.now();
      const parts = await inner.publish({
        ...request,
        onPosted: onPosted
          ? async (index, part) => {
              const t = performance.now();
              try {
                await onPosted(index, part);
              } finally {
                ledgerMs += performance.now() - t;
              }
            }
          : undefined,
      });
      onPublished(request.article.id, performance.now() - start - ledgerMs);
      return parts;
    },
    recover: (request) => inner.recover(request),
    verify: () => inner.verify(),
    close: async () => inner.close?.(),
  };
}

function timedRegistry(
  real: Registry,
  onPublished: (platform: PlatformId, articleId: string, adapterMs: number) => void,
): Registry {
  const adapters: PlatformAdapter[] = real.adapters.map((adapter) =>
    timed(adapter, (articleId, adapterMs) => onPublished(adapter.platform, articleId, adapterMs)),
  );
  return {
    adapters,
    summary: real.summary,
    get: (platform, account) => adapters.find((a) => a.platform === platform && a.account === account),
    mastodonLimits: () => real.mastodonLimits(),
    close: () => real.close(),
  };
}

/** The seed article as `crier enqueue <seed> --url …` reads it, once per canonical URL. */
async function seedCopies(urls: string[], fetch: Config['settings']['fetch']): Promise<Article[]> {
  const articles: Article[] = [];
  for (const url of urls) articles.push(await loadArticle(SEED, { url, fetch }));
  return articles;
}

const copyUrls = (label: string, n: number) =>
  Array.from({ length: n }, (_, i) => `https://example.org/chine-ia/${label}${i}`);

function benchConfig(redisUrl: string, platformEnv: Record<string, string>): Config {
  const unlimited = { max: 1_000_000_000, durationMs: 1_000 };
  return loadConfig(
    { REDIS_URL: redisUrl, CRIER_PREFIX: 'bench-pipeline', LOG_LEVEL: 'silent', ...platformEnv },
    {
      platforms: { x: { rateLimit: unlimited }, bluesky: { rateLimit: unlimited }, mastodon: { rateLimit: unlimited } },
      delivery: { backoffMs: 1_000, keepCompletedJobs: 100 },
    },
  );
}

// ---------- phase: compose only ----------

interface ComposeResult {
  articlesPerSecond: number;
  /** This process's CPU time over the timed window (to tell the other tenants' share of the machine). */
  cpuMs: number;
}

/** The thread pool alone (the size `crier worker` starts, 4 requests in flight per thread), no Redis. */
async function composeOnly(clock: (running: boolean) => void): Promise<ComposeResult> {
  const settings = loadSettings();
  const articles = await seedCopies(copyUrls('', Math.min(ARTICLES, 50)), settings.fetch);
  const pool = createTeaserPool({ size: THREADS, teaser: teaserOptions(settings) });
  const options = { platforms: [...PLATFORMS], thread: false };
  let next = 0;
  const lane = async (until: number) => {
    let done = 0;
    while (performance.now() < until) {
      await pool.compose(articles[next++ % articles.length] as Article, options);
      done++;
    }
    return done;
  };
  const lanes = async (ms: number) => {
    const until = performance.now() + ms;
    return sum(await Promise.all(Array.from({ length: THREADS * 4 }, () => lane(until))));
  };
  await lanes(500); // threads start and load the teaser engine
  clock(true);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const done = await lanes(2_000);
  const seconds = (performance.now() - start) / 1_000;
  const { user, system } = process.cpuUsage(cpu);
  clock(false);
  await pool.close();
  return { articlesPerSecond: done / seconds, cpuMs: (user + system) / 1_000 };
}

// ---------- phase: the pipeline ----------

interface PipelineResult {
  seconds: number;
  posts: number;
  verified: number;
  retries: Record<string, number>;
  parseMs: number;
  enqueueSeconds: number;
  stages: Array<{ stage: string; step: string; ms: Spread }>;
  /** Time running ÷ (concurrency × wall time), per queue. */
  busy: Array<{ queue: string; slots: number; share: number }>;
  cpuMs: number;
  /** The main thread's event loop: share of the wall time it was busy. */
  eventLoop: number;
}

async function pipeline(
  redisUrl: string,
  platformEnv: Record<string, string>,
  clock: (running: boolean) => void,
): Promise<PipelineResult> {
  const config = benchConfig(redisUrl, platformEnv);
  const connection = createRedis(redisUrl, 'worker');
  const times = new Map<string, ArticleTimes>();
  const adapterTimes = new Map<string, number>();
  const realRegistry = await buildRegistry({ config, redis: connection, dryRun: false });
  const missing = PLATFORMS.filter((p) => !realRegistry.get(p, 'default'));
  if (missing.length > 0) throw new Error(`not configured: ${missing.join(', ')} (${realRegistry.summary.join('; ')})`);
  const registry = timedRegistry(realRegistry, (platform, articleId, adapterMs) =>
    adapterTimes.set(`${articleId}.${platform}`, adapterMs),
  );
  const pool = await startWorkerPool({ config, registry, connection, publishConcurrency: CONCURRENCY });
  const queues = new Queues(connection, config.prefix);
  const ledger = new Ledger({ redis: connection, prefix: config.prefix });

  // The posts awaited, ticked off by the workers' events: waiting costs crier's main thread nothing.
  let awaited = { pending: new Set<string>(), done: () => {}, fail: (_: Error) => {} };
  const retries: Record<string, number> = {};
  const find = (name: string) => pool.workers.find((w) => w.name === name);
  const byName = (name: string): Worker => {
    const worker = find(name);
    if (!worker) throw new Error(`the worker pool has no ${name} worker`);
    return worker;
  };
  byName(QUEUES.compose).on('completed', (job) => {
    const entry = times.get(job.data.articleId);
    if (entry) entry.compose = timesOf(job);
  });
  for (const platform of PLATFORMS) {
    const worker = byName(publishQueueName(platform));
    worker.on('completed', (job) => {
      const id = `${job.data.articleId}.${platform}`;
      const entry = times.get(job.data.articleId);
      const jobTimes = timesOf(job);
      const adapterMs = adapterTimes.get(id);
      if (entry && jobTimes && adapterMs !== undefined) {
        entry.publish[platform] = { ...jobTimes, adapterMs, scheduled: Number.NaN };
      }
      if (job.returnvalue?.outcome === 'published' && awaited.pending.delete(id) && awaited.pending.size === 0) {
        awaited.done();
      }
    });
    worker.on('failed', (job, error) => {
      retries[platform] = (retries[platform] ?? 0) + 1;
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) awaited.fail(new Error(`${job.id}: ${error.message}`));
    });
  }
  const enqueue = (article: Article) =>
    enqueueArticle(queues, config.settings, { article, platforms: [...PLATFORMS], when: { kind: 'now' } });
  /** Resolves when every post of `articles` is published; call it before enqueueing them. */
  const published = (articles: Article[], timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const pending = new Set(articles.flatMap((a) => PLATFORMS.map((p) => `${a.id}.${p}`)));
      const total = pending.size;
      const timer = setTimeout(
        () => reject(new Error(`only ${total - pending.size}/${total} posts published in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const end = (error?: Error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      awaited = { pending, done: () => end(), fail: end };
    });

  try {
    // Warm-up: compose threads load the engine, the Bluesky session logs in, X reads the account, Mastodon its limits.
    const warmup = await seedCopies(copyUrls('warmup-', WARMUP), config.settings.fetch);
    const warm = published(warmup, 120_000);
    await Promise.all(warmup.map(enqueue));
    await warm;

    // What `crier enqueue` does before anything is queued; outside the clock (it runs in the CLI's process).
    const parseStart = performance.now();
    const articles = await seedCopies(copyUrls('', ARTICLES), config.settings.fetch);
    const parseMs = (performance.now() - parseStart) / ARTICLES;
    if (new Set(articles.map((a) => a.id)).size !== ARTICLES) throw new Error('the copies do not have distinct ids');

    const done = published(articles, 600_000);
    clock(true);
    const cpu = process.cpuUsage();
    const loop = performance.eventLoopUtilization();
    const start = Date.now();
    for (let i = 0; i < articles.length; i += 50) {
      await Promise.all(
        articles.slice(i, i + 50).map((article) => {
          times.set(article.id, { enqueued: Date.now(), publish: {} });
          return enqueue(article);
        }),
      );
    }
    const enqueueSeconds = (Date.now() - start) / 1_000;
    await done;
    const end = Date.now();
    clock(false);
    const { user, system } = process.cpuUsage(cpu);
    const eventLoop = performance.eventLoopUtilization(loop).utilization;

    // Verified in the ledger, and its createdAt splits compose (teasers before it, fan-out after).
    let verified = 0;
    for (const article of articles) {
      const entry = times.get(article.id);
      for (const platform of PLATFORMS) {
        const record = await ledger.get(postId({ articleId: article.id, platform, account: 'default' }));
        const publish = entry?.publish[platform];
        if (record?.state === 'published' && record.done.length > 0) verified++;
        if (record && publish) publish.scheduled = record.createdAt.getTime();
      }
    }

    // Articles seen at every stage.
    const complete = [...times.values()].filter(
      (t): t is ArticleTimes & { compose: JobTimes; publish: Record<PlatformId, PublishTimes> } =>
        t.compose !== undefined && PLATFORMS.every((p) => t.publish[p]),
    );
    const stages: PipelineResult['stages'] = [];
    const add = (stage: string, step: string, values: number[]) => stages.push({ stage, step, ms: spread(values) });
    add(
      'compose',
      'waiting (enqueued → taken)',
      complete.map((t) => t.compose.started - t.enqueued),
    );
    const posts = (t: (typeof complete)[number]) => PLATFORMS.map((p) => t.publish[p]);
    add(
      'compose',
      'read article + teasers (thread)',
      complete.map((t) => Math.min(...posts(t).map((p) => p.scheduled)) - t.compose.started),
    );
    add(
      'compose',
      'fan-out (ledger + publish job, 3 side by side)',
      complete.map((t) => Math.max(...posts(t).map((p) => p.added)) - Math.min(...posts(t).map((p) => p.scheduled))),
    );
    add(
      'compose',
      'release article + job done',
      complete.map((t) => t.compose.finished - Math.max(...posts(t).map((p) => p.added))),
    );
    for (const platform of PLATFORMS) {
      const of = complete.map((t) => t.publish[platform]);
      add(
        `publish ${platform}`,
        'waiting (added → taken)',
        of.map((p) => p.started - p.added),
      );
      add(
        `publish ${platform}`,
        'adapter: HTTP (+ its own Redis)',
        of.map((p) => p.adapterMs),
      );
      add(
        `publish ${platform}`,
        'crier around it (ledger, lock, metrics)',
        of.map((p) => p.finished - p.started - p.adapterMs),
      );
    }
    add(
      'end to end',
      'enqueued → last of its 3 posts done',
      complete.map((t) => Math.max(...posts(t).map((p) => p.finished)) - t.enqueued),
    );

    const wall = end - start;
    // Slots as the pool runs them (`crier worker` defaults): the worker's own concurrency.
    const busy = (label: string, queue: string, jobs: JobTimes[]) => {
      const slots = byName(queue).concurrency;
      return { queue: label, slots, share: sum(jobs.map((j) => j.finished - j.started)) / (slots * wall) };
    };
    return {
      seconds: wall / 1_000,
      posts: articles.length * PLATFORMS.length,
      verified,
      retries,
      parseMs,
      enqueueSeconds,
      stages,
      busy: [
        busy(
          'compose',
          QUEUES.compose,
          complete.map((t) => t.compose),
        ),
        ...PLATFORMS.map((p) =>
          busy(
            `publish ${p}`,
            publishQueueName(p),
            complete.map((t) => t.publish[p]),
          ),
        ),
      ],
      cpuMs: (user + system) / 1_000,
      eventLoop,
    };
  } finally {
    await pool.close();
    await queues.close();
    await registry.close();
    await connection.quit();
  }
}

// ---------- processes ----------

type ToPhase = { kind: 'go'; redisUrl: string; platformEnv: Record<string, string> };
/** `clock`: the measured window starts (running) or ends, so the parent can read the other processes' CPU. */
type FromPhase = { kind: 'clock'; running: boolean } | { kind: 'result'; result: unknown };

async function runPhase(): Promise<void> {
  const send = (message: FromPhase) => process.send?.(message);
  const go = await new Promise<ToPhase>((r) => process.once('message', r));
  const clock = (running: boolean) => send({ kind: 'clock', running });
  const result =
    option('phase') === 'compose' ? await composeOnly(clock) : await pipeline(go.redisUrl, go.platformEnv, clock);
  send({ kind: 'result', result });
}

/** Runs a phase in a fresh process; `onClock` is told when its clock starts and stops. */
async function phase<T>(
  name: 'compose' | 'pipeline',
  go: Omit<ToPhase, 'kind'>,
  onClock: (running: boolean) => Promise<void> = async () => undefined,
): Promise<T> {
  const child = fork(fileURLToPath(import.meta.url), ['--phase', name, ...process.argv.slice(2)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', r));
  let result: T | undefined;
  let clocked = Promise.resolve();
  child.on('message', (message: FromPhase) => {
    if (message.kind === 'clock') clocked = clocked.then(() => onClock(message.running));
    else result = message.result as T;
  });
  child.send({ kind: 'go', ...go } satisfies ToPhase);
  const code = await exited;
  await clocked;
  if (code !== 0 || result === undefined) throw new Error(`benchmark phase ${name} failed (exit code ${code})`);
  return result;
}

const SERVER_NAMES: Record<PlatformId, string> = { x: 'X fake', bluesky: 'Bluesky PDS', mastodon: 'Mastodon fake' };

interface Server {
  platform: PlatformId;
  env: Record<string, string>;
  usage(): Promise<{ cpuMs: number; posts: number }>;
  close(): Promise<void>;
}

/** One platform's server in its own process (bench/platform-server.ts). */
async function startServer(platform: PlatformId): Promise<Server> {
  const server = await forkPlatformServer(platform);
  return {
    platform,
    env: server.env,
    async usage() {
      const { cpuMs, posts } = await server.ask('usage');
      return { cpuMs, posts };
    },
    close: () => server.close(),
  };
}

async function redisCpuMs(url: string): Promise<number> {
  const redis = createRedis(url, 'producer');
  const info = await redis.info('cpu');
  await redis.quit();
  const read = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? Number.NaN);
  return (read('used_cpu_user') + read('used_cpu_sys')) * 1_000;
}

/** CPU time of the whole machine (every tenant of the shared cores), from /proc/stat; NaN elsewhere. */
function machineCpuMs(): number {
  if (!existsSync('/proc/stat')) return Number.NaN;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
  // user nice system idle iowait irq softirq steal, in USER_HZ (1/100 s on Linux)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return (user + nice + system + irq + softirq + steal) * 10;
}

async function main(): Promise<void> {
  if (option('phase')) {
    await runPhase();
    return;
  }
  if (!existsSync(SEED)) throw new Error(`the seed article ${SEED} is missing (give another with --seed <file>)`);
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const began = Date.now();
  const redis = await startRedis();
  const servers: Server[] = [];
  const stop = async () => {
    await Promise.allSettled(servers.map((s) => s.close()));
    await redis.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  try {
    say(
      `crier pipeline: ${ARTICLES} copies of ${SEED.split('/').pop()} (${(statSync(SEED).size / 1024).toFixed(1)} KiB), ` +
        `3 posts each; ${THREADS} cores`,
    );
    say('starting redis-server and the platform servers (X fake, Mastodon fake, reference PDS; one process each)…');
    servers.push(...(await Promise.all(PLATFORMS.map(startServer))));
    const platformEnv = Object.assign({}, ...servers.map((s) => s.env)) as Record<string, string>;
    const go = { redisUrl: redis.url, platformEnv };

    const snapshot = async () => ({
      at: Date.now(),
      machine: machineCpuMs(),
      redis: await redisCpuMs(redis.url),
      servers: await Promise.all(servers.map((s) => s.usage())),
    });
    /** The compose-only rate, and how many cores the machine's other tenants used meanwhile. */
    const composeRun = async () => {
      const marks: Array<{ at: number; machine: number }> = [];
      const result = await phase<ComposeResult>('compose', go, async () => {
        marks.push({ at: Date.now(), machine: machineCpuMs() });
      });
      const [from, to] = marks;
      const others =
        from && to ? Math.max(0, to.machine - from.machine - result.cpuMs) / (to.at - from.at) : Number.NaN;
      return { rate: result.articlesPerSecond, others };
    };
    const compose1 = await composeRun();
    const window: Array<Awaited<ReturnType<typeof snapshot>>> = [];
    const run = await phase<PipelineResult>('pipeline', go, async () => {
      window.push(await snapshot());
    });
    const compose2 = await composeRun();
    const [start, after] = window;
    if (!start || !after) throw new Error('the pipeline phase did not report its clock');

    const rate = ARTICLES / run.seconds;
    const composeRate = (compose1.rate + compose2.rate) / 2;
    const ms = (n: number) => n.toFixed(n < 10 ? 1 : 0).padStart(7);
    const held = after.servers.map((s) => s.posts);

    say(
      `\ncrier as \`crier worker\` runs it (${run.busy.map((b) => `${b.queue} ${b.slots}`).join(', ')} jobs at a time; ` +
        `${THREADS} compose threads); rate limits: crier's unlimited, the fakes' lifted, the PDS's off`,
    );
    say('\n1. Throughput');
    say(
      `   pipeline (enqueue → ${run.posts} posts published):  ${rate.toFixed(1)} articles/s  ` +
        `${(rate * 3).toFixed(1)} posts/s  (${run.seconds.toFixed(1)} s; enqueueing took ${run.enqueueSeconds.toFixed(2)} s)`,
    );
    say(
      `   compose only (thread pool of ${THREADS}, no Redis):  ${composeRate.toFixed(0)} articles/s  ` +
        `(before ${compose1.rate.toFixed(0)}, after ${compose2.rate.toFixed(0)}; ` +
        `other tenants meanwhile: ${compose1.others.toFixed(2)} and ${compose2.others.toFixed(2)} cores)`,
    );
    say(`   ratio pipeline / compose only:  ${(rate / composeRate).toFixed(3)}`);
    say(
      `   checked: ${run.verified}/${run.posts} published in the ledger; the servers hold ` +
        `${PLATFORMS.map((p, i) => `${p} ${held[i]}`).join(', ')} (incl. ${WARMUP} warm-up each); ` +
        `retried attempts: ${Object.keys(run.retries).length ? JSON.stringify(run.retries) : 'none'}`,
    );
    say(`   parsing the seed as \`crier enqueue\` does (outside the clock): ${run.parseMs.toFixed(1)} ms/article`);

    say('\n2. Where the time goes, per article (ms; BullMQ job timestamps, ledger createdAt, timed adapters)');
    say(`   all ${ARTICLES} are enqueued at once: "waiting" is the backlog of the burst`);
    say(`   ${'stage'.padEnd(18)} ${'step'.padEnd(52)} ${'median'.padStart(7)} ${'p90'.padStart(7)}`);
    let last = '';
    for (const { stage, step, ms: s } of run.stages) {
      say(`   ${(stage === last ? '' : stage).padEnd(18)} ${step.padEnd(52)} ${ms(s.median)} ${ms(s.p90)}`);
      last = stage;
    }

    say('\n3. Busy worker slots (time running ÷ (slots × wall time); near 1 = that queue holds the others up)');
    for (const b of run.busy)
      say(`   ${b.queue.padEnd(18)} ${String(b.slots).padStart(2)} slots  ${b.share.toFixed(2)}`);

    const wall = after.at - start.at;
    const perArticle = (cpuMs: number) => cpuMs / ARTICLES;
    const rows: Array<[string, number]> = [
      [`crier (main thread + ${THREADS} compose threads)`, run.cpuMs],
      ['redis-server', after.redis - start.redis],
      ...servers.map((s, i): [string, number] => [
        SERVER_NAMES[s.platform],
        (after.servers[i]?.cpuMs ?? 0) - (start.servers[i]?.cpuMs ?? 0),
      ]),
    ];
    const total = sum(rows.map(([, cpu]) => cpu));
    say(`\n4. CPU per article, by process (over ${(wall / 1_000).toFixed(1)} s; ${THREADS} cores)`);
    rows.forEach(([name, cpu], i) => {
      say(`   ${name.padEnd(40)} ${ms(perArticle(cpu))} ms  ${((cpu / total) * 100).toFixed(0).padStart(3)}%`);
      // process.cpuUsage covers every thread of crier's process: the compose-only rate tells the threads' share.
      if (i === 0)
        say(`     of which teasers, by the compose-only rate ≈ ${((THREADS * 1_000) / composeRate).toFixed(1)} ms`);
    });
    say(`   ${'all of the above'.padEnd(40)} ${ms(perArticle(total))} ms  = ${(total / wall).toFixed(2)} cores busy`);
    const machine = after.machine - start.machine;
    if (Number.isFinite(machine)) {
      say(
        `   the machine: ${(machine / wall).toFixed(2)} of ${THREADS} cores busy, ` +
          `${(Math.max(0, machine - total) / wall).toFixed(2)} of them other tenants (shared cores)`,
      );
    }
    say(`   crier's main thread (event loop) busy ${(run.eventLoop * 100).toFixed(0)}% of the run`);
    say(`\n(the benchmark took ${((Date.now() - began) / 1_000).toFixed(0)} s)`);
  } finally {
    await stop();
  }
}

await main();
process.exit(0);
