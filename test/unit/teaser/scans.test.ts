import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { capitalised, hasLetter } from '../../../src/teaser/keywords.js';
import { baseLang, fold, hasNumber, roughSize, stripEmoji } from '../../../src/teaser/text.js';
import { compilePhrase, isUnspaced, PhraseCounts, probe, words } from '../../../src/teaser/words.js';
import { allMatches } from '../../../src/text/matches.js';

/**
 * The engine's fast scans say exactly what the Unicode patterns they stand in for say (docs/teasers.md,
 * "What the checks cost"): each is checked here against the pattern itself, on every code point where that is
 * cheap, else on tricky and random text.
 */

const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30FC\\p{Script=Hangul}\\p{Script=Thai}';
const UNSPACED_CHAR = new RegExp(`[${UNSPACED}]`, 'u');
const WORD = new RegExp(`[${UNSPACED}]+|(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}_])+`, 'gu');

const SENTENCE_END = /[.!?。！？…:;\n]/u;
const LINKS: Record<string, string> = {
  ' ': 'space',
  '\u00A0': 'space',
  '-': 'hyphen',
  '\u2011': 'hyphen',
  '.': 'dot',
};

/** Words by the patterns: the definition `words` keeps to. */
function byPattern(text: string) {
  const out: Array<{ text: string; key: string; link: string; sentenceStart: boolean; unspaced: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const gap = text.slice(last, m.index);
    out.push({
      text: m[0],
      key: fold(m[0]),
      link: out.length === 0 ? 'break' : (LINKS[gap] ?? (gap === "'" || gap === '’' ? 'apostrophe' : 'break')),
      sentenceStart: out.length === 0 || SENTENCE_END.test(gap),
      // By its first UTF-16 unit: a run opening on an astral Han character is not marked.
      unspaced: m[0].charCodeAt(0) >= 0x0e00 && UNSPACED_CHAR.test(m[0].charAt(0)),
    });
    last = m.index + m[0].length;
  }
  return out;
}

const TRICKY = [
  '',
  '  ',
  '.a',
  'a.',
  'Open-source, «Node.js» and l’État: 3.14 — done!',
  'İstanbul Über STRASSE straße ΟΔΟΣ.Α',
  'e\u0301te\u0301 Cafe\u0301',
  '中文 text 日本語のテキスト、カタカナー 한국어 문장 ภาษาไทย๏',
  '𠀀𠀁abc 𝐀𝐁 x\uD800y \uDC00 z 😀test_1',
  'ABC\u00A0def\u2011ghi',
];

const alphabet = fc.constantFrom(
  ...Array.from("aZé É.,!?;:\n\t-’'_0١²"),
  '中',
  'の',
  'ー',
  '한',
  'ไ',
  '๏',
  'İ',
  'Σ',
  '😀',
  '𠀀',
  '\uD800',
  '\uDC00',
  '\u0301',
);
const text = fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join(''));

describe('words: runs of letters, marks, digits and «_», runs of unspaced scripts kept whole', () => {
  const check = (t: string) => expect(words(t)).toEqual(byPattern(t));
  test.each(TRICKY)('%j', check);
  test('random text of every kind of character', () => fc.assert(fc.property(text, check), { numRuns: 500 }));

  test('a word is linked to the one before by the single character between them', () => {
    expect(words('open source, open-source. Node.js l’État').map((w) => [w.text, w.link, w.sentenceStart])).toEqual([
      ['open', 'break', true],
      ['source', 'space', false],
      ['open', 'break', false],
      ['source', 'hyphen', false],
      ['Node', 'break', true],
      ['js', 'dot', true],
      ['l', 'space', false],
      ['État', 'apostrophe', false],
    ]);
  });

  test('keys are lowercased and lose their accents, whatever the script around them', () => {
    expect(words('İstanbul THE Über ΟΔΟΣ Straße').map((w) => w.key)).toEqual([
      'istanbul',
      'the',
      'uber',
      'οδος',
      'straße',
    ]);
  });
});

describe('isUnspaced: a character of Han, kana, Hangul or Thai anywhere', () => {
  test.each(TRICKY)('%j', (t) => expect(isUnspaced(t)).toBe(UNSPACED_CHAR.test(t)));
  test('random text', () =>
    fc.assert(
      fc.property(text, (t) => isUnspaced(t) === UNSPACED_CHAR.test(t)),
      { numRuns: 500 },
    ));
});

