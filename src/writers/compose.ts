import type { Article } from '../article/article.js';
import type { PlatformId } from '../platforms/platform.js';
import { type ComposeOptions, renderTeasers } from '../teaser/compose.js';
import { draftTeaser } from '../teaser/draft.js';
import type { Teasers } from '../teaser/teasers.js';
import type { ModelCall } from './ai/model.js';
import type { AiReplies, AiWriteResult } from './ai/write.js';
import type { WriterName, Writers } from './writer.js';

/**
 * The teasers of one article by the writer asked: the extractive engine always (it is the floor), and the AI
 * writer on top when it is configured and asked for. The AI module is loaded only then: with CRIER_AI_* unset,
 * composing is the engine's alone, at the engine's speed.
 */
export interface AiRequest {
  /** The operator's prompt. */
  system: string;
  call: ModelCall;
  replies?: AiReplies;
}

export type WrittenTeasers = Omit<AiWriteResult, 'retryAfterMs'> & { retryAfterMs?: number };

export function extractiveWriters(platforms: readonly PlatformId[], why?: string): Writers {
  return Object.fromEntries(
    platforms.map((p) => [p, why === undefined ? { writer: 'extractive' } : { writer: 'extractive', refused: why }]),
  );
}

export async function writeTeasers(
  article: Article,
  options: ComposeOptions,
  writer: WriterName,
  ai: AiRequest | undefined,
): Promise<WrittenTeasers> {
  const thread = options.thread === true;
  const draft = draftTeaser(article, { ...options.teaser, thread });
  const extractive: Teasers = renderTeasers(draft, options);
  if (writer === 'extractive' || ai === undefined) {
    return {
      teasers: extractive,
      writers: extractiveWriters(options.platforms),
      replies: {},
      usage: { prompt: 0, completion: 0, calls: 0 },
    };
  }
  const { writeWithAi } = await import('./ai/write.js');
  // The model's material is the whole summary (a thread's draft), not the short teaser it would only repeat.
  const material = thread ? draft : draftTeaser(article, { ...options.teaser, thread: true });
  return writeWithAi({
    article,
    draft: material,
    extractive,
    options,
    system: ai.system,
    replies: ai.replies,
    call: ai.call,
  });
}
