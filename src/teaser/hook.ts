import { allMatches } from '../text/matches.js';
import { phrasesAtEdges } from '../text/prescan.js';
import { firstItemShown, type Place, presupposesFirst, titleGivesFirst } from './additive.js';
import { leansOnUnshown } from './anchor.js';
import { asideToReader, opensWithCredit, withoutCredit } from './asides.js';
import { auditTitle, countsFindings } from './audit-result.js';
import { ownLanguageHalf } from './bilingual.js';
import type { Block } from './blocks.js';
import { namesUnintroduced, withArticle, withoutFigureTail } from './deixis.js';
import { namesDigest } from './emoji.js';
import { withoutGladOpener } from './glad-opener.js';
import type { Keyword } from './keywords.js';
import {
  obligesOthers,
  ordersReader,
  postContext,
  standsAlone,
  withoutCasedLabel,
  withoutConnective,
  withoutFeatureLabel,
  withoutLeaningPhrase,
} from './leaning.js';
import {
  clearsThroat,
  datesEarlierStage,
  datesEarlierVersion,
  givesFigure,
  newsworthiness,
  recountsHistory,
  statesRequirement,
  titleStage,
  titleVersions,
  withoutPromise,
} from './newsworthy.js';
import { opensWithUpdateLabel, withoutNoteLabel } from './note-label.js';
import { countsItems, recapTitle } from './recap.js';
import { characterizesRelease, withoutReleaseTalk } from './release-talk.js';
import { CJK_DATE, monthNames, paragraphSentences, writesNoFullStop } from './sentences.js';
import {
  baseLang,
  characterClass,
  codePointIn,
  codeUnits,
  collapseSpaces,
  fold,
  hasNumber,
  roughSize,
  stripEmoji,
} from './text.js';
import { titleMourns } from './tone.js';
import { VERSION_WORD } from './versions.js';
import { isUnspaced, stopwords, type Word, words } from './words.js';

/**
 * The hook, composed as an editor would (docs/teasers.md, "Composing the hook"): the title first (it was written
 * to be one) unless it is too thin or in another language, or a sentence of the opening (the author's summary
 * first) says it better; then at most one sentence that carries the news (numbers, dates, names, a call to act),
 * from near the lead, never repeating the title, never leaning on a sentence the post does not show; the
 * article's own question may close it. Without a usable title, the sentence that best restates it leads.
 */
export interface Hook {
  sentences: string[];
  question?: string;
}

interface Candidate {
  text: string;
  block: number;
  index: number;
  /** How well it says what the article is about (the lead when the title cannot be). */
  score: number;
  /** How much news it adds to the lead (see `newsValue`). */
  news: number;
  /** Rank of its block among prose blocks. */
  rank: number;
  /**
   * Rank of its block among those that gave a usable sentence: a byline, a table or a list of links before the
   * first paragraph does not push it away from the title.
   */
  near: number;
  /** Share of the title's terms it restates, and how many words of its own it adds. */
  restates: number;
  fresh: number;
  /** Share of its own words that the title already has: above a half, it repeats the title. */
  repeats: number;
  /** How many of the title's terms it restates that are not names (see `sharedWords`). */
  sharedWords: number;
  /**
   * The page's first sentence names a thin title (a name and a version) whole and says what it is («Specyfikacja Conventional Commits to
   * lekka konwencja dotycząca wiadomości commitów.» under «Conventional Commits 1.0.0»): see `THIN_TITLE_LEDE`.
   */
  saysWhatItIs?: true;
  /** In a recap's opening, it counts the recap's items («…five speakers presented…»): see recap.ts. */
  countsItems?: true;
  /** It asks the reader to act or gives a deadline: worth taking from further into the article. */
  act: boolean;
  /** Under an audit's title, it counts what the audit found (audit-result.ts): its news, wherever it stands in the opening. */
  result: boolean;
  /** It comes from the section that says what to do («Recommendations», «Solution»): see `ADVICE_HEADING`. */
  advice: boolean;
  /** The first line under a heading that says what a release brings («What's new», «Features»). */
  listsNews: boolean;
  /** A requirement or compatibility line (`statesRequirement`): under a release's title, background. */
  requirement: boolean;
  /** What its words say is new: a word of change, a list, a figure (`newsworthiness`'s `fresh`). */
  freshness: number;
  /** It gives a number (a date, a count, a version) that the title does not. */
  newNumber: boolean;
  /** The same, days of the month aside: a count, a version, an amount, a year. */
  newFigure: boolean;
  summary: boolean;
  /** It opens the article with the author's own summary (the front matter's description, a «TL;DR:»). */
  authored: boolean;
  question: boolean;
  /** It opens with a condition put to the reader («If you…», «Se stai…»): see `CONDITION`. */
  conditional: boolean;
  /** A note («Note: if you prefer not to use rustup…») that puts a condition to some readers: see `ASIDE_COST`. */
  aside: boolean;
  /**
   * It opens the article's body with an update's label («Update: Our first GEM was a success with 46 meetups»):
   * written after the post, it is the news the post has today (see `compose`).
   */
  update: boolean;
  /**
   * It opens the first paragraph under a heading with an update's label that comes before the post («## Update:
   * Patched kernels are now in production»): the section's news, said after the title (see `compose`).
   */
  updateSection: boolean;
  /** It is about the publication, not the news: how to subscribe, a welcome (see `HOUSEKEEPING`), or its `credits`. */
  housekeeping: boolean;
  /** Thanks to its people, how to install it (`thanks`, `installsPackage`): never the news nor the lead. */
  credits: boolean;
  /** Background, not news: a definition, a mission statement, a reflection (see `newsworthiness`). */
  background: boolean;
  /**
   * It dates an earlier version or stage than the title's (`datesEarlierVersion`, `datesEarlierStage`): the old news
   * the title's news replaces, which never follows the title.
   */
  earlier?: true;
  /** It sits inside its paragraph, past its first sentence, and leans on it (`INSIDE_COST`). */
  inside: boolean;
  /**
   * Inside its paragraph, it names nothing or replies to the question before it (`leansOnUnshown`, anchor.ts):
   * it is shown only right after the sentence before it.
   */
  unanchored: boolean;
  /** It names «the site», «the project» where the title names no such thing (deixis.ts's `namesUnintroduced`). */
  unintroduced: boolean;
  /** It presupposes a first item («also», «said protocol»): the sentence before it, which the post must show (additive.ts). */
  after?: Place | null;
  /** A lede that speaks as an unnamed «we»: never the lead; news after the title only in the opening (`plainLede`). */
  unnamedWe?: boolean;
  /** Past a heading that came after the opening: a section's sentence, not the article's lede. */
  sectioned?: true;
  /**
   * Under a heading in the title's words («Selected projects») or over what a release brings («What's new»), the
   * section's first paragraph: the title's news told there.
   */
  titled?: true;
}

/**
 * Sentences added to the lead, the article's question aside: one. Readers found a third sentence, from another
 * part of the article, disjointed; a teaser is not an extract.
 */
const MAX_NEWS = 1;
/**
 * The hook's size in code points, lead included (a sentence is added only within it): about 200–280 characters
 * on Mastodon once emoji, link and hashtags are in. Unspaced scripts say more per character (and X counts
 * theirs twice).
 */
const HOOK_BUDGET = 210;
const HOOK_BUDGET_UNSPACED = 100;
/**
 * The one sentence that carries the news beside the lead may run the hook a tenth past its budget, and a lede
 * that says the title better may lead up to that size: a budget is a guide, and on dev ledes a few characters
 * over it were dropped and left the title alone (MetaDocencia's 222-character lede, a Korean post at 102/100).
 */
const NEWS_ROOM = 1.1;
/** With a thread the hook is the whole summary: up to six sentences, and no size budget worth the name. */
const THREAD_BUDGET = 2000;
const THREAD_NEWS = 5;
/** A news sentence must score this much to be added: background is left out rather than padded in. */
const MIN_NEWS_SCORE = 1.5;
/**
 * What a recap's opening counts of its items weighs as news (see `Candidate.countsItems`): the whole beats one
 * item (dev15: PyTorch Korea's seminar recap followed its title with the group's mission, not its five talks).
 */
const RECAP_COUNT = 1;
/** What an audit's count of its findings weighs as news (see `Candidate.result`): a call to act's weight, about. */
const AUDIT_RESULT = 1;
/**
 * The share of the title's terms a recap's count of its items must restate to lead: less than another sentence's,
 * for it adds the whole the title only names («네 번째 기술 세미나는 다섯 분의 연사가…» under «…네 번째 기술 세미나 돌아보기»).
 */
const COUNT_SAYS_IT_BETTER = 0.25;
/** What a thin title's page says first of what it is weighs as news (see `Candidate.saysWhatItIs`). */
const THIN_TITLE_LEDE = 1;
/**
 * What background (a definition, a mission statement, a reflection: `newsworthiness`) costs a sentence's news
 * value and its score as a lead: as much as a number gives, so a name or two no longer carries it past the
 * threshold («As a CNCF project, Falco is committed to…»).
 */
const BACKGROUND_COST = 1;
/**
 * What a requirement line costs a release's news sentence (`statesRequirement`): as much as housekeeping, below the
 * threshold, whatever its version number gives: «Minimal supported version of Kubernetes is now 1.34.» outranked
 * Knative v1.22's multi-cluster deployment on dev9.
 */
const REQUIREMENT_COST = 2;
/**
 * A sentence from the title's paragraphs that stands in for a dry opening must carry this much news of its own
 * (a number, a name, a word of change): «OTEL describes itself as…» does not.
 */
const MIN_STAND_IN = 1;
/**
 * What a sentence loses for naming «the site», «the project» the post never introduced (`namesUnintroduced`): a
 * sentence that says its thing gives it way; alone, it is still better than the title alone.
 */
const UNINTRODUCED_COST = 1;
/** A title with this many content words (character pairs in unspaced scripts) says something on its own. */
const INFORMATIVE_TITLE = 5;
const INFORMATIVE_TITLE_UNSPACED = 10;
/** A sentence of the opening that restates this much of the title, and more, says it better than the title. */
const SAYS_IT_BETTER = 0.6;
/** A title with fewer terms than this is said better only from the first paragraph (see `better` in `pickHook`). */
const RESTATABLE_TITLE = 3;
/** The author's own summary was written to say it: half the title's words are enough. */
const SUMMARY_SAYS_IT_BETTER = 0.5;
/**
 * A sentence picked to follow the title that restates this much of it (and says more, keeps its numbers) says
 * the same thing twice beside it: it leads alone instead.
 */
const RESTATING_FOLLOWER = 0.4;
/** A sentence whose own words are this much the title's, or that restates this much of it, repeats the title. */
const REPEATS_TITLE = 0.5;
/**
 * A sentence after the title comes from the first prose blocks (or the author's summary); after a lead
 * sentence, from its block or the next. A call to act may come from anywhere in the opening (LEAD_BLOCKS).
 */
const NEAR_TITLE = 2;
const NEAR_LEAD = 1;
/** Only the opening of an article is read for a lead (and the summary section, wherever it is). */
const LEAD_BLOCKS = 12;
/**
 * A sentence that says the title better is a lede: the first or second of its paragraph («Am 3. April 2023 wird
 * diese Container-Image-Registry … eingefroren» after a sentence of background). Further into a paragraph it
 * leans on what comes before it: 「登録したウェブサイトはあなたのサービスプロバイダーとなり…」, third of its paragraph, led
 * a dev post alone («dry, no hook»).
 */
const LEDE_SENTENCES = 1;
const QUESTION_BLOCKS = 8;

