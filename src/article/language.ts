/**
 * Language of an article: normalized BCP 47 tags, and detection from the text with eld when the
 * source does not say.
 *
 * eld's "extrasmall" n-gram database is used: it is the only size that keeps a worker well under
 * its 200 MB RSS budget (measured: extrasmall +29 MB heap / +59 MB RSS, small +46 MB / +152 MB RSS,
 * medium +61 MB / +197 MB RSS) and it is right on every corpus article and the seed. It is loaded on
 * the first detection only, so sources that name their language never pay for it.
 */

import { readFileSync } from 'node:fs';

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}

let detector: Promise<Detector> | undefined;

function loadDetector(): Promise<Detector> {
  detector ??= loadPrebuilt().then((built) => built ?? import('eld/extrasmall').then((module) => module.eld));
  return detector;
}

/**
 * The same database from the file that `npm run build` writes beside this file (eld-data.ts): its n-grams are
 * found by binary search in the file's bytes and parsed when eld first looks one up, instead of ~50,000 objects
 * built up front, which `crier preview` would wait for (and every compose thread would hold). The bytes stay a
 * Buffer: decoded, the 1 MB file (Cyrillic, Arabic, CJK n-grams) was a 2 MB string, with an index of its lines,
 * for the few hundred lines one detection reads.
 */
async function loadPrebuilt(): Promise<Detector | undefined> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(new URL('./eld-extrasmall.ngrams', import.meta.url));
  } catch {
    return undefined;
  }
  // eld's own constructor (eld/extrasmall calls the same one with the same data); its package exports no path to it.
  const { createEld } = (await import(new URL('../languageDetector.js', import.meta.resolve('eld')).href)) as {
    createEld(): { instance: Detector; loadData(data: unknown): void };
  };
  const { instance, loadData } = createEld();
  const header = bytes.indexOf(NEWLINE);
  loadData({ ...JSON.parse(bytes.toString('utf8', 0, header)), ngrams: lazyNgrams(bytes, header + 1) });
  return instance;
}

const NEWLINE = 0x0a;
const TAB = 0x09;
/** With the `u` flag, a surrogate in this range is one that is not half of a pair. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * eld reads its n-grams only as `ngrams[ngram]` (languageDetector.js): an object that parses each on demand. The
 * lines from `from` on are sorted by their key's UTF-8 bytes (eld-data.ts), so a key is found by halving the byte
 * range, each probe widened to its whole line.
 */
function lazyNgrams(bytes: Buffer, from: number): Record<string, unknown> {
  const find = (ngram: string): unknown => {
    // A lone surrogate has no UTF-8 form (it would be sought as U+FFFD); no key holds one.
    if (LONE_SURROGATE.test(ngram)) return undefined;
    const key = Buffer.from(ngram, 'utf8');
    let low = from; // always a line's start
    let high = bytes.length; // always a line's start, or the end
    while (low < high) {
      // The line holding the middle byte: at least `low`, since the byte before `low` ends a line.
      const start = bytes.lastIndexOf(NEWLINE, ((low + high) >>> 1) - 1) + 1;
      const end = bytes.indexOf(NEWLINE, start);
      const tab = bytes.indexOf(TAB, start);
      if (end < 0 || tab < 0 || tab > end) return undefined; // not a file eld-data.ts wrote: no n-gram, no loop
      const lineBefore = bytes.compare(key, 0, key.length, start, tab); // the line's key against the n-gram
      if (lineBefore === 0) return JSON.parse(bytes.toString('utf8', tab + 1, end));
      if (lineBefore < 0) low = end + 1;
      else high = start;
    }
    return undefined;
  };
  const parsed = new Map<string, unknown>();
  return new Proxy(
    {},
    {
      get(_, ngram) {
        if (typeof ngram !== 'string') return undefined;
        if (!parsed.has(ngram)) parsed.set(ngram, find(ngram));
        return parsed.get(ngram);
      },
    },
  );
}

/** How much text the detector reads: enough to be sure, little enough to stay fast. */
const SAMPLE_CHARS = 2000;

