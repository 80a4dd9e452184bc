import { type CodePage, HIGH_HALVES } from './code-pages.js';

/**
 * Repairs UTF-8 text that was once decoded with a single-byte code page ("coopĂ©ration" for
 * "coopération", "đŸ€–" for 🤖), run by run, so that intact characters around it (’, É, Łódź,
 * Größe) are never touched.
 *
 * A garbled run is a sequence of characters that, mapped back to bytes through one of the code
 * pages below, forms a well-formed multi-byte UTF-8 sequence:
 *
 *     "Ă"  "©"             "đ"  "Ÿ"  "€"  "–"
 *      │    │               │    │    │    │
 *     C3   A9  ─► é         F0   9F   A4   96  ─► 🤖
 *
 * Real upstream damage mixes code pages (the seed's "Ș" for 0xAA and "€" for 0xA4 are
 * ISO-8859-16, its "Ÿ" for 0x9F is Windows-1252), so each character keeps every byte it could
 * have come from and the run is solved against the UTF-8 grammar.
 */
const CODE_PAGES = [
  'windows-1252',
  'windows-1250',
  'iso-8859-16',
  'iso-8859-2',
  'latin1',
] as const satisfies CodePage[];

/** For each code page, the byte each of its characters stands for. */
const BYTE_IN: ReadonlyMap<CodePage, ReadonlyMap<string, number>> = new Map(
  CODE_PAGES.map((page) => {
    const map = new Map<string, number>();
    const chars = HIGH_HALVES[page];
    for (let i = 0; i < chars.length; i++) {
      const char = chars.charAt(i);
      if (char !== '\uFFFD') map.set(char, 0x80 + i);
    }
    return [page, map];
  }),
);

const isContinuation = (byte: number): boolean => byte >= 0x80 && byte <= 0xbf;

/** How many continuation bytes follow this lead byte, or -1 if it cannot start a multi-byte sequence. */
function trailCount(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Where a repaired character may land. Garbling turns text that people write into these ranges; the
 * rest (IPA, combining marks, Samaritan, …) is far more often an accident of intact text.
 */
const LIKELY_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x024f], // Latin-1, Latin Extended-A/B
  [0x0370, 0x07ff], // Greek, Cyrillic, Armenian, Hebrew, Arabic
  [0x0900, 0x0eff], // Indic scripts, Thai, Lao
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2000, 0x2bff], // punctuation, currency, letterlike, arrows, math, symbols, dingbats
  [0x2e00, 0x2e7f], // supplemental punctuation
  [0x3000, 0x9fff], // CJK punctuation, kana, ideographs
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // full-width forms
  [0x1f000, 0x1faff], // emoji and pictographs
  [0x20000, 0x3134f], // CJK extensions
];

/** A repaired character must be something a writer would type: assigned, in a likely range. */
function plausible(decoded: string): boolean {
  const cp = decoded.codePointAt(0) ?? 0;
  if (!/^\p{Assigned}$/u.test(decoded) || /^[\p{Co}\p{Cs}\p{Cc}]$/u.test(decoded)) return false;
  return LIKELY_RANGES.some(([low, high]) => cp >= low && cp <= high);
}

/** The bytes a character may stand for, most likely code page first. */
function bytesOf(char: string, pages: readonly CodePage[]): number[] {
  const bytes: number[] = [];
  for (const page of pages) {
    const byte = BYTE_IN.get(page)?.get(char);
    if (byte !== undefined && !bytes.includes(byte)) bytes.push(byte);
  }
  return bytes;
}

interface Pass {
  pages: readonly CodePage[];
  /** Let a plain space stand for a lost 0xA0 (no-break space) after "Ă"/"Ã": the "Ă " → "à " damage. */
  looseSpace: boolean;
}

interface Decoded {
  text: string;
  /** Characters of the source the sequence used (a dropped no-break space uses none). */
  consumed: number;
  bytes: number[];
}

/**
 * Every way the characters from `at` on complete the sequence, most likely code page first. Indexes are UTF-16
 * code units: every character of the code pages is one, so a surrogate pair simply matches no byte.
 */
function solve(
  text: string,
  at: number,
  remaining: number,
  bytes: number[],
  pass: Pass,
  loose: boolean,
  start: number,
  found: Decoded[],
): void {
  if (found.length >= 8) return;
  if (remaining === 0) {
    const decoded = utf8.decode(Uint8Array.from(bytes));
    if ([...decoded].length === 1 && plausible(decoded)) found.push({ text: decoded, consumed: at - start, bytes });
    return;
  }
  const char = text[at];
  if (loose && remaining === 1 && char === ' ') {
    // The no-break space became a plain space ("Ă  une": consume it) or vanished ("Ă une": keep the space).
    solve(text, at + (text[at + 1] === ' ' ? 1 : 0), 0, [...bytes, 0xa0], pass, loose, start, found);
  }
  if (char === undefined) return;
  for (const byte of bytesOf(char, pass.pages)) {
    if (isContinuation(byte)) solve(text, at + 1, remaining - 1, [...bytes, byte], pass, loose, start, found);
  }
}

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;

/**
 * Reads one garbled UTF-8 character at `start`, if there is one. Among the readings, the most
 * likely code page's wins, except that an emoji beats a pictograph nobody types ("🤖" over "🀖").
 */