const URL = /\b(?:https?:\/\/|www\.)\S/iu;
/** What every match of URL contains, found by a plain scan: a case-insensitive Unicode `\b` is slow to try everywhere. */
const MAYBE_URL = /:\/\/|www\./i;
// Full stops of other scripts too: Devanagari and Bengali «।», Arabic «؟», Urdu «۔», Armenian «։», Ethiopic «።»,
// Khmer «។», Burmese «။».
const COMPLETE = /[.!?。！？…।॥؟۔։።។။](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;
const QUESTION = /[?？؟](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;
const TRAILING_HASHTAGS = /(?:\s*[#＃][\p{L}\p{M}\p{N}_]+)+$/u;
const STARTS_LOWERCASE = /^["«“(]?\p{Ll}/u;
// Hiragana are mostly particles and endings (の, は, を): pairs with them say little about a subject.
const HIRAGANA = /\p{Script=Hiragana}/u;
// Where an emoji was removed before closing punctuation of unspaced scripts: «贡献的 ）».
const SPACE_BEFORE_CLOSING = /\s+(?=[）」』，。、！？])/gu;
// Sentences that lean on the one before them: they make a poor lead.
const CONNECTIVE =
  /^(?:furthermore|moreover|however|additionally|in addition|therefore|thus|but|and|also|so|cependant|pourtant|toutefois|en effet|de plus|par ailleurs|ainsi|donc|mais|néanmoins|en outre|aber|jedoch|außerdem|zudem|daher|deshalb|und|sin embargo|además|pero|por lo tanto|no entanto|além disso|mas|portanto|しかし|また|さらに|但是|此外|而且|그러나|또한|하지만)(?=[\s,、，]|$)/iu;
// A condition put to the reader, in the set's languages: «If you…», «Se stai…», «Si vous…», «Wenn du…».
const CONDITION =
  /^[«“"(]?(?:if (?:you|your)|se (?:stai|sei|vuoi|hai|você|voce|tu)|si (?:vous|tu|usted|estás|eres|tienes|quieres|ya)|wenn (?:du|sie|ihr)|falls (?:du|sie|ihr)|als (?:je|u)|jeśli|jeżeli|если (?:вы|ты)|якщо (?:ви|ти)|eğer|jika (?:anda|kamu)|apabila anda|اگر|إذا كنت|אם אתה|अगर आप|यदि आप)(?![\p{L}\p{N}])/iu;
// An interviewer's question: it asks the guest to tell «us», not the follower («Can you tell us about yourself and
// what ShowMax does?» read out of context on dev). A question to the reader («Do you find yourself…?») stays.
const INTERVIEWER =
  /(?<![\p{L}])(?:tell us|you tell us|describe for us|share with us|parlez-nous|dites-nous|racontez-nous|pouvez-vous nous|erzähl(?:en Sie)? uns|kannst du uns|können Sie uns|cuéntanos|cuéntenos|puedes contarnos|podría contarnos|conte-nos|pode nos contar|você pode nos|raccontaci|puoi raccontarci|può raccontarci|vertel (?:ons|eens)|kun je ons|możesz nam|opowiedz nam|расскажите нам|расскажи нам|розкажіть нам|bize anlat|ceritakan kepada kami)(?![\p{L}])/iu;
// A sentence whose words went missing upstream («la publicación de Ruby .»: a template value was dropped).
const HOLE = /\s[.,;:]$|\s[.,]\s/u;

/**
 * A sentence that opens with a connective («Mais toutes ne sont pas inoffensives», «However, …») leans on the
 * one before it: shown anywhere but right after that sentence, it answers nothing. (A pronoun at the start is
 * a weaker sign, only a penalty below: «This April…», German «Das Ranking…» stand on their own.)
 */
export function leansOnPrevious(sentence: string): boolean {
  return CONNECTIVE.test(sentence);
}

/**
 * The sentence as a post shows it: emoji, trailing hashtags and runs of spaces gone. An emoji removed between a
 * no-break space and a space («for ✨\u00A0legacy ✨\u00A0reasons») leaves a run that `collapseSpaces` does not
 * see (no-break spaces are kept for French typography); readers saw «for  legacy  reasons» as broken text.
 */
function clean(sentence: string): string {
  const spaced = collapseSpaces(stripEmoji(sentence)).replace(/\s{2,}/gu, ' ');
  // Hashtags need a «#», and a CJK gap two characters from U+2E80 on: most sentences are spared both patterns.
  const untagged = spaced.includes('#') || spaced.includes('＃') ? spaced.replace(TRAILING_HASHTAGS, '') : spaced;
  const closed = untagged.replace(SPACE_BEFORE_CLOSING, '');
  return (MAYBE_CJK.test(closed) ? closed.replace(CJK_GAP, '$1') : closed).trim();
}
/** Where a character of CJK_GAP can be: from U+2E80 on (CJK radicals, kana, Han, full-width forms; surrogates). */
const MAYBE_CJK = /[\u2E80-\uFFFF]/;
/** For the test that holds MAYBE_CJK to CJK_GAP. */
export const CJK_GAP_PATTERNS = { maybe: MAYBE_CJK, full: () => new RegExp(CJK_GAP.source, 'u') } as const;
/**
 * A space between two Chinese or Japanese characters: where a link was, translators set it off with spaces
 * («迁移至 [框架](…)，» → «迁移至 框架，»), which the text does not have without the link. Korean spaces its words.
 */
const CJK_GAP =
  /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，：；！？（）「」])[ \t]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}、。，：；！？（）「」])/gu;

const QUOTED_WHOLE = /^\s*[“„«"]\s*([\s\S]*?)\s*[”“»"]\s*$/u;

const ANY_QUOTE = /[«»„“”"「」『』]/;

/**
 * A quotation opened and not closed in the sentence (a quoted paragraph goes on in the next one): posted alone it
 * reads cut, «broken text; unclosed quotation mark» (dev2: «“Amanda Weaver’s team … operates like a government
 * think-tank.» led an 18F interview). Curly double quotes are counted as one family, since languages pair them
 * differently: „…“ in German, “…” in English, ”…” in Swedish; each pair is two of them.
 */
function unbalancedQuotes(text: string): boolean {
  // Most sentences have no quotation mark at all: one scan says so before five that each build an array.
  if (!ANY_QUOTE.test(text)) return false;
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return (
    count(/«/g) !== count(/»/g) ||
    count(/[„“”]/g) % 2 === 1 ||
    count(/"/g) % 2 === 1 ||
    count(/「/g) !== count(/」/g) ||
    count(/『/g) !== count(/』/g)
  );
}

/**
 * A quotation cut at its start («(…) و فقط یک کامپیوتر…», «[…] and then», «... which»): the elision mark says the
 * sentence begins in the middle of one the post does not show (dev2: it followed the Persian guide on getting paid).
 */
const ELIDED_START = /^[\s«“"„]*(?:[([]\s*(?:…|\.{3})\s*[)\]]|…|\.{3})/u;

/**
 * A «#» a platform would link as a hashtag inside the sentence (a CSS selector, «ke elemen #app», dev6): posted, it
 * tags something nobody chose. A «#» after a letter («C#») or before digits only («#5») is no tag on any of them.
 */
const STRAY_HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/=)#＃])[#＃][\p{L}\p{M}\p{N}_]*\p{L}/u;

/**
 * A sentence a reader can take on its own: complete, not a fragment, no URL, no stray hashtag, neither tiny nor huge. A lowercase
 * start marks a fragment, except at the start of a paragraph with a name written in lowercase («libcurl skips…»,
 * «npm now requires…»): not a word of the language's stop list.
 */
/**
 * A bare address in parentheses after a name («…joins HackStorm AI + IoT Hackathon (https://www.hackstorm.ai/) as
 * a co-host») is the name's link, which the post carries no better than the reader's search: the sentence reads whole
 * without it. Left in, it made the sentence unusable (a URL), and the news gave way to the sponsor's boilerplate
 * (dev14: TuyaOpen's HackStorm post, 5/10, "dry corporate boilerplate (company intro)").
 */
const URL_ASIDE = /\s*[(（]\s*(?:https?:\/\/|www\.)[^\s()（）]+\s*[)）]/giu;
/**
 * So is a changelog's pull-request or issue number in parentheses («…لتبادل بيانات ثنائية أكثر كفاءة (#4145).»): the
 * project's bookkeeping, which a follower reads as a hashtag of digits (dev13: Gin's Arabic release post, «meaningless
 * hashtag (#4145 from issue ref)», «broken text»).
 */
const ISSUE_ASIDE = /\s*[(（]\s*#\d+(?:\s*[,，、]\s*#\d+)*\s*[)）]/gu;
function withoutUrlAside(text: string): string {
  const unlinked = MAYBE_URL.test(text) ? text.replace(URL_ASIDE, '') : text;
  return unlinked.includes('#') ? unlinked.replace(ISSUE_ASIDE, '') : unlinked;
}

function usable(text: string, opensParagraph: boolean, stop: ReadonlySet<string>, closed = false): boolean {
  if (
    !(closed || COMPLETE.test(text)) ||
    (MAYBE_URL.test(text) && URL.test(text)) ||
    HOLE.test(text) ||
    unbalancedQuotes(text)
  )
    return false;
  if (ELIDED_START.test(text) || STRAY_HASHTAG.test(text)) return false;
  if (STARTS_LOWERCASE.test(text) && !(opensParagraph && lowercaseName(text, stop))) return false;
  const size = roughSize(text);
  if (isUnspaced(text)) return size >= 10 && size <= 300;
  return size >= 20 && size <= 300 && hasSpaces(text, 3);
}

/**
 * At least `n` spaces (four words or more for 3), counted without splitting the sentence into an array of its words:
 * asked of every candidate sentence, the split was about 1.5 % of composing an article.
 */
function hasSpaces(text: string, n: number): boolean {
  let at = -1;
  for (let found = 0; found < n; found++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** The first word is a name written in lowercase (libcurl, npm, etcd), not a word of the language. */
function lowercaseName(text: string, stop: ReadonlySet<string>): boolean {
  const first = words(text)[0];
  return first !== undefined && !stop.has(first.key) && /^[\p{Ll}\p{N}._-]+$/u.test(first.text);
}

/**
 * The title's content words (its stop words aside); for unspaced scripts, its character pairs: 「所有権」 is
 * found in 「所有権は」 without segmenting words; pairs with hiragana (particles, endings) are left out.
 */
function titleTerms(title: string, lang: string): string[] {
  const stop = stopwords(lang);
  const terms = new Set<string>();
  for (const w of words(title)) {
    if (w.unspaced) {
      const chars = Array.from(w.key);
      for (let i = 0; i + 1 < chars.length; i++) {
        const pair = `${chars[i]}${chars[i + 1]}`;
        if (!HIRAGANA.test(pair)) terms.add(pair);
      }
      if (chars.length === 1 && !HIRAGANA.test(w.key)) terms.add(w.key);
    } else if (!stop.has(w.key) && (w.key.length >= 3 || /^\p{Lu}{2,}$/u.test(w.text))) {
      terms.add(w.key);
    }
  }
  return [...terms];
}

interface SentenceWords {
  /** Its words, as `words` splits them (anchor.ts reads them again for names). */
  list: Word[];
  folded: string;
  keys: Set<string>;
  stems: Set<string>;
}

function sentenceWords(sentence: string): SentenceWords {
  const list = words(sentence);
  const keys = list.map((w) => w.key);
  return {
    list,
    folded: fold(sentence),
    keys: new Set(keys),
    stems: new Set(keys.filter((k) => k.length >= 5).map((k) => k.slice(0, 5))),
  };
}

/** Share of the title's terms (`titleTerms`) a sentence restates: under-card.ts asks it of one sentence. */
export function restatesTitle(title: string, sentence: string, lang: string): number {
  return overlap(titleTerms(title, lang), sentenceWords(sentence));
}

/** The title's numbers (a version, a year) all in the sentence: under-card.ts asks it of one sentence. */
export function keepsTitleNumbers(title: string, sentence: string): boolean {
  const titleNumbers = numbersOf(title);
  return titleNumbers.length > 0 && keepsNumbers(new Set(titleNumbers), sentence);
}

/** Share of `terms` found in a sentence: whole words, or a shared 5-letter stem (appel/appelle, secure/security). */
function overlap(terms: readonly string[], s: SentenceWords): number {
  if (terms.length === 0) return 0;
  let found = 0;
  for (const term of terms) if (hasTerm(s, term)) found++;
  return found / terms.length;
}

function hasTerm(s: SentenceWords, term: string): boolean {
  return isUnspaced(term) ? s.folded.includes(term) : hasWordOrStem(s, term);
}

/** The word's key among the sentence's, or, from five letters, its stem (the first five: released/releases). */
function hasWordOrStem(s: SentenceWords, key: string): boolean {
  return s.keys.has(key) || (key.length >= 5 && s.stems.has(key.slice(0, 5)));
}

const isLetter = characterClass(/\p{L}/u);
const isLatin = characterClass(/\p{Script=Latin}/u);

interface Scripts {
  /** Letters (\p{L}), characters of the Latin script (letters, and a few others: Ⅻ), letters of other scripts. */
  letters: number;
  latin: number;
  otherLetters: number;
}

/** What a text is written in, counted by code point in one loop (see `characterClass`). */
function scriptsOf(text: string): Scripts {
  let letters = 0;
  let latin = 0;
  let otherLetters = 0;
  const n = text.length;
  const units = codeUnits(text);
  for (let i = 0; i < n; ) {
    const c = codePointIn(units, n, i);
    if (c < 0x80) {
      // In ASCII the letters are A–Z and a–z, and they are Latin.
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++;
        latin++;
      }
      i++;
      continue;
    }
    const letter = isLetter(c);
    const latinChar = isLatin(c);
    if (letter) letters++;
    if (latinChar) latin++;
    if (letter && !latinChar) otherLetters++;
    i += c > 0xffff ? 2 : 1;
  }
  return { letters, latin, otherLetters };
}

/** Share of a text's letters that are Latin (1 for an English text, near 0 for an Arabic one). */
function latinShare({ letters, latin }: Scripts): number {
  return letters === 0 ? 0 : latin / letters;
}

const latinByTag = new Map<string, boolean>();

/**
 * The language is written in Latin script, by CLDR's likely script for its tag («ru» Cyrillic, «sr-Latn» Latin).
 * Kept by tag: building and maximising an Intl.Locale for every article was about 1 % of composing it.
 */
function latinLanguage(lang: string): boolean {
  let latin = latinByTag.get(lang);
  if (latin === undefined) {
    try {
      latin = new Intl.Locale(lang).maximize().script === 'Latn';
    } catch {
      latin = true;
    }
    if (latinByTag.size >= 1000) latinByTag.clear();
    latinByTag.set(lang, latin);
  }
  return latin;
}

/** A sentence mostly in Latin letters in a non-Latin article, or the other way round. */
function otherScript(text: string, articleLatin: boolean): boolean {
  const scripts = scriptsOf(text);
  // Most sentences are in one script: only one where the other one shows at all.
  if (articleLatin ? scripts.otherLetters === 0 : scripts.latin === 0) return false;
  const share = latinShare(scripts);
  return articleLatin ? share < 0.2 : share > 0.7;
}

/** Capitalised words past the first: names of people, projects, places. */
const NAME = /(?<=\s)(?:\p{Lu}[\p{L}\p{M}\p{N}]+|[\p{L}]+[.-]?\p{Lu}[\p{L}\p{N}]*)/gu;
/** In unspaced scripts, Latin words are names (RubyGems, Ruby Central, Ant Design). */
const LATIN_NAME = /\p{Script=Latin}[\p{Script=Latin}\p{N}.]+/gu;
/**
 * A deadline, and a call for participants or proposals, which asks whoever reads it: a call to act by itself.
 * Words, then runs of unspaced scripts; both are part of CALL_TO_ACT too (see `callsToAct`).
 */
const DEADLINE_WORDS =
  'deadline|action required|urgent|avant le|date limite|bis zum|frist|antes del? \\d+|fecha límite|plazo|prazo|entro il|scadenza|voor \\d+|до \\d+|срок|call for (?:participants|proposals|papers|speakers|contributions|volunteers|submissions)|appel à (?:participation|contributions|propositions|candidatures|communications)|aufruf zur teilnahme|convocatoria|chamada de trabalhos';
const DEADLINE_RUNS = '締め切り|締切|募集|截止|征集|招募|마감|모집';
const DEADLINE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DEADLINE_WORDS})(?![\\p{L}\\p{N}])|${DEADLINE_RUNS}`, 'iu');
/**
 * A call to act or a deadline, in the set's languages: what a follower must do, and by when. A word of time
 * alone is not one («now», «today», «before»: «our guide is now trilingual», «even before GSoC started»).
 */
// Word edges by Unicode letters: `\b` is ASCII-only and never matches before «обновите».
const CALL_TO_ACT_WORDS = `upgrade|update|patch|migrate|register|sign up|join|apply|submit|install|download|try|vote|must|required|mettez à jour|inscri\\p{L}*|rejoignez|aktualisier\\p{L}*|update\\p{L}*|anmelden|registrier\\p{L}*|actualic\\p{L}*|actualiz\\p{L}*|inscríbe\\p{L}*|regístr\\p{L}*|atualiz\\p{L}*|inscreva|aggiorna\\p{L}*|iscriviti|bijwerken|meld je aan|обновите|зарегистр\\p{L}*|beware|be careful|watch out|méfiez-vous|vorsicht|осторожн\\p{L}*|остерегайтесь|${DEADLINE_WORDS}`;
const CALL_TO_ACT_RUNS = `今すぐ|アップデート|アップグレード|更新してください|注意|参加|応募|升级|更新|注册|报名|谨防|警惕|업데이트|등록|주의|참여|참가|${DEADLINE_RUNS}`;
/**
 * Found first without the letters around them checked (`phrasesAtEdges`): without a look-behind at every position,
 * its words rule out most sentences at a third of the cost (corpus and dev).
 */
const CALL_TO_ACT = phrasesAtEdges(CALL_TO_ACT_WORDS, { edge: '\\p{L}\\p{N}', runs: CALL_TO_ACT_RUNS });
/** For the test that holds CALL_TO_ACT's first scan to it. */
export const CALL_TO_ACT_PATTERNS = CALL_TO_ACT;
/**
 * A call to act is said to the reader: the verb opens the sentence (an imperative: «Upgrade curl to 8.16.0»,
 * «Join us…»), or the sentence speaks to the reader or says it must be done («you», «please», «must», «we
 * recommend», «vous», «devez», 「推奨」, 「ください」, «必须», «하세요»); a deadline is one by itself, and so is a call for
 * participants or proposals, which asks whoever reads it. The verb alone is often a
 * noun or a report: «SIG-etcd released updates…», «the 66% majority required», «para criar e atualizar as
 * traduções» (dev: it made «Estamos trabalhando … para … atualizar as traduções» the news of rOpenSci's guide).
 */
const ADDRESSED =
  /(?<![\p{L}\p{N}])(?:you|your|us|please|bitte|por favor|per favore|alsjeblieft|пожалуйста|будь ласка|proszę|mohon|silakan|must|should|recommend\p{L}*|encourag\p{L}*|advis\p{L}*|need to|vous|votre|vos|devez|recommand\p{L}*|sie|du|dein\p{L}*|ihr|müssen|sollten|empfehl\p{L}*|empfohlen|usted|ustedes|tu|debe\p{L}*|recomend\p{L}*|você|vocês|deve\p{L}*|devi|dovete|consigli\p{L}*|jij|je|moet\p{L}*|aanbevol\p{L}*|вы|ваш\p{L}*|ви|необхідно|необходимо|рекоменд\p{L}*|anda|harus|disarankan|sebaiknya|powin\p{L}*|należy|musisz|zalec\p{L}*|lütfen|gerek\p{L}*)(?![\p{L}\p{N}])|推奨|ください|必要があります|必须|必須|建议|建議|请|請|務必|务必|하세요|하십시오|권장|해야/iu;

/** What may come before a sentence's first word: spaces, opening quotes and marks. */
const OPENING = /^[\s«“"'(¡¿]*$/u;

export function callsToAct(text: string): boolean {
  // Every deadline is in CALL_TO_ACT too: one cheap scan of the sentence in most cases (these scans are the hook's cost).
  const m = CALL_TO_ACT.exec(text);
  if (m === null) return false;
  return OPENING.test(text.slice(0, m.index)) || DEADLINE.test(text) || ADDRESSED.test(text);
}

/** The verb of a call to act opens it: an imperative («Upgrade curl to version 8.16.0»). */
function opensWithCall(text: string): boolean {
  const m = CALL_TO_ACT.exec(text);
  return m !== null && OPENING.test(text.slice(0, m.index));
}

/**
 * A heading that announces what to do: an advisory's «Recommendations», «Solution», «Mitigation», «What to do».
 * Its call to act is the post's news wherever it is in the article (curl's advisories give «Upgrade curl to
 * version 8.16.0» after a dozen paragraphs of analysis: dev posts were the title alone, «dry, no hook»).
 */
/**
 * A heading over what a release brings: «What's new», «Highlights», «Notable changes», «Nouveautés», «Neuerungen»,
 * «Novedades», 新機能, 主な機能, «새로운 기능», «الميزات الرئيسية» (dev13: Gin's). Its first paragraph says what the version does, however far into the post:
 * install instructions and thanks near the title are not its news (docs/teasers.md).
 */
const WHATS_NEW_HEADING =
  /^(?:(?:release|version|update|major|main|key) )?(?:what['’]s new\b.*|what['’]s changed|highlights|notable changes|new features|key features|nouveautés|quoi de neuf\b.*|points forts|neuerungen|was ist neu\b.*|neue funktionen|novedades|qué hay de nuevo\b.*|lo más destacado|nuevas funciones|novidades|o que há de novo\b.*|destaques|novità|cosa c['’]è di nuovo\b.*|wat is er nieuw\b.*|hoogtepunten|co nowego\b.*|nowości|что нового\b.*|основные изменения|новые возможности|що нового\b.*|основні зміни|yenilikler|neler yeni\b.*|apa yang baru\b.*|新機能|主な(?:変更点?|機能)|ハイライト|新功能|新特性|亮点|主要变更|主要變更|重要变更(?:介绍)?|重要變更(?:介紹)?|更新内容|새로운 기능|주요 변경 사항|하이라이트|ما الجديد\b.*|(?:ال)?(?:ميزات|مميزات) (?:ال)?(?:رئيسية|جديدة)|أبرز (?:ال)?(?:ميزات|مميزات)|מה חדש\b.*|नया क्या है\b.*)[\s:：.!?？]*$/iu;
/**
 * A heading over what an audit, a survey, a study or a test came to: «Results», «Audit results», «Five
 * informational findings», «Key takeaways», «TL;DR», «Résultats», «Ergebnisse», «Resultados», «Результаты», 「審計结果」,
 * 「アンケート結果」, «결과». Its first paragraph or list is the article's outcome, its news, however far into the post
 * (dev7: Karmada's Chinese audit report was posted as its thanks and a description of Karmada, where «6 个发现 — 1
 * 个高风险…» stood under 「审计结果：」, «omits the audit's findings»). Up to three words before the word of result
 * («Tauri Community Survey Results»); in unspaced scripts, a few characters.
 */
const RESULTS_HEADING =
  /^(?:[\p{L}\p{N}-]+ ){0,3}(?:results?|findings?|(?:key )?takeaways|tl;?\s?dr|résultats|ergebnisse|befunde|resultados|hallazgos|risultati|resultaten|bevindingen|wyniki|результаты|результати|sonuçlar|bulgular|hasil|temuan|النتائج|نتایج|یافته‌ها|תוצאות|परिणाम|결과)[\s:：.!?？]*$|^[^\s]{0,8}(?:结果|結果|결과)[\s:：.!?？]*$/iu;
/**
 * A line that opens a list of what a release brings, in place of a heading: «Major improvements in this release:»
 * over Nim 2.0.8's list («Nim's allocator is now much more stable…»), while «…you can download Nim 2.0.8 from our
 * nightlies builds» followed its title (dev6: «no key improvements mentioned»). Read as a «What's new» heading. So
 * is «Here's what you need to know:» over a digest's list, «Esto es lo que necesitas saber:» (dev8: Chrome 120's
 * list named the CloseWatcher API, but a generic sentence on modal components under its heading was posted, «does
 * not name the feature»), «Voici ce qu'il faut savoir :», «Вот что нужно знать:», 「知っておくべきこと」. Not a line that says what
 * the update brings over its list («This update brings cleaner, more expressive templates with:»): its first line is a
 * fragment («Consecutive @case statements in @switch blocks.»), which two readers put below the announcement it
 * replaced (dev8: Prettier 3.8, 7 → 4). And «本次主要更新：»
 * («this release's main updates:», dev14: TuyaOpen v1.5.0's list of what it brings was refused line by line, and
 * «团队也特别高兴的看到…», the team's aside, followed the title, «hook out of context»).
 */
const WHATS_NEW_LEAD_IN =
  /^(?:(?:the )?(?:major|main|key|notable|important|other|some) )?(?:improvements|changes|highlights|new features|features|fixes|bug ?fixes|additions)(?: (?:in|of|for) (?:this|the) (?:release|version|update))?(?: include)?\s?:$|^(?:(?:here['’]s|here is|this is) what you (?:need|should|ought) (?:to )?know|(?:esto es )?lo que (?:necesitas|debes|tienes que|hay que) saber|voici ce qu['’]il (?:vous )?faut savoir|(?:das|dies) (?:müssen sie|musst du|solltest du|sollten sie) wissen|(?:eis|isto é|aqui está) o que (?:você )?(?:precisa|deve) saber|ecco (?:cosa|quello che) (?:devi|dovete|c['’]è da) sapere|вот что (?:вам )?(?:нужно|надо|следует) знать|ось що (?:вам )?(?:потрібно|треба|варто) знати|知っておくべきこと(?:は次のとおりです)?|(?:本次|此次|这次|這次)(?:主要|重要)?(?:更新|变更|變更)(?:内容|內容)?|以下是(?:你|您)需要(?:知道|了解)的(?:内容)?|알아야 할 (?:내용|사항)(?:은 다음과 같습니다)?)[\s.]*[:：]$/iu;
/**
 * A line that announces a list of announcements: «The React team is excited to share the following announcements:»,
 * «L'équipe React est heureuse de partager avec vous les annonces suivantes :» (dev11: its first item, «Nous avons
 * publié aujourd'hui la version beta de React Compiler…», is the news of «React Compiler : beta et feuille de route»;
 * read as a step, it was never a candidate, and the summary's React Conf of the spring followed the title). Read as a
 * «What's new» heading, like WHATS_NEW_LEAD_IN.
 */
const ANNOUNCEMENTS_LEAD_IN =
  /(?<![\p{L}])(?:the following (?:announcements|updates)|(?:les|ces) annonces suivantes|(?:die )?folgenden (?:ankündigungen|neuigkeiten)|(?:los )?siguientes anuncios|(?:os )?seguintes anúncios|(?:i )?seguenti annunci|следующ\p{L}* (?:объявлени|новост)\p{L}*|наступн\p{L}* (?:оголошенн|новин)\p{L}*)\s?[:：]$|以下の(?:発表|お知らせ)[^。]{0,20}[:：]$|以下(?:公告|消息|几项|幾項)[^。]{0,20}[:：]$|다음과 같은 (?:발표|소식)[^.]{0,20}[:：]$/iu;
/**
 * A heading over a changelog's entries: «Features», «Improvements», «Bug fixes», «Changes» (Deno Deploy's
 * changelog, dev6: under its dated headings, «Deno Deploy now supports scheduling cron jobs…» was its news, and
 * its description, «Listing notable progress…», led alone, «vague, names no concrete feature»).
 */
const CHANGES_HEADING =
  /^(?:changelog|features|improvements|enhancements|bug ?fixes|fixes|changes|additions|added|fixed|changed|fonctionnalités|améliorations|corrections|verbesserungen|fehlerbehebungen|änderungen|mejoras|correcciones|cambios|melhorias|correções|mudanças|miglioramenti|correzioni|verbeteringen|poprawki|ulepszenia|улучшения|исправления|изменения|покращення|виправлення|зміни|改善|修正|改进|修复|개선|수정)[\s:：.!?？]*$/iu;
const ADVICE_HEADING =
  /^(?:recommendations?|recommended actions?|solutions?|mitigations?|remediation|workarounds?|what (?:you )?(?:should|can|to) (?:i |you )?do\b.*|action required|recommandations?|que faire\b.*|empfehlungen?|maßnahmen|was (?:ist )?zu tun\b.*|recomendaci(?:ón|ones)|recomendaç(?:ão|ões)|qué hacer\b.*|o que fazer\b.*|raccomandazion[ei]|cosa fare\b.*|aanbevelingen?|рекомендации|что делать\b.*|対策|推奨事項|建议|解决方案|缓解措施|권장 사항|조치 사항)[\s:：.!?？]*$/iu;

/**
 * A signpost to the rest of the post, which promises its news without giving it: «Today Gleam v1.15.0 has been
 * published, let's go over what's new.» followed «Upgrading Hex security» (dev6: «doesn't say what changed»; the
 * OAuth2 and MFA change came next), «here's what's new», «read on», «voyons ce qui change», «schauen wir uns … an»,
 * «veamos», «vamos ver», «vediamo», «давайте посмотрим», «давайте розглянемо».
 */
const SIGNPOST =
  "let['’]s (?:go over|go through|take a (?:closer |quick )?look|have a look|dive|look at|see what|explore|walk through)|here['’]s what['’]s (?:new|changed)|read on (?:to|for) \\p{L}+|read on(?=[.!:])|voyons|schauen wir uns|werfen wir einen blick|veamos|vamos ver|vediamo|давайте (?:посмотрим|рассмотрим|разберем|разберём)|давайте (?:подивимося|розглянемо)";

/**
 * A heading over the page's housekeeping («Providing Feedback and Getting Help», «Contact», «Rückmeldungen»): what is
 * under it is neither the news nor a lead (dev5: AlmaLinux 9.6's release notes were posted as the bug-report
 * request under it alone, 3/10, "misleading"). A heading over what to have before starting («Prerequisites»,
 * «Requirements», «Voraussetzungen», «Prérequis», 「前提条件」, «사전 요구 사항»): its list lines are noun phrases, not
 * sentences (dev5: Rocky Linux's Japanese migration guide opened on 「…が動作するハードウェアサーバまたはVPS。」). Its
 * paragraphs are left to the other rules: on dev6 Hugo's quick start lost «You must also be comfortable working
 * from the command line.» to a Windows users' note, no better.
 */
/**
 * A heading over the publisher's description of itself: «Who we are», «About us», «Über uns», «Qui sommes-nous»,
 * «О нас», 「关于我们」. What it says is always true of the publisher, and background to the news of any post (dev13:
 * «Das xHain hat 130 Mitglieder…», under «## Wer wir sind», followed «xHain braucht Hilfe!» in place of the
 * appeal under «## Wir brauchen Hilfe», 5/10, "omits the ask").
 */
const ABOUT_HEADING =
  /^(?:who we are|about us|about the (?:project|team|organi[sz]ation|foundation|author)|qui sommes-nous|qui nous sommes|à propos de nous|über uns|wer wir sind|quiénes somos|sobre nosotros|quem somos|sobre nós|chi siamo|over ons|wie zijn wij|wie we zijn|o nas|kim jesteśmy|о нас|кто мы|хто ми|про нас|hakkımızda|biz kimiz|tentang kami|siapa kami|من نحن|درباره ما|ما که هستیم|אודות|מי אנחנו|हमारे बारे में|हम कौन हैं|私たちについて|关于我们|關於我們|我们是谁|我們是誰|회사 소개|우리는 누구인가)\s*[?？!.:]*$/iu;
const ASIDE_HEADING =
  /^(?:(?:providing |giving |send(?:ing)? (?:us )?)?feedback(?: and (?:getting )?(?:help|support))?|(?:getting |get )?help(?: and (?:feedback|support))?|(?:getting |get )?support|contact(?: us)?|reporting (?:bugs|issues|problems)|commentaires|retours|contact(?:ez-nous)?|feedback und hilfe|rückmeldungen?|kontakt|hilfe|comentarios|contacto|ayuda|contato|ajuda|contatti|kontakt|обратная связь|зворотний зв['’]язок|geri bildirim|umpan balik|フィードバック|反馈|反饋|피드백)[\s:：.!?？]*$/iu;
const REQUIREMENTS_HEADING =
  /^(?:(?:pre-?requisites?|requirements|system requirements|before you (?:begin|start)|what you(?:['’]ll| will)? need|you will need)|prérequis|pré-requis|conditions préalables|configuration requise|voraussetzungen|systemvoraussetzungen|anforderungen|requisitos(?: previos)?|requerimientos|prerrequisitos|pré-requisitos|prerequisiti|requisiti|vereisten|benodigdheden|wymagania(?: wstępne)?|требования|предварительные требования|необходимые условия|вимоги|передумови|gereksinimler|ön ?koşullar|persyaratan|prasyarat|المتطلبات(?: المسبقة)?|المتطلبات الأساسية|پیش‌نیازها|پیش نیازها|דרישות(?: מוקדמות)?|आवश्यकताएँ|आवश्यकताएं|पूर्वापेक्षाएँ|(?:必要な条件・)?前提条件|必要な(?:もの|条件)|動作環境|システム要件|前提|先决条件|先決條件|前置条件|前置條件|系统要求|系統需求|准备工作|準備工作|사전 요구 사항|사전 준비|요구 사항|필요 조건)[\s:：.!?？]*$/iu;

/**
 * Housekeeping about the publication, not its news: how to get it by email, subscribe or unsubscribe, a welcome
 * to the site (and in any language a bare greeting, see `greets`), a promise of more posts («Stay tuned for…», «Restez à l'écoute», «Bleiben Sie dran», «Fique ligado»,
 * «Следите за новостями»: dev3, «Stay tuned for the future where Upload 2.0 API provides semantics…» followed
 * PyPI's news on old releases in place of the discussion it had leaned on) (docs/teasers.md, "Composing the hook").
 */
const HOUSEKEEPING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:newsletter|(?:un)?subscribe|subscribing|subscription|welcome to|s['’]abonner|abonnez-vous|abonnieren|abonneer|abonnement|suscr[ií]bete|suscribirse|suscripción|assine|assinatura|subskryb\\p{L}*|subskrypc\\p{L}*|підпи\\p{L}*ся|подпи\\p{L}*сь|abone ol\\p{L}*|berlangganan|stay tuned|restez à l['’]écoute|bleib(?:en Sie|t)? dran|fique ligad[oa]s?|fiquem ligad[oa]s|mantente atento|manténganse atentos|restate sintonizzati|blijf op de hoogte|следите за новостями|слідкуйте за новинами|${SIGNPOST})(?![\\p{L}\\p{N}])|購読|订阅|訂閱|구독`,
  'iu',
);
/**
 * The standing description of a recurring section: its first sentence restates the heading whole («## Releases
 * und Release-Kandidaten» over «Neue Releases und Release-Kandidaten für beliebte Bitcoin-Infrastrukturprojekte.»,
 * and its Hindi twin: dev8, Bitcoin Optech's newsletters were posted as it, «boilerplate section text, missing the
 * main news»). It says what the section always holds, the same every issue; the entries under it are the news.
 * A heading of two words or more (one word, «Performance», is too common to restate by chance), past the opening.
 */
function restatesHeading(sentence: string, heading: string): boolean {
  const words = headingWords(heading);
  if (words.split(' ').length < 2) return false;
  return ` ${headingWords(sentence)} `.includes(` ${words} `);
}
/** Lowercase words, punctuation and emphasis marks as single spaces. */
function headingWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}-]+/gu, ' ')
    .trim();
}
/**
 * A welcome to the reader, in the languages of the set: «Seja bem vindo ao projeto Nushell.» led Nushell's
 * Portuguese introduction (dev8, «welcome greeting as hook»); «Bienvenue sur…», «Willkommen bei…», «Bienvenido
 * a…», «Добро пожаловать», 「ようこそ」, 「欢迎来到」, «…에 오신 것을 환영합니다».
 */
