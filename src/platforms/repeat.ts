import { RateLimitedError, RetryableError } from './errors.js';

/**
 * How a request that is safe to send twice (a read; one request of an image upload) is sent again within the
 * attempt when it fails for a reason that passes: a network failure or a lost answer, a 5xx (RetryableError),
 * a 429 whose reset is near (RateLimitedError). One such failure would otherwise cost much more than the
 * request: the attempt and its backoff (a read), or the whole upload and soon the image (an upload).
 * Errors must already be typed (each platform's errors.ts); anything else is thrown as it is.
 */
export interface RepeatPolicy {
  /** Sends in all, the first included. */
  tries: number;
  /** The pause before send `attempt + 1` after a failure that passes. */
  pauseMs: (attempt: number) => number;
  /** The longest 429 reset waited for; a later one is thrown at once. */
  maxRateLimitWaitMs: number;
  /** Epoch ms: no pause that would end later is taken (the caller's whole time for the job). */
  deadline?: number;
  signal?: AbortSignal;
  /** Told before each pause (a log line). */
  onRepeat?: (error: unknown, attempt: number) => void;
}

/** Reads: five sends, 200 ms more pause after each failure, a 429 waited out when it resets within 15 s. */
export function readPolicy(signal?: AbortSignal): RepeatPolicy {
  return { tries: 5, pauseMs: (attempt) => 200 * attempt, maxRateLimitWaitMs: 15_000, signal };
}

/** How long to pause before sending again after `error`, or undefined to give up. */
function repeatPause(error: unknown, attempt: number, policy: RepeatPolicy): number | undefined {
  if (attempt >= policy.tries || policy.signal?.aborted) return undefined;
  let pause: number;
  if (error instanceof RetryableError) pause = policy.pauseMs(attempt);
  else if (error instanceof RateLimitedError) {
    const wait = error.resetAt.getTime() - Date.now();
    if (wait > policy.maxRateLimitWaitMs) return undefined;
    pause = Math.max(100, wait + 100);
  } else return undefined;
  if (policy.deadline !== undefined && Date.now() + pause > policy.deadline) return undefined;
  return pause;
}

/** Sends a repeatable request until it succeeds or its failure is not one that passes (or the policy ends). */
export async function repeat<T>(send: () => Promise<T>, policy: RepeatPolicy): Promise<T> {
  try {
    return await send();
  } catch (error) {
    return repeatAfter(error, send, policy);
  }
}

/** As `repeat`, for a request whose first send already failed with `failure` (a client library's error hook). */
export async function repeatAfter<T>(failure: unknown, send: () => Promise<T>, policy: RepeatPolicy): Promise<T> {
  let last = failure;
  for (let attempt = 1; ; attempt++) {
    const pause = repeatPause(last, attempt, policy);
    if (pause === undefined) throw last;
    policy.onRepeat?.(last, attempt);
    await sleep(pause, policy.signal);
    try {
      return await send();
    } catch (error) {
      last = error;
    }
  }
}

/** A pause that ends early when the attempt is stopped. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
