import { createHash } from 'node:crypto';

/** Query parameters that say how a reader arrived, not which article it is. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src)$/i;

/** The canonical URL without its fragment and tracking parameters: two links to one article agree. */
export function canonicalKey(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  return parsed.href;
}

/** A stable, short article id derived from the canonical URL: 16 characters of its SHA-256 (base64url). */
export function articleIdFor(url: string): string {
  return createHash('sha256').update(canonicalKey(url)).digest('base64url').slice(0, 16);
}
