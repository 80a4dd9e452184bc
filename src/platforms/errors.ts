import type { PlatformId } from './platform.js';

/**
 * Every platform failure becomes one of these, in exactly one place per platform
 * (`src/platforms/<platform>/errors.ts`). The queue decides what to do from the class alone.
 */
export abstract class PublishError extends Error {
  abstract readonly kind: 'retryable' | 'rate-limited' | 'permanent' | 'duplicate' | 'outcome-unknown';
  constructor(
    readonly platform: PlatformId,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${platform}: ${message}`, options);
    this.name = new.target.name;
  }
}

/** Network failure, timeout or 5xx before the platform accepted anything: try again later. */
export class RetryableError extends PublishError {
  readonly kind = 'retryable';
}

/** The platform said 429: nothing may be sent to this account before `resetAt`. */
export class RateLimitedError extends PublishError {
  readonly kind = 'rate-limited';
  constructor(
    platform: PlatformId,
    message: string,
    readonly resetAt: Date,
    options?: ErrorOptions,
  ) {
    super(platform, message, options);
  }
}

/** The platform refused the post for good (401, 403, 422, invalid record); `reason` is its own words. */
export class PermanentError extends PublishError {
  readonly kind = 'permanent';
  constructor(
    platform: PlatformId,
    readonly reason: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(platform, reason, options);
  }
}

/** The platform says this exact post already exists (X's 403 duplicate content). */
export class DuplicateError extends PublishError {
  readonly kind = 'duplicate';
}

/** The request went out and no answer came back: the post may or may not exist. Resolve before retrying. */
export class OutcomeUnknownError extends PublishError {
  readonly kind = 'outcome-unknown';
}
