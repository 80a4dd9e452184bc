import { cleanLine } from './clean-text.js';
import { detectSureLanguage } from './language.js';

/**
 * A translated page that keeps the original's front matter: «title: Announcing Vite 2.0» over a body that opens on
 * its own «# Ankündigung von Vite 2.0» (dev11, Vite's German site). The post then led in English on a German
 * article. The heading becomes the title, and leaves the body (it would be said twice), only when each of these holds:
 *
 * - it is a first-level heading opening the body (markdown.ts, `titleHeading`), never a paragraph: a thanks or a
 *   welcome line is no title. Not a `##` either: those that open a body under a title are sections («## Open
 *   Data», «## 简介», «## **重要变更介绍**» on dev), whatever their language;
 * - it is not the title's words again (Vite's Portuguese «# Anunciando a Vite 2.0», under the same title);
 * - eld is sure that it is in the article's language, and sure that the title is in another one: on a few words
 *   of Latin script it often cannot tell, and then the front matter's title stays;
 * - the title is in Latin letters only: the untranslated title is the original's, in English or another Latin-script
 *   language; a title in the article's own script with a name in it («逐步淘汰 Create React App») is eld's mistake.
 */
export async function titleInArticleLanguage(
  title: string,
  heading: string,
  body: string,
  lang: string,
): Promise<{ title: string; body: string }> {
  const own = cleanLine(heading);
  const [first = '', ...rest] = body.split('\n\n');
  const kept = { title, body };
  if (own === '' || first !== own || sameWords(title, own) || !LATIN_ONLY.test(title)) return kept;
  const base = baseOf(lang);
  const [titleLang, headingLang] = await Promise.all([detectSureLanguage(title), detectSureLanguage(own)]);
  if (titleLang === undefined || headingLang === undefined) return kept;
  if (baseOf(headingLang) !== base || baseOf(titleLang) === base) return kept;
  return { title: own, body: rest.join('\n\n') };
}

/** Letters in Latin script only (and at least one). */
const LATIN_ONLY = /^(?=.*\p{L})[^\p{L}]*(?:\p{Script=Latin}[^\p{L}]*)*$/u;

function baseOf(lang: string): string {
  return lang.split('-')[0]?.toLowerCase() ?? lang;
}

/** The same words, case and punctuation aside. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => (text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  return words(a) === words(b);
}
