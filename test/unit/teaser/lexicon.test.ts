import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';
import { isValidHashtag } from '../../../src/teaser/hashtags.js';
import { withArabicPrefixes } from '../../../src/teaser/lexicon.js';
import { EmojiTopicsSchema, HashtagsSchema } from '../../../src/teaser/lexicon-schema.js';

describe('Arabic «and», «so», «with», «as», «for» and «the» written onto a lexicon word (docs/teasers.md, "Emoji")', () => {
  test.each([
    ['ثغرة', ['الثغرة', 'والثغرة', 'بالثغرة', 'للثغرة', 'لثغرة', 'وبثغرة', 'فالثغرة']],
    ['الأمن', ['والأمن', 'بالأمن', 'للأمن', 'فللأمن', 'كالأمن']],
    ['الذكاء الاصطناعي', ['بالذكاء الاصطناعي', 'للذكاء الاصطناعي']],
  ])('%s', (word, forms) => {
    expect(withArabicPrefixes(word)).toEqual(expect.arrayContaining(forms));
    expect(withArabicPrefixes(word)).not.toContain(word);
  });

  test('«to», «for» (ل) makes a purpose, not the thing: no such forms when asked (لإطلاق is «to release»)', () => {
    const forms = withArabicPrefixes('إطلاق', false);
    expect(forms).toEqual(expect.arrayContaining(['الإطلاق', 'بإطلاق', 'وإطلاق']));
    for (const form of ['لإطلاق', 'للإطلاق', 'ولإطلاق']) expect(forms).not.toContain(form);
  });

  test('no forms for a word of another script', () => {
    expect(withArabicPrefixes('security')).toEqual([]);
    expect(withArabicPrefixes('امنیت شبکه')).toHaveLength(withArabicPrefixes('امنیت').length);
  });
});

describe('the lexicons in config/ (read without a check at run time: this is their check)', () => {
  const read = (file: string): unknown => JSON.parse(readFileSync(packagePath('config', file), 'utf8'));

  test('hashtags.json matches its schema', () => {
    expect(() => HashtagsSchema.parse(read('hashtags.json'))).not.toThrow();
  });

  test('every community in hashtags.json is a valid tag, and another entry’s usual name where it is one', () => {
    const { tags } = HashtagsSchema.parse(read('hashtags.json'));
    const usual = new Set(tags.map(({ tag }) => (typeof tag === 'string' ? tag : (tag.default ?? tag.en))));
    const communities = tags.flatMap((t) => (t.community === undefined ? [] : [t.community]));
    expect(communities.length).toBeGreaterThan(100);
    for (const community of communities) expect(isValidHashtag(community)).toBe(true);
    // The entries a community is spelled by: the language's own spelling comes from them (AI → #IA).
    expect(communities.filter((c) => usual.has(c))).toEqual(expect.arrayContaining(['JavaScript', 'AI', 'Security']));
  });

  test('emoji-topics.json matches its schema', () => {
    expect(() => EmojiTopicsSchema.parse(read('emoji-topics.json'))).not.toThrow();
  });
});
