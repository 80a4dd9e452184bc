import { z } from 'zod';
import { PLATFORMS } from '../src/platforms/platform.js';
import { WebhookEventSchema } from '../src/webhooks/webhook.js';

/**
 * Job data and results per queue, validated with zod whenever a job is read: a job written by an
 * older or newer crier, or by hand, fails with a clear message instead of half-working.
 * Job data is small and secret-free: ids, choices and times; the article itself lives once in Redis.
 */
const ArticleId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Platforms = z.array(z.enum(PLATFORMS)).min(1);

const WhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),
  z.object({ kind: z.literal('at'), at: z.iso.datetime({ offset: true }) }),
  z.object({ kind: z.literal('slot') }),
]);
export type When = z.infer<typeof WhenSchema>;

const Choices = {
  platforms: Platforms,
  thread: z.boolean().default(false),
  when: WhenSchema,
  /** The article's cancel epoch at enqueue: a cancel after it records the posts cancelled (docs/operator.md). */
  epoch: z.int().min(0).default(0),
  /** The posts wait in `draft` until approved (the review setting, resolved by the producer). */
  review: z.boolean().default(false),
  /** The operator's own text per platform, checked by the producer; it replaces the teaser. */
  texts: z.partialRecord(z.enum(PLATFORMS), z.string().min(1)).optional(),
};

/** An article stored in Redis (queues/articles.ts) to write teasers for; the Mastodon limits are read by the compose processor. */
export const ComposeJobSchema = z.object({ articleId: ArticleId, ...Choices });
export type ComposeJob = z.input<typeof ComposeJobSchema>;

const ComposeResultSchema = z.object({
  posts: z.array(z.object({ postId: z.string(), dueAt: z.iso.datetime(), outcome: z.string() })),
});
export type ComposeResult = z.infer<typeof ComposeResultSchema>;

export const PublishJobSchema = z.object({
  articleId: ArticleId,
  platform: z.enum(PLATFORMS),
  account: z.string().regex(/^[a-z0-9_]+$/),
});
export type PublishJob = z.infer<typeof PublishJobSchema>;

const PublishResultSchema = z.object({
  outcome: z.enum(['published', 'already-published', 'cancelled', 'draft', 'held']),
  parts: z.int().min(0),
});
export type PublishResult = z.infer<typeof PublishResultSchema>;

/** A change to a post already out (docs/operator.md): `retract` deletes it, `update` edits it in place. */
export const AmendJobSchema = z.object({
  articleId: ArticleId,
  platform: z.enum(PLATFORMS),
  account: z.string().regex(/^[a-z0-9_]+$/),
});
export type AmendJob = z.infer<typeof AmendJobSchema>;

/** One event to one URL; the event's shape is the webhook contract (src/webhooks/webhook.ts). */
export const WebhookJobSchema = z.object({ url: z.url(), event: WebhookEventSchema });
export type WebhookJob = z.infer<typeof WebhookJobSchema>;

export const FeedJobSchema = z.object({ feedId: z.string().min(1) });
export type FeedJob = z.infer<typeof FeedJobSchema>;

class JobDataError extends Error {
  override name = 'JobDataError';
}

/** Parses a job's data with its queue's schema; a bad job fails with the queue name and what is wrong. */
export function readJobData<T extends z.ZodType>(queue: string, schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new JobDataError(`invalid ${queue} job data: ${problems}`);
  }
  return result.data;
}
