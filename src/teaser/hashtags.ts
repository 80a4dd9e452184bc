import { calendarList } from '../text/calendar-names.js';
import { segmenter } from '../text/segmenters.js';
import { auditedName } from './audit-result.js';
import { displayNames } from './display-names.js';
import { isDigest } from './emoji.js';
import { countryCode, countryName } from './flags.js';
import { forgeRepository, hostLabel, publisherHost, publisherLabel, undressedName } from './hosts.js';
import {
  type ArticleText,
  CAPITALISED,
  capitalMarksName,
  caselessScript,
  type Hits,
  type Keyword,
  lexiconHits,
  spelledAsName,
  weigh,
} from './keywords.js';
import { type KnownTag, loadKnownTags, publisherTag, siteTopic } from './lexicon.js';
import { baseLang, fold, roughSize } from './text.js';
import { pieceTone } from './tone.js';
import { MAJOR_VERSION, RELEASE_VERSION } from './versions.js';
import {
  compilePhrase,
  isUnspaced,
  LexiconIndex,
  type Phrase,
  PhraseCounts,
  segmentWords,
  stopwords,
  substringPhrase,
  type Word,
} from './words.js';

/**
 * Hashtags people follow (docs/teasers.md, "Hashtags"): the project the post is from, the site's tags that are
 * names, followed names (config/hashtags.json) the article is about, then names it writes in its title or
 * lead; never a common word; CamelCase for several words, accents kept, valid on X, Bluesky and Mastodon.
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
    // Words of a project's tracker and process, which the capitals of an acronym make look like names (#SIG, #PR).
    'bug',
    'bugs',
    'fix',
    'fixes',
    'patch',
    'patches',
    'changelog',
    'faq',
    // A release's stage is no subject (dev9: #Beta beside #Wails on «Wails v2 Beta for Windows», «meaningless»).
    'alpha',
    'beta',
    'rc',
    'ga',
    'lts',
    'nightly',
    'preview',
    'sig',
    'wg',
    'pr',
    'prs',
    'url',
    'urls',
    'sdk',
    'ide',
    'eol',
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
    // A site's sections, and the same words in the set's other languages.
    'engineering',
    'company',
    'culture',
    'opinion',
    'insights',
    'resources',
    'learning',
    'tips',
    'tools',
    'thoughts',
    'personal',
    'coding',
    // Kinds of post a site files under, as «news» and «blog» are: they say what the post is, not what it is about.
    'newsletter',
    'newsletters',
    'digest',
    'roundup',
    'recap',
    'weekly',
    'monthly',
    'interview',
    'interviews',
    'новини',
    'оновлення',
    'версія',
    'анонс',
    'блог',
    'berita',
    'pembaruan',
    'rilis',
    'versi',
    'pengumuman',
    'artikel',
    'wiadomości',
    'aktualizacja',
    'güncelleme',
    'sürüm',
    'חדשות',
    'עדכון',
    'גרסה',
    'הודעה',
    'בלוג',
    'समाचार',
    'अपडेट',
    'संस्करण',
    'घोषणा',
    'ब्लॉग',
    'تحديث',
    'إصدار',
    'إعلان',
    'مدونة',
    'مقال',
    'بروزرسانی',
    'اطلاعیه',
    'وبلاگ',
  ].map(fold),
);

/** Prefixes of a site's taxonomy slugs (`country-eg`, `category/news`, `tag:rust`). */
const TAXONOMY_PREFIX =
  /^(?:country|countries|region|location|place|lang|language|category|categories|cat|tag|tags|topic|topics|type|section|series|kind)[-_:/]+(.+)$/iu;

/** A quarter or a half written like a name: «Q3», «H1». */
const QUARTER_OR_HALF = /^[qh][1-4]$/u;

/**
 * Slavic languages write an adjective made from a place or a people in small letters («evropský», «český»,
 * «европейский», «український»), with a capital only as the first word of a name whose other words are small:
 * «Evropské komise» (the European Commission), «Česká republika», «Европейская комиссия». Such a capitalised
 * adjective is the opening of a longer name, never a name of its own (dev4: #Evropské on a Czech press release).
 * By its suffix, «-sk-»/«-ck-» and an adjective's ending (Czech and Slovak, Polish, Russian, Ukrainian and their
 * neighbours): a place's own name in those letters (Polish «Polska», Russian «Томска») ends otherwise or is a country.
 */
