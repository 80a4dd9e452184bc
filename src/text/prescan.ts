import { allMatches } from './matches.js';

/**
 * A pattern tried only where a cheaper one finds something. `hint` must match every text `full` matches: most
 * often `full`'s phrases without the look-arounds that hold them to word edges. A pattern that opens on a
 * look-behind is tried at every position of the text, each time with a test of a Unicode class (a call out of the
 * compiled pattern on a text of two-byte characters); a bare alternation of phrases lets V8 skip to where one of
 * them may start, so the hint rules out most texts at a fraction of the cost. test/unit/teaser/fast-paths.test.ts
 * holds the hints to their patterns on every sentence of the dev splits.
 */
export class Prescanned {
  constructor(
    readonly hint: RegExp,
    readonly full: RegExp,
  ) {
    if (hint.global || hint.sticky || full.sticky)
      throw new TypeError(`Prescanned needs a hint without state: ${hint}`);
  }

  test(text: string): boolean {
    return this.hint.test(text) && this.#stateless().test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.hint.test(text) ? this.#stateless().exec(text) : null;
  }

  /** Every match, as `allMatches` gives them (a global `full`). */
  all(text: string): RegExpExecArray[] {
    return this.hint.test(text) ? allMatches(this.full, text) : [];
  }

  #stateless(): RegExp {
    if (this.full.global) throw new TypeError(`test and exec need a pattern without state: ${this.full}`);
    return this.full;
  }
}

/**
 * Phrases at word edges, case-insensitively: `(?<![edge])(?:phrases)(?![after])`, tried after the phrases alone
 * (see `Prescanned`); `after` is `edge` unless given. `prefix`, a pattern that may stand between the edge and a
 * phrase, must match the empty text. `runs`: phrases of unspaced scripts, matched anywhere (no edge to hold them to).
 */
export function phrasesAtEdges(
  phrases: string,
  {
    edge,
    after = edge,
    flags = 'iu',
    prefix = '',
    runs,
  }: { edge: string; after?: string; flags?: string; prefix?: string; runs?: string },
): Prescanned {
  const atEdges = `(?<![${edge}])${prefix}(?:${phrases})(?![${after}])`;
  const either = (spaced: string) => (runs === undefined ? spaced : `${spaced}|${runs}`);
  // The hint is only tested: a global pattern's matches are the full pattern's (`all`).
  return new Prescanned(new RegExp(either(phrases), flags.replace('g', '')), new RegExp(either(atEdges), flags));
}
