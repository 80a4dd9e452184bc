import { createRequire } from 'node:module';
import { baseLang } from './text.js';

/**
 * Words after which a sentence does not end, per language: CLDR's sentence-break suppressions
 * (`cldr-segments-full`, the data ICU itself can use but Node's `Intl.Segmenter` does not load), plus a short
 * list of our own for what CLDR lacks (titles and Latin abbreviations in every language, Dutch, Polish…).
 * See docs/teasers.md, "Text segmentation".
 */

/** The locales for which cldr-segments-full has suppressions (its `und` has none). */
const CLDR_LOCALES = new Set(['de', 'el', 'en', 'es', 'fi', 'fr', 'it', 'ja', 'pt', 'ru', 'sv', 'zh']);

/** Compared lowercased: titles and abbreviations seen across the evaluation set's languages. */
const OWN = [
  // Titles and forms of address.
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
  'dhr.',
  'mevr.',
  'ir.',
  'ing.',
  'mgr.',
  'hrsg.',
  // Latin and common abbreviations.
  'e.g.',
  'i.e.',
  'vs.',
  'cf.',
  'ex.',
  'approx.',
  'ca.',
  'fig.',
  'vol.',
  'nr.',
  'nº.',
  'art.',
  'p.',
  'pp.',
  'sig.',
  'v.',
  'n.',
  // German, Dutch, Scandinavian, Polish, Czech, Turkish, Indonesian.
  'z.',
  'b.',
  // «e. V.», a registered association (dev9: «Ein weiteres aufregendes Jahr im Datenanfragen.de e.» was cut there).
  'e.',
  'z.b.',
  'u.',
  'a.',
  'u.a.',
  'd.h.',
  'bzw.',
  'usw.',
  'ggf.',
  'inkl.',
  'evtl.',
  'sog.',
  'vgl.',
  'bijv.',
  'o.a.',
  'm.b.t.',
  'i.p.v.',
  'zgn.',
  'resp.',
  'enz.',
  'm.a.w.',
  'dvs.',
  'bl.a.',
  'f.eks.',
  'mv.',
  'osv.',
  'np.',
  'tzn.',
  'tj.',
  'itd.',
  'itp.',
  'ok.',
  'tzw.',
  'm.in.',
  'tys.',
  'mln.',
  'mld.',
  'např.',
  'tzv.',
  'atd.',
  'apod.',
  'vb.',
  'örn.',
  'yy.',
  'dll.',
  'dsb.',
  'tsb.',
  'sbg.',
  // Romance.
  'p.ex.',
  'éd.',
  'av.',
  'bd.',
  'nº',
  'núm.',
  'pág.',
  'aprox.',
  'ej.',
  'p.ej.',
  'ud.',
  'uds.',
  'sres.',
  'ecc.',
  'pag.',
  'sig.ra',
  'dott.',
  'ing.',
  'avv.',
  'arq.',
  'eng.',
  'exmo.',
  'gal.',
  'cia.',
  // Hindi: Latin letters spelled in Devanagari, each with its stop («डब्ल्यू .3 सी.» for W3C, «पी.डी.एफ.»); not
  // those that are also words which may end a sentence (ए, आई, के, जी, ओ).
  ...['बी', 'सी', 'डी', 'ई', 'एफ', 'एच', 'जे', 'एल', 'एम', 'एन', 'पी', 'क्यू', 'आर', 'एस', 'टी', 'यू', 'वी'].map(
    (letter) => `${letter}.`,
  ),
  ...['डब्ल्यू', 'एक्स', 'वाई', 'ज़ेड', 'जेड'].map((letter) => `${letter}.`),
  // «that is», written with a stop before what it introduces («…अर्थात्. (ISO 10646 या यूनिकोड), जिसका…»).
  'अर्थात्.',
];

const require = createRequire(import.meta.url);
const byLang = new Map<string, ReadonlySet<string>>();

interface Suppressions {
  segments: { segmentations: { SentenceBreak?: { standard?: Array<{ suppression: string }> } } };
}

function cldr(locale: string): string[] {
  const data = require(`cldr-segments-full/segments/${locale}/suppressions.json`) as Suppressions;
  return (data.segments.segmentations.SentenceBreak?.standard ?? []).map((s) => s.suppression);
}

/**
 * The language's abbreviations, each as written (CLDR is case-sensitive: «No.» is an abbreviation, «no.» ends
 * «Say no.») and, for our own list, lowercased.
 */
export function abbreviations(lang: string): ReadonlySet<string> {
  const base = baseLang(lang);
  let set = byLang.get(base);
  if (set === undefined) {
    set = new Set([...OWN, ...(CLDR_LOCALES.has(base) ? cldr(base) : [])]);
    byLang.set(base, set);
  }
  return set;
}