const SLAVIC: ReadonlySet<string> = new Set(['cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'ru', 'uk', 'be', 'bg', 'mk']);
const PROPER_ADJECTIVE =
  /(?:[sc]k|[šč]k)(?:ý|á|é|ého|ému|ém|ým|ých|ými|ie|iego|iej|iemu|ich|imi|ą)$|(?:ск|цк|зьк|ськ|цьк)(?:ий|ій|ая|яя|ое|ее|ие|ые|ого|ому|ой|ом|им|ім|их|іх|ими|іми|ую|ої|і|е)$/u;

/**
 * A word nobody follows as a tag: a stop word of the language, a common word, a month or a weekday (in the
 * article's language or English: «October», «Montag»), a quarter or a bare version («Q3», «v2»), or too short to
 * mean anything.
 */
function isCommonWord(word: string, lang: string): boolean {
  const key = fold(word);
  return (
    COMMON.has(key) ||
    (SLAVIC.has(baseLang(lang)) && PROPER_ADJECTIVE.test(word.toLowerCase())) ||
    stopwords(lang).has(key) ||
    (roughSize(key) < 2 && !isUnspaced(key)) ||
    QUARTER_OR_HALF.test(key) ||
    MAJOR_VERSION.test(key) ||
    calendarWords(lang).has(key)
  );
}

const calendarByLang = new Map<string, ReadonlySet<string>>();
/**
 * Month and weekday names of a language and of English (Intl.DateTimeFormat), folded. Long forms only: short
 * ones are names too often («Jan», «Sun»).
 */
function calendarWords(lang: string): ReadonlySet<string> {
  const base = baseLang(lang);
  const known = calendarByLang.get(base);
  if (known !== undefined) return known;
  const set = new Set<string>();
  for (const locale of new Set([base, 'en'])) {
    for (const list of ['months', 'weekdays'] as const) {
      for (const name of calendarList(locale, list) ?? []) set.add(fold(name));
    }
  }
  calendarByLang.set(base, set);
  return set;
}

/** The followed spelling of a known tag (config/hashtags.json) that `phrase` names, if any. */
function knownSpelling(phrase: string, lang: string): string | undefined {
  return knownByPhrase()
    .get(fold(compilePhrase(phrase).key))
    ?.spell(lang);
}

/**
 * A known tag as this article would write it: its language's own spelling (#人工智能, #오픈소스) where the article
 * uses that word, else the spelling people follow everywhere (#AI under «如何用 AI 和 Skills 降低维护成本»).
 */
function spelledHere(known: KnownTag, lang: string, text: ArticleText): string | undefined {
  const local = known.spell(lang);
  if (local === undefined || known.fallback === undefined || local === known.fallback) return local;
  // The tag's words as the article would write them: «DatosAbiertos» is «datos abiertos».
  const words = local.replace(/_/gu, ' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return occurrences(text, words) > 0 ? local : known.fallback;
}

/** Known tags by the folded key of each of their phrases (the first entry wins), built once. */
let byPhrase: Map<string, KnownTag> | undefined;
function knownByPhrase(): Map<string, KnownTag> {
  if (byPhrase === undefined) {
    byPhrase = new Map();
    for (const known of loadKnownTags()) {
      for (const p of known.phrases) if (!byPhrase.has(fold(p.key))) byPhrase.set(fold(p.key), known);
    }
  }
  return byPhrase;
}

/** The words of the followed tags used in a language, per language, built once. */
const claimedWords = new Map<string, ReadonlySet<string>>();
function claimedIn(lang: string): ReadonlySet<string> {
  let set = claimedWords.get(lang);
  if (set === undefined) {
    set = new Set(loadKnownTags().flatMap((k) => (k.spell(lang) === undefined ? [] : k.words)));
    claimedWords.set(lang, set);
  }
  return set;
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
 * How the article writes `word` when it writes it as a name (letters and digits, inner capitals, an acronym, or a capital where no sentence starts as often as not, in a language where that marks a name): «cio» → «CIO»,
 * «kiesraad» → «Kiesraad»; undefined when it writes it as a common word, or not at all.
 */
function articleSpelling(word: string, text: ArticleText, lang: string): string | undefined {
  const key = fold(word);
  const forms = new Map<string, number>();
  let plain = 0;
  let named = 0;
  for (const counts of [text.lead, text.body]) {
    for (const at of counts.positions.get(key) ?? []) {
      const w = counts.list[at];
      if (w === undefined) continue;
      if (spelledAsName(w.text)) forms.set(w.text, (forms.get(w.text) ?? 0) + 1);
      else if (w.sentenceStart || !/[\p{Lu}\p{Ll}]/u.test(w.text)) continue;
      else if (CAPITALISED.test(w.text) && capitalMarksName(lang)) {
        named++;
        forms.set(w.text, (forms.get(w.text) ?? 0) + 1);
      } else plain++;
    }
  }
  const spelled = [...forms].filter(([form]) => spelledAsName(form) || named >= plain);
  spelled.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return spelled[0]?.[0] ?? (spelledAsName(word) && occurrences(text, word) > 0 ? word : undefined);
}

/**
 * «İngilizce», «English», «Anglais»: a language's name is an adjective in the article, not a subject people follow.
 * In the article's language and in English, the language pages link to each other by (dev10: the Polish Art of
 * Command Line, whose title is its line of translations, «Čeština ∙ Deutsch ∙ … ∙ English ∙ …», had #English).
 */
const languageNames = new Map<string, ReadonlySet<string>>();
function isLanguageName(word: string, lang: string): boolean {
  let names = languageNames.get(lang);
  if (names === undefined) {
    names = new Set([...displayNames(lang).languages, ...displayNames('en').languages].map(fold));
    languageNames.set(lang, names);
  }
  return names.has(fold(word));
}

/**
 * One word of a site's taxonomy as a tag: its followed spelling when known; else only a word the article
 * itself writes as a name (#Kiesraad, #MetaDocencia), never a common word («showcase», «mentorship»,
 * «financiamiento»): a site files posts under words, people follow names. An English country name becomes
 * the article's own word («Brazil» → #Brasil when a Portuguese article says «Brasil»).
 */
function taxonomyWord(word: string, text: ArticleText, lang: string): string | undefined {
  const known = knownSpelling(word, lang);
  if (known !== undefined) return known;
  if (isCommonWord(word, lang)) return undefined;
  const code = countryCode(word, 'en') ?? countryCode(word, lang);
  if (code !== undefined) {
    const local = countryName(code, lang);
    return local !== undefined && occurrences(text, local) > 0 ? toHashtag(local) : undefined;
  }
  if (isLanguageName(word, baseLang(lang))) return undefined;
  const spelled = articleSpelling(word, text, baseLang(lang));
  // «public service» filed as a subject and written «Government Service Improvement Award»: a word of a longer name.
  if (spelled !== undefined && nameFragment(text, spelled, baseLang(lang))) return undefined;
  // A short word is a name only as an acronym («CIO»), not as «Dev» from «dev guide».
  if (spelled !== undefined && roughSize(spelled) < 4 && !spelledAsName(spelled)) return undefined;
  return spelled === undefined ? undefined : toHashtag(spelled);
}

/** Letters a site's tag needs to be a name by opening the title: «Go» or «Web» are no project's name by position. */
const OPENING_TAG_MIN_LETTERS = 4;

/**
 * The site's one-word tag that is the title's first word, where the title gives it a version («ragnar 0.3.0» filed
 * under «ragnar»: a brand in small letters, as «hexo 8.0.0») or the article never writes it in small letters
 * («Dragonfly Project Paper…» filed under «dragonfly», whose body writes the name once, opening a heading): there
 * `articleSpelling` finds no name-like use, yet the site and the title agree on what the piece is about. A word
 * the body writes small («Ecosystem 2023 Recap» filed under «ecosystem»: «the Electron ecosystem») is a common
 * word; a followed name or one spelled as only names are is the site's tags' own (`tagsOf`).
 */
function openingSiteTag(text: ArticleText, siteTags: readonly string[], lang: string): string | undefined {
  const first = text.title.list[0];
  if (first === undefined || first.unspaced || spelledAsName(first.text)) return undefined;
  const tag = siteTags.map(withoutHash).find((t) => fold(t) === first.key);
  if (tag === undefined || [...tag].length < OPENING_TAG_MIN_LETTERS || knownSpelling(tag, lang) !== undefined)
    return undefined;
  if (isCommonWord(tag, lang) || isLanguageName(tag, lang) || countryCode(tag, lang) !== undefined) return undefined;
  if (text.body.count(compilePhrase(tag)) === 0) return undefined;
  const small = [text.lead, text.body].some((counts) =>
    (counts.positions.get(first.key) ?? []).some((at) => {
      const w = counts.list[at];
      return w !== undefined && !w.sentenceStart && w.text === w.text.toLowerCase();
    }),
  );
  // Never small says nothing where no capital marks a name (a Latin word of Japanese text keeps its own: «Cookies
  // Having Independent State（CHIPS）…» filed under «cookies»).
  const name = versioned(text.title.text, first.key) || (!small && capitalMarksName(lang));
  return name ? toHashtag(first.text) : undefined;
}

/**
 * A site's tag as hashtags people follow: a known one in its followed spelling («node.js» → NodeJS,
 * «ia» → IA); a slug's prefix dropped (`country-eg` → the country's name in the article's language); a
 * multi-word string split into its words («hacktoberfest developers api opensource») unless the article
 * writes it as one name («Smart City»).
 */
/** A site's tag as its words: «#OpenData», «＃開源», « ia » → «OpenData», «開源», «ia». */
function withoutHash(tag: string): string {
  return tag.replace(/^[#＃]+/u, '').trim();
}

function tagsOf(tag: string, text: ArticleText, lang: string): string[] {
  let raw = withoutHash(tag);
  // A site that writes its tags as hashtags («OpenData», «CitizenScience») means the words: «open data».
  const known = knownSpelling(raw, lang) ?? knownSpelling(raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'), lang);
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
  // A name of a few capitalised words («Software Peer Review», «Publiek Domeindag») is one tag where the
  // article writes it, and never split into words («#Software #Peer»); a lowercase list of words is split.
  const phrase = words.join(' ');
  const titled = words.length <= 4 && words.every((w) => CAPITALISED.test(w)) && /\s/u.test(raw);
  if (titled) {
    if (!writesAsItsOwn(text, phrase) || words.some((w) => isCommonWord(w, lang))) return [];
    const whole = toHashtag(words.map((w) => unshout(w, lang)).join(' '));
    return whole === undefined ? [] : [whole];
  }
  return words.map((w) => taxonomyWord(w, text, lang)).filter((t): t is string => t !== undefined);
}

/**
 * The article writes a name of the site's as its own: in its title or its lead, or again and again. A Spanish post
 * filed under «Executive Council» writes «Consejo Ejecutivo», and the English name once, in the title of an
 * English page it links to: #ExecutiveCouncil is the site's word, not the post's («wrong-language hashtag»).
 */
function writesAsItsOwn(text: ArticleText, phrase: string): boolean {
  const compiled = compilePhrase(phrase);
  return text.title.count(compiled) + text.lead.count(compiled) > 0 || text.body.count(compiled) >= 2;
}

/**
 * A followed name mentioned only in the body is what the piece is about when the body keeps coming back to
 * it; once or twice (a link to GitHub, «Google» in a list of sponsors) is a passing mention, not a subject.
 */
const BODY_ONLY_MIN_HITS = 5;
/**
 * …and more than half as often as the piece's main subject: its most repeated followed name, or a subject its
 * title or lead names (Grafana 7 times in an interview naming Prometheus 20; #GraphQL, one example of six in a piece saying «API»
 * 26 times; #Redis, one of four things to back up, 7 times under a title whose «备份» the body says 16 times).
 */
const BODY_ONLY_SHARE = 0.5;
/**
 * …and at least this often for every thousand words of the body: a long reference text names many things five or
 * six times each, one item of many. The Art of Command Line (4,000–5,500 words) gives «Python», «Linux» and «macOS» 6
 * to 11 times, the hacker-laws translations (6,300 words) «Spotify» 8 times for one law of sixty (dev10: #Python,
 * #macOS, «meaningless hashtag»). On dev to dev9 no post changes: the rarest name tagged for the body alone comes back
 * 3 times a thousand words (GitHub in opensource.guide's Arabic «how to contribute»).
 */
const BODY_ONLY_PER_THOUSAND_WORDS = 2.5;
/** Tones of a piece about a person (tone.ts): its lead tells of their life, not of the piece's subjects. */
const ABOUT_A_PERSON: ReadonlySet<string> = new Set(['mourning', 'farewell']);
/** A topic people follow (#Security, #IA) fits the kind of piece with less: an advisory says «vulnerability» a few times. */
const TOPIC_BODY_MIN_HITS = 4;

/**
 * The piece is about a followed name: in its title or its address (…/ingress-nginx-retirement/, a site named
 * after it: nosgestesclimat.fr and #Climat); in its lead and
 * again further on, where the lead gives it more than half as often as its most named followed name (a single
 * mention in the opening of an obituary, «he worked at GitHub», is background; so is GitHub in the lead of a
 * post that names ESLint thrice), or the post's own sentences give it as often as any other; or all through its
 * body. A topic (a tag spelled per language: #Security, #IA) is a word any piece may use: beyond the title and
 * the address, it counts where the piece's tone is the topic (an advisory: #Security) or where the post's own
 * sentences say it too, with a mention in the lead and another further on, or a few in the body (#Security on a
 * «quiet month» release post whose body lists security fixes is a tag the post does not explain; the lead's one
 * «growing climate of intimidation» on Psiphon's Uganda election post is a word in passing: dev11, #Climate).
 */
function salient(h: Hits, topic: boolean, where: Salience): boolean {
  if (h.title > 0 || where.address) return true;
  if (topic) return where.tone || (where.posted > 0 && ((h.lead > 0 && h.body >= 2) || h.body >= TOPIC_BODY_MIN_HITS));
  if (h.lead > 0) return h.body >= 2 && (2 * h.lead > where.mostInLead || where.posted >= where.mostInPost);
  return (
    h.body >= BODY_ONLY_MIN_HITS &&
    h.body > BODY_ONLY_SHARE * where.mostInBody &&
    h.body * 1000 >= BODY_ONLY_PER_THOUSAND_WORDS * where.bodyWords
  );
}

interface Salience {
  /** The page's address names it. */
  address: boolean;
  /** The piece's tone (an advisory) is this topic. */
  tone: boolean;
  /** How often the post's own sentences name it. */
  posted: number;
  /** How often the post's own sentences name their most named followed name (a topic aside). */
  mostInPost: number;
  /** How often the lead names its most named followed name (a topic aside). */
  mostInLead: number;
  /** How often the body names the piece's main subject. */
  mostInBody: number;
  /** The body's length in words. */
  bodyWords: number;
}

/**
 * The words of a page's address (path only: the host is the publisher's, rule 1): «ingress nginx retirement».
 * A slug is written by the author to say what the page is about, as its title is.
 */
function addressWords(url: string | undefined): PhraseCounts {
  if (url === undefined) return new PhraseCounts('');
  try {
    const path = decodeURIComponent(new URL(url).pathname);
    return new PhraseCounts(path.replace(/\.[a-z]{2,5}$/iu, '').replace(/[/_.+-]+/gu, ' '));
  } catch {
    return new PhraseCounts('');
  }
}

/**
 * A name of the article's own needs this much evidence to be a tag (a title word seen about 4 times, a name
 * seen about 8 times).
 */
const PLAIN_KEYWORD_MIN_SCORE = 5.5;

/** From this many tags on, a tag must be named by the title (or be the site's own tag or the publisher). */
const THIRD_TAG_AT = 2;
/** The audited name is the article's where it writes it again past the title (a word of the title alone is not). */
const AUDITED_MIN_HITS = 2;

/**
 * How often the body says each subject the title or the lead names (a title word, a name, a compound), followed
 * or not: «备份» in «备份你的服务器», «API» in the lead of «API4:2023 Unrestricted Resource Consumption».
 */
function openingSubjects(text: ArticleText, found: readonly Keyword[]): number[] {
  return found
    .filter((k) => k.prominent && (k.named || k.nameLike))
    .map((k) => text.body.count(compilePhrase(k.display)));
}

/**
 * What the site filed the post under: its tags as text, and whether any of them names a subject rather than a
 * section (#News, #Community, #Blog say where the post sits, not what it is about).
 */
function filedUnder(siteTags: readonly string[], lang: string): { counts: PhraseCounts; subjects: boolean } {
  // Tags are labels, not prose: a wide gap between them, so that no phrase runs from one to the next.
  const counts = new PhraseCounts(siteTags.join(' ; '));
  const subjects = siteTags.some((tag) =>
    tag
      .replace(/^[#＃]+/u, '')
      .split(/[\s\-_/,;|:]+/u)
      .some((w) => /\p{L}/u.test(w) && !isCommonWord(w, lang)),
  );
  return { counts, subjects };
}

/** A name people follow: a known tag (config/hashtags.json) or a country. */
function isFollowed(name: string, lang: string): boolean {
  return knownSpelling(name, lang) !== undefined || countryCode(name, lang) !== undefined;
}

/**
 * The site's host name as its publisher chose it, folded (hosts.ts: `jimskapt.github.io` is jimskapt's, not
 * GitHub's); undefined without an address or with one that does not parse.
 */
function foldedHost(url: string | undefined): string | undefined {
  return publisherHost(url)?.name;
}

/** The site is named after it: metadocencia.org and #MetaDocencia. */
function hostNames(url: string | undefined, name: string): boolean {
  return (
    foldedHost(url)
      ?.replace(/[^a-z0-9]/gu, '')
      .includes(hashtagKey(name)) ?? false
  );
}

/**
 * A label of the site's host begins or ends with the name (nosgestesclimat.fr: #Climat), not merely holds it
 * (kubernetes.io holds «uber»). A dressed label is read without its dress (hosts.ts): preactjs.com is Preact's, and
 * «reactjs» ends it only by npm's «js» (dev15: #ReactJS on two Preact posts that name React once or twice).
 */
function hostBeginsOrEnds(url: string | undefined, name: string): boolean {
  const key = hashtagKey(name);
  if (key.length < 4) return false;
  const begunOrEnded = (label: string) => label.length > key.length && (label.startsWith(key) || label.endsWith(key));
  return (
    foldedHost(url)
      ?.split('.')
      .some((label) => {
        const bare = undressedName(label);
        return bare === undefined ? begunOrEnded(label) : bare === key || begunOrEnded(bare);
      }) ?? false
  );
}

/**
 * The followed name (not a topic) of a project's community in one language, as its host names it: a label of the
 * name, dressed or not (hosts.ts), a hyphen and a two-letter code of a language or a country («rust-kr»,
 * «rust-br», «rustlang-es»).
 */
function localCommunity(url: string | undefined): KnownTag | undefined {
  const labels = publisherHost(url)?.name.split('.') ?? [];
  for (const label of labels) {
    const [name = '', code, ...rest] = label.split('-');
    if (code === undefined || rest.length > 0 || !/^[a-z]{2}$/u.test(code)) continue;
    const keys = [name, undressedName(name)].filter((k): k is string => k !== undefined && k.length >= 4);
    const known = loadKnownTags().find((k) => !k.topic && k.phrases.some((p) => keys.includes(p.key)));
    if (known !== undefined) return known;
  }
  return undefined;
}

/**
 * The keys a site's host can spell its name with: each label and each run of labels («misskey-hub.net»:
 * misskeyhub; «delta.chat»: delta, deltachat), a hyphen's parts (misskey), a label's name without the words it is dressed in (biomejs.dev:
 * biome; fluxcd.io: flux; gohugo.io: hugo), never the top-level label alone
 * («chat», «app») nor a key under 4 letters. Each with its rank: a longer run of labels is the more specific
 * name (developers.italia.it is «Developers Italia», not #Italia), and a whole label outranks a hyphen's part.
 */
function hostKeys(url: string | undefined): Map<string, number> {
  const keys = new Map<string, number>();
  const host = publisherHost(url);
  const labels = host?.name.split('.') ?? [];
  if (labels[0] === 'www') labels.shift();
  // Under a hosting platform's domain no top-level label is left: every label is the publisher's.
  const top = host?.hosted === true ? 0 : 1;
  const add = (key: string, size: number) => {
    if (key.length >= 4 && /^[a-z0-9]+$/u.test(key) && (keys.get(key) ?? 0) < size) keys.set(key, size);
  };
  // A forge's repository goes by its whole name: a word of «the-art-of-command-line» («Command») is none; and a
  // name of a document's many words is no name either (titled).
  const repository = forgeRepository(url);
  if (repository !== undefined) {
    if (!titled(repository)) add(labels.join('').replace(/-/gu, ''), 2);
    return keys;
  }
  for (let i = 0; i < labels.length - top; i++) {
    for (const part of (labels[i] as string).split('-')) {
      add(part, 1);
      // The name without the word of its kind or the verb it is dressed in (hosts.ts): biomejs.dev is «Biome»,
      // fluxcd.io «Flux», gohugo.io «Hugo».
      const bare = undressedName(part);
      if (bare !== undefined) add(bare, 1);
    }
    for (let j = i + 1; j <= labels.length; j++) add(labels.slice(i, j).join('').replace(/-/gu, ''), j - i + 1);
  }
  return keys;
}

/**
 * The name the site goes by, where the article writes it as a name (docs/teasers.md, "Hashtags", rule 1): words
 * side by side that spell one of its host's keys, «Delta Chat» on delta.chat, «Organic Maps» on organicmaps.app,
 * «Misskey» on misskey-hub.net. Two capitalised words or a word spelled as only names are (inner capitals, an
 * acronym) say a name anywhere; one capitalised word says it where no sentence starts, in a language whose
 * capitals mark names, or as a Latin word in a script without case (Japanese «Misskeyを騙る…»), and only where
 * the article does not write it in small letters as often. Never the host written as an address («beta.gouv.fr»)
 * or inside a compound («Digital-First»), a common word, a country or a language («Italia»), nor a word the article
 * writes inside a longer name. The most specific key wins (developers.italia.it: «Developers Italia»). With how
 * often the title and the body write it.
 */
function siteName(
  text: ArticleText,
  url: string | undefined,
  lang: string,
  sources: readonly PhraseCounts[] = [text.title, text.body],
): { name: string; form: string; count: number } | undefined {
  const keys = hostKeys(url);
  if (keys.size === 0) return undefined;
  const caseless = caselessScript(lang);
  const standsAlone = (w: Word | undefined) => w === undefined || (w.link !== 'dot' && w.link !== 'hyphen');
  // Its words side by side or joined by a hyphen, as its host joins them: «F-Droid» on f-droid.org.
  const linked = (w: Word | undefined): w is Word => w?.link === 'space' || w?.link === 'hyphen';
  const arabic = ARABIC_SCRIPT.has(lang);
  // A title that writes the site's own address as a word («wallabag.it will fund…») names the site by it: there its
  // label is a name even in small letters, as a brand may write itself (dev13: wallabag.it's posts had #OpenSource,
  // #Kobo, #RSS and never #wallabag, «generic hashtag»).
  const host = publisherHost(url)?.name.replace(/^www\./u, '');
  const titledHost = host?.includes('.') === true && fold(text.title.text).includes(host);
  let best: { name: string; form: string; count: number; size: number } | undefined;
  for (const [key, size] of keys) {
    if (best !== undefined && best.size > size) continue;
    const forms = new Map<string, number>();
    let plain = 0;
    for (const counts of sources) {
      const list = counts.list;
      for (let p = 1; p <= key.length; p++) {
        for (const i of counts.positions.get(key.slice(0, p)) ?? []) {
          let joined = key.slice(0, p);
          let j = i;
          for (let next = list[j + 1]; joined.length < key.length && linked(next); next = list[j + 1]) {
            joined += next.key;
            j++;
          }
          const first = list[i] as Word;
          if (joined !== key || first.unspaced || !standsAlone(first) || !standsAlone(list[j + 1])) continue;
          const words = list.slice(i, j + 1);
          // The title gives the site's own name a version, in lowercase («hexo 8.0.0 Released» on hexo.io): a
          // product written so, where a common word of the title («Digital services…» on digital.gov) is none.
          // A title that is nothing but the name («💻📖 hacker-laws» on github.com/dwmkerr/hacker-laws) names it as
          // it is written.
          const asName =
            (counts === text.title && i === 0 && j === list.length - 1) ||
            (counts === text.title && words.length === 1 && first.key === key && versioned(text.title.text, key)) ||
            words.some((w) => spelledAsName(w.text)) ||
            (titledHost && words.length === 1 && first.key === key && key === hostLabel(url)) ||
            (words.every((w) => CAPITALISED.test(w.text)) &&
              (words.length > 1 || caseless || (!first.sentenceStart && capitalMarksName(lang))));
          if (asName) {
            const form = words.map((w, n) => (n === 0 ? '' : w.link === 'hyphen' ? '-' : ' ') + w.text).join('');
            forms.set(form, (forms.get(form) ?? 0) + 1);
          } else if (words.length === 1 && !first.sentenceStart && first.text === first.key) plain++;
        }
      }
      // Persian or Arabic text writes a Latin name in its own letters: «ویت‌پرس» is VitePress on vitepress.dev.
      if (arabic) for (const [form, n] of transliterations(list, key)) forms.set(form, (forms.get(form) ?? 0) + n);
    }
    const total = [...forms.values()].reduce((a, b) => a + b, 0);
    if (total === 0 || total < plain) continue;
    const [form = ''] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    // The host's own label is the site's name even where the article writes it before another capitalised word:
    // «Fronteers Conference» on fronteers.nl is Fronteers's (dev12: #Conference alone, «generic hashtag»).
    const label = !/[\s-]/u.test(form) && fold(form) === hostLabel(url);
    if (!/[\s-]/u.test(form) && (isCommonWord(form, lang) || (!label && nameFragment(text, form, lang)))) continue;
    if (countryCode(form, lang) !== undefined || isLanguageName(form, lang)) continue;
    const name = toHashtag(form);
    if (name === undefined) continue;
    if (best === undefined || size > best.size || total > best.count) best = { name, form, count: total, size };
  }
  return best ?? abbreviatedSiteName(text, url, lang);
}

/** `short`'s letters appear in `long` in order, from its first letter to its last («wz2100» in «warzone2100»). */
function holdsInOrder(short: string, long: string): boolean {
  if (long.length <= short.length || long[0] !== short[0] || long.at(-1) !== short.at(-1)) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** How often a name must be written to be the site's by an abbreviated host. */
const ABBREVIATED_MIN_HITS = 1;

/**
 * The name a host abbreviates (docs/teasers.md, "Hashtags", rule 1): wz2100.net is «Warzone 2100», which its articles
 * write, where no key of the host is written whole (dev14: #Internetseite, #OpenGL and never #Warzone2100). A
 * capitalised word, alone or with the capitalised word or number beside it, whose letters hold the host's own label
 * (`publisherLabel`: bremen.freifunk.net is Freifunk's, and «Bremerhaven» no name of it) in order from first to last,
 * written at least `ABBREVIATED_MIN_HITS` times; never a common word.
 */
function abbreviatedSiteName(
  text: ArticleText,
  url: string | undefined,
  lang: string,
): { name: string; form: string; count: number } | undefined {
  const label = publisherLabel(url) ?? '';
  if (!/^[a-z][a-z0-9]{3,}$/u.test(label)) return undefined;
  const forms = new Map<string, number>();
  const initial = label.charCodeAt(0);
  for (const counts of [text.title, text.body]) {
    const list = counts.list;
    list.forEach((w, i) => {
      // A name the host abbreviates opens on the host's letter: a word opening on another ASCII capital is none of
      // them, known before its forms are lowercased and stripped (every capitalised word of the body).
      const first = w.text.charCodeAt(0);
      if (first < 0x80 && (first | 0x20) !== initial) return;
      if (w.unspaced || !CAPITALISED.test(w.text)) return;
      const next = list[i + 1];
      const pair =
        next !== undefined && next.link === 'space' && (CAPITALISED.test(next.text) || /^\d+$/u.test(next.text));
      for (const form of pair ? [w.text, `${w.text} ${next.text}`] : [w.text]) {
        const key = form.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        if (!holdsInOrder(label, key)) continue;
        if (!form.includes(' ') && isCommonWord(form, lang)) continue;
        forms.set(form, (forms.get(form) ?? 0) + 1);
      }
    });
  }
  // A name's number runs into it as a tag: «Warzone 2100» is #Warzone2100 (a part without letters is no tag's part).
  const tagOf = (form: string) => toHashtag(form.replace(/ (\d+)$/u, '$1'));
  const byName = new Map<string, { form: string; count: number; best: number }>();
  for (const [form, n] of forms) {
    const name = tagOf(form);
    if (name === undefined) continue;
    const k = hashtagKey(name);
    const entry = byName.get(k) ?? { form, count: 0, best: 0 };
    entry.count += n;
    if (n > entry.best) Object.assign(entry, { form, best: n });
    byName.set(k, entry);
  }
  const [top] = [...byName.values()].sort((a, b) => b.count - a.count);
  if (top === undefined || top.count < ABBREVIATED_MIN_HITS) return undefined;
  const name = tagOf(top.form);
  return name === undefined ? undefined : { name, form: top.form, count: top.count };
}

/** A version number's first word: «1» of «1.11.0», «v0» of «v0.15.1». */
const VERSION_START = /^v?\d+$/u;

/**
 * The product whose release the title announces: a name the title gives a version, right after it or after a common
 * word («Kitex Release v0.15.1», «CoreDNS-1.11.0 Release», «Rocky Linux 10.1»), in its followed spelling where it
 * has one (docs/teasers.md, "Hashtags"). A name: written with a capital or as only names are, neither a common word
 * nor a language nor a country; of two words where the article writes them together too («Rocky Linux»), since
 * a title's opening word is no part of it («Announcing Flux 2.9»). A version has two numbers or more.
 */
function releasedProduct(text: ArticleText, lang: string): string | undefined {
  const list = text.title.list;
  for (let i = 1; i < list.length - 1; i++) {
    const w = list[i] as Word;
    const next = list[i + 1] as Word;
    if (!VERSION_START.test(w.text) || next.link !== 'dot' || !/^\d+$/u.test(next.text)) continue;
    if (w.link !== 'space' && w.link !== 'hyphen') continue;
    let at = i - 1;
    if (COMMON.has(list[at]?.key ?? '') && list[at]?.link === 'space') at--;
    const name = list[at];
    if (name === undefined || name.unspaced || !isProductName(name.text, lang)) continue;
    const before = list[at - 1];
    const pair = before === undefined ? undefined : `${before.text} ${name.text}`;
    const whole =
      pair !== undefined &&
      name.link === 'space' &&
      isProductName(before?.text ?? '', lang) &&
      [text.lead, text.body].some((counts) => counts.count(compilePhrase(pair)) > 0)
        ? pair
        : name.text;
    return knownSpelling(whole, lang) ?? toHashtag(whole);
  }
  return undefined;
}

/** A word a release's title may name its product with: a name, not a common word, a language or a country. */
function isProductName(word: string, lang: string): boolean {
  return (
    (CAPITALISED.test(word) || spelledAsName(word)) &&
    !/^\d/u.test(word) &&
    !isCommonWord(word, lang) &&
    !isLanguageName(word, lang) &&
    countryCode(word, lang) === undefined
  );
}

/** The text writes `key` with a version after it: «hexo 8.0.0», «quillmark v2.1». */
function versioned(text: string, key: string): boolean {
  const at = text.toLowerCase().indexOf(`${key} `);
  return at >= 0 && /^\s+v?\d+(?:\.\d+)+(?![\p{L}\p{N}])/u.test(text.slice(at + key.length));
}

/** Languages written in the Arabic script, whose letters spell a Latin name's consonants. */
const ARABIC_SCRIPT: ReadonlySet<string> = new Set(['fa', 'ar', 'ur', 'ps', 'ku']);

/**
 * The Latin consonants each letter of the Arabic script writes (Persian's too: پ, چ, ژ, گ); an empty string for a letter that may
 * be a vowel (ا, ع), skipped. و, ی and ه are a consonant or a vowel: they may be skipped too (`OPTIONAL`).
 * Latin consonants in a skeleton's classes: S for «sh», C for «ch», K for «kh», Z for «zh» (`latinSkeleton`).
 */
const ARABIC_LETTER: Readonly<Record<string, string>> = {
  ا: '',
  آ: '',
  أ: '',
  إ: '',
  ع: '',
  ء: '',
  ئ: '',
  ؤ: '',
  ی: '',
  ي: '',
  ى: '',
  و: 'v',
  ه: 'h',
  ة: 'h',
  ب: 'bp',
  پ: 'p',
  ت: 't',
  ط: 't',
  ث: 's',
  س: 's',
  ص: 's',
  ج: 'jg',
  چ: 'C',
  ح: 'h',
  خ: 'K',
  د: 'd',
  ذ: 'z',
  ز: 'z',
  ض: 'z',
  ظ: 'z',
  ژ: 'Z',
  ر: 'r',
  ش: 'S',
  غ: 'g',
  ف: 'fv',
  ق: 'k',
  ک: 'k',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
};
const OPTIONAL = new Set(['و', 'ه', 'ة']);

/** A Latin name's consonants, one class each, doubles once: «vitepress» → «vtprs», «github» → «gthb». */
function latinSkeleton(latin: string): string {
  return latin
    .toLowerCase()
    .replace(/x/gu, 'ks')
    .replace(/ph/gu, 'f')
    .replace(/sh/gu, 'S')
    .replace(/ch/gu, 'C')
    .replace(/kh/gu, 'K')
    .replace(/zh/gu, 'Z')
    .replace(/[gt]h/gu, (d) => d[0] as string)
    .replace(/ck|c|q/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/[aeiouy\d]/gu, '')
    .replace(/(.)\1+/gu, '$1');
}

/** A word of the Arabic script writes the consonants of a Latin skeleton, in order, and no others. */
function writesSkeleton(word: string, skeleton: string): boolean {
  const letters = [...word];
  const match = (i: number, j: number): boolean => {
    if (i === letters.length) return j === skeleton.length;
    const letter = letters[i] as string;
    const sounds = ARABIC_LETTER[letter];
    if (sounds === undefined) return false;
    if (sounds === '') return match(i + 1, j);
    if (OPTIONAL.has(letter) && match(i + 1, j)) return true;
    // A doubled consonant is written once in both: «press» → «پرس».
    return j < skeleton.length && sounds.includes(skeleton[j] as string) && match(i + 1, j + 1);
  };
  return match(0, 0);
}

/**
 * The host's name where an Arabic-script text writes it in its letters: a word, or two words that a zero-width
 * non-joiner holds together («ویت‌پرس»: «ویت» + «پرس», Vite + Press), each spelling the consonants of a part of
 * the host's key. The form is the key's, the parts capitalised (#VitePress). Three consonants at least: a shorter
 * skeleton is any word.
 */
function transliterations(list: readonly Word[], key: string): Map<string, number> {
  const found = new Map<string, number>();
  if (latinSkeleton(key).length < 3) return found;
  const script = (w: Word | undefined) => w !== undefined && /^\p{Script=Arabic}+$/u.test(w.text);
  const splits: Array<[string, string, string]> = [];
  for (let at = 2; at <= key.length - 2; at++) {
    const [a, b] = [key.slice(0, at), key.slice(at)];
    // The second part opens on a consonant, as a word the script writes without a leading vowel letter does.
    if (latinSkeleton(a) !== '' && /^[^aeiou]/u.test(b) && latinSkeleton(b) !== '')
      splits.push([latinSkeleton(a), latinSkeleton(b), capitalize(a) + capitalize(b)]);
  }
  const whole = latinSkeleton(key);
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as Word;
    if (!script(w)) continue;
    let form: string | undefined;
    if (writesSkeleton(w.text, whole)) form = capitalize(key);
    const next = list[i + 1];
    if (form === undefined && script(next) && next?.link === 'break') {
      form = splits.find(([a, b]) => writesSkeleton(w.text, a) && writesSkeleton(next.text, b))?.[2];
    }
    if (form !== undefined) found.set(form, (found.get(form) ?? 0) + 1);
  }
  return found;
}

/** Whether the title gives a name other than `form` that the article writes as a name (Kobo beside wallabag.it). */
function titleGivesName(text: ArticleText, found: readonly Keyword[], form: string, lang: string): boolean {
  return found.some(
    (k) =>
      k.nameLike &&
      inTitle(text, k) &&
      k.key !== fold(form) &&
      !isCommonWord(k.display, lang) &&
      !k.display.includes('.'),
  );
}

/** A keyword the title names (a compound or a pair by its phrase, a word by its key). */
function inTitle(text: ArticleText, k: Keyword): boolean {
  return text.title.has(k.key) || text.title.count(compilePhrase(k.display)) > 0;
}

interface Candidate {
  name: string;
  score: number;
  /** Named by the title: the only evidence that earns a third tag. */
  inTitle: boolean;
  /** Folded words the candidate stands for: a keyword inside a chosen known tag is not offered again. */
  covers: readonly string[];
  /** A name people follow (config/hashtags.json), not only one the article writes as a name. */
  followed: boolean;
}

/**
 * Hashtags people follow (docs/teasers.md, "Hashtags"), up to `max`: the followed name of the site the post
 * is from, the site's own tags that are names, followed names in the title or the lead (or all through the
 * body), then names the article writes as names in its title or lead. Never a common word; at least one.
 * `said`: the article's opening and the post's own sentences, which a tag the site's tags leave out must name;
 * `posted`: the post's own sentences alone, which a topic beyond the title must be named by, unless the piece's
 * tone (tone.ts) is that topic.
 */
export function pickHashtags(
  text: ArticleText,
  siteTags: readonly string[],
  found: Keyword[],
  max: number,
  title = '',
  url?: string,
  said = '',
  posted = said,
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
  // Every followed name the article mentions, with where.
  const knownHits = followedHits(text, url);
  // (Spelled only where mentioned: a tag's spelling for the language is a look-up in an object of many shapes, and
  // the article mentions a few of the lexicon's thousand entries.)
  const named = loadKnownTags().flatMap((known, i) => {
    const h = knownHits[i] as Hits;
    if (h.title + h.lead + h.body === 0) return [];
    const name = spelledHere(known, lang, text);
    return name === undefined ? [] : [{ known, name, h }];
  });
  const publisher = publisherTag(url);
  // In the article's own spelling where it writes it (#開源 is no #开源: a Traditional Chinese page keeps #OpenSource).
  const publisherName = publisher === undefined ? undefined : spelledHere(publisher, lang, text);
  // The site's tag its title opens with is what the piece is about, however the article cases it: «ragnar 0.3.0»
  // filed under «ragnar», «Dragonfly Project Paper Accepted by IEEE…» under «dragonfly» (dev: #rstats #AI; dev15:
  // #IEEE alone, the project missing), before the publisher that speaks for many packages.
  take(openingSiteTag(text, siteTags, lang));
  // A project's own blog is about the project: its name first, when the post names it at all.
  if (publisher !== undefined && named.some((n) => n.known === publisher)) take(publisherName, publisher.words);
  // An audit report is about the project audited, whose name its title gives first (audit-result.ts): that name
  // is the first tag, however the body writes it. A brand in small letters («a security audit of dragonfly») is read
  // as a common word where the body writes it so more often than in capitals (`articleSpelling`): dev15's Dragonfly
  // audit had #Security #OSTIF #containerd, «no #Dragonfly».
  const audited = auditedName(text.title.text);
  if (audited !== undefined && !isCommonWord(audited, lang) && occurrences(text, audited) >= AUDITED_MIN_HITS)
    take(knownSpelling(audited, lang) ?? toHashtag(audited));
  // A site no lexicon knows, by the name its host spells (delta.chat's «Delta Chat»): the project it publishes as.
  // First where the title names it or the article does more than once; where only its lead does, once, last: the
  // site saying where the reader is («Si vous vous retrouvez sur Nos Gestes Climat» on the corpus's «effet
  // rebond»), not what the piece is about. Once deep in the body, a credit: no tag.
  const own = publisher === undefined ? siteName(text, url, lang) : undefined;
  const ownPhrase = own === undefined ? undefined : compilePhrase(own.form);
  // A name only its address makes one (a brand in small letters: wallabag.it) follows the title's own names, as the
  // post's first tag is what the emoji shows: «Lire ses articles sur Kobo… avec wallabag.it» is #Kobo #Wallabag.
  const ownFirst =
    own !== undefined &&
    ownPhrase !== undefined &&
    (own.count >= 2 || text.title.count(ownPhrase) > 0) &&
    (own.form !== fold(own.form) || !titleGivesName(text, found, own.form, lang));
  if (ownFirst) take(own.name);
  // The product a release is of, as the title gives it a version («Kitex Release v0.15.1», «CoreDNS-1.11.0
  // Release»): the piece is about it, whatever names its notes mention (dev10: #gRPC and #GitHub alone, «meaningless»).
  const product = releasedProduct(text, lang);
  // …the same name as the site's own, which its host spells with more («Milvus 2.3» on milvus.io, #Milvusio): once.
  if (product !== undefined && !chosen.some((t) => hashtagKey(t).includes(hashtagKey(product)))) take(product);
  // A title that announces a version and names no product («Version 4.2.2 veröffentlicht» on wz2100.net) announces
  // the site's own: its name first, however deep the body writes it (dev14: #OpenGL alone, «irrelevant», from a
  // changelog's line, where #Warzone2100 was missing).
  const ownRelease = !ownFirst && own !== undefined && product === undefined && RELEASE_VERSION.test(text.title.text);
  if (ownRelease) take(own.name);
  // The site's tags that are names come next: followed ones, names spelled as only names are (BIP9, MetaDocencia,
  // CIO), and a capitalised word where the title gives it or the site is named after it. «Arewefastyet», a
  // subproject the lead explains, is a word made a name that nobody follows (docs/teasers.md, "Hashtags").
  const filed = new Set<string>();
  for (const tag of siteTags) {
    for (const name of tagsOf(tag, text, text.lang)) {
      filed.add(hashtagKey(name));
      if (
        isFollowed(name, lang) ||
        spelledAsName(name) ||
        text.title.count(compilePhrase(name)) > 0 ||
        hostNames(url, name)
      )
        take(name);
    }
  }
  // The site filed the post under its subjects: a name its lead or body gives that neither the site's tags nor
  // the post's own words give is one the piece passes by: #ReactJS, the framework a mentee used, beside «Vitess,
  // Arewefastyet, mentorship»; #AI, one theme of Go's birthday post filed under «community, birthday». #Log4j
  // stays on a post filed under «Sécurité» whose hook tells of log4shell.
  const siteSays = filedUnder(siteTags, lang);
  const postSays = new PhraseCounts(said);
  const aside = (titled: boolean, name: string, phrases: readonly Phrase[]) =>
    siteSays.subjects &&
    !titled &&
    !filed.has(hashtagKey(name)) &&
    !phrases.some((p) => siteSays.counts.count(p) > 0 || postSays.count(p) > 0);

  const candidates: Candidate[] = [];
  const mostInBody = Math.max(0, ...named.map((f) => f.h.body), ...openingSubjects(text, found));
  const address = addressWords(url);
  const post = new PhraseCounts(posted);
  const inPost = (phrases: readonly Phrase[]) => post.countAll(phrases);
  const names = named.filter((f) => !f.known.topic);
  // The site's own name is a name too: GitHub once in the lead of Hexo's docs, which name Hexo twice, is where to
  // ask, not the subject (dev4: «meaningless hashtag (#GitHub)»), as GitHub beside ESLint thrice is.
  const mostInLead = Math.max(
    0,
    ...names.map((f) => f.h.lead),
    ownPhrase === undefined ? 0 : text.lead.count(ownPhrase),
  );
  const mostInPost = Math.max(
    1,
    ...names.map((f) => inPost(f.known.phrases)),
    ownPhrase === undefined ? 0 : post.count(ownPhrase),
  );
  const tone = named.some((f) => f.known.tone !== undefined)
    ? pieceTone(text, siteTags, url, undefined, post)
    : undefined;
  // A digest's lead is its first item, an obituary's or a farewell's the life of the person it is about: a name
  // only the lead gives is the piece's where its body keeps coming back to it (#Mastodon, one item of codefor.de's
  // monthly digest; #GitHub, where Jekyll's late maintainer had his username: «weak», «meaningless» on dev).
  let background: boolean | undefined;
  const leadIsBackground = () => {
    background ??=
      isDigest(text, siteTags) ||
      ABOUT_A_PERSON.has(tone ?? pieceTone(text, siteTags, url, undefined, post) ?? 'release');
    return background;
  };
  for (const { known, name, h: counted } of named) {
    // A host whose label is the site's own name names that, not a name it begins with: vitepress.dev is VitePress,
    // almalinux.org AlmaLinux. There Vite or Linux is the subject only as the body keeps naming it: once in a link of
    // a Persian page of VitePress's docs, it was the wrong project (dev6: #Vite). A topic the label gives stays the
    // site's subject (nosgestesclimat.fr: #Climat).
    const ownLabel = own !== undefined && !known.topic && hashtagKey(own.name).includes(hashtagKey(name));
    const inHost = hostBeginsOrEnds(url, name) && (!ownLabel || counted.body >= BODY_ONLY_MIN_HITS);
    const inAddress = address.countAll(known.phrases) > 0 || inHost;
    const h =
      counted.title === 0 && counted.lead > 0 && !inAddress && leadIsBackground() ? { ...counted, lead: 0 } : counted;
    const where = {
      address: inAddress,
      tone: tone !== undefined && known.tone === tone,
      posted: inPost(known.phrases),
      mostInPost,
      mostInLead,
      mostInBody,
      bodyWords: text.body.list.length,
    };
    if (!salient(h, known.topic, where)) continue;
    if (aside(h.title > 0, name, known.phrases)) continue;
    // Tags people follow outrank the article's other names at equal evidence.
    const whole = h.title > 0 && !known.topic ? longerNameInTitle(text, name, lang) : undefined;
    const tag = whole ?? name;
    candidates.push({
      name: tag,
      score: weigh(h, BODY_ONLY_MIN_HITS) * 1.5 + 2,
      inTitle: h.title > 0,
      covers: known.words,
      followed: true,
    });
  }
  // A keyword that a followed tag stands for («open», «source» → OpenSource) is never a tag of its own.
  const claimed = claimedIn(lang);
  // Only names the piece is about: a word that is merely frequent or in the title («Loop», «característica»)
  // is not one, and nobody follows it.
  for (const k of found) {
    if (!k.nameLike || !k.prominent || k.score < PLAIN_KEYWORD_MIN_SCORE) continue;
    if (!inTitle(text, k) && leadIsBackground()) continue;
    if (nameFragment(text, k.display, lang) || pointedAt(text, k.display) || inVersion(text, k.display)) continue;
    if (k.display.split(/[\s-]+/u).some((w) => isCommonWord(w, text.lang) || isLanguageName(w, lang))) continue;
    const name = toHashtag(wholeName(text, k.display) ?? dottedName(text, k.display) ?? k.display);
    if (name === undefined || claimed.has(k.key)) continue;
    if (aside(inTitle(text, k), name, [compilePhrase(k.display)])) continue;
    candidates.push({ name, score: k.score, inTitle: inTitle(text, k), covers: [k.key], followed: false });
  }
  candidates.sort((a, b) => b.score - a.score);
  // Named once, in the lead, the site's own name still comes before a name the title does not give, where the
  // title gives none: the project speaking outranks a company it mentions in passing (f-droid.org's «how Google
  // thinks apps should look»: dev5, #Google alone, «meaningless hashtag»). After a name of the title it stays last
  // (the corpus's «effet rebond»: #EffetRebond #Climat, then #NosGestesClimat).
  const ownInLead =
    own !== undefined && !ownFirst && !ownRelease && ownPhrase !== undefined && text.lead.count(ownPhrase) > 0;
  let ownTaken = ownFirst || ownRelease;
  for (const c of candidates) {
    if (c.covers.length === 1 && covered.has(c.covers[0] ?? '')) continue;
    if (ownInLead && !ownTaken && !c.inTitle && chosen.length === 0) {
      take(own.name);
      ownTaken = true;
    }
    // Two tags say what the piece is about; a third from the lead or the body is a name it passes by
    // (#GitHub, #Google, #Python after #Rust #Kiesraad: docs/teasers.md, "Hashtags").
    // The site's own name (a site no lexicon knows) says who speaks, not what about: it is not one of the two.
    if (chosen.length - (ownTaken ? 1 : 0) >= THIRD_TAG_AT && !c.inTitle) continue;
    // A name nobody follows that the title does not give (a word the lead sets in capitals: «la potencia de CPU»,
    // «HOT fomenta…») says what the piece is about only where nothing else does: beside #Rust or #OpenStreetMap it
    // is a word of the text (dev5, dev7: #CPU, #HOT, «meaningless», «ambiguous hashtag»).
    if (!c.followed && !c.inTitle && chosen.length > 0) continue;
    // The article's short form of a name already tagged («Rocky Linux 10.1 (RL 10.1)») is the same name again.
    if (chosen.some((t) => abbreviates(c.name, t))) continue;
    if (chosen.some((t) => bodyOf(text, c.name, t))) continue;
    take(c.name, c.covers);
  }
  // A post on a project's own site is about the project even where it does not name it (a translated page).
  if (publisher !== undefined) take(publisherName, publisher.words);
  if (ownInLead) take(own.name);
  // …or where only the post's own words name it: the author's summary («Comment nous pensons au développement de
  // Biome.» on biomejs.dev's «Philosophie») says what the page is about better than a name its body links to once
  // (dev4: #GitHub, «meaningless hashtag»).
  if (publisher === undefined && own === undefined) take(siteName(text, url, lang, [post])?.name);
  // A site that publishes on many subjects of one topic (a government's digital service): the topic, last.
  const topic = siteTopic(url);
  if (topic !== undefined) take(spelledHere(topic, lang, text), topic.words);
  if (chosen.length === 0 && max > 0) take(fallbackTag(text, found, title, siteTags, url));
  // A project's community in one language, named so by its host (doc.rust-kr.org, rust-br.github.io,
  // rustlang-es.org), is the project's too, even where the page writes the name in its own letters: a Rust book in
  // Korean writes «러스트», never «Rust», and had #OOP alone («#Rust missing» on both dev7 posts).
  const community = publisher === undefined ? localCommunity(url) : undefined;
  if (community !== undefined) take(spelledHere(community, lang, text), community.words);
  // A name is found by those who follow that name; the community it belongs to (ReactJS's JavaScript, Istio's
  // Kubernetes) by many more. A post with room for a tag carries its first name's community too, but not a piece
  // about a person (docs/teasers.md, "Hashtags": read blind side by side on dev, Mastodon posts with one tag went
  // 6.1 → 6.8 with it, with two 6.3 → 6.7; the losses: #Ruby under an obituary, #Kubernetes on an etcd advisory
  // that Kubernetes escapes).
  // A project no lexicon knows (Gin, a word of English too) belongs to the ecosystem the article names: a language
  // or a platform that is some followed name's community («Go 1.25» in Gin's release notes: #Gin #golang; dev13,
  // «ambiguous hashtag (#Gin, no #golang)»).
  const wider =
    chosen.map((name) => communityOf(name, lang)).find((name) => name !== undefined) ??
    ecosystemOf(chosen[0], named, lang);
  if (wider !== undefined && !ABOUT_A_PERSON.has(tone ?? pieceTone(text, siteTags, url, undefined, post) ?? 'release'))
    take(wider);
  return chosen;
}

let byUsualName: Map<string, KnownTag> | undefined;

function usualNames(): Map<string, KnownTag> {
  byUsualName ??= new Map(
    loadKnownTags().flatMap((k) => {
      const usual = k.fallback ?? k.spell('en');
      return usual === undefined ? [] : [[hashtagKey(usual), k] as const];
    }),
  );
  return byUsualName;
}

/**
 * A name as short as a common word and written as one (Gin, Atom, Echo, Flux): alone it is ambiguous. A longer
 * name (Wails, Kmesh) or an acronym (KCL, MOSN) says which project it is; beside those, a language the body names
 * in passing was a wrong tag (dev: #Wails #CSS, #HackerLaws #Linux, #SemVer #Python).
 */
const SHORT_WORD = /^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * The ecosystem of a name nobody follows that is as short as a common word (docs/teasers.md, "Hashtags"): the
 * followed name that is some entry's community (a language, a platform) the article names most, where it names
 * one; none for a followed name, whose own entry says its community.
 */
function ecosystemOf(
  first: string | undefined,
  named: ReadonlyArray<{ known: KnownTag; name: string; h: Hits }>,
  lang: string,
): string | undefined {
  if (first === undefined || !SHORT_WORD.test(first) || usualNames().has(hashtagKey(first))) return undefined;
  const communities = new Set(
    loadKnownTags().flatMap((k) => (k.community === undefined ? [] : [hashtagKey(k.community)])),
  );
  let best: { name: string; n: number } | undefined;
  for (const { known, h } of named) {
    const usual = known.fallback ?? known.spell('en');
    if (known.topic || usual === undefined || !communities.has(hashtagKey(usual))) continue;
    const n = 3 * h.title + 2 * h.lead + h.body;
    const name = known.spell(lang);
    if (name !== undefined && n > (best?.n ?? 0)) best = { name, n };
  }
  return best?.name;
}

/** The followed name's community, spelled for the post's language: none where its entry has no tag in that language. */
function communityOf(name: string, lang: string): string | undefined {
  const community = usualNames().get(hashtagKey(name))?.community;
  if (community === undefined) return undefined;
  const entry = usualNames().get(hashtagKey(community));
  return entry === undefined ? community : entry.spell(lang);
}

/**
 * An acronym made of the initials of a tag of several words: «RL» of #RockyLinux, «CC» of #CreativeCommons. An
 * article that writes «Rocky Linux 10.1 (RL 10.1)» abbreviates the name it is about; #RL beside #RockyLinux says it
 * twice (dev5: «meaningless hashtag»).
 */
function abbreviates(acronym: string, tag: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(acronym)) return false;
  const words = tag.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|_/u).filter(Boolean);
  return words.length === acronym.length && words.every((w, i) => fold(w[0] ?? '') === fold(acronym[i] ?? ''));
}

/**
 * The whole name a word is the first of, where the article never writes it without the same next word and the title
 * gives both capitalised: «Dreiländer Hack» (the title «OSRD au Dreiländer Hack à Vienne», the body «Dreiländer
 * hack» too) is #DreiländerHack, where #Dreiländer alone was «weak» (dev14, read blind). Undefined otherwise.
 */
function wholeName(text: ArticleText, display: string): string | undefined {
  // An acronym before a word is its organisation's own name: #LFX of «LFX Mentorship» (a unit test holds it).
  if (/\s/u.test(display) || /^\p{Lu}+$/u.test(display)) return undefined;
  const key = fold(display);
  let next: Word | undefined;
  let titled = false;
  for (const counts of [text.title, text.body]) {
    for (const i of counts.positions.get(key) ?? []) {
      const after = counts.list[i + 1];
      if (after === undefined || after.link !== 'space' || (next !== undefined && after.key !== next.key))
        return undefined;
      next = after;
      if (counts === text.title && CAPITALISED.test(after.text)) titled = true;
    }
  }
  if (next === undefined || !titled || !/\p{L}/u.test(next.text)) return undefined;
  const tail = text.title.list.find((w) => w.key === next.key)?.text ?? next.text;
  return `${display} ${tail}`;
}

/**
 * The whole of a name written with dots between capitalised words, where the article writes the word so at least as
 * often as alone: «Česko.Digital», «Pomáháme.Digital», «Socket.IO» are one name each (#ČeskoDigital), not their first
 * half (dev4: #Česko, «vague hashtag», on Česko.Digital's prize; Česko alone is the country). A part in small letters
 * after the dot is an address's or a format's («GitHub.com», «Node.js»), not this. Undefined otherwise.
 */
function dottedName(text: ArticleText, display: string): string | undefined {
  if (!CAPITALISED.test(display) || /\s/u.test(display)) return undefined;
  const capital = (w: Word | undefined) => w !== undefined && CAPITALISED.test(w.text);
  let form: string | undefined;
  let dotted = 0;
  let alone = 0;
  for (const counts of [text.title, text.body]) {
    const list = counts.list;
    for (const i of counts.positions.get(fold(display)) ?? []) {
      let from = i;
      while (list[from]?.link === 'dot' && capital(list[from - 1])) from--;
      let to = i;
      while (list[to + 1]?.link === 'dot' && capital(list[to + 1])) to++;
      if (from === to) {
        if (list[i]?.link !== 'dot' && list[i + 1]?.link !== 'dot') alone++;
        continue;
      }
      const whole = list
        .slice(from, to + 1)
        .map((w) => w.text)
        .join('.');
      if (form !== undefined && form !== whole) return undefined;
      form = whole;
      dotted++;
    }
  }
  return dotted >= alone ? form : undefined;
}

/**
 * An acronym the article spells out as a part of a name it is tagged with: «the OpenFunction Technical Oversight
 * Committee (TOC)» is OpenFunction's committee, and #TOC alone is ambiguous (dev14, read blind: «#TOC ambiguous»).
 * The tag's name, then words whose initials are the acronym's (small words between them aside), then the acronym
 * in brackets.
 */
function bodyOf(text: ArticleText, acronym: string, tag: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  let spelled = spelledOut.get(text);
  if (spelled === undefined) {
    spelled = spellings(text);
    spelledOut.set(text, spelled);
  }
  return spelled.get(acronym)?.includes(hashtagKey(tag)) ?? false;
}

/** Per article, each acronym it spells out, with the keys of the names it stands for (tried against every tag). */
const spelledOut = new WeakMap<ArticleText, Map<string, string[]>>();

function spellings(text: ArticleText): Map<string, string[]> {
  const spelled = new Map<string, string[]>();
  const plain = [text.title.text, text.lead.text, text.body.text].join('\n').replace(/[*_]/gu, '');
  // The bracketed acronym first, then the words before it back to the line's or the last bracket's end: one
  // `([^()\n]*)\(…\)` pattern tried at every offset of the article rescans each line to its end.
  for (const m of plain.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1] as string;
    const at = m.index;
    const from = Math.max(
      plain.lastIndexOf('(', at - 1),
      plain.lastIndexOf(')', at - 1),
      plain.lastIndexOf('\n', at - 1),
    );
    const words = plain
      .slice(from + 1, at)
      .trim()
      .split(/\s+/u);
    const initials: string[] = [];
    let n = words.length - 1;
    for (; n >= 0 && initials.length < acronym.length; n--) {
      const w = words[n] as string;
      if (/^\p{Lu}/u.test(w)) initials.unshift(w[0] as string);
      else if (initials.length === 0 || w.length > 3) break;
    }
    if (initials.join('') !== acronym || n < 0) continue;
    spelled.set(acronym, [...(spelled.get(acronym) ?? []), hashtagKey(words[n] as string)]);
  }
  return spelled;
}
const BRACKETED_ACRONYM = /\(\s*(\p{Lu}{2,6})\s*\)/gu;

/**
 * A followed name that the title writes only as the first word of a longer one, which the article writes too:
 * «GitHub Pages» (Hexo's guide to deploying there: #GitHub, «meaningless hashtag» on dev4). The whole name is
 * the subject, in a tag's form (#GitHubPages); the followed word alone is where it lives. A name of two words,
 * no longer run of capitals (a Title Case title: «npm Supply Chain Attack»; «Fukuoka Ruby Award»), nor a topic
 * (#Security).
 */
function longerNameInTitle(text: ArticleText, name: string, lang: string): string | undefined {
  const list = text.title.list;
  let form: string | undefined;
  for (const i of text.title.positions.get(hashtagKey(name)) ?? []) {
    const next = list[i + 1];
    const after = list[i + 2];
    const word = list[i];
    if (
      next?.link !== 'space' ||
      (word?.link === 'space' && CAPITALISED.test(list[i - 1]?.text ?? '')) ||
      (after?.link === 'space' && CAPITALISED.test(after.text)) ||
      !CAPITALISED.test(next.text) ||
      spelledAsName(next.text) ||
      COMMON.has(next.key) ||
      calendarWords(lang).has(next.key)
    )
      return undefined;
    const here = `${list[i]?.text} ${next.text}`;
    if (form !== undefined && fold(form) !== fold(here)) return undefined;
    form = here;
  }
  if (form === undefined) return undefined;
  // Written so in the article too, capitals and all: a Title Case title capitalises every word («Security Incident»).
  const [a, b] = form.split(' ');
  const written = [text.lead, text.body].some((counts) =>
    (counts.positions.get(hashtagKey(name)) ?? []).some(
      (i) => counts.list[i]?.text === a && counts.list[i + 1]?.link === 'space' && counts.list[i + 1]?.text === b,
    ),
  );
  return written ? toHashtag(form) : undefined;
}

/**
 * A site's tag of one word that the title names, in the title's form: 18F files «Three ways to write fearless
 * spreadsheet formulas» under «spreadsheets», which says the subject better than #Ruby, the language of two of its
 * examples. Only where nothing people follow is the subject (the last resorts of `fallbackTag`).
 */
function filedSubject(text: ArticleText, siteTags: readonly string[], lang: string): string | undefined {
  for (const tag of siteTags) {
    const word = withoutHash(tag);
    if (/[\s_/]/u.test(word) || isCommonWord(word, lang) || isLanguageName(word, lang)) continue;
    const key = fold(word);
    // The title's word, or the tag's singular in it («spreadsheets» → «spreadsheet»).
    const inTitle = text.title.list.find(
      (w) =>
        w.key === key ||
        (key.length > 4 && key.startsWith(w.key) && key.length - w.key.length <= 2 && w.key.length >= 4),
    );
    if (inTitle !== undefined) return toHashtag(word);
  }
  return undefined;
}

/**
 * A capitalised word the article writes mostly inside a longer name: «Amanda» and «Weaver» of «Amanda Weaver»,
 * «Postal» of «U.S. Postal Service», «Improvement» of «Government Service Improvement Award». A part of a name is
 * not a name people follow: a person's first or last name, or a common word of an institution's name. Counted in
 * the lead and the body (a Title Case title capitalises every word); a word spelled as only names are (an
 * acronym, inner capitals: «RARC», «GitHub») is a name of its own wherever it stands, unless the article never writes
 * it without the capitalised word after it («TWiLight Menu++»): in any script, since a Latin name keeps its capitals.
 * Not an acronym, the short name of its organisation wherever it stands («LFX Mentorship»).
 */
/** Particles in small letters a name's words may be joined by: «de», «en el». */
const PARTICLES_IN_A_NAME = 2;
/** Words that join names into a list, not into one name, by language (folded). */
const AND_OR: Readonly<Record<string, readonly string[]>> = {
  en: ['and', 'or', 'nor', 'vs'],
  de: ['und', 'oder'],
  fr: ['et', 'ou'],
  es: ['y', 'e', 'o', 'u'],
  pt: ['e', 'ou'],
  it: ['e', 'ed', 'o', 'od'],
  nl: ['en', 'of'],
  pl: ['i', 'a', 'lub', 'oraz'],
  cs: ['a', 'i', 'nebo'],
  sk: ['a', 'i', 'alebo'],
  ru: ['и', 'или'],
  uk: ['і', 'й', 'та', 'або'],
  tr: ['ve', 'veya'],
  id: ['dan', 'atau'],
  sv: ['och', 'eller'],
};
function nameFragment(text: ArticleText, display: string, lang: string): boolean {
  if (/\s/u.test(display)) return false;
  // An acronym opening a longer name is its organisation's own short name («LFX Mentorship», «CNCF Ambassadors»).
  const asName = spelledAsName(display);
  if (asName && /^[\p{Lu}\p{N}]+$/u.test(display)) return false;
  if (!asName && !capitalMarksName(lang)) return false;
  const key = fold(display);
  const stop = stopwords(lang);
  const joined = (w: Word | undefined, link: Word | undefined) =>
    w !== undefined && link?.link === 'space' && CAPITALISED.test(w.text) && !stop.has(w.key) && !spelledAsName(w.text);
  // …or joined by a particle or two in small letters, as Romance languages join a name's words: «Proteção» of
  // «Proteção de Dados», «Servidor» of «Componentes de React en el Servidor» (dev9, dev11: #Proteção, #Componentes
  // #Servidor, common words set in capitals).
  // Not «and» or «or»: «Podman, Buildah and Skopeo» are three names.
  const joins = new Set(AND_OR[lang] ?? AND_OR.en);
  const particled = (list: readonly Word[], i: number, step: 1 | -1) => {
    for (let j = i + step, n = 0; n <= PARTICLES_IN_A_NAME; j += step, n++) {
      const w = list[j];
      const link = step === 1 ? w : list[j + 1];
      if (w === undefined || link?.link !== 'space' || w.unspaced) return false;
      if (n > 0 && joined(w, link) && !w.sentenceStart) return true;
      if (!stop.has(w.key) || w.text !== w.key || w.sentenceStart || joins.has(w.key)) return false;
    }
    return false;
  };
  let inside = 0;
  let alone = 0;
  for (const counts of [text.lead, text.body]) {
    for (const i of counts.positions.get(key) ?? []) {
      const w = counts.list[i];
      if (w === undefined || !CAPITALISED.test(w.text)) continue;
      const before = counts.list[i - 1];
      const after = counts.list[i + 1];
      const prevJoined = !asName && !w.sentenceStart && (joined(before, w) || particled(counts.list, i, -1));
      // A hyphen between two capitalised parts makes one name: «Central» of «E-Central» (a hotel), not a name.
      const hyphened =
        (w.link === 'hyphen' && CAPITALISED.test(before?.text ?? '')) ||
        (after?.link === 'hyphen' && CAPITALISED.test(after.text));
      if (prevJoined || hyphened || joined(after, after) || (!asName && particled(counts.list, i, 1))) inside++;
      else alone++;
    }
  }
  // A word spelled as only names are is cut from a longer one where the article never writes it without the rest:
  // «TWiLight» of «TWiLight Menu++» (dev4: #TWiLight, «hashtag truncated product name»).
  return asName ? inside > 0 && alone === 0 : inside > 0 && inside >= alone;
}

/**
 * A version and what its numbers carry after them: SemVer's pre-release and build («1.0.0-rc.1», «1.0.0+build.5»), a
 * distribution's own build («2023.1.1+bremen1»), a candidate run into the number («1.21rc1»). Two numbers at least:
 * «COVID-19» and «Area-51» are names.
 */
const SUFFIXED_VERSION = /(?<![\p{L}\p{N}_.])v?\d+(?:\.\d+)+[\p{L}\p{N}]*(?:[-+.][\p{L}\p{N}]+)*/gu;

/** Per article, the folded words of its versions' suffixes in the title and the body, with how often. */
const versionSuffixes = new WeakMap<ArticleText, Map<string, number>>();

/**
 * A word the article writes only as part of a version: «bremen1» of «Neue stabile Version 2023.1.1+bremen1», «rc1» of
 * «v2.9.0-rc1». A build's or a candidate's label, never a tag (dev15: #Bremen1 on Freifunk Bremen's firmware
 * release, «meaningless»).
 */
function inVersion(text: ArticleText, display: string): boolean {
  let suffixes = versionSuffixes.get(text);
  if (suffixes === undefined) {
    suffixes = new Map();
    for (const counts of [text.title, text.body]) {
      for (const [version] of counts.text.matchAll(SUFFIXED_VERSION)) {
        for (const part of version.split(/[^\p{L}\p{N}]+/u)) {
          if (/\p{L}/u.test(part)) suffixes.set(fold(part), (suffixes.get(fold(part)) ?? 0) + 1);
        }
      }
    }
    versionSuffixes.set(text, suffixes);
  }
  const key = fold(display);
  const inside = suffixes.get(key) ?? 0;
  const all = (text.title.positions.get(key)?.length ?? 0) + (text.body.positions.get(key)?.length ?? 0);
  return inside > 0 && inside >= all;
}

/**
 * A name of the article's own that its body gives mostly in an address, a citation or a link to its own site
 * (`referenced`).
 */
function pointedAt(text: ArticleText, display: string): boolean {
  const { pointers, labels } = text.references;
  if (pointers.list.length === 0 && labels.length === 0) return false;
  const phrase = compilePhrase(display);
  if (text.title.count(phrase) > 0) return false;
  const key = hashtagKey(display);
  let n = pointers.count(phrase);
  for (const { host, counts } of labels) if (host.split('.').includes(key)) n += counts.count(phrase);
  return referenced(text.body.count(phrase), n);
}

/**
 * The repository a code forge's page is of, as a tag (`github.com/dwmkerr/hacker-laws/…/id.md` → #HackerLaws): the
 * project a translated page speaks for, even where it writes its name in its own words («Undang Undang Peretas»).
 * A name of several words, or of one word that is no common word: a repository named «docs» or «website» says nothing.
 */
function forgeName(url: string | undefined, lang: string): string | undefined {
  const repository = forgeRepository(url);
  if (repository === undefined || repository.length < 4 || titled(repository)) return undefined;
  const words = repository.split('-').filter(Boolean);
  if (words.length === 1 && (isCommonWord(repository, lang) || isLanguageName(repository, lang))) return undefined;
  return toHashtag(words.join(' '));
}

/**
 * A repository named like a document, with an article or a preposition among its words («the-art-of-command-line»):
 * CamelCased, a tag nobody types or follows (dev10: #TheArtOfCommandLine, 3/10, «meaningless hashtag»). A project's
 * name has none (hacker-laws, organicmaps, free-programming-books: read side by side, #FreeProgrammingBooks beside
 * #GitHub won all six readings over #GitHub alone, the post naming the project nowhere else).
 */
const TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'with', 'and']);
function titled(repository: string): boolean {
  return repository
    .toLowerCase()
    .split(/[-_.]/u)
    .some((word) => TITLE_WORDS.has(word));
}

/** Body mentions a title word of a caseless script needs to be taken for a name in the last resort. */
const REPEATED_AS_A_NAME = 3;

/**
 * A word whose capital only title case gives it: the lead and the body write it in small letters (lowercased as its
 * language does) at least as often as with a capital inside a sentence (Turkish «Işıklı» → «ışıklı», «Taşındı» → «taşındı»; German
 * «Bleibt» → «bleibt»). A common word, not a name (docs/teasers.md, "Hashtags"; dev13: #Taşındı, #Başlangıç).
 */
function writtenSmall(text: ArticleText, word: string): boolean {
  if (!/^\p{L}\p{Ll}+$/u.test(word)) return false;
  const small = word.toLocaleLowerCase(text.lang);
  const capital = small.charAt(0).toLocaleUpperCase(text.lang) + small.slice(1);
  // Two keys where folding, which knows no language, parts the two («ışık» and «Işık», whose «I» folds to «i»).
  const keys = new Set([fold(small), fold(capital)]);
  let smalls = 0;
  let capitals = 0;
  for (const c of [text.lead, text.body]) {
    for (const key of keys) {
      for (const i of c.positions.get(key) ?? []) {
        const w = c.list[i] as Word;
        if (w.text === small) smalls++;
        // At a sentence's start a capital says nothing.
        else if (w.text === capital && !w.sentenceStart) capitals++;
      }
    }
  }
  return smalls > 0 && smalls >= capitals;
}

/** A word in capitals that the text also writes otherwise («MAJOR» and «Major»): a word, not an acronym. */
function inOtherCase(text: ArticleText, w: Word): boolean {
  if (w.text !== w.text.toUpperCase()) return false;
  return [text.title, text.lead, text.body].some((c) =>
    (c.positions.get(w.key) ?? []).some((i) => c.list[i]?.text !== w.text),
  );
}

/**
 * A name that a text in a script without case writes in Latin letters, as only names are spelled (an acronym,
 * inner capitals, letters and digits), in its title or lead: the Open Source Definition's «(OSD)» in a Thai,
 * Bengali or Persian declaration. The most often written one; never a common word («PR», «URL») nor a language.
 */
function latinName(text: ArticleText, lang: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const counts of [text.title, text.lead]) {
    for (const [i, w] of counts.list.entries()) {
      // A name begins with a letter: «256x192» is a size.
      if (!/^\p{Script=Latin}[\p{Script=Latin}\p{N}]*$/u.test(w.text) || !spelledAsName(w.text)) continue;
      // A word joined to the next by a dot is part of a format or an address («MAJOR.MINOR.PATCH»), not a name.
      if (w.link === 'dot' || counts.list[i + 1]?.link === 'dot') continue;
      // Capitals a text also writes in small letters («MAJOR» beside «Major» fifteen times) are a word set in
      // capitals, not an acronym (docs/teasers.md, "Hashtags").
      if (inOtherCase(text, w)) continue;
      if (isCommonWord(w.text, lang) || isLanguageName(w.text, lang) || nameFragment(text, w.text, lang)) continue;
      const n = (text.title.positions.get(w.key)?.length ?? 0) * 3 + (text.body.positions.get(w.key)?.length ?? 0);
      if (n > most) {
        most = n;
        best = w.text;
      }
    }
  }
  return best === undefined ? undefined : toHashtag(best);
}

/**
 * The host's label as a tag, a number in it too («12factor.net»: #12Factor): undefined where it has fewer than three
 * letters or is a common word's (hostLabel).
 */
function hostTag(url: string | undefined): string | undefined {
  const named = hostLabel(url);
  if (named !== undefined) return toHashtag(named);
  // The same label with its digits: wz2100 of wz2100.net, never «wiki» of wiki.ds-homebrew.com.
  const label = publisherLabel(url);
  if (label === undefined || !/^\d*[a-z]{3,}\d*$/u.test(label)) return undefined;
  return toHashtag(label.replace(/^(\d+)([a-z])/u, (_, d: string, c: string) => d + c.toUpperCase()));
}

/** The followed tags' phrases as one lexicon (`LexiconIndex`), in the order of `loadKnownTags`. */
let knownIndex: LexiconIndex | undefined;

/**
 * `hits` of each followed tag, in the order of `loadKnownTags`. A name the lead and the body give mostly where they
 * point elsewhere (`referenced`) has none there: only its title's count.
 */
function followedHits(text: ArticleText, url: string | undefined): Hits[] {
  knownIndex ??= new LexiconIndex(loadKnownTags().map((known) => known.phrases));
  const hits = lexiconHits(text, knownIndex).map((h, i) => {
    if (h.lead + h.body === 0) return h;
    const { phrases } = loadKnownTags()[i] as KnownTag;
    const lead = Math.max(0, h.lead - negated(text.lead, phrases));
    return { title: h.title, lead, body: Math.max(0, h.body - negated(text.body, phrases)) };
  });
  const { pointers, labels } = text.references;
  if (pointers.list.length === 0 && labels.length === 0) return hits;
  const pointed = pointers.list.length === 0 ? [] : pointers.countEntries(knownIndex);
  // A project's own site links to its own pages under its name: that is still the name it speaks as (rule 1).
  const publisher = publisherTag(url);
  const sites = labels.map(({ host }) => knownSitesAt(host));
  return loadKnownTags().map((known, i) => {
    const h = hits[i] as Hits;
    if (h.body === 0 || known === publisher) return h;
    let n = pointed[i] ?? 0;
    // A label points at the name where its link goes to the name's own site («Ley de Conway en Wikipedia» to
    // wikipedia.org); one linking elsewhere is the sentence's words («Install ESLint…» to npmjs.com: dev's React
    // editor setup keeps #ESLint, which it links to eslint.org once).
    for (const [g, { counts }] of labels.entries()) if (sites[g]?.has(known)) n += counts.countAll(known.phrases);
    return referenced(h.body, n) ? { title: h.title, lead: 0, body: 0 } : h;
  });
}

/**
 * Words that, joined to a name by a hyphen, say «not it»: «non-Google sources» are the others (English, French), as
 * «Nicht-Google-Quellen» (German) and «niet-Google» (Dutch).
 */
const NEGATIONS: ReadonlySet<string> = new Set(['non', 'nicht', 'niet']);

/**
 * Mentions of a one-word name that negate it («non-Google»): they say what the subject is not, and are no mention of
 * it (dev3: «we recommend F-droid or other non-Google sources» twice made 5 of delta.chat's mentions of Google, a
 * body-only name's minimum, and #Google, «meaningless», followed #DeltaChat).
 */
function negated(counts: PhraseCounts, phrases: readonly Phrase[]): number {
  let n = 0;
  for (const phrase of phrases) {
    if (phrase.kind === 'substring' || (phrase.kind === 'words' && phrase.parts.length > 1)) continue;
    const asWritten = phrase.kind !== 'words';
    for (const i of counts.positions.get(phrase.kind === 'capitals' ? fold(phrase.key) : (phrase.parts[0] ?? '')) ??
      []) {
      const w = counts.list[i] as Word;
      if (asWritten && w.text !== phrase.key) continue;
      if (w.link === 'hyphen' && NEGATIONS.has(counts.list[i - 1]?.key ?? '')) n++;
    }
  }
  return n;
}

/**
 * Followed names by the hosts and host labels their sites go by: their lexicon sites («python.org»), and their
 * phrases run together as a label («youtube», «wikipedia»); built once.
 */
let bySite: Map<string, KnownTag[]> | undefined;

/**
 * The followed names whose site `host` is: a lexicon site or a subdomain of it, or a host with a label that is the
 * name («es.wikipedia.org», «www.youtube.com»).
 */
function knownSitesAt(host: string): ReadonlySet<KnownTag> {
  if (bySite === undefined) {
    bySite = new Map();
    for (const known of loadKnownTags()) {
      const keys = [
        ...known.sites,
        ...known.phrases.flatMap((p) => (p.kind === 'substring' ? [] : [fold(p.key).replace(/[^a-z0-9]/gu, '')])),
      ];
      for (const key of new Set(keys)) {
        if (key.length < 3) continue;
        const at = bySite.get(key);
        if (at === undefined) bySite.set(key, [known]);
        else at.push(known);
      }
    }
  }
  const found = new Set<KnownTag>();
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    // Each label, and each of the host's tails (a site's subdomain is the site's: «docs.python.org»).
    for (const key of [labels[i] as string, labels.slice(i).join('.')])
      for (const k of bySite.get(key) ?? []) found.add(k);
  }
  return found;
}

/**
 * Whether every time `body` writes `name` it is one item of a list of three or more («PCRE, Perl, PHP, R, Python and
 * Go», «Ruby, Python ou Java»): the stretch between two stops (a parenthesis, a colon, a sentence's end) that holds it
 * has two commas or more. A name the body lists beside others is an example, not what the page is about
 * (docs/teasers.md, "Hashtags").
 */
export function onlyListed(body: PhraseCounts, name: string): boolean {
  // Folded once per body (`PhraseCounts.folded`), not once per known name tried against it.
  const folded = body.folded;
  const key = fold(name);
  if (key === '') return false;
  let seen = false;
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length)) {
    const end = at + key.length;
    // Whole words only: «python» in «pythonic» or «cpython» is another word. The two code units either side hold
    // the code point next to it (a regex anchored at the end of the text before it scans all that text).
    if (
      /[\p{L}\p{N}]$/u.test(folded.slice(Math.max(0, at - 2), at)) ||
      /^[\p{L}\p{N}]/u.test(folded.slice(end, end + 2))
    )
      continue;
    seen = true;
    let start = 0;
    let stop = folded.length;
    for (const c of STOPS) {
      const before = at === 0 ? -1 : folded.lastIndexOf(c, at - 1);
      if (before + 1 > start) start = before + 1;
      const after = folded.indexOf(c, end);
      if (after >= 0 && after < stop) stop = after;
    }
    const stretch = folded.slice(start, stop);
    if ((stretch.match(/[,،、，]/gu) ?? []).length < 2) return false;
  }
  return seen;
}

