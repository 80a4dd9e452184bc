import { segmenter } from '../text/segmenters.js';
import { countryCode, countryName } from './flags.js';
import { type ArticleText, hits, type Keyword, weigh } from './keywords.js';
import { loadKnownTags } from './lexicon.js';
import { baseLang, fold, roughSize } from './text.js';
import { compilePhrase, isUnspaced, segmentWords, stopwords } from './words.js';

/**
 * Hashtags: the operator's tags first, then tags people follow (config/hashtags.json) that the article is
 * about, then its own keywords; CamelCase for several words, accents kept, valid on X, Bluesky and Mastodon.
 */

const TAG_CHARS = /^[\p{L}\p{M}\p{N}_]+$/u;
const LETTER = /\p{L}/u;

/**
 * Valid on all three platforms (docs/teasers.md, "Hashtags valid on all three platforms"): letters, marks, digits and "_" only (no inner "-", "." or "+",
 * which X and Mastodon would cut), at least one letter, at most 64 graphemes (Bluesky drops longer ones).
 */
export function isValidHashtag(name: string): boolean {
  if (!TAG_CHARS.test(name) || !LETTER.test(name)) return false;
  if (roughSize(name) <= 64) return true; // graphemes never outnumber code points
  let n = 0;
  for (const _ of segmenter('grapheme').segment(name)) if (++n > 64) return false;
  return true;
}

/** Case- and accent-insensitive identity of a tag: #Coopération, #cooperation and #COOPERATION are one. */
export function hashtagKey(name: string): string {
  return fold(name).replace(/_/g, '');
}

function capitalize(part: string): string {
  // A word that already has capitals keeps them (RubyGems, ReDoS, IA); others get one («sécurité» → Sécurité).
  if (/\p{Lu}/u.test(part)) return part;
  const [first = '', ...rest] = Array.from(part);
  return first.toUpperCase() + rest.join('');
}

