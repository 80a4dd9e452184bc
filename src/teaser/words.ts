import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { segmenter } from '../text/segmenters.js';
import { baseLang, fold } from './text.js';

/**
 * Words and phrase counts, found without segmenting a whole article with Intl.Segmenter
 * (the expensive step, see docs/teasers.md): one regular expression splits words of spaced scripts and keeps
 * runs of unspaced scripts (Han, kana, Hangul, Thai) whole; those runs are searched as substrings.
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
const WORD = new RegExp(`[${UNSPACED}]+|(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}_])+`, 'gu');
const UNSPACED_CHAR = new RegExp(`[${UNSPACED}]`, 'u');
// What separates words of spaced scripts, captured: splitting on it gives the words and the gaps between them.
const SPACED_GAP = /([^\p{L}\p{M}\p{N}_]+)/u;
const SENTENCE_END_CHARS = new Set([...'.!?。！？…:;\n'].map((c) => c.charCodeAt(0)));

export function isUnspaced(text: string): boolean {
  return UNSPACED_CHAR.test(text);
}

/** Thai (U+0E00) is the first unspaced script: below it, no regular expression is needed. */
function startsUnspaced(word: string): boolean {
  return word.charCodeAt(0) >= 0x0e00 && UNSPACED_CHAR.test(word.charAt(0));
}

/** How a gap of one character links the words around it. */
function linkOf(gap: string): Link {
  if (gap.length !== 1) return 'break';
  const c = gap.charCodeAt(0);
  if (c === 0x20 || c === 0xa0) return 'space';
  if (c === 0x2d || c === 0x2011) return 'hyphen';
  if (c === 0x2e) return 'dot';
  if (c === 0x27 || c === 0x2019) return 'apostrophe';
  return 'break';
}

function endsSentence(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if (SENTENCE_END_CHARS.has(gap.charCodeAt(i))) return true;
  return false;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  const add = (word: string, gap: string) => {
    out.push({
      text: word,
      key: fold(word),
      link: out.length === 0 ? 'break' : linkOf(gap),
      sentenceStart: out.length === 0 || endsSentence(gap),
      unspaced: startsUnspaced(word),
    });
  };
  if (UNSPACED_CHAR.test(text)) {
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      add(m[0], text.slice(last, m.index));
      last = m.index + m[0].length;
    }
    return out;
  }
  // Words at even places, the gaps between them at odd places (an empty first or last piece is no word): a
  // split allocates no match object per word, and a long article has thousands of them.
  const pieces = text.split(SPACED_GAP);
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i] as string;
    if (word !== '') add(word, i === 0 ? '' : (pieces[i - 1] as string));
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
  #accentedKeys: Set<string> | undefined;
  #unspaced: boolean | undefined;

  constructor(
    readonly text: string,
    readonly list: Word[] = words(text),
  ) {
    for (let i = 0; i < list.length; i++) {
      const w = list[i] as Word;
      const at = this.positions.get(w.key);
      if (at === undefined) this.positions.set(w.key, [i]);
      else at.push(i);
      if (w.text.length <= 6 && w.text !== w.key && w.text === w.text.toUpperCase()) {
        this.capitals.set(w.text, (this.capitals.get(w.text) ?? 0) + 1);
      }
    }
  }

  has(key: string): boolean {
    return this.positions.has(key);
  }

  /** The keys of the words the text writes with an accent somewhere («uber» for «Über»); computed on first use. */
  get accentedKeys(): ReadonlySet<string> {
    if (this.#accentedKeys === undefined) {
      this.#accentedKeys = new Set();
      for (const w of this.list) if (accented(w.text)) this.#accentedKeys.add(w.key);
    }
    return this.#accentedKeys;
  }

  /** The folded text, for substring search in unspaced scripts; computed on first use. */
  get folded(): string {
    this.#folded ??= fold(this.text);
    return this.#folded;
  }

  /** Occurrences of a lexicon phrase (see `compilePhrase`). */
  count(phrase: Phrase): number {
    if (phrase.kind === 'capitals') return this.capitals.get(phrase.key) ?? 0;
    if (phrase.kind === 'exact') {
      let n = 0;
      for (const i of this.positions.get(phrase.parts[0] ?? '') ?? []) if (this.list[i]?.text === phrase.key) n++;
      return n;
    }
    if (phrase.kind === 'substring') {
      this.#unspaced ??= UNSPACED_CHAR.test(this.text);
      if (!this.#unspaced) return 0;
      let n = 0;
      for (let at = this.folded.indexOf(phrase.key); at >= 0; at = this.folded.indexOf(phrase.key, at + 1)) n++;
      return n;
    }
    const parts = phrase.parts;
    const starts = this.positions.get(parts[0] ?? '');
    if (starts === undefined) return 0;
    // Accents are looked at only for a word the text ever writes with one (few: most words match as before).
    const plain =
      phrase.plain !== undefined && phrase.parts.some((p) => this.accentedKeys.has(p)) ? phrase.plain : undefined;
    if (parts.length === 1 && plain === undefined) return starts.length;
    let n = 0;
    for (const i of starts) {
      if (plain?.[0] && accented(this.list[i]?.text ?? '')) continue;
      let j = 1;
      for (; j < parts.length; j++) {
        const w = this.list[i + j];
        if (w === undefined || w.link === 'break' || w.key !== parts[j]) break;
        if (plain?.[j] && accented(w.text)) break;
      }
      if (j === parts.length) n++;
    }
    return n;
  }
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
}

// A letter of a cased script carrying a mark (after NFD): «Ü», «é», «й»; the dot of Turkish «İ» is no accent.
const ACCENTED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}](?!\u0307)\p{M}/u;
const ASCII_ONLY = /^[ -~\t\n\r]*$/;

/** The word carries an accent that folding drops (docs/teasers.md, "Hashtags"). */
function accented(word: string): boolean {
  return !ASCII_ONLY.test(word) && ACCENTED.test(word.normalize('NFD'));
}

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

function compileOnce(entry: string): Phrase {
  if (entry.startsWith('=') && entry.length > 1)
    return { kind: 'exact', key: entry.slice(1), parts: [fold(entry.slice(1))] };
  if (isUnspaced(entry)) return { kind: 'substring', key: fold(entry), parts: [] };
  const list = words(entry);
  if (list.length === 1 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(entry)) return { kind: 'capitals', key: entry, parts: [] };
  const parts = list.map((w) => w.key);
  const plain = list.map(
    (w) => /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u.test(w.text) && !accented(w.text),
  );
  return { kind: 'words', key: parts.join(' '), parts, ...(plain.some(Boolean) ? { plain } : {}) };
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
