import { calendarList } from '../text/calendar-names.js';
import { segmenter } from '../text/segmenters.js';
import { abbreviations } from './abbreviations.js';
import { baseLang } from './text.js';

/**
 * Sentences by Intl.Segmenter in the article's locale, repaired where ICU is known to cut wrong
 * (docs/teasers.md, "Text segmentation"):
 * - after an abbreviation of the language (`M.|Li`, `Dr.|Smith`, `z.|B.`): CLDR's sentence-break
 *   suppressions (abbreviations.ts), which ICU has but Node's Intl.Segmenter does not apply;
 * - after an ordinal written with a period («3.|April 2023» in German, «1.|maja» in Polish), or a day before a
 *   month name in any language;
 * - after an initial («J.|K. Rowling»), before a lowercase continuation («Vraiment ?» dit-il), and a closing
 *   quote left on its own;
 * - Thai, which ICU does not split into sentences (Thai separates them by spaces).
 */

/** Languages that write ordinals with a period («3. April», «19. století», «1. maja»). */
export const ORDINAL_PERIOD = new Set([
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'is',
  'fi',
  'et',
  'lv',
  'lt',
  'cs',
  'sk',
  'pl',
  'hu',
  'sl',
  'hr',
  'sr',
  'bs',
  'tr',
  'fo',
]);

