import type { Block } from './blocks.js';
import type { Keyword } from './keywords.js';
import { splitSentences } from './sentences.js';
import { collapseSpaces, fold, roughSize, stripEmoji } from './text.js';
import { isUnspaced, stopwords, words } from './words.js';

/**
 * The hook: the sentences that best say what the article is about, best first, and the article's own question.
 * A sentence scores by how much of the title it restates, how early it comes, whether it sits in a section
 * that announces itself as the summary, and how many of the article's keywords it carries.
 */
export interface Hook {
  sentences: string[];
  question?: string;
}

interface Candidate {
  text: string;
  block: number;
  index: number;
  score: number;
  question: boolean;
}

/** At most this many sentences: enough for a thread or a 5000-character Mastodon instance. */
const MAX_SENTENCES = 6;
/** Only the opening of an article is read for a lead (and the summary section, wherever it is). */
const LEAD_BLOCKS = 12;
const QUESTION_BLOCKS = 8;

const URL = /\b(?:https?:\/\/|www\.)\S/iu;
const COMPLETE = /[.!?。！？…](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;
const QUESTION = /[?？](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;
const TRAILING_HASHTAGS = /(?:\s*[#＃][\p{L}\p{M}\p{N}_]+)+$/u;
const STARTS_LOWERCASE = /^["«“(]?\p{Ll}/u;
// Hiragana are mostly particles and endings (の, は, を): pairs with them say little about a subject.
const HIRAGANA = /\p{Script=Hiragana}/u;
// Where an emoji was removed before closing punctuation of unspaced scripts: «贡献的 ）».
const SPACE_BEFORE_CLOSING = /\s+(?=[）」』，。、！？])/gu;
// Sentences that lean on the one before them: they make a poor lead.
const CONNECTIVE =
  /^(?:furthermore|moreover|however|additionally|in addition|therefore|thus|but|and|also|so|cependant|pourtant|toutefois|en effet|de plus|par ailleurs|ainsi|donc|mais|néanmoins|en outre|aber|jedoch|außerdem|zudem|daher|deshalb|und|sin embargo|además|pero|por lo tanto|no entanto|além disso|mas|portanto|しかし|また|さらに|但是|此外|而且|그러나|또한|하지만)(?=[\s,、，]|$)/iu;
const ANAPHORA =
  /^(?:this|these|that|it|they|cela|ceci|ce|ces|il|elle|ils|elles|dies|diese|das|es|er|sie|esto|eso|isso|isto)\s/iu;
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

export function pickHook(blocks: readonly Block[], title: string, lang: string, found: readonly Keyword[]): Hook {
  const terms = titleTerms(title, lang);
  const top = found.slice(0, 8).map((k) => k.key);
  const titleKey = fold(title);
  const candidates: Candidate[] = [];
  let rank = -1;
  let inSummary = false;
  for (const [blockIndex, block] of blocks.entries()) {
    if (block.kind === 'heading') {
      inSummary = block.summary;
      continue;
    }
    if (block.kind === 'noise') continue;
    rank++;
    const summary = inSummary || block.summary;
    if (rank >= LEAD_BLOCKS && !summary) continue;
    for (const [index, raw] of splitSentences(block.text, lang).entries()) {
      const text = clean(raw);
      if (!usable(text) || fold(text) === titleKey) continue;
      const question = QUESTION.test(text);
      if (question && (rank >= QUESTION_BLOCKS || block.kind !== 'paragraph')) continue;
      const sw = sentenceWords(text);
      const restates = overlap(terms, sw);
      const carries = overlap(top, sw);
      const score =
        3 * restates +
        (restates >= 0.8 ? 1 : 0) +
        1.5 / (1 + 0.6 * rank) -
        0.3 * index +
        (summary ? 3.5 + (index === 0 ? 0.5 : 0) : 0) +
        carries -
        (block.kind === 'item' ? 0.2 : 0) -
        (unbalancedQuotes(text) ? 1.5 : 0) -
        (CONNECTIVE.test(text) ? 1 : ANAPHORA.test(text) ? 0.3 : 0);
      // Past the opening, a question must be about the subject: not «Don’t want to use this?».
      if (question && rank >= 2 && restates + carries === 0) continue;
      candidates.push({ text, block: blockIndex, index, score, question });
    }
  }

  const statements = candidates.filter((c) => !c.question);
  const byScore = [...statements].sort((a, b) => b.score - a.score || a.block - b.block || a.index - b.index);
  const lead = byScore[0];
  const sentences: string[] = [];
  const add = (c: Candidate) => {
    if (sentences.length < MAX_SENTENCES && !sentences.includes(c.text)) sentences.push(c.text);
  };
  if (lead !== undefined) {
    add(lead);
    // What follows the lead in its own paragraph reads on from it: it comes next, in the article's order
    // (a sentence that leans on the one before only when that one is shown just before it).
    let last = lead.index;
    for (const c of statements) {
      if (c.block !== lead.block || c.index <= lead.index || c.index > lead.index + 2) continue;
      if (leansOnPrevious(c.text) && c.index !== last + 1) continue;
      add(c);
      last = c.index;
    }
    // Elsewhere, a sentence that leans on the one before would follow a sentence it does not lean on; and a
    // step of a numbered list after prose («Submit a valid pull request.») reads as an order to the reader.
    const step = (c: Candidate) => blocks[c.block]?.step === true;
    for (const c of byScore) if (!leansOnPrevious(c.text) && (step(lead) || !step(c))) add(c);
  }
  if (sentences.length === 0) sentences.push(collapseSpaces(title));

  const question = candidates
    .filter((c) => c.question && roughSize(c.text) >= 30 && roughSize(c.text) <= 200)
    .sort((a, b) => b.score - a.score || a.block - b.block)[0];
  return question === undefined ? { sentences } : { sentences, question: question.text };
}
