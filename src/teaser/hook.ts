import type { Block } from './blocks.js';
import type { Keyword } from './keywords.js';
import { isMetaOrNavigation, leansOnAntecedent } from './leaning.js';
import { splitSentences } from './sentences.js';
import { baseLang, collapseSpaces, fold, roughSize, stripEmoji } from './text.js';
import { isUnspaced, stopwords, words } from './words.js';

/**
 * The hook, composed as an editor would (docs/teasers.md, "Composing the hook"): the title first (it was written
 * to be one) unless it is too thin or in another language, then at most one or two sentences that carry the
 * news (numbers, dates, names, a call to act), in the article's order, never restating the title, never
 * leaning on a sentence the post does not show; the article's own question may close it. Without a usable
 * title, the sentence that best restates it leads.
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
  /** Share of the title's terms it restates, and how many words of its own it adds. */
  restates: number;
  fresh: number;
  question: boolean;
}

/** Sentences added to the lead: a teaser is not an extract. */
const MAX_NEWS = 2;
/**
 * The hook's size in code points, lead included (a sentence is added only within it): about 200–280 characters
 * on Mastodon once emoji, link and hashtags are in. Unspaced scripts say more per character (and X counts
 * theirs twice).
 */
const HOOK_BUDGET = 210;
const HOOK_BUDGET_UNSPACED = 100;
/** With a thread the hook is the whole summary: up to six sentences, and no size budget worth the name. */
const THREAD_BUDGET = 2000;
const THREAD_NEWS = 5;
/** A news sentence must score this much to be added: background is left out rather than padded in. */
const MIN_NEWS_SCORE = 1.5;
/** A sentence of the opening that restates this much of the title, and more, says it better than the title. */
const SAYS_IT_BETTER = 0.75;
/** Only the opening of an article is read for a lead (and the summary section, wherever it is). */
const LEAD_BLOCKS = 12;
const QUESTION_BLOCKS = 8;

const URL = /\b(?:https?:\/\/|www\.)\S/iu;
// Full stops of other scripts too: Devanagari and Bengali «।», Arabic «؟», Urdu «۔», Armenian «։», Ethiopic «።».
const COMPLETE = /[.!?。！？…।॥؟۔։።](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;
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

function clean(sentence: string): string {
  return collapseSpaces(stripEmoji(sentence)).replace(TRAILING_HASHTAGS, '').replace(SPACE_BEFORE_CLOSING, '').trim();
}

/** A quotation opened and not closed in the sentence (it goes on in the next one): it reads cut. */
function unbalancedQuotes(text: string): boolean {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(/«/g) !== count(/»/g) || count(/“/g) !== count(/”/g) || count(/「/g) !== count(/」/g);
}

/** A sentence a reader can take on its own: complete, not a fragment, no URL, neither tiny nor huge. */
function usable(text: string): boolean {
  if (!COMPLETE.test(text) || STARTS_LOWERCASE.test(text) || URL.test(text) || HOLE.test(text)) return false;
  const size = roughSize(text);
  if (isUnspaced(text)) return size >= 10 && size <= 300;
  return size >= 20 && size <= 300 && text.split(' ').length >= 4;
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
  folded: string;
  keys: Set<string>;
  stems: Set<string>;
}

function sentenceWords(sentence: string): SentenceWords {
  const keys = words(sentence).map((w) => w.key);
  return {
    folded: fold(sentence),
    keys: new Set(keys),
    stems: new Set(keys.filter((k) => k.length >= 5).map((k) => k.slice(0, 5))),
  };
}

/** Share of `terms` found in a sentence: whole words, or a shared 5-letter stem (appel/appelle, secure/security). */
function overlap(terms: readonly string[], s: SentenceWords): number {
  if (terms.length === 0) return 0;
  let found = 0;
  for (const term of terms) {
    if (
      isUnspaced(term)
        ? s.folded.includes(term)
        : s.keys.has(term) || (term.length >= 5 && s.stems.has(term.slice(0, 5)))
    )
      found++;
  }
  return found / terms.length;
}

const TABLE_ROW = / · .* · /u;

/** Share of a text's letters that are Latin (1 for an English text, near 0 for an Arabic one). */
function latinShare(text: string): number {
  const letters = text.match(LETTERS)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(LATIN_LETTERS)?.length ?? 0) / letters;
}

/** A sentence mostly in Latin letters in a non-Latin article, or the other way round. */
function otherScript(text: string, articleLatin: boolean): boolean {
  // Most sentences are in one script: counting letters only when the other one shows at all.
  if (articleLatin ? !NON_LATIN_LETTER.test(text) : !LATIN.test(text)) return false;
  const share = latinShare(text);
  return articleLatin ? share < 0.2 : share > 0.7;
}

