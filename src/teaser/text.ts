import { clusterPerUnit } from '../text/graphemes.js';
import { segmenter } from '../text/segmenters.js';

/**
 * Small text helpers shared by the teaser modules: language subtags, case- and accent-insensitive keys,
 * emoji stripping, French spacing and cutting at a word boundary by graphemes.
 */

const baseLangs = new Map<string, string>();

/** The primary language subtag, lowercased: "zh-CN" → "zh", "pt-BR" → "pt". */
export function baseLang(lang: string): string {
  // Asked for every sentence by many rules, of the few tags a process sees: worked out once per tag (a split by
  // a pattern and a lowercase were about 1 % of composing an article).
  let base = baseLangs.get(lang);
  if (base === undefined) {
    base = (lang.split(/[-_]/)[0] ?? lang).toLowerCase();
    if (baseLangs.size >= 1000) baseLangs.clear();
    baseLangs.set(lang, base);
  }
  return base;
}

/**
 * `build(base)` made once per primary language and kept: the teaser modules compile a pattern per language from
 * their word tables on first use («fr-CA» and «fr» share France's).
 */
export function perLanguage<T>(build: (base: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    const base = baseLang(lang);
    if (!made.has(base)) made.set(base, build(base));
    return made.get(base) as T;
  };
}

/**
 * A test of one code point against a one-character pattern (a Unicode class), worked out by the pattern once per
 * character and then kept. Scanning a whole text with a Unicode property costs V8 a call out of the pattern's code
 * per character; a loop over `codeUnits` with this test costs a lookup (see `words`).
 */
export function characterClass(pattern: RegExp): (codePoint: number) => boolean {
  const one = new RegExp(`^(?:${pattern.source})$`, 'u');
  // 0: not yet worked out, 1: outside, 2: inside. A lone surrogate is outside any class of letters.
  const basic = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  return (codePoint) => {
    if (codePoint < 0x10000) {
      let known = basic[codePoint] as number;
      if (known === 0) {
        known = one.test(String.fromCharCode(codePoint)) ? 2 : 1;
        basic[codePoint] = known;
      }
      return known === 2;
    }
    let inside = astral.get(codePoint);
    if (inside === undefined) {
      inside = one.test(String.fromCodePoint(codePoint));
      astral.set(codePoint, inside);
    }
    return inside;
  };
}

let unitBytes = Buffer.allocUnsafeSlow(0x8000);
let units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length / 2);

/**
 * The UTF-16 units of `text`, at 0 to `text.length - 1` of an array that every call shares: read them before the
 * next call. `text.charCodeAt(i)` in a loop costs dozens of instructions a character once the loop has seen strings
 * of many kinds (one or two bytes a character, sliced, joined, interned: the method's look-up is then megamorphic);
 * copying the text once and reading an array costs a few.
 */
export function codeUnits(text: string): Uint16Array {
  if (text.length > units.length) {
    unitBytes = Buffer.allocUnsafeSlow(2 * text.length);
    units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, text.length);
  }
  unitBytes.write(text, 0, 'utf16le');
  return units;
}

/** The code point at `i` of `units` (a text of length `n`): a pair of surrogates read as one, a lone one as itself. */
export function codePointIn(units: Uint16Array, n: number, i: number): number {
  const c = units[i] as number;
  if (c < 0xd800 || c > 0xdbff || i + 1 >= n) return c;
  const d = units[i + 1] as number;
  return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : c;
}

// Marks are dropped only after Latin, Greek and Cyrillic letters: there they are accents («é» ≈ «e»);
// after kana or Devanagari they are part of the letter (が is not か).
const ACCENT_AFTER_CASED_LETTER = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
const NON_ASCII = /[^ -~\t\n\r]/;
const foldCache = new Map<string, string>();
/**
 * `String.prototype.toLowerCase`, called as a function: looked up on the texts `fold` is given, strings of many kinds,
 * the method costs a megamorphic probe each time (see `sliceOf`, words.ts).
 */
const lowerCaseOf = String.prototype.toLowerCase;

/** A key that compares case- and accent-insensitively: «Coopération» and «COOPERATION» give the same key. */
export function fold(text: string): string {
  // ASCII lowercases to ASCII, which has no accent to drop.
  if (!NON_ASCII.test(text)) return lowerCaseOf.call(text);
  return foldNonAscii(text);
}

