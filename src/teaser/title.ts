import { ORDINAL_PERIOD } from './sentences.js';
import { baseLang } from './text.js';

/** A section code before a navigation mark: «A01 ❯ », «3 › », «1.2 » ». The mark says the code is a place. */
const CODE_BEFORE_MARK = /^\p{Lu}?\p{N}{1,3}(?:\.\p{N}{1,3})*\.?\s*[❯›»>|·]\s+/u;
/**
 * A number with a leading zero and a period, or a dash or a colon: «03. », «01.2. », «03 – », «01: ». No headline
 * counts from zero («007: …» has three digits, and stays). A full-width period «０３．» is a period.
 */
const ZERO_LED = /^(?:0\p{N}{0,2}(?:\.\p{N}{1,3})*(?:\.\s+|．\s*)|0\p{N}\s*[-–—:：|]\s+)/u;
/** A section number of two levels or more with its closing period: «1.2. », «2.3.1. ». */
const LEVELS_AND_PERIOD = /^\p{N}{1,2}(?:\.\p{N}{1,2})+(?:\.\s+|．\s*)/u;
/**
 * How other scripts and styles number a section, none of them how a headline writes a number of its own: a
 * parenthesis after the number («3) », «(3) »), Chinese and Japanese enumeration with「、」(«1、», «一、», «三、»), a
 * chapter or section counter («第3章 », «第三节 », «제3장 », «제2절 »), and a section sign («§ 3 »).
 */
const OTHER_NUMBERING =
  /^(?:\(?\p{N}{1,2}\)\s+|[\p{N}一二三四五六七八九十]{1,3}、\s*|第[\p{N}一二三四五六七八九十百]{1,4}[章节節]\s*|제\s?\p{N}{1,3}\s?[장절]\s+|§+\s*\p{N}{1,3}(?:\.\p{N}{1,3})*\.?\s+)/u;
/**
 * A Roman number of two letters or more and its period: «II. », «IV. » («V. », «C. » alone are initials). Like «1. »,
 * an ordinal where ordinals take a period («XX. század»).
 */
const ROMAN_AND_PERIOD = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)\.\s+/u;
/** A section number of two levels or more without a period: «1.2 », «2.3.1 »; also how a version is written. */
const LEVELS = /^(\p{N}{1,2}(?:\.\p{N}{1,2})+)\s+/u;
/** One number and its period: «1. Introduction»; a date or an ordinal where ordinals take a period («1. Mai»). */
const NUMBER_AND_PERIOD = /^\p{N}{1,2}(?:\.\s+|．\s*)/u;
/** What follows a version in a release's title: «3.0 released», «2.5 is out», «1.2 beta». */
const RELEASE_WORD =
  /^(?:released?|is|are|was|has|have|and|with|now|out|arrives?|lands?|ships?|brings?|adds?|available|alpha|beta|rc\d*|lts|preview|update|changes|changelog|release notes)\b/iu;

/**
 * A docs series numbers its pages («03. 네이버 및 다음 블로그에서 적용», «1.2 Installing», «A01 ❯ A Beginner's Guide»):
 * the number is the page's place in the series, navigation, not words of the headline (docs/teasers.md, "Clean
 * text"). It goes when the title reads as a section number and a heading after it; a number that is the headline's
 * own stays: «2024 in review», «10 reasons…» (no period), «3.0 released» and «7.29.0 Released» (a version: a zero
 * level, or a release word after it), and «1. Mai» in a language that writes ordinals with a period.
 */
export function withoutSectionNumber(title: string, lang: string): string {
  const prefix =
    CODE_BEFORE_MARK.exec(title)?.[0] ??
    ZERO_LED.exec(title)?.[0] ??
    LEVELS_AND_PERIOD.exec(title)?.[0] ??
    OTHER_NUMBERING.exec(title)?.[0] ??
    sectionLevels(title) ??
    (ORDINAL_PERIOD.has(baseLang(lang))
      ? undefined
      : (NUMBER_AND_PERIOD.exec(title)?.[0] ?? ROMAN_AND_PERIOD.exec(title)?.[0]));
  if (prefix === undefined) return title;
  const rest = title.slice(prefix.length);
  // A heading must remain: words, not another number («1. 2024»).
  return /^[\p{L}"'„“«‘(]/u.test(rest) ? rest : title;
}

/** «1.2 Installing» but not «3.0 released» nor «2.5 is out»: no zero level, no release word after. */
function sectionLevels(title: string): string | undefined {
  const match = LEVELS.exec(title);
  if (match === null || match[1]?.split('.').some((level) => /^0+$/.test(level))) return undefined;
  return RELEASE_WORD.test(title.slice(match[0].length)) ? undefined : match[0];
}
