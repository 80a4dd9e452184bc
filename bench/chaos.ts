import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createRedis } from '../queues/connection.js';
import { Queues } from '../queues/handles.js';
import { postId, publishQueueName, QUEUES } from '../queues/names.js';
import { enqueueArticle } from '../queues/producers.js';
import { startWorkerPool } from '../queues/workers.js';
import { type Article, ArticleSchema } from '../src/article/article.js';
import { type Config, loadConfig } from '../src/config.js';
import { Ledger, type PostRecord } from '../src/ledger/ledger.js';
import { PLATFORMS, type PlatformId } from '../src/platforms/platform.js';
import { buildRegistry } from '../src/platforms/registry.js';
import { count, option } from './args.js';
import type { ServerChaos } from './platform-ipc.js';
import { forkPlatformServer } from './platform-server.js';
import { startRedis, startRedisCluster } from './private-redis.js';

/**
 * Chaos at scale (issue 14): N articles through the real pipeline — `crier worker` processes with the real
 * adapters — to the X fake, the Mastodon fake and the reference PDS, each behind a fault-injecting proxy
 * (5xx, 429 in the platform's shape, dropped connections before and after the server committed), with
 * article images from a flaky image server, while the workers are killed with SIGKILL every few seconds and
 * Redis (AOF) is restarted every 30 s. Then the kills and restarts stop (the proxies and the image server go on
 * misbehaving) and the run drains. Printed: posts out, duplicates, missing, failed, id-unknown (from what the
 * servers hold and what the ledger says) and the time to drain.
 *
 * With `--cluster` the queues and the ledger live on a local Redis Cluster (3 masters, 3 replicas,
 * test/support/redis-cluster.cjs) and the Redis restarts become failovers: every `--redis-restart-seconds` a
 * master is SIGKILLed (no goodbye to its clients), its replica is promoted after the cluster node timeout, and
 * the dead node is started again to rejoin as a replica, so the next failover can take any shard's master.
 * The time from each kill to a healed cluster (every shard with a master, cluster_state:ok) is printed.
 *
 *   npm run bench:chaos -- [--articles 1000] [--chaos-seconds 180] [--workers 2] [--redis-restart-seconds 30]
 *                          [--cluster] [--drain-timeout-seconds 1800]
 *
 * Every platform's rate limit is lifted in crier and the fakes (the proxies' 429s stay): the run measures
 * what churn costs, not a posting budget.
 */

const ARTICLES = count('articles', 1_000);
const CHAOS_SECONDS = count('chaos-seconds', 180);
const WORKERS = count('workers', 2);
const REDIS_RESTART_SECONDS = count('redis-restart-seconds', 30);
const CLUSTER = process.argv.includes('--cluster');
/** cluster-node-timeout: how long a master may be unreachable before its replica takes over. */
const CLUSTER_NODE_TIMEOUT_MS = 2_000;
/** A worker is killed every KILL_MIN..KILL_MAX ms (one at a time; a new one takes its place). */
const KILL_MIN_MS = 2_000;
const KILL_MAX_MS = 6_000;
/** After the chaos, how long the run may take to settle before it is reported as not drained. */
const DRAIN_TIMEOUT_MS = count('drain-timeout-seconds', 1_800) * 1_000;
const FAULTS: ServerChaos = { serverError: 0.1, tooManyRequests: 0.05, drop: 0.05 };
/** Image requests that fail (503) or hang past the fetch timeout. */
const IMAGE_FAILURES = { error: 0.1, slow: 0.02 };
const RUN = randomBytes(3).toString('hex');
const ARTICLE_URL = (i: number) => `https://example.org/chaos/${RUN}/${i}`;
const ARTICLE_OF = new RegExp(`example\\.org/chaos/${RUN}/(\\d+)`);

const UNLIMITED = { max: 1_000_000_000, durationMs: 1_000 };

/** The settings of every process of the run: the defaults, with rate limits lifted and local images allowed. */
function chaosConfig(redisEnv: Record<string, string>, platformEnv: Record<string, string>): Config {
  return loadConfig(
    { ...redisEnv, CRIER_PREFIX: `chaos-${RUN}`, LOG_LEVEL: 'silent', ...platformEnv },
    {
      platforms: { x: { rateLimit: UNLIMITED }, bluesky: { rateLimit: UNLIMITED }, mastodon: { rateLimit: UNLIMITED } },
      fetch: { allowPrivateAddresses: true, timeoutMs: 3_000 },
    },
  );
}

