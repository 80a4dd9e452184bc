import { hashtagKey, isValidHashtag, toHashtag } from '../../../teaser/hashtags.js';

/**
 * Hashtags valid on all three platforms (the engine's rule, src/teaser/hashtags.ts): «#open-source» becomes
 * OpenSource, a tag that cannot be valid («#2025», «#C++») is dropped, doubles (#IA, #ia) kept once, `max` at most.
 */
export function keepHashtags(names: readonly string[], max: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of names) {
    const bare = raw.trim().replace(/^[#＃]+/u, '');
    const name = isValidHashtag(bare) ? bare : toHashtag(bare);
    if (name === undefined) continue;
    const key = hashtagKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
    if (kept.length === max) break;
  }
  return kept;
}
