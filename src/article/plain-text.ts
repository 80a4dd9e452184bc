import { isLanguageSwitcher } from '../text/language-names.js';
import { segmenter } from '../text/segmenters.js';
import { normalizeCharacters } from './clean-text.js';
import type { ArticleDraft, DraftHints } from './draft.js';
import { readTags } from './fields.js';

export const TEXT_HINTS: DraftHints = {
  title: 'Put the title on the first line',
  url: 'Pass --url URL, or add a line "URL: https://…" at the top of the text',
};

const URL_RE = String.raw`(https?:\/\/[^\s<>"»]+)`;
/** Lines that name the canonical link of the piece. */
const CANONICAL_LINE = new RegExp(
  String.raw`^\s*(?:url|canonical(?: url| link)?|permalink|lien canonique|adresse canonique|kanonische url|url canónica|url canônica)\s*[:：]\s*${URL_RE}\s*$`,
  'iu',
);
/** Lines that name where the piece comes from (the source it comments on), not its own link. */
const SOURCE_LINE = new RegExp(
  String.raw`^\s*(?:article en référence|article de référence|en référence|référence|source|sources|via|original|originally published (?:at|on|in)|lien original|article original|lire l['’]article original|quelle|originalartikel|fuente|artículo original|fonte|artigo original|出典|元記事|来源|原文|출처|원문)\s*[:：]\s*${URL_RE}\s*$`,
  'iu',
);
const HEADER_LINE =
  /^\s*(title|titre|titel|título|lang|language|langue|sprache|idioma|tags|mots-clés|schlagwörter|etiquetas)\s*[:：]\s*(.+?)\s*$/iu;

/** A page's "you are being redirected" leftovers, copied along with the text. */
const BOILERPLATE = [
  /^redirection en cours/i,
  /^si vous n['’]êtes pas redirigé/i,
  /^redirecting\b/i,
  /^(if you are not|you are being) redirected/i,
  /^(click|cliquez) (here|ici)\b/i,
  /^weiterleitung\b/i,
  /^redirigiendo\b/i,
];

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3/gu;
const HASHTAG = /(^|\s)#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

function withoutDecoration(text: string): string {
  return text.replace(EMOJI, ' ').replace(HASHTAG, ' ').replace(/\s+/g, ' ').trim();
}

function firstSentence(text: string): string {
  for (const { segment } of segmenter('sentence').segment(text)) {
    if (segment.trim() !== '') return segment.trim();
  }
  return text;
}

/** A first line that reads as a title: one sentence, short, and not ending like a sentence of prose. */
function isTitleLine(line: string): boolean {
  return [...line].length <= 160 && firstSentence(line) === line.trim() && !/[.:,;]$/.test(line.trim());
}

/**
 * Plain text: title on the first line; optional header lines ("URL: …", "Lang: …", "Tags: …");
 * «Article en référence: URL» and "Source: URL" lines give `source`; a trailing redirect notice is
 * dropped. When the first line is a whole teaser paragraph (like the seed's), its first sentence,
 * without emoji and hashtags, is the title, the paragraph the summary, and its hashtags the tags.
 */
export function parsePlainText(_source: string, content: string): ArticleDraft {
  const text = normalizeCharacters(content);
  let url: string | undefined;
  let source: string | undefined;
  const header: Record<string, string> = {};
  const kept: string[] = [];
  let atTop = true;
  for (const line of text.split('\n')) {
    const canonical = CANONICAL_LINE.exec(line);
    const from = SOURCE_LINE.exec(line);
    const head = atTop ? HEADER_LINE.exec(line) : null;
    if (canonical?.[1]) url ??= canonical[1];
    else if (from?.[1]) source ??= from[1];
    else if (head?.[1] && head[2]) header[head[1].toLowerCase()] = head[2];
    else {
      if (line.trim() !== '') atTop = false;
      kept.push(line);
    }
  }

  const paragraphs = kept
    .join('\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  while (paragraphs.length > 0 && BOILERPLATE.some((re) => re.test(withoutDecoration(paragraphs.at(-1) ?? ''))))
    paragraphs.pop();

  const headerTitle = header.title ?? header.titre ?? header.titel ?? header.título;
  const headerTags = readTags(header.tags ?? header['mots-clés'] ?? header.schlagwörter ?? header.etiquetas);
  const opening =
    headerTitle === undefined ? titleFromOpening(paragraphs) : { title: headerTitle, paragraphs, tags: [] };
  return {
    title: opening.title,
    url,
    source,
    lang: header.lang ?? header.language ?? header.langue ?? header.sprache ?? header.idioma,
    summary: opening.summary,
    tags: headerTags.length > 0 ? headerTags : opening.tags,
    body: opening.paragraphs.flatMap(listItemsAsBlocks).join('\n\n'),
  };
}

/** A line that opens on a list marker: a bullet («- », «* », «• ») or a number («1. », «2) »). */
const ITEM_LINE = /^\s*(?:[-*+•–]|\d{1,3}[.)])\s+\S/u;

/**
 * A list written one item a line without blank lines between them, as a plain-text list usually is, becomes one
 * block per item, as the Markdown and HTML intakes give it: otherwise its lines are joined into one paragraph
 * («What changed: - Faster builds - Smaller bundles») that the engine reads as prose. A paragraph is such a list
 * when two of its lines open on a marker, or one does after a line ending in a colon; a line of an item that does
 * not open on a marker continues it (a wrapped item), and a single «- » line inside prose stays (a dash).
 */
export function listItemsAsBlocks(paragraph: string): string[] {
  const lines = paragraph.split('\n');
  const items = lines.filter((line) => ITEM_LINE.test(line)).length;
  const afterColon = lines.some((line, i) => i > 0 && ITEM_LINE.test(line) && /[:：]\s*$/.test(lines[i - 1] ?? ''));
  if (items < 2 && !afterColon) return [paragraph];
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (ITEM_LINE.test(line) && current.length > 0) {
      blocks.push(current.join('\n'));
      current = [];
    }
    current.push(line);
  }
  blocks.push(current.join('\n'));
  return blocks;
}

