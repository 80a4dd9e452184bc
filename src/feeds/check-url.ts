import { fetchableUrlProblem } from '../article/http-url.js';
import type { Settings } from '../config.js';
import { FeedError } from './errors.js';

/**
 * Refuses a feed address when it is given (API, CLI) by the rules of the fetch that will poll it, so a
 * private or non-http(s) address is a clear error now rather than a failure recorded at the first poll.
 */
export async function assertFeedUrl(url: string, settings: Settings['fetch']): Promise<void> {
  const bad = await fetchableUrlProblem(url.trim(), settings);
  if (!bad) return;
  throw new FeedError(url, bad.kind === 'private-address' ? 'private-address' : 'invalid-url', bad.problem, bad.hint);
}