const WELCOME = phrasesAtEdges(
  'welcome to|(?:seja|sejam|sê) bem[- ]vind[oa]s?|bem[- ]vind[oa]s? (?:a|ao|à|aos)|bienvenid[oa]s? (?:a|al)|bienvenue (?:à|sur|dans|au)|willkommen (?:bei|beim|im|in|zu|zum|auf)|herzlich willkommen|benvenut[oiae] (?:a|al|in|nel|su)|welkom (?:bij|op|in)|witaj(?:cie)? w|добро пожаловать|ласкаво просимо|hoş geldiniz|selamat datang',
  { edge: '\\p{L}', runs: 'ようこそ|欢迎来到|歡迎來到|欢迎使用|歡迎使用|에 오신 것을 환영' },
);
/** Words a bare greeting has at most: «Seja bem vindo ao projeto Nushell.» */
const GREETING_WORDS = 7;
/**
 * A welcome that says nothing else: housekeeping. One that goes on to say what the page is («Bienvenue sur Le
 * langage de programmation Rust, un livre d'initiation à Rust.») tells the reader what they will read, and stays.
 */
function greets(text: string, unspaced: boolean): boolean {
  if (!WELCOME.test(text)) return false;
  return unspaced ? Array.from(text).length <= 25 : text.split(/\s+/u).length <= GREETING_WORDS;
}
/** What housekeeping costs a sentence's news value and its score as a lead: more than a number or a name gives. */
const HOUSEKEEPING_COST = 2;
/**
 * What a note that puts a condition to some readers («Note: If you prefer not to use rustup for some reason, see…»)
 * costs a sentence's news value: the author set it apart as a side note for those readers, and beside the lead it
 * outranked the lead's own next sentence (dev7: the Rust book's installation page, «second sentence is a side
 * note; rustup not introduced»). A condition without a note's label may be the news («If you never use this
 * feature, you will never be findable…»), and so is a call to act («Note: if you run Widget 2, upgrade now»).
 */
const ASIDE_COST = 1.5;
/**
 * What a sentence inside its paragraph (not its first) costs as news beside other news: it leans on the sentence
 * before it, which the post does not show. In a blind reading of dev posts (96), those whose added sentence sat
 * inside a paragraph scored 6.08 against 7.17 («The combination of Shadcn with React allowed…», «hook out of
 * context»). An opener of comparable news wins over it (dev12: Cloudflare's $1 million fund for Vite over «En la
 * publicación del blog de Cloudflare, explican por qué…»); one that carries clearly more still wins (a call to act
 * is worth more than this cost), and a figure or a date of its own, or a name of the title for its subject
 * («Toasty supports SQL and NoSQL databases…» under «Announcing Toasty…»), makes it stand on its own: no cost.
 * Only a rank: the sentence is not dropped for it, the title alone is worse («dry, no hook»). A figure was needed:
 * without that exemption «With Leap 15.6 going EOL, users … should upgrade to Leap 16» gave way to Leap's history.
 */
const INSIDE_COST = 1;

/** What an unnamed «we» lede gains as news when it is the article's first sentence (see `compose`). */
const FIRST_SENTENCE_GAIN = 1;
/** A cheap scan first (no lookbehind, no case folding of the whole set): most sentences have none of these. */
const MAYBE_HOUSEKEEPING =
  /[Nn]ewsletter|[Ss]ubscr|[Aa]bonn|[Ss]uscr|[Aa]ssin|[Ww]elcome|subskr|ідпи|одпи|[Aa]bone|berlangganan|[Tt]uned|écoute|dran|ligad|atento|sintonizzati|hoogte|[Сс]ледите|[Сс]лідкуйте|購読|订阅|訂閱|구독|[Ll]et['’]s|[Hh]ere['’]s|[Rr]ead on|[Vv]oyons|schauen|werfen|[Vv]eamos|[Vv]amos ver|[Vv]ediamo|[Дд]авайте/u;
/**
 * Thanks to the people behind the piece («Thanks to everyone who contributed to this release», «We'd like to thank
 * Jane for translating…»): the credits, not what the piece reports, though they name the release and its people.
 * A thanks is not a cause: «thanks to» followed by what caused it («Thanks to the new compiler, builds are
 * faster»), Spanish «gracias a», German «dank», Russian «благодаря», Ukrainian «завдяки», Polish «dzięki», Turkish
 * «sayesinde», Indonesian «berkat» say why something happened, and are left alone; French «Merci de mettre à
 * jour…» is «please». Korean «감사» is also an audit: only its forms of thanking count.
 */
