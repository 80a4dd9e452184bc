import { readFileSync } from 'node:fs';

/**
 * Language names, to tell a page's language switcher («Čeština ∙ Deutsch ∙ English ∙ 한국어 ∙ 简体中文») from its
 * text. A translated README opens on such a line; read as text, it became the title and the hook of dev10's three
 * «The Art of Command Line» posts (docs/teasers.md, "Clean text"). The names are Intl.DisplayNames': each language of
 * LANGUAGE_CODES as itself (the autonyms such menus list) and in English («Korean», «Simplified Chinese»). A process's
 * first DisplayNames costs ICU's locale list (~45 ms for these): the build writes the names beside the built
 * language-names.js (language-names-data.ts), one a line; a run from `src/` (tests) asks Intl; a test compares both.
 */

/**
 * The languages a project's translations come in: ISO 639-1 languages with a sizeable written web, and the script
 * and regional forms menus name apart («简体中文», «繁體中文», «português (Brasil)»). Not the small languages whose
 * names are words of other ones.
 */
const LANGUAGE_CODES = (
  'af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka ' +
  'kk km kn ko ky lo lt lv mk ml mn mr ms my nb ne nl nn no pa pl ps pt ro ru si sk sl sq sr sv sw ta te th tk tl tr ' +
  'uk ur uz vi zh yue pt-BR pt-PT zh-Hans zh-Hant zh-CN zh-TW sr-Latn es-419 fr-CA en-US en-GB'
).split(' ');

/** Names menus write that Intl does not give: the Malay-world autonyms with «Bahasa», Taiwan's «正體中文». */
const OTHER_NAMES = ['bahasa indonesia', 'bahasa melayu', 'bahasa malaysia', '正體中文'];

/** Folded for lookup: lowercase, one space between words. */
function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The names of LANGUAGE_CODES' languages as themselves and in English, as Intl gives them now, folded and sorted.
 * Not in every other language: «Korea» and «Jepang» (Korean and Japanese, in Indonesian) would make a list of
 * countries a menu.
 */
export function languageNamesFromIntl(): string[] {
  const names = new Set(OTHER_NAMES);
  for (const languageDisplay of ['dialect', 'standard'] as const) {
    const english = displayNames('en', languageDisplay);
    for (const code of LANGUAGE_CODES) {
      for (const name of [displayNames(code, languageDisplay)?.of(code), english?.of(code)])
        if (name !== undefined) names.add(foldName(name));
    }
  }
  return [...names].sort();
}

function displayNames(locale: string, languageDisplay: 'dialect' | 'standard'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'language', languageDisplay, fallback: 'none' });
  } catch {
    return undefined;
  }
}

let names: Set<string> | undefined;

function languageNames(): Set<string> {
  if (names === undefined) {
    let list: string[];
    try {
      list = readFileSync(new URL('./language-names.lines', import.meta.url), 'utf8')
        .split('\n')
        .filter(Boolean);
    } catch {
      list = languageNamesFromIntl();
    }
    names = new Set(list);
  }
  return names;
}

/** Whether the text, whole, names a language («Deutsch», «polski», «繁體中文», «English»). */
export function isLanguageName(text: string): boolean {
  return languageNames().has(foldName(text));
}

/** Between the entries of a switcher: «∙», «·», «•», «|», «/», a comma, a spaced dash. */
const SEPARATOR = /\s*(?:[∙·•|｜/,，;、]|\s[-–—]\s)\s*/u;
/** Emoji that decorate a menu («🌍 », «🌐 Languages:»), not flags: a flag may be an entry. */
const DECORATION = /^(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\u{20E3}|\s)+/u;
/** The menu's own label, before a colon: «Translations:», «traducciones:», «Read this in other languages:». */
const LABEL = /^[^:：\n]{1,60}[:：]\s*/u;
const FLAG = /^(?:\p{Regional_Indicator}{2}|\u{1F3F4}[\u{E0061}-\u{E007A}]+\u{E007F})$/u;
/** A qualifier after a name: «português (Brasil)», «中文（简体）», «English (US)». */
const QUALIFIER = /\s*[(（][^()（）]{1,30}[)）]/gu;
/** Prose: a sentence's end inside the text. A menu has none. */
const SENTENCE_END = /[.!?。！？](?:\s|$)/u;
/** The longest name, in words («norsk bokmål», «bahasa indonesia», «chinese simplified»). */
const LONGEST_NAME = 3;

/**
 * Whether a paragraph is a language switcher: nothing but language names (or flags) separated by «∙», «|», «/»,
 * commas or spaces, at least two of them, maybe after an emoji («🌍») and a label ending in a colon («Translations:»,
 * «[traducciones](#translations): 🇧🇷 🇨🇳 🇫🇷…»). A row of flags alone is a switcher only under such a label: flags
 * without a word are a post's decoration too. One name alone («English», a heading) is not a menu.
 */
export function isLanguageSwitcher(text: string): boolean {
  if (text.length > 2000) return false;
  let rest = text.replace(DECORATION, '');
  const label = LABEL.exec(rest);
  if (label !== null) {
    if (label[0].split(/\s+/u).filter(Boolean).length > 6) return false;
    rest = rest.slice(label[0].length);
  }
  rest = rest.trim();
  if (rest === '' || SENTENCE_END.test(rest)) return false;
  let languages = 0;
  let flags = 0;
  for (const entry of rest.split(SEPARATOR)) {
    // Each entry: names and flags, a name of up to three words, maybe qualified in parentheses.
    const words = entry.replace(QUALIFIER, ' ').split(/\s+/u).filter(Boolean);
    if (words.length === 0) return false;
    let i = 0;
    while (i < words.length) {
      if (FLAG.test(words[i] ?? '')) {
        flags++;
        i++;
        continue;
      }
      let span = Math.min(LONGEST_NAME, words.length - i);
      while (span > 0 && !isLanguageName(words.slice(i, i + span).join(' '))) span--;
      if (span === 0) return false;
      languages++;
      i += span;
    }
  }
  return languages >= 2 || (label !== null && languages + flags >= 2);
}

/** The body (blocks separated by blank lines) without its language switchers. */
export function withoutLanguageSwitchers(body: string): string {
  if (!body.includes('\n\n')) return isLanguageSwitcher(body) ? '' : body;
  const blocks = body.split('\n\n');
  const kept = blocks.filter((block) => !isLanguageSwitcher(block));
  return kept.length === blocks.length ? body : kept.join('\n\n');
}
