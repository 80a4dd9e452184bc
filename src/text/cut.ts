import { graphemeEnds } from './graphemes.js';
import { allMatches } from './matches.js';
import { segmenter } from './segmenters.js';
import twitterText from './twitter-text.js';

/** Marks a cut sentence. It counts 2 on X (U+2026 is outside X's weight-1 ranges). */
export const ELLIPSIS = '…';

/**
 * Scripts written without spaces between words: there a word boundary from the segmenter's dictionary
 * is a fair place to cut; elsewhere only a boundary followed by a space is.
 */
const NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;
/**
 * The dictionary splits loanwords it does not know (リ|ポジ|トリ): a run of katakana (with its
 * prolonged-sound mark) is kept whole.
 */
const KATAKANA = /[\p{Script=Katakana}\u30fc]/u;
/** What a cut text should not end with before «…»: spaces, openers and in-sentence punctuation. */
const TRAILING = /[\s,;:.!?¡¿\-–—‐([{«‹“„‘‚"'/·、，。；：！？・]+$/u;
/** A cut must keep at least one letter or digit, or it says nothing. */
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Tokens that must stay whole: hashtags, cashtags, mentions (to the next space). */
const ATOMIC_TOKEN = /[#＃@＠$][^\s]*/gu;
/**
 * Cut points are looked for in a window of the text that grows (×4) only while its last point still fits:
 * segmenting and counting stay proportional to the limit, not to a very long sentence.
 */
const FIRST_WINDOW = 512;

/** [start, end) ranges no cut may fall strictly inside: URLs (bare domains too) and hashtag-like tokens. */
function atomicSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = twitterText
    .extractUrlsWithIndices(text)
    .map(({ indices: [start, end] }) => [start, end]);
  for (const match of allMatches(ATOMIC_TOKEN, text)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

function insideSpan(spans: Array<[number, number]>, at: number): boolean {
  return spans.some(([start, end]) => start < at && at < end);
}

function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(at - 2, at);
  return text.slice(at - 1, at);
}

function codePointAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * Where a text may be cut without splitting a word: ends of word segments (Intl.Segmenter, in the text's
 * language) followed by a space, or next to a character of a script written without spaces.
 * Segment ends are always grapheme boundaries, so flags, ZWJ sequences and combining marks stay whole.
 */
export function wordCutPoints(text: string, lang: string, window = text.length): number[] {
  const seen = window >= text.length ? text : text.slice(0, window);
  const spans = atomicSpans(seen);
  return NO_SPACE_SCRIPT.test(seen) ? segmentedPoints(text, seen, lang, spans) : spacedPoints(seen, spans);
}

const WORD_BEFORE_SPACE = /\S+(?=\s)/gu;

/**
 * Text written with spaces: the word boundaries followed by a space are exactly the ends of the runs of
 * non-space characters (UAX #29 always breaks between a non-space and a space), found without the
 * segmenter, which costs microseconds a segment.
 */
function spacedPoints(seen: string, spans: Array<[number, number]>): number[] {
  const points: number[] = [];
  for (const match of allMatches(WORD_BEFORE_SPACE, seen)) {
    const at = match.index + match[0].length;
    if (!insideSpan(spans, at)) points.push(at);
  }
  return points;
}

function segmentedPoints(text: string, seen: string, lang: string, spans: Array<[number, number]>): number[] {
  const points: number[] = [];
  for (const { index, segment } of segmenter('word', lang).segment(seen)) {
    const at = index + segment.length;
    // The window's last segment may be a word cut short by the window: never a point.
    if (at >= seen.length || at === 0) continue;
    const before = codePointBefore(text, at);
    const after = codePointAt(text, at);
    if (SPACE.test(before)) continue;
    if (KATAKANA.test(before) && KATAKANA.test(after)) continue;
    const fair = SPACE.test(after) || NO_SPACE_SCRIPT.test(before) || NO_SPACE_SCRIPT.test(after);
    if (fair && !insideSpan(spans, at)) points.push(at);
  }
  return points;
}

/** The last resort for one word longer than the whole limit: any grapheme boundary outside URLs and hashtags. */
function graphemeCutPoints(text: string, window: number): number[] {
  const seen = window >= text.length ? text : text.slice(0, window);
  const spans = atomicSpans(seen);
  return graphemeEnds(seen).filter((at) => at < seen.length && !insideSpan(spans, at));
}

/** The text up to `at`, without trailing spaces or dangling punctuation, marked with «…»; null when nothing is left. */
export function cutAt(text: string, at: number): string | null {
  const kept = text.slice(0, at).replace(TRAILING, '');
  return HAS_WORD.test(kept) ? kept + ELLIPSIS : null;
}

export interface Cut {
  /** The kept beginning, ending with «…». */
  text: string;
  /** The rest of the original text, from the next word on (for a thread's next part). */
  rest: string;
}

/**
 * The longest beginning of `text` that, ended with «…», passes `fits`: cut at a word boundary, or,
 * only when not even the first word fits, at a grapheme boundary. Null when nothing fits.
 * Binary search: the platform's own count grows with the kept text, so few candidates are counted.
 */
export function cutToFit(text: string, lang: string, fits: (candidate: string) => boolean): Cut | null {
  return (
    growing(text, (window) => wordCutPoints(text, lang, window), fits) ??
    growing(text, (window) => graphemeCutPoints(text, window), fits)
  );
}

/** Binary search in a window; a wider window only when the window's last point fits (the best may lie beyond). */
function growing(text: string, pointsIn: (window: number) => number[], fits: (candidate: string) => boolean) {
  for (let window = FIRST_WINDOW; ; window *= 4) {
    const points = pointsIn(window);
    const best = largestFitting(text, points, fits);
    const last = points.at(-1);
    if (window >= text.length || best === null || last === undefined || best.at < last) return best?.cut ?? null;
  }
}

function largestFitting(
  text: string,
  points: number[],
  fits: (candidate: string) => boolean,
): { at: number; cut: Cut } | null {
  let low = 0;
  let high = points.length - 1;
  let best: { at: number; cut: Cut } | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = points[middle] ?? 0;
    const candidate = cutAt(text, at);
    if (candidate !== null && fits(candidate)) {
      best = { at, cut: { text: candidate, rest: text.slice(at).trimStart() } };
      low = middle + 1;
    } else if (candidate === null) {
      // Nothing but punctuation before this point: only longer cuts can say something.
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
}