describe('the cheap first scans never miss what the Unicode pattern finds', () => {
  const everyCodePoint = (check: (c: string) => void) => {
    for (let c = 0; c <= 0x10ffff; c++) if (c < 0xd800 || c > 0xdfff) check(String.fromCodePoint(c));
  };
  test('hasNumber says what \\p{N} says, whatever the character', () => {
    const wrong: string[] = [];
    everyCodePoint((c) => {
      if (/\p{N}/u.test(c) !== hasNumber(`a ${c} b`)) wrong.push(c);
    });
    expect(wrong).toEqual([]);
  });
  test('an emoji is stripped as the pattern strips it', () => {
    const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3)+/gu;
    const missed: string[] = [];
    everyCodePoint((c) => {
      if (stripEmoji(`a${c}b`) !== `a${c}b`.replace(EMOJI, ' ')) missed.push(c);
    });
    expect(missed).toEqual([]);
  });
  test('hasLetter says what \\p{L} says, whatever the first character', () => {
    const wrong: string[] = [];
    everyCodePoint((c) => {
      for (const t of [c, `${c}1`, `1${c}`, `_${c}`]) if (hasLetter(t) !== /\p{L}/u.test(t)) wrong.push(t);
    });
    expect(wrong).toEqual([]);
    expect(hasLetter('')).toBe(false);
  });
  test('capitalised says what ^\\p{Lu} says, whatever the first character', () => {
    const wrong: string[] = [];
    everyCodePoint((c) => {
      for (const t of [c, `${c}a`, `a${c}`]) if (capitalised(t) !== /^\p{Lu}/u.test(t)) wrong.push(t);
    });
    expect(wrong).toEqual([]);
    expect(capitalised('')).toBe(false);
  });
  test('roughSize counts code points, a lone surrogate as one', () =>
    fc.assert(
      fc.property(text, (t) => roughSize(t) === [...t].length),
      { numRuns: 500 },
    ));
});

describe('allMatches: what matchAll gives, without its copy of the pattern', () => {
  test.each([
    [/\p{N}+/gu, 'a 12 b 3.4 c'],
    [/x*/gu, 'ab😀c'],
    [/(?=\s)/g, 'one two  three'],
    [/\S+(?=\s)/gu, 'word word\tlast'],
    [/[#@]\S*/gu, '#tag @who nothing'],
  ])('%s on %j', (pattern, t) => {
    const expected = [...t.matchAll(pattern)].map((m) => [m.index, m[0]]);
    expect(allMatches(pattern, t).map((m) => [m.index, m[0]])).toEqual(expected);
    // The pattern is left as it was found, ready for the next call.
    expect(pattern.lastIndex).toBe(0);
  });
  test('a pattern that is not global is refused, as matchAll refuses it', () => {
    expect(() => allMatches(/a/u, 'a')).toThrow(TypeError);
  });
});

describe('fold: the lowercase, without the accents of Latin, Greek and Cyrillic letters', () => {
  /** The definition `fold` keeps to (it skips the lowercasing of a text it has folded before). */
  const ACCENT = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
  const byDefinition = (t: string) => t.toLowerCase().normalize('NFD').replace(ACCENT, '$1').normalize('NFC');
  // «\u212A» (the Kelvin sign) lowercases to an ASCII «k».
  test.each([...TRICKY, '\u212A', 'Cafe\u0301 CAFÉ café'])('%j', (t) => {
    expect(fold(t)).toBe(byDefinition(t));
    // Asked again: the kept answer is the same.
    expect(fold(t)).toBe(byDefinition(t));
  });
  test('random text', () =>
    fc.assert(
      fc.property(text, (t) => fold(t) === byDefinition(t) && fold(t) === byDefinition(t)),
      { numRuns: 500 },
    ));
});

describe('baseLang: the primary subtag, lowercased, kept by tag', () => {
  test.each([
    ['zh-CN', 'zh'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['sr-Latn-RS', 'sr'],
    ['', ''],
  ])('%j', (tag, base) => {
    expect(baseLang(tag)).toBe(base);
    expect(baseLang(tag)).toBe(base);
  });
});

describe('PhraseCounts.mayHave: a bit per probe of the word keys, never false for a key the text has', () => {
  test('every key of a random text', () =>
    fc.assert(
      fc.property(text, (t) => {
        const counts = new PhraseCounts(t);
        return [...counts.positions.keys()].every((key) => counts.mayHave(probe(key)));
      }),
      { numRuns: 500 },
    ));
  test('a phrase is counted as the look-up of its words counts it, whether the probe lets it through or not', () => {
    const lexicon = ['open source', 'Node.js', 'Über', 'uber', 'état', 'AI', '=Vite', '中文', 'source', 'zz'];
    fc.assert(
      fc.property(text, fc.constantFrom(...lexicon), (t, entry) => {
        const counts = new PhraseCounts(t);
        const phrase = compilePhrase(entry);
        const { probe: _, ...unprobed } = phrase;
        return counts.count(phrase) === counts.count(unprobed);
      }),
      { numRuns: 500 },
    );
  });
});
