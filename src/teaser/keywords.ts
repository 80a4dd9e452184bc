import { loadKnownTags } from './lexicon.js';
import { baseLang, fold } from './text.js';
import {
  compilePhrase,
  isUnspaced,
  type LexiconIndex,
  type Phrase,
  PhraseCounts,
  phraseOf,
  probe,
  probesOf,
  segmentWords,
  stopwords,
  substringPhrase,
  type Word,
} from './words.js';

/**
 * What an article talks about: counts of words and phrases in its title, its lead (first paragraphs) and
 * its body, and the keywords a reader would recognise as its subject (frequency, position, title words
 * weigh more, proper nouns a little more).
 */
export interface ArticleText {
  lang: string;
  title: PhraseCounts;
  lead: PhraseCounts;
  body: PhraseCounts;
  /** Where the body points elsewhere rather than saying something (docs/teasers.md, "Hashtags"). */
  references: References;
}

/** Where the body points elsewhere; its words are body words too. */
interface References {
  /** The addresses the body writes out and its citations (a parenthesis that gives an address): all pointers. */
  pointers: PhraseCounts;
  /**
   * The labels of the body's links, by the host they go to (folded; a relative link goes to the article's own): a
   * label's name is a pointer where the link goes to that name's site («Ley de Conway en Wikipedia» to wikipedia.org).
   */
  labels: ReadonlyArray<{ host: string; counts: PhraseCounts }>;
}

/** A link of the body (Article.links). */
interface Link {
  text: string;
  href?: string | undefined;
}

export function articleText(
  lang: string,
  title: string,
  lead: string,
  body: string,
  links: readonly Link[] = [],
  url?: string,
): ArticleText {
  return {
    lang,
    title: new PhraseCounts(title),
    lead: new PhraseCounts(lead),
    body: new PhraseCounts(body),
    references: references(body, links, url),
  };
}

/** A parenthesis that gives an address: a citation («(Diagram: Foobar628 at English Wikipedia, CC BY-SA 3.0, https://…)»). */
const CITATION = /\((?:[^()]|\([^()]*\))*?\b(?:https?:\/\/|www\.)(?:[^()]|\([^()]*\))*\)/giu;
/** An address written out: «https://github.com/coredns/coredns/pull/6195», «www.youtube.com/watch?v=…». */
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;

/** A wide gap between pieces of text counted together, so that no phrase runs from one to the next. */
const APART = ' ;\n';

/** The body's citations and the addresses it writes out elsewhere (each once), and its links' labels by host. */
function references(body: string, links: readonly Link[], url: string | undefined): References {
  const pointers: string[] = [];
  // Most bodies write no address: neither pattern has anything to find there.
  if (body.includes('://') || body.includes('www.')) {
    const rest = body.replace(CITATION, (citation) => {
      pointers.push(citation);
      return ' ';
    });
    for (const address of rest.match(ADDRESS) ?? []) pointers.push(address);
  }
  const byHost = new Map<string, string[]>();
  const own = url === undefined ? undefined : linkHost(url, undefined);
  for (const link of links) {
    const host = link.href === undefined ? undefined : linkHost(link.href, own);
    if (host === undefined) continue;
    const labels = byHost.get(host);
    if (labels === undefined) byHost.set(host, [link.text]);
    else labels.push(link.text);
  }
  return {
    pointers: new PhraseCounts(pointers.join(APART)),
    labels: [...byHost].map(([host, labels]) => ({ host, counts: new PhraseCounts(labels.join(APART)) })),
  };
}

