import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../src/article/article.js';
import type { ComposeOptions } from '../../src/teaser/compose.js';
import type { TeaserOptions } from '../../src/teaser/options.js';
import type { Teasers } from '../../src/teaser/teasers.js';

/**
 * One compose thread: writes teasers and nothing else. It holds no Redis connection and loads neither
 * BullMQ nor an adapter; the main thread reads the article, fans out and records (compose.ts), so the
 * thread is never idle waiting on Redis and its memory is the teaser engine's alone.
 */
export interface ComposeThreadData {
  teaser: TeaserOptions;
  /** Benchmark switch: answer with a fixed one-line part, without loading the teaser engine. */
  noop?: boolean;
}

export interface ComposeRequest {
  id: number;
  article: Article;
  options: Omit<ComposeOptions, 'teaser'>;
}

export type ComposeReply =
  | { id: number; teasers: Teasers }
  | { id: number; error: { name: string; message: string; stack?: string } };

const { teaser, noop } = workerData as ComposeThreadData;
// Loaded on the first real compose: a thread that only answers no-ops never carries the engine.
let engine: Promise<typeof import('../../src/teaser/compose.js')> | undefined;

parentPort?.on('message', (request: ComposeRequest) => {
  const { id, article, options } = request;
  const answer = async (): Promise<Teasers> => {
    if (noop) {
      return Object.fromEntries(options.platforms.map((p) => [p, [{ text: article.title, length: 1, limit: 1 }]]));
    }
    engine ??= import('../../src/teaser/compose.js');
    return (await engine).composeTeasers(article, { ...options, teaser });
  };
  answer().then(
    (teasers) => parentPort?.postMessage({ id, teasers } satisfies ComposeReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({
        id,
        error: { name: e.name, message: e.message, stack: e.stack },
      } satisfies ComposeReply);
    },
  );
});
