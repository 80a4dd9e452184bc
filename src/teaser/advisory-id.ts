import { pathOf } from './hosts.js';

/**
 * An advisory's identifier: a security advisory about one vulnerability is known and searched by its CVE id, and an
 * editor puts it in the post («CVE-2025-5399: Due to a mistake in libcurl's WebSocket code…»). curl's advisories
 * give it only in their address and heading (dev: «no CVE id» on a post readers otherwise scored 8).
 */
const CVE = /\bCVE-(\d{4})-(\d{4,7})\b/giu;

/** The one CVE id the title or the address names (uppercase), or undefined when they name none or several. */
export function advisoryId(title: string, url: string | undefined): string | undefined {
  const ids = new Set([...`${title} ${pathOf(url) ?? ''}`.matchAll(CVE)].map((m) => `CVE-${m[1] ?? ''}-${m[2] ?? ''}`));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/**
 * The hook with the advisory's id before its first sentence, unless a sentence already gives it. The id is the
 * piece's name for those who follow advisories: it goes first, as a security feed writes it.
 */
export function withAdvisoryId(sentences: readonly string[], id: string | undefined): string[] {
  const [first, ...rest] = sentences;
  if (id === undefined || first === undefined || sentences.some((s) => s.toUpperCase().includes(id))) {
    return [...sentences];
  }
  return [`${id}: ${first}`, ...rest];
}
