import { repairMojibake } from './mojibake.js';

export { repairMojibake } from './mojibake.js';

/**
 * Text hygiene shared by every parser and by the teaser engine.
 *
 * The body format every parser produces: blocks (paragraphs, headings, list items, quotes) are
 * separated by one blank line ("\n\n"); inside a block there are no line breaks and single spaces.
 * A heading is therefore its own block ("Récapitulatif factuel", "TL;DR"), so later stages can find
 * sections by looking at short blocks. A list item (Markdown, HTML) is a block of its own that starts with its
 * marker, "- …" or its number "1. …": the teaser reads it as a line of a list, not as prose (teaser/blocks.ts).
 */

const HORIZONTAL_SPACE = /[ \t\f\v\u1680\u2000-\u200a\u205f\u3000]+/g;
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u00ad]/g;
/** Control characters (C0 and C1) other than tab, line feed, form feed and carriage return. */
const CONTROL = /(?![\t\n\f\r])\p{Cc}/gu;

/** Letters ending an elided French word: l’, d’, j’, m’, t’, s’, n’, c’, qu’ (and lorsqu’, puisqu’, jusqu’). */
const ELISION =
  /(^|[\s(«“"[—–-])(l|d|j|m|t|s|n|c|qu|lorsqu|puisqu|jusqu|quoiqu)\s([aeiouyhâàäéèêëîïôöûüœæ][\p{L}\p{M}]*|[AEIOUYHÂÀÄÉÈÊËÎÏÔÖÛÜŒÆ][\p{L}\p{M}\p{N}]*)/giu;

/**
 * Restores apostrophes a source dropped in French elisions: «l avenir de l IA» → «l’avenir de l’IA».
 * Only the letters that are never a French word on their own qualify (not "y", "a", "à"), and a
 * letter after a number is a unit ("10 s après", "5 m au-dessus", "25° C en hiver"), so it is left alone.
 */
export function restoreFrenchElisions(text: string): string {
  const apostrophe = preferredApostrophe(text);
  return text.replace(ELISION, (match, before: string, letter: string, word: string, offset: number, whole: string) => {
    if (/[\d°%]\s*$/.test(whole.slice(Math.max(0, offset - 3), offset + before.length))) return match;
    return `${before}${letter}${apostrophe}${word}`;
  });
}

/** The apostrophe the text itself uses most; typographic by default. */
function preferredApostrophe(text: string): string {
  let curly = 0;
  let straight = 0;
  for (const m of text.matchAll(/\p{L}(['’])\p{L}/gu)) {
    if (m[1] === '’') curly++;
    else straight++;
  }
  return straight > curly ? "'" : '’';
}

function isFrench(lang: string | undefined): boolean {
  return lang !== undefined && /^fr(-|$)/i.test(lang);
}

/** One block: no line breaks, single spaces, trimmed. Joins CJK lines without inventing a space. */
function collapseBlock(block: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim())
    .filter((line) => line !== '')
    .reduce((joined, line) => {
      if (joined === '') return line;
      const cjkJoin =
        /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}，。、！？：；）」』]$/u.test(joined) &&
        /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}（「『]/u.test(line);
      return cjkJoin ? joined + line : `${joined} ${line}`;
    }, '');
}

export interface CleanOptions {
  /** BCP 47 language of the text, when known: French elision repair only runs for French. */
  lang?: string | undefined;
}

/** Encoding repair, NFC, control and zero-width characters removed; line structure kept. */
export function normalizeCharacters(text: string): string {
  return repairMojibake(text.replace(/\r\n?/g, '\n')).normalize('NFC').replace(ZERO_WIDTH, '').replace(CONTROL, '');
}

/** Cleans a body: repaired, NFC, blocks separated by one blank line, whitespace collapsed inside blocks. */
export function cleanText(text: string, options: CleanOptions = {}): string {
  const blocks = normalizeCharacters(text)
    .split(/\n[ \t\u00a0]*\n/)
    .map(collapseBlock)
    .filter((block) => block !== '');
  const joined = blocks.join('\n\n');
  return isFrench(options.lang) ? restoreFrenchElisions(joined) : joined;
}

/** Cleans a one-line text (title, summary, alt text): as `cleanText`, then everything on one line. */
export function cleanLine(text: string, options: CleanOptions = {}): string {
  const line = collapseBlock(normalizeCharacters(text).replace(/\n+/g, '\n'));
  return isFrench(options.lang) ? restoreFrenchElisions(line) : line;
}
