import { describe, expect, test } from '@jest/globals';
import { cutWordViolations, hashtagViolations, markupViolations, strayHashtagViolations } from './checks.js';

/** The checkers of the evaluation set, on texts whose verdict is known: a checker that sees nothing proves nothing. */

describe('hashtags must be whole tags on X, Bluesky and Mastodon', () => {
  test.each([
    ['#Kubernetes #OpenTelemetry', []],
    ['Fin. #Coopération #IA', []],
    ['#ReleaseNotes.', []],
    // ZWNJ inside a Persian tag: X and Mastodon keep it, Bluesky's detection stops at it (it excludes U+200C)
    ['ویژه #ری\u200cاکت', ['#ری\u200cاکت not a whole tag on bluesky']],
    ['#Node.js', ['#Node.js not a whole tag on x, mastodon']],
    ['#open-source', ['#open-source not a whole tag on x, mastodon']],
    ['#2026', ['#2026 not a whole tag on x, bluesky, mastodon']],
    ['Read it.\n\n#Bitcoin #2026', ['#2026 not a whole tag on x, bluesky, mastodon']],
    // A number after a number sign in the text is that number, which no platform links: not a tag, whole or cut
    ['Bitcoin Optech Newsletter #367. Bitte testen.\n\n#Bitcoin', []],
    ['fixed publishing (#18843)', []],
    ['Prettier #3.8 is out', []],
    // but one with a letter is a tag, and must be whole
    ['This week in Nushell #365-beta', ['#365-beta not a whole tag on x, mastodon']],
  ])('%s', (text, problems) => {
    expect(hashtagViolations(text)).toEqual(problems);
  });
});

describe('no hashtag in the text but the article’s own (the title’s) and the hashtag line', () => {
  test.each([
    ['Text with C# and issue #5.\n\n#TypeScript', 'Title', []],
    ['Dari ke elemen #app.\n\n#TypeScript #DOM', 'Title', ['#app in the text']],
    ['#Hacktoberfest is back.\n\n#OpenSource', '#Hacktoberfest is back', []],
  ])('%s', (text, title, problems) => {
    expect(strayHashtagViolations(text, title)).toEqual(problems);
  });
});

describe('no markup left', () => {
  test.each([
    ['Plain text, a link https://example.org/a_b?x=1', []],
    ['Read it {:target="_blank"}', ['{: in «Read it {:target="_blan»']],
    ['see the [tutorial](/doc/tutorial)', [']( in «e the [tutorial](/doc/tutorial»']],
    ['a <strong>bold</strong> claim', ['<tag in «a <strong>bold</s»']],
    ['{{< note >}} hi', ['{{ in «{{< note >}} hi»']],
    ['{% include toc.html %}', ['{% in «{% include toc.»']],
    ['**Important**', ['** in «**Important**»']],
    ['run `npm i`', ['` in «run `npm i`»']],
  ])('%s', (text, problems) => {
    expect(markupViolations(text)).toEqual(problems);
  });
});

describe('no word cut before an ellipsis', () => {
  const source = 'Ab dem 3. April 2023 wird die Registry eingefroren. Die neue Registry ist schneller.';
  test.each([
    ['Ab dem 3. April 2023 wird die Registry…', []],
    ['Ab dem 3. April 2023 wird die Regis…', ['«rd die Regis…»']],
    ['Ab dem 3. April 2023 wird die …', []],
    ['Not in the article at all, cut mid-wo…', []],
  ])('%s', (text, problems) => {
    expect(cutWordViolations(text, source, 'de')).toEqual(problems);
  });

  test('Japanese, where words are not separated by spaces', () => {
    const ja = '重大なセキュリティ脆弱性を修正しました。すぐに更新してください。';
    expect(cutWordViolations('重大なセキュリティ脆弱性…', ja, 'ja')).toEqual([]);
    expect(cutWordViolations('重大なセキュリティ脆…', ja, 'ja')).toHaveLength(1);
  });
});
