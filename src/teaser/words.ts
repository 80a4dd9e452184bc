import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { segmenter } from '../text/segmenters.js';
import { baseLang, characterClass, codePointIn, codeUnits, fold, foldNonAscii } from './text.js';

/**
 * Words and phrase counts, found without segmenting a whole article with Intl.Segmenter
 * (the expensive step, see docs/teasers.md): one scan of the text's characters splits words of spaced scripts and
 * keeps runs of unspaced scripts (Han, kana, Hangul, Thai) whole; those runs are searched as substrings.
 */

/** How a word is attached to the previous one: phrases ("open source", "Node.js") span only linked words. */
type Link = 'space' | 'hyphen' | 'dot' | 'apostrophe' | 'break';

export interface Word {
  text: string;
  key: string;
  link: Link;
  /** The word starts a sentence (or the text): its capital says nothing about a proper noun. */
  sentenceStart: boolean;
  /** A run of an unspaced script (Han, kana, Hangul, Thai), not one word. */
  unspaced: boolean;
}

const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\p{Script=Hangul}\\p{Script=Thai}';

/**
 * What a character is to `words`: a letter of an unspaced script (Han, kana, Hangul, Thai), whose runs are kept
 * whole, one of a spaced script (a letter, mark, digit or «_»), or a gap between words.
 */
const isUnspacedChar = characterClass(new RegExp(`[${UNSPACED}]`, 'u'));
const isWordChar = characterClass(/[\p{L}\p{M}\p{N}_]/u);
const GAP = 0;
const SPACED = 1;
const UNSPACED_RUN = 2;

function classOf(codePoint: number): number {
  if (codePoint < 0x80) return ASCII_CLASSES[codePoint] as number;
  // Thai (U+0E00) is the first unspaced script: below it, nothing to look up.
  if (codePoint >= 0x0e00 && isUnspacedChar(codePoint)) return UNSPACED_RUN;
  return isWordChar(codePoint) ? SPACED : GAP;
}

/** ASCII letters, digits and «_» are a spaced script's; the rest of ASCII is a gap (most of a text: no look-up). */
const ASCII_CLASSES = Uint8Array.from({ length: 0x80 }, (_, c) =>
  /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? SPACED : GAP,
);

/**
 * Where a character of an unspaced script can be: from Thai (U+0E00) on, outside General Punctuation (the quotes and
 * dashes of any text), surrogates included (astral Han). A Latin, Greek or Cyrillic text has none, and this plain
 * scan spares it the copy of its units and the loop of `isUnspaced` (asked of every candidate sentence and term).
 */
const MAYBE_UNSPACED = /[\u0E00-\u1FFF\u2070-\uFFFF]/;

export function isUnspaced(text: string): boolean {
  if (!MAYBE_UNSPACED.test(text)) return false;
  const n = text.length;
  const units = codeUnits(text);
  for (let i = 0; i < n; i++) {
    if ((units[i] as number) >= 0x0e00 && isUnspacedChar(codePointIn(units, n, i))) return true;
  }
  return false;
}

/** How the gap `units[from, to)` links the words around it. */
function linkOf(units: Uint16Array, from: number, to: number): Link {
  if (to - from !== 1) return 'break';
  const c = units[from];
  if (c === 0x20 || c === 0xa0) return 'space';
  if (c === 0x2d || c === 0x2011) return 'hyphen';
  if (c === 0x2e) return 'dot';
  if (c === 0x27 || c === 0x2019) return 'apostrophe';
  return 'break';
}

/** The gap `units[from, to)` ends a sentence: . ! ? 。 ！ ？ … : ; or a line break. */
function endsSentence(units: Uint16Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = units[i];
    if (
      c === 0x2e ||
      c === 0x21 ||
      c === 0x3f ||
      c === 0x3002 ||
      c === 0xff01 ||
      c === 0xff1f ||
      c === 0x2026 ||
      c === 0x3a ||
      c === 0x3b ||
      c === 0x0a
    )
      return true;
  }
  return false;
}

/**
 * `String.prototype.slice`, called as a function: `text.slice(…)` looks the method up on the string, and the strings
 * `words` is given come in many kinds (one or two bytes a character, sliced, joined, interned), so that look-up goes
 * megamorphic, a hashed probe for each word; this costs none (`words` took about a quarter fewer instructions).
 */