/** An absolute address's host (or a scheme-relative one's: «//cdn.example.org/…»). */
const HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?([^/?#:]+)/iu;

/**
 * The folded host an address goes to: `own` for a relative one («notes.md», «#meta»: the article's own site), none
 * for one of another scheme («mailto:»). Read off the address rather than parsed: a page may have hundreds of links.
 */
function linkHost(href: string, own: string | undefined): string | undefined {
  const address = href.trim();
  const host = HOST.exec(address)?.[1];
  if (host !== undefined && host !== '') return fold(host);
  return /^[a-z][a-z0-9+.-]*:/iu.test(address) ? undefined : own;
}

export interface Hits {
  title: number;
  lead: number;
  body: number;
}

/** Occurrences of each entry's phrases in the title, the lead and the body, by entry (see `LexiconIndex`). */
export function lexiconHits(text: ArticleText, index: LexiconIndex): Hits[] {
  const title = text.title.countEntries(index);
  const lead = text.lead.countEntries(index);
  const body = text.body.countEntries(index);
  return title.map((n, i) => ({ title: n, lead: lead[i] ?? 0, body: body[i] ?? 0 }));
}

/**
 * One weight for title, lead and body hits: being in the title or the lead says "this is the subject" more than
 * being repeated; repetition counts with diminishing returns. 0 when the evidence is too thin.
 */
export function weigh(h: Hits, minBodyAlone: number): number {
  if (h.title + h.lead === 0 && h.body < minBodyAlone) return 0;
  return 3 * Math.min(h.title, 1) + 2 * Math.min(h.lead, 1) + Math.log2(1 + h.body);
}

export interface Keyword {
  key: string;
  /** The most frequent spelling in the text («Coopération», «RubyGems», «open-source»). */
  display: string;
  score: number;
  /** A title word, a name or a compound: a subject a reader would follow, not just a frequent word. */
  named: boolean;
  /**
   * Written as a name, not as a common word: inner capitals (WebSocket), an acronym (RCMP), letters and digits
   * (plumber2), or capitalised mid-sentence in a language whose common nouns are not (so not in German).
   * Only such a keyword can be a hashtag (docs/teasers.md, "Hashtags").
   */
  nameLike: boolean;
  /** In the title or the lead: what the piece is about, not a word its body happens to use. */
  prominent: boolean;
}

interface Tally {
  count: number;
  midCapitals: number;
  /** Spellings and their counts (most words have one: the map is then never allocated). */
  first: string;
  firstCount: number;
  others: Map<string, number> | undefined;
}

// Korean particles stay attached to the word (정부는, 취약점에는): drop the common ones.
const KOREAN_PARTICLE =
  /(?:에서는|에게는|으로는|에서|에게|으로|에는|까지|부터|처럼|보다|은|는|이|가|을|를|의|에|도|로|와|과|만)$/u;
// Word forms that are rarely a subject in English: verbs in -ed/-ing, adverbs in -ly.
const ENGLISH_NON_NOUN = /(?:ed|ing|ly)$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * The word has a letter: an ASCII letter first says so without HAS_LETTER, whose Unicode class costs a call out of
 * the pattern per character (asked of every word of the body).
 */
export function hasLetter(text: string): boolean {
  const lower = text.charCodeAt(0) | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || HAS_LETTER.test(text);
}

/** CAPITALISED, with an ASCII first letter read without the pattern (asked of most words of the body). */
export function capitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 0x80 ? first >= 0x41 && first <= 0x5a : CAPITALISED.test(text);
}
// English phrasal compounds keep their particle: «meet-up», «follow-up», «sign-in».
const PARTICLES = new Set(['up', 'in', 'out', 'on', 'off', 'down', 'over']);
/** A word that begins with a capital (whether that marks a name depends on the language: `capitalMarksName`). */
export const CAPITALISED = /^\p{Lu}/u;
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
// A capital right after a small letter: «WebSocket», «rOpenSci», «iOS»; not «Image-Registry».
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]+$/u;
const LETTERS_AND_DIGITS = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}]+$/u;
// A number with a lowercase suffix is a number, not a name: an ordinal or a unit («12th», «1er», «3e», «10x»).
const NUMBER_WITH_SUFFIX = /^\p{N}+\p{Ll}+$/u;
// Languages that capitalise every noun: a capital there says nothing about a name.
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de', 'lb']);
// Languages whose script has no case: a capitalised Latin word among their words is any English word quoted.
const CASELESS: ReadonlySet<string> = new Set([
  'ar',
  'fa',
  'ur',
  'he',
  'hi',
  'mr',
  'ne',
  'bn',
  'ta',
  'te',
  'ja',
  'zh',
  'ko',
  'th',
]);

/** A capital at the start of a word marks a name in this language (not in German, nor in Arabic text). */
export function capitalMarksName(lang: string): boolean {
  const base = baseLang(lang);
  return !NOUNS_CAPITALISED.has(base) && !CASELESS.has(base);
}

/** The language's script has no case (Arabic, Hindi, CJK…): a Latin word keeps its own capitals there. */
export function caselessScript(lang: string): boolean {
  return CASELESS.has(baseLang(lang));
}

/** A spelling that only a name has, whatever the language (see `Keyword.nameLike`). */
export function spelledAsName(form: string): boolean {
  return (
    INNER_CAPITAL.test(form) || ACRONYM.test(form) || (LETTERS_AND_DIGITS.test(form) && !NUMBER_WITH_SUFFIX.test(form))
  );
}