/** What ends the stretch a list lies in: a parenthesis, a colon, a sentence's or a line's end. */
const STOPS = new Set(['(', ')', ':', ';', '.', '!', '?', '\n', '。', '：', '（', '）', '؟', '।']);

/**
 * Mostly a pointer to where to read more, not what the piece says (docs/teasers.md, "Hashtags"): a name the body
 * gives more often in a link to its own site, an address it writes out or a citation than elsewhere. The hacker-laws
 * translations give «Wikipedia» 40 to 90 times, nearly all in «… en Wikipedia» links under each law and in image
 * credits; CoreDNS 1.11.0's notes «github» 23 times, each in the address of a pull request.
 */
function referenced(mentions: number, pointers: number): boolean {
  return mentions > 0 && 2 * Math.min(pointers, mentions) > mentions;
}

/**
 * Every post gets a tag (docs/teasers.md, "Hashtags"): without a name that earned one, the most followable name
 * the article gives, by where it gives it: a followed name in its title or lead (even once), else a name of its
 * own in its title (#Kiesraad), else a followed name its body repeats, else a name it writes in its lead, else a
 * subject of its title, else a followed name its body gives once (#GitHub in a link: a real tag, but a passing
 * one), else the longest content word of its title. The issue asks for both "never a common word" and "at least
 * one tag"; this last resort keeps the second on an article that names nothing people follow.
 */
