/**
 * Bluesky shows crier's link card, with the article's title, right under the post: a post that opens with the same
 * title says it twice (blind readers: «title repeats link card» on about a third of Bluesky items). Twice a broad
 * rule that dropped the title lost side by side, each loss a sentence that leaned on the title it had dropped
 * (docs/teasers.md, "Title or sentence?"). This is the narrow one: the title goes only when the sentence after it
 * is the article's own lede and says the title's subject and most of its words by itself.
 */
import { callsToAct, keepsTitleNumbers, leansOnPrevious, restatesTitle, strongNames } from './hook.js';
import { postContext, standsAlone } from './leaning.js';
import { baseLang, fold } from './text.js';
import { CAPITALISED_PRODUCT_VERSION } from './versions.js';
import { isUnspaced } from './words.js';

export interface CardLead {
  /** The article's title, as the card shows it. */
  title: string;
  /** The sentence that follows the title in the hook. */
  sentence: string;
  /** The article's ledes: the first two sentences of its first paragraph, and the author's summary sentence. */
  ledes: readonly string[];
  /** The author's summary sentence, when `sentence` may be it (its demonstratives speak of the article). */
  summary?: string;
  /** The draft's hashtags, best first: the first names the subject, when the title names it too. */
  hashtags: readonly string[];
  lang: string;
  url?: string;
}

/** Share of the title's content words the sentence must restate, when it does not keep the title's numbers. */
const RESTATES = 0.4;

/**
 * Words that open a sentence on what came before it, in English, besides those leaning.ts knows in context: with
 * the title gone, «It», «This», «We» have nothing to point at (dev4: «The second is scheduled…»).
 */
const LEANING_OPENER =
  /^[\s«“"'(]*(?:this|these|that|those|it|its|they|their|them|we|our|us|he|she|his|her|here|there|such|both|another|the (?:second|first|latter|former|other|same)|also|and|but|so|then|now|still|yet|instead|however|meanwhile|again)(?![\p{L}\p{N}])/iu;

/**
 * An English sentence that opens on a participle («Reflecting on KubeVela's achievements in 2025…») has the title
 * for its subject: a front matter's description written to sit under it. «Announcing…», «Introducing…» are how an
 * announcement opens by itself.
 */
const PARTICIPLE_OPENER = /^[\s«“"'(]*(?!(?:announcing|introducing)\b)\p{L}+ing(?![\p{L}\p{N}])/iu;

/** Letters and digits only, folded: «Istio 1.28.1» is found in «istio 1.28.1's». */
function squeezed(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The name the title is about: the first hashtag when the title names it, else a product and its version
 * («Istio 1.28.1»), else the title's first strong name (an acronym, inner capitals, letters with digits).
 */
export function mainName(title: string, hashtags: readonly string[]): string | undefined {
  const tag = hashtags[0];
  if (tag !== undefined && squeezed(tag).length >= 2 && squeezed(title).includes(squeezed(tag))) return tag;
  const release = CAPITALISED_PRODUCT_VERSION.exec(title);
  if (release !== null) return release[0];
  return strongNames(title, isUnspaced(title))[0];
}
const QUESTION = /[?？؟]["»”’)\]」』）\s]*$/u;

/**
 * The post may leave the title to the card and open with `sentence`: it is the lede, names the title's subject,
 * opens on nothing before it, and says what the title says (most of its words, or its numbers).
 */
export function leadsUnderCard(lead: CardLead): boolean {
  const { title, sentence, lang } = lead;
  const key = squeezed(sentence);
  if (key === '' || !lead.ledes.some((lede) => squeezed(lede) === key)) return false;
  // A title that asks («A quoi sert l'open data ?») or warns («Misskeyを騙るアカウントにご注意ください») is the post's
  // hook: the lede after it answers or explains, and without it the post neither asks nor warns (dev3: «no explicit
  // warning in text»).
  if (QUESTION.test(title) || QUESTION.test(sentence) || callsToAct(title)) return false;
  const name = mainName(title, lead.hashtags);
  if (name === undefined || !key.includes(squeezed(name))) return false;
  if (LEANING_OPENER.test(sentence) || leansOnPrevious(sentence)) return false;
  if (baseLang(lang) === 'en' && PARTICIPLE_OPENER.test(sentence)) return false;
  const inSummary = lead.summary !== undefined && squeezed(lead.summary) === key;
  if (!standsAlone(sentence, lang, postContext('', lead.url), inSummary)) return false;
  return restatesTitle(title, sentence, lang) >= RESTATES || keepsTitleNumbers(title, sentence);
}
