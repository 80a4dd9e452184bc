/**
 * Network error codes that prove a request never reached the platform: the connection was not
 * established (refused, no route, DNS failed, connect timed out). Only these make a failed post
 * safely retryable; a failure after the request went out leaves its outcome unknown.
 * Node's `http`/`https` (twitter-api-v2) and undici (`fetch`, used by masto and @atproto/api) both use them.
 */
export const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);
