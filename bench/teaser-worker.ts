import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../src/article/article.js';
import type { Settings } from '../src/config.js';
import { composeBatch } from './compose-batch.js';

/** A benchmark pool thread: composes the batches it is sent and answers with a checksum. */
interface Data {
  articles: Article[];
  settings: Settings;
}
export type BatchRequest = { offset: number; count: number } | { spin: number };

/** The machine's own reference: arithmetic with no memory traffic, no allocation, no garbage collection. */
function spin(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) % 1_000_003;
  return x;
}

const { articles, settings } = workerData as Data;
parentPort?.on('message', (request: BatchRequest) => {
  parentPort?.postMessage(
    'spin' in request ? spin(request.spin) : composeBatch(articles, settings, request.offset, request.count),
  );
});