// ---------- the worker process: `crier worker` with the real registry ----------

interface WorkerGo {
  /** REDIS_URL, and REDIS_CLUSTER_NODES on a cluster. */
  redisEnv: Record<string, string>;
  platformEnv: Record<string, string>;
  prefix: string;
}

async function runWorker(): Promise<void> {
  const go = JSON.parse(option('worker') ?? '{}') as WorkerGo;
  const config = { ...chaosConfig(go.redisEnv, go.platformEnv), prefix: go.prefix };
  const connection = createRedis(config, 'worker');
  connection.on('error', () => undefined);
  const registry = await buildRegistry({ config, redis: connection, dryRun: false });
  // As `crier worker` starts it, with one compose thread per process (two processes share two cores).
  await startWorkerPool({ config, registry, connection, composeConcurrency: 1 });
  process.send?.('ready');
}

// ---------- the image server: a PNG per article, sometimes an error, sometimes too slow ----------

async function startImageServer(): Promise<{ url: string; hits: () => number; close(): Promise<void> }> {
  const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#2d6a8f' } })
    .png()
    .toBuffer();
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    const roll = Math.random();
    if (roll < IMAGE_FAILURES.error) {
      res.writeHead(503).end();
      return;
    }
    if (roll < IMAGE_FAILURES.error + IMAGE_FAILURES.slow) {
      setTimeout(() => res.destroy(), 5_000);
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.byteLength }).end(png);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------- the platform servers, each in its own process behind its proxy ----------

interface Server {
  platform: PlatformId;
  env: Record<string, string>;
  posts(): Promise<string[]>;
  close(): Promise<void>;
}

async function startServer(platform: PlatformId): Promise<Server> {
  const server = await forkPlatformServer(platform, [JSON.stringify(FAULTS)]);
  return {
    platform,
    env: server.env,
    async posts() {
      return (await server.ask('posts')).posts;
    },
    close: () => server.close(),
  };
}

// ---------- Redis: one server restarted, or a cluster failed over ----------

interface Store {
  /** REDIS_URL, and REDIS_CLUSTER_NODES on a cluster. */
  env: Record<string, string>;
  /** What the periodic fault is, for the first line. */
  fault: string;
  /** The periodic fault: a restart of the one Redis, or a master killed and failed over. Resolves with its time. */
  disrupt(): Promise<number>;
  stop(): Promise<void>;
}

async function startStore(): Promise<Store> {
  if (CLUSTER) {
    const cluster = await startRedisCluster({ nodeTimeoutMs: CLUSTER_NODE_TIMEOUT_MS });
    return {
      env: { REDIS_URL: 'redis://127.0.0.1', REDIS_CLUSTER_NODES: cluster.nodes.join(',') },
      fault: `a Redis Cluster master SIGKILLed (failover, node timeout ${CLUSTER_NODE_TIMEOUT_MS / 1000} s)`,
      async disrupt() {
        const masters = await cluster.mastersNow();
        const victim = masters[Math.floor(Math.random() * masters.length)];
        if (victim === undefined) throw new Error('the cluster has no master');
        const killed = Date.now();
        await cluster.kill(victim);
        await cluster.healed(120_000);
        const failover = Date.now() - killed;
        // Back as a replica of the promoted node: the shard can fail over again later.
        await cluster.restart(victim);
        return failover;
      },
      stop: () => cluster.stop(),
    };
  }
  let redis = await startRedis({ appendonly: true });
  const { port, dir } = redis;
  return {
    env: { REDIS_URL: redis.url },
    fault: 'Redis restarted',
    // A clean shutdown (AOF flushed), the same port and directory.
    async disrupt() {
      const stopped = Date.now();
      await redis.stop();
      redis = await startRedis({ appendonly: true, port, dir });
      return Date.now() - stopped;
    },
    stop: () => redis.stop(),
  };
}

// ---------- the articles ----------

const TOPICS = [
  ['Les abeilles sauvages reviennent en ville', 'Une étude montre leur retour dans les parcs et les jardins.'],
  ['Le prix du train baisse en hiver', 'Les compagnies annoncent des tarifs réduits sur les lignes régionales.'],
  ['Une bibliothèque ouverte la nuit', 'La ville teste des horaires étendus pendant la période des examens.'],
  ['Les vélos cargo gagnent du terrain', 'Les livraisons du dernier kilomètre se font de plus en plus à vélo.'],
] as const;

