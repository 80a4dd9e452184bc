import { displayNames } from './display-names.js';
import type { ArticleText } from './keywords.js';
import { baseLang, fold } from './text.js';
import { compilePhrase, type Phrase } from './words.js';

/**
 * The country an article is about, from localized country names: i18n-iso-countries (which lacks
 * «États-Unis» and ja «中国») completed by Intl.DisplayNames. Only names count as evidence, never emoji already
 * in the source (the seed opens with 🇹🇳 on a piece about China).
 */

interface CountryName {
  code: string;
  phrase: Phrase;
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
      names.push({ code, phrase: compilePhrase(name) });
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
  for (const { code, phrase } of countryNames(text.lang)) {
    const title = capitalizedCount(text.title.text, text.title.count(phrase), phrase);
    const lead = capitalizedCount(text.lead.text, text.lead.count(phrase), phrase);
    const body = title + lead > 0 || phrase.kind !== 'substring' ? text.body.count(phrase) : 0;
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
  const [first, second] = [...scores].sort((a, b) => b.body - a.body);
  if (first !== undefined && first.body >= 4 && first.body >= 2 * (second?.body ?? 0)) return first.code;
  return undefined;
}

/**
 * Occurrences that are written as a name (capitalized) in a text: `PhraseCounts` are case-insensitive, and
 * «la chine» (porcelain) or «maurice» are not countries. Unspaced scripts have no case.
 */
function capitalizedCount(text: string, count: number, phrase: Phrase): number {
  if (count === 0 || phrase.kind === 'substring') return count;
  const first = phrase.key.split(' ')[0] ?? '';
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    if (fold(m[0]) === first && /^\p{Lu}/u.test(m[0])) return count;
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
