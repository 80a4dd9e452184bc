import type { Logger } from '../log.js';
import { PermanentError, RateLimitedError } from './errors.js';
import { type RepeatPolicy, sleep } from './repeat.js';

/**
 * The article image is an extra: it never costs the post (docs/queue-and-ledger.md, "Optional image").
 * Each step of getting it onto the platform (fetching it, fitting it, uploading it) gets its own few tries
 * with a short pause; when a step still fails, the image is dropped, the post goes without it, and the
 * ledger keeps a note that `crier status` shows ("image dropped: uploading: …").
 *
 * An upload is several requests (X: initialize, append, finalize, status, alt text; Mastodon: the upload, then polls
 * until it is processed), each failing now and then on a bad network. Starting the whole upload over for one
 * failed request compounds those odds, so each request of an upload is first sent again on its own
 * (`requests`, src/platforms/repeat.ts) — only requests that are harmless to send twice. All the pauses,
 * the steps' and the requests', end within BUDGET_MS of the start: past it, the next failure drops the image
 * (a request already under way may still take its own timeout).
 *
 * What is not the image's to decide is passed on: the attempt being stopped (its lock lost) and refused
 * credentials (401: the post itself would be refused too).
 */
export interface OptionalImageOptions {
  /** Tries per step (default 3). */
  tries?: number;
  /** The pause after the first failed try, doubled after each (default 1 s); a fifth of it after a failed request. */
  retryDelayMs?: number;
  /** Where the drop is told (the publish request's `note`). */
  note?: (text: string) => void;
  signal?: AbortSignal;
  log?: Logger;
}

/** An adapter's settings for the article image's tries (each adapter's options include them). */
export interface ImageRetrySettings {
  /** The article image's own tries per step before the post goes without it (default 3). */
  imageTries?: number;
  /** The first pause between two tries of an image step or request (default 1 s, then doubled). */
  imageRetryDelayMs?: number;
}

/** The options of `optionalImage` for one publish request, from the adapter's settings. */
export function imageOptions(
  settings: ImageRetrySettings,
  request: { note?: (text: string) => void; signal?: AbortSignal },
  log?: Logger,
): OptionalImageOptions {
  return {
    tries: settings.imageTries,
    retryDelayMs: settings.imageRetryDelayMs,
    note: request.note,
    signal: request.signal,
    log,
  };
}

/** A 429 whose reset is this close is waited out within the step; a later one drops the image. */
const RATE_LIMIT_WAIT_MS = 10_000;

class ImageDropped extends Error {
  override name = 'ImageDropped';
}

/** A step's work; `requests` is how each of its requests that is harmless to send twice is sent again. */
type StepRun<T> = (requests: RepeatPolicy) => Promise<T>;

export type ImageStep = <T>(what: string, run: StepRun<T>, options?: { tries?: number }) => Promise<T>;

/** How long the image's pauses may hold the post in all. */
const BUDGET_MS = 30_000;
/** Sends of one upload request, the first included, before its step fails. */
const REQUEST_TRIES = 4;

/**
 * Runs `prepare` with a `step` function that gives each step its tries; resolves to what `prepare` returns,
 * or to undefined when a step gave up (the image is dropped and noted).
 */
export async function optionalImage<T>(
  options: OptionalImageOptions,
  prepare: (step: ImageStep) => Promise<T>,
): Promise<T | undefined> {
  const tries = Math.max(1, options.tries ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const deadline = Date.now() + BUDGET_MS;
  const step: ImageStep = async (what, run, stepOptions) => {
    const allowed = Math.max(1, stepOptions?.tries ?? tries);
    const requests: RepeatPolicy = {
      tries: REQUEST_TRIES,
      // Shorter than a step's: one request failing is most often a blip (by default 200, 400, 600 ms).
      pauseMs: (attempt) => (retryDelayMs / 5) * attempt,
      maxRateLimitWaitMs: RATE_LIMIT_WAIT_MS,
      deadline,
      signal: options.signal,
      onRepeat: (error, attempt) =>
        options.log?.info({ step: what, attempt, err: String(error) }, 'article image: sending a request again'),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await run(requests);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        if (error instanceof PermanentError && error.status === 401) throw error;
        const reason = `${what}: ${error instanceof Error ? error.message : String(error)}`;
        const waitMs =
          error instanceof RateLimitedError
            ? error.resetAt.getTime() - Date.now()
            : retryDelayMs * 2 ** Math.min(10, attempt - 1);
        // A refusal (an image the platform will not take) or a long rate limit will not change in seconds.
        const hopeless = error instanceof PermanentError || waitMs > RATE_LIMIT_WAIT_MS;
        if (hopeless || attempt >= allowed) throw new ImageDropped(reason, { cause: error });
        if (Date.now() + waitMs > deadline) throw new ImageDropped(`${reason} (out of time)`, { cause: error });
        options.log?.info({ step: what, attempt, err: reason }, 'article image: trying the step again');
        await sleep(Math.max(0, waitMs), options.signal);
      }
    }
  };
  try {
    return await prepare(step);
  } catch (error) {
    if (!(error instanceof ImageDropped)) throw error;
    options.log?.warn({ err: error.message }, 'article image dropped: the post goes without it');
    options.note?.(`image dropped: ${error.message}`);
    return undefined;
  }
}
