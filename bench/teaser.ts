/**
 * Teaser throughput over the corpus: `npm run bench:teaser [-- <corpus dir>]`.
 * Loads every article once (intake is not measured), then composes X, Bluesky and Mastodon teasers for
 * each, on the main thread and on pools of 1 and 2 worker threads running the built JS. Each figure is
 * the median of several rounds after a warm-up; the ratio compares the 2-thread pool with the 1-thread
 * pool (same code path, same message overhead). Targets (issue 2 §6): ≥300 articles/s on one core, ≥1.7×.
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
    this.workers = Array.from({ length: size }, () => new Worker(script, { workerData: { articles, settings } }));
  }
  /** Splits `count` compositions evenly over the threads and waits for all of them. */
  run(count: number): Promise<number[]> {
    const share = Math.ceil(count / this.workers.length);
    return Promise.all(
      this.workers.map(
        (worker, i) =>
          new Promise<number>((done, fail) => {
            worker.once('message', done);
            worker.once('error', fail);
            const request: BatchRequest = { offset: i * share, count: Math.min(share, count - i * share) };
            worker.postMessage(request);
          }),
      ),
    );
  }
  close(): Promise<number[]> {
    return Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

async function measure(label: string, count: number, work: () => unknown | Promise<unknown>): Promise<number> {
  await work(); // warm-up: JIT, segmenter and regex caches
  await work();
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    await work();
    rates.push((count * 1000) / (performance.now() - start));
  }
  const rate = median(rates);
  console.log(
    `${label.padEnd(24)} ${rate.toFixed(0).padStart(6)} articles/s  (median of ${ROUNDS}; rounds ${rates.map((r) => r.toFixed(0)).join(' ')})`,
  );
  return rate;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'corpus'));
  const settings = loadSettings();
  const articles = await loadCorpus(dir, settings);
  if (articles.length === 0) throw new Error(`no article could be read in ${dir}`);

  // Size a round to about a second on one thread, in whole passes over the corpus.
  const probeStart = performance.now();
  composeBatch(articles, settings, 0, articles.length * 3);
  const perArticleMs = (performance.now() - probeStart) / (articles.length * 3);
  const passes = Math.max(2, Math.round(TARGET_ROUND_MS / (perArticleMs * articles.length)));
  const count = passes * articles.length;
  console.log(`${articles.length} articles from ${dir}; ${count} compositions per round (3 platforms each)`);

  const onMain = await measure('main thread', count, () => composeBatch(articles, settings, 0, count));
  const one = new Pool(1, articles, settings);
  const single = await measure('pool of 1 worker thread', count, () => one.run(count));
  await one.close();
  const two = new Pool(2, articles, settings);
  const pair = await measure('pool of 2 worker threads', count, () => two.run(count));
  await two.close();

  console.log(
    `speed-up, 2 threads vs 1: ${(pair / single).toFixed(2)}×  (vs the main thread: ${(pair / onMain).toFixed(2)}×)`,
  );
  console.log(
    `targets: ≥300 articles/s on one core (${single >= 300 ? 'met' : 'NOT met'}), ≥1.7× with two threads (${pair / single >= 1.7 ? 'met' : 'NOT met'})`,
  );
}

await main();