function fallbackTag(
  text: ArticleText,
  found: readonly Keyword[],
  title: string,
  siteTags: readonly string[],
  url?: string,
): string | undefined {
  const lang = baseLang(text.lang);
  // In a script without case nothing tells a name from a common word: a word of the script is the last resort,
  // after any name the article writes in Latin letters or the site's own name (#ওপেন, #تعریف, #คำ, #라이선스 on dev5),
  // even where the page never writes it: the name its host spells (dev9: the Persian and Hebrew Contributor Covenant,
  // #برخورد «conduct» and #קוד «code», «meaningless»; now #ContributorCovenant).
  const caseless = caselessScript(lang);
  const ofScript = (display: string) => caseless && !/\p{Script=Latin}/u.test(display);
  const knownHits = followedHits(text, url);
  const followed = (accept: (h: Hits) => boolean): string | undefined => {
    let best: string | undefined;
    let most = 0;
    for (const [i, known] of loadKnownTags().entries()) {
      const h = knownHits[i] as Hits;
      // A topic is a word any piece may use: without the title, one example in a list («digitální bezpečnost nebo
      // online komunikace») is no subject (dev4: #Bezpečnost, «off-topic»).
      if (known.topic && h.title === 0) continue;
      const n = 3 * h.title + 2 * h.lead + h.body;
      if (!(n > most && accept(h))) continue;
      // Spelled only for an entry that would win (see `named` in `pickHashtags`).
      const name = spelledHere(known, lang, text);
      if (name === undefined) continue;
      // A name the body gives only among others («PCRE, Perl, PHP, R, Python and Go») is an example, not the page's
      // subject (dev13: SemVer's Hebrew spec, #Python alone, «wrong hashtag»).
      // Tried last: it reads the body, the counts do not.
      if (!(h.title + h.lead === 0 && onlyListed(text.body, name))) {
        most = n;
        best = name;
      }
    }
    return best;
  };
  const written = (accept: (k: Keyword) => boolean): string | undefined => {
    for (const k of found) {
      if (!accept(k) || nameFragment(text, k.display, lang) || pointedAt(text, k.display) || inVersion(text, k.display))
        continue;
      if (k.display.split(/[\s-]+/u).some((w) => isCommonWord(w, text.lang) || isLanguageName(w, lang))) continue;
      if (writtenSmall(text, k.display)) continue;
      const name = toHashtag(dottedName(text, k.display) ?? k.display);
      if (name !== undefined) return name;
    }
    return undefined;
  };
  // A version's suffix is the version's («2023.1.1+bremen1»), never a word of the title's own.
  const titleWords = isUnspaced(title)
    ? segmentWords(title, text.lang).filter((w) => roughSize(w) >= 2 && !/^[\p{Script=Hiragana}ー]+$/u.test(w))
    : title.replace(SUFFIXED_VERSION, ' ').split(/[^\p{L}\p{M}\p{N}_]+/u);
  const longest = (accept: (w: string) => boolean) =>
    titleWords
      .filter((w) => /\p{L}/u.test(w) && accept(w) && (isUnspaced(w) || roughSize(w) >= 4))
      .sort((a, b) => roughSize(b) - roughSize(a) || (a < b ? -1 : 1))[0];
  // A word of a caseless script is a name only as far as its body repeats it as a unit: a title word the body
  // does not come back to is the title's wording.
  const repeated = (w: string) => !ofScript(w) || text.body.count(substringPhrase(w)) >= REPEATED_AS_A_NAME;
  const titleName = longest((w) => !isCommonWord(w, text.lang) && !writtenSmall(text, w) && repeated(w));
  const named =
    followed((h) => h.title + h.lead > 0) ??
    written((k) => k.nameLike && inTitle(text, k)) ??
    filedSubject(text, siteTags, lang) ??
    forgeName(url, lang) ??
    // Where the title has a word of its own (#Digitaltag on codefor.de), that word still comes first.
    // In a script without case, a Latin name of the title or the lead comes first (below).
    (titleName === undefined && !caseless ? (siteName(text, url, lang)?.name ?? hostTag(url)) : undefined) ??
    // A followed name the body gives a few times in a long page (GitHub, where a spec says to file issues) is a
    // name it passes by: after the name the page is published as (dev13: SemVer's Hebrew spec, #GitHub → #Semver).
    followed((h) => h.body >= 2 && h.body * 1000 >= BODY_ONLY_PER_THOUSAND_WORDS * text.body.list.length) ??
    // In a script without case, the name the page is published as comes before a Latin word of its body: a Hebrew
    // spec writes «ASCII» three times and is SemVer's (dev13: #ASCII; semver.org → #Semver).
    (caseless ? (latinName(text, lang) ?? siteName(text, url, lang)?.name ?? hostTag(url)) : undefined) ??
    written((k) => k.nameLike) ??
    written((k) => k.named && k.prominent && !ofScript(k.display)) ??
    // The name the page is published as comes before a followed name its body gives once (dev14: 12factor.net's
    // Polish «Logs», #OpenSource from «na licencji open-source», «generic, doesn't name 12-factor»; now #12Factor).
    followed(() => true) ??
    written((k) => k.named && k.prominent);
  if (named !== undefined) return named;
  // A title of common words only («Release day») still gets one: «at least one tag» is the to keep.
  const word =
    titleName ??
    longest((w) => !isCommonWord(w, text.lang) && !writtenSmall(text, w)) ??
    // A title of common words capitalised by title case («Mentorluk Programı Taşındı», whose body writes
    // «taşındı»): the name the page is published as says more than any of them.
    siteName(text, url, lang)?.name ??
    toHashtag(hostLabel(url) ?? '') ??
    longest((w) => !isCommonWord(w, text.lang)) ??
    longest((w) => !stopwords(text.lang).has(fold(w))) ??
    found[0]?.display;
  return word === undefined ? undefined : toHashtag(unshout(word, text.lang));
}
