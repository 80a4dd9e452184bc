import { allMatches } from '../text/matches.js';
import { displayNames } from './display-names.js';
import { type ArticleText, CAPITALISED } from './keywords.js';
import { baseLang, fold } from './text.js';
import { compilePhrase, type Phrase, PhraseCounts, stopwords } from './words.js';

/**
 * The country an article is about, from localized country names: i18n-iso-countries (which lacks
 * «États-Unis» and ja «中国») completed by Intl.DisplayNames. Only names count as evidence, never emoji already
 * in the source (the seed opens with 🇹🇳 on a piece about China).
 */

interface CountryName {
  code: string;
  phrase: Phrase;
  /** Written with a closing dot («U.S.»): the dot ends no sentence. */
  dotted: boolean;
}

/** Names that are also common words or first names: never a flag from them alone. */
const AMBIGUOUS = new Set(
  [
    'chad',
    'jordan',
    'georgia',
    'jersey',
    'guernsey',
    'man',
    'niger',
    'guinea',
    'turkey',
    'maurice',
    'dominique',
    'togo',
    'christmas',
    'norfolk',
    'cook',
    'salomon',
    'wallis',
    'saint-martin',
    'reunión',
    'réunion',
    'reunion',
    // Common words of the set's languages: Polish «mali» (small), Turkish «mısır» (corn), Russian «того» (of
    // that) and «чад» (fumes), Arabic «عمان» (also Amman), Spanish and Portuguese «Granada» (a city).
    'mali',
    'mısır',
    'того',
    'чад',
    'عمان',
    'granada',
    // Persian «مالی» (financial, «حمایت مالی»: financial support) is Mali's name in Persian.
    'مالی',
  ].map(fold),
);

const namesByLang = new Map<string, CountryName[]>();

function countryNames(lang: string): CountryName[] {
  const base = baseLang(lang);
  let names = namesByLang.get(base);
  if (names !== undefined) return names;
  names = [];
  for (const [code, all] of Object.entries(displayNames(lang).countries)) {
    for (const name of new Set(all)) {
      // Official long forms ("Korea, Republic of") never occur in prose.
      if (name === '' || name.includes(',') || name.includes('(') || AMBIGUOUS.has(fold(name))) continue;
      names.push({ code, phrase: compilePhrase(name), dotted: name.endsWith('.') });
    }
  }
  namesByLang.set(base, names);
  return names;
}