function readSequence(text: string, start: number, pass: Pass): Decoded | undefined {
  const first = text[start];
  if (first === undefined) return undefined;
  for (const lead of bytesOf(first, pass.pages)) {
    const trail = trailCount(lead);
    if (trail < 0) continue;
    const found: Decoded[] = [];
    solve(text, start + 1, trail, [lead], pass, pass.looseSpace && lead === 0xc3, start, found);
    if (found.length > 0) return found.find((d) => trail === 3 && EMOJI_PRESENTATION.test(d.text)) ?? found[0];
  }
  return undefined;
}

// Characters that can begin a garbled sequence; a cheap pre-check so clean text costs one regex test.
const LEADS = new Set(
  [...BYTE_IN.values()].flatMap((map) => [...map].filter(([, byte]) => trailCount(byte) > 0).map(([char]) => char)),
);
const CONTINUATIONS = new Set(
  [...BYTE_IN.values()].flatMap((map) => [...map].filter(([, byte]) => isContinuation(byte)).map(([char]) => char)),
);
const charClass = (chars: Set<string>): string =>
  `[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`;
/** A lead followed by a continuation: clean text (even French, full of "é") almost never has one. */
const SUSPECT = new RegExp(`${charClass(LEADS)}${charClass(CONTINUATIONS)}`);

const LATIN_LETTER = /^\p{Script=Latin}$/u;
const FOREIGN_LETTER_OR_MARK = /^(?:\p{M}|(?!\p{Script=Latin})\p{L})$/u;

/**
 * Intact text can look garbled: French "été\u00a0»" reads as UTF-8 E9 A0 BB, which is "頻", and
 * "CAFÉ”" as C9 94, which is "ɔ". A repair that puts a non-Latin letter (or a lone combining mark)
 * right after a Latin letter is such an accident; real garbled CJK or Cyrillic comes in runs that
 * start after a space or punctuation.
 */
function fitsAfter(decoded: string, previous: string | undefined): boolean {
  if (!FOREIGN_LETTER_OR_MARK.test(decoded)) return true;
  if (/^\p{M}$/u.test(decoded)) return false;
  return previous === undefined || !LATIN_LETTER.test(previous);
}

/**
 * Where a sequence can start: a lead followed by a continuation (or, for the lost no-break space, a space).
 * Anything else reads as no sequence, so a pass looks only at these instead of at every character.
 */
const CANDIDATE = new RegExp(`${charClass(LEADS)}(?=${charClass(CONTINUATIONS)})`, 'g');
const LOOSE_CANDIDATE = new RegExp(`${charClass(LEADS)}(?=${charClass(CONTINUATIONS)}| )`, 'g');

/** The last code point of `text` between `from` and `to` (a surrogate pair whole). */
function lastCodePoint(text: string, from: number, to: number): string {
  const pair = to - 2 >= from && /[\ud800-\udbff][\udc00-\udfff]/.test(text.slice(to - 2, to));
  return text.slice(pair ? to - 2 : to - 1, to);
}

/** The characters from a run's start that decide what it reads as (see repairPass). */
const SEQUENCE_CONTEXT = 6;

/**
 * `score` weighs how well a code page explains the text: each repair counts, and a repair into the
 * lower half of Latin-1 letters (à–ÿ, second byte A0–BF after C3) counts more, since lower-case
 * accented letters are far more common than "Ú" or "ß".
 */
function repairPass(text: string, pass: Pass): { text: string; score: number } {
  const candidates = new RegExp(pass.looseSpace ? LOOSE_CANDIDATE : CANDIDATE);
  let out = '';
  let copied = 0; // text before this index is in `out`
  let repaired: string | undefined; // the last repair, when nothing was copied after it
  let score = 0;
  // A damaged text repeats the same few runs («Ã©», «â€™») hundreds of times: each is read once a pass. What a
  // run reads as depends on at most its 4 bytes' characters, a lost no-break space and the character after it.
  const read = new Map<string, Decoded | undefined>();
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const at = match.index;
    const key = text.slice(at, at + SEQUENCE_CONTEXT);
    let sequence = read.get(key);
    if (sequence === undefined && !read.has(key)) {
      sequence = readSequence(key, 0, pass);
      read.set(key, sequence);
    }
    if (!sequence) continue;
    const previous = at > copied ? lastCodePoint(text, copied, at) : repaired;
    if (!fitsAfter(sequence.text, previous)) continue;
    out += text.slice(copied, at) + sequence.text;
    repaired = sequence.text;
    copied = at + sequence.consumed;
    candidates.lastIndex = copied;
    score += 2 + (sequence.bytes[0] === 0xc3 && (sequence.bytes[1] ?? 0) >= 0xa0 ? 1 : 0);
  }
  return { text: out + text.slice(copied), score };
}

/**
 * Repairs mis-decoded UTF-8 runs; leaves text without such runs exactly as it was.
 *
 * A byte pair can read validly two ways ("Ăš" is "è" through ISO-8859-16 but "Ú" through
 * Windows-1250), so the code page that explains most of the document is tried first for every run,
 * the others after it (upstream damage often mixes two).
 */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const ranked = CODE_PAGES.map((page) => ({
    page,
    score: repairPass(text, { pages: [page], looseSpace: false }).score,
  }))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const pages = best ? [best.page, ...CODE_PAGES.filter((page) => page !== best.page)] : CODE_PAGES;
  // Runs that only a mix of code pages explains ("đŸ¤–": đ from 1250, Ÿ from 1252) still count.
  if (best === undefined && repairPass(text, { pages, looseSpace: false }).score === 0) return text;
  return repairPass(text, { pages, looseSpace: true }).text;
}
