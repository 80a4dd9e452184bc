import { baseLang, fold } from '../../../teaser/text.js';
import { stopwords } from '../../../teaser/words.js';

/**
 * No invented facts: every number, date and proper name in the teaser appears in the article. Numbers are
 * compared as values («2 000», «2,000», «2000» and «２０００» are one; «3,5» and «3.5» are one), names as
 * words, case- and accent-insensitively. docs/ai-writer.md says what this does not catch.
 */

/** A number with thousands groups (space, no-break spaces, «,», «.», «'») and a decimal part, or plain digits. */
const NUMBER = /(?<![\p{N}])(?:\d{1,3}(?:[ \u00A0\u202F,.'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\p{N}])/gu;

function numberValue(raw: string): string {
  const grouped = /^\d{1,3}(?:[ \u00A0\u202F,.'’]\d{3})+(?:[.,]\d+)?$/u.test(raw);
  let digits = raw;
  if (grouped) {
    // The last separator is a decimal one when followed by other than three digits («1.234,5»).
    const decimal = /[.,](\d{1,2}|\d{4,})$/u.exec(raw);
    const whole = decimal ? raw.slice(0, decimal.index) : raw;
    digits = whole.replace(/[ \u00A0\u202F,.'’]/gu, '') + (decimal ? `.${decimal[1]}` : '');
  } else {
    digits = raw.replace(',', '.');
  }
  const value = Number(digits);
  return Number.isFinite(value) ? String(value) : digits;
}

export function numbersOf(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(NUMBER)].map((m) => numberValue(m[0]));
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /\p{Lu}/u;
/** Where a sentence starts: its first word is capitalised by grammar, not because it is a name. */
const SENTENCE_START = /(?:^|[.!?…:;。！？]\s*|["«“(]\s*)$/u;

/**
 * The proper names of a text: words with a capital. A sentence's first word is one too (an invented «Amazon
 * says…» must not pass) unless it is a stop word of the language («La», «The»): an editor's «Patch now:» passes
 * when the article says «patch». In German every noun has a capital: only words with a capital inside or a
 * digit count there.
 */
export function namesOf(text: string, lang: string): string[] {
  const german = baseLang(lang) === 'de';
  const stop = stopwords(lang);
  const names: string[] = [];
  for (const match of text.normalize('NFKC').matchAll(WORD)) {
    const word = match[0];
    if (!UPPER.test(word)) continue;
    const inner = UPPER.test(word.slice(1)) || /\p{N}/u.test(word);
    if (word.length === 1 && !inner) continue; // «I», «A»
    if (!inner && german) continue;
    if (!inner && SENTENCE_START.test(text.slice(0, match.index)) && stop.has(fold(word))) continue;
    names.push(word);
  }
  return names;
}

function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of fold(text.normalize('NFKC')).matchAll(/[\p{L}\p{M}\p{N}]+/gu)) words.add(match[0]);
  return words;
}

/** What the article knows, read once per article. */
export interface ArticleFacts {
  numbers: ReadonlySet<string>;
  words: ReadonlySet<string>;
}

export function articleFacts(text: string): ArticleFacts {
  return { numbers: new Set(numbersOf(text)), words: wordsOf(text) };
}

/** The numbers and names of `teaser` the article does not have (empty: nothing invented). */
export function inventedFacts(teaser: string, lang: string, article: ArticleFacts): string[] {
  const invented = numbersOf(teaser).filter((n) => !article.numbers.has(n));
  for (const name of namesOf(teaser, lang)) {
    const parts = fold(name).match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
    if (!parts.every((p) => article.words.has(p))) invented.push(name);
  }
  return [...new Set(invented)];
}