/** Digits: a version, a date, a count, an amount. */
const NUMBER = /\p{N}/u;
/** Capitalised words past the first: names of people, projects, places. */
const NAME = /(?<=\s)(?:\p{Lu}[\p{L}\p{M}\p{N}]+|[\p{L}]+[.-]?\p{Lu}[\p{L}\p{N}]*)/gu;
/** In unspaced scripts, Latin words are names (RubyGems, Ruby Central, Ant Design). */
const LATIN_NAME = /\p{Script=Latin}[\p{Script=Latin}\p{N}.]+/gu;
/** A call to act or a deadline, in the set's languages: what a follower must do, and by when. */
const CALL_TO_ACT =
  /\b(?:upgrade|update|patch|migrate|register|sign up|join|apply|submit|install|download|try|vote|before|deadline|now|today|must|required|action required|urgent|mettez à jour|inscri\w*|rejoignez|avant le|dès maintenant|aktualisier\w*|update\w*|jetzt|bis zum|anmelden|registrier\w*|actualic\w*|actualiz\w*|inscríbe\w*|regístr\w*|antes del?|agora|atualiz\w*|inscreva|aggiorna\w*|iscriviti|entro il|bijwerken|meld je aan|voor \d|обновите|зарегистр\w*|до \d)\b|今すぐ|アップデート|更新してください|升级|更新|注册|报名|업데이트|등록/iu;

/** The title can lead: not too thin («Pectra»), and in the article's language. */
function titleCanLead(title: string, lang: string, body: string): boolean {
  if (title === '') return false;
  if (isUnspaced(title)) {
    if (roughSize(title) < 6) return false;
  } else if (title.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= 2) return false;
  return sameLanguage(title, lang, body);
}

const LATIN = /\p{Script=Latin}/u;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
const LETTERS = /\p{L}/gu;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/**
 * A cheap test that the title is in the body's language: the same script family, and for Latin-script
 * articles not in English, a title with English stop words and none of the language's own is English.
 */