const LAST_TOKENS = /(?:^|\s)(?:(\S+)\s+)?(\S+)\s*$/u;
const OPENING = /^[(«“"'„‚[]+/u;
const ORDINAL_END = /(?:^|[\s(])\d{1,3}\.\s*$/u;
/** «am 3.», «im 19.», «der 2.»: a lowercase word (article, preposition) or the sentence's first word before the number. */
const ORDINAL_AFTER_LOWERCASE = /(?:^[\s«“"„]*\p{L}+|\s\p{Ll}+)\s+\d{1,3}\.\s*$/u;
const INITIAL = /(?:^|[\s(])\p{Lu}\.\s*$/u;
const STARTS_LOWERCASE = /^[\s«“"'(\u00A0\u202F]*\p{Ll}/u;
/**
 * An ideographic full stop (「。」, 「！」, 「？」) ends its sentence whatever opens the next: a name written in lowercase
 * Latin («…10周年を迎えました。\nvim-jp 立ち上げ当初の記事は…», dev14) starts a sentence of its own, not an abbreviation's tail.
 */
const IDEOGRAPHIC_STOP = /[。！？]\s*$/u;
const FIRST_WORD = /^[\s«“"'(\u00A0\u202F]*([\p{L}]+)/u;
// ICU leaves a closing quote after «…final. »» on its own: it belongs to the sentence it closes.
const CLOSING_ONLY = /^[\s\u00A0\u202F]*[»”"’')\]」』）]+\s*$/u;
const LEADING_CLOSING = /^[\s\u00A0\u202F]*[»”’)\]」』）]+/u;
/**
 * Korean spaces its sentences apart: a Hangul letter right after «!», «?» or «.» (and a closing quote), with no
 * space, is a particle that goes on the same sentence, the quotative «라고» after a quotation («‘와, …바뀌었구나!’라고
 * 말하기는 어려울 수 있습니다.», dev7), which ICU breaks as a sentence, having no case to tell it by.
 */
const ATTACHED_HANGUL = /^\p{Script=Hangul}/u;
const UNSPACED_END = /\S$/u;
/**
 * ICU never ends a sentence before a lowercase word, but a name written in lowercase may open one: «…is now
 * available on CRAN. ragnar is a tidy toolkit…», «…the release of plumber2 0.2.0. plumber2 is a package…». Only
 * after an acronym or a version, which no abbreviation of the set looks like («U.S.», «e.g.», «approx.» do not),
 * or after a letter of a script without case (\p{Lo}: Hangul, Han, kana, Arabic, Hebrew, Devanagari), whose
 * abbreviations are not written with a full stop: «…커스텀할 수 있습니다. splashtop.gif와…» (dev4: a file name
 * opening the next sentence glued the two).
 */
const LOWERCASE_NAME_AFTER =
  /(?<=(?:(?:^|\s)(?:\p{Lu}{2,}|v?\p{N}+(?:\.\p{N}+)+)|\p{Lo})[.!?])\s+(?=\p{Ll}[\p{L}\p{N}_.-]*\s)/u;
/**
 * A cheap forward scan first: the lookbehind above is tried at every space. Its own Unicode classes are tried only
 * at a full stop (a look-behind after it, over the character before), not at every character (a call out of the
 * pattern each on two-byte text).
 */
const MAYBE_LOWERCASE_NAME = /[.!?](?<=[\p{Lu}\p{N}\p{Lo}][.!?])\s+\p{Ll}/u;
const THAI_SPACE = /(?<=\p{Script=Thai})\s+(?=\p{Script=Thai})/u;

const monthsByLang = new Map<string, ReadonlySet<string>>();

/** The language's month names, long and short, lowercased (Intl.DateTimeFormat's, text/calendar-names.ts). */
export function monthNames(lang: string): ReadonlySet<string> {
  const base = baseLang(lang);
  let names = monthsByLang.get(base);
  if (names === undefined) {
    const set = new Set<string>();
    for (const list of ['month-parts-long', 'month-parts-short'] as const) {
      for (const month of calendarList(base, list) ?? []) set.add(month.toLowerCase().replace(/\.$/, ''));
    }
    names = set;
    monthsByLang.set(base, names);
  }
  return names;
}

/** Only the end of a sentence matters: regular expressions anchored at its end run on its last characters. */
const TAIL = 48;

function endsWithAbbreviation(segment: string, known: ReadonlySet<string>): boolean {
  segment = segment.length > TAIL ? segment.slice(-TAIL) : segment;
  const m = LAST_TOKENS.exec(segment);
  const last = m?.[2]?.replace(OPENING, '');
  if (last === undefined || !last.endsWith('.')) return false;
  if (known.has(last) || known.has(last.toLowerCase())) return true;
  // Two-token abbreviations written with a space: «z. B.», «до н. э.», «p. ex.».
  const before = m?.[1]?.replace(OPENING, '');
  if (before?.endsWith('.')) {
    const pair = `${before} ${last}`;
    if (known.has(pair) || known.has(pair.toLowerCase()) || known.has(`${before}${last}`.toLowerCase())) return true;
  }
  return INITIAL.test(segment);
}

/** «Ab dem 3.|April»: a day or an ordinal with its period, not the end of a sentence. */
function endsWithOrdinal(segment: string, next: string, lang: string): boolean {
  const tail = segment.length > TAIL ? segment.slice(-TAIL) : segment;
  if (!ORDINAL_END.test(tail)) return false;
  // «vgl. Abschnitt 3. Fragen?» ends a sentence: a noun before the number makes it a cardinal.
  // Its first alternative is anchored at the sentence's start: a whole sentence of two words («Im 19.»).
  const head = segment.length > TAIL ? tail.slice(tail.search(/\s/u) + 1) : segment;
  if (ORDINAL_PERIOD.has(baseLang(lang)) && ORDINAL_AFTER_LOWERCASE.test(head)) return true;
  const word = FIRST_WORD.exec(next)?.[1];
  return word !== undefined && monthNames(lang).has(word.toLowerCase());
}

export function splitSentences(text: string, lang: string): string[] {
  const known = abbreviations(lang);
  const merged: string[] = [];
  let current = '';
  for (const piece of segmenter('sentence', lang).segment(text)) {
    let segment = piece.segment;
    // ICU may also start the next sentence with the closing quote: «… final. » Voilà.» → move it back.
    const closing = current === '' ? null : LEADING_CLOSING.exec(segment);
    if (closing !== null) {
      current += `${closing[0]} `;
      segment = segment.slice(closing[0].length).trimStart();
      if (segment === '') continue;
    }
    if (
      current !== '' &&
      (endsWithAbbreviation(current, known) ||
        endsWithOrdinal(current, segment, lang) ||
        (STARTS_LOWERCASE.test(segment) && !IDEOGRAPHIC_STOP.test(current)) ||
        CLOSING_ONLY.test(segment) ||
        (ATTACHED_HANGUL.test(segment) && UNSPACED_END.test(current)))
    ) {
      current += segment;
      continue;
    }
    if (current.trim() !== '') merged.push(current);
    current = segment;
  }
  if (current.trim() !== '') merged.push(current);

  const out: string[] = [];
  for (const sentence of merged) {
    const parts = THAI_SPACE.test(sentence)
      ? sentence.split(THAI_SPACE)
      : MAYBE_LOWERCASE_NAME.test(sentence) && LOWERCASE_NAME_AFTER.test(sentence)
        ? sentence.split(LOWERCASE_NAME_AFTER)
        : [sentence];
    for (const part of parts) {
      const trimmed = part.trim();
      if (trimmed !== '') out.push(trimmed);
    }
  }
  return out;
}

/**
 * Languages whose script ends no sentence with a mark: Thai and Lao set sentences (and clauses) apart by spaces
 * alone. Khmer («។») and Burmese («။») have their full stops, which hook.ts reads as such.
 */
const NO_FULL_STOP = new Set(['th', 'lo']);

/** The language writes no full stop: a paragraph ends its sentence without a mark (see `paragraphSentences`). */
export function writesNoFullStop(lang: string): boolean {
  return NO_FULL_STOP.has(baseLang(lang));
}

/**
 * The sentences of a paragraph, to choose a hook from. In Thai and Lao a paragraph is a sentence: `splitSentences`
 * cuts at every space, and a space also sets clauses apart, so the pieces are fragments («การเดินทางครั้งนี้ประกอบด้วยการแนะนำแบบสั้นๆ» of
 * Scala's Thai tour); none ends with a mark either, and the tour's thin title, «บทนำ» ('Introduction'), was posted
 * alone (dev6). A paragraph longer than `WHOLE_PARAGRAPH` characters is cut at its spaces all the same.
 */
export function paragraphSentences(text: string, lang: string): string[] {
  const whole = text.trim();
  if (writesNoFullStop(lang) && whole !== '' && [...whole].length <= WHOLE_PARAGRAPH) return [whole];
  return splitSentences(text, lang);
}
const WHOLE_PARAGRAPH = 300;

/** A dateline's place: one to three capitalised words, then a comma, and maybe a short word («le», «am», «dne»). */
const DATELINE_PLACE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2},\s+(?:\p{Ll}{1,3}\s+)?/u;
/** A full date in Chinese, Japanese or Korean figures and their counters (年月日, 년월일): «2024 年 10 月 15 日». */
export const CJK_DATE = '\\p{N}{4}\\s*[年년]\\s*\\p{N}{1,2}\\s*[月월]\\s*\\p{N}{1,2}\\s*[日일]';
/**
 * A dateline in Chinese, Japanese or Korean: a place in the script, a dash, the date (`CJK_DATE`), a dash
 * («加利福尼亚州旧金山 – 2024 年 10 月 15 日 – 云原生计算基金会…»: dev9, «press-release dateline»).
 */
const CJK_DATELINE = new RegExp(
  `^[\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Katakana}ー・]{2,20}\\s*[–—-]\\s*${CJK_DATE}\\s*[–—-]\\s*(?=\\S)`,
  'u',
);
/** A date written in figures alone: «11.7.2024», «2024-07-11», «11/07/2024». */
const NUMERIC_DATE = /^(?:\p{N}{1,2}[./]\s?\p{N}{1,2}[./]\s?\p{N}{2,4}|\p{N}{4}-\p{N}{2}-\p{N}{2})$/u;
/** A day, an ordinal or a year, with what follows it in a date: «11.», «3rd», «11,», «2024». */
const DATE_NUMBER = /^\p{N}{1,4}(?:\.|,|st|nd|rd|th)?$/u;
/** What may close a dateline: a dash or a colon, on its own or on the date's last word. */
const DATELINE_MARK = /^[–—:-]$/u;

/**
 * A press release opens on its dateline, a place and a date («Praha, 11. července 2024», «WASHINGTON, July 11,
 * 2024 —», «Paris, le 3 mars 2024 :»), set on its own line above the first sentence. A summary or a feed that
 * runs the lines together glues it to the sentence («Praha, 11. července 2024 První místo vybojoval tým…»), and an
 * editor drops it: the post is dated already. The date is read by the article's month names and English ones
 * (Intl's, text/calendar-names.ts) or in figures; the text after it must open a sentence (a capital, a figure or
 * a quotation mark), so «Paris, 2024 was a year…» or «Berlin, March and May» stay.
 */
export function withoutDateline(text: string, lang: string): string {
  const cjk = CJK_DATELINE.exec(text);
  if (cjk !== null) return text.slice(cjk[0].length);
  const place = DATELINE_PLACE.exec(text);
  if (place === null) return text;
  const months = monthNames(lang);
  const english = monthNames('en');
  const words = text.slice(place[0].length).split(/(\s+)/u);
  let dated = false;
  let i = 0;
  // At most four words of a date: «11. července 2024», «July 11, 2024», «le 3 mars 2024».
  for (let taken = 0; i < words.length && taken < 4; i += 2, taken++) {
    const word = (words[i] ?? '').replace(/[–—:]$/u, '');
    const bare = word.toLowerCase().replace(/[.,]$/u, '');
    if (NUMERIC_DATE.test(word) || months.has(bare) || english.has(bare)) dated = true;
    else if (!DATE_NUMBER.test(word)) break;
    if (word !== words[i]) {
      i += 2;
      break;
    }
  }
  if (!dated || i === 0) return text;
  if (DATELINE_MARK.test(words[i] ?? '')) i += 2;
  const rest = words.slice(i).join('');
  return /^[\p{Lu}\p{N}"'„“«‘]/u.test(rest) && /\s/u.test(rest) ? rest : text;
}

/**
 * An update log's timestamp opening a paragraph: an ISO date, maybe its time and zone, or a time with its zone
 * («2026-05-01 21:07 UTC», «2026-05-01», «21:07 UTC»), then a dash or a colon.
 */
const TIMESTAMP =
  /^(?:\p{N}{4}-\p{N}{2}-\p{N}{2}(?:[ T]\p{N}{1,2}:\p{N}{2}(?::\p{N}{2})?)?|\p{N}{1,2}:\p{N}{2}(?=\s*(?:UTC|GMT)))(?:\s*(?:UTC|GMT|Z|[+-]\p{N}{2}:?\p{N}{2}))?(?:\s+[–—-]|\s*:)\s+/u;

/**
 * An update posted above an article opens on its timestamp («2026-05-01 21:07 UTC — The patched kernels are now
 * rolling out…»): the post is dated already, and the timestamp reads as part of the sentence it opens. The sentence
 * stays, the timestamp goes, when what follows opens a sentence (a capital or a quotation mark).
 */
export function withoutTimestamp(text: string): string {
  const stamp = TIMESTAMP.exec(text);
  if (stamp === null) return text;
  const rest = text.slice(stamp[0].length);
  // Not a figure: «2026-05-01 — 2026-05-03: the conference» is a range.
  return /^[\p{Lu}"'„“«‘]/u.test(rest) && /\s/u.test(rest) ? rest : text;
}
