import { z } from 'zod';
import type { Settings } from '../config.js';

/**
 * The rules for a URL crier is given to fetch or to link (an article to read, a feed to poll, a
 * canonical link), in one place so that the API, the CLI and intake refuse the same URLs in the same words.
 */
export interface UrlProblem {
  kind: 'not-a-url' | 'scheme' | 'private-address';
  problem: string;
  hint: string;
}

/** Not a URL, or not http(s): `file:`, `gopher:`, `data:`, `javascript:` are never fetched nor linked. */
export function httpUrlProblem(value: string): UrlProblem | undefined {
  if (!URL.canParse(value))
    return { kind: 'not-a-url', problem: 'this is not a valid URL', hint: 'Give a full http(s) address' };
  const { protocol } = new URL(value);
  if (protocol === 'http:' || protocol === 'https:') return undefined;
  return {
    kind: 'scheme',
    problem: `only http and https URLs are accepted, not ${protocol}`,
    hint: 'Give an http(s) address',
  };
}

/**
 * httpUrlProblem, then the private-address rule of the fetch (unless settings.allowPrivateAddresses): for
 * an address that is fetched later (a feed), so that it is refused when it is given, not at its first poll.
 */
export async function fetchableUrlProblem(value: string, settings: Settings['fetch']): Promise<UrlProblem | undefined> {
  const syntax = httpUrlProblem(value);
  if (syntax || settings.allowPrivateAddresses) return syntax;
  const url = new URL(value);
  // Loaded here: node:dns and node:net are for addresses that are fetched, not for `crier preview` of a file.
  const { PRIVATE_ADDRESS_HINT, privateAddressOf } = await import('./private-address.js');
  const address = await privateAddressOf(url);
  if (address === undefined) return undefined;
  const resolved = address === url.hostname.replace(/^\[|\]$/g, '') ? '' : ` (${address})`;
  return {
    kind: 'private-address',
    problem: `${url.host} is a private address${resolved}`,
    hint: PRIVATE_ADDRESS_HINT,
  };
}

/** An http(s) URL in a request (body or query), refused with httpUrlProblem's words. */
export const HttpUrlSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = httpUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `${problem.problem}. ${problem.hint}` });
  })
  .meta({ format: 'uri' });
