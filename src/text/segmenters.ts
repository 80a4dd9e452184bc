/**
 * `Intl.Segmenter`s, one per (locale, granularity), built once: building one costs far more than using it.
 * A language tag ICU refuses (an article's `lang` is the source's word: "ja-xx-yy", "xx-yy-zz") falls back to
 * the root locale, whose rules split well enough, so an odd tag never stops a teaser.
 */
type Granularity = 'grapheme' | 'word' | 'sentence';

const segmenters = new Map<string, Intl.Segmenter>();

/** The segmenter for `lang` (undefined: the root locale; graphemes are the same in every locale). */
export function segmenter(granularity: Granularity, lang?: string): Intl.Segmenter {
  const key = `${granularity} ${lang ?? ''}`;
  let found = segmenters.get(key);
  if (found === undefined) {
    try {
      found = new Intl.Segmenter(lang, { granularity });
    } catch {
      found = new Intl.Segmenter(undefined, { granularity });
    }
    segmenters.set(key, found);
  }
  return found;
}
