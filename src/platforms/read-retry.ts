import { RateLimitedError, RetryableError } from './errors.js';

/** How often one read is tried before its failure ends the attempt, and the longest 429 reset it waits for. */
const READ_TRIES = 5;
const READ_MAX_RATE_LIMIT_WAIT_MS = 15_000;

/** How long to wait before trying a read again after `error`, or undefined to give up. */
function readRetryPause(error: unknown, attempt: number): number | undefined {
  if (attempt >= READ_TRIES) return undefined;
  if (error instanceof RetryableError) return 200 * attempt;
  if (error instanceof RateLimitedError) {
    const wait = error.resetAt.getTime() - Date.now();
    return wait <= READ_MAX_RATE_LIMIT_WAIT_MS ? Math.max(100, wait + 100) : undefined;
  }
  return undefined;
}

/**
 * Runs a read (idempotent: nothing is written) and tries it again a few times when it fails for a reason that
 * passes (network, 5xx, a 429 whose reset is near). One failed read would otherwise cost the whole attempt and
 * the backoff before the next one (up to 10 minutes); anything else, and the last failure, is thrown as it is.
 */
export async function retryRead<T>(read: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      const pause = readRetryPause(error, attempt);
      if (pause === undefined || signal?.aborted) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
