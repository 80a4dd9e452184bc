import { segmenter } from '../text/segmenters.js';

/**
 * Sentences by Intl.Segmenter in the article's locale, repaired where ICU is known to cut wrong
 * (libraries.md §6): after abbreviations (`M.|Li`, `Dr.|Smith`, `z.|B.`), before a lowercase continuation
 * («Vraiment ?» dit-il), and Thai, which ICU does not split into sentences (Thai separates them by spaces).
 */

/** Abbreviations after which a sentence never ends: titles, «z. B.», «e.g.», «cf.», «p. ex.». */
const NEVER_ENDS = new Set([
  'm.',
  'mm.',
  'mme.',
  'mlle.',
  'mgr.',
  'me.',
  'dr.',
  'drs.',
  'mr.',
  'mrs.',
  'ms.',
  'prof.',
  'pr.',
  'st.',
  'ste.',
  'sr.',
  'sra.',
  'srta.',
  'dra.',
  'jr.',
  'hr.',
  'fr.',
  'z.',
  'b.',
  'e.g.',
  'i.e.',
  'vs.',
  'cf.',
  'ex.',
  'p.',
  'nr.',
  'no.',
  'n.',
  'art.',
  'vol.',
  'fig.',
  'ca.',
  'approx.',
  'd.h.',
  'u.a.',
  'v.',
  'sig.',
]);

const LAST_WORD = /(?:^|[\s(«“"'])([\p{L}.]+\.)\s*$/u;
const INITIAL = /(?:^|\s)\p{Lu}\.\s*$/u;
const STARTS_LOWERCASE = /^[\s«“"'(\u00A0\u202F]*\p{Ll}/u;
// ICU leaves a closing quote after «…final. »» on its own: it belongs to the sentence it closes.
const CLOSING_ONLY = /^[\s\u00A0\u202F]*[»”"’')\]」』）]+\s*$/u;
const LEADING_CLOSING = /^[\s\u00A0\u202F]*[»”’)\]」』）]+/u;
const THAI_SPACE = /(?<=\p{Script=Thai})\s+(?=\p{Script=Thai})/u;

function endsWithAbbreviation(segment: string): boolean {
  const word = LAST_WORD.exec(segment)?.[1];
  if (word !== undefined && NEVER_ENDS.has(word.toLowerCase())) return true;
  return INITIAL.test(segment);
}

export function splitSentences(text: string, lang: string): string[] {
  const merged: string[] = [];
  let current = '';
  for (const piece of segmenter('sentence', lang).segment(text)) {
    let segment = piece.segment;
    // ICU may also start the next sentence with the closing quote: «… final. » Voilà.» → move it back.
    const closing = current === '' ? null : LEADING_CLOSING.exec(segment);
    if (closing !== null) {
      current += `${closing[0]} `;
      segment = segment.slice(closing[0].length).trimStart();
      if (segment === '') continue;
    }
    if (
      current !== '' &&
      (endsWithAbbreviation(current) || STARTS_LOWERCASE.test(segment) || CLOSING_ONLY.test(segment))
    ) {
      current += segment;
      continue;
    }
    if (current.trim() !== '') merged.push(current);
    current = segment;
  }
  if (current.trim() !== '') merged.push(current);

  const out: string[] = [];
  for (const sentence of merged) {
    for (const part of THAI_SPACE.test(sentence) ? sentence.split(THAI_SPACE) : [sentence]) {
      const trimmed = part.trim();
      if (trimmed !== '') out.push(trimmed);
    }
  }
  return out;
}
