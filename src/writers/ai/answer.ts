import { z } from 'zod';
import type { PlatformId } from '../../platforms/platform.js';

/**
 * The answer asked of the model: per platform, the hook text, the hashtags and the emoji (the link is
 * crier's). Asked for as a JSON schema (`response_format`), read defensively: servers that ignore the schema
 * answer in a code fence, with prose around the object, or with one platform missing.
 */
export interface AiPost {
  text: string;
  hashtags: string[];
  emoji: string[];
}

const PostSchema = z.object({
  text: z.string(),
  hashtags: z.array(z.string()).catch([]),
  emoji: z.array(z.string()).catch([]),
});

const POST_JSON_SCHEMA = {
  type: 'object',
  properties: {
    text: { type: 'string' },
    hashtags: { type: 'array', items: { type: 'string' } },
    emoji: { type: 'array', items: { type: 'string' } },
  },
  required: ['text', 'hashtags', 'emoji'],
  additionalProperties: false,
} as const;

/** The `response_format` of a chat completion request asking for the platforms' posts. */
export function responseFormat(platforms: readonly PlatformId[]) {
  return {
    type: 'json_schema' as const,
    json_schema: {
      name: 'teasers',
      strict: true,
      schema: {
        type: 'object',
        properties: {
          posts: {
            type: 'object',
            properties: Object.fromEntries(platforms.map((p) => [p, POST_JSON_SCHEMA])),
            required: [...platforms],
            additionalProperties: false,
          },
        },
        required: ['posts'],
        additionalProperties: false,
      },
    },
  };
}

export class AnswerError extends Error {
  override name = 'AnswerError';
}

/** The first JSON object in the content: bare, in a ``` fence, or with words around it. */
function jsonObject(content: string): unknown {
  const trimmed = content.trim();
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(trimmed)?.[1];
  const candidates = [trimmed, fenced, trimmed.slice(trimmed.indexOf('{'), trimmed.lastIndexOf('}') + 1)];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // next candidate
    }
  }
  throw new AnswerError('the answer is not JSON');
}

/**
 * Each platform's post, or the reason it is missing. Throws AnswerError when nothing in the content is a
 * JSON object: every platform then falls back.
 */
export function parseAnswer(
  content: string,
  platforms: readonly PlatformId[],
): { [P in PlatformId]?: AiPost | { missing: string } } {
  const json = jsonObject(content);
  if (typeof json !== 'object' || json === null) throw new AnswerError('the answer is not a JSON object');
  // `{ posts: { x: … } }` as asked, or `{ x: … }` from a server that dropped the wrapper.
  const posts = ((json as { posts?: unknown }).posts ?? json) as Record<string, unknown>;
  return Object.fromEntries(
    platforms.map((platform) => {
      const parsed = PostSchema.safeParse(posts?.[platform]);
      return [platform, parsed.success ? parsed.data : { missing: `no valid "${platform}" post in the answer` }];
    }),
  );
}
