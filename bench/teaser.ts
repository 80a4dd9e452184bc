/**
 * Teaser throughput over the corpus: `npm run bench:teaser [-- <corpus dir>]`.
 * Loads every article once (intake is not measured), then composes X, Bluesky and Mastodon teasers for
 * each, on the main thread and on pools of 1 and 2 worker threads running the built JS, which take articles
 * one at a time from a shared counter. Rounds of the three alternate after a warm-up; the ratio compares the
 * 2-thread pool with the 1-thread pool (same code path, same message overhead), between their best rounds
 * and as the median of the rounds' own ratios (see `report`). Targets (issue 2 §6): ≥300 articles/s on one
 * core, ≥1.7×.
 * Each round also times two loops of plain arithmetic on the same pools (see `Reference`): what two threads
 * give on this machine when the code shares nothing. Two vCPUs of a shared host are not always two whole
 * cores: when the host shares a physical core, the throughput loop shows it and the latency loop does not.
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
import type { BatchRequest, Reference } from './teaser-worker.js';

// Many short rounds rather than a few long ones: the load of this shared host comes in bursts of a second or
// so, and a burst that hits a round skews only that round's ratio, which the median then sets aside.
const ROUNDS = 21;
const TARGET_ROUND_MS = 400;
/** About 0.2 s each on one thread here. */
const REFERENCE_ITERATIONS: Record<Reference, number> = { latency: 50_000_000, throughput: 150_000_000 };

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
  /** Has the threads compose `count` articles, each taking the next one when free, and waits for all of them. */
  run(count: number): Promise<number[]> {
    const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    return this.each({ claims, count });
  }
  /** Splits the iterations of a reference loop evenly over the threads. */
  reference(reference: Reference): Promise<number[]> {
    return this.each({ reference, iterations: Math.ceil(REFERENCE_ITERATIONS[reference] / this.workers.length) });
  }
  private each(request: BatchRequest): Promise<number[]> {
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<number>((done, fail) => {
            worker.once('error', fail);
            worker.once('message', (checksum: number) => {
              worker.off('error', fail);
              done(checksum);
            });
            worker.postMessage(request);
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

/**
 * Each pool's best round and its median round. Other load on a shared host only ever slows a round down,
 * so the best round is the closest to what the code itself does on an otherwise idle machine (why timeit
 * and hyperfine report the minimum time); the median is what a typical round got from this host just now.
 */
interface Rates {
  best: number;
  median: number;
}

function report(label: string, rates: number[]): Rates {
  const summary = { best: Math.max(...rates), median: median(rates) };
  const rounds = rates.map((r) => r.toFixed(0)).join(' ');
  console.log(
    `${label.padEnd(26)} best ${summary.best.toFixed(0).padStart(5)}, median ${summary.median.toFixed(0).padStart(5)} articles/s  (${rates.length} rounds: ${rounds})`,
  );
  return summary;
}

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'corpus'));
  const settings = loadSettings();
  const articles = await loadCorpus(dir, settings);
  if (articles.length === 0) throw new Error(`no article could be read in ${dir}`);

  // Size a round to about TARGET_ROUND_MS on one thread, in whole passes over the corpus, once warm.
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
    latencyOne: () => one.reference('latency'),
    latencyTwo: () => two.reference('latency'),
    throughputOne: () => one.reference('throughput'),
    throughputTwo: () => two.reference('throughput'),
  };
  for (const work of Object.values(runs)) {
    // Warm-up: JIT (the reference loops reach their optimised code only after a few runs), segmenter and
    // regex caches in every thread.
    for (let i = 0; i < 3; i++) await work();
  }
  // Everything is measured in turn within each round, so a change in the host's load hits all alike.
  const rates = {
    main: [] as number[],
    one: [] as number[],
    two: [] as number[],
    ratio: [] as number[],
    latency: { one: [] as number[], two: [] as number[] },
    throughput: { one: [] as number[], two: [] as number[] },
  };
  for (let round = 0; round < ROUNDS; round++) {
    rates.main.push(await rate(count, runs.main));
    const single = await rate(count, runs.one);
    const pair = await rate(count, runs.two);
    rates.one.push(single);
    rates.two.push(pair);
    rates.ratio.push(pair / single);
    rates.latency.one.push(await rate(1, runs.latencyOne));
    rates.latency.two.push(await rate(1, runs.latencyTwo));
    rates.throughput.one.push(await rate(1, runs.throughputOne));
    rates.throughput.two.push(await rate(1, runs.throughputTwo));
  }
  await Promise.all([one.close(), two.close()]);
  const onMain = report('main thread', rates.main);
  const single = report('pool of 1 worker thread', rates.one);
  const pair = report('pool of 2 worker threads', rates.two);
  // The 2-thread pool needs both vCPUs at once, so a burst of other load on either one slows its round,
  // while the 1-thread pool's thread can be moved to the quieter one: under such load the median of the
  // rounds' ratios measures the host as much as the code. The pools' best rounds set that load aside.
  const speedUp = pair.best / single.best;
  console.log(
    `speed-up, 2 threads vs 1: ${speedUp.toFixed(2)}× between the pools' best rounds; ${median(rates.ratio).toFixed(2)}× median of the rounds' own ratios (${rates.ratio.map((r) => r.toFixed(2)).join(' ')})`,
  );
  for (const reference of ['latency', 'throughput'] as const) {
    const { one: alone, two: both } = rates[reference];
    const ratios = both.map((r, i) => r / (alone[i] ?? r));
    console.log(
      `the machine's own speed-up on the ${reference} loop: ${(Math.max(...both) / Math.max(...alone)).toFixed(2)}× between best rounds; ${median(ratios).toFixed(2)}× median (${ratios.map((r) => r.toFixed(2)).join(' ')})`,
    );
  }
  const oneCore = Math.max(onMain.best, single.best);
  console.log(
    `targets: ≥300 articles/s on one core (${oneCore >= 300 ? 'met' : 'NOT met'}: best ${oneCore.toFixed(0)}, median ${Math.max(onMain.median, single.median).toFixed(0)}), ≥1.7× with two threads (${speedUp >= 1.7 ? 'met' : 'NOT met'}: ${speedUp.toFixed(2)}× between best rounds)`,
  );
}

await main();