/** "zh_cn" → "zh-CN", "EN-us" → "en-US", "pt-br" → "pt-BR"; undefined for anything that is not a tag. */
export function normalizeLanguageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidate = value.trim().replace(/_/g, '-');
  if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(candidate)) return undefined;
  try {
    const [canonical] = Intl.getCanonicalLocales(candidate);
    return canonical;
  } catch {
    return undefined;
  }
}

// A few very common characters written differently in Simplified and Traditional Chinese.
const SIMPLIFIED = /[这个们说时会国来对发为过后经现还开与实问题长让维护贡献码档应该发布语言请决]/gu;
const TRADITIONAL = /[這個們說時會國來對發為過後經現還開與實問題長讓維護貢獻碼檔應該發佈語言請決]/gu;

/** eld answers "zh"; the script decides between zh-CN (Simplified) and zh-TW (Traditional). */
function chineseVariant(text: string): string {
  const simplified = text.match(SIMPLIFIED)?.length ?? 0;
  const traditional = text.match(TRADITIONAL)?.length ?? 0;
  return traditional > simplified ? 'zh-TW' : 'zh-CN';
}

// Words spelled differently in Indonesian and Malay («karena»/«kerana», «bahwa»/«bahawa», «saja»/«sahaja»),
// or used in one only («bisa», «kamu» / «boleh», «ialah»): eld's small model confuses the two.
const INDONESIAN = /\b(?:karena|bahwa|saja|bisa|uang|kamu|tidak bisa|sudah|dapat|silakan|terima kasih|kerentanan)\b/giu;
const MALAY = /\b(?:kerana|bahawa|sahaja|boleh|wang|ialah|anda boleh|sila|terima kasih kerana|kelemahan)\b/giu;

function malayOrIndonesian(text: string): string {
  const id = text.match(INDONESIAN)?.length ?? 0;
  const ms = text.match(MALAY)?.length ?? 0;
  return id > ms ? 'id' : 'ms';
}

/**
 * Scripts that one language alone writes among those crier meets: a text whose letters are largely in one of them
 * is in that language, whatever its opening says. A Korean README opens on an English table of contents and
 * headings (dev10: The Art of Command Line's Korean translation, 10,600 Hangul letters, was read as English from
 * its first 2,000 characters).
 */
const OWN_SCRIPT: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Georgian}/gu, 'ka'],
];
/** Share of the text's letters in one language's own script that makes it that language (Japanese mixes in Han). */
const OWN_SCRIPT_SHARE = 0.3;
/** How much text is counted for it: a long article's body, not only its opening. */
const SCRIPT_CHARS = 20_000;
const LETTER = /\p{L}/gu;

function ownScriptLanguage(text: string): string | undefined {
  const sample = text.slice(0, SCRIPT_CHARS);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return undefined;
  for (const [script, lang] of OWN_SCRIPT) {
    if ((sample.match(script)?.length ?? 0) >= OWN_SCRIPT_SHARE * letters) return lang;
  }
  return undefined;
}

/** Detects the language of `text`; undefined when the detector is not sure of anything. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim() === '') return undefined;
  const eld = await loadDetector();
  return languageFrom(eld.detect(sample).language, sample, text);
}

/** The detector's answer for `sample` (the start of `text`), as crier names languages. */
function languageFrom(detected: string, sample: string, text: string): string | undefined {
  const own = ownScriptLanguage(text);
  // The detector's answer stands where it is the script's language or a language of no such script.
  const language = own !== undefined && detected !== own ? own : detected;
  if (!language) return undefined;
  if (language === 'zh') return chineseVariant(sample);
  if (language === 'ms' || language === 'id') return malayOrIndonesian(sample);
  return normalizeLanguageTag(language);
}

/**
 * The language of a short text (a title, a heading) when eld is sure of it: its n-grams point to one language well
 * ahead of the next (eld's `isReliable`); undefined when it is not. `detectLanguage` always answers, which a text of
 * four words does not earn: «Vite 4.3 ist da!» and «Vite 4.3 is out!» are each told apart, «9.6» is not.
 */
export async function detectSureLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim() === '') return undefined;
  const eld = await loadDetector();
  const result = eld.detect(sample);
  return result.isReliable() ? languageFrom(result.language, sample, text) : undefined;
}
