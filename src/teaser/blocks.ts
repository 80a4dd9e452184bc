import { stripEmoji } from './text.js';

/**
 * The article body as blocks (paragraphs, list items, headings), and which of them can give a teaser.
 * Intake gives plain text: paragraphs separated by blank lines, headings and list items on their own lines,
 * paragraphs possibly hard-wrapped. A list item opens on its marker: the Markdown and HTML intakes write «- » or
 * the item's number «3. », a plain text keeps its own («•», «a)», «A - »). The marker marks the item and leaves it
 * here: no post shows it. Bylines, dates, captions, link lists, tables of contents, code, table rows and
 * bibliographic references are marked as noise.
 */

type BlockKind = 'paragraph' | 'item' | 'heading' | 'noise';

export interface Block {
  kind: BlockKind;
  text: string;
  /** The block opens the article's own summary (TL;DR, «En bref», «Récapitulatif factuel», 要約…). */
  summary: boolean;
  /** A numbered list item: a step of a procedure («1. Submit a pull request»), not a statement. */
  step?: true;
}

// A lettered list is a list too: «A - Upgrade curl to version 8.16.0», «b) Apply the patch» (curl's advisories list
// their remedies so; each line was read as a heading and the remedy never reached the hook). Not «A.», which opens
// an initial («J. Smith said…»).
const BULLET = /^\s*(?:[-*+•·–—]|\d{1,3}[.)]|[A-Za-z]\)|\p{Lu}\s[-–—])\s+/u;
const NUMBERED = /^\s*\d{1,3}[.)]\s+/u;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+/;
const TERMINAL = /[.!?。！？…:;,：；，、»”"')\]」』）]$/u;
const TRAILING_HASHTAGS = /(?:\s*[#＃][\p{L}\p{M}\p{N}_]+)+$/u;
const STARTS_LOWERCASE = /^\s*\p{Ll}/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;

/** Headings that announce a summary, folded (lowercase, no accents), compared without trailing punctuation. */
const SUMMARY_HEADINGS = [
  'tl;dr',
  'tldr',
  'tl dr',
  'summary',
  'in short',
  'in brief',
  'at a glance',
  'key takeaways',
  'the short version',
  'en bref',
  'en resume',
  'resume',
  'recapitulatif',
  'recapitulatif factuel',
  "l'essentiel",
  'l’essentiel',
  'zusammenfassung',
  'kurz gesagt',
  'auf einen blick',
  'resumen',
  'en resumen',
  'en pocas palabras',
  'resumo',
  'em resumo',
  'em poucas palavras',
  'riassunto',
  'in breve',
  'samenvatting',
  'kortom',
  '要約',
  'まとめ',
  '概要',
  '总结',
  '摘要',
  '概要',
  '總結',
  '요약',
  '핵심 요약',
  'ملخص',
  'สรุป',
  'सारांश',
];
const SUMMARY_LABEL =
  /^(?:tl;?\s?dr|en bref|in short|in brief|summary|résumé|zusammenfassung|resumen|resumo|要約|まとめ|总结|요약)\s*[:：—–-]\s*/iu;

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?<=[a-z])\p{M}+/gu, '')
    .normalize('NFC');
}

function isSummaryHeading(text: string): boolean {
  const key = fold(text)
    .replace(/^#+\s*/, '')
    .replace(/[\s:：.!]+$/u, '')
    .trim();
  return SUMMARY_HEADINGS.includes(key);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/**
 * Words as a reader counts them, to tell a dated sentence from a date line: a run of Chinese or Japanese characters
 * between spaces is a clause, counted as one word per two characters. «2025-11-02 (日) に開催される VimConf 2025 Small
 * の登壇者を募集します！» is a sentence that opens on a date (dev14: vim-jp's VimConf call for talks lost its opening,
 * «misses deadline/date», and a bare «15分, 20分, 30分のいずれか» followed the title).
 */
function readerWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/u)) {
    if (token === '') continue;
    const ideographs = token.match(IDEOGRAPHIC)?.length ?? 0;
    n += Math.max(1, Math.round(ideographs / 2));
  }
  return n;
}
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** A line too short and unpunctuated to be prose: a heading, a salutation, a signature. */
function looksLikeHeading(line: string): boolean {
  // A source's own trailing emoji and hashtags («… se dessine. 🤖 #IA») do not make prose a heading.
  const bare = stripEmoji(line);
  const t = (bare.includes('#') || bare.includes('＃') ? bare.replace(TRAILING_HASHTAGS, '') : bare).trim();
  return MARKDOWN_HEADING.test(t) || (!TERMINAL.test(t) && t.length <= 90 && wordCount(t) <= 12);
}

