import type { PlatformId } from '../platforms/platform.js';

/**
 * Which writer wrote a post (docs/ai-writer.md): the extractive engine (src/teaser/), or the optional AI
 * writer (src/writers/ai/), whose every answer passes the same guards and limits, with the extractive post
 * as its floor. `refused` says why an AI answer was not used, in a short sentence for operators.
 */
export type WriterName = 'ai' | 'extractive';

interface WrittenBy {
  writer: WriterName;
  /** Why the AI writer's answer was not used (the post is the extractive one). */
  refused?: string;
  /** The refusal's kind, a small closed set: a label in /metrics. */
  reason?: RefusalReason;
  /** What the guards changed in an AI post («links removed: example.com», «cut at a sentence to fit»). */
  notes?: string[];
}

const REFUSAL_REASONS = [
  'timeout',
  'rate-limited',
  'http-4xx',
  'http-5xx',
  'network',
  'invalid-json',
  'missing',
  'empty',
  'language',
  'facts',
  'too-long',
  'thread',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type Writers = { [P in PlatformId]?: WrittenBy };
