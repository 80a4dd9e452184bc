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

/**
 * An advisory's list line as its feed writes it: «CVE-2026-39350 / GHSA-9gcg-w975-3rjh: (оцінка CVSS 5.4, Середній):
 * Інʼєкція regex у serviceAccounts…» (Istio's bulletins, dev4: «raw CVE line pasted in»). The CVE id names the flaw;
 * its GitHub twin and the score in parentheses between id and description are for the tracker, not the reader:
 * «CVE-2026-39350: Інʼєкція regex у serviceAccounts…». A score after the description is left («… (CVSS 7.5)»).
 */
const GHSA_TWIN = /(\bCVE-\d{4}-\d{4,7})\s*\/\s*GHSA(?:-[a-z0-9]{4}){3}\b/giu;
const SCORE_AFTER_ID =
  /(\bCVE-\d{4}-\d{4,7})(?:\s*:\s*\([^()]*\bCVSS\b[^()]*\)\s*:?|\s*\([^()]*\bCVSS\b[^()]*\)\s*:)\s*/gu;

/** The line with the CVE id alone before its description (see `GHSA_TWIN`). */
export function plainAdvisoryLine(text: string): string {
  if (!text.includes('CVE-')) return text;
  return text.replace(GHSA_TWIN, '$1').replace(SCORE_AFTER_ID, '$1: ');
}
