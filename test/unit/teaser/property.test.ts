import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { loadSettings } from '../../../src/config.js';
import { measureBluesky } from '../../../src/platforms/bluesky/counter.js';
import type { BlueskyPart } from '../../../src/platforms/bluesky/part.js';
import { measureMastodon } from '../../../src/platforms/mastodon/counter.js';
import type { PostPart } from '../../../src/platforms/parts.js';
import { measureX } from '../../../src/platforms/x/counter.js';
import { renderTeasers } from '../../../src/teaser/compose.js';
import type { TeaserDraft } from '../../../src/teaser/draft.js';
import { teaserOptions } from '../../../src/teaser/options.js';

/**
 * Random drafts mixing scripts, very long words, URLs and emoji, fitted to random limits: whatever the text,
 * every part passes the platform's own counter, the link is there exactly once, no word is cut without «…»,
 * and Bluesky's facets point at exactly the text they describe.
 */

const settings = loadSettings();
const RUNS = 200;

const pick = (items: readonly string[]) => fc.constantFrom(...items);
const chars = (alphabet: string, min: number, max: number) =>
  fc
    .array(fc.constantFrom(...Array.from(alphabet)), { minLength: min, maxLength: max, size: 'max' })
    .map((a) => a.join(''));

const EMOJI = ['🇨🇳', '🇫🇷', '🇯🇵', '👩‍👩‍👧‍👦', '👍🏽', '1️⃣', '🤖', '🔐', '💎', '🧑🏿‍💻', '🏳️‍🌈', '❤️'];
const latin = chars('abcdefghijklmnopqrstuvwxyzéèêàçôûïœÉ', 1, 12);
const decomposed = fc.constantFrom('Cafe\u0301', 'cre\u0300me', 'n\u0303o');
const cjk = chars('中国呼吁在人工智能领域开展全球合作并承诺分享其开源成果日本語のリポジトリ所有権がへ移行', 1, 8);
const hangul = chars('한국어문장은띄어쓰기를합니다그래서공백에서자릅', 1, 6);
const arabic = chars('الصينتدعوإلىتعاونعالميفيالذكاءالاصطناعي', 1, 8);
const thai = pick(['ประเทศ', 'จีน', 'เรียกร้อง', 'ความร่วมมือ', 'ระดับโลก', 'ด้าน', 'ปัญญาประดิษฐ์']);
const longWord = chars('abcdefghijklmnopqrstuvwxyz', 40, 400);
const url = fc
  .tuple(pick(['https://example.com/', 'http://www.example.fr/', 'example.org/']), chars('abc/-_?=&0123', 0, 300))
  .map(([base, path]) => base + path);
const word = fc.oneof(
  { weight: 6, arbitrary: latin },
  { weight: 1, arbitrary: decomposed },
  { weight: 3, arbitrary: cjk },
  { weight: 2, arbitrary: hangul },
  { weight: 2, arbitrary: arabic },
  { weight: 2, arbitrary: thai },
  { weight: 1, arbitrary: pick(EMOJI) },
  { weight: 1, arbitrary: longWord },
  { weight: 1, arbitrary: url },
  { weight: 1, arbitrary: latin.map((w) => `#${w}`) },
);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 30 }), pick(['.', '!', '\u202f?', '\u00a0?', '。', '']))
  .map(([words, end]) => words.join(' ') + end);
const hashtag = fc.oneof(
  chars('abcdefghijklmnopqrstuvwxyzéÉ', 1, 15).map((t) => `X${t}`),
  chars('人工智能開源', 1, 4),
  chars('abcdefghijklmnopqrstuvwxyz', 30, 70),
);
const draft: fc.Arbitrary<TeaserDraft> = fc.record({
  lang: pick(['fr', 'en', 'ja', 'zh-CN', 'ko', 'ar', 'th', 'pt-BR']),
  emoji: fc.array(pick(EMOJI), { maxLength: 2 }),
  sentences: fc.array(sentence, { minLength: 0, maxLength: 5 }),
  question: fc.option(sentence, { nil: undefined }),
  hashtags: fc.uniqueArray(hashtag, { maxLength: 3 }),
  url: chars('abcdefghij0123456789-/', 0, 180).map((path) => `https://news.example.net/${path}`),
  title: sentence,
  description: sentence,
});
const options = fc.record({
  thread: fc.boolean(),
  xLimit: fc.integer({ min: 60, max: 400 }),
  mastodon: fc.record({
    maxCharacters: fc.integer({ min: 60, max: 1000 }),
    charactersReservedPerUrl: fc.integer({ min: 10, max: 40 }),
  }),
});