function chaosArticle(i: number, imageUrl: string): Article {
  const [title, lead] = TOPICS[i % TOPICS.length] ?? TOPICS[0];
  return ArticleSchema.parse({
    id: `chaos-${RUN}-${i}`,
    url: ARTICLE_URL(i),
    title: `${title} (${i})`,
    lang: 'fr',
    body: `${title}. ${lead} Les chercheurs ont suivi ${i + 3} sites pendant deux ans. Les résultats surprennent les spécialistes.`,
    image: { url: `${imageUrl}/cover-${i}.png`, alt: `Illustration de l’article ${i}` },
  });
}

// ---------- the run ----------

interface Tally {
  expected: number;
  out: number;
  duplicates: number;
  missing: number;
  failed: number;
  /** Published in the ledger but not on the platform, or the other way round. */
  disagreements: number;
  states: Record<string, number>;
  /** Posts that went out without the article image (the ledger's "image dropped" note). */
  imagesDropped: number;
  /** Those drops by platform and step ("x uploading"), and by platform, step and reason, to tell their causes apart. */
  dropsByStep: Record<string, number>;
  dropsByReason: Record<string, number>;
  /**
   * Posts out without the image as the servers hold them: as many as the notes, now that a note follows the post that
   * went out (docs/queue-and-ledger.md, "Optional image"). Before, a note stayed with the post when an attempt
   * dropped the image and then failed, even if a later attempt posted it with the image (41 notes, 32 posts).
   */
  withoutImage: Record<string, number>;
  /** Attempts per post by platform (mean and most), and the post that took the most: what a long drain waited for. */
  attempts: Record<string, { mean: number; most: number }>;
  slowest: { attempts: number; post: string };
  perPlatform: Record<string, { out: number; duplicates: number; missing: number; failed: number }>;
  /** Each failed post and the reason its ledger record gives (a failure is a finding to explain). */
  failures: string[];
}