const sliceOf = String.prototype.slice;
/** `String.prototype.toLowerCase`, called as a function (see `sliceOf`). */
const lowerCaseOf = String.prototype.toLowerCase;

/**
 * The words of a text: runs of letters, marks, digits and «_» of spaced scripts, and runs of an unspaced script
 * (Han, kana, Hangul, Thai) kept whole; what lies between two words is their gap. One scan by code point.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  // Nothing below calls `codeUnits` while the scan reads them (`fold` does not).
  const units = codeUnits(text);
  // The text lowercased once, for the ASCII words with capitals: lowercasing a word of a two-byte text calls out to
  // ICU, word by word. Its words stand where the text's do unless a letter lowercased to two (only «İ» does): then
  // `lower` is '' and each such word is lowercased alone. (Its length is read once: the lowercased strings are of
  // many kinds, and reading it for each word was a megamorphic look-up.)
  let lower: string | undefined;
  let gapStart = 0;
  let i = 0;
  while (i < n) {
    let c = codePointIn(units, n, i);
    const kind = classOf(c);
    if (kind === GAP) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    // An ASCII word's key is the word, lowercased where it has capitals: most words need no call to `fold`.
    let ascii = c < 0x80;
    let capitals = c >= 0x41 && c <= 0x5a;
    i += c > 0xffff ? 2 : 1;
    while (i < n) {
      c = codePointIn(units, n, i);
      if (classOf(c) !== kind) break;
      if (c >= 0x80) ascii = false;
      else if (c >= 0x41 && c <= 0x5a) capitals = true;
      i += c > 0xffff ? 2 : 1;
    }
    const word = sliceOf.call(text, start, i);
    if (ascii && capitals && lower === undefined) {
      const lowered: string = lowerCaseOf.call(text);
      lower = lowered.length === n ? lowered : '';
    }
    // An indexed store, not `push`: V8 left `push` a call to its builtin here, one per word.
    out[out.length] = {
      text: word,
      key: !ascii
        ? foldNonAscii(word)
        : !capitals
          ? word
          : lower !== ''
            ? sliceOf.call(lower, start, i)
            : lowerCaseOf.call(word),
      link: out.length === 0 ? 'break' : linkOf(units, gapStart, start),
      sentenceStart: out.length === 0 || endsSentence(units, gapStart, start),
      // By its first UTF-16 unit, as ever: a run opening on an astral Han character (U+20000 on) is not marked.
      unspaced: kind === UNSPACED_RUN && isUnspacedChar(units[start] as number),
    };
    gapStart = i;
  }
  return out;
}

/**
 * Where each word occurs, so that a word or a linked phrase of a lexicon is counted without building every
 * two- and three-word phrase of the text.
 */
export class PhraseCounts {
  /** Positions in `list` of each word key. */
  readonly positions = new Map<string, number[]>();
  /** Counts of words written in capitals (AI, IA, KI): short acronyms must match case-sensitively. */
  readonly capitals = new Map<string, number>();
  #folded: string | undefined;
  /** Whether the text writes each key asked with an accent (see `#writesAccented`). */
  #accentedKeys: Map<string, boolean> | undefined;
  #unspaced: boolean | undefined;
  /** A bit per hashed pair of adjacent UTF-16 units of `folded` (see `#mayContain`); made on first use. */
  #pairs: Uint32Array | undefined;
  /** A bit per `probe` of the word keys (see `mayHave`), as many bits as the text has words, roughly. */
  readonly #probes: ProbeSet;
  /** The distinct keys in the order first met, each with its `probe` and its positions (see `countEntries`). */
  readonly #keys: string[] = [];
  readonly #keyProbes: number[] = [];
  readonly #keyStarts: number[][] = [];

