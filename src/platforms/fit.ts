import type { Counter, Measure } from '../text/counter.js';
import { cutToFit } from '../text/cut.js';

/**
 * Fitting a draft to one platform's counter, the rules all renderers share: as many whole sentences as fit,
 * hashtags dropped (last first) before the first sentence is cut at a word, the link exactly once, and a
 * thread's further parts when asked. The engine (src/teaser/) prepares the draft; each platform's
 * `render.ts` gives the layout and the counter.
 */

/** A draft made safe to lay out: NFC, one line per piece, nothing empty, hashtags without "#". */
export interface PreparedDraft {
  lang: string;
  /** The emoji that opens the post. */
  lead?: string;
  /** The emoji that may close the hook (Bluesky, Mastodon). */
  close?: string;
  /**
   * The hook in the order it is taken: the first sentence (with the sentences that lean on it), the article's
   * question, then the other sentences.
   */
  pieces: string[];
  /**
   * The hook for a post under a link card that shows `title` (Bluesky's): the title left to the card
   * (src/teaser/under-card.ts). Absent when the title must stay in the post.
   */
  cardPieces?: string[];
  hashtags: string[];
  url: string;
  title: string;
  description: string;
}

/** A limit too small for any post at all: the operator's settings (or the instance) must change. */
export class TeaserFitError extends Error {
  override name = 'TeaserFitError';
  readonly hint = "Raise the limit in the settings (CRIER_CONFIG) or check the Mastodon instance's max_characters";
}

/**
 * A post as the strings it is made of (its text is their concatenation), split where text meets spaces
 * or line breaks: sentences, separators, hashtags, the link. Counting it chunk by chunk, each distinct
 * chunk once, lets fitting try many candidates for the price of a few short counts.
 */
export type Chunks = readonly string[];

/** A platform's layout: the post from a hook (no chunks for none), the hashtags kept, and whether the closing emoji is. */
type Layout = (hook: Chunks, hashtags: readonly string[], close: boolean) => Chunks;

export interface FitRequest {
  /** The hook, in the order it is taken (PreparedDraft.pieces). */
  pieces: readonly string[];
  hashtags: readonly string[];
  /** Whether the layout has a closing emoji to drop when room is short. */
  hasClose: boolean;
  lang: string;
  counter: Counter;
  layout: Layout;
}

export interface FittedPart {
  text: string;
  measure: Measure;
}

export interface FirstPart extends FittedPart {
  /** What the first part left out, in order (a cut piece's remainder first): a thread's next parts. */
  rest: string[];
}

const SAYS_SOMETHING = /[\p{L}\p{N}]/u;
/** Sentences ending in CJK full-width punctuation are joined without a space, as those scripts are written. */
const CJK_END = /[\u3001-\u303f\uff01-\uff60]$/u;

/** Sentences as chunks, with the space (or none, after «。») that joins them. */
export function pieceChunks(pieces: readonly string[]): string[] {
  const chunks: string[] = [];
  for (const piece of pieces) {
    const previous = chunks.at(-1);
    if (previous !== undefined) chunks.push(CJK_END.test(previous) ? '' : ' ');
    chunks.push(piece);
  }
  return chunks;
}

/** `items` with `separator` between them. */
function interleave(items: readonly string[], separator: string): string[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
}

/** `#a #b` as chunks: the hashtag line every layout ends with or puts above the link. */
export function hashtagChunks(hashtags: readonly string[]): string[] {
  return interleave(
    hashtags.map((tag) => `#${tag}`),
    ' ',
  );
}

/** The X and Bluesky tail: the hashtags on their own line, then the link last (where the card shows). */
export function tagsAboveLink(hashtags: readonly string[], link: string): Chunks {
  return hashtags.length > 0 ? [...hashtagChunks(hashtags), '\n', link] : [link];
}

type Sizer = (chunks: Chunks) => Measure;

/** The platform's own count of the whole text. */
function exactSizer(counter: Counter): Sizer {
  return (chunks) => counter.measure(chunks.join(''));
}

/**
 * The sum of the chunks' own counts, each counted once. Chunks meet at spaces and line breaks, across
 * which no platform joins anything (URLs, mentions, emoji sequences and clusters stop at a space), so
 * the sum is the count of the whole; a choice made with it is still checked with `exactSizer` before
 * it is kept, and made again exactly in the rare case it does not hold.
 */
function chunkSizer(counter: Counter): Sizer {
  const counts = new Map<string, number>();
  return (chunks) => {
    let length = 0;
    let saysSomething = false;
    for (const chunk of chunks) {
      if (chunk === '') continue;
      let count = counts.get(chunk);
      if (count === undefined) {
        count = counter.measure(chunk).length;
        counts.set(chunk, count);
      }
      length += count;
      saysSomething ||= chunk.trim() !== '';
    }
    return { length, within: saysSomething && length <= counter.limit };
  };
}

