import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../src/article/article.js';
import type { Settings } from '../src/config.js';
import { composeBatch } from './compose-batch.js';

/** A benchmark pool thread: composes the batches it is sent and answers with a checksum. */
interface Data {
  articles: Article[];
  settings: Settings;
}
export interface BatchRequest {
  offset: number;
  count: number;
}

const { articles, settings } = workerData as Data;
parentPort?.on('message', ({ offset, count }: BatchRequest) => {
  parentPort?.postMessage(composeBatch(articles, settings, offset, count));
});
