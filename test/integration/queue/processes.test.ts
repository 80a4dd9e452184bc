import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { createHarness, type Harness, sampleArticle, sleep } from './harness.js';

/** Workers as real processes: killed mid-post, or stopped with SIGTERM. Every post exists exactly once. */
const SCRIPT = fileURLToPath(new URL('./worker-process.mjs', import.meta.url));
let harness: Harness;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  await harness?.close();
});

async function startWorker(slowMs: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [SCRIPT, JSON.stringify({ redisUrl: harness.config.redisUrl, prefix: harness.config.prefix, slowMs })],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
  });
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.once('exit', r));
}

async function counts(): Promise<number[]> {
  const all = await harness.redis.hgetall(`${harness.config.prefix}:fake-platform:count`);
  return Object.values(all).map(Number);
}

const xPost = (articleId: string) => postId({ articleId, platform: 'x', account: 'default' });

describe('worker processes', () => {
  test('a worker killed with SIGKILL mid-post, another started: every post exactly once', async () => {
    harness = createHarness();
    const articles = Array.from({ length: 6 }, () => sampleArticle());
    const first = await startWorker(1_500);
    for (const article of articles) await harness.enqueue(article);
    // Kill it while posts are in flight (the platform has received some, the ledger may not know).
    const deadline = Date.now() + 60_000;
    while ((await harness.redis.hlen(`${harness.config.prefix}:fake-platform:started`)) < 2) {
      if (Date.now() > deadline) throw new Error('no post started');
      await sleep(20);
    }
    await sleep(1_600);
    first.kill('SIGKILL');
    await exited(first);
    const publishing = (await Promise.all(articles.map((a) => harness.ledger.get(xPost(a.id))))).filter(
      (r) => r?.state === 'publishing',
    );
    expect(publishing.length).toBeGreaterThan(0);

    await startWorker(0);
    for (const article of articles) await harness.waitFor(xPost(article.id), ['published'], 60_000);
    expect(await counts()).toEqual(articles.map(() => 1));
  }, 120_000);

  test('a crash loop: the worker killed again and again while the same jobs are active, every post exactly once', async () => {
    harness = createHarness();
    const articles = Array.from({ length: 6 }, () => sampleArticle());
    for (const article of articles) await harness.enqueue(article);
    const started = `${harness.config.prefix}:fake-platform:started`;
    // Each worker takes the jobs its killed predecessor left (their stalls found, they run again), starts
    // posting them, and is killed in turn: the same jobs stall again and again.
    for (let round = 0; round < 4; round++) {
      const worker = await startWorker(3_000);
      const pid = String(worker.pid);
      const deadline = Date.now() + 60_000;
      for (;;) {
        const holders = Object.values(await harness.redis.hgetall(started));
        if (holders.filter((holder) => holder === pid).length >= 2) break;
        if (Date.now() > deadline) throw new Error(`round ${round}: no post started by the new worker`);
        await sleep(20);
      }
      worker.kill('SIGKILL');
      await exited(worker);
    }

    await startWorker(0);
    for (const article of articles) await harness.waitFor(xPost(article.id), ['published'], 90_000);
    expect(await counts()).toEqual(articles.map(() => 1));
    // BullMQ counted the stalls: some jobs stalled more than once (its default limit of 1 failed them).
    const jobs = await Promise.all(articles.map((a) => harness.queues.publish('x').getJob(xPost(a.id))));
    const stalls = jobs.map((job) => job?.stalledCounter ?? 0);
    expect(Math.max(...stalls)).toBeGreaterThan(1);
    expect(jobs.map((job) => job?.failedReason)).toEqual(articles.map(() => undefined));
  }, 240_000);

  test('SIGTERM: the post in flight is finished, then the worker exits 0', async () => {
    harness = createHarness();
    const article = sampleArticle();
    const child = await startWorker(1_500);
    await harness.enqueue(article);
    await harness.waitFor(xPost(article.id), ['publishing'], 60_000);
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    const record = await harness.ledger.get(xPost(article.id));
    expect(record?.state).toBe('published');
    expect(await counts()).toEqual([1]);
  }, 120_000);
});
