import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../src/article/article.js';
import type { ComposeOptions } from '../../src/teaser/compose.js';
import type { TeaserOptions } from '../../src/teaser/options.js';
import type { Teasers } from '../../src/teaser/teasers.js';
import type { AiWriterOptions } from '../../src/writers/ai/options.js';
import type { AiReplies } from '../../src/writers/ai/write.js';
import type { WrittenTeasers } from '../../src/writers/compose.js';

/**
 * One compose thread: writes teasers and nothing else. It holds no Redis connection and loads neither
 * BullMQ nor an adapter; the main thread reads the article, fans out and records (compose.ts), so the
 * thread is never idle waiting on Redis and its memory is the teaser engine's alone.
 */
export interface ComposeThreadData {
  teaser: TeaserOptions;
  /** Benchmark switch: answer with a fixed one-line part, without loading the teaser engine. */
  noop?: boolean;
  /** The AI writer, when configured (docs/ai-writer.md): the thread calls the model itself. */
  ai?: AiWriterOptions;
}

export interface ComposeRequest {
  id: number;
  article: Article;
  options: Omit<ComposeOptions, 'teaser'>;
  /** Write with the AI writer (it must be configured), using these cached answers if any. */
  ai?: { replies?: AiReplies };
}

export type ComposeReply =
  | { id: number; teasers: Teasers; written?: Omit<WrittenTeasers, 'teasers'> }
  | { id: number; error: { name: string; message: string; stack?: string } };

const { teaser, noop, ai } = workerData as ComposeThreadData;
// Loaded on the first real compose: a thread that only answers no-ops never carries the engine.
let engine: Promise<typeof import('../../src/teaser/compose.js')> | undefined;
// Loaded on the first AI write: with CRIER_AI_* unset a thread never loads the AI writer nor its client.
let writers:
  | Promise<{
      write: typeof import('../../src/writers/compose.js').writeTeasers;
      call: import('../../src/writers/ai/model.js').ModelCall;
    }>
  | undefined;

/**
 * The model call is made here, in the compose thread, like the rest of the writing: the guards (language
 * detection, counters) are CPU work, and the call is a wait that keeps nothing on the main thread busy.
 */
async function writeWithAi(request: ComposeRequest, options: AiWriterOptions): Promise<WrittenTeasers> {
  writers ??= Promise.all([import('../../src/writers/compose.js'), import('../../src/writers/ai/model.js')]).then(
    ([compose, model]) => ({ write: compose.writeTeasers, call: model.modelCall(options) }),
  );
  const { write, call } = await writers;
  return write(request.article, { ...request.options, teaser }, 'ai', {
    system: options.prompt,
    call,
    replies: request.ai?.replies,
  });
}

parentPort?.on('message', (request: ComposeRequest) => {
  const { id, article, options } = request;
  const answer = async (): Promise<Omit<Extract<ComposeReply, { teasers: Teasers }>, 'id'>> => {
    if (noop) {
      return {
        teasers: Object.fromEntries(options.platforms.map((p) => [p, [{ text: article.title, length: 1, limit: 1 }]])),
      };
    }
    if (request.ai && ai) {
      const { teasers, ...written } = await writeWithAi(request, ai);
      return { teasers, written };
    }
    engine ??= import('../../src/teaser/compose.js');
    return { teasers: (await engine).composeTeasers(article, { ...options, teaser }) };
  };
  answer().then(
    (reply) => parentPort?.postMessage({ id, ...reply } satisfies ComposeReply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({
        id,
        error: { name: e.name, message: e.message, stack: e.stack },
      } satisfies ComposeReply);
    },
  );
});
