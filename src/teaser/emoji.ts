import { createRequire } from 'node:module';
import { flagOf } from './flags.js';
import { type ArticleText, hits, type Keyword, weigh } from './keywords.js';
import { loadEmojiTopics } from './lexicon.js';
import { baseLang, fold } from './text.js';
import { CELEBRATING, isSombre, TONE_EMOJI, toneOf } from './tone.js';

/**
 * Emoji that belong: the flag of the country the article is about, then the topic it is most about
 * (config/emoji-topics.json, matched as whole words), else an emoji whose localized emojibase name is one of
 * the article's title keywords («voiture» → 🚗). A second topic emoji only when it is nearly as strong.
 */

interface EmojibaseEntry {
  label: string;
  unicode: string;
  group?: number;
  tags?: string[];
}

// emojibase groups of things and places (animals & nature, food, travel, activities, objects): a label match
// there names a thing; smileys, people, symbols and flags say nothing about a topic.
const THING_GROUPS = new Set([3, 4, 5, 6, 7]);
const EMOJIBASE_LOCALES = new Set([
  'bn',
  'da',
  'de',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'hi',
  'hu',
  'it',
  'ja',
  'ko',
  'lt',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt',
  'ru',
  'sv',
  'th',
  'uk',
  'vi',
  'zh',
]);

const require = createRequire(import.meta.url);
const labelIndexes = new Map<string, Map<string, string>>();

function emojibaseLabels(lang: string): Map<string, string> {
  const base = baseLang(lang);
  const locale = base === 'zh' && /-(?:tw|hk|mo|hant)/i.test(lang) ? 'zh-hant' : base;
  let index = labelIndexes.get(locale);
  if (index !== undefined) return index;
  index = new Map();
  if (EMOJIBASE_LOCALES.has(base)) {
    const data = require(`emojibase-data/${locale}/compact.json`) as EmojibaseEntry[];
    for (const e of data) {
      if (e.group === undefined || !THING_GROUPS.has(e.group)) continue;
      const key = fold(e.label);
      if (!index.has(key)) index.set(key, e.unicode);
    }
  }
  labelIndexes.set(locale, index);
  return index;
}

/** How-to pieces: 📝; announcements: 📢; other news: 📰 (docs/teasers.md, "Emoji"). */
const TUTORIAL =
  /\b(?:how to|how-to|tutorial|guide|step by step|getting started|introduction to|tips|comment (?:faire|utiliser|installer)|tutoriel|anleitung|wie man|leitfaden|cómo|tutorial|guía|como (?:fazer|usar|instalar)|guia|come (?:fare|usare)|handleiding|hoe je|руководство|как)\b|教程|指南|入門|チュートリアル|使い方|方法|가이드|사용법/iu;
const ANNOUNCEMENT =
  /\b(?:announc\w*|annonce\w*|ankündig\w*|anunci\w*|annunci\w*|aankondig\w*|welcome|bienvenue|willkommen|bienvenid\w*|bem-vind\w*|benvenut\w*|welkom|call for|appel à|aufruf|convocatoria|chamada)\b|お知らせ|公告|通知|공지/iu;

function neutral(title: string): string {
  if (TUTORIAL.test(title)) return '📝';
  if (ANNOUNCEMENT.test(title)) return '📢';
  return '📰';
}

/**
 * 1–2 emoji (docs/teasers.md, "Emoji"): the tone first (🔐 security, ⚠️ a notice, 🎉 a release, 📅 an event),
 * the flag of the country the piece is about, the topic it is most about (config/emoji-topics.json, then an
 * emojibase name in the article's language among its title keywords); never a celebration on a sombre piece;
 * a neutral one for the kind of piece when nothing else fits.
 */
export function pickEmoji(
  text: ArticleText,
  country: string | undefined,
  found: Keyword[],
  max: number,
  title = '',
): string[] {
  if (max <= 0) return [];
  const tone = toneOf(text);
  const sombre = isSombre(tone);
  const out: string[] = [];
  if (tone !== undefined) out.push(TONE_EMOJI[tone]);
  if (country !== undefined) out.push(flagOf(country));

  const topics = loadEmojiTopics()
    .map((t, order) => {
      const h = hits(text, t.phrases);
      return { emoji: t.emoji, order, score: t.weight * weigh(h, 3), inTitle: h.title > 0 };
    })
    .filter((t) => t.score > 0 && !(sombre && CELEBRATING.has(t.emoji)) && !out.includes(t.emoji))
    // A release already has its 🎉: 🚀 would say it twice.
    .filter((t) => !(tone === 'release' && t.emoji === '🚀'))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const [first, second] = topics;
  if (first !== undefined) {
    out.push(first.emoji);
    // A second topic only when the title names it too: otherwise it is decoration.
    if (second !== undefined && out.length < 2 && second.inTitle && second.score >= 0.8 * first.score)
      out.push(second.emoji);
  } else if (out.length < 2) {
    const labels = emojibaseLabels(text.lang);
    const named = found.slice(0, 5).find((k) => text.title.has(k.key) && labels.has(k.key));
    const emoji = named === undefined ? undefined : labels.get(named.key);
    if (emoji !== undefined && !(sombre && CELEBRATING.has(emoji))) out.push(emoji);
  }
  if (out.length === 0) out.push(neutral(title));
  return [...new Set(out)].slice(0, max);
}
