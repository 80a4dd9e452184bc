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

/**
 * The variants tried in order: every hashtag and the closing emoji first; then the closing emoji goes,
 * then hashtags one by one from the last. Only when the first piece fits with none of them is it cut.
 */
function* variants(hashtags: readonly string[], hasClose: boolean): Generator<[readonly string[], boolean]> {
  if (hasClose) yield [hashtags, true];
  for (let count = hashtags.length; count >= 0; count--) yield [hashtags.slice(0, count), false];
}

/** As many pieces as fit, in order, with as many hashtags as fit; the first piece cut at a word only as a last resort. */
export function fitFirstPart(request: FitRequest): FirstPart {
  const { pieces, counter, layout } = request;
  for (const [hashtags, close] of variants(request.hashtags, request.hasClose)) {
    let best: FittedPart | null = null;
    let taken = 0;
    for (let count = 1; count <= pieces.length; count++) {
      const text = layout(joinPieces(pieces.slice(0, count)), hashtags, close);
      const measure = counter.measure(text);
      if (!measure.within) break;
      best = { text, measure };
      taken = count;
    }
    if (best) return { ...best, rest: pieces.slice(taken) };
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
