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
  detect(text: string): { language: string };
}

let detector: Promise<Detector> | undefined;

function loadDetector(): Promise<Detector> {
  detector ??= loadPrebuilt().then((built) => built ?? import('eld/extrasmall').then((module) => module.eld));
  return detector;
}

/**
 * The same database from the file that `npm run build` writes beside this file (eld-data.ts): its n-grams are
 * found by binary search in the text and parsed when eld first looks one up, instead of ~50,000 objects built
 * up front, which `crier preview` would wait for (and every compose thread would hold).
 */
async function loadPrebuilt(): Promise<Detector | undefined> {
  let text: string;
  try {
    text = readFileSync(new URL('./eld-extrasmall.ngrams', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
  // eld's own constructor (eld/extrasmall calls the same one with the same data); its package exports no path to it.
  const { createEld } = (await import(new URL('../languageDetector.js', import.meta.resolve('eld')).href)) as {
    createEld(): { instance: Detector; loadData(data: unknown): void };
  };
  const { instance, loadData } = createEld();
  const header = text.indexOf('\n');
  loadData({ ...JSON.parse(text.slice(0, header)), ngrams: lazyNgrams(text, header + 1) });
  return instance;
}

/** eld reads its n-grams only as `ngrams[ngram]` (languageDetector.js): an object that parses each on demand. */
function lazyNgrams(text: string, from: number): Record<string, unknown> {
  const starts: number[] = [];
  for (let at = from; at < text.length; at = text.indexOf('\n', at) + 1) starts.push(at);
  const keyAt = (i: number): string => {
    const start = starts[i] as number;
    return text.slice(start, text.indexOf('\t', start));
  };
  const parsed = new Map<string, unknown>();
  const find = (ngram: string): unknown => {
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const key = keyAt(mid);
      if (key === ngram) {
        const start = (starts[mid] as number) + key.length + 1;
        return JSON.parse(text.slice(start, text.indexOf('\n', start)));
      }
      if (key < ngram) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  };
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

/** Detects the language of `text`; undefined when the detector is not sure of anything. */
export async function detectLanguage(text: string): Promise<string | undefined> {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (sample.trim() === '') return undefined;
  const eld = await loadDetector();
  const language = eld.detect(sample).language;
  if (!language) return undefined;
  if (language === 'zh') return chineseVariant(sample);
  if (language === 'ms' || language === 'id') return malayOrIndonesian(sample);
  return normalizeLanguageTag(language);
}