/** Regional-indicator letters: "CN" → 🇨🇳. */
export function flagOf(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** A country the lead names must be named this often in the whole body. */
const LEAD_AND_BODY = 3;

/**
 * The country the article is about: named in its title, or in its lead and again in the body (the title
 * decides between several), or clearly dominating its body (at least 4 mentions and twice any other country). Case matters for
 * alphabetic scripts: «Chine», not «chine».
 */
export function countryOf(text: ArticleText): string | undefined {
  const scores: { code: string; title: number; lead: number; body: number }[] = [];
  const stop = stopwords(text.lang);
  for (const { code, phrase, dotted } of countryNames(text.lang)) {
    const outside = (counts: PhraseCounts) => outsideNames(counts, phrase, dotted, stop);
    const inTitle = titleCased(text.title, phrase) ? text.title.count(phrase) : outside(text.title);
    const title = capitalizedCount(text.title.text, inTitle, phrase);
    const lead = capitalizedCount(text.lead.text, outside(text.lead), phrase);
    const body = title + lead > 0 || phrase.kind !== 'substring' ? outside(text.body) : 0;
    if (title + lead + body === 0) continue;
    const existing = scores.find((s) => s.code === code);
    if (existing === undefined) scores.push({ code, title, lead, body });
    else {
      existing.title += title;
      existing.lead += lead;
      existing.body += body;
    }
  }
  // Named in the lead only, it must come back in the body: a place named once in passing (where a co-author
  // works) is not what the piece is about.
  const named = scores
    .filter((s) => s.title > 0 || (s.lead > 0 && s.body >= LEAD_AND_BODY))
    .sort((a, b) => b.title - a.title || b.lead - a.lead || b.body - a.body || (a.code < b.code ? -1 : 1));
  if (named[0] !== undefined) return named[0].code;
  // In a script without case nothing marks a word of the body as a name: Persian «مالی» (financial) is Mali's
  // name. There the title or the lead must name the country too.
  const [first, second] = [...scores].sort((a, b) => b.body - a.body);
  if (first !== undefined && caseless(text) && first.title + first.lead === 0) return undefined;
  if (first !== undefined && first.body >= 4 && first.body >= 2 * (second?.body ?? 0)) {
    // Named only in asides, it says where each entry of a list is from, not what the piece is about (dev10: a
    // statement listing forty companies, «Abra (United States)», «BitPay (United States)», wore 🇺🇸, «irrelevant
    // emoji»). Recounted without the parentheses, only on this last path: the body is counted once more.
    const plain = new PhraseCounts(text.body.text.replace(ASIDE, ' '));
    const stop = stopwords(text.lang);
    let body = 0;
    for (const { code, phrase, dotted } of countryNames(text.lang))
      if (code === first.code) body += outsideNames(plain, phrase, dotted, stop);
    if (body >= 4 && body >= 2 * (second?.body ?? 0)) return first.code;
  }
  return undefined;
}
/** A parenthesis of a few words: «(United States)», «(Deutschland)». */
const ASIDE = /\([^()]{1,60}\)/gu;

/** The article is written in a script without case (Arabic, Persian, Hebrew, Devanagari, CJK…). */
function caseless(text: ArticleText): boolean {
  const letters = text.lead.text.match(/\p{L}/gu) ?? [];
  const cased = letters.filter((c) => /[\p{Lu}\p{Ll}]/u.test(c)).length;
  return letters.length > 0 && cased * 2 < letters.length;
}

/**
 * A title in Title Case («China Calls For Global AI Cooperation»): most of its longer words, the first and the
 * country's own aside, are capitalised. There a capital says nothing of a longer name; in «Vuoi lavorare per
 * Developers Italia?» it does.
 */
function titleCased(title: PhraseCounts, phrase: Phrase): boolean {
  if (phrase.kind === 'substring' || title.count(phrase) === 0) return false;
  const own = new Set(phrase.kind === 'words' ? phrase.parts : [fold(phrase.key)]);
  const long = title.list.filter((w, i) => i > 0 && w.text.length > 3 && /\p{L}/u.test(w.text) && !own.has(w.key));
  return long.length === 0 || long.filter((w) => CAPITALISED.test(w.text)).length * 2 > long.length;
}

/**
 * Occurrences of a country's name that are not part of an institution's name: «U.S. Department of…», «U.S.
 * General Services Administration», «Developers Italia» name a publisher or an agency, not the piece's subject
 * (🇺🇸 on a digital.gov event listing its federal panellists). The name is part of a longer one where a
 * capitalised word (not at a sentence's start) follows or precedes it in the same run of words. After «bahasa» it
 * is a language's (`BAHASA`).
 */
function outsideNames(counts: PhraseCounts, phrase: Phrase, dotted: boolean, stop: ReadonlySet<string>): number {
  if (phrase.kind === 'substring') return unspacedNames(counts, phrase);
  const n = counts.count(phrase);
  if (n === 0) return n;
  // «US» is matched in capitals (`capitals`), «U.S.» and «United States» word by word.
  const parts = phrase.kind === 'words' ? phrase.parts : [fold(phrase.key)];
  let inside = 0;
  for (const i of counts.positions.get(parts[0] ?? '') ?? []) {
    const first = counts.list[i];
    const before = counts.list[i - 1];
    const after = counts.list[i + parts.length];
    if (first === undefined || counts.list[i + parts.length - 1]?.key !== parts[parts.length - 1]) continue;
    if (phrase.kind !== 'words' && first.text !== phrase.key) continue;
    const joinedBefore = before !== undefined && !first.sentenceStart && first.link === 'space';
    // After «U.S.» the gap is «. »: a dot of the name, not a sentence's end (unless a stop word follows: «The»).
    const joinedAfter = after !== undefined && (after.link === 'space' || dotted) && (dotted || !after.sentenceStart);
    if (
      (before?.key === BAHASA && first.link === 'space') ||
      (joinedBefore && CAPITALISED.test(before.text) && !before.sentenceStart && !stop.has(before.key)) ||
      (joinedAfter && CAPITALISED.test(after.text) && !stop.has(after.key))
    )
      inside++;
  }
  return Math.max(0, n - inside);
}

/**
 * A language named after its country: Indonesian and Malay «bahasa Jepang» (Japanese), «bahasa Indonesia», Thai
 * «ภาษาไทย» open on the word for a language; Japanese «日本語», Chinese «西班牙语», Korean «일본어» end on it. The
 * language says what a page is written in, not what it is about (dev15: 🇯🇵 on the Svelte team's posts in
 * Japanese, whose translators' note says «日本語版», «日本語訳», «does nothing»). Other scripts name a language with
 * a word of its own («Japanese», «японский», «Deutsch»), which the whole words of a country's name never match.
 */
const BAHASA = 'bahasa';
const LANGUAGE_BEFORE = fold('ภาษา');
const LANGUAGE_AFTER = new Set(['語', '语', '어']);

/** A country's name written in katakana alone: «タイ», «チリ», «イラン». */
const KATAKANA_WORD = /^[\p{Script=Katakana}\u30FC]+$/u;
const KATAKANA = /[\p{Script=Katakana}\u30FC]/u;

/**
 * Occurrences of a name in an unspaced script that name the country: not its language's name («日本語», «タイ語»),
 * and for a name in katakana, not a part of a longer katakana word: «タイ» (Thailand) is in «リアルタイム» (real
 * time) and «チリ» (Chile) in «チリチリ». Japanese writes loanwords in one run of katakana, so a neighbour in katakana
 * makes it another word (dev12: 🇹🇭 on web.dev's Japanese WebRTC announcement, which says «リアルタイム» three
 * times, «irrelevant emoji (Thai flag)»).
 */
function unspacedNames(counts: PhraseCounts, phrase: Phrase): number {
  if (counts.count(phrase) === 0) return 0;
  const katakana = KATAKANA_WORD.test(phrase.key);
  const text = counts.folded;
  let n = 0;
  for (let at = text.indexOf(phrase.key); at >= 0; at = text.indexOf(phrase.key, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + phrase.key.length);
    if (katakana && (KATAKANA.test(before) || KATAKANA.test(after))) continue;
    if (LANGUAGE_AFTER.has(after) || text.endsWith(LANGUAGE_BEFORE, at)) continue;
    n++;
  }
  return n;
}

const LETTER_RUN = /[\p{L}\p{M}]+/gu;

/**
 * Occurrences that are written as a name (capitalized) in a text: `PhraseCounts` are case-insensitive, and
 * «la chine» (porcelain) or «maurice» are not countries. Unspaced scripts have no case.
 */
function capitalizedCount(text: string, count: number, phrase: Phrase): number {
  if (count === 0 || phrase.kind === 'substring') return count;
  const first = phrase.key.split(' ')[0] ?? '';
  for (const m of allMatches(LETTER_RUN, text)) {
    // A script without case (Arabic, Devanagari) has no capital to show a name: there the word counts as written.
    if (fold(m[0]) === first && (CAPITALISED.test(m[0]) || !/[\p{Lu}\p{Ll}]/u.test(m[0]))) return count;
  }
  return 0;
}

/** A country's name in a language (Intl.DisplayNames'), undefined when unknown. */
export function countryName(code: string, lang: string): string | undefined {
  return displayNames(lang).countries[code.toUpperCase()]?.[0] || undefined;
}

/** The ISO code of a country named in a language («Brazil», «Brasil»), when the name is one. */
export function countryCode(name: string, lang: string): string | undefined {
  const key = compilePhrase(name).key;
  return countryNames(lang).find((n) => n.phrase.key === key)?.code;
}
