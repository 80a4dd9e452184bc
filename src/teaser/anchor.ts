import { baseLang } from './text.js';
import { isUnspaced, stopwords, type Word, words } from './words.js';

/**
 * Whether a sentence from inside a paragraph can be shown without the sentence before it (docs/teasers.md,
 * "Composing the hook", "Sentences that lean without a word that says so"). The per-language lists of leaning.ts
 * catch the words that point back («However», «Ce projet», «그러고 나서»); on articles crier was never tuned on new
 * shapes kept slipping through («Certains points sont évidents…», «Niet als je het aan minister … vraagt»,
 * «The selection is done both at build-time…»). Two signs hold in every language of the set, read from Unicode
 * properties and the stop-word lists alone:
 * - the sentence **names nothing**: no name (a capital past its first word, an acronym, inner capitals, letters
 *   with digits; in a script without case, a Latin word), no number, and (the caller says) no word of the title nor
 *   of the article's keywords. What it speaks of («the selection», «certains points», «其它用户») was named before
 *   it; second or later in its paragraph, that is the sentence before;
 * - it **answers a question** the post does not show: the sentence before it asks, and it opens on three function
 *   words («Niet als je het…», «You're not alone.», «We know that our…»): an elliptical reply. A reply that
 *   opens on its subject («Open source software heeft voordelen…») stands.
 */

/** A name written as one: a capital past the first word (not German's nouns), acronym, inner capital, digits. */
const NAME_WORD = /^(?:\p{Lu}{2,}[\p{L}\p{N}]*|\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{L}*\p{N}[\p{L}\p{N}]*)$/u;
const CAPITALISED = /^\p{Lu}/u;
const LATIN = /\p{Script=Latin}/u;
/** A letter with case outside the Latin script (Cyrillic, Greek…): the sentence's own script has capitals. */
const CASED_NON_LATIN = /(?![\p{Script=Latin}])[\p{Lu}\p{Ll}]/u;
/** A term of code or a path, in lowercase as often as not: «.gitignore», «public/», «k8s.gcr.io», `npm`. */
const CODE_TERM = /[`_]|[\p{L}\p{N}][./][\p{L}\p{N}]|(?<![\p{L}\p{N}])\.\p{L}|\p{L}\/(?![\p{L}\p{N}])/u;
const ASKS = /[?？؟]["»”’)\]」』）]*\s*$/u;

/**
 * The sentence names something by its form alone: a name, a number, a term of code or a path. `list`: its words,
 * when the caller has them already (the hook splits every candidate once).
 */
export function namesSomething(sentence: string, lang: string, list: readonly Word[] = words(sentence)): boolean {
  if (CODE_TERM.test(sentence)) return true;
  // In unspaced scripts (CJK) and those without case (Arabic, Hebrew, Devanagari), a Latin word is a name or a
  // term of the trade («Meta를 위해…», «VS Code»).
  const noCase = caseless(sentence, lang);
  const capitals = baseLang(lang) !== 'de';
  for (const [i, w] of list.entries()) {
    if (NAME_WORD.test(w.text)) return true;
    if (w.unspaced) continue;
    if (noCase && LATIN.test(w.text)) return true;
    if (capitals && i > 0 && !w.sentenceStart && CAPITALISED.test(w.text)) return true;
  }
  return false;
}

/**
 * The sentence's script has no case (Arabic, Hebrew, Devanagari, CJK): its names do not show by their form. Read
 * from the article's language (CLDR's likely script) and from the sentence: a Latin language, or a cased letter
 * of another script (Cyrillic, Greek).
 */
function caseless(sentence: string, lang: string): boolean {
  return !CASED_NON_LATIN.test(sentence) && !casedScript(lang);
}
const CASED = /[\p{Lu}\p{Ll}]/u;

/** The scripts with capitals, by ISO 15924 code. */
const CASED_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek', 'Armn']);
const casedByTag = new Map<string, boolean>();

/** The language is written in a script with case, by CLDR's likely script for its tag; kept by tag. */
function casedScript(lang: string): boolean {
  let cased = casedByTag.get(lang);
  if (cased === undefined) {
    try {
      cased = CASED_SCRIPTS.has(new Intl.Locale(lang).maximize().script ?? '');
    } catch {
      cased = true;
    }
    if (casedByTag.size >= 1000) casedByTag.clear();
    casedByTag.set(lang, cased);
  }
  return cased;
}

/** How many of a sentence's first words an elliptical reply opens on: «Niet als je», «You're not alone». */
const REPLY_OPENING = 3;

/**
 * The sentence replies to the question before it: that one asks, and this one opens on function words of its
 * language (stopwords-iso's list, without English), naming nothing in its first words.
 */
export function answersQuestion(
  previous: string,
  sentence: string,
  lang: string,
  list: readonly Word[] = words(sentence),
): boolean {
  if (!ASKS.test(previous) || ASKS.test(sentence) || isUnspaced(sentence)) return false;
  const stop = stopwords(lang, false);
  if (stop.size === 0) return false;
  const opening = list.slice(0, REPLY_OPENING);
  return (
    opening.length === REPLY_OPENING && opening.every((w) => stop.has(w.key) && !NAME_WORD.test(w.text) && !w.unspaced)
  );
}

/**
 * A sentence second or later in its paragraph leans on the one before it (see above): it is shown only right
 * after it. `aboutSubject`: it shares a word with the title or the article's keywords.
 */
export function leansOnUnshown(
  sentence: string,
  previous: string,
  lang: string,
  aboutSubject: boolean,
  list: readonly Word[] = words(sentence),
): boolean {
  if (!aboutSubject && CASED.test(sentence) && !caseless(sentence, lang) && !namesSomething(sentence, lang, list))
    return true;
  return answersQuestion(previous, sentence, lang, list);
}