async function tally(servers: Server[], ledger: Ledger, articles: Article[]): Promise<Tally> {
  const result: Tally = {
    expected: articles.length * PLATFORMS.length,
    out: 0,
    duplicates: 0,
    missing: 0,
    failed: 0,
    disagreements: 0,
    states: {},
    imagesDropped: 0,
    dropsByStep: {},
    dropsByReason: {},
    withoutImage: {},
    attempts: {},
    slowest: { attempts: 0, post: '' },
    perPlatform: {},
    failures: [],
  };
  for (const server of servers) {
    const seen = new Map<number, number>();
    let bare = 0;
    for (const post of await server.posts()) {
      const match = ARTICLE_OF.exec(post);
      if (match) seen.set(Number(match[1]), (seen.get(Number(match[1])) ?? 0) + 1);
      // X and Mastodon: the post's media ids; Bluesky: the link card's thumb.
      if (match && !/"mediaIds":\["|"thumb":/.test(post)) bare++;
    }
    result.withoutImage[server.platform] = bare;
    const row = { out: 0, duplicates: 0, missing: 0, failed: 0 };
    const attempts = { sum: 0, most: 0 };
    for (let i = 0; i < articles.length; i++) {
      const copies = seen.get(i) ?? 0;
      if (copies > 0) row.out++;
      row.duplicates += Math.max(0, copies - 1);
      if (copies === 0) row.missing++;
      const record: PostRecord | undefined = await ledger.get(
        postId({ articleId: (articles[i] as Article).id, platform: server.platform, account: 'default' }),
      );
      const state = record?.state ?? 'no record';
      const tries = record?.attempts ?? 0;
      attempts.sum += tries;
      attempts.most = Math.max(attempts.most, tries);
      if (tries > result.slowest.attempts) result.slowest = { attempts: tries, post: `${server.platform} #${i}` };
      result.states[state] = (result.states[state] ?? 0) + 1;
      if (state === 'failed') {
        row.failed++;
        result.failures.push(`${server.platform} #${i}: ${record?.lastError ?? '(no reason recorded)'}`);
      }
      const dropped = record?.notes.find((note) => note.startsWith('image dropped'));
      if (dropped) {
        result.imagesDropped++;
        // "image dropped: uploading: x: 503 …" → step "uploading", reason without numbers (ids, ports, times).
        const [, step = '?', ...rest] = dropped.split(': ');
        const reason = rest.join(': ').replace(/\d+/g, '#').slice(0, 160);
        const key = `${server.platform} ${step}`;
        result.dropsByStep[key] = (result.dropsByStep[key] ?? 0) + 1;
        result.dropsByReason[`${key}: ${reason}`] = (result.dropsByReason[`${key}: ${reason}`] ?? 0) + 1;
      }
      if ((state === 'published') !== copies > 0) result.disagreements++;
    }
    result.perPlatform[server.platform] = row;
    result.attempts[server.platform] = {
      mean: Number((attempts.sum / articles.length).toFixed(2)),
      most: attempts.most,
    };
    result.out += row.out;
    result.duplicates += row.duplicates;
    result.missing += row.missing;
    result.failed += row.failed;
  }
  return result;
}

async function main(): Promise<void> {
  if (option('worker')) {
    await runWorker();
    return;
  }
  const say = (line = '') => process.stdout.write(`${line}\n`);
  const began = Date.now();
  const store = await startStore();
  say(
    `crier chaos${CLUSTER ? ' on a Redis Cluster (3 masters, 3 replicas)' : ''}: ${ARTICLES} articles × 3 platforms, ` +
      `${WORKERS} worker processes killed (SIGKILL) every ` +
      `${KILL_MIN_MS / 1000}–${KILL_MAX_MS / 1000} s and ${store.fault} every ${REDIS_RESTART_SECONDS} s for ` +
      `${CHAOS_SECONDS} s; proxies: ${FAULTS.serverError * 100}% 5xx, ${FAULTS.tooManyRequests * 100}% 429, ` +
      `${FAULTS.drop * 100}% dropped; images: ${IMAGE_FAILURES.error * 100}% 503, ${IMAGE_FAILURES.slow * 100}% hang`,
  );
  const image = await startImageServer();
  const servers = await Promise.all(PLATFORMS.map(startServer));
  const platformEnv = Object.assign({}, ...servers.map((s) => s.env)) as Record<string, string>;
  const config = chaosConfig(store.env, platformEnv);
  const connection = createRedis(config, 'worker');
  connection.on('error', () => undefined);
  const queues = new Queues(connection, config.prefix);
  const ledger = new Ledger({ redis: connection, prefix: config.prefix });

  const workers = new Set<ChildProcess>();
  let stopping = false;
  const startWorker = () => {
    const go: WorkerGo = { redisEnv: store.env, platformEnv, prefix: config.prefix };
    const child = fork(fileURLToPath(import.meta.url), ['--worker', JSON.stringify(go)], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    workers.add(child);
    child.once('exit', () => workers.delete(child));
    return new Promise<void>((resolve) => {
      child.once('message', () => resolve());
      child.once('exit', () => resolve());
    });
  };
  const stopAll = async () => {
    stopping = true;
    for (const child of workers) child.kill('SIGKILL');
    await queues.close().catch(() => undefined);
    connection.disconnect();
    await Promise.allSettled(servers.map((s) => s.close()));
    await image.close();
    await store.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }

  try {
    await Promise.all(Array.from({ length: WORKERS }, startWorker));
    const articles = Array.from({ length: ARTICLES }, (_, i) => chaosArticle(i, image.url));
    const start = Date.now();
    const chaosEnd = start + CHAOS_SECONDS * 1_000;
    let kills = 0;
    /** How long each restart or failover took (ms). */
    const disruptions: number[] = [];

    // Kills: one worker at a time, replaced at once (as a supervisor would restart it).
    const killer = (async () => {
      while (Date.now() < chaosEnd && !stopping) {
        await sleep(KILL_MIN_MS + Math.random() * (KILL_MAX_MS - KILL_MIN_MS));
        const victims = [...workers];
        const victim = victims[Math.floor(Math.random() * victims.length)];
        if (!victim) continue;
        victim.kill('SIGKILL');
        kills++;
        void startWorker();
      }
    })();
    // Redis restarts (or cluster failovers), one at a time.
    const restarter = (async () => {
      for (;;) {
        await sleep(REDIS_RESTART_SECONDS * 1_000);
        if (Date.now() >= chaosEnd || stopping) return;
        disruptions.push(await store.disrupt());
      }
    })();

    // Enqueue as producers do, each article once; a Redis restart is waited out and the article sent again.
    let enqueued = 0;
    for (let i = 0; i < articles.length; i += 25) {
      await Promise.all(
        articles.slice(i, i + 25).map(async (article) => {
          for (;;) {
            try {
              await enqueueArticle(queues, config.settings, {
                article,
                platforms: [...PLATFORMS],
                when: { kind: 'now' },
              });
              enqueued++;
              return;
            } catch {
              await sleep(500);
            }
          }
        }),
      );
    }
    const enqueueSeconds = (Date.now() - start) / 1_000;
    say(`enqueued ${enqueued} articles in ${enqueueSeconds.toFixed(1)} s; chaos until +${CHAOS_SECONDS} s…`);
    await Promise.all([killer, restarter]);
    say(
      `chaos over: ${kills} workers killed, ${disruptions.length} ${CLUSTER ? 'failovers' : 'Redis restarts'}; draining…`,
    );

    // Drained: every post settled in the ledger, or no job left anywhere to settle one.
    const names = [QUEUES.compose, ...PLATFORMS.map((p) => publishQueueName(p))];
    const ids = articles.flatMap((a) =>
      PLATFORMS.map((platform) => postId({ articleId: a.id, platform, account: 'default' })),
    );
    let drained = false;
    let lastReport = 0;
    const drainDeadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (Date.now() < drainDeadline) {
      await sleep(2_000);
      try {
        const pending = await Promise.all(
          names.map((name) => queues.get(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized')),
        );
        const jobs = pending.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
        const records = await Promise.all(ids.map((id) => ledger.get(id)));
        const settled = records.filter((r) => r && ['published', 'failed', 'cancelled'].includes(r.state)).length;
        const unknown = records.filter((r) => r?.state === 'id-unknown').length;
        if (Date.now() - lastReport > 30_000) {
          say(
            `  +${((Date.now() - start) / 1000).toFixed(0)} s: ${settled}/${ids.length} settled, ` +
              `${unknown} id-unknown, ${jobs} jobs pending`,
          );
          lastReport = Date.now();
        }
        if (settled === ids.length || jobs === 0) {
          drained = settled === ids.length || jobs === 0;
          break;
        }
      } catch {
        // Redis restarting: look again.
      }
    }
    const drainSeconds = (Date.now() - start) / 1_000;
    const result = await tally(servers, ledger, articles);

    say('');
    say(`posts expected   ${result.expected}`);
    say(`posts out        ${result.out}`);
    say(`duplicates       ${result.duplicates}`);
    say(`missing          ${result.missing}`);
    say(`failed           ${result.failed}`);
    say(`id-unknown       ${result.states['id-unknown'] ?? 0} (out, but the id not found yet)`);
    say(`ledger ≠ servers ${result.disagreements}`);
    say(
      `drain time       ${drainSeconds.toFixed(0)} s from the first enqueue${drained ? '' : ' (NOT drained: timed out)'}`,
    );
    const seconds = disruptions.map((ms) => (ms / 1000).toFixed(1)).join(', ');
    say(`${CLUSTER ? 'failovers      ' : 'Redis restarts '}  ${disruptions.length}${seconds ? ` (${seconds} s)` : ''}`);
    say(`per platform     ${JSON.stringify(result.perPlatform)}`);
    say(`ledger states    ${JSON.stringify(result.states)}`);
    say(`attempts         ${JSON.stringify(result.attempts)}; ${result.slowest.post} took ${result.slowest.attempts}`);
    for (const failure of result.failures) say(`  failed: ${failure}`);
    say(`images dropped   ${result.imagesDropped} posts went out without the article image (noted in the ledger)`);
    say(`  by step        ${JSON.stringify(result.dropsByStep)}`);
    say(`  on the servers ${JSON.stringify(result.withoutImage)} posts out without the image`);
    for (const [reason, n] of Object.entries(result.dropsByReason).sort((a, b) => b[1] - a[1])) {
      say(`  ${String(n).padStart(5)}  ${reason}`);
    }
    say(`image requests   ${image.hits()}`);
    say(`(the benchmark took ${((Date.now() - began) / 1_000).toFixed(0)} s)`);
  } finally {
    await stopAll();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

await main();
if (!option('worker')) process.exit(0);
