/**
 * Exponential backoff with "equal jitter": attempt n waits between half and all of base·2^(n-1),
 * capped, so many posts failing together (a platform outage) do not come back in lockstep.
 * Registered as the workers' `settings.backoffStrategy`; jobs ask for it with `backoff: { type, delay }`.
 */
export const BACKOFF_TYPE = 'crier-jitter';
const CAP_MS = 60 * 60_000;

export function jitteredBackoff(
  attemptsMade: number,
  baseMs: number,
  random: () => number = Math.random,
  capMs: number = CAP_MS,
): number {
  // The exponent is bounded too: 2 ** 1100 is Infinity, and a post retried for a day makes hundreds of attempts.
  const exponential = Math.min(capMs, baseMs * 2 ** Math.min(40, Math.max(0, attemptsMade - 1)));
  return Math.round(exponential / 2 + random() * (exponential / 2));
}

/** BullMQ's BackoffStrategy signature: (attemptsMade, type, error, job). */
export function backoffStrategy(
  attemptsMade: number,
  type?: string,
  _error?: Error,
  job?: { opts?: { backoff?: number | { delay?: number } } },
  capMs: number = CAP_MS,
): number {
  const backoff = job?.opts?.backoff;
  const base = typeof backoff === 'number' ? backoff : (backoff?.delay ?? 5_000);
  if (type !== undefined && type !== BACKOFF_TYPE) return base;
  return jitteredBackoff(attemptsMade, base, Math.random, capMs);
}
