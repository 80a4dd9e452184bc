import { readFileSync } from 'node:fs';
import type { Article } from '../../src/article/article.js';
import { loadArticle } from '../../src/article/load.js';
import { loadSettings, type Settings } from '../../src/config.js';
import { measureBluesky } from '../../src/platforms/bluesky/counter.js';
import { blueskyFacets } from '../../src/platforms/bluesky/facets.js';
import type { BlueskyPart } from '../../src/platforms/bluesky/part.js';
import { measureMastodon } from '../../src/platforms/mastodon/counter.js';
import type { PostPart } from '../../src/platforms/parts.js';
import { PLATFORMS, type PlatformId } from '../../src/platforms/platform.js';
import { measureX } from '../../src/platforms/x/counter.js';
import { composeTeasers } from '../../src/teaser/compose.js';
import { teaserOptions } from '../../src/teaser/options.js';
import twitterText from '../../src/text/twitter-text.js';

/**
 * The mechanical checks of the evaluation set (test/eval/README.md, ../shared/JUDGING.md §1): what a post must
 * be before a reader ever sees it. Each article goes through the path `crier preview` takes (loadArticle with
 * the manifest's URL and language, then composeTeasers with the default settings), and each post is checked
 * by the platforms' own rules, not by the engine's idea of them.
 */

export type ViolationKind =
  | 'refused' // the intake rejected the article (the message says why)
  | 'compose-error' // the engine threw
  | 'no-post' // a platform got no post
  | 'length' // over the platform's own count
  | 'link' // the article's link is not there exactly once
  | 'hashtag' // a hashtag that one of the platforms would cut or not see
  | 'markup' // source markup left in the text
  | 'cut-word' // a word cut before an ellipsis
  | 'language'; // the language crier detects is not the manifest's

export interface Violation {
  file: string;
  platform?: PlatformId;
  kind: ViolationKind;
  detail: string;
}

export interface EvalArticle {
  /** Path relative to the repository root (the test runs from there). */
  path: string;
  /** Name in the report: "dev/…", "test/…", "dev2/…" to "dev15/…", or the repository path. */
  name: string;
  url: string;
  lang: string;
}

interface ManifestEntry {
  file: string;
  url: string;
  lang: string;
}

/** The articles of one manifest folder (test/eval/dev, test/eval/test, test/eval/dev2 … test/eval/dev15). */
export function manifestArticles(folder: string, label: string): EvalArticle[] {
  const entries = JSON.parse(readFileSync(`${folder}/manifest.json`, 'utf8')) as ManifestEntry[];
  return entries.map((e) => ({ path: `${folder}/${e.file}`, name: `${label}/${e.file}`, url: e.url, lang: e.lang }));
}

const settings: Settings = loadSettings();
const FETCH = settings.fetch;

// ---------- hashtags, as each platform finds them ----------

/** Mastodon's Tag::HASHTAG_RE (app/models/tag.rb), with Ruby's [[:word:]] and [[:alpha:]] in Unicode terms. */
const WORD = '\\p{L}\\p{M}\\p{N}\\p{Pc}';
const ALPHA = '\\p{L}\\p{M}';
const SEPARATORS = '_\\u00B7\\u30FB\\u200c';
const FIRST = `[${WORD}_][${WORD}${SEPARATORS}]*[${ALPHA}${SEPARATORS}][${WORD}${SEPARATORS}]*[${WORD}_]`;
const LAST = `[${WORD}_]*[${ALPHA}][${WORD}_]*`;
const MASTODON_HASHTAG = new RegExp(`(?<![=/)\\p{L}\\p{N}])#(${FIRST}|${LAST})`, 'giu');

function mastodonTags(text: string): string[] {
  return Array.from(text.matchAll(MASTODON_HASHTAG), (m) => m[1] ?? '');
}
function xTags(text: string): string[] {
  return twitterText.extractHashtags(text);
}
function blueskyTags(text: string): string[] {
  return blueskyFacets(text).flatMap((f) => f.features.flatMap((feature) => ('tag' in feature ? [feature.tag] : [])));
}