function keyOf(w: Word, lang: string): { key: string; text: string } | undefined {
  if (!hasLetter(w.text)) return undefined;
  if (lang === 'ko' && w.unspaced) {
    const stem = w.text.replace(KOREAN_PARTICLE, '');
    return stem.length >= 2 ? { key: stem, text: stem } : undefined;
  }
  if (w.unspaced) return undefined; // CJK runs are segmented on the title only, below
  return { key: w.key, text: w.text };
}

function acceptable(key: string, text: string, stop: ReadonlySet<string>, lang: string): boolean {
  if (stop.has(key)) return false;
  const acronym = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(text);
  if (!acronym && [...key].length < 3) return false;
  if (lang === 'en' && !acronym && ENGLISH_NON_NOUN.test(key)) return false;
  if (lang === 'fr' && /(?:ment|aient|ait)$/u.test(key)) return false;
  return true;
}

/** Keywords of spaced scripts from the body's words; for CJK, the title's words counted in the body. */
export function keywords(text: ArticleText, titleText: string): Keyword[] {
  const lang = baseLang(text.lang);
  const stop = stopwords(lang);
  const tallies = new Map<string, Tally>();
  const tally = (key: string, form: string, midCapital: boolean) => {
    let t = tallies.get(key);
    if (t === undefined) {
      t = { count: 0, midCapitals: 0, first: form, firstCount: 0, others: undefined };
      tallies.set(key, t);
    }
    t.count++;
    if (midCapital) t.midCapitals++;
    if (form === t.first) t.firstCount++;
    else {
      t.others ??= new Map();
      t.others.set(form, (t.others.get(form) ?? 0) + 1);
    }
  };
  const compounds = new Set<string>();
  const list = text.body.list;
  // Whether each word is a stop word, asked once per distinct key: a body has a few distinct words for every three,
  // and asking the long stop list for every word was about 1.5 % of composing an article.
  // (Most keys are no stop word: a bit of the list's `ProbeSet` says so before the look-up.)
  const stopAt = new Uint8Array(list.length);
  const stopProbes = probesOf(stop);
  text.body.positions.forEach((at, key) => {
    if (stopProbes.mayHave(probe(key)) && stop.has(key)) for (const i of at) stopAt[i] = 1;
  });
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as Word;
    if (stopAt[i] === 1) continue;
    const k = keyOf(w, lang);
    if (k === undefined) continue;
    // A capital joined by a dot to another («Pomáháme.Digital», «Socket.IO») opens a name wherever it stands.
    const next = list[i + 1];
    const dottedName = next?.link === 'dot' && capitalised(next.text);
    tally(k.key, k.text, (!w.sentenceStart || dottedName) && capitalised(k.text));
    // «open-source», «safety-critical», «Meet-up»: one subject, one CamelCase tag.
    if (next?.link === 'hyphen' && !next.unspaced && hasLetter(next.text)) {
      if ((stopAt[i + 1] === 1 && !PARTICLES.has(next.key)) || next.key.length < 2) continue;
      const key = `${k.key}-${next.key}`;
      compounds.add(key);
      tally(key, `${k.text}-${next.text}`, false);
    }
  }
  const out: Keyword[] = [];
  const claimed = new Set<string>();
  for (const pair of titlePairs(text, stop, lang)) {
    if (tallies.has(pair.key)) continue;
    for (const part of pair.key.split('-')) claimed.add(part);
    out.push(pair);
  }
  for (const [key, t] of tallies) {
    if (t.count < 2) continue;
    const form = t.first;
    const compound = compounds.has(key);
    if (!compound && !acceptable(key, form, stop, lang)) continue;
    const inTitle = (compound ? text.title.count(compilePhrase(form)) > 0 : text.title.has(key)) ? 1 : 0;
    const inLead = text.lead.has(key) ? 1 : 0;
    const proper = t.midCapitals / t.count > 0.6;
    // Evidence enough to be a subject: a repeated name or compound, a title word repeated in the body, or a
    // word the text keeps coming back to. Other words seen a few times are too often verbs or adjectives.
    const evident = (inTitle && t.count >= 2) || ((proper || compound) && t.count >= 3) || t.count >= 8;
    if (!evident) continue;
    if (compound) for (const part of key.split('-')) claimed.add(part);
    const display = displayForm(t);
    out.push({
      key,
      display,
      score: 3 * inTitle + inLead + Math.log2(1 + t.count) + (proper || compound ? 1 : 0),
      named: inTitle === 1 || proper || compound,
      nameLike:
        (spelledAsName(display) && !lowercaseToo(t, key, display)) || (proper && !compound && capitalMarksName(lang)),
      prominent: inTitle + inLead > 0,
    });
  }
  if (lang === 'ja' || lang === 'zh' || lang === 'th') {
    for (const word of new Set(segmentWords(titleText, text.lang))) {
      if (!isUnspaced(word) || [...word].length < 2 || KANA_ONLY.test(word) || stop.has(fold(word))) continue;
      const count = text.body.count(substringPhrase(word));
      // A title word of an unspaced script has no case to tell a name from a common word («ファイル», «备份»).
      if (count >= 3) {
        const display = word;
        out.push({
          key: fold(word),
          display,
          score: 3 + Math.log2(1 + count),
          named: true,
          nameLike: false,
          prominent: true,
        });
      }
    }
  }
  return out.filter((k) => !claimed.has(k.key)).sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}

