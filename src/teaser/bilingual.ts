import { baseLang } from './text.js';

/**
 * A line that says one thing twice, in the article's language and in another, set apart by « / » or « | »: a
 * translated page keeps its original beside it («작년부터 12,000개 이상의 커밋 달성 / Over 12,000 commits since last
 * year», dev15: PyTorch Korea's year of the foundation, «mixed Korean/English in one line»). The post keeps the
 * article's half.
 *
 * Told by script only: one half written in the article's script, the other with none of its letters and in one
 * other script. Two halves in the same script (a French line with its English) are not told apart here: no list of
 * words says which is which reliably enough on a line of a few words.
 */

/** The letters of the script each language of the set writes; Latin for the others. */
const SCRIPT: Record<string, RegExp> = {
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /[\p{Script=Hangul}\p{Script=Han}]/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  bg: /\p{Script=Cyrillic}/u,
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  hi: /\p{Script=Devanagari}/u,
  bn: /\p{Script=Bengali}/u,
  th: /\p{Script=Thai}/u,
  el: /\p{Script=Greek}/u,
};
const LATIN = /\p{Script=Latin}/u;

/** The two halves: exactly one separator, spaced on both sides (not «TCP/IP», «and/or», «1/2»). */
const SEPARATOR = /\s[/|｜]\s/gu;

function scriptOf(lang: string): RegExp {
  return SCRIPT[baseLang(lang)] ?? LATIN;
}

/** Every letter of the half is of one script, and that script is not the article's. */
function inOneOtherScript(half: string, own: RegExp): boolean {
  const letters = half.match(/\p{L}/gu) ?? [];
  if (letters.length === 0 || letters.some((l) => own.test(l))) return false;
  return [LATIN, ...Object.values(SCRIPT)].some((script) => letters.every((l) => script.test(l)));
}

/** Words of the half, at least three: a name or two («macOS / Windows 지원») is not a translation. */
function saysSomething(half: string): boolean {
  return (half.match(/\p{L}[\p{L}\p{M}'’-]*/gu)?.length ?? 0) >= 3;
}

/** The line's half in the article's language, when the line gives the same thing in two (see above). */
export function ownLanguageHalf(text: string, lang: string): string {
  const separators = text.match(SEPARATOR);
  if (separators?.length !== 1) return text;
  const at = text.search(SEPARATOR);
  const halves = [text.slice(0, at).trim(), text.slice(at + 3).trim()];
  const own = scriptOf(lang);
  const kept = halves.filter((h) => own.test(h));
  const foreign = halves.filter((h) => inOneOtherScript(h, own) && saysSomething(h));
  if (kept.length !== 1 || foreign.length !== 1) return text;
  return kept[0] ?? text;
}