/** What the post shows as a hashtag: "#" after a start or a space, up to the next space. */
const SHOWN_TAG = /(?<=^|\s)[#＃](\S+)/gu;
const TRAILING_PUNCTUATION = /[.,;:!?…)\]»”"'’]+$/u;
/** A line of hashtags only: the one the renderer appends. */
const HASHTAG_LINE = /^(?:[#＃]\S+[ \t]*)+$/gmu;
const WHOLE_HASHTAG_LINE = /^(?:[#＃]\S+[ \t]*)+$/u;
/**
 * A number after a number sign («Newsletter #367», «(#18865)», «#3.8»): no platform links it (X and Mastodon want a
 * letter, Bluesky a character that is neither digit nor punctuation), and in the text a reader takes it for the number
 * it is. On the hashtag line it is still a tag the engine chose and nobody can follow.
 */
const NUMBER = /^\p{N}+(?:[.,:/-]\p{N}+)*$/u;

function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? undefined : end);
}

export function hashtagViolations(text: string): string[] {
  const found = { x: xTags(text), bluesky: blueskyTags(text), mastodon: mastodonTags(text) };
  const problems: string[] = [];
  for (const m of text.matchAll(SHOWN_TAG)) {
    const shown = (m[1] ?? '').replace(TRAILING_PUNCTUATION, '');
    if (!shown) continue;
    if (NUMBER.test(shown) && !WHOLE_HASHTAG_LINE.test(lineAt(text, m.index))) continue;
    const missing = (Object.keys(found) as Array<keyof typeof found>).filter((p) => !found[p].includes(shown));
    if (missing.length) problems.push(`#${shown} not a whole tag on ${missing.join(', ')}`);
  }
  return problems;
}

/**
 * A word of the text that a platform would link as a hashtag (Indonesian TypeScript docs: «ke elemen #app», a CSS
 * selector): outside the hashtag line and the article's own title, the post would tag something nobody chose.
 */
export function strayHashtagViolations(text: string, title: string): string[] {
  const body = text.replace(HASHTAG_LINE, '');
  const own = new Set([...xTags(title), ...blueskyTags(title), ...mastodonTags(title)].map((t) => t.toLowerCase()));
  const stray = new Set([...xTags(body), ...blueskyTags(body), ...mastodonTags(body)].map((t) => t.toLowerCase()));
  return [...stray].filter((t) => !own.has(t)).map((t) => `#${t} in the text`);
}

// ---------- markup ----------

const MARKUP: Array<[string, RegExp]> = [
  ['{:', /\{:/u],
  ['](', /\]\(/u],
  ['<tag', /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/u],
  ['{{', /\{\{/u],
  ['{%', /\{%/u],
  ['**', /\*\*/u],
  ['`', /`/u],
];

export function markupViolations(text: string): string[] {
  const problems: string[] = [];
  for (const [name, re] of MARKUP) {
    const m = re.exec(text);
    if (!m) continue;
    const at = m.index;
    problems.push(`${name} in «${text.slice(Math.max(0, at - 15), at + 15).replace(/\s+/g, ' ')}»`);
  }
  return problems;
}

// ---------- cut words ----------

const wordSegmenters = new Map<string, Intl.Segmenter>();
function wordBoundaries(text: string, lang: string): Set<number> {
  let seg = wordSegmenters.get(lang);
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' });
    wordSegmenters.set(lang, seg);
  }
  const ends = new Set<number>();
  for (const s of seg.segment(text)) ends.add(s.index + s.segment.length);
  return ends;
}

/**
 * A text cut by the engine ends in "…". What precedes it must end where a word ends in the article itself: the
 * last few characters before the ellipsis are looked up in the article's text, and the word segmenter of the
 * article's language says whether a word ends there. Text that is not found in the article is not judged.
 */
export function cutWordViolations(text: string, source: string, lang: string): string[] {
  const problems: string[] = [];
  let boundaries: Set<number> | undefined;
  for (const m of text.matchAll(/…/gu)) {
    const before = text.slice(0, m.index).replace(/\s+$/u, '');
    if (before.length < text.slice(0, m.index).length) continue; // "word …": the cut was at a space
    const tail = before.slice(-12);
    if (!/[\p{L}\p{N}]$/u.test(tail)) continue; // ends in punctuation: not a word cut
    let at = source.indexOf(tail);
    if (at === -1) continue;
    boundaries ??= wordBoundaries(source, lang);
    let whole = false;
    while (at !== -1) {
      if (boundaries.has(at + tail.length)) {
        whole = true;
        break;
      }
      at = source.indexOf(tail, at + 1);
    }
    if (!whole) problems.push(`«${tail}…»`);
  }
  return problems;
}

// ---------- language ----------

const baseLang = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

// ---------- one article ----------

function measure(platform: PlatformId, part: PostPart) {
  switch (platform) {
    case 'x':
      return measureX(part.text, part.limit);
    case 'bluesky':
      return measureBluesky(part.text);
    case 'mastodon':
      return measureMastodon(part.text, {
        maxCharacters: part.limit,
        charactersReservedPerUrl: settings.platforms.mastodon.charactersReservedPerUrl,
      });
  }
}

function linkViolation(platform: PlatformId, part: PostPart, url: string): string | undefined {
  if (platform === 'bluesky') {
    // Bluesky shows the link shortened, as its app does; the link facet carries the full URL.
    const links = (part as BlueskyPart).facets.flatMap((f) =>
      f.features.flatMap((feature) => ('uri' in feature && feature.uri.startsWith(url) ? [feature.uri] : [])),
    );
    return links.length === 1 ? undefined : `${links.length} link facets to the article`;
  }
  const n = part.text.split(url).length - 1;
  return n === 1 ? undefined : `${n} times in the text`;
}

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.trim() ?? '';

export async function checkArticle(item: EvalArticle): Promise<Violation[]> {
  const out: Violation[] = [];
  const add = (kind: ViolationKind, detail: string, platform?: PlatformId) =>
    out.push(platform ? { file: item.name, platform, kind, detail } : { file: item.name, kind, detail });

  // What crier finds on its own: the language (the preview is then told the manifest's, as the judge pack does).
  let detected: Article;
  try {
    detected = await loadArticle(item.path, { url: item.url, fetch: FETCH });
  } catch (error) {
    add('refused', message(error));
    return out;
  }
  if (baseLang(detected.lang) !== baseLang(item.lang))
    add('language', `detected ${detected.lang}, manifest ${item.lang}`);

  const article = await loadArticle(item.path, { url: item.url, lang: item.lang, fetch: FETCH });
  let posts: ReturnType<typeof composeTeasers>;
  try {
    posts = composeTeasers(article, { platforms: [...PLATFORMS], teaser: teaserOptions(settings) });
  } catch (error) {
    add('compose-error', message(error));
    return out;
  }
  const source = [article.title, article.summary ?? '', article.body].join('\n\n');
  for (const platform of PLATFORMS) {
    const parts: PostPart[] = posts[platform] ?? [];
    if (parts.length === 0) {
      add('no-post', 'no part', platform);
      continue;
    }
    parts.forEach((part, i) => {
      const where = parts.length > 1 ? `part ${i + 1}: ` : '';
      const m = measure(platform, part);
      if (!m.within || m.length !== part.length) add('length', `${where}${m.length}/${part.limit}`, platform);
      // The link is checked on the whole post (a thread carries it once, in one of its parts).
      for (const p of hashtagViolations(part.text)) add('hashtag', `${where}${p}`, platform);
      for (const p of strayHashtagViolations(part.text, article.title)) add('hashtag', `${where}${p}`, platform);
      const withoutLink = part.text.split(article.url).join(' ');
      for (const p of markupViolations(withoutLink)) add('markup', `${where}${p}`, platform);
      for (const p of cutWordViolations(withoutLink, source, article.lang)) add('cut-word', `${where}${p}`, platform);
    });
    const linkProblems = parts.map((part) => linkViolation(platform, part, article.url));
    const withLink = linkProblems.filter((p) => p === undefined).length;
    if (withLink !== 1) add('link', linkProblems.filter(Boolean).join('; ') || `${withLink} parts carry it`, platform);
  }
  return out;
}

const ORDER = (v: Violation) => `${v.file}\u0000${v.platform ?? ''}\u0000${v.kind}\u0000${v.detail}`;

/** Every violation of every article, in a stable order (file, platform, kind, detail). */
export async function checkAll(items: EvalArticle[]): Promise<Violation[]> {
  const all: Violation[] = [];
  for (const item of items) all.push(...(await checkArticle(item)));
  return all.sort((a, b) => (ORDER(a) < ORDER(b) ? -1 : ORDER(a) > ORDER(b) ? 1 : 0));
}