/** A phrase as a hashtag name: «open-source» → OpenSource, «#Node» → Node; undefined when it cannot be valid. */
export function toHashtag(phrase: string): string | undefined {
  // A zero-width non-joiner inside a word (Persian «می‌خواهم») is part of its spelling: removing it runs the
  // word together, and Bluesky ends a tag at it. Such a word is no tag (docs/teasers.md, "Hashtags").
  if (/[\p{L}\p{M}]\u200C[\p{L}\p{M}]/u.test(phrase)) return undefined;
  const parts = phrase
    .replace(/^[#＃]+/u, '')
    .split(/[^\p{L}\p{M}\p{N}_]+/u)
    .filter(Boolean);
  // CamelCase needs case: in Arabic, Hebrew, Devanagari or CJK, words joined without it run together.
  if (parts.length > 1 && parts.some((part) => !/[\p{Lu}\p{Ll}]/u.test(part))) return undefined;
  const name = parts.length === 1 ? (parts[0] ?? '') : parts.map(capitalize).join('');
  const shown = parts.length === 1 ? capitalize(name) : name;
  return isValidHashtag(shown) ? shown : undefined;
}

/**
 * Words that are never a tag, whatever a site's taxonomy says (docs/teasers.md, "Hashtags"): nobody follows
 * #Welcome, #Version or #Publiek. The article language's stop words (stopwords-iso) are never tags either.
 */
const COMMON = new Set(
  [
    'welcome',
    'survey',
    'version',
    'versions',
    'update',
    'updates',
    'news',
    'blog',
    'blogs',
    'post',
    'posts',
    'article',
    'articles',
    'announcement',
    'announcements',
    'announce',
    'general',
    'misc',
    'uncategorized',
    'release',
    'releases',
    'notes',
    'note',
    'technical',
    'tech',
    'developer',
    'developers',
    'official',
    'press',
    'info',
    'information',
    'featured',
    'highlights',
    'story',
    'stories',
    'report',
    'reports',
    'event',
    'events',
    'community',
    'project',
    'projects',
    'team',
    'new',
    'api',
    'tutorial',
    'tutorials',
    'guide',
    'guides',
    'howto',
    'docs',
    'documentation',
    'site',
    'website',
    'page',
    'home',
    'default',
    'other',
    'others',
    'year',
    'today',
    'actualités',
    'actualite',
    'actu',
    'nouvelles',
    'général',
    'annonce',
    'annonces',
    'communiqué',
    'billet',
    'nouveautés',
    'enquête',
    'bienvenue',
    'projet',
    'équipe',
    'neuigkeiten',
    'nachrichten',
    'allgemein',
    'ankündigung',
    'aktuelles',
    'umfrage',
    'willkommen',
    'projekt',
    'noticias',
    'anuncio',
    'anuncios',
    'novedades',
    'versión',
    'encuesta',
    'bienvenido',
    'bienvenida',
    'proyecto',
    'notícias',
    'geral',
    'anúncio',
    'novidades',
    'versão',
    'pesquisa',
    'projeto',
    'notizie',
    'generale',
    'annunci',
    'novità',
    'versione',
    'progetto',
    'nieuws',
    'algemeen',
    'aankondiging',
    'publiek',
    'versie',
    'welkom',
    'teknik',
    'notlar',
    'haberler',
    'duyuru',
    'genel',
    'новости',
    'общее',
    'объявление',
    'версия',
    'обновление',
    'версии',
    'aktualności',
    'ogłoszenie',
    'wersja',
    '版本',
    '新闻',
    '公告',
    '发布',
    '更新',
    'お知らせ',
    'ニュース',
    'リリース',
    'バージョン',
    '뉴스',
    '공지',
    '릴리스',
    '버전',
    '업데이트',
    'اخبار',
    'نسخه',
    'أخبار',
  ].map(fold),
);

/** Prefixes of a site's taxonomy slugs (`country-eg`, `category/news`, `tag:rust`). */
const TAXONOMY_PREFIX =
  /^(?:country|countries|region|location|place|lang|language|category|categories|cat|tag|tags|topic|topics|type|section|series|kind)[-_:/]+(.+)$/iu;

/** A word nobody follows as a tag: a stop word of the language, a common word, or too short to mean anything. */
function isCommonWord(word: string, lang: string): boolean {
  const key = fold(word);
  return COMMON.has(key) || stopwords(lang).has(key) || (roughSize(key) < 2 && !isUnspaced(key));
}

/** The followed spelling of a known tag (config/hashtags.json) that `phrase` names, if any. */
function knownSpelling(phrase: string, lang: string): string | undefined {
  const key = compilePhrase(phrase).key;
  for (const known of loadKnownTags()) {
    if (known.phrases.some((p) => p.key === key || fold(p.key) === fold(key))) return known.spell(lang);
  }
  return undefined;
}

/** Occurrences of a phrase in the article (title and body). */
function occurrences(text: ArticleText, phrase: string): number {
  const compiled = compilePhrase(phrase);
  return text.title.count(compiled) + text.body.count(compiled);
}

/** An ALL-CAPS taxonomy word in the language's case («TEKNİK» → «Teknik»); acronyms (CVE, IA) are kept. */
function unshout(word: string, lang: string): string {
  if (roughSize(word) <= 4 || word !== word.toLocaleUpperCase(lang) || word === word.toLocaleLowerCase(lang))
    return word;
  const lower = word.toLocaleLowerCase(lang);
  return lower.charAt(0).toLocaleUpperCase(lang) + lower.slice(1);
}

/**
 * One word of a site's taxonomy as a tag: its followed spelling when known; never a common word; on a post
 * not in English, only a word the article itself uses, or an English country name the article writes in its
 * own language («Brazil» → #Brasil when a Portuguese article says «Brasil»), else nothing.
 */
function taxonomyWord(word: string, text: ArticleText, lang: string): string | undefined {
  const known = knownSpelling(word, lang);
  if (known !== undefined) return known;
  if (isCommonWord(word, lang)) return undefined;
  if (baseLang(lang) !== 'en' && occurrences(text, word) === 0) {
    const code = countryCode(word, 'en');
    const local = code === undefined ? undefined : countryName(code, lang);
    if (local !== undefined) return occurrences(text, local) > 0 ? toHashtag(local) : undefined;
    // A word in plain ASCII that the article never writes is the site's English taxonomy: not this post's word.
    if (/^[\x20-\x7e]+$/u.test(word)) return undefined;
  }
  return toHashtag(unshout(word, lang));
}

/**
 * An operator's or a site's tag as hashtags people follow: a known one in its followed spelling
 * («node.js» → NodeJS, «ia» → IA); a slug's prefix dropped (`country-eg` → the country's name in the
 * article's language); a multi-word string split into its words («hacktoberfest developers api opensource»)
 * unless the article writes it as one name («Smart City»).
 */
function tagsOf(tag: string, text: ArticleText, lang: string): string[] {
  let raw = tag.replace(/^[#＃]+/u, '').trim();
  const known = knownSpelling(raw, lang);
  if (known !== undefined) return [known];
  const slug = TAXONOMY_PREFIX.exec(raw);
  if (slug?.[1] !== undefined) {
    raw = slug[1];
    if (/^[a-z]{2}$/iu.test(raw)) {
      const name = countryName(raw.toUpperCase(), lang);
      const named = name === undefined ? undefined : toHashtag(name);
      return named === undefined ? [] : [named];
    }
  }
  const words = raw.split(/[\s\-_/,;|]+/u).filter(Boolean);
  if (words.length <= 1) {
    const one = taxonomyWord(raw, text, lang);
    return one === undefined ? [] : [one];
  }
  const phrase = words.join(' ');
  // A name of a few capitalised words («Software Peer Review», «Publiek Domeindag») or one the article writes
  // is one tag; a lowercase list of words («hacktoberfest developers api opensource») is several.
  const titled = words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && /\s/u.test(raw);
  const common = words.filter((w) => isCommonWord(w, lang)).length;
  if ((titled && common === 0) || (occurrences(text, phrase) > 0 && common < words.length)) {
    const whole = toHashtag(words.map((w) => unshout(w, lang)).join(' '));
    if (whole !== undefined) return [whole];
  }
  return words.map((w) => taxonomyWord(w, text, lang)).filter((t): t is string => t !== undefined);
}

/**
 * A keyword of the article's own needs this much evidence to be a tag (a title word seen about 4 times, a name
 * seen about 8 times): a tag less is better than «#Ship» or «#Version».
 */
const PLAIN_KEYWORD_MIN_SCORE = 5.5;

interface Candidate {
  name: string;
  score: number;
  /** Folded words the candidate stands for: a keyword inside a chosen known tag is not offered again. */
  covers: readonly string[];
}

export function pickHashtags(
  text: ArticleText,
  operatorTags: readonly string[],
  found: Keyword[],
  max: number,
  title = '',
): string[] {
  const lang = baseLang(text.lang);
  const chosen: string[] = [];
  const seen = new Set<string>();
  const covered = new Set<string>();
  const take = (name: string | undefined, covers: readonly string[] = []) => {
    if (name === undefined || chosen.length >= max) return;
    const key = hashtagKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    chosen.push(name);
    for (const c of covers) covered.add(c);
    covered.add(key);
  };
  for (const tag of operatorTags) for (const name of tagsOf(tag, text, text.lang)) take(name);

  const candidates: Candidate[] = [];
  for (const known of loadKnownTags()) {
    const name = known.spell(lang);
    if (name === undefined) continue;
    const score = weigh(hits(text, known.phrases), 2);
    // Tags people follow outrank the article's other keywords at equal evidence.
    if (score > 0) candidates.push({ name, score: score * 1.5 + 2, covers: known.words });
  }
  // A keyword that a followed tag stands for («open», «source» → OpenSource) is never a tag of its own.
  const claimed = new Set(candidates.flatMap((c) => c.covers));
  // Only named subjects become tags: a word that is merely frequent («característica», «impossible») is not one.
  for (const k of found) {
    if (!k.named || k.score < PLAIN_KEYWORD_MIN_SCORE) continue;
    if (k.display.split(/[\s-]+/u).some((w) => isCommonWord(w, text.lang))) continue;
    const name = toHashtag(k.display);
    if (name !== undefined && !claimed.has(k.key)) candidates.push({ name, score: k.score, covers: [k.key] });
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (c.covers.length === 1 && covered.has(c.covers[0] ?? '')) continue;
    take(c.name, c.covers);
  }
  if (chosen.length === 0 && max > 0) take(fallbackTag(text, found, title));
  return chosen;
}

/**
 * Every post gets a tag (docs/teasers.md, "Hashtags"): without a followed tag or a named subject, the article's
 * strongest keyword, else the longest content word of its title.
 */
function fallbackTag(text: ArticleText, found: readonly Keyword[], title: string): string | undefined {
  for (const k of found) {
    if (k.display.split(/[\s-]+/u).some((w) => isCommonWord(w, text.lang))) continue;
    const name = toHashtag(k.display);
    if (name !== undefined) return name;
  }
  const titleWords = isUnspaced(title)
    ? segmentWords(title, text.lang).filter((w) => roughSize(w) >= 2 && !/^[\p{Script=Hiragana}ー]+$/u.test(w))
    : title.split(/[^\p{L}\p{M}\p{N}_]+/u);
  const best = titleWords
    .filter((w) => /\p{L}/u.test(w) && !isCommonWord(w, text.lang) && (isUnspaced(w) || roughSize(w) >= 4))
    .sort((a, b) => roughSize(b) - roughSize(a) || (a < b ? -1 : 1))[0];
  return best === undefined ? undefined : toHashtag(unshout(best, text.lang));
}