const ACKNOWLEDGES =
  /(?<![\p{L}\p{N}])(?:thank(?:s|ed|ing)?(?! to (?!(?:all|everyone|everybody|each|every|our|the many|the whole|the entire)(?![\p{L}\p{N}])))|grateful|gratitude|kudos|shout-?outs?|merci(?! d(?:e |['’]))|remerci\p{L}*|danke|dankbar|bedank\p{L}*|(?:vielen|herzlichen|großen) dank|dank an|gracias(?! al? (?!tod\p{L}+))|agradec\p{L}*|obrigad[oa]s?|grazie(?! a(?:l|lla|i|gli|lle|llo)? (?!tutt\p{L}+))|ringrazi\p{L}*|bedankt|dankjewel|dankuwel|dank (?:je|u)|met dank aan|dankbaar|dziękuj\p{L}*|podziękowa\p{L}*|wdzięczn\p{L}*|спасибо|благодарим|благодарю|благодарны|благодарность\p{L}*|дякую|дякуємо|вдячн\p{L}*|подяк\p{L}*|teşekkür\p{L}*|minnettar\p{L}*|terima kasih|berterima kasih|תודה|מודים|धन्यवाद|आभार\p{L}*|शुक्रिया)(?![\p{L}\p{N}])|شكر|سپاس|تشکر|ممنون|感谢|感謝|致谢|致謝|鸣谢|鳴謝|ありがとう|감사합니다|감사드|고맙|에 감사(?:한다|합니다|드|하며|하고|해|를)/iu;
/** The same cheap first scan (see `MAYBE_HOUSEKEEPING`). */
const MAYBE_ACKNOWLEDGES =
  /[Tt]hank|[Gg]rat[ei]|[Kk]udos|[Ss]hout|[Mm]erci|emerci|[Dd]ank|edank|[Gg]racias|gradec|brigad|[Gg]razie|ingrazi|ziękuj|odzięk|dzięczn|пасибо|лагодар|дяку|вдячн|одяк|eşekkür|innettar|erima kasih|תודה|מודים|धन्यवाद|आभार|शुक्रिया|شكر|سپاس|تشکر|ممنون|感谢|感謝|致谢|致謝|鸣谢|鳴謝|ありがとう|감사|고맙/u;
/**
 * How to get the software, not what it brings: a command that installs a package («You can install it with npm
 * install electron@latest», «install.packages("widgetr")», «pip install widget»). The commands read the same in
 * every language. A command that pins a version («npm install eslint-scope@3.7.3») is the fix an advisory asks
 * for, and stays a call to act; so does a command named as a subject («we didn't run npm install or npm update
 * during the attack»: no package follows it).
 */
const INSTALL_COMMAND =
  /(?<![\p{L}\p{N}])(?:npm (?:i|install|add)|yarn add|pnpm (?:add|install|i)|pip3? install|uv (?:add|pip install)|conda install|go (?:get|install)|cargo (?:add|install)|gem install|bundle add|brew install|apt(?:-get)? install|dnf install|winget install|choco install|docker pull|composer require|dotnet add package|Pkg\.add|opam install)(?: +-{1,2}[\p{L}-]+)* +([^\s,;]+)|install\.packages\(/u;
const MAYBE_INSTALL =
  /install|npm|yarn|pnpm|go get|cargo|docker pull|composer|dotnet|Pkg\.add|[Dd]ownload|télécharg|herunterlad|descarg|baixar|scaricar|downloaden|скача|завантаж/u;
/**
 * Where to download it, in words: «Alternatively, you can download Nim 2.0.8 from our nightlies builds.» followed
 * Nim 2.0.8's announcement in place of what it improves (dev6: «no key improvements mentioned»); «…or install it
 * as described here», «is available for download», «vous pouvez le télécharger», «können Sie … herunterladen»,
 * «puedes descargarlo». How to get it, like an install command: not the news.
 */
const GETS_IT =
  /(?<![\p{L}])(?:follow (?:the )?(?:instructions|steps|guide) (?:in|at|on|from) [^.;:!?]{1,60}? to (?:install|upgrade|get)|(?:you can|you may|can be|may be|is|are) (?:also |now )?(?:download|install|obtain|get|grab)\p{L}*(?: [^;:!?]{1,60}?)? (?:from|via|at|through|using|as described|by following)|install it as|(?:available|ready) (?:for|to) download|vous pouvez (?:l[ea']\s?|les )?télécharg\p{L}*|(?:können|kann) (?:Sie |man )?[^.;:!?]{0,40}herunterladen|puedes descargar\p{L}*|puede descargar\p{L}*|você pode baixar|puoi scaricar\p{L}*|можно скачать|можна завантажити)(?![\p{L}])/iu;

/**
 * A sentence that says only that a new version is out («A new version of Knative is now available across multiple
 * components.»): under a release's title, the title said again (English, where seen).
 */
const NEW_VERSION_OUT =
  /^(?:a|the) (?:new|newer|latest) (?:version|release) of [^.;:!?]{1,60}? (?:is|has been) (?:now )?(?:available|out|released|published)(?![\p{L}])/iu;

/**
 * A sentence that closes on the release itself, with no number the title lacks («HAMi v2.8.0 正式发布。», «经过团队数月的精心
 * 打磨，v1.5.0 终于和大家见面了！», «Version 3.2 is now available.», 「v2.0をリリースしました。」) under a release's title
 * says the title again («KCL 团队很高兴地宣布 KCL v0.11.0 新版本现在已经可用！»): what the release brings comes next. It names the version: «包管理工具版本选择算法上线。» under «KCL
 * v0.11.0 重磅发布» is a feature going live (dev12) (dev14: HAMi's and TuyaOpen's Chinese release posts,
 * 4–5/10, "duplicate info (release stated twice); no concrete feature beyond title"). Only at the sentence's end:
 * «v1.5 is out with SMP support» names a feature.
 */
const SAYS_RELEASED =
  /(?:(?<![\p{L}])(?:is (?:now )?(?:out|available|here|live)|(?:has|have) (?:now )?(?:been )?(?:released|published|shipped|landed|arrived)|(?:is|are|was|were) released|(?:est|sont) (?:(?:désormais|maintenant|enfin) )?(?:disponibles?|sortie?s?|publiée?s?|là)|(?:ist|sind) (?:jetzt |nun |ab sofort |endlich )?(?:verfügbar|erschienen|da|veröffentlicht)|(?:está|están|ya está) (?:ya )?disponibles?|(?:foi|foram) lançad[oa]s?|(?:está|estão) disponíve(?:l|is)|è (?:ora )?disponibile)(?: (?:today|now|aujourd['’]hui|heute|hoy|hoje|oggi))?|(?:正式)?(?:发布|發布|推出|上线|上線|亮相)(?:了)?|(?:现在|現在)?(?:已经|已經|已)?(?:正式)?可用|(?:和|与|與)大家见面了?|(?:を)?(?:正式)?(?:リリース|公開)(?:しました|されました|いたしました|です))\s*[.!。！]*\s*$/iu;

/**
 * A sentence that names the title's version, no other number, and besides says only what every release says of
 * itself (release-talk.ts): «Gin v1.11.0のリリースを発表できることを嬉しく思います。», «We're excited to announce that Prettier
 * now fully supports the fresh features landing in Angular v21.1» under «Prettier 3.8: Support for Angular v21.1», «HAMi
 * v2.8.0 是一次面向标准化…的重要版本更新。». Under the release's title it says the title again (dev8, dev13–dev15, «duplicate
 * info»), wherever the release talk stands in it: what is left once it is set aside adds no word the title lacks (one
 * character pair in unspaced scripts, a particle: «Gin 1.11.0の»). «Seata-go 1.2.0 版本支持 XA 模式。» adds its feature
 * (dev11), «…announce Widget 3.2 with sharding» too. A «v» before the version is the version's («v1.11.0» under «Gin
 * 1.11.0»).
 */
function saysOnlyRelease(
  text: string,
  titleNumbers: ReadonlySet<string>,
  titleWords: SentenceWords,
  titlePairs: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  unspaced: boolean,
): boolean {
  if (!hasNumber(text) || !numbersAmong(text, titleNumbers)) return false;
  const rest = withoutReleaseTalk(text)?.replace(/(?<![\p{L}\p{N}])v(?=\p{N})/giu, '');
  if (rest === undefined) return false;
  // A release called an important one, around its themes, says no more than a sentence that restates the title
  // (`repeatsIt`'s bar: fewer than four words, twelve character pairs).
  const themes = characterizesRelease(text);
  if (unspaced) {
    // Pairs within each stretch: the talk cut out between two words does not join them.
    let fresh = 0;
    for (const piece of rest.split(/[\s\p{P}\p{S}]+/u)) fresh += newPairs(piece, titlePairs);
    return fresh <= (themes ? 11 : ONLY_RELEASE_PAIRS);
  }
  let fresh = 0;
  for (const k of sentenceWords(rest).keys) if (!stop.has(k) && k.length >= 3 && !hasWordOrStem(titleWords, k)) fresh++;
  return fresh <= (themes ? 3 : ONLY_RELEASE_WORDS);
}
const ONLY_RELEASE_WORDS = 0;
const ONLY_RELEASE_PAIRS = 1;

function installsPackage(text: string, stop: ReadonlySet<string>): boolean {
  if (!MAYBE_INSTALL.test(text)) return false;
  if (GETS_IT.test(text)) return true;
  const m = INSTALL_COMMAND.exec(text);
  if (m === null) return false;
  const target = m[1];
  if (target === undefined) return true;
  return !stop.has(target.toLowerCase()) && !/[\p{L}\p{N}][@=]=?v?\p{N}/u.test(target);
}

/**
 * It thanks the people behind the piece. With how to install it (`installsPackage`), these are the credits: never
 * the news, whatever numbers and names they carry (a German thanks capitalises every noun), and never the lead,
 * unless the author's summary gives the thanks (on an anniversary they are the point, «Gracias por estos primeros
 * 5 años…») or the title thanks too.
 */
function thanks(text: string): boolean {
  return (
    (MAYBE_ACKNOWLEDGES.test(text) && ACKNOWLEDGES.test(text)) ||
    (MAYBE_PEOPLE_CREDITED.test(text) && PEOPLE_CREDITED.test(text) && !COUNTS_MAKERS.test(text)) ||
    (MAYBE_SPONSORED.test(text) && SPONSORED.test(text)) ||
    (MAYBE_TRANSLATED.test(text) && TRANSLATED.test(text))
  );
}
/**
 * Who makes the project, said as its makers: the maintainers who started it, the contributors who helped («项目由张潇、
 * 李孟轩等维护者发起，在 CNCF 治理下由全球开发者共建。», «Más de 600 colaboradores han ayudado a mejorar Vite hasta
 * ahora.», «The project is maintained by volunteers», «Viele Mitwirkende haben geholfen…»). The credits, like a
 * thanks: beside a lede they stood where what the project does or what the release brings belongs (dev14: HAMi's
 * incubation, «filler maintainer sentence instead of what HAMi does»; dev12: Vite 3.0's Spanish post). Only a word
 * for the people (maintainers, contributors, volunteers, «colaboradores», «Mitwirkende», 「维护者」, 「贡献者」) with a
 * verb of starting, keeping or helping: «Shmipc 是字节跳动服务框架团队研发的…库» says what the library is, and a company
 * «founded by» someone is left to the rest of the sentence. A release announced «with the help of many contributors»
 * («Mit der Hilfe vieler Fehlermelder & Mitwirkenden freuen wir uns, die Veröffentlichung von 4.2.2… bekanntgeben zu
 * können, einem Bug-Fix-Release.») is the announcement, the help its aside: taken as credits, Warzone 2100's post
 * went title-only (dev14). Makers counted are a figure of the project's reach, not its credits: Vite 3.0's «Más de 600
 * colaboradores han ayudado…» read 7 after its title and 5 when it gave way to «Hoy, 16 meses después… nos complace
 * anunciar el lanzamiento de Vite 3.» (both side-by-side readers, dev12).
 */
const COUNTS_MAKERS =
  /\p{N}[\p{N}.,  ]*\+?\s(?:[\p{L}-]+\s)?(?:maintainers|contributors|volunteers|mantenedores|colaboradores|contribuidores|voluntari[oa]s|voluntários|mainteneurs|contributeurs|contributrices|bénévoles|mitwirkende\p{L}*|beitragende\p{L}*|freiwillige\p{L}*|manutentori|contributori|volontari)(?![\p{L}])|\p{N}+\s*(?:多)?(?:名|位|个|個)?(?:维护者|維護者|贡献者|貢獻者|开发者|開發者)/iu;
const PEOPLE_CREDITED =
  /(?<![\p{L}])(?:(?:founded|started|initiated|maintained|run|developed|built) (?:and (?:maintained|developed|run) )?by (?:a (?:small |global )?(?:team|group|community) of |its |a handful of |dozens of |hundreds of )?(?:\p{N}+ )?(?:maintainers|contributors|volunteers)|(?:maintainers|contributors|volunteers) (?:have |has )?(?:helped|contributed)|(?:fundado|iniciado|mantenido|desarrollado|mantido|desenvolvido) por (?:\p{N}+ )?(?:sus |seus )?(?:mantenedores|colaboradores|contribuidores|voluntarios|voluntários)|(?:colaboradores|contribuidores|voluntarios|voluntários) (?:han |ya han |têm )?(?:ayudado|contribuido|ajudado|contribuído|ajudaram|contribuíram)|(?:fondé|lancé|initié|maintenu|développé)e? par (?:ses |des |une équipe de )?(?:\p{N}+ )?(?:mainteneurs|contributeurs|contributrices|bénévoles)|(?:contributeurs|contributrices|bénévoles) ont (?:aidé|contribué)|(?:mitwirkende|beitragende|freiwillige)n? (?:haben|hat) (?:[^.;:!?]{0,40}? )?(?:geholfen|beigetragen|mitgewirkt)|(?:fondato|avviato|mantenuto|sviluppato) da (?:\p{N}+ )?(?:manutentori|contributori|volontari)|(?:contributori|volontari) hanno (?:aiutato|contribuito))(?![\p{L}])|由[^，。,]{1,40}?(?:维护者|維護者|贡献者|貢獻者|开发者|開發者)(?:们|們)?(?:共同)?(?:发起|發起|创建|創建|创立|創立|维护|維護)/iu;
const MAYBE_PEOPLE_CREDITED =
  /maintain|contribut|volunt|mantened|mantenedor|colaborador|contribuidor|mainteneur|bénévole|[Mm]itwirk|[Bb]eitragend|[Ff]reiwillig|manutentor|维护者|維護者|贡献者|貢獻者|开发者|開發者/u;
/**
 * A translator's credit: «Переводы предоставлены Alena Batitskaia.» followed «Новинки DevTools (Chrome 112)» as its
 * hook (dev8, «translator credit as hook»). Who translated or edited the page, not what it reports: «Translated
 * by», «Translation:», «Traduit par», «Übersetzt von», «Übersetzung:», «Traducción de/por», «Tradução de/por»,
 * «Traduzido por», «Tradotto da», «Vertaald door», «Przetłumaczone przez», «Перевод:», «Переводы предоставлены»,
 * «Переведено», «Переклад:», «Çeviri:», «Diterjemahkan oleh», 「翻訳：」, 「译者」, 「번역:」. A translation as a
 * subject («Translation now runs on device») names no translator and is left. So is the editor's credit beside it
 * («Редактор — Maxim Salnikov», «Edited by», «Lektorat:», «Revisado por»).
 */
const TRANSLATED =
  /(?<![\p{L}])(?:translat(?:ed|ions?) (?:by|from [^.;]{1,40} by)|translations? (?:provided|contributed|courtesy) (?:by|of)|translators?\s?:|translation\s?:|tradu(?:it|ite|its) (?:par|de l['’]\p{L}+ par)|traduction\s?(?::|par|de\s\p{Lu})|übersetzt von|übersetzung\s?(?::|von)|traducci[oó]n\s?(?::|de\s\p{Lu}|por|realizada por)|traducid[oa] por|tradu[cç][aã]o\s?(?::|de\s\p{Lu}|por|feita por)|traduzid[oa] por|tradott[oa] da|traduzione\s?(?::|di\s\p{Lu}|a cura di)|vertaald door|vertaling\s?:|przetłumaczy\p{L}* przez|przetłumaczon\p{L}* przez|tłumaczenie\s?:|перевод(?:ы)?\s?(?::|[—–-]|предоставлен\p{L}*|выполнен\p{L}*|подготовлен\p{L}*|сделан\p{L}*)|переведен[оа]? (?:\p{L}+ )?(?:командой|\p{Lu})|переклад\s?(?::|[—–-]|виконан\p{L}*|надан\p{L}*|підготовлен\p{L}*)|перекладено|çeviri\s?:|çeviren\s?:|diterjemahkan oleh|penerjemah\s?:|ترجمة\s?:|ترجمه\s?:|अनुवाद\s?:|अनुवादक\s?:|edited by|proofread by|editor\s?:|relu par|relecture\s?:|rédaction\s?:|redigiert von|lektorat\s?:|redaktion\s?:|editado por|revisado por|redattore\s?:|revisione\s?:|redakcja\s?:|редактор(?:ка)?\s?[:—–-]|редакция\s?:|редактура\s?:|редагування\s?:)(?![\p{L}])|翻訳\s?[:：]|翻訳者|訳者\s?[:：]|翻译\s?[:：]|翻譯\s?[:：]|译者|譯者|번역\s?[:：]|번역자|옮긴이/iu;
const MAYBE_TRANSLATED =
  /[Ee]dit|[Pp]roofread|[Rr]eviewed by|[Rr]elu|[Rr]electure|[Rr]édaction|[Rr]edig|[Ll]ektorat|[Rr]edakt|[Rr]evisado|[Rr]edattore|[Rr]evisione|[Rr]edakcja|[Рр]едакт|[Рр]едагув|[Tt]ransl|[Tt]radu|[Üü]bersetz|[Vv]ertaal|[Vv]ertaling|rzetłumacz|łumaczenie|[Пп]еревод|[Пп]ереведен|[Пп]ереклад|[Çç]evir|erjemah|ترجم|अनुवाद|翻訳|訳者|翻译|翻譯|译者|譯者|번역|옮긴이/u;
/**
 * A sponsor's credit: «Seth Larson and Mike Fiedler's work at the Python Software Foundation is supported by
 * Alpha-Omega.», «This work was funded by…», the line a foundation's posts close on. Credits like a thanks (dev3:
 * it followed PyPI's news on old releases). Someone's work, post or role is what is credited; «The project is
 * funded by…» may be the news of a grant and is left.
 */
const SPONSORED =
  /(?<![\p{L}])(?:work|role|position|time|post|research)(?:\s+(?:at|on|for|in|of)\s+[^.,;]{1,60})?\s+(?:is|are|was|were|has been|have been)\s+(?:generously\s+|kindly\s+)?(?:supported|funded|sponsored|paid for|made possible)\s+by(?![\p{L}])/iu;
const MAYBE_SPONSORED = /supported|funded|sponsored|paid for|made possible/u;

/**
 * What changed («now», «jetzt», «agora»): news of its own, though not a call to act. Not «now» as an attribute,
 * after an article or a possessive: «our now well-established release cadence», «the now-retired API» say that
 * nothing changed here (dev: it put «We released Go 1.24 in February…» before the 16th anniversary under «Go’s
 * Sweet 16», «dry, no hook»).
 */
const CHANGED = phrasesAtEdges('now|today|jetzt|agora|ahora|dès maintenant|désormais|ora', {
  edge: '\\p{L}\\p{N}',
  after: '\\p{L}\\p{N}-',
  flags: 'giu',
});
const ATTRIBUTE_BEFORE = /(?<![\p{L}\p{N}])(?:the|our|its|their|your|his|her|a|an) $/iu;

function saysChanged(text: string): boolean {
  for (const m of CHANGED.all(text))
    if (!ATTRIBUTE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) return true;
  return false;
}

/**
 * A title that names a list of things: «External learning resources», «Talks», «Розмови», «Ressources», «Vorträge»,
 * 「書籍」. Each entry of such a page (a book under its own heading, a talk in a list) describes itself, not the
 * page: «You'll build the basic skeleton, develop a custom theme…», one book's blurb, followed «External learning
 * resources» («misleading»), and «(Scala World 2015) Dotty: … [слайди]», one talk, the intro of Scala's talks page
 * («stitched fragments») on dev6. The page's own opening and its author's summary say what it gathers.
 */
const COLLECTION_TITLE =
  /(?:^|\s)(?:resources|talks|videos|books|courses|tutorials|links|examples|showcase|podcasts|presentations|slides|papers|publications|ressources|conférences|livres|vidéos|tutoriels|liens|exemples|ressourcen|vorträge|bücher|kurse|beispiele|recursos|charlas|libros|cursos|enlaces|ejemplos|palestras|livros|exemplos|risorse|libri|corsi|esempi|bronnen|boeken|cursussen|zasoby|książki|kursy|ресурсы|доклады|книги|видео|курсы|ссылки|примеры|ресурси|розмови|доповіді|відео|курси|посилання|приклади|kaynaklar|kitaplar|sumber daya|buku)$|(?:リソース|書籍|講演|動画|参考資料|资源|資源|书籍|書籍|演讲|演講|视频|視頻|리소스|자료|강연|도서)$/iu;

/**
 * The sentence gives a number of the title's: the age an anniversary post's title names («This past Monday … we
 * celebrated the 16th anniversary of Go's open source release!» under «Go's Sweet 16») is its news.
 */
function keepsTitleNumber(text: string, titleNumbers: ReadonlySet<string>): boolean {
  return titleNumbers.size > 0 && numbersOf(text).some((n) => titleNumbers.has(n));
}

/** A title about the years behind a project: its history is its news (see `recountsHistory`). */
const LOOKS_BACK =
  /(?<![\p{L}])(?:years|history|retrospective|turns \p{N}+|jahre|geschichte|ans|histoire|años|historia|anos|história|anni|storia|jaar|lat|лет|років|роки|історія|история|yıl|tahun)(?![\p{L}])|周年|週年|歴史|历史|歷史|주년|역사/iu;

/** The title can lead: not too thin («Pectra»), and in the article's language. */
function titleCanLead(title: string, lang: string, body: string): boolean {
  if (title === '') return false;
  if (isUnspaced(title)) {
    if (roughSize(title) < 6) return false;
  } else {
    const count = title.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    // A name and its version («ragnar 0.3.0») is a release's headline, not a thin title: the version is the news.
    if (count <= 1 || (count === 2 && !VERSION_WORD.test(title))) return false;
  }
  return sameLanguage(title, lang, body);
}

/**
 * A cheap test that the title is in the body's language: the same script family, and for Latin-script
 * articles not in English, a title with English stop words and none of the language's own is English.
 */
function sameLanguage(title: string, lang: string, body: string): boolean {
  const { letters, latin } = scriptsOf(body.slice(0, 400));
  // Mostly Latin letters: a name in another script here and there does not make the body another script.
  const bodyLatin = letters > 0 && latin >= 0.8 * letters;
  const titleScripts = scriptsOf(title);
  const titleLatinOnly = titleScripts.otherLetters === 0;
  // A Japanese or Russian article under a Latin-only title: another language (product names aside, a title
  // of three words or more in Latin letters is rarely a name alone).
  if (!bodyLatin && letters > 0 && titleLatinOnly) return false;
  if (bodyLatin && !titleLatinOnly && titleScripts.latin === 0) return false;
  const base = baseLang(lang);
  if (base === 'en' || !titleLatinOnly) return true;
  const own = stopwords(lang, false);
  const english = stopwords('en', false);
  let ownHits = 0;
  let englishHits = 0;
  for (const w of words(title)) {
    if (own.has(w.key)) ownHits++;
    else if (english.has(w.key)) englishHits++;
  }
  return !(englishHits >= 2 && ownHits === 0);
}

/**
 * The author's summary (front matter) as a sentence: a field is complete by nature, so one without closing
 * punctuation is closed like the title, unless it reads as a list of topics (two commas or more). Quotes around the
 * whole field are the author's way of setting it off, not a quotation: they are dropped, since split into sentences
 * the first one would open a quote and the last close it (dev2: 18F's description «“Amanda Weaver’s team … think-tank.
 * They write … for the post office of the future.”» led its post as «“Amanda Weaver’s team … think-tank.», «broken
 * text; unclosed quotation mark»).
 */
export function summarySentence(field: string, lang: string): string {
  const inner = QUOTED_WHOLE.exec(field)?.[1];
  const summary = inner !== undefined && !/[“”„«»"]/u.test(inner) ? inner : field;
  if (COMPLETE.test(summary) || (summary.match(/[,，、،]/gu)?.length ?? 0) >= 2) return summary;
  return titleSentence(summary, lang);
}

/** The title as the first piece of the hook: closed by a period, so that the next sentence reads as one. */
function titleSentence(title: string, lang: string): string {
  const t = collapseSpaces(title);
  if (/[.!?…。！？:：।؟۔]["»”’)]?$/u.test(t)) return t;
  const base = baseLang(lang);
  if (base === 'ja' || base === 'zh') return `${t}。`;
  if (base === 'hi' || base === 'mr' || base === 'ne' || base === 'bn') return `${t}।`;
  if (base === 'ur') return `${t}۔`;
  if (base === 'th') return t;
  return `${t}.`;
}

/**
 * How much news a sentence carries: numbers, names the title does not already give, a call to act. A month is
 * not a name («in February and in August» is a date, counted with the numbers).
 */
function newsValue(
  text: string,
  titleKeys: ReadonlySet<string>,
  unspaced: boolean,
  months: ReadonlySet<string>,
  act: boolean,
): number {
  let value = 0;
  if (hasNumber(text)) value += 1;
  let names = 0;
  for (const m of allMatches(unspaced ? LATIN_NAME : NAME, text)) {
    const key = fold(m[0]);
    if (!titleKeys.has(key) && !months.has(m[0].toLowerCase())) names++;
  }
  value += Math.min(names, 3) * 0.4;
  if (act || saysChanged(text)) value += 1.2;
  return value;
}

function pairsOf(text: string): string[] {
  const chars = Array.from(text.replace(/[\s\p{P}]+/gu, ''));
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Unspaced scripts: character pairs of a sentence that the title does not have. */
function newPairs(text: string, title: ReadonlySet<string>): number {
  return pairsOf(fold(text)).filter((p) => !title.has(p)).length;
}

const UNSPACED_PAIR = /[^\p{Script=Latin}\p{N}]/u;
const NUMBERS = /\p{N}+(?:[.,:]\p{N}+)*/gu;

/**
 * The sentence without its days of the month («On the 8th of May», «le 3 avril», «March 20»): a date alone is not
 * news of its own in a sentence that otherwise restates the title («On the 8th of May, Google has announced the
 * accepted projects» after «Announcing Google Summer of Code 2025 selected projects»).
 */
function withoutDays(text: string, months: ReadonlySet<string>): string {
  if (months.size === 0 || !hasNumber(text)) return text;
  let re = dayPatterns.get(months);
  if (re === undefined) {
    const names = [...months]
      .sort((a, b) => b.length - a.length)
      .map((m) => m.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('|');
    const day = '\\p{N}{1,2}(?:st|nd|rd|th|er|e|º|\\.)?';
    re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${day}\\s+(?:of\\s+|de\\s+|di\\s+)?(?:${names})|(?:${names})\\.?\\s+${day})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    dayPatterns.set(months, re);
  }
  return text.replace(re, ' ');
}
const dayPatterns = new WeakMap<ReadonlySet<string>, RegExp>();

/** A full date in Chinese, Japanese or Korean (`CJK_DATE`), with the time zone it is told in (北京时间). */
const CJK_DATE_TOLD = new RegExp(`(?:北京时间|北京時間|日本時間|한국 시간)?\\s*${CJK_DATE}`, 'gu');

function withoutCjkDate(text: string): string {
  return hasNumber(text) ? text.replace(CJK_DATE_TOLD, ' ') : text;
}

/**
 * A sentence says what the title says only if it keeps the title's numbers (a version, a year, a CVE id). The
 * title's are worked out once per article (`pickHook`'s titleNumbers), not again for each sentence.
 */
function keepsNumbers(titleNumbers: ReadonlySet<string>, text: string): boolean {
  if (titleNumbers.size === 0) return true;
  const own = new Set(numbersOf(text));
  for (const n of titleNumbers) if (!own.has(n)) return false;
  return true;
}

/** The sentence gives no number the title does not (see `keepsNumbers`). */
function numbersAmong(text: string, titleNumbers: ReadonlySet<string>): boolean {
  return numbersOf(text).every((n) => titleNumbers.has(n));
}

/**
 * The sentence without the digits of its names: «IE11», «HTTP2», «k8s» name a thing, they give no figure. A
 * version's «v» («v1.18.0») and a unit after the number («50ms», «10GB») keep it one.
 */
function withoutNamedDigits(text: string): string {
  return hasNumber(text) ? text.replace(NAMED_DIGITS, '') : text;
}
const NAMED_DIGITS = /(?<=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])(?<!(?<![\p{L}])[vV])\p{N}+/gu;

function numbersOf(text: string): string[] {
  return hasNumber(text) ? (text.match(NUMBERS) ?? []) : [];
}

/** Share of a sentence's own content words (character pairs in unspaced scripts) that the title has. */
function repeatsTitle(
  text: string,
  sw: SentenceWords,
  titleWords: SentenceWords,
  titlePairs: ReadonlySet<string>,
  stop: ReadonlySet<string>,
  unspaced: boolean,
): number {
  if (unspaced) {
    // Latin names (Bitcoin Core) would count as many letter pairs: only the pairs of the unspaced script count.
    const pairs = pairsOf(fold(text)).filter((p) => UNSPACED_PAIR.test(p));
    return pairs.length === 0 ? 0 : pairs.filter((p) => titlePairs.has(p)).length / pairs.length;
  }
  let own = 0;
  let shared = 0;
  for (const k of sw.keys) {
    if (stop.has(k) || k.length < 3) continue;
    own++;
    if (hasWordOrStem(titleWords, k)) shared++;
  }
  // Too few words of its own to tell (stop lists are long: «Babel 8.0.0-rc is also out today»).
  // With fewer, only a sentence made of the title's words repeats it («We are releasing Babel 8»).
  if (own < 3) return own > 0 && shared === own ? 1 : 0;
  return shared / own;
}

/**
 * «today» in a post read days later is stale, and a post carries its own date: a sentence's opening «Today» is
 * left out, with its comma or without («SIG-etcd released updates 3.6.9 and 3.5.28 today.» loses its closing one
 * too, in English). Not where the day is the sentence's subject («Today marks…», «Hoje é…», 「今天是…」), nor
 * where it begins another phrase («Hoy en día», 「今日の」), nor, without a comma, in German and Dutch, whose verb
 * comes second: «Heute haben wir…» without its first word asks a question (dev3: «Hoje estamos entusiasmados em
 * anunciar o lançamento oficial da Vite 2.0!», "misleading «Hoje» for a 2021 announcement"). What is left opens
 * with a capital («Estamos entusiasmados…»), but an English «I» or a common word's case is kept as it is.
 */
function withoutToday(text: string, lang: string): string {
  const base = baseLang(lang);
  const trimmed = base === 'en' ? text.replace(/\s+today(?=[.!]$)/u, '') : text;
  const m = TODAY_OPENING[base]?.exec(trimmed);
  if (m === undefined || m === null) return trimmed;
  const rest = trimmed.slice(m[0].length);
  if (rest === '' || TODAY_AS_SUBJECT[base]?.test(rest)) return trimmed;
  if (!m[0].includes(',') && !m[0].includes('，') && !m[0].includes('、') && VERB_SECOND.has(base)) return trimmed;
  return /^I\b/u.test(rest) ? rest : `${rest.charAt(0).toLocaleUpperCase(base)}${rest.slice(1)}`;
}

/** Languages whose verb comes second: without the adverb that opened it, the sentence reads as a question. */
const VERB_SECOND = new Set(['de', 'nl']);

/**
 * «Today» opening a sentence, its comma if any, in the set's languages (what `withoutToday` leaves out). Not Czech:
 * its clitics stand second («Dnes jsme vydali…» cannot open on «Jsme»).
 */
const TODAY_OPENING: Record<string, RegExp> = {
  en: /^Today,?\s+(?=\p{L})/u,
  fr: /^Aujourd['’]hui,?\s+(?=\p{L})/u,
  es: /^Hoy,?\s+(?!en día)(?=\p{L})/u,
  pt: /^Hoje,?\s+(?!em dia)(?=\p{L})/u,
  it: /^Oggi,?\s+(?=\p{L})/u,
  nl: /^Vandaag,?\s+(?=\p{L})/u,
  de: /^Heute,?\s+(?=\p{L})/u,
  id: /^Hari ini,?\s+(?=\p{L})/u,
  pl: /^(?:Dzisiaj|Dziś),?\s+(?=\p{L})/u,
  tr: /^Bugün,?\s+(?=\p{L})/u,
  ru: /^Сегодня,?\s+(?=\p{L})/u,
  uk: /^Сьогодні,?\s+(?=\p{L})/u,
  // Before a full date in figures, the date says the day and «today» only goes stale (dev14: vim-jp's «本日
  // 2021年9月16日に vim-jp は10周年を迎えました。», "stale «本日»"). The topic's particle goes with it (「本日は」).
  zh: /^(?:今天|今日)[，,]?\s*(?=[\p{L}\p{N}])/u,
  ja: /^(?:本日|今日)(?:は)?[、，,]?\s*(?=[\p{L}\p{N}])/u,
  // Korean places the adverb freely: «오늘 React Foundation의 설립을 발표합니다» reads the same without it.
  ko: /^오늘,?\s+(?=\p{L})/u,
};

/**
 * What follows a «today» that is the sentence's subject or part of another phrase: «Today marks the start of a new
 * chapter…», «Hoje é um grande dia», 「今日の」, 「今天是」. Without the day, a verb or a particle would open it.
 */
const TODAY_AS_SUBJECT: Record<string, RegExp> = {
  en: /^(?:is|was|marks|brings|sees|begins|starts|kicks|means|signals|represents|celebrates|becomes)\b/u,
  fr: /^(?:est|c['’]est|sera|marque|signe)(?![\p{L}])/u,
  es: /^(?:es|será|marca|se cumple|se cumplen|hace)(?![\p{L}])/u,
  pt: /^(?:é|será|marca|faz|completa)(?![\p{L}])/u,
  it: /^(?:è|sarà|segna|ricorre)(?![\p{L}])/u,
  id: /^(?:adalah|merupakan|menandai)(?![\p{L}])/u,
  pl: /^(?:jest|mija|to)(?![\p{L}])/u,
  ru: /^(?:—|-|исполняется|исполнилось|день)(?![\p{L}])/u,
  uk: /^(?:—|-|виповнюється|виповнилося|день)(?![\p{L}])/u,
  zh: /^(?:是|的|起|也|就)/u,
  ja: /^(?:の|も|が|から|まで|で)/u,
  ko: /^(?:은|는|이|의)/u,
};

/**
 * A thin title that the page's opening heading spells out («9.6» over «# AlmaLinux 9.6 Release Notes»): the heading
 * is the title a reader needs, the front matter's is a label in its site's menu (dev5: AlmaLinux's release notes,
 * whose hook would otherwise open on «9.6.»). Only a heading before the first paragraph that contains the whole
 * title, and only when the title is thin (fewer than two content words).
 */
function fullerTitle(title: string, blocks: readonly Block[], lang: string): string {
  if (titleTerms(title, lang).length >= 2) return title;
  // The author's summary, put before the page's blocks (draft.ts), is not the page's opening.
  const first = blocks.find((b) => b.kind !== 'noise' && !b.summary);
  if (first?.kind !== 'heading' || first.text.length > 120) return title;
  const key = fold(title).trim();
  const heading = fold(first.text);
  return key !== '' && heading.length > key.length && heading.includes(key) ? first.text : title;
}

/**
 * The page's deck: a subheading right under the title's heading, before any paragraph, that states what the page
 * says of the title's subject («## III. Конфігурація» over «### Зберігайте конфігурацію в середовищі виконання»,
 * "Store config in the environment"). Under a thin title it is the title a reader needs: the twelve-factor pages
 * were posted as their first paragraph, a definition, and readers found the rule missing (dev14: «misses main point
 * (store config in env)», «dry, no hook»). A first section's heading is not one: it names a part («Manipulasi DOM»
 * over «Eksplorasi ke dalam tipe HTMLElement», «Rocky Linux Summer of Docs 2024» over «Progetto: …»), so the deck
 * must say one of the title's own words again, and the title must be thin (fewer than `RESTATABLE_TITLE` terms).
 * A long deck reaches the engine as a line of its own, without its heading mark: one line without a sentence's end.
 * Nor a line with a figure: under «# Anunciando a Vite 2.0», «16 de Fevereiro de 2021 - Consultar o anúncio da Vite
 * 3.0» is a dateline and a pointer (dev3); a deck states the page's point in words.
 */
function withDeck(title: string, blocks: readonly Block[], lang: string): string {
  const terms = titleTerms(title, lang);
  if (terms.length >= RESTATABLE_TITLE) return title;
  const [head, deck, next] = blocks.filter((b) => b.kind !== 'noise' && !b.summary);
  if (head?.kind !== 'heading' || !fold(head.text).includes(fold(title).trim())) return title;
  if (deck === undefined || (deck.kind !== 'heading' && deck.kind !== 'paragraph')) return title;
  if (next === undefined || (next.kind !== 'paragraph' && next.kind !== 'item')) return title;
  const text = deck.text.trim();
  if (text.length > DECK_CHARS || text.includes('\n') || SENTENCE_END.test(text) || /\p{N}/u.test(text)) return title;
  if (ASIDE_HEADING.test(text) || REQUIREMENTS_HEADING.test(text) || ABOUT_HEADING.test(text)) return title;
  if (!saysTitleWord(text, terms)) return title;
  return `${title.replace(/[\s:：.]+$/u, '')}${isUnspaced(title) ? '：' : ': '}${text}`;
}
/** Characters a deck has at most: a subtitle, not a paragraph. */
const DECK_CHARS = 120;
const SENTENCE_END = /[.!?。！？؟।…:：]["»”’)]*$/u;
/** One of the title's terms, or a word of the same stem (its first five letters: «Конфігурація», «конфігурацію»). */
function saysTitleWord(text: string, terms: readonly string[]): boolean {
  const stems = new Set(terms.map((t) => t.slice(0, 5)));
  const folded = fold(text);
  if (terms.some((t) => isUnspaced(t) && folded.includes(t))) return true;
  return words(text).some((w) => stems.has(w.key.slice(0, 5)));
}

/**
 * The name of the periodical a digest's opening heading gives when its title does not («### This Week in F-Droid»
 * over «Pins and map pins», an issue titled after one of its items): the post says it is a digest, title and name,
 * rather than lift one item, which reads as the whole news (dev5: F-Droid's weekly post was «Pins and map pins.
 * monocles chat was updated to 2.0.6+free, but did you know…», "picks one item from roundup, misleading; no hint
 * it's a weekly roundup"). Only a heading before the first paragraph, of more than one word.
 */
function digestName(title: string, blocks: readonly Block[]): string | undefined {
  if (namesDigest(title)) return undefined;
  for (const block of blocks) {
    if (block.kind === 'noise' || block.summary) continue;
    if (block.kind !== 'heading') return undefined;
    // A heading of one word names a section, not a periodical: «Итоги», «Recap», «Podsumowanie» (dev13: «Summary»
    // in Conventional Commits' Polish spec was glued to its title, «Podsumowanie: Conventional Commits 1.0.0»).
    const name = block.text.replace(/[\s:：.]+$/u, '');
    if (name.length <= 60 && (/\s/u.test(name) || isUnspaced(name)) && namesDigest(name)) return name;
  }
  return undefined;
}

/** Content words of a sentence that the title does not already say. */
function newWords(sw: SentenceWords, titleKeys: ReadonlySet<string>, stop: ReadonlySet<string>): number {
  let n = 0;
  for (const k of sw.keys) if (!titleKeys.has(k) && !stop.has(k) && k.length >= 3) n++;
  return n;
}

/**
 * Sentences split inside a title that has a stop of its own («恐れるな！並行性», "Fearless! Concurrency»): where the
 * article quotes the title («…を恐れるな！並行性とニックネーム付けしました。»), the split left «並行性とニックネーム付けしました。»,
 * a sentence without its start (dev7: it followed the Japanese Rust book's concurrency chapter). The two are one.
 */
function joinedAtTitle(sentences: string[], title: string): string[] {
  const inner = /[!?！？](?=\s*\S)/u.exec(title);
  if (inner === null || sentences.length < 2) return sentences;
  const head = title.slice(0, inner.index + 1);
  const tail = title.slice(inner.index + 1).trim();
  const out: string[] = [];
  for (const s of sentences) {
    const last = out[out.length - 1];
    if (last?.endsWith(head) && s.startsWith(tail)) out[out.length - 1] = `${last}${isUnspaced(tail) ? '' : ' '}${s}`;
    else out.push(s);
  }
  return out;
}

/** The longest reply that answers a question in passing («It seems so.», «그런 것 같아 보인다.», «Not quite.»). */
const PASSING_REPLY = 30;

/** The question at `index` is followed by one short sentence that closes its paragraph: its own reply. */
function answeredAtOnce(sentences: readonly string[], index: number): boolean {
  const reply = sentences[index + 1];
  return index === sentences.length - 2 && reply !== undefined && [...reply].length <= PASSING_REPLY;
}

/**
 * A release's list line that opens a list of its own («Updated application streams:» over «Apache HTTP Server
 * 2.4.62», «Node.js 22»), as one line with its first items: the line alone says nothing, and its items alone are
 * names. AlmaLinux 9.6's release notes were posted as their title alone (dev5, «dry, no hook; no highlights»).
 * Two to four short items, none opening a list itself; else the block's text.
 */
function withSubItems(blocks: readonly Block[], at: number): string {
  const block = blocks[at];
  if (block === undefined || block.kind !== 'item' || !LIST_LEAD_IN.test(block.text)) return block?.text ?? '';
  const items: string[] = [];
  for (let i = at + 1; i < blocks.length && items.length < MAX_SUB_ITEMS; i++) {
    const next = blocks[i];
    if (next === undefined || next.kind !== 'item' || LIST_LEAD_IN.test(next.text) || next.text.length > 40) break;
    items.push(next.text.trim());
  }
  if (items.length < 2) return block.text;
  // A dash, not the colon: a label before a colon comes off a release's line (`withoutFeatureLabel`), and the items
  // alone are names.
  return `${block.text.trim().replace(LIST_LEAD_IN, '')} — ${items.join(', ')}`;
}
const LIST_LEAD_IN = /\s*[:：]\s*$/u;
const MAX_SUB_ITEMS = 4;

export function pickHook(
  blocks: readonly Block[],
  givenTitle: string,
  lang: string,
  found: readonly Keyword[],
  thread = false,
  url?: string,
): Hook {
  // The title a reader needs: the heading that spells a thin one out, with the page's deck.
  const title = withDeck(fullerTitle(givenTitle, blocks, lang), blocks, lang);
  const { hook, announcementSetAside } = hookOf(blocks, title, lang, found, thread, url, true);
  // Setting aside a sentence that only announces the release (`saysOnlyRelease`) must never leave the title alone:
  // the title alone reads «dry, no hook», and the announcement, which may add a fact («…bekanntgeben zu können,
  // einem Bug-Fix-Release.»), is better than nothing (dev14: Warzone 4.2.2, whose list lines are noun phrases;
  // dev10: Strimzi 1.2.0, «…has been released with multiple new features and improvements.» over a title that
  // names its video). Then the post is what it was without the rule.
  const titleAlone =
    hook.sentences.length === 1 && hook.question === undefined && hook.sentences[0] === titleSentence(title, lang);
  if (!announcementSetAside || !titleAlone) return hook;
  return hookOf(blocks, title, lang, found, thread, url, false).hook;
}

/** The hook, and whether it set aside a sentence that only announces the release, as `setAsideAnnouncements` allows. */
function hookOf(
  blocks: readonly Block[],
  title: string,
  lang: string,
  found: readonly Keyword[],
  thread: boolean,
  url: string | undefined,
  setAsideAnnouncements: boolean,
): { hook: Hook; announcementSetAside: boolean } {
  // A digest whose title names one item («Pins and map pins» over «### This Week in F-Droid»): it says it is one
  // (see `digestName`), and lifts none of its items.
  const digest = thread ? undefined : digestName(title, blocks);
  if (digest !== undefined)
    return {
      hook: { sentences: [titleSentence(`${digest}${isUnspaced(digest) ? '：' : ': '}${title}`, lang)] },
      announcementSetAside: false,
    };
  const context = postContext(title, url);
  // The same, with the «we» of the first person plural taken as named: what a lede needs to stand in for the title
  // alone (`ledeStandIn`). One person speaking («I») stays refused.
  const weNamed = { ...context, speakers: { ...context.speakers, named: true } };
  const terms = titleTerms(title, lang);
  const top = found.slice(0, 8).map((k) => k.key);
  const titleKey = fold(title);
  const titleWords = sentenceWords(title);
  const titleKeys = titleWords.keys;
  const stop = stopwords(lang);
  const titlePairSet = new Set(pairsOf(fold(title)));
  const months = monthNames(lang);
  const titleNumbers = new Set(numbersOf(title));
  // The product versions the title names: a sentence dating an older one tells its history (`datesEarlierVersion`).
  const versions = titleVersions(title);
  // So does one dating a stage earlier than the title's: an experiment or an alpha under «…: beta»
  // (`datesEarlierStage`).
  const stage = titleStage(title);
  // A title with a version is a release's: its requirement lines are what to check, not what it brings.
  const releaseTitle = VERSION_WORD.test(title);
  // A title that thanks («Thank you, 1,000 contributors!») makes thanks the news.
  const titleThanks = thanks(title);
  const unspaced = isUnspaced(title) || isUnspaced(blocks.find((b) => b.kind === 'paragraph')?.text ?? '');
  const titleAsks = QUESTION.test(title);
  const noFullStop = writesNoFullStop(lang);
  const titleInformative = terms.length >= (unspaced ? INFORMATIVE_TITLE_UNSPACED : INFORMATIVE_TITLE);
  // A title that looks back («Elixir turns 10», «Ten years of Go») makes the years its news (see `recountsHistory`).
  const titleLooksBack = recountsHistory(title) || LOOKS_BACK.test(title);
  const collection = COLLECTION_TITLE.test(collapseSpaces(title).trim());
  const recap = recapTitle(title);
  const audit = auditTitle(title);
  const candidates: Candidate[] = [];
  let announcementSetAside = false;
  let opening = '';
  for (const b of blocks) {
    if (opening.length >= 1000) break;
    opening += ` ${b.text.slice(0, 1000)}`;
  }
  // An article in a language written in another script is not Latin, however many Latin letters its opening has:
  // a Hangul or Han character carries a syllable or a word, a Latin letter a sound, so names, code and links
  // outweigh the text (dev3: Vite 4.3's Korean announcement, whose Korean sentences were all taken for sentences
  // in another script and left the title alone, «misses headline speed gains»).
  const articleLatin = latinLanguage(lang) && latinShare(scriptsOf(opening)) >= 0.5;
  let rank = -1;
  let readable = 0;
  let inSummary = false;
  // The first paragraph under a heading in the title's words («Selected projects» under «Announcing GSoC 2025
  // selected projects») is where the title's news is told, however far into the article.
  let titledSection = false;
  let whatsNew = false;
  // The heading's news passed on past a requirement line (see below).
  let passedOn = false;
  // Under a heading that puts a condition to the reader («Se stai partecipando a un workshop»), every sentence
  // answers that condition: «Gli organizzatori del tuo workshop…» read out of context on dev.
  // So does every sentence under a heading of the page's housekeeping (ASIDE_HEADING); under one of what to have
  // first, every list line (REQUIREMENTS_HEADING).
  let requirementsSection = false;
  let conditionalSection = false;
  let adviceSection = false;
  // Under a heading of the publisher's description of itself (ABOUT_HEADING): background.
  let aboutSection = false;
  // Past the opening: a heading came after the first prose block.
  let sectioned = false;
  // The first prose block of the body, past the author's summary: where an update is put above the post.
  let firstBody = -1;
  // Under a heading with an update's label, before any prose: the update's section (`Candidate.updateSection`).
  let updateSection = false;
  let updateOpens = false;
  // The heading right above the block read, past the opening: a section that opens by restating it describes the
  // section (`restatesHeading`).
  let heading = '';
  let bodyText = '';
  // A question in the last third of an article of five paragraphs or more is its closing prompt to the reader
  // («Ken jij andere open source projecten waar anderen van moeten weten? … Reageer dan hieronder!»), not the
  // question it answers: the post would ask followers for comments on a page they have not read (docs/teasers.md).
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'item').length;
  const closing = (rank: number) => prose >= 5 && 3 * rank >= 2 * prose;
  // The sentence right before the one read, for a sentence that presupposes it (additive.ts): none past a heading.
  let previous: Place | null = null;
  for (const [blockIndex, block] of blocks.entries()) {
    // A line that opens a list of what a release brings («Major improvements in this release:») is its heading.
    const leadIn =
      block.kind === 'paragraph' &&
      (WHATS_NEW_LEAD_IN.test(block.text.trim()) || ANNOUNCEMENTS_LEAD_IN.test(block.text.trim()));
    if (block.kind === 'heading' || leadIn) {
      previous = null;
      // A changelog's «Features» heading recurs under every date: only the opening's says what is new.
      const announcesNews =
        WHATS_NEW_HEADING.test(block.text) ||
        RESULTS_HEADING.test(block.text) ||
        ((CHANGES_HEADING.test(block.text) || leadIn) && rank + 1 < LEAD_BLOCKS);
      inSummary = block.summary;
      // A «What's new» section's first paragraph may sit under a heading of its own («### Faster ingestion»).
      titledSection =
        namesTitle(block.text, lang, titleWords, unspaced) || announcesNews || (titledSection && whatsNew);
      whatsNew = titledSection && (whatsNew || announcesNews);
      conditionalSection = CONDITION.test(block.text) || ASIDE_HEADING.test(block.text);
      requirementsSection = REQUIREMENTS_HEADING.test(block.text);
      adviceSection = ADVICE_HEADING.test(block.text);
      aboutSection = ABOUT_HEADING.test(block.text.trim());
      sectioned = rank >= 0;
      updateSection = rank < 0 && opensWithUpdateLabel(block.text);
      // A heading that names the title or a version («Rocky Linux 10.1») is the news's own, not a recurring one.
      heading = sectioned && !titledSection && !hasNumber(block.text) ? block.text : '';
      continue;
    }
    if (block.kind === 'noise' || conditionalSection || (requirementsSection && block.kind === 'item')) {
      previous = null;
      continue;
    }
    rank++;
    const sectionHeading = heading;
    heading = '';
    if (bodyText.length < 400) bodyText += ` ${block.text}`;
    const summary = inSummary || block.summary;
    if (firstBody < 0 && !summary) firstBody = blockIndex;
    updateOpens = updateSection && blockIndex === firstBody;
    const titled = titledSection;
    const listsNews = whatsNew;
    titledSection = false;
    whatsNew = false;
    if (rank >= LEAD_BLOCKS && !summary && !titled && !adviceSection) continue;
    // A step of a numbered list, out of its list, reads as an order to the reader; under a heading of what a
    // release brings, the numbers count features, not steps (dev10: Kitex v0.15.1's «新特性» was posted as its title
    // alone).
    if (block.step === true && !listsNews) continue;
    // On a page that lists things (resources, talks), a list item or a section past the opening describes one of
    // them, not the page (see `COLLECTION_TITLE`).
    if (collection && (block.kind === 'item' || sectioned) && !summary) continue;
    const before = candidates.length;
    const sentences = joinedAtTitle(
      paragraphSentences(listsNews ? withSubItems(blocks, blockIndex) : block.text, lang),
      title,
    );
    // A list item of one sentence is a line of its list («Menschen neugierig machen, z. B. mit …», «Mejor
    // resultado en la mayoría de pruebas…», «Supporting both HTTP/1.1 and HTTP/2.»): out of it, without its
    // heading or the sentence that opens it, it is a fragment. An item of several sentences is prose set out as a
    // list (a digest's entries, «Security reporting remains unchanged. We still accept…»), read as a paragraph.
    // A line that calls to act (an advisory's «Upgrade curl to version 8.16.0») stands alone, and so does the
    // first line under a heading that says what a release brings or names the title: there the list is the news.
    const listLine = block.kind === 'item' && sentences.length === 1 && !titled;
    const prior = previous;
    previous = sentences.length === 0 ? previous : { block: blockIndex, index: sentences.length - 1 };
    for (const [index, raw] of sentences.entries()) {
      // A list item is a line, often without a full stop: one that calls to act («Upgrade curl to version
      // 8.16.0») is a whole sentence, closed like the title.
      // A line that says it twice, in the article's language and another, keeps the article's half (bilingual.ts).
      // A note's label comes off: what it labels is a sentence of the article (note-label.ts).
      // A promise of what follows on the page comes off the news it closes (newsworthy.ts's `withoutPromise`), and a
      // closing pointer at a figure off the sentence (deixis.ts's `withoutFigureTail`).
      const line = clean(
        withoutFigureTail(withoutPromise(withoutNoteLabel(withoutUrlAside(ownLanguageHalf(raw, lang)), lang))),
      );
      // So is a line that gives a measured figure («More than 3.9 million new files published», «GPU 利用率提升 40%»):
      // a year's or a release's numbers are set out as a list, and each line is a fact of its own (dev3: PyPI's year
      // in review led with its throat-clearing, «dry, no hook (no numbers)», its figures listed below it).
      const figureLine = block.kind === 'item' && givesFigure(withoutDays(line, months), titleNumbers);
      // A release's list of what it brings names each feature before a colon: the statement after it is the news.
      // So does any item's label in a script with case before a sentence in one without (`withoutCasedLabel`).
      const listed =
        block.kind === 'item' ? (listsNews ? withoutFeatureLabel(line, title) : withoutCasedLabel(line, title)) : line;
      const closedLine =
        block.kind === 'item' && !COMPLETE.test(listed) && (opensWithCall(listed) || figureLine || listsNews)
          ? titleSentence(listed, lang)
          : listed;
      // «We are happy to share that 14 proposals were accepted…» says the news after its «that» (glad-opener.ts),
      // when that clause stands alone.
      const unglad = withoutGladOpener(closedLine, lang);
      const cleaned =
        unglad !== closedLine && standsAlone(unglad, lang, context, block.summary, listsNews) ? unglad : closedLine;
      // A name in lowercase may open a paragraph («libcurl skips…») or any sentence when it is the title's own
      // («plumber2 is a package…» after «…the release of plumber2 0.2.0.»).
      // (Words are segmented only for a sentence that opens in lowercase: segmenting every one costs.)
      const opensWithName =
        (index === 0 && block.kind === 'paragraph') ||
        (STARTS_LOWERCASE.test(cleaned) && titleKeys.has(words(cleaned)[0]?.key ?? ''));
      // In Thai and Lao a sentence ends without a mark: a paragraph is complete as it stands.
      // (Only a whole paragraph: the pieces of a longer one, cut at its spaces, are clauses.)
      const closed = noFullStop && sentences.length === 1;
      if (!usable(cleaned, opensWithName, stop, closed) || fold(cleaned) === titleKey) continue;
      // A sentence that leans only by its opening phrase («Recognizing this, the team established…») is taken
      // without it (tried only on what is refused: most sentences stand alone).
      let alone = cleaned;
      // A lede in the first person plural whose speaker the post does not name («В качестве нашего финального
      // проекта мы напишем веб-сервер…»): kept aside, for a post that would otherwise be the title alone.
      let unnamedWe = false;
      // A connective that only links it to the sentence before comes off too, and what is left may lead.
      let linked = false;
      if (!standsAlone(cleaned, lang, context, block.summary, listsNews)) {
        alone = withoutLeaningPhrase(cleaned, lang);
        if (alone === cleaned) {
          alone = withoutConnective(cleaned, lang);
          linked = alone !== cleaned;
        }
        if (alone === cleaned || !standsAlone(alone, lang, context, block.summary, listsNews)) {
          if (!(rank <= 1 && index <= LEDE_SENTENCES && !summary && standsAlone(cleaned, lang, weNamed, false)))
            continue;
          alone = cleaned;
          unnamedWe = true;
        }
      }
      if (asideToReader(alone, lang, callsToAct)) continue;
      // «X reported that the URLs … were leaked»: the finding, without its reporter, if it stands alone.
      const finding = withoutCredit(alone, lang);
      if (finding !== alone && !standsAlone(finding, lang, context, block.summary)) continue;
      const text = withArticle(finding, lang);
      // A sentence in another script than the article (an English sentence left in an Arabic translation). Table
      // rows never get here: blocks.ts reads them as noise.
      if (otherScript(text, articleLatin)) continue;
      const question = QUESTION.test(text);
      if (question && (rank >= QUESTION_BLOCKS || block.kind !== 'paragraph' || closing(rank))) continue;
      // Past the opening, asked in the middle of its paragraph, after what it follows from, and answered at once in a
      // few words that close the paragraph, a question is the story's, not one the article puts to its reader (dev9:
      // Helm's graduation post, «이것은 헬름에 대한 시험대였다. 서로 다른 목표와 요구를 가진 사용자 수십만 명의 요구를
      // 충족시킬 수 있는가? 그런 것 같아 보인다.», posted between the title and the news, «hook out of context; awkward
      // sentence order»). In the opening paragraphs it is the question the article takes up («…en IA. Stratégie de
      // rattrapage ou…?»); followed by more than a reply, it may be the problem the article takes on (ShowMax's «…how
      // do you binge-watch in a barely connected village in sub-Saharan Africa? Already 35% of video…»).
      if (question && rank >= 2 && index > 0 && answeredAtOnce(sentences, index)) continue;
      // Past the opening, a question that is its paragraph's whole text is the title of one of the sections: of a
      // piece that covers several things, one item's (dev15: the PyTorch Korea seminar recap posted «Multimodal LLM
      // 학습기: …고려되어야 하는가?», one of its five talks, as its question, «hook out of context»).
      if (question && sectioned && sentences.length === 1) continue;
      const sw = sentenceWords(text);
      const unintroduced = namesUnintroduced(text, lang, title);
      const restates = overlap(terms, sw);
      const sharedWords = restates === 0 ? 0 : sharedCommonTerms(terms, sw, text, lang, unspaced);
      const carries = overlap(top, sw);
      // A date is no words of its own: «北京时间2025年11月4日，KubeEdge 发布1.22.0版本。» under «KubeEdge v1.22.0 版本发布！»
      // says the title again on a day (dev9: «duplicate info; no feature details», the features came next).
      // Nor is what every release says of itself (`saysOnlyRelease`): «…packed with new features» has none.
      const onlyRelease =
        releaseTitle &&
        setAsideAnnouncements &&
        saysOnlyRelease(text, titleNumbers, titleWords, titlePairSet, stop, unspaced);
      if (onlyRelease) announcementSetAside = true;
      const fresh = onlyRelease
        ? 0
        : unspaced
          ? newPairs(withoutCjkDate(text), titlePairSet)
          : newWords(sw, titleKeys, stop);
      // «A new version of Knative is now available…» under «Announcing Knative v1.22 Release» says the title again
      // without its number: what the release brings comes next (dev9).
      const repeats =
        onlyRelease ||
        (releaseTitle &&
          ((NEW_VERSION_OUT.test(text) && !hasNumber(text)) ||
            (SAYS_RELEASED.test(text) && hasNumber(text) && numbersAmong(text, titleNumbers))))
          ? 1
          : repeatsTitle(text, sw, titleWords, titlePairSet, stop, unspaced);
      const installs = installsPackage(text, stop);
      const credited = installs || (!(summary || titleThanks) && thanks(text));
      const undated = withoutDays(text, months);
      const worth = newsworthiness(text, lang, unspaced, titleNumbers, undated);
      const earlier = datesEarlierVersion(text, versions) || datesEarlierStage(text, stage);
      const history = worth.history || earlier;
      const requirement = releaseTitle && statesRequirement(text);
      const housekeeping =
        credited ||
        (MAYBE_HOUSEKEEPING.test(text) && HOUSEKEEPING.test(text)) ||
        greets(text, unspaced) ||
        (index === 0 && restatesHeading(text, sectionHeading));
      // Installing the software is how to get it, not a call to act on the news; nor is a rule one section lays
      // on others.
      const act = callsToAct(text) && !installs && !(sectioned && !adviceSection && obligesOthers(text));
      if (listLine && !act && !figureLine) continue;
      const value = newsValue(text, titleKeys, unspaced, months, act);
      const aside = !act && CONDITION.test(text) && withoutNoteLabel(raw, lang) !== raw;
      // A call to act is never background, whatever its shape; nor is the definition of a thin title's own term
      // in the page's first paragraph: a glossary page opens on it, and it is what the page is about (dev2:
      // «Наблюдаемость (observability) — это свойство системы…» gave way to a 290-character sentence cut on
      // Bluesky, «hook out of context (term not named)»). Further in, a definition is the background a statement
      // or a release note gives its readers before its news (dev: 「Bitcoin Core」是一個開源軟體計劃… in the third
      // paragraph under «Bitcoin Core 聲明», «dry, no hook; misses the statement's point»).
      const background =
        (worth.background ||
          aboutSection ||
          requirement ||
          (history && !titleLooksBack && !keepsTitleNumber(text, titleNumbers))) &&
        !act &&
        !(worth.definition && !titleInformative && restates >= 0.5 && rank === 0);
      // Inside its paragraph, a sentence leans on the one before it unless it gives a figure or a date the title does
      // not, or names its own subject (`INSIDE_COST`). Not the author's summary, not a line of a release's list. A
      // list item of several sentences is a paragraph set out as a list: its later sentences lean the same way. The
      // digits of a name are no figure: «Solo el tercer punto, … así como eliminar el soporte de IE11, entran en…»,
      // the second sentence of Preact X's eighth paragraph, went without the cost for «11» and followed the title
      // (dev15: «hook out of context», the list of points it counts was not shown).
      const inside =
        index > 0 &&
        !summary &&
        !listsNews &&
        numbersAmong(withoutNamedDigits(text), titleNumbers) &&
        !namesOwnSubject(text, titleKeys, stop);
      // Under a title that is only a name and a version, the page is the thing itself (a specification, a
      // manual): its first sentence, naming it whole and adding words of its own, says what it is, and follows the
      // title before any detail further in (dev13: Conventional Commits' Polish and Hindi specs were posted with
      // one rule from deep inside, «Dodatkowe typy nie są wspierane…», «एक स्कोप…», 3/10, "obscure detail as hook").
      const saysWhatItIs =
        releaseTitle &&
        !titleInformative &&
        rank === 0 &&
        index === 0 &&
        restates >= 0.8 &&
        fresh >= (unspaced ? 12 : 4) &&
        !question;
      // A recap's opening sentence that counts its items says the whole, in the title's words or not.
      const counts = recap && rank === 0 && !question && countsItems(text);
      const result = audit && !question && countsFindings(text);
      const score =
        3 * restates +
        (restates >= 0.8 ? 1 : 0) +
        1.5 / (1 + 0.6 * rank) -
        0.3 * index +
        (summary ? 3.5 + (index === 0 ? 0.5 : 0) : 0) +
        carries -
        (block.kind === 'item' ? 0.2 : 0) -
        (housekeeping ? HOUSEKEEPING_COST : 0) -
        (background ? BACKGROUND_COST : 0);
      // Past the opening, a question must be about the subject: not «Don’t want to use this?».
      if (question && rank >= 2 && restates + carries === 0) continue;
      const news = Math.min(
        credited ? 0 : Number.POSITIVE_INFINITY,
        value +
          carries +
          Math.min(restates, 0.5) +
          1.2 / (1 + 0.5 * rank) -
          0.2 * index +
          (summary ? 1.5 + (index === 0 ? 0.5 : 0) : 0) -
          (block.kind === 'item' ? 0.3 : 0) -
          (roughSize(text) > 200 ? 0.8 : 0) -
          // What the title already says is no news: a sentence that restates it adds too few words of its own, unless
          // in a spaced script it keeps the title's numbers and adds a figure («14 proposals were accepted by Google for
          // Google Summer of Code 2025.»: the count is the news, and the sentence will lead in the title's place; in
          // Chinese a date in figures is not, «北京时间2025年11月4日，KubeEdge 发布1.22.0版本。», dev9).
          (restates >= 0.5 &&
          fresh < (unspaced ? 12 : 4) &&
          (unspaced || numbersAmong(undated, titleNumbers) || !keepsNumbers(titleNumbers, text))
            ? 3
            : 0) -
          (restates === 0 && carries === 0 ? 0.6 : 0) -
          (housekeeping ? HOUSEKEEPING_COST : 0) -
          (aside ? ASIDE_COST : 0) +
          worth.fresh -
          (background ? BACKGROUND_COST : 0) -
          (unintroduced ? UNINTRODUCED_COST : 0) -
          // History's numbers are its dates and an age («In May 2022… 10 years since Elixir v0.5»), not news.
          (background && history && value >= 1 && hasNumber(text) ? 1 : 0) -
          // A requirement's version is what to check, not news: it gives way to what the release brings.
          (background && requirement ? REQUIREMENT_COST - BACKGROUND_COST : 0) +
          (saysWhatItIs ? THIN_TITLE_LEDE : 0) +
          (counts ? RECAP_COUNT : 0) +
          (result ? AUDIT_RESULT : 0),
      );
      candidates.push({
        text,
        block: blockIndex,
        index,
        rank,
        near: titled ? Math.min(readable, NEAR_TITLE) : readable,
        ...(titled ? { titled } : {}),
        score,
        restates,
        fresh,
        repeats,
        sharedWords,
        ...(saysWhatItIs ? { saysWhatItIs } : {}),
        ...(counts ? { countsItems: counts } : {}),
        newNumber: !numbersAmong(text, titleNumbers),
        newFigure: !numbersAmong(undated, titleNumbers),
        act,
        result,
        advice: adviceSection,
        listsNews,
        requirement,
        freshness: worth.fresh,
        summary,
        authored: blockIndex === 0 && block.summary && index === 0,
        question,
        // An advisory's credit to its reporter («X reported that…») does not lead in the title's place either.
        // Nor does a sentence taken without its pointing phrase: it follows the title, whose context it answers.
        conditional:
          CONDITION.test(text) ||
          (ordersReader(text, lang) && !act) ||
          opensWithCredit(text, lang) ||
          (alone !== cleaned && !linked),
        credits: credited,
        aside,
        update: blockIndex === firstBody && index === 0 && opensWithUpdateLabel(raw) && !housekeeping,
        updateSection: updateOpens && index === 0 && !housekeeping,
        background,
        ...(earlier && !titleLooksBack ? { earlier: true as const } : {}),
        housekeeping,
        news,
        inside,
        unintroduced,
        unanchored:
          index > 0 &&
          !act &&
          !question &&
          leansOnUnshown(text, sentences[index - 1] ?? '', lang, restates > 0 || carries > 0, sw.list),
        ...(presupposesFirst(text, lang) ? { after: index > 0 ? { block: blockIndex, index: index - 1 } : prior } : {}),
        ...(unnamedWe ? { unnamedWe, ...(sectioned ? { sectioned: true as const } : {}) } : {}),
      });
    }
    // «Near the title» counts the paragraphs that give something: one that only keeps house (how to get the
    // newsletter, thanks) does not push the news away (docs/teasers.md).
    // Nor does one that only says the title again («The Tauri team is pleased to announce the first release of
    // tauri-egui.» under «Announcing tauri-egui 0.1.0»): what it announces comes next, and it must stay near.
    if (
      candidates
        .slice(before)
        .some((c) => !c.unnamedWe && !c.housekeeping && (c.summary || !repeatsIt(c, unspaced, titleAsks)))
    )
      readable++;
    // The first line under «Highlights» that says what the release brings is its news: a block that gives no
    // sentence (a «Release notes: …» link) or only a requirement line («Minimal supported version of Kubernetes is
    // now 1.34.») leaves the heading's news to the next one (dev9: Knative v1.22's multi-cluster deployment).
    // Only after a requirement line: a heading over no sentence at all (a list of links, code) keeps its news.
    const given = candidates.slice(before);
    passedOn = titled && given.every((c) => c.requirement) && (given.length > 0 || passedOn);
    if (passedOn) {
      titledSection = titled;
      whatsNew = listsNews;
    }
  }

  // Thai and Lao write letters, as spaced scripts do, not a syllable or a word per character: their budget is theirs.
  const dense = unspaced && !noFullStop;
  const budget = thread ? THREAD_BUDGET : dense ? HOOK_BUDGET_UNSPACED : HOOK_BUDGET;
  // What one sentence may take up alone, in a thread too: a teaser's budget and its tenth (`NEWS_ROOM`).
  const room = (dense ? HOOK_BUDGET_UNSPACED : HOOK_BUDGET) * NEWS_ROOM;
  // A lede that speaks as an unnamed «we» never leads: it follows the title only (`plainLede`).
  const standIns = candidates.filter((c) => c.unnamedWe === true && !c.question);
  const statements = candidates.filter((c) => !c.question && c.unnamedWe !== true);
  const ordered = (list: Candidate[]) => [...list].sort((a, b) => a.block - b.block || a.index - b.index);
  // A title that opens with a condition («Se stai seguendo il tutorial a casa») is a heading taken as the title;
  // one that only clears its throat («Ekibimiz … için yoğun bir dönemdi», «it was a busy time for our team») says
  // no news, and the sentence that does leads (the link card still shows the title).
  const titleLeads = titleCanLead(title, lang, bodyText) && !CONDITION.test(title) && !clearsThroat(title);
  const titleNames = strongNames(title, unspaced);
  // A title that tells of a death is said better by no sentence: one that names the person and what they did posts
  // the life without the death («Hans Petter Langtangen's books … taught many of us…» under «In Memoriam: …»).
  const mourns = titleMourns(title, lang);
  // A title that warns or calls to act («Misskeyを騙るアカウントにご注意ください») is said better only by a sentence that
  // does too: a description of the danger without the warning is «no explicit warning in text» (dev3).
  const titleActs = callsToAct(title);
  // Under a long title that would go alone, the opening's news may name its subject in its own words («파이토치» for
  // «PyTorch»): the title's names are not asked of it (`names`).
  const saysItBetter = (c: Candidate, share: number, names = true, follows = false) =>
    !mourns &&
    (c.act || !titleActs) &&
    // A title that asks («또 다시 Elasticsearch 라이선스 변경, 기업의 대응 방안은?») is a hook of its own (docs/teasers.md):
    // a sentence in its words without a figure, a date or a call to act answers nothing it asks, and only drops the
    // question (dev13: «Elasticsearch는 오픈소스 프로젝트로 시작했으며…», background, posted alone in its place).
    (!titleAsks || c.act || c.newNumber) &&
    c.restates >= share &&
    // A date or a figure the title lacks is news in few characters: «2025-11-02 (日) に開催される VimConf 2025 Small の登壇者
    // を募集します！» under «VimConf 2025 Small の登壇者を募集します» says it better (dev14), with 11 new character pairs.
    // So is a count in a spaced script beside the title it follows, which it would say again: «We're setting aside
    // 20 free TokioConf tickets for contributors…» under «Free TokioConf tickets for contributors and open source
    // maintainers» (dev8, «duplicate info») has three words of its own and the figure. Not in the opening at large:
    // «El sitio web de Coraza ha funcionado … desde aproximadamente 2020.», history, would take a title's place.
    c.fresh >= (unspaced ? (c.newFigure ? 8 : 12) : follows && c.newFigure ? 2 : 4) &&
    keepsNumbers(titleNumbers, c.text) &&
    (!names || keepsNames(titleNames, c.text)) &&
    roughSize(c.text) <= (dense ? 120 : HOOK_BUDGET * NEWS_ROOM) &&
    !c.conditional &&
    !c.unanchored &&
    c.after === undefined &&
    // A reflection or a definition («Reflecting on the improvements… in 2023») restates the title without news.
    !c.background &&
    // Thanks for the release restate its title («Thanks to everyone who contributed to this release» under «Go
    // 1.25 is released») without saying what it brings; so does how a survey was run («…we have received 367
    // responses» under «Nim Community Survey 2024 Results», background) or a signpost to the rest of the post.
    !c.credits &&
    !c.housekeeping;
  // The opening sentence that restates the title, says more and carries a fact says it better: it leads
  // instead, and the link card (Bluesky's, Mastodon's) still shows the title. The author's summary first.
  // From the second paragraph only under a title of three terms or more: a shorter one («恐れるな！並行性», two
  // character pairs once its kana are set aside) is «restated» by any sentence on its subject, and the catchy title
  // gave way to the second paragraph's background (dev7, the Japanese Rust book, "catchy title phrase dropped").
  // An update put above the post («Update: Our first Global Elixir Meetups was a success with 46 meetups…») is its
  // news today: the post under it, its summary first, tells of what it has overtaken (dev6: «We are launching
  // Global Elixir Meetups…» after the week was held, «misleading (event already held per update)»).
  const update = statements.find(
    (c) => c.update && !c.conditional && !c.unanchored && c.after === undefined && roughSize(c.text) <= room,
  );
  const better =
    update ??
    ordered(statements)
      .sort((a, b) => Number(b.authored) - Number(a.authored))
      .find(
        (c) =>
          (c.rank === 0 || (c.rank === 1 && terms.length >= RESTATABLE_TITLE) || c.summary) &&
          (c.index <= LEDE_SENTENCES || c.summary || c.countsItems === true) &&
          saysItBetter(c, c.authored ? SUMMARY_SAYS_IT_BETTER : c.countsItems ? COUNT_SAYS_IT_BETTER : SAYS_IT_BETTER),
      );

  // After the title: what does not repeat it, from the opening (a call to act from a little further).
  const afterTitle = () =>
    statements.filter(
      (c) =>
        !repeatsIt(c, unspaced, titleAsks) &&
        (thread || !c.unanchored) &&
        // The old news the title's replaces (dev11: «Lors de la React Conf 2024, nous avons annoncé la sortie
        // expérimentale de React Compiler…», the author's summary, under «React Compiler : beta et feuille de route»).
        (thread || !c.earlier) &&
        (thread ||
          c.near <= NEAR_TITLE ||
          c.summary ||
          c.countsItems ||
          ((c.act || c.result) && (c.rank < LEAD_BLOCKS || c.advice))),
    );
  // A plain lede, though it speaks as a «we» the post does not name: not housekeeping, background nor
  // throat-clearing, not an order, not leaning, and with words of its own: it may name the title's terms again
  // (a lede does: «В качестве нашего финального проекта…»), as long as most of its words are not the title's.
  const plainLede = (c: Candidate) =>
    c.repeats < REPEATS_TITLE &&
    c.fresh >= (unspaced ? 12 : 4) &&
    !c.housekeeping &&
    !c.credits &&
    !c.background &&
    !c.conditional &&
    !c.unanchored &&
    c.after === undefined &&
    !clearsThroat(c.text);
  const compose = (better: Candidate | undefined): { hook: Hook; picked: Candidate[] } => {
    let lead: string;
    let pool: Candidate[];
    const leadIsTitle = better === undefined && titleLeads;
    let leadCandidate: Candidate | undefined;
    if (leadIsTitle) {
      lead = titleSentence(title, lang);
      // After the title: what does not repeat it, from the opening (a call to act from a little further), and a
      // plain lede that speaks as an unnamed «we» (`plainLede`): it competes as news, so a weaker sentence further
      // on does not take its place (dev15: Freifunk's «Funk Funk Funk auf der Breminale!…» over its festival WiFi).
      // Only the article's own opening, before any section: a section's note in the editors' voice is no news of
      // the article (dev8: Optech's «In unseren Quellen wurden diese Woche keine nennenswerten Neuigkeiten
      // gefunden.» under «Nachrichten», in place of its first merged change).
      // The article's very first sentence is its lede, what the article is about: it ranks a step above the
      // opening's later sentences, which may only illustrate it (dev7: the Spanish Rust book's «La exportación de
      // video utilizará toda la potencia de CPU y GPU que pueda.», an example, over «Muchas de las operaciones que
      // pedimos a la computadora realizar pueden tardar un tiempo en completarse.»).
      pool = [
        ...afterTitle(),
        ...standIns
          .filter((c) => !c.sectioned && plainLede(c))
          .map((c) => (c.rank === 0 && c.index === 0 ? { ...c, news: c.news + FIRST_SENTENCE_GAIN } : c)),
      ];
    } else {
      // A condition put to some readers («If you are following at home, skip this chapter») reads as an order
      // to all of them once the post is the only thing they see: it never leads.
      // One that fits the hook's room first: a longer one is cut on Bluesky (dev2: a 290-character sentence led a
      // Russian glossary entry under its one-word title, «cut mid-sentence; wall of text»).
      const ranked = [...statements]
        .filter((c) => !c.conditional && !c.credits && c.after === undefined)
        .sort((a, b) => b.score - a.score || a.block - b.block || a.index - b.index);
      const statement = ranked.find((c) => roughSize(c.text) <= room) ?? ranked[0];
      // Under a title that cannot lead (too thin: «GitHub Pages»), the page's first sentence says what it shows, even
      // in the «we» of a how-to («En este tutorial, usaremos GitHub Actions para desplegar GitHub Pages.»): a step or
      // a warning from deep in it is a detail, out of context (dev4: «El directorio public/ no es (y no debería ser)
      // subido…, asegúrate que .gitignore contiene la línea public/.», «misleading»). It competes on the same score.
      const lede = standIns.find(
        (c) => c.rank === 0 && c.index === 0 && !c.sectioned && plainLede(c) && roughSize(c.text) <= room,
      );
      const best =
        better ?? (lede !== undefined && (statement === undefined || lede.score > statement.score) ? lede : statement);
      lead = best === undefined ? titleSentence(title, lang) : withoutToday(best.text, lang);
      leadCandidate = best;
      // Only what comes right after the lead in the article follows it: its own block or the next one.
      pool =
        best === undefined
          ? // The title stands in for a lead when no sentence can (a thin title, every sentence an order or leaning):
            // what may follow a title follows it (dev6: «Quick start.» alone, once «You must also be comfortable…»
            // could not lead; the author's summary «Create your first Hugo project.» now follows it).
            afterTitle()
          : statements.filter(
              (c) =>
                (c.block > best.block || (c.block === best.block && c.index > best.index)) &&
                // After an update, only the update's own sentences: the post's would tell what it overtook.
                (!best.update || c.block === best.block) &&
                // Nor what says the title again: the link card shows it, and a lead that says it better already has
                // (dev15: «我们很高兴地宣布 Rsbuild 1.0 已经正式发布！» after the author's «Rsbuild 1.0 正式发布，围绕…»). A
                // thread tells the whole article: a sentence in the title's words may still carry its own fact.
                (thread || !repeatsIt(c, unspaced, titleAsks)) &&
                // What leans on the sentence before it follows the lead only when that sentence is the lead.
                (thread || !c.unanchored || (c.block === best.block && c.index === best.index + 1)) &&
                (thread ||
                  c.near <= best.near + NEAR_LEAD ||
                  (c.listsNews && c.near <= NEAR_TITLE) ||
                  ((c.act || c.result) && (c.rank < LEAD_BLOCKS || c.advice))) &&
                (thread || !(sameContent(best.text, c.text, lang) || echoes(best.text, c, unspaced, stop))),
            );
    }
    // A sentence that presupposes a first item follows only the sentence that gives it (additive.ts), or a title
    // that names two things when it speaks of the second (`titleGivesFirst`).
    pool = pool.filter(
      (c) => thread || firstItemShown(c.after, [leadCandidate]) || (leadIsTitle && titleGivesFirst(title, c.text)),
    );
    // News as it ranks beside the lead: a sentence inside its paragraph gives way to an opener of comparable news,
    // unless the sentence it leans on is the lead itself (`INSIDE_COST`).
    const ranked = (c: Candidate) =>
      c.news -
      (c.inside && !(c.block === leadCandidate?.block && c.index === leadCandidate.index + 1) ? INSIDE_COST : 0);
    const leadSize = roughSize(lead);
    // A title that asks already closes on a question: a second one would repeat it.
    const leadAsks = QUESTION.test(lead);
    const question = candidates
      .filter(
        (c) =>
          c.question &&
          c.unnamedWe !== true &&
          !leadAsks &&
          c.after === undefined &&
          !INTERVIEWER.test(c.text) &&
          roughSize(c.text) >= 30 &&
          roughSize(c.text) <= 200 &&
          !sameContent(lead, c.text, lang),
      )
      .sort((a, b) => b.score - a.score || a.block - b.block)[0];
    const most = thread ? THREAD_NEWS : MAX_NEWS;
    const pickNews = (reserved: number): Candidate[] => {
      const picked: Candidate[] = [];
      let size = leadSize;
      // The update's section says what the post has become since (dev5: «The patched kernels are now rolling out
      // to production» above an advisory that told how to test them): its first sentence is picked first. Then an
      // audit's result (`Candidate.result`), before what the audited project is (dev7: Karmada's components).
      const byNews = [...pool].sort(
        (a, b) =>
          Number(b.updateSection) - Number(a.updateSection) ||
          Number(b.result) - Number(a.result) ||
          ranked(b) - ranked(a) ||
          a.block - b.block ||
          a.index - b.index,
      );
      for (const c of byNews) {
        if (picked.length >= most || c.news < (thread ? 0 : MIN_NEWS_SCORE)) break;
        // Throat-clearing is no news, whatever number it names (dev3: «As 2025 comes to a close, it's time to look
        // back at another busy year…» followed «PyPI in 2025: A Year in Review», «dry, no hook»).
        if (!thread && clearsThroat(c.text)) continue;
        if (!firstItemShown(c.after, [leadCandidate, ...picked])) continue;
        const text = withoutToday(c.text, lang);
        if (size + roughSize(text) + 1 + reserved > budget * (picked.length === 0 ? NEWS_ROOM : 1)) continue;
        if (picked.some((p) => sameContent(p.text, c.text, lang))) continue;
        picked.push({ ...c, text });
        size += roughSize(text) + 1;
      }
      return picked;
    };
    // The question closes the hook when it fits: it keeps its room before news is added, unless that room
    // costs the news: a sentence clearly newsier than the one that fits beside the question («Want to get
    // involved in other ways?» kept «…the next round of Tauri Board Director elections is upon us!» out on dev).
    let reserved =
      question === undefined || leadSize + roughSize(question.text) > budget ? 0 : roughSize(question.text) + 1;
    let picked = pickNews(reserved);
    // A question that opens the article is what it answers (a Q&A page): it keeps its room.
    const opensArticle = question !== undefined && question.rank === 0 && question.index === 0;
    if (reserved > 0 && !thread && !opensArticle) {
      const without = pickNews(0);
      const best = without[0];
      const beside = picked[0];
      if (
        beside !== undefined &&
        best !== undefined &&
        !picked.some((p) => p.text === best.text) &&
        best.news >= beside.news + 1
      ) {
        reserved = 0;
        picked = without;
      }
    }
    const used = leadSize + picked.reduce((sum, c) => sum + roughSize(c.text) + 1, 0);
    // The title alone reads dry: without news to add or a question, the article's own opening follows it, its
    // first sentence that stands alone, does not repeat the title and fits (a long first sentence does not leave
    // the title alone). A lead sentence alone reads as dry: what comes right after it in the article follows it
    // (the pool after a lead is already its paragraph and the next, without what repeats it).
    // An opening that is background (a definition, a mission statement) gives way, after the title, to the
    // newsiest sentence of the title's paragraphs that is not; with none, it follows only a title that says
    // little on its own («Updating Falco’s governance documentation.»): better the title alone than a dry line
    // under one that tells the news.
    if (picked.length === 0 && reserved === 0 && !leadAsks) {
      // After a lead sentence, only what comes right after it: the next sentence of its paragraph, the first of the
      // next paragraph, a later line of its list. One further on skips what it follows from (dev10: a how-to's «حتي
      // لو كنت مساهما متمرسا…» then its fourth sentence, a step, «بعد تصحيح الأخطاء قم بعمل كومّيت…», "two unrelated
      // sentences stitched"; dev8: Nushell's «A primeira coisa que vamos fazer…» two paragraphs on, "out of context").
      // The author's summary sums up the whole article, a call to act and a release's list of news stand alone: what
      // follows them is not asked to be next.
      const next = (c: Candidate) =>
        leadIsTitle
          ? c.near === 0 && !c.summary
          : leadCandidate === undefined ||
            leadCandidate.summary ||
            c.act ||
            c.listsNews ||
            rightAfter(leadCandidate, c, blocks);
      const fits = (c: Candidate) => used + roughSize(c.text) + 1 <= budget * NEWS_ROOM;
      const openers = ordered(pool.filter((c) => !c.housekeeping)).map((c) => ({
        ...c,
        text: withoutToday(c.text, lang),
      }));
      const near = openers.filter((c) => next(c) && fits(c));
      // Throat-clearing (a wish, the team's mood) follows nothing: after a lead it reads as out of context
      // (dev3: «Umarız öğrencilerimiz bu yıl görevlerini tamamlamayı başarır…» after Organic Maps' update).
      // Nor does a note to some readers: beside the lead it is a side note (`ASIDE_COST`).
      // Nor does background follow the author's summary: it sums up the article, and the problem the release
      // answers reads after it as a step back (dev15: «长期以来，使用 webpack 的开发者饱受两个问题的困扰…» after Rsbuild 1.0's).
      let opener = near.find(
        (c) => (!(leadIsTitle || leadCandidate?.summary) || !c.background) && !clearsThroat(c.text) && !c.aside,
      );
      // When the first paragraph gives nothing that fits beside the title (a lede too long, the rest leaning on
      // it), the next paragraph's first sentence that does: the title alone is «dry, no hook», and on Bluesky the
      // card repeats it (dev: OpenTelemetry's Ukrainian CI/CD post). Not an order nor a condition, shown alone.
      if (opener === undefined && leadIsTitle) {
        const byNews = pool
          .filter((c) => !c.housekeeping && !c.summary)
          .map((c) => ({ ...c, text: withoutToday(c.text, lang) }))
          .filter(fits)
          .sort((a, b) => ranked(b) - ranked(a) || a.block - b.block || a.index - b.index);
        const opensNext = (c: Candidate) => c.near === 1 && !c.summary && !c.conditional && !c.background && fits(c);
        const nextParagraph = openers.find((c) => opensNext(c) && !c.unintroduced);
        // Under a thin title, the background that would have been news without its cost («tauri-egui is a Tauri
        // plugin that…» under «Announcing tauri-egui 0.1.0.») rather than the title alone, but only when the next
        // paragraph has nothing that is not background (dev: 比特幣是「點對點電子貨幣…」, a definition of what
        // everyone knows, would have followed «Bitcoin Core 聲明» in place of what its authors do). When the first
        // paragraph gives nothing that fits beside an informative title (a lede too long, the rest leaning on it),
        // the next paragraph's first sentence that does: the title alone is «dry, no hook», and on Bluesky the card
        // repeats it (dev: OpenTelemetry's Ukrainian CI/CD post). Not an order nor a condition, shown alone.
        opener =
          byNews.find((c) => !c.background && c.news >= MIN_STAND_IN) ??
          nextParagraph ??
          (titleInformative
            ? undefined
            : (near.find((c) => !clearsThroat(c.text)) ??
              byNews.find((c) => c.background && c.news + BACKGROUND_COST >= MIN_NEWS_SCORE && !clearsThroat(c.text))));
        // A sentence that names «the site» unintroduced (`UNINTRODUCED_COST`) still beats the title alone.
        opener ??=
          byNews.find((c) => c.unintroduced && !c.background && c.news + UNINTRODUCED_COST >= MIN_STAND_IN) ??
          openers.find(opensNext);
      }
      // Still nothing, and the post would be the title alone («dry, no hook»; the lead baseline, the title and the
      // first paragraph, beat it on dev5–dev7): the article's lede, though it speaks as a «we» the post does not name
      // («В качестве нашего финального проекта мы напишем веб-сервер…» under the Rust book's «Финальный проект:
      // создание многопоточного веб-сервера»), a plain one (`plainLede`), within the room; from any section.
      if (opener === undefined && leadCandidate === undefined)
        opener = ordered(standIns)
          .map((c) => ({ ...c, text: withoutToday(c.text, lang) }))
          .find((c) => plainLede(c) && fits(c));
      if (opener !== undefined) picked.push(opener);
    }
    const sentences = [lead, ...ordered(picked).map((c) => c.text)];
    const hook = reserved > 0 && question !== undefined ? { sentences, question: question.text } : { sentences };
    return { hook, picked };
  };

  const composed = compose(better);
  // An audit's news is its result, the count of its findings (audit-result.ts): a lede that says the title better
  // but leaves the result no room gives way to the title, beside which it fits (dev9: Knative's 165-character
  // «Knative is happy to announce the completion of its third-party security audit…» went alone, its 16 issues
  // left out). A lede the result follows keeps its place (Go's «…underwent an audit by Trail of Bits.»).
  if (better !== undefined && titleLeads && !thread && !composed.picked.some((c) => c.result)) {
    const titled = compose(undefined);
    if (titled.picked.some((c) => c.result)) return { hook: titled.hook, announcementSetAside };
  }
  // The sentence picked to follow the title restates a good part of it, and says more: the two would say the
  // same thing twice («duplicate info»), so it says it better and leads alone, with what follows it.
  const follower = composed.picked[0];
  // Only when it keeps what the title names: its strong names (`saysItBetter` asks them), or, in a title without
  // one, two words or more in capitals past its first («Google Summer of Code», «de Kiesraad … Rust»: dev, «Rust is
  // voor de Kiesraad een geschikte taal…» after «Deze goede redenen heeft de Kiesraad om Rust te gebruiken», «opening
  // restates title»). One name is the subject, which any sentence about it names («El sitio web de Coraza,
  // reconstruido»), and a name with its version is a release's headline («Acme 2.0 is released»); German writes every
  // noun in capitals: there a strong name is asked.
  const titleCapitals = unspaced || baseLang(lang) === 'de' ? [] : capitalisedPastFirst(title);
  const namesSubject = (c: Candidate) =>
    titleNames.length > 0 || (titleCapitals.length >= 2 && titleCapitals.every((n) => fold(c.text).includes(n)));
  // So does the sentence right before the one picked, when it opens the article and the news picked still follows
  // it: «React Server Components に、認証不要のリモートコード実行の脆弱性が存在します。» before the versions that fix it.
  // Not when the news would no longer fit beside it (dev: Ingress NGINX's Korean retirement post lost its date).
  const lede =
    follower === undefined
      ? undefined
      : statements.find((c) => c.rank === 0 && c.block === follower.block && c.index === follower.index - 1);
  if (
    lede !== undefined &&
    better === undefined &&
    titleLeads &&
    !thread &&
    namesSubject(lede) &&
    saysItBetter(lede, RESTATING_FOLLOWER)
  ) {
    const led = compose(lede);
    if (led.picked.some((c) => c.block === follower?.block && c.index === follower.index))
      return { hook: led.hook, announcementSetAside };
  }
  if (
    better === undefined &&
    titleLeads &&
    !thread &&
    follower !== undefined &&
    namesSubject(follower) &&
    (follower.rank <= 1 || follower.summary || follower.titled === true) &&
    saysItBetter(follower, RESTATING_FOLLOWER, true, true)
  )
    return { hook: compose(follower).hook, announcementSetAside };
  // The title would go alone, and the author's summary, too long to follow it, says the news by itself: it leads in
  // the title's place (the link card shows the title). Its own words need not be the title's: the author wrote it
  // to tell the article, and the title alone is «dry, no hook» (dev13: wallabag.it's «…réserve désormais les
  // fonctionnalités gourmandes en ressources… aux abonnés…», 206 characters, under «Des restrictions pour les
  // comptes d'essai sur wallabag.it»).
  const titleAlone =
    better === undefined &&
    titleLeads &&
    !thread &&
    composed.hook.sentences.length === 1 &&
    composed.hook.question === undefined;
  const tooLongToFollow = (c: Candidate) =>
    roughSize(titleSentence(title, lang)) + roughSize(c.text) + 1 > budget * NEWS_ROOM;
  const authored = statements.find((c) => c.authored);
  if (titleAlone && authored !== undefined && tooLongToFollow(authored) && saysItBetter(authored, 0))
    return { hook: compose(authored).hook, announcementSetAside };
  // The same with the opening's news: under a long title, the newsiest sentence of the first two paragraphs that
  // gives news, speaks of the title's subject (a quarter of its terms) and fits alone, but not beside it, leads in the
  // title's place (dev15: «지난 3월 말, 파이토치 한국 사용자 모임은 특별한 연사분들을 모시고…» under the 55 characters of «PyTorch
  // Core Maintainer와 함께한 기술 교류의 장 - 파이토치 한국 사용자 모임 리뷰», the post was the title alone).
  const openingNews = statements
    .filter(
      (c) =>
        c.near <= 1 &&
        c.news >= MIN_NEWS_SCORE &&
        c.restates >= OPENING_RESTATES &&
        !c.inside &&
        roughSize(c.text) <= room &&
        tooLongToFollow(c) &&
        !clearsThroat(c.text) &&
        saysItBetter(c, OPENING_RESTATES, false),
    )
    .sort((a, b) => b.news - a.news || a.block - b.block || a.index - b.index)[0];
  // A title that asks is a hook of its own: the article answers it (corpus: «What does it take to ship Rust in
  // safety-critical?» would have given way to «When we set out on the Vision Doc work, one area…»).
  if (titleAlone && !titleAsks && openingNews !== undefined)
    return { hook: compose(openingNews).hook, announcementSetAside };
  return { hook: composed.hook, announcementSetAside };
}
/** A sentence of the opening that stands in for a long title restates this much of it: it speaks of its subject. */
const OPENING_RESTATES = 0.25;

type Spot = Pick<Candidate, 'block' | 'index' | 'rank'>;

/**
 * `next` comes right after `lead` in the article: the next sentence of its paragraph, the next paragraph's first,
 * or a later line of the same list (its lines are parallel: each follows from the list, not from the line before).
 */
function rightAfter(lead: Spot, next: Spot, blocks: readonly Block[]): boolean {
  if (next.block === lead.block) return next.index === lead.index + 1;
  if (next.rank === lead.rank + 1 && next.index === 0) return true;
  return next.block > lead.block && blocks.slice(lead.block, next.block + 1).every((b) => b.kind === 'item');
}

/**
 * The sentence says again what the title says (docs/teasers.md): most of its own words are the title's, or it
 * restates half the title and adds little, or it shares two of the title's terms and a quarter of its words are
 * the title's («La première demande de propositions…» then «nous avons lancé une demande de propositions»).
 */
function repeatsIt(c: Candidate, unspaced: boolean, titleAsks: boolean): boolean {
  if (c.saysWhatItIs || c.countsItems) return false;
  // A number the title does not give (a version, a count) is news of its own; a day of the month only in a
  // sentence made mostly of the title's words («On the 8th of May, Google has announced the accepted projects»).
  if (c.newFigure || (c.newNumber && c.repeats < REPEATS_TITLE)) return false;
  return (
    c.repeats >= REPEATS_TITLE ||
    (c.restates >= REPEATS_TITLE && c.fresh < (unspaced ? 12 : 4)) ||
    // A call to act adds what to do («upgrade Electron as soon as possible»), even in the title's words; after a
    // title that asks («Qu'est-ce que l'effet rebond ?») a sentence in its words is the answer.
    (c.sharedWords >= (unspaced ? 3 : 2) && c.repeats >= 0.25 && !c.act && !titleAsks)
  );
}

/**
 * The sentence names what it speaks of: one of its first words is the title's («Toasty supports…» under «Announcing
 * Toasty…», «Das Vite-Ökosystem trifft sich…» under «Vite 7.0 ist da!»), not a stopword.
 */
function namesOwnSubject(text: string, titleKeys: ReadonlySet<string>, stop: ReadonlySet<string>): boolean {
  return words(text)
    .slice(0, SUBJECT_WORDS)
    .some((w) => titleKeys.has(w.key) && !stop.has(w.key));
}
const SUBJECT_WORDS = 3;

/**
 * Names that cannot be common words: acronyms (QUIC, RCE), inner capitals (wolfSSL, GSoC), letters with digits
 * (plumber2); in unspaced scripts, Latin words (React Server Components). Folded.
 */
export function strongNames(text: string, unspaced: boolean): string[] {
  const re = unspaced ? LATIN_NAME : STRONG_NAME;
  return [...new Set(allMatches(re, text).map((m) => fold(m[0])))];
}
/**
 * A sentence says what the title says only if it keeps the title's names too («CZI otorga fondos…» is not
 * restated by a summary without «CZI»); an acronym may be spelled out («remote code execution» for «RCE»), in
 * the order of the language it is written in: an English acronym kept in a translation is spelled out in the
 * translation's word order («la Iniciativa Chan Zuckerberg» for «CZI», «l'Organisation mondiale de la santé»
 * keeps «OMS»'s). On dev the Spanish CZI grant post was the title alone: its lede, which names the Chan Zuckerberg
 * Initiative, the grant and rOpenSci, did not keep «CZI».
 */
function keepsNames(names: readonly string[], text: string): boolean {
  if (names.length === 0) return true;
  const folded = fold(text);
  const initials = words(text)
    .map((w) => w.key.charAt(0))
    .join('');
  return names.every((name) => folded.includes(name) || (/^[a-z]{2,}$/u.test(name) && spelledOut(name, initials)));
}

/** The acronym's letters are the initials of as many words in a row, in any order. */
function spelledOut(acronym: string, initials: string): boolean {
  if (initials.includes(acronym)) return true;
  const sorted = [...acronym].sort().join('');
  for (let i = 0; i + acronym.length <= initials.length; i++)
    if ([...initials.slice(i, i + acronym.length)].sort().join('') === sorted) return true;
  return false;
}
const STRONG_NAME = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[\p{L}\p{N}]*|\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{L}+\p{N}[\p{L}\p{N}]*)/gu;

/** A heading in the title's own words: two of its terms or more (three character pairs), all of them the title's. */
function namesTitle(heading: string, lang: string, title: SentenceWords, unspaced: boolean): boolean {
  const terms = titleTerms(heading, lang);
  return terms.length >= (unspaced ? 3 : 2) && overlap(terms, title) === 1;
}

/**
 * A sentence that names again what the lead names and nothing else: all its names and numbers (two or more) are
 * the lead's, and no word of change, list or figure is its own. Said after the lead, it restates it in other
 * words (dev6: «Scala 3 は Scala 2 を徹底的に見直して再設計されている。» after «Scala 3 は Scala 2 から大幅な改善が行われ、
 * さまざまな新機能が追加されている。», «duplicate info»): the character pairs of the two differ, their subject does not.
 */
function echoes(lead: string, c: Candidate, unspaced: boolean, stop: ReadonlySet<string>): boolean {
  if (c.freshness > 0 || c.act) return false;
  const own = namesAndNumbers(c.text, unspaced);
  if (own.size < 2) return false;
  const said = namesAndNumbers(lead, unspaced);
  for (const n of own) if (!said.has(n)) return false;
  // What it says besides: a few words (character pairs) of its own, as a sentence that restates the title adds.
  if (unspaced) {
    const leadPairs = new Set(pairsOf(fold(lead)));
    return (
      pairsOf(fold(c.text)).filter((p) => UNSPACED_PAIR.test(p) && !HIRAGANA.test(p) && !leadPairs.has(p)).length < 12
    );
  }
  return newWords(sentenceWords(c.text), sentenceWords(lead).keys, stop) < 4;
}

/** A sentence's names (capitalised words, Latin words in unspaced scripts) and numbers, folded. */
function namesAndNumbers(text: string, unspaced: boolean): Set<string> {
  const out = new Set<string>(numbersOf(text));
  const re = unspaced ? LATIN_NAME : CAPITALISED;
  for (const m of allMatches(re, text)) out.add(fold(m[0]));
  return out;
}
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*/gu;

/** The words a text writes in capitals past its first, folded: the names of a title without a strong one. */
function capitalisedPastFirst(text: string): string[] {
  return [
    ...new Set(
      allMatches(CAPITALISED, text)
        .filter((m) => m.index > 0)
        .map((m) => fold(m[0])),
    ),
  ];
}

/**
 * Two sentences say the same thing: at least half of the second's content words (its stop words aside; character
 * pairs in unspaced scripts) are the first's, whole or by a 5-letter stem («released»/«releases»). The shares of
 * all words that this replaced counted «the», «de», «of» alike: two sentences sharing their grammar looked alike,
 * and a question made of the title's words («Waarom zou je als developer open source werken?» under «De kracht
 * van Open Source: hoe jij als developer … Open Source werken») did not (dev: «duplicate info»).
 */
function sameContent(first: string, second: string, lang: string): boolean {
  return overlap(titleTerms(second, lang), sentenceWords(first)) >= SAME_CONTENT;
}
const SAME_CONTENT = 0.5;

/**
 * How many of the title's terms a sentence restates that are not names. A name is the subject, and a sentence
 * about it names it: «Rust is voor de Kiesraad een geschikte taal…» answers «Deze goede redenen heeft de
 * Kiesraad om Rust te gebruiken», it does not repeat it. The title's other words are what it says about the
 * subject: «nous avons lancé une demande de propositions» under «La première demande de propositions du SNC»
 * says it again. A name is written as one in the sentence: a capital past its first word (not in German, which
 * capitalises every noun), letters with digits, inner capitals or an acronym. In unspaced scripts, a Latin word.
 */
function sharedCommonTerms(
  terms: readonly string[],
  s: SentenceWords,
  text: string,
  lang: string,
  unspaced: boolean,
): number {
  const names = nameKeys(text, lang, unspaced);
  return terms.filter((term) => !names.has(term) && hasTerm(s, term)).length;
}

function nameKeys(text: string, lang: string, unspaced: boolean): Set<string> {
  const names = new Set<string>();
  const capitals = baseLang(lang) !== 'de';
  for (const [i, w] of words(text).entries()) {
    if (w.unspaced) continue;
    // A word of small ASCII letters is no name (most words: the Unicode patterns are costly to try).
    if (ASCII_SMALL_WORD.test(w.text) && !unspaced) continue;
    if (unspaced || STRONG_NAME_WORD.test(w.text) || (capitals && i > 0 && /^\p{Lu}/u.test(w.text))) names.add(w.key);
  }
  return names;
}
const STRONG_NAME_WORD = /^(?:\p{Lu}{2,}[\p{L}\p{N}]*|\p{L}+\p{Lu}[\p{L}\p{N}]*|\p{L}+\p{N}[\p{L}\p{N}]*)$/u;
const ASCII_SMALL_WORD = /^[a-z]+$/;