/** Body occurrences a pair of title words needs to be one subject. */
const TITLE_PAIR_MIN_COUNT = 3;

/** The words of followed tags (config/hashtags.json), read once. */
let followedWords: ReadonlySet<string> | undefined;

/**
 * Two neighbouring title words that the body also writes side by side, again and again («Product Teams»,
 * «contact import»): one subject, one CamelCase tag (#ProductTeams) rather than two vague ones (#Product,
 * #Teams). Overlapping pairs go to the more frequent; a word of a followed tag (config/hashtags.json:
 * «Bug Bounty») is left to that tag.
 */
function titlePairs(text: ArticleText, stop: ReadonlySet<string>, lang: string): Keyword[] {
  followedWords ??= new Set(loadKnownTags().flatMap((t) => t.words));
  const followed = followedWords;
  const list = text.title.list;
  const pairs: Array<{ at: number; count: number; a: Word; b: Word; phrase: Phrase }> = [];
  for (let at = 0; at + 1 < list.length; at++) {
    const a = list[at] as Word;
    const b = list[at + 1] as Word;
    if (b.link !== 'space' || a.unspaced || b.unspaced || followed.has(a.key) || followed.has(b.key)) continue;
    if (!hasLetter(a.text) || !hasLetter(b.text)) continue;
    if (!acceptable(a.key, a.text, stop, lang) || !acceptable(b.key, b.text, stop, lang)) continue;
    const phrase = phraseOf('words', `${a.key} ${b.key}`, [a.key, b.key], undefined, probe(a.key));
    const count = text.body.count(phrase);
    if (count >= TITLE_PAIR_MIN_COUNT) pairs.push({ at, count, a, b, phrase });
  }
  pairs.sort((x, y) => y.count - x.count || x.at - y.at);
  const used = new Set<number>();
  const out: Keyword[] = [];
  for (const { at, count, a, b, phrase } of pairs) {
    if (used.has(at) || used.has(at + 1)) continue;
    used.add(at);
    used.add(at + 1);
    const inLead = text.lead.count(phrase) > 0 ? 1 : 0;
    out.push({
      key: `${a.key}-${b.key}`,
      display: `${a.text} ${b.text}`,
      score: 3 + inLead + Math.log2(1 + count) + 1,
      named: true,
      // Two title words written together are a subject («product teams»), not yet a name people follow.
      nameLike: false,
      prominent: true,
    });
  }
  return out;
}

/**
 * An acronym the article also writes in small letters, a third of the time or more: «ZIP files» beside «zip
 * files» is a common word set in capitals, not a name (#ZIP on delta.chat's «Replacing billionairish platforms
 * with ZIP files»); RCMP and SSRF are written only in capitals.
 */
function lowercaseToo(t: Tally, key: string, display: string): boolean {
  if (!ACRONYM.test(display)) return false;
  const lower = t.first === key ? t.firstCount : (t.others?.get(key) ?? 0);
  return lower * 3 >= t.count;
}

/**
 * How a keyword is shown: its most frequent spelling, unless a spelling with inner or all capitals
 * (URI, RubyGems) is used at least a third as often as that: the name keeps its capitals.
 */
function displayForm(t: Tally): string {
  const forms: [string, number][] = [[t.first, t.firstCount], ...(t.others ?? [])];
  let display = t.first;
  let best = 0;
  for (const [form, n] of forms) {
    if (n > best) {
      best = n;
      display = form;
    }
  }
  for (const [form, n] of forms) {
    if (n * 3 >= best && /^.+\p{Lu}/u.test(form) && !/^.+\p{Lu}/u.test(display)) return form;
  }
  return display;
}