function sameLanguage(title: string, lang: string, body: string): boolean {
  const sample = body.slice(0, 400);
  const latin = sample.match(LATIN_LETTERS)?.length ?? 0;
  const letters = sample.match(LETTERS)?.length ?? 0;
  // Mostly Latin letters: a name in another script here and there does not make the body another script.
  const bodyLatin = letters > 0 && latin >= 0.8 * letters;
  const titleLatinOnly = !NON_LATIN_LETTER.test(title);
  // A Japanese or Russian article under a Latin-only title: another language (product names aside, a title
  // of three words or more in Latin letters is rarely a name alone).
  if (!bodyLatin && letters > 0 && titleLatinOnly) return false;
  if (bodyLatin && !titleLatinOnly && !LATIN.test(title)) return false;
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

/** How much news a sentence carries: numbers, names the title does not already give, a call to act. */
function newsValue(text: string, titleKeys: ReadonlySet<string>, unspaced: boolean): number {
  let value = 0;
  if (NUMBER.test(text)) value += 1;
  let names = 0;
  for (const m of text.matchAll(unspaced ? LATIN_NAME : NAME)) if (!titleKeys.has(fold(m[0]))) names++;
  value += Math.min(names, 3) * 0.4;
  if (CALL_TO_ACT.test(text)) value += 1.2;
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

/** Content words of a sentence that the title does not already say. */
function newWords(sw: SentenceWords, titleKeys: ReadonlySet<string>, stop: ReadonlySet<string>): number {
  let n = 0;
  for (const k of sw.keys) if (!titleKeys.has(k) && !stop.has(k) && k.length >= 3) n++;
  return n;
}

export function pickHook(
  blocks: readonly Block[],
  title: string,
  lang: string,
  found: readonly Keyword[],
  thread = false,
): Hook {
  const terms = titleTerms(title, lang);
  const top = found.slice(0, 8).map((k) => k.key);
  const titleKey = fold(title);
  const titleKeys = new Set(words(title).map((w) => w.key));
  const stop = stopwords(lang);
  const titlePairSet = new Set(pairsOf(fold(title)));
  const unspaced = isUnspaced(title) || isUnspaced(blocks.find((b) => b.kind === 'paragraph')?.text ?? '');
  const candidates: Candidate[] = [];
  let opening = '';
  for (const b of blocks) {
    if (opening.length >= 1000) break;
    opening += ` ${b.text.slice(0, 1000)}`;
  }
  const articleLatin = latinShare(opening) >= 0.5;
  let rank = -1;
  let inSummary = false;
  let bodyText = '';
  for (const [blockIndex, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      inSummary = block.summary;
      continue;
    }
    if (block.kind === 'noise') continue;
    rank++;
    if (bodyText.length < 400) bodyText += ` ${block.text}`;
    const summary = inSummary || block.summary;
    if (rank >= LEAD_BLOCKS && !summary) continue;
    // A step of a numbered list, out of its list, reads as an order to the reader.
    if (block.step === true) continue;
    for (const [index, raw] of splitSentences(block.text, lang).entries()) {
      const text = clean(raw);
      if (!usable(text) || fold(text) === titleKey) continue;
      if (isMetaOrNavigation(text) || leansOnAntecedent(text, lang)) continue;
      // A table row read as a line («CWEs · Häufigkeit · …»), or a sentence in another script than the
      // article (an English sentence left in an Arabic translation).
      if (TABLE_ROW.test(text) || otherScript(text, articleLatin)) continue;
      const question = QUESTION.test(text);
      if (question && (rank >= QUESTION_BLOCKS || block.kind !== 'paragraph')) continue;
      const sw = sentenceWords(text);
      const restates = overlap(terms, sw);
      const carries = overlap(top, sw);
      const fresh = unspaced ? newPairs(text, titlePairSet) : newWords(sw, titleKeys, stop);
      const score =
        3 * restates +
        (restates >= 0.8 ? 1 : 0) +
        1.5 / (1 + 0.6 * rank) -
        0.3 * index +
        (summary ? 3.5 + (index === 0 ? 0.5 : 0) : 0) +
        carries -
        (block.kind === 'item' ? 0.2 : 0) -
        (unbalancedQuotes(text) ? 1.5 : 0);
      // Past the opening, a question must be about the subject: not «Don’t want to use this?».
      if (question && rank >= 2 && restates + carries === 0) continue;
      const news =
        newsValue(text, titleKeys, unspaced) +
        carries +
        Math.min(restates, 0.5) +
        1.2 / (1 + 0.5 * rank) -
        0.2 * index +
        (summary ? 1.5 : 0) -
        (block.kind === 'item' ? 0.3 : 0) -
        (unbalancedQuotes(text) ? 1.5 : 0) -
        (roughSize(text) > 200 ? 0.8 : 0) -
        // What the title already says is no news: a sentence that restates it adds too few words of its own.
        (restates >= 0.5 && fresh < (unspaced ? 12 : 4) ? 3 : 0) -
        (restates === 0 && carries === 0 ? 0.6 : 0);
      candidates.push({ text, block: blockIndex, index, rank, score, restates, fresh, question, news });
    }
  }

  const budget = thread ? THREAD_BUDGET : unspaced ? HOOK_BUDGET_UNSPACED : HOOK_BUDGET;
  const statements = candidates.filter((c) => !c.question);
  const ordered = (list: Candidate[]) => [...list].sort((a, b) => a.block - b.block || a.index - b.index);
  let lead: string;
  let used: number;
  let pool: Candidate[];
  // The opening sentence that restates the title and says more says it better: it leads instead.
  const better = statements.find(
    (c) => c.rank <= 1 && c.restates >= SAYS_IT_BETTER && c.fresh >= (unspaced ? 12 : 4) && roughSize(c.text) <= 200,
  );
  if (better === undefined && titleCanLead(title, lang, bodyText)) {
    lead = titleSentence(title, lang);
    used = roughSize(lead);
    pool = statements;
  } else {
    const best =
      better ?? [...statements].sort((a, b) => b.score - a.score || a.block - b.block || a.index - b.index)[0];
    lead = best?.text ?? titleSentence(title, lang);
    used = roughSize(lead);
    // Only what comes after the lead in the article follows it.
    pool =
      best === undefined
        ? []
        : statements.filter((c) => c.block > best.block || (c.block === best.block && c.index > best.index));
  }
  // A title that asks already closes on a question: a second one would repeat it.
  const titleAsks = QUESTION.test(lead);
  const question = candidates
    .filter((c) => c.question && !titleAsks && roughSize(c.text) >= 30 && roughSize(c.text) <= 200)
    .sort((a, b) => b.score - a.score || a.block - b.block)[0];
  // The question closes the hook when it fits: it keeps its room before news is added.
  const reserved =
    question === undefined || used + roughSize(question.text) > budget ? 0 : roughSize(question.text) + 1;
  const picked: Candidate[] = [];
  const most = thread ? THREAD_NEWS : MAX_NEWS;
  const newsLimit = question !== undefined && reserved > 0 ? most - 1 : most;
  for (const c of [...pool].sort((a, b) => b.news - a.news || a.block - b.block || a.index - b.index)) {
    if (picked.length >= newsLimit || c.news < (thread ? 0 : MIN_NEWS_SCORE)) break;
    const size = roughSize(c.text) + 1;
    if (used + size + reserved > budget) continue;
    if (picked.some((p) => overlapText(p.text, c.text) >= 0.6)) continue;
    picked.push(c);
    used += size;
  }
  const sentences = [lead, ...ordered(picked).map((c) => c.text)];
  return reserved > 0 && question !== undefined ? { sentences, question: question.text } : { sentences };
}

/** Share of one sentence's words found in another: two sentences saying the same thing. */
function overlapText(a: string, b: string): number {
  const ka = new Set(words(a).map((w) => w.key));
  const kb = words(b).map((w) => w.key);
  if (kb.length === 0) return 0;
  return kb.filter((k) => ka.has(k)).length / kb.length;
}
