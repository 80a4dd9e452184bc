import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../src/article/article.js';
import type { Settings } from '../src/config.js';
import { composeBatch } from './compose-batch.js';

/** A benchmark pool thread: composes the batches it is sent and answers with a checksum. */
interface Data {
  articles: Article[];
  settings: Settings;
}
/** `claims` is a shared counter of the articles taken so far; the pool's threads take from it until `count`. */
export type BatchRequest = { claims: SharedArrayBuffer; count: number } | { spin: number };

/** The machine's own reference: arithmetic with no memory traffic, no allocation, no garbage collection. */
function spin(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

const { articles, settings } = workerData as Data;

/**
 * Takes one article at a time until `count` are taken, as crier's compose threads take jobs from the queue:
 * a thread slowed for a moment takes fewer, and no thread waits idle while the other still has a share to do.
 */
function composeClaimed(claims: Int32Array, count: number): number {
  let checksum = 0;
  for (let i = Atomics.add(claims, 0, 1); i < count; i = Atomics.add(claims, 0, 1)) {
    checksum += composeBatch(articles, settings, i, 1);
  }
  return checksum;
}

parentPort?.on('message', (request: BatchRequest) => {
  parentPort?.postMessage(
    'spin' in request ? spin(request.spin) : composeClaimed(new Int32Array(request.claims), request.count),
  );
});
