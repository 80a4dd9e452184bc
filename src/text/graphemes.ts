import { allMatches } from './matches.js';
import { segmenter } from './segmenters.js';

/**
 * Grapheme clusters, the unit Bluesky and Mastodon count in, exactly as `Intl.Segmenter` (what RichText
 * and the PDS use) draws them, but fast: on Node 20 the segmenter costs microseconds a cluster, which
 * would dominate composing. Most text is made of code points that form a cluster on their own; only
 * around the ones that can join (marks, ZWJ, emoji, flags, jamo, variation selectors…) is the segmenter
 * asked, on a short stretch. Property-tested equal to `RichText.graphemeLength`.
 */
/** Printable ASCII plus tab and LF: one code unit is one grapheme (CR LF is the exception, so CR is left out). */
const SIMPLE_ASCII = /^[\t\n\x20-\x7e]*$/;

/*
 * Code points that may join a neighbour into one cluster (UAX #29 classes other than Other and Control,
 * plus Extended_Pictographic), with some to spare: marks (Extend, SpacingMark), ZWJ/ZWNJ, format characters
 * (tags), Prepend, regional indicators, Hangul jamo, emoji and their modifiers, Thai/Lao AM, half-width
 * voiced marks, CR (ZWJ and ZWNJ are format characters). Everything else forms a cluster alone, so two of them side by side are always a boundary.
 */
const JOINING_RUN =
  /[\p{M}\p{Cf}\p{Extended_Pictographic}\p{Regional_Indicator}\r\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\uff9e\uff9f\p{Emoji_Modifier}\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]+/gu;

/**
 * Where a character of JOINING_RUN can be, by plain ranges: CR, ©, the soft hyphen, ®, the combining diacritics,
 * Cyrillic's combining marks, everything from Hebrew's marks (U+0591) to U+1FFF, General Punctuation's format
 * characters and its two pictographs (‼ ⁉), and everything from the combining marks for symbols (U+20D0) on,
 * surrogates included. Each range of marks runs one character wider on either side, so that no range ends on a
 * combining mark (a class that would read as marks on a letter). A sentence of Latin, Greek or Cyrillic letters
 * with its accents, quotes and dashes has none: this scan spares it JOINING_RUN's Unicode properties, a call out of
 * the compiled pattern per character.
 */
const MAYBE_JOINING =
  /[\r\xA9\xAD\xAE\u02FF-\u0370\u0482-\u048A\u0590-\u1FFF\u200B-\u200F\u202A-\u202E\u203C\u2049\u2060-\u206F\u20CF-\uFFFF]/;

/** For the test that holds MAYBE_JOINING to JOINING_RUN. */
export const JOINING_PATTERNS = { maybe: MAYBE_JOINING, full: () => new RegExp(JOINING_RUN.source, 'u') } as const;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function codePoints(text: string, from: number, to: number): number {
  let count = to - from;
  for (let i = from; i < to; i++) if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) count--;
  return count;
}

function segmented(text: string): number {
  let count = 0;
  for (const _ of segmenter('grapheme').segment(text)) count++;
  return count;
}

export function countGraphemes(text: string): number {
  if (SIMPLE_ASCII.test(text)) return text.length;
  if (!MAYBE_JOINING.test(text)) return codePoints(text, 0, text.length);
  let count = 0;
  let counted = 0;
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start === -1) return;
    count += codePoints(text, counted, start) + segmented(text.slice(start, end));
    counted = end;
  };
  for (const match of allMatches(JOINING_RUN, text)) {
    // The stretch takes the code point on each side: a base before its marks, a letter after a Prepend.
    let from = match.index;
    if (from > 0) from -= from >= 2 && isLow(text.charCodeAt(from - 1)) && isHigh(text.charCodeAt(from - 2)) ? 2 : 1;
    let to = match.index + match[0].length;
    if (to < text.length) to += isHigh(text.charCodeAt(to)) && isLow(text.charCodeAt(to + 1)) ? 2 : 1;
    if (start !== -1 && from < end) {
      end = Math.max(end, to);
      continue;
    }
    flush();
    start = from;
    end = to;
  }
  flush();
  return count + codePoints(text, counted, text.length);
}

/**
 * Each UTF-16 unit of the text is a grapheme cluster of its own: it has no code point that may join a neighbour
 * (MAYBE_JOINING, which takes in the surrogates too). Most Latin, Greek and Cyrillic text is so.
 */
export function clusterPerUnit(text: string): boolean {
  return !MAYBE_JOINING.test(text);
}

/** UTF-16 offsets where a grapheme cluster ends (the end of the text included). */
export function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  for (const { index, segment } of segmenter('grapheme').segment(text)) ends.push(index + segment.length);
  return ends;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
