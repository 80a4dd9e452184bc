/**
 * The matches of a global pattern, as `text.matchAll(pattern)` gives them. `matchAll` copies the pattern on every
 * call (the specification's species constructor), and V8 builds and sets up that copy as a new regular expression:
 * on a sentence that costs more than the search itself, and the teaser engine searches every candidate sentence so.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a whole code point in Unicode mode), as matchAll does.
    if (m[0] === '') pattern.lastIndex = m.index + (pattern.unicode && pairAt(text, m.index) ? 2 : 1);
  }
  return out;
}

function pairAt(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
