import { detectLanguage } from '../../../article/language.js';
import { baseLang } from '../../../teaser/text.js';

/** Below this many letters the detector guesses: a short text is given the benefit of the doubt. */
const MIN_LETTERS = 24;

/**
 * The text is in the article's language, as the detector intake uses (eld, src/article/language.ts) tells.
 * Compared by primary subtag (pt-BR and pt are one). Undefined when it is; else the language found.
 */
export async function wrongLanguage(text: string, lang: string): Promise<string | undefined> {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const found = await detectLanguage(text);
  if (found === undefined || baseLang(found) === baseLang(lang)) return undefined;
  return found;
}
