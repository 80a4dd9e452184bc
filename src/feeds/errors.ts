/**
 * Why a feed could not be read, as data (`reason`) and as a message that says what to do.
 * The poller throws it; the caller records it on the feed (recordFeedError) and lets the job retry.
 */
export type FeedErrorReason =
  | 'invalid-url'
  | 'invalid-cron'
  | 'private-address'
  | 'unreachable'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'too-many-redirects'
  | 'not-a-feed'
  | 'malformed';

/** Reasons that may go away by themselves: worth retrying with backoff. */
const TRANSIENT: ReadonlySet<FeedErrorReason> = new Set(['unreachable', 'timeout', 'http', 'malformed']);

export class FeedError extends Error {
  override name = 'FeedError';
  /** The HTTP status, for reason "http". */
  readonly status: number | undefined;

  constructor(
    readonly url: string,
    readonly reason: FeedErrorReason,
    readonly problem: string,
    readonly hint: string,
    options?: ErrorOptions & { status?: number },
  ) {
    super(`feed ${url}: ${problem}. ${hint}`, options);
    this.status = options?.status;
  }

  /** True when a later poll may succeed without anyone changing anything (network, 5xx, a half-written feed). */
  get transient(): boolean {
    if (this.reason === 'http') return this.status === undefined || this.status === 429 || this.status >= 500;
    return TRANSIENT.has(this.reason);
  }
}