/** Fits quickly with `chunkSizer`, checks the result with the platform's own count, and redoes it exactly if needed. */
function checked<T extends { text: string }>(counter: Counter, choose: (size: Sizer) => T): T & { measure: Measure } {
  try {
    const quick = choose(chunkSizer(counter));
    const measure = counter.measure(quick.text);
    if (measure.within) return { ...quick, measure };
  } catch (error) {
    if (!(error instanceof TeaserFitError)) throw error;
  }
  const exact = choose(exactSizer(counter));
  return { ...exact, measure: counter.measure(exact.text) };
}

type Step = 'piece' | 'hashtag' | 'close';

/**
 * What a post takes after its first sentence, most wanted first: one hashtag (a post people can find),
 * the second piece (the article's question when it asks one), the other hashtags, the other sentences
 * in order, and last the closing emoji (decoration). Hashtags stay a prefix (dropped last first) and
 * sentences stay in order: once one does not fit, none after it is tried.
 */
function steps(pieces: number, hashtags: number, hasClose: boolean): Step[] {
  const order: Step[] = [];
  if (hashtags > 0) order.push('hashtag');
  if (pieces > 1) order.push('piece');
  for (let i = 1; i < hashtags; i++) order.push('hashtag');
  for (let i = 2; i < pieces; i++) order.push('piece');
  if (hasClose) order.push('close');
  return order;
}

/**
 * The first post: the first piece whole with as much more as fits (see `steps`); only when the first piece
 * does not fit even alone is it cut at a word, with no hashtag and no closing emoji.
 */
export function fitFirstPart(request: FitRequest): FirstPart {
  return checked(request.counter, (size) => fitFirst(request, size));
}

function fitFirst(request: FitRequest, size: Sizer): { text: string; rest: string[] } {
  const { pieces, hashtags, counter, layout } = request;
  const state = { pieces: 1, hashtags: 0, close: false };
  const build = (next: typeof state) =>
    layout(pieceChunks(pieces.slice(0, next.pieces)), hashtags.slice(0, next.hashtags), next.close);
  if (pieces.length > 0 && size(build(state)).within) {
    const closed = new Set<Step>();
    for (const step of steps(pieces.length, hashtags.length, request.hasClose)) {
      if (closed.has(step)) continue;
      const next = {
        pieces: state.pieces + (step === 'piece' ? 1 : 0),
        hashtags: state.hashtags + (step === 'hashtag' ? 1 : 0),
        close: state.close || step === 'close',
      };
      if (size(build(next)).within) Object.assign(state, next);
      else closed.add(step);
    }
    return { text: build(state).join(''), rest: pieces.slice(state.pieces) };
  }
  const [first = '', ...others] = pieces;
  const cut = cutToFit(first, request.lang, (candidate) => size(layout([candidate], [], false)).within);
  if (cut) return { text: layout([cut.text], [], false).join(''), rest: keepSaying([cut.rest, ...others]) };
  const bare = layout([], [], false);
  const measure = size(bare);
  if (!measure.within) {
    throw new TeaserFitError(`a limit of ${counter.limit} cannot hold even the link (${measure.length} needed)`);
  }
  return { text: bare.join(''), rest: keepSaying(pieces) };
}

function keepSaying(pieces: readonly string[]): string[] {
  return pieces.filter((piece) => SAYS_SOMETHING.test(piece));
}

/**
 * A thread's following parts: the rest of the hook, as many whole pieces per part as fit, a piece longer than
 * a whole part cut at a word (its «…» part followed by the remainder). A piece that cannot start a part at all
 * (one URL longer than the limit) is left out rather than sent broken.
 */
export function fitFollowingParts(rest: readonly string[], lang: string, counter: Counter): FittedPart[] {
  const parts: FittedPart[] = [];
  let queue = keepSaying(rest);
  while (queue.length > 0) {
    const current = queue;
    const next = checked(counter, (size) => fitNext(current, lang, size));
    if (next.text !== '') parts.push({ text: next.text, measure: next.measure });
    queue = next.rest;
  }
  return parts;
}

function fitNext(queue: readonly string[], lang: string, size: Sizer): { text: string; rest: string[] } {
  let taken = 0;
  while (taken < queue.length && size(pieceChunks(queue.slice(0, taken + 1))).within) taken++;
  if (taken > 0) return { text: pieceChunks(queue.slice(0, taken)).join(''), rest: queue.slice(taken) };
  const [first = '', ...others] = queue;
  const cut = cutToFit(first, lang, (candidate) => size([candidate]).within);
  return cut ? { text: cut.text, rest: keepSaying([cut.rest, ...others]) } : { text: '', rest: keepSaying(others) };
}