function render(
  d: TeaserDraft,
  o: { thread: boolean; xLimit: number; mastodon: { maxCharacters: number; charactersReservedPerUrl: number } },
) {
  const s = structuredClone(settings);
  s.platforms.x.maxWeightedLength = o.xLimit;
  const teasers = renderTeasers(d, {
    platforms: ['x', 'bluesky', 'mastodon'],
    teaser: teaserOptions(s),
    thread: o.thread,
    mastodonLimits: o.mastodon,
  });
  return { x: teasers.x ?? [], bluesky: teasers.bluesky ?? [], mastodon: teasers.mastodon ?? [] };
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

const tokens = (text: string) =>
  text
    .normalize('NFC')
    .split(/\s+/u)
    .filter((t) => t !== '');

/** Input words: those of every piece of the draft, its emoji, its hashtags and its link. */
function inputWords(d: TeaserDraft): Set<string> {
  const words = new Set<string>();
  for (const text of [...d.sentences, d.question ?? '', d.title, ...d.emoji, d.url]) {
    for (const token of tokens(text)) words.add(token);
  }
  for (const tag of d.hashtags) words.add(`#${tag.normalize('NFC')}`);
  return words;
}

/**
 * A token made of whole input words run together (sentences ending in «。» are joined without a space);
 * in a thread, the first may be the end of a word (a part may start where a CJK run was cut).
 */
function joinedWords(token: string, words: ReadonlySet<string>, suffixes: ReadonlySet<string>): boolean {
  const ok: boolean[] = [true];
  for (let end = 1; end <= token.length; end++) {
    ok[end] = suffixes.has(token.slice(0, end));
    for (let start = 0; start < end && !ok[end]; start++) {
      ok[end] = (ok[start] ?? false) && words.has(token.slice(start, end));
    }
  }
  return ok[token.length] ?? false;
}

function uncutWords(parts: readonly PostPart[], d: TeaserDraft, thread: boolean, extra: readonly string[]): string[] {
  const words = inputWords(d);
  for (const e of extra) words.add(e);
  const suffixes = new Set<string>();
  if (thread) for (const w of words) for (let i = 1; i < w.length; i++) suffixes.add(w.slice(i));
  return parts
    .flatMap((p) => tokens(p.text))
    .filter((t) => !words.has(t) && !t.endsWith('…') && !joinedWords(t, words, suffixes));
}

/** The link shown as Bluesky's app shows it: host and the start of the path, "..." when cut. */
function shownAs(covered: string, uri: string): boolean {
  const bare = uri.replace(/^https?:\/\//, '');
  return covered.endsWith('...')
    ? bare.startsWith(covered.slice(0, -3))
    : bare.replace(/\/$/, '') === covered || bare.startsWith(covered);
}

function facetsPointAtTheirText(part: BlueskyPart): boolean {
  const bytes = Buffer.from(part.text, 'utf8');
  return part.facets.every(({ index, features }) => {
    const covered = bytes.subarray(index.byteStart, index.byteEnd).toString('utf8');
    return features.every((f) =>
      f.$type === 'app.bsky.richtext.facet#tag'
        ? covered === `#${f.tag}` || covered === `＃${f.tag}`
        : covered === f.uri || shownAs(covered, f.uri),
    );
  });
}

describe('any draft, any script, any limit', () => {
  test('every part is within its limit by the platform’s own counter, and reports that count', () => {
    fc.assert(
      fc.property(draft, options, (d, o) => {
        const { x, bluesky, mastodon } = render(d, o);
        for (const part of x) {
          expect(measureX(part.text, o.xLimit)).toEqual({ length: part.length, within: true });
          expect(part.limit).toBe(o.xLimit);
        }
        for (const part of bluesky) {
          const m = measureBluesky(part.text);
          expect(m.within).toBe(true);
          expect(m.bytes).toBeLessThanOrEqual(3000);
          expect(part.length).toBe(m.length);
        }
        for (const part of mastodon) {
          expect(measureMastodon(part.text, o.mastodon)).toEqual({ length: part.length, within: true });
        }
        if (!o.thread) expect([x.length, bluesky.length, mastodon.length]).toEqual([1, 1, 1]);
      }),
      { numRuns: RUNS },
    );
  });

  test('the link appears exactly once per platform (on Bluesky, once as a link facet)', () => {
    fc.assert(
      fc.property(draft, options, (d, o) => {
        const { x, bluesky, mastodon } = render(d, o);
        expect(occurrences(x.map((p) => p.text).join('\n'), d.url)).toBe(1);
        expect(occurrences(mastodon.map((p) => p.text).join('\n'), d.url)).toBe(1);
        const links = bluesky
          .flatMap((p) => p.facets.flatMap((f) => f.features))
          .filter((f) => 'uri' in f && f.uri === d.url);
        expect(links).toHaveLength(1);
        expect(bluesky[0]?.embed?.external.uri).toBe(d.url);
      }),
      { numRuns: RUNS },
    );
  });

  test('no word is cut: every word is a word of the draft, or ends with «…»', () => {
    fc.assert(
      fc.property(draft, options, (d, o) => {
        const { x, bluesky, mastodon } = render(d, o);
        const shortLink = bluesky[0]?.text.split('\n').at(-1) ?? '';
        expect(uncutWords(x, d, o.thread, [])).toEqual([]);
        expect(uncutWords(bluesky, d, o.thread, [shortLink])).toEqual([]);
        expect(uncutWords(mastodon, d, o.thread, [])).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  test('Bluesky facets cover exactly "#tag" or the link text, and never a mention', () => {
    fc.assert(
      fc.property(draft, options, (d, o) => {
        for (const part of render(d, o).bluesky) {
          expect(facetsPointAtTheirText(part)).toBe(true);
          expect(part.facets.flatMap((f) => f.features.map((x) => x.$type))).not.toContain(
            'app.bsky.richtext.facet#mention',
          );
        }
      }),
      { numRuns: RUNS },
    );
  });
});
