/**
 * What the AI writer needs, as src/config.ts's `AiConfig` holds it (described here by shape: the writers, like
 * the engine, never import config.ts).
 */
export interface AiWriterOptions {
  /** An OpenAI-compatible base URL (…/v1). */
  url: string;
  model: string;
  apiKey?: string | undefined;
  /** Each model call's time limit, in ms. */
  timeoutMs: number;
  maxTokens: number;
  /** The system prompt (config/ai-prompt.md, or the operator's file). */
  prompt: string;
}