const BYLINE =
  /^(?:par|by|von|por|door|di|da|written by|posted by|publié par|publié le|auteur|autor|author|posted on|published)\b/iu;
const DATE_LINE =
  /^(?:\d{1,4}[/.\-年]\d{1,2}[/.\-月]\d{1,4}日?|\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})\b/u;
const CAPTION = /^(?:image|photo|illustration|crédits?|credits?|source|©|fig\.|figure|capture d.écran|screenshot)\b/iu;
/**
 * A dated byline, whatever the number of its authors: «Le 22 mars 2023 par Joseph Savona, Josh Story, … et Andrew
 * Clark.», «On May 3, 2023 by Dan Abramov and Sophie Alpert», «El 22 de marzo de 2023 por …», «Am 22. März 2023 von
 * …» (dev11: react.dev's French blog posts opened on it, «byline as teaser»). A date, a word for «by», then names:
 * capitalised words, commas and a word for «and».
 */
const DATED_BY =
  /^(?:(?:le|on|am|el|em|il|op|w|в|у)\s+)?(?:\d{1,2}(?:er|\.)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s*,?\s+(?:par|by|von|por|door|di|da|przez|от|від)\s+/iu;
const NAMES_ONLY =
  /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:\s*(?:,|&|\s(?:and|et|y|e|und|en|i|и|і|ve)\s)\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})*\s*\.?$/u;