export interface Opening {
  title: string | undefined;
  /** The opening paragraph, when it gave only its first sentence to the title. */
  summary?: string | undefined;
  /** The opening paragraph's hashtags. */
  tags: string[];
  /** The paragraphs left for the body. */
  paragraphs: string[];
}

/**
 * The title of a piece that names none (a note, a post written as its own teaser, a Markdown cheat sheet without
 * a title or heading): a first paragraph of one line that reads as a title is the title and leaves the body; any
 * other opening gives its first sentence, without emoji and hashtags, and stays in the body; it is then the summary
 * (for the caller to take or not), its hashtags the tags. No paragraph, no title.
 * An opening among `headings` (a Markdown page's «## III. Конфігурація») is the title whole, whatever dots it
 * holds: a heading has no sentences, and split as prose it titled the twelve-factor pages «III» (dev14).
 */
export function titleFromOpening(paragraphs: string[], headings: readonly string[] = []): Opening {
  // A language switcher above the text («English | Français | 日本語») is navigation, never the title.
  const text = paragraphs.findIndex((p) => !isLanguageSwitcher(p));
  if (text !== 0) paragraphs = text < 0 ? [] : paragraphs.slice(text);
  const opening = paragraphs[0];
  if (opening === undefined) return { title: undefined, tags: [], paragraphs };
  const firstLine = opening.split('\n')[0]?.trim() ?? '';
  const plainFirstLine = withoutDecoration(firstLine);
  if (headings.includes(opening)) {
    const deck = paragraphs[1] !== undefined && headings.includes(paragraphs[1]);
    return { title: plainFirstLine, tags: [], paragraphs: deck ? paragraphs : paragraphs.slice(1) };
  }
  if (opening === firstLine && isTitleLine(plainFirstLine))
    return { title: plainFirstLine, tags: [], paragraphs: paragraphs.slice(1) };
  // The first sentence of the whole paragraph: a hard-wrapped paragraph's first line may stop mid-sentence.
  return {
    title: firstSentence(withoutDecoration(opening)).replace(/\s*\.$/, ''),
    summary: withoutDecoration(opening),
    tags: [...opening.matchAll(HASHTAG)].map((m) => m[2] ?? '').filter(Boolean),
    paragraphs,
  };
}
