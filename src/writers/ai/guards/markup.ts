import { tidy } from './tidy.js';

/** What a model writes as formatting and no platform renders: it would show as stray characters. */
const RULES: Array<[RegExp, string]> = [
  [/<\/?[a-z][^>]*>/giu, ' '], // HTML tags
  [/!?\[([^\]]*)\]\([^)]*\)/gu, '$1'], // Markdown links and images: their words stay
  [/(\*\*|__|~~|`+)/gu, ''], // bold, strike, code
  [/(?<![\p{L}\p{N}])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1'], // *italic*, _italic_
  [/^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+•]\s+|\d+[.)]\s+)/gmu, ''], // headings, quotes, list items
  [/(^|[\s(])[#＃](?=[\p{L}\p{N}_])/gu, '$1'], // hashtags inside the text: the word stays, tags have their own field
];

/** A text wrapped whole in quotation marks, as models like to answer. */
const WRAPPED = /^\s*["“”«„]\s*([^"“”«»„]+?)\s*["“”»]\s*$/u;

/** No markup: Markdown, HTML and inline hashtags are removed, their words kept. */
export function stripMarkup(text: string): { text: string; changed: boolean } {
  let kept = text.replace(WRAPPED, '$1');
  for (const [pattern, replacement] of RULES) kept = kept.replace(pattern, replacement);
  kept = tidy(kept);
  return { text: kept, changed: kept !== text.trim() };
}
