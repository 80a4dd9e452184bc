import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A registered feed, as stored in Redis and shown by `crier feed list`. */
export const FeedSchema = z.object({
  /** Stable id derived from the URL: adding the same feed twice gives the same id. */
  id: z.string().regex(/^[a-f0-9]{12}$/),
  url: z.url({ protocol: /^https?$/ }),
  /** When to poll: a five-field cron expression (UTC unless the scheduler is given a time zone). */
  cron: z.string().min(1),
  /** Items older than this are the feed's backlog: not posted on the first poll (beyond firstPollBacklog). */
  registeredAt: z.iso.datetime({ offset: true }),
  /** The last successful poll. */
  lastPolledAt: z.iso.datetime({ offset: true }).optional(),
  /** The last failure's message, cleared by a successful poll. */
  lastError: z.string().optional(),
  lastErrorAt: z.iso.datetime({ offset: true }).optional(),
  /** Failures in a row since the last successful poll. */
  failures: z.int().min(0),
});
export type Feed = z.infer<typeof FeedSchema>;

/** The feed's URL as a key: scheme and host are case-insensitive, the fragment is never sent. */
export function canonicalFeedUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** 12 hex characters of the SHA-256 of the canonical URL: short enough to type in `crier feed rm`. */
export function feedIdFor(url: string): string {
  return createHash('sha256').update(canonicalFeedUrl(url)).digest('hex').slice(0, 12);
}