/** `fold` of a text known to have a character outside ASCII (`words` knows it of each word it reads). */
export function foldNonAscii(text: string): string {
  // Kept by the text as given, not lowercased: lowercasing a two-byte string calls out to ICU, and most of the
  // texts folded here are words that come back (words() folds every word with a letter outside ASCII).
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = lowerCaseOf.call(text).normalize('NFD').replace(ACCENT_AFTER_CASED_LETTER, '$1').normalize('NFC');
    // Words repeat across articles; the cache is dropped when large rather than grown without bound.
    if (foldCache.size >= 50_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/**
 * Where a number can be: ASCII digits, ² ³ ¹ ¼ ½ ¾, or a character from U+0660 on (Arabic-Indic digits are the first
 * of another script) outside General Punctuation (quotes, dashes). Most sentences of Latin, Greek or Cyrillic text
 * have none, and this scan of a few ranges costs far less than one for `\p{N}`, a call out per character.
 */
const MAYBE_NUMBER = /[0-9\xB2\xB3\xB9\xBC-\xBE\u0660-\u1FFF\u2070-\uFFFF]/;

const isNumber = characterClass(/\p{N}/u);

/**
 * The text has a number (`\p{N}`). MAYBE_NUMBER rules out most sentences; past it, a CJK, Devanagari or Thai text
 * (all of whose characters MAYBE_NUMBER lets through) is read character by character with a look-up, where a pattern
 * with `\p{N}` would call out of its compiled code for every character of the text (about 1 % of composing an article).
 */
export function hasNumber(text: string): boolean {
  if (!MAYBE_NUMBER.test(text)) return false;
  const n = text.length;
  const units = codeUnits(text);
  for (let i = 0; i < n; i++) {
    const c = units[i] as number;
    if (c < 0x80 ? c >= 0x30 && c <= 0x39 : c >= 0xb2 && isNumber(codePointIn(units, n, i))) return true;
  }
  return false;
}

// Pictographs, flags (regional indicators), variation selectors, ZWJ, skin tones and the keycap mark.
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3)+/gu;

/**
 * Where an emoji can start: the pictographs below U+2194 (©, ®, ‼, ⁉, ™, ℹ), the joiner and the keycap mark, and
 * anything from U+2194 on (UTF-16 units: astral emoji are surrogates). Latin, Cyrillic, Arabic or Devanagari text,
 * quotes and dashes have none: a few ranges are scanned far faster than EMOJI's Unicode properties, which cost a
 * call into the engine per character.
 */
const MAYBE_EMOJI = /[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\uFFFF]|\u200D|\u20E3/;

const HAS_EMOJI = new RegExp(EMOJI.source, 'u');
const GAP = '[ \\t\\u00A0\\u202F]';
// Brackets and sentence punctuation open or close whatever the spacing around them.
const OPENING = '[(（\\[{]';
const CLOSING = '[)）\\]}.,!?;:…。，、！？]';
// Quotation marks differ by language (German „…“ and »…«, French « … » with spaces): only one that touches the emoji
// is taken as opening or closing, so that «„Text“ 🎉 und» or «said 🎉 “hi”» keep their space.
const QUOTE_OPENING = '[«»“„「『‹›]';
const QUOTE_CLOSING = '[«»“”」』‹›]';
// Brackets that held only emoji: «(released today 🎉)» is kept, «today (🎉)» loses the brackets too.
const EMOJI_IN_BRACKETS = new RegExp(`${GAP}*[(（\\[](?:${GAP}*${EMOJI.source})+${GAP}*[)）\\]]`, 'gu');
// An emoji with the spaces around it, when punctuation closes what it ended: «released today 🎉)!».
const EMOJI_BEFORE_CLOSING = new RegExp(
  `(?:${GAP}*${EMOJI.source})+(?:${GAP}*(?=${CLOSING})|(?=${QUOTE_CLOSING}))`,
  'gu',
);
// An emoji with the spaces around it, when it opened a bracket or a quotation: «(🎉 released today)».
const EMOJI_AFTER_OPENING = new RegExp(
  `(?:(?<=${OPENING})${GAP}*|(?<=${QUOTE_OPENING}))${EMOJI.source}(?:${GAP}*${EMOJI.source})*${GAP}*`,
  'gu',
);

/**
 * The text without its emoji: emoji already in a source are never evidence (the seed puts 🇹🇳 on China). An emoji
 * becomes a space, except beside punctuation that closes or opens: there the space would be a gap readers see as
 * broken text («released today 🎉)!» read «released today )!»), so the emoji goes with the spaces around it
 * (`typeset` sets French spacing again afterwards).
 */
export function stripEmoji(text: string): string {
  if (!MAYBE_EMOJI.test(text) || !HAS_EMOJI.test(text)) return text;
  return text
    .replace(EMOJI_IN_BRACKETS, '')
    .replace(EMOJI_BEFORE_CLOSING, '')
    .replace(EMOJI_AFTER_OPENING, '')
    .replace(EMOJI, ' ');
}

/**
 * Whitespace runs collapsed to one space, trimmed. A no-break space alone is kept (French spacing); beside another
 * space it goes too: «✨\u00A0legacy ✨\u00A0reasons» without its emoji must not read «  legacy  reasons».
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n\u2028\u2029\u00A0\u202F]{2,}|[\t\r\n\u2028\u2029]/g, ' ').trim();
}

// «?», «!», «;» and «:» followed by a space or the end (not "https:" nor "12:30"), with any spacing before them.
const FRENCH_HIGH_PUNCTUATION = /(?<=[\p{L}\p{N}»”’)\]…])[ \u00A0\u202F]?([?!;:]+)(?=[\s»”)\]]|$)/gu;
const FRENCH_GUILLEMET_OPEN = /«[ \u00A0\u202F]?(?=\S)/g;
const FRENCH_GUILLEMET_CLOSE = /(?<=\S)[ \u00A0\u202F]?»/g;

/**
 * French typography: a no-break space before «?», «!», «;» and «:» and inside «guillemets».
 * U+00A0 rather than the narrow U+202F: X counts U+00A0 as 1 and U+202F as 2 (docs/teasers.md).
 */
function frenchSpacing(text: string): string {
  return text
    .replace(FRENCH_HIGH_PUNCTUATION, '\u00A0$1')
    .replace(FRENCH_GUILLEMET_OPEN, '«\u00A0')
    .replace(FRENCH_GUILLEMET_CLOSE, '\u00A0»');
}

/** Typography of the article's language applied to a text shown to readers. */
export function typeset(text: string, lang: string): string {
  return baseLang(lang) === 'fr' ? frenchSpacing(text) : text;
}

/**
 * The text cut to at most `max` graphemes, at a word boundary, with «…» when cut.
 * Used only on short texts (a link card description), where grapheme segmentation is cheap.
 */
export function cutAtWord(text: string, max: number): string {
  // Graphemes never outnumber code points: most texts need no segmentation at all.
  if (text.length <= max || roughSize(text) <= max) return text;
  // A unit a grapheme, and more of them than `max`: the kept head is the first `max - 1`, found without the segmenter
  // (it took about 1 % of composing an article, for the link card's description).
  if (clusterPerUnit(text)) return ellipsed(text.slice(0, Math.max(max - 1, 0)));
  // Segment only as far as needed: up to one grapheme past the limit, noting where the kept head ends.
  let seen = 0;
  let headEnd = 0;
  for (const { index } of segmenter('grapheme').segment(text)) {
    if (seen === max - 1) headEnd = index;
    if (++seen > max) break;
  }
  if (seen <= max) return text;
  return ellipsed(text.slice(0, headEnd));
}

/** The head of a text cut short, ended at a word and marked with «…». */
function ellipsed(head: string): string {
  // Spaced scripts cut at the last space; unspaced ones (CJK) may cut between any two graphemes.
  const space = head.search(/\s\S*$/u);
  const kept = space > head.length / 2 ? head.slice(0, space) : head;
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** A high surrogate: without one, every UTF-16 unit of a text is a code point. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** A rough size for ranking and filtering sentences (code points); never used for a platform limit. */
export function roughSize(text: string): number {
  if (!HIGH_SURROGATE.test(text)) return text.length;
  let n = 0;
  for (const _ of text) n++;
  return n;
}
