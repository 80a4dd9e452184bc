/**
 * Teaser throughput over the corpus: `npm run bench:teaser [-- <corpus dir>]`.
 * Loads every article once (intake is not measured), then composes X, Bluesky and Mastodon teasers for
 * each, on the main thread and on pools of 1 and 2 worker threads running the built JS. Each figure is
 * the median of several rounds after a warm-up; the ratio compares the 2-thread pool with the 1-thread
 * pool (same code path, same message overhead). Targets (issue 2 §6): ≥300 articles/s on one core, ≥1.7×.
 * Each round also times a loop of plain arithmetic on the same pools: what two threads give on this machine
 * when nothing is shared (two vCPUs of a shared host are not always two whole cores).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Article } from '../src/article/article.js';
import { loadArticle } from '../src/article/load.js';
import { loadSettings, type Settings } from '../src/config.js';
import { PACKAGE_ROOT } from '../src/paths.js';
import { composeBatch } from './compose-batch.js';
import type { BatchRequest } from './teaser-worker.js';

const ROUNDS = 7;
const TARGET_ROUND_MS = 1_000;
/** About half a second on one thread here. */
const SPIN_ITERATIONS = 300_000_000;

interface ManifestEntry {
  file: string;
  url: string;
  lang: string;
}

async function loadCorpus(dir: string, settings: Settings): Promise<Article[]> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const byFile = new Map(manifest.map((entry) => [entry.file, entry]));
  const articles: Article[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (file === 'manifest.json') continue;
    const entry = byFile.get(file);
    try {
      articles.push(await loadArticle(join(dir, file), { url: entry?.url, lang: entry?.lang, fetch: settings.fetch }));
    } catch (error) {
      console.error(`skipped ${file}: ${(error as Error).message}`);
    }
  }
  return articles;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

class Pool {
  private readonly workers: Worker[];
  constructor(size: number, articles: Article[], settings: Settings) {
    const script = new URL('./teaser-worker.js', import.meta.url);
    this.workers = Array.from(
      { length: size },
      () =>
        new Worker(script, { workerData: { articles, settings }, resourceLimits: { maxYoungGenerationSizeMb: 48 } }),
    );
  }
  /** Splits `count` compositions evenly over the threads and waits for all of them. */
  run(count: number): Promise<number[]> {
    const share = Math.ceil(count / this.workers.length);
    return this.each((i) => ({ offset: i * share, count: Math.min(share, count - i * share) }));
  }
  /** Splits `iterations` of the reference loop evenly over the threads. */
  spin(iterations: number): Promise<number[]> {
    return this.each(() => ({ spin: Math.ceil(iterations / this.workers.length) }));
  }
  private each(request: (i: number) => BatchRequest): Promise<number[]> {
    return Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise<number>((done, fail) => {
            worker.once('message', done);
            worker.once('error', fail);
            worker.postMessage(request(i));
          }),
      ),
    );
  }
  close(): Promise<number[]> {
    return Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Articles per second of one run of `work` composing `count` articles. */
async function rate(count: number, work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return (count * 1000) / (performance.now() - start);
}

function report(label: string, rates: number[]): number {
  const value = median(rates);
  const rounds = rates.map((r) => r.toFixed(0)).join(' ');
  console.log(`${label.padEnd(26)} ${value.toFixed(0).padStart(6)} articles/s  (median of ${rates.length}: ${rounds})`);
  return value;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'corpus'));
  const settings = loadSettings();
  const articles = await loadCorpus(dir, settings);
  if (articles.length === 0) throw new Error(`no article could be read in ${dir}`);

  // Size a round to about a second on one thread, in whole passes over the corpus, once warm.
  composeBatch(articles, settings, 0, articles.length * 5);
  const probeStart = performance.now();
  composeBatch(articles, settings, 0, articles.length * 3);
  const perArticleMs = (performance.now() - probeStart) / (articles.length * 3);
  const passes = Math.max(2, Math.round(TARGET_ROUND_MS / (perArticleMs * articles.length)));
  const count = passes * articles.length;
  console.log(`${articles.length} articles from ${dir}; ${count} compositions per round (3 platforms each)`);

  const one = new Pool(1, articles, settings);
  const two = new Pool(2, articles, settings);
  const runs = {
    main: () => composeBatch(articles, settings, 0, count),
    one: () => one.run(count),
    two: () => two.run(count),
    spinOne: () => one.spin(SPIN_ITERATIONS),
    spinTwo: () => two.spin(SPIN_ITERATIONS),
  };
  for (const work of Object.values(runs)) {
    await work(); // warm-up: JIT, segmenter and regex caches in every thread
    await work();
  }
  // The three are measured in turn within each round, so a change in machine load hits them alike;
  // the speed-up is the median of the rounds' own ratios.
  const rates = {
    main: [] as number[],
    one: [] as number[],
    two: [] as number[],
    ratio: [] as number[],
    machine: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    rates.main.push(await rate(count, runs.main));
    const single = await rate(count, runs.one);
    const pair = await rate(count, runs.two);
    rates.one.push(single);
    rates.two.push(pair);
    rates.ratio.push(pair / single);
    rates.machine.push((await rate(1, runs.spinTwo)) / (await rate(1, runs.spinOne)));
  }
  await Promise.all([one.close(), two.close()]);
  const onMain = report('main thread', rates.main);
  const single = report('pool of 1 worker thread', rates.one);
  const pair = report('pool of 2 worker threads', rates.two);
  const speedUp = median(rates.ratio);
  console.log(
    `speed-up, 2 threads vs 1: ${speedUp.toFixed(2)}× (median of per-round ratios; vs the main thread: ${(pair / onMain).toFixed(2)}×)`,
  );
  console.log(
    `the machine's own speed-up on a loop with no memory traffic: ${median(rates.machine).toFixed(2)}× (the ceiling here; per round: ${rates.machine.map((r) => r.toFixed(2)).join(' ')})`,
  );
  console.log(
    `targets: ≥300 articles/s on one core (${Math.max(onMain, single) >= 300 ? 'met' : 'NOT met'}), ≥1.7× with two threads (${speedUp >= 1.7 ? 'met' : 'NOT met'})`,
  );
}

await main();
