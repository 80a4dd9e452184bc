/** The campaign parameters an operator adds to a platform's links. */
export interface Utm {
  source: string;
  medium: string;
  campaign?: string;
}

/**
 * The link with `utm_source`, `utm_medium` and (when set) `utm_campaign` appended to its query, before any
 * fragment. The rest of the URL is kept byte for byte (no re-serialisation of the existing query); a
 * parameter the link already carries is left alone.
 */
export function withUtm(url: string, utm: Utm | undefined): string {
  if (!utm) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = base.indexOf('?');
  const existing = new URLSearchParams(queryAt === -1 ? '' : base.slice(queryAt + 1));
  const added = Object.entries({ utm_source: utm.source, utm_medium: utm.medium, utm_campaign: utm.campaign })
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '' && !existing.has(entry[0]))
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  if (added.length === 0) return url;
  const separator = queryAt === -1 ? '?' : /[?&]$/.test(base) ? '' : '&';
  return `${base}${separator}${added.join('&')}${fragment}`;
}