  constructor(
    readonly text: string,
    readonly list: Word[] = words(text),
  ) {
    this.#probes = new ProbeSet([], probeWords(list.length) * 32);
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as Word;
      const at = this.positions.get(w.key);
      if (at === undefined) {
        const starts = [i];
        const p = probe(w.key);
        this.positions.set(w.key, starts);
        this.#probes.mark(p);
        this.#keys.push(w.key);
        this.#keyProbes.push(p);
        this.#keyStarts.push(starts);
      } else at.push(i);
      // A small ASCII letter rules capitals out before `toUpperCase`, which calls out to ICU on a two-byte text.
      // Its key first: most words are their own key (the same string), which rules capitals out before a look-up of
      // the text's length, megamorphic over the kinds of strings.
      if (w.text !== w.key && w.text.length <= 6 && !ASCII_SMALL.test(w.text) && w.text === w.text.toUpperCase()) {
        this.capitals.set(w.text, (this.capitals.get(w.text) ?? 0) + 1);
      }
    }
  }

  has(key: string): boolean {
    return this.positions.has(key);
  }

  /**
   * False when no word of the text has a key of this `probe` (so not the key); true when one may. A lexicon is
   * counted phrase by phrase in a title or a lead of a few words (some 8,000 phrases an article, nearly all absent):
   * a bit answers most of them where a look-up in `positions` hashes and compares strings.
   */
  mayHave(p: number): boolean {
    return this.#probes.mayHave(p);
  }

  /**
   * The text writes a word of this key with an accent somewhere («uber» for «Über»). Worked out for a key when first
   * asked, up to its first accented word: only the keys of the phrases a lexicon finds are asked, and working it out
   * for every word of the text cost a normalisation each (about 2 % of composing an article).
   */
  #writesAccented(key: string): boolean {
    this.#accentedKeys ??= new Map();
    let accented = this.#accentedKeys.get(key);
    if (accented === undefined) {
      accented = false;
      for (const i of this.positions.get(key) ?? []) {
        if (accentedWord(this.list[i] as Word)) {
          accented = true;
          break;
        }
      }
      this.#accentedKeys.set(key, accented);
    }
    return accented;
  }

  /** The text writes one of these keys with an accent somewhere. */
  #writesAnyAccented(keys: readonly string[]): boolean {
    for (const key of keys) if (this.#writesAccented(key)) return true;
    return false;
  }

  /** The folded text, for substring search in unspaced scripts; computed on first use. */
  get folded(): string {
    this.#folded ??= fold(this.text);
    return this.#folded;
  }

  /** Occurrences of a lexicon phrase (see `compilePhrase`). */
  count(phrase: Phrase): number {
    // Most of a lexicon's phrases are words the text does not have: that answer is kept short (a look-up), so
    // that it is inlined where whole lexicons are counted (hashtags, emoji, tone); the rest is apart.
    if (phrase.kind === 'words') {
      if (phrase.probe !== undefined && !this.mayHave(phrase.probe)) return 0;
      const starts = this.positions.get(phrase.parts[0] ?? '');
      return starts === undefined ? 0 : this.#countWords(phrase, starts);
    }
    return this.#countOther(phrase);
  }

  /**
   * The sum of `count` over a lexicon's phrases (a topic's, a tag's, a tone's). Lexicons are counted in every text of
   * an article, a few of them empty (an article without tags): an empty text has none of them.
   */
  countAll(phrases: readonly Phrase[]): number {
    if (this.list.length === 0) return 0;
    let n = 0;
    for (let i = 0; i < phrases.length; i++) n += this.count(phrases[i] as Phrase);
    return n;
  }

  /**
   * `countAll` of every entry of a lexicon (see `LexiconIndex`), by entry. A text of fewer distinct words than the
   * lexicon has phrases (a title, a lead, a tag; a body, against the emoji topics' 2,000 phrases) is read word by
   * word, each word looked up among the phrases' first words, rather than each phrase among the text's words.
   */
  countEntries(index: LexiconIndex): number[] {
    const out = new Array<number>(index.entries.length).fill(0);
    if (this.list.length === 0) return out;
    if (this.positions.size >= index.size) {
      for (let entry = 0; entry < out.length; entry++) out[entry] = this.countAll(index.entries[entry] ?? []);
      return out;
    }
    // Most of a text's words open none of the lexicon's phrases: a bit of the index answers them before a look-up
    // that hashes and compares the key (that look-up was about 3 % of composing an article).
    for (let k = 0; k < this.#keys.length; k++) {
      if (!index.mayStart(this.#keyProbes[k] as number)) continue;
      const phrases = index.byFirstWord.get(this.#keys[k] as string);
      if (phrases === undefined) continue;
      const starts = this.#keyStarts[k] as number[];
      for (const { entry, phrase } of phrases) (out[entry] as number) += this.#countWords(phrase, starts);
    }
    // Few texts write a word in capitals, and none of a text without them matches a phrase in capitals.
    if (this.capitals.size > 0)
      for (const { entry, phrase } of index.capitals) (out[entry] as number) += this.#countOther(phrase);
    for (const { entry, phrase } of index.exact) (out[entry] as number) += this.#countOther(phrase);
    // A text without a character of an unspaced script holds none of them.
    this.#unspaced ??= isUnspaced(this.text);
    if (this.#unspaced)
      for (const { entry, phrase } of index.substrings) (out[entry] as number) += this.#countOther(phrase);
    return out;
  }

  #countWords(phrase: Phrase, starts: readonly number[]): number {
    const parts = phrase.parts;
    // Accents are looked at only for a word the text ever writes with one (few: most words match as before).
    const plain = phrase.plain !== undefined && this.#writesAnyAccented(parts) ? phrase.plain : undefined;
    if (parts.length === 1 && plain === undefined) return starts.length;
    let n = 0;
    for (const i of starts) {
      if (plain?.[0] && accentedWord(this.list[i] as Word)) continue;
      let j = 1;
      for (; j < parts.length; j++) {
        const w = this.list[i + j];
        if (w === undefined || w.link === 'break' || w.key !== parts[j]) break;
        if (plain?.[j] && accentedWord(w)) break;
      }
      if (j === parts.length) n++;
    }
    return n;
  }

  /**
   * False when some pair of adjacent units of `key` is nowhere in `folded`, so neither is `key`; true when it may be.
   * The lexicons' CJK phrases are searched in each text of a CJK article (some 400 scans of its folded texts an
   * article on the dev splits, 440,000 characters read), and nearly all are absent: a bit per pair answers most.
   */
  #mayContain(key: string): boolean {
    if (this.#pairs === undefined) {
      const text = this.folded;
      const pairs = new Uint32Array(PAIR_BITS >>> 5);
      for (let i = 1; i < text.length; i++) {
        const bit = pairBit(text.charCodeAt(i - 1), text.charCodeAt(i));
        (pairs[bit >>> 5] as number) |= 1 << (bit & 31);
      }
      this.#pairs = pairs;
    }
    for (let i = 1; i < key.length; i++) {
      const bit = pairBit(key.charCodeAt(i - 1), key.charCodeAt(i));
      if (((this.#pairs[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  #countOther(phrase: Phrase): number {
    if (phrase.kind === 'capitals') return this.capitals.get(phrase.key) ?? 0;
    if (phrase.kind === 'exact') {
      let n = 0;
      for (const i of this.positions.get(phrase.parts[0] ?? '') ?? []) if (this.list[i]?.text === phrase.key) n++;
      return n;
    }
    this.#unspaced ??= isUnspaced(this.text);
    if (!this.#unspaced || !this.#mayContain(phrase.key)) return 0;
    let n = 0;
    for (let at = this.folded.indexOf(phrase.key); at >= 0; at = this.folded.indexOf(phrase.key, at + 1)) n++;
    return n;
  }
}

/** Bits of `PhraseCounts.#mayContain`'s table (8 KiB). */
const PAIR_BITS = 1 << 16;

/** The bit of a pair of UTF-16 units in that table. */
function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}

/**
 * A lexicon entry made comparable with `PhraseCounts`:
 * - `capitals`: written in capitals in the lexicon ("AI", "KI"): matched case-sensitively, as a whole word
 *   (French «j’ai» is not AI; Portuguese «ia» is not IA);
 * - `words`: whole words, accent- and case-insensitively ("open source" also matches «open-source»);
 * - `exact`: one word written `=Name` in the lexicon, matched only as written («=Vite» is not French «vite»);
 * - `substring`: unspaced scripts (人工知能, 보안), where words have no spaces around them.
 */
export interface Phrase {
  kind: 'capitals' | 'exact' | 'words' | 'substring';
  key: string;
  /** The folded words of a `words` phrase; the folded word of an `exact` one. */
  parts: string[];
  /**
   * Per word of a `words` phrase, whether the lexicon writes it without accents: such a word does not match a word
   * the text writes with one. Folding forgives a missing accent («securite» for «sécurité»), not an added one:
   * German «Über» is not #Uber. Absent when no word of the phrase is plain Latin, Greek or Cyrillic.
   */
  plain?: boolean[];
  /** `probe` of the first word of a `words` phrase, worked out when compiled (see `PhraseCounts.mayHave`). */
  probe?: number;
}

/**
 * A lexicon of many entries, each a list of phrases (the emoji topics, the followed tags), made to be counted in a
 * text all at once (`PhraseCounts.countEntries`): its `words` phrases by the key of their first word (as `count`
 * looks a phrase up), its other phrases apart. Counted phrase by phrase, the emoji topics alone cost some 10,000
 * look-ups an article (each of their phrases in the title, the lead, the body, the tags and the main hashtag).
 */
export class LexiconIndex {
  readonly byFirstWord = new Map<string, Array<{ entry: number; phrase: Phrase }>>();
  /** The phrases of the other kinds, by kind: most texts have no word in capitals and no unspaced script. */
  readonly capitals: Array<{ entry: number; phrase: Phrase }> = [];
  readonly exact: Array<{ entry: number; phrase: Phrase }> = [];
  readonly substrings: Array<{ entry: number; phrase: Phrase }> = [];
  /** Phrases in all. */
  readonly size: number;
  /** The `probe`s of the phrases' first words (see `mayStart`). */
  readonly #firstWords = new ProbeSet();

  constructor(readonly entries: ReadonlyArray<readonly Phrase[]>) {
    let size = 0;
    entries.forEach((phrases, entry) => {
      size += phrases.length;
      for (const phrase of phrases) {
        if (phrase.kind !== 'words') {
          const list =
            phrase.kind === 'capitals' ? this.capitals : phrase.kind === 'exact' ? this.exact : this.substrings;
          list.push({ entry, phrase });
          continue;
        }
        const first = phrase.parts[0] ?? '';
        const same = this.byFirstWord.get(first);
        if (same === undefined) {
          this.byFirstWord.set(first, [{ entry, phrase }]);
          this.#firstWords.add(first);
        } else same.push({ entry, phrase });
      }
    });
    this.size = size;
  }

  /** False when no phrase of the index opens on a word of this `probe`; true when one may. */
  mayStart(p: number): boolean {
    return this.#firstWords.mayHave(p);
  }
}

/** Bits of a `ProbeSet` (8 KiB: a few thousand keys leave most bits clear). */
const PROBE_SET_BITS = 1 << 16;

/**
 * A bit per `probe` of a set of keys (a lexicon's first words, a stop list): most words of a text are in neither, and
 * a bit says so before a look-up in a large `Map` or `Set`, which hashes and compares the key and misses the cache.
 */
export class ProbeSet {
  readonly #bits: Uint32Array;
  readonly #mask: number;

  /** `bits`: a power of two, 32 at least (a text's own words want fewer than a lexicon's). */
  constructor(keys: Iterable<string> = [], bits = PROBE_SET_BITS) {
    this.#bits = new Uint32Array(bits >>> 5);
    this.#mask = bits - 1;
    for (const key of keys) this.add(key);
  }

  add(key: string): void {
    this.mark(probe(key));
  }

  /** Adds a key by its `probe`, worked out already. */
  mark(p: number): void {
    const bit = p & this.#mask;
    (this.#bits[bit >>> 5] as number) |= 1 << (bit & 31);
  }

  /** False when no key of the set has this `probe`; true when one may. */
  mayHave(p: number): boolean {
    const bit = p & this.#mask;
    return ((this.#bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}

/** The `ProbeSet` of each set asked, made once. */
const probeSets = new WeakMap<ReadonlySet<string>, ProbeSet>();

/** The `ProbeSet` of a set of keys that lives as long as the process (`stopwords`' lists). */
export function probesOf(keys: ReadonlySet<string>): ProbeSet {
  let set = probeSets.get(keys);
  if (set === undefined) {
    set = new ProbeSet(keys);
    probeSets.set(keys, set);
  }
  return set;
}

/**
 * A cheap hash of a word key, from its length and its first, middle and last UTF-16 units: keys that differ there
 * (most) fall on different bits of `PhraseCounts.mayHave` and `LexiconIndex.mayStart`, and working it out costs no
 * loop over the key. (Without the middle unit, one word of five of an English body passed for a lexicon's first word:
 * «data», «does», «dome»…)
 */
export function probe(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return (
    (Math.imul(n, 0x9e3779b1) ^
      Math.imul(key.charCodeAt(0), 0x85ebca6b) ^
      Math.imul(key.charCodeAt(n - 1), 0xc2b2ae35) ^
      Math.imul(key.charCodeAt(n >>> 1), 0x27d4eb2f)) >>>
    7
  );
}

/** Words of 32 bits for a text of `n` words: about 16 bits a word, at least 256 bits, a power of two. */
function probeWords(n: number): number {
  let words = 8;
  while (words * 2 < n) words *= 2;
  return words;
}

// A letter of a cased script carrying a mark (after NFD): «Ü», «é», «й»; the dot of Turkish «İ» is no accent.
const ACCENTED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}](?!\u0307)\p{M}/u;
const ASCII_ONLY = /^[ -~\t\n\r]*$/;

/** The word carries an accent that folding drops (docs/teasers.md, "Hashtags"). */
function accented(word: string): boolean {
  return !ASCII_ONLY.test(word) && ACCENTED.test(word.normalize('NFD'));
}

/** The same of a word of a text: folding drops its accent, so a word its key spells as written has none. */
function accentedWord(w: Word): boolean {
  return w.text !== w.key && accented(w.text);
}

const ASCII_SMALL = /[a-z]/;

/**
 * Compiled phrases by entry: hashtags.ts compiles an article's keywords again for each question it asks of them,
 * and a phrase's accents are worth working out once. Bounded, since a worker composes article after article.
 */
const compiled = new Map<string, Phrase>();
const COMPILED_MAX = 20_000;

export function compilePhrase(entry: string): Phrase {
  let phrase = compiled.get(entry);
  if (phrase === undefined) {
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    phrase = compileOnce(entry);
    compiled.set(entry, phrase);
  }
  return phrase;
}

/**
 * A phrase of any kind with the same fields in the same order: `PhraseCounts.count` reads them on the thousands of
 * lexicon phrases an article is counted against, and phrases of several shapes turned those reads into hashed
 * look-ups (megamorphic property access). Build every Phrase here.
 */
export function phraseOf(
  kind: Phrase['kind'],
  key: string,
  parts: string[],
  plain?: boolean[],
  probe?: number,
): Phrase {
  return { kind, key, parts, plain, probe };
}

/** An unspaced run (CJK, Thai) searched as a substring of the folded text. */
export function substringPhrase(text: string): Phrase {
  return phraseOf('substring', fold(text), []);
}

function compileOnce(entry: string): Phrase {
  if (entry.startsWith('=') && entry.length > 1) return phraseOf('exact', entry.slice(1), [fold(entry.slice(1))]);
  if (isUnspaced(entry)) return substringPhrase(entry);
  const list = words(entry);
  if (list.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(entry)) return phraseOf('capitals', entry, []);
  const parts = list.map((w) => w.key);
  const plain = list.map(
    (w) => /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(w.text) && !accented(w.text),
  );
  return phraseOf('words', parts.join(' '), parts, plain.some(Boolean) ? plain : undefined, probe(parts[0] ?? ''));
}

const require = createRequire(import.meta.url);
const stopwordSets = new Map<string, ReadonlySet<string>>();

/**
 * stopwords-iso's list for the language (folded), loaded once per language; with English's too unless
 * `withEnglish` is false (technical French, Japanese or Spanish texts quote English phrases).
 */
export function stopwords(lang: string, withEnglish = true): ReadonlySet<string> {
  const base = baseLang(lang);
  const key = withEnglish ? base : `${base}:own`;
  let set = stopwordSets.get(key);
  if (set === undefined) {
    set = new Set([...stopwordList(base), ...(base === 'en' || !withEnglish ? [] : stopwordList('en'))].map(fold));
    stopwordSets.set(key, set);
  }
  return set;
}

let stopwordLines: string | null | undefined;

/**
 * One language's list, from the file `npm run build` writes beside this file (stopwords-data.ts), parsing that
 * line only; else (run from `src/`) from the package, all languages parsed.
 */
function stopwordList(lang: string): string[] {
  if (stopwordLines === undefined) {
    try {
      stopwordLines = `\n${readFileSync(new URL('./stopwords.lines', import.meta.url), 'utf8')}`;
    } catch {
      stopwordLines = null;
    }
  }
  if (stopwordLines === null) {
    const all = require('stopwords-iso') as Record<string, string[] | undefined>;
    return Object.hasOwn(all, lang) ? (all[lang] ?? []) : [];
  }
  const start = stopwordLines.indexOf(`\n${lang}\t`);
  if (start < 0) return [];
  const from = start + lang.length + 2;
  return JSON.parse(stopwordLines.slice(from, stopwordLines.indexOf('\n', from))) as string[];
}

/** Words of an unspaced run (CJK, Thai) by Intl.Segmenter: call it on short texts only (titles, leads). */
export function segmentWords(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of segmenter('word', lang).segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}
