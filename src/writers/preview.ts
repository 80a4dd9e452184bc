import type { Article } from '../article/article.js';
import type { ComposeOptions } from '../teaser/compose.js';
import { composeTeasers } from '../teaser/compose.js';
import type { Teasers } from '../teaser/teasers.js';
import type { ModelCall } from './ai/model.js';
import { writeTeasers } from './compose.js';
import type { WriterName, Writers } from './writer.js';

/** `--writer ai` (or `?writer=ai`) without CRIER_AI_URL and CRIER_AI_MODEL: a 400, or exit 1, with what to set. */
export class AiNotConfiguredError extends Error {
  override name = 'AiNotConfiguredError';
  readonly statusCode = 400;
  readonly hint = 'set CRIER_AI_URL and CRIER_AI_MODEL (docs/ai-writer.md), or use the extractive writer';
  constructor() {
    super('the AI writer is not configured');
  }
}

export interface PreviewWriting {
  /** What would be sent: the writer's posts (the AI's, with the extractive floor, when AI is used). */
  posts: Teasers;
  /** Which writer wrote each post, and why an AI answer was refused (only when the AI writer was asked). */
  writers?: Writers;
  /** The extractive engine's posts, side by side with the AI's (when no writer was named and AI is configured). */
  extractive?: Teasers;
}

/**
 * The preview by writer (docs/ai-writer.md): named, that writer's posts; not named, the extractive engine's
 * when AI is off (as before), else the AI's with the extractive ones beside them.
 */
export async function previewWriting(
  article: Article,
  options: ComposeOptions,
  writer: WriterName | undefined,
  ai: { system: string; call: ModelCall } | undefined,
): Promise<PreviewWriting> {
  if (writer === 'ai' && ai === undefined) throw new AiNotConfiguredError();
  if (writer === 'extractive' || ai === undefined) return { posts: composeTeasers(article, options) };
  const written = await writeTeasers(article, options, 'ai', ai);
  return {
    posts: written.teasers,
    writers: written.writers,
    ...(writer === undefined ? { extractive: composeTeasers(article, options) } : {}),
  };
}
