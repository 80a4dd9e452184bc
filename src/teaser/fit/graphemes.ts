/**
 * Grapheme clusters, the unit Bluesky and Mastodon count in. One segmenter for the process:
 * grapheme rules (UAX #29) do not depend on the locale.
 */
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Printable ASCII plus tab and LF: one code unit is one grapheme (CR LF is the exception, so CR is left out). */
const SIMPLE_ASCII = /^[\t\n\x20-\x7e]*$/;

export function countGraphemes(text: string): number {
  if (SIMPLE_ASCII.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

/** UTF-16 offsets where a grapheme cluster ends (the end of the text included). */
export function graphemeEnds(text: string): number[] {
  const ends: number[] = [];
  for (const { index, segment } of graphemeSegmenter.segment(text)) ends.push(index + segment.length);
  return ends;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
