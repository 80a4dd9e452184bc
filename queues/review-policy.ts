import type { Settings } from '../src/config.js';

/**
 * Whether an article's posts wait in `draft` for approval (docs/operator.md, "Review"): the feed's own
 * setting (by id or URL) wins, then the source's (cli, api, feed), then `review.all`. An explicit request
 * (`crier enqueue --review`, `?review=true`) always holds them.
 */
export function needsReview(
  settings: Pick<Settings, 'review'>,
  from: { source: 'cli' | 'api' | 'feed'; feed?: { id: string; url: string }; asked?: boolean },
): boolean {
  if (from.asked) return true;
  const { review } = settings;
  const byFeed = from.feed ? (review.feeds[from.feed.id] ?? review.feeds[from.feed.url]) : undefined;
  return byFeed ?? review.sources[from.source] ?? review.all;
}