function isDatedByline(text: string): boolean {
  const m = DATED_BY.exec(text);
  return m !== null && NAMES_ONLY.test(text.slice(m[0].length));
}
const CODE_CHARS = /[{}[\];=<>$\\|`]/g;
/**
 * A table row as intake writes it, its cells joined by « · » (markdown-text.ts, html-text.ts). A cell is read
 * under its column's header, which the post does not show: a header row pasted as a sentence («Häufigkeit ·
 * Durchschn.», «Before · After») is broken text, and a sentence from a cell («A maioria das ferramentas
 * automatizadas…», under «Threat agents») is true only in the column's scope. The cut of the sentence splitter
 * («Durchschn.» ends a sentence) left parts with one « · » or none, so the row is judged whole, here.
 */
const TABLE_CELLS = / · |^· | ·$/u;
/**
 * A bibliographic reference: «Rajngewerc, M., & Ación, L. (2023).», «Smith, J. A. (2021). Title…», «Dupont, J.,
 * Martin, P. et al. (2019)»: the names and initials of its authors, then a year in parentheses (dev: a citation
 * of the article itself, at its end, passed for a sentence).
 */
const CITATION = /^\p{Lu}[\p{L}'’-]+,\s(?:\p{Lu}\.\s?){1,3}(?:,|\s|&|\(\d{4}|$)(?:.*?\(\d{4}[a-z]?\))?/u;
const CITATION_YEAR = /\((?:19|20)\d\d[a-z]?\)/u;

function isNoise(text: string): boolean {
  if (text.includes('·') && TABLE_CELLS.test(text)) return true;
  if (CITATION.test(text) && CITATION_YEAR.test(text)) return true;
  // Counting words is the costly part on long paragraphs: only for the few lines that look like metadata.
  if ((BYLINE.test(text) || DATE_LINE.test(text) || CAPTION.test(text)) && readerWords(text) <= 12) return true;
  if (isDatedByline(text)) return true;
  const withoutUrls = text.includes('://') || text.includes('www.') ? text.replace(URL, '') : text;
  // A list of links: once the URLs are gone, little prose is left.
  if (withoutUrls.length < text.length && withoutUrls.replace(/[^\p{L}]/gu, '').length < 40) return true;
  const code = text.match(CODE_CHARS)?.length ?? 0;
  return code >= 4 && code / text.length > 0.05;
}

function classify(text: string, kind: 'paragraph' | 'item' | 'heading'): Block {
  if (isNoise(text)) return { kind: 'noise', text, summary: false };
  if (kind === 'heading') {
    const clean = text.replace(MARKDOWN_HEADING, '').trim();
    return { kind, text: clean, summary: isSummaryHeading(clean) };
  }
  const label = SUMMARY_LABEL.exec(text);
  if (label !== null && kind === 'paragraph') return { kind, text: text.slice(label[0].length), summary: true };
  return { kind, text, summary: false };
}

export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let paragraph: string[] = [];
    let item: string[] | undefined;
    let step = false;
    const flush = () => {
      if (item !== undefined) {
        const block = classify(item.join(' '), 'item');
        blocks.push(step && block.kind === 'item' ? { ...block, step: true } : block);
      } else if (paragraph.length > 0) blocks.push(classify(paragraph.join(' '), 'paragraph'));
      item = undefined;
      paragraph = [];
    };
    for (const [i, line] of lines.entries()) {
      if (BULLET.test(line)) {
        flush();
        step = NUMBERED.test(line);
        item = [line.replace(BULLET, '').trim()];
      } else if (item !== undefined) {
        item.push(line.trim());
      } else if (
        looksLikeHeading(line) &&
        (lines.length === 1 || (paragraph.length === 0 && !STARTS_LOWERCASE.test(lines[i + 1] ?? 'a')))
      ) {
        // Alone in its chunk, or a short unpunctuated first line above a new sentence: a heading, not a wrapped
        // line (a wrapped paragraph goes on in lowercase).
        blocks.push(classify(line.trim(), 'heading'));
      } else {
        paragraph.push(line.trim());
      }
    }
    flush();
  }
  return contentsAsNoise(blocks).map((b, i) =>
    i > 0 && continuesSalutation(blocks[i - 1], b) ? { ...b, text: capitalised(b.text) } : b,
  );
}

/**
 * A table of contents is navigation, noise: each of its lines names a section below («- [Meta](#meta)», «- [Podstawy]
 * (#Podstawy)…» over «## Meta», «## Podstawy»). Read as list items, the eleven lines of the Polish «Sztuka używania
 * wiersza poleceń» pushed its lede («Biegła obsługa wiersza poleceń często jest umiejętnością zaniedbywaną…») past the
 * opening's twelve blocks (dev10), and Rsbuild 2.1's «Upgrade to Rspack 2.1», a line of its contents, was posted as a
 * call to act (dev15). A numbered outline of what a tutorial does («In this tutorial you will: 1. Create a project
 * 2. Add content…», each a section below) stays its steps: as noise it let a side note on PowerShell into Hugo's
 * quick start (dev6).
 */
function contentsAsNoise(blocks: readonly Block[]): Block[] {
  const lastHeading = new Map<string, number>();
  for (const [i, b] of blocks.entries()) if (b.kind === 'heading') lastHeading.set(entryKey(b.text), i);
  return blocks.map((b, i) =>
    b.kind === 'item' && b.step !== true && (lastHeading.get(entryKey(b.text)) ?? -1) > i
      ? { kind: 'noise', text: b.text, summary: false }
      : b,
  );
}

/** A heading and a line of contents, compared as a reader would: case, spacing and closing marks aside. */
function entryKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[\s.:：。]+$/u, '')
    .trim();
}

/**
 * A letter's salutation, alone on its line and closed by a comma («Hey ihr Lieben,», «Hallo zusammen,», «Dear all,»,
 * «Chers amis,», «Queridos,», «Дорогие друзья,»): a few words, no other punctuation.
 */
const SALUTATION = /^[\p{L}\p{M}'’\s-]{2,40}[,，،]$/u;

/**
 * The paragraph after a salutation goes on in lowercase, as a letter does («der Tag, … nähert sich: der xHain öffnet
 * …»): it is a sentence of its own, read with its first letter capitalised (dev13: xHain's reopening was refused
 * as a sentence cut at its start, and the post took «Natürlich machen wir uns…» from further on, "omits the
 * reopening").
 */
function continuesSalutation(before: Block | undefined, block: Block): boolean {
  return (
    before?.kind === 'paragraph' &&
    block.kind === 'paragraph' &&
    STARTS_LOWERCASE.test(block.text) &&
    wordCount(before.text) <= 5 &&
    SALUTATION.test(before.text.trim())
  );
}

function capitalised(text: string): string {
  const start = text.search(/\p{Ll}/u);
  return `${text.slice(0, start)}${text.charAt(start).toUpperCase()}${text.slice(start + 1)}`;
}
