import { cutToFit } from './cut.js';
import type { Counter, Measure } from './measure.js';
import { joinPieces } from './pieces.js';

/** The limit cannot hold even the link (a misconfigured limit); nothing would be accepted. */
export class TeaserFitError extends Error {
  override name = 'TeaserFitError';
}

/** A platform's layout: the post from a hook ('' for none), the hashtags kept, and whether the closing emoji is. */
export type Layout = (hook: string, hashtags: readonly string[], close: boolean) => string;

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
  const { pieces, hashtags, counter, layout } = request;
  const state = { pieces: 1, hashtags: 0, close: false };
  const attempt = (next: typeof state): FittedPart | null => {
    const text = layout(joinPieces(pieces.slice(0, next.pieces)), hashtags.slice(0, next.hashtags), next.close);
    const measure = counter.measure(text);
    return measure.within ? { text, measure } : null;
  };
  let best = pieces.length > 0 ? attempt(state) : null;
  if (best) {
    const closed = new Set<Step>();
    for (const step of steps(pieces.length, hashtags.length, request.hasClose)) {
      if (closed.has(step)) continue;
      const next = {
        pieces: state.pieces + (step === 'piece' ? 1 : 0),
        hashtags: state.hashtags + (step === 'hashtag' ? 1 : 0),
        close: state.close || step === 'close',
      };
      const fitted = attempt(next);
      if (fitted) {
        Object.assign(state, next);
        best = fitted;
      } else {
        closed.add(step);
      }
    }
    return { ...best, rest: pieces.slice(state.pieces) };
  }
  const [first = '', ...others] = pieces;
  const cut = cutToFit(first, request.lang, (candidate) => counter.measure(layout(candidate, [], false)).within);
  if (cut) {
    const text = layout(cut.text, [], false);
    return { text, measure: counter.measure(text), rest: keepSaying([cut.rest, ...others]) };
  }
  const text = layout('', [], false);
  const measure = counter.measure(text);
  if (!measure.within) {
    throw new TeaserFitError(`a limit of ${counter.limit} cannot hold even the link (${measure.length} needed)`);
  }
  return { text, measure, rest: keepSaying(pieces) };
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
  let queue = keepSaying([...rest]);
  while (queue.length > 0) {
    let best: FittedPart | null = null;
    let taken = 0;
    for (let count = 1; count <= queue.length; count++) {
      const text = joinPieces(queue.slice(0, count));
      const measure = counter.measure(text);
      if (!measure.within) break;
      best = { text, measure };
      taken = count;
    }
    if (best) {
      parts.push(best);
      queue = queue.slice(taken);
      continue;
    }
    const [first = '', ...others] = queue;
    const cut = cutToFit(first, lang, (candidate) => counter.measure(candidate).within);
    if (cut) parts.push({ text: cut.text, measure: counter.measure(cut.text) });
    queue = keepSaying(cut ? [cut.rest, ...others] : others);
  }
  return parts;
}
