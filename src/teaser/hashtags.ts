import { segmenter } from '../text/segmenters.js';
import { type ArticleText, hits, type Keyword, weigh } from './keywords.js';
import { loadKnownTags } from './lexicon.js';
import { baseLang, fold, roughSize } from './text.js';
import { compilePhrase } from './words.js';

/**
 * Hashtags: the operator's tags first, then tags people follow (config/hashtags.json) that the article is
 * about, then its own keywords; CamelCase for several words, accents kept, valid on X, Bluesky and Mastodon.
 */

const TAG_CHARS = /^[\p{L}\p{M}\p{N}_]+$/u;
const LETTER = /\p{L}/u;

/**
 * Valid on all three platforms (platforms.md §4): letters, marks, digits and "_" only (no inner "-", "." or "+",
 * which X and Mastodon would cut), at least one letter, at most 64 graphemes (Bluesky drops longer ones).
 */
export function isValidHashtag(name: string): boolean {
  if (!TAG_CHARS.test(name) || !LETTER.test(name)) return false;
  if (roughSize(name) <= 64) return true; // graphemes never outnumber code points
  let n = 0;
  for (const _ of segmenter('grapheme').segment(name)) if (++n > 64) return false;
  return true;
}

/** Case- and accent-insensitive identity of a tag: #Coopération, #cooperation and #COOPERATION are one. */
export function hashtagKey(name: string): string {
  return fold(name).replace(/_/g, '');
}

function capitalize(part: string): string {
  // A word that already has capitals keeps them (RubyGems, ReDoS, IA); others get one («sécurité» → Sécurité).
  if (/\p{Lu}/u.test(part)) return part;
  const [first = '', ...rest] = Array.from(part);
  return first.toUpperCase() + rest.join('');
}

/** A phrase as a hashtag name: «open-source» → OpenSource, «#Node» → Node; undefined when it cannot be valid. */
export function toHashtag(phrase: string): string | undefined {
  const parts = phrase
    .replace(/^[#＃]+/u, '')
    .split(/[^\p{L}\p{M}\p{N}_]+/u)
    .filter(Boolean);
  const name = parts.length === 1 ? (parts[0] ?? '') : parts.map(capitalize).join('');
  const shown = parts.length === 1 ? capitalize(name) : name;
  return isValidHashtag(shown) ? shown : undefined;
}

/** An operator's tag, in the followed spelling when it is a known one («node.js» → NodeJS, «ia» → IA). */
function operatorTag(tag: string, lang: string): string | undefined {
  const phrase = compilePhrase(tag.replace(/^[#＃]+/u, ''));
  for (const known of loadKnownTags()) {
    const spelled = known.spell(lang);
    if (spelled === undefined) continue;
    if (known.phrases.some((p) => p.key === phrase.key || fold(p.key) === fold(phrase.key))) return spelled;
  }
  return toHashtag(tag);
}

/**
 * A keyword of the article's own needs this much evidence to be a tag (a title word seen about 4 times, a name
 * seen about 8 times): a tag less is better than «#Ship» or «#Version».
 */
const PLAIN_KEYWORD_MIN_SCORE = 5.5;

interface Candidate {
  name: string;
  score: number;
  /** Folded words the candidate stands for: a keyword inside a chosen known tag is not offered again. */
  covers: readonly string[];
}

export function pickHashtags(text: ArticleText, operatorTags: readonly string[], found: Keyword[], max: number) {
  const lang = baseLang(text.lang);
  const chosen: string[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  const take = (name: string | undefined, covers: readonly string[] = []) => {
    if (name === undefined || chosen.length >= max) return;
    const key = hashtagKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    chosen.push(name);
    for (const c of covers) covered.add(c);
    covered.add(key);
  };
  for (const tag of operatorTags) take(operatorTag(tag, lang));

  const candidates: Candidate[] = [];
  for (const known of loadKnownTags()) {
    const name = known.spell(lang);
    if (name === undefined) continue;
    const score = weigh(hits(text, known.phrases), 2);
    // Tags people follow outrank the article's other keywords at equal evidence.
    if (score > 0) candidates.push({ name, score: score * 1.5 + 2, covers: known.words });
  }
  // A keyword that a followed tag stands for («open», «source» → OpenSource) is never a tag of its own.
  const claimed = new Set(candidates.flatMap((c) => c.covers));
  // Only named subjects become tags: a word that is merely frequent («característica», «impossible») is not one.
  for (const k of found) {
    if (!k.named || k.score < PLAIN_KEYWORD_MIN_SCORE) continue;
    const name = toHashtag(k.display);
    if (name !== undefined && !claimed.has(k.key)) candidates.push({ name, score: k.score, covers: [k.key] });
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (c.covers.length === 1 && covered.has(c.covers[0] ?? '')) continue;
    take(c.name, c.covers);
  }
  return chosen;
}
