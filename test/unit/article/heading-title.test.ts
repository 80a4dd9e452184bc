import { describe, expect, test } from '@jest/globals';
import { parseArticle } from '../../../src/article/load.js';
import { markdownToText } from '../../../src/article/markdown-text.js';
import { titleFromOpening } from '../../../src/article/plain-text.js';

const markdown = (text: string) => parseArticle(text, 'markdown', { lang: 'en', url: 'https://example.org/a' });

describe('a page without a title is titled by its opening heading, the whole line, whatever dots it holds', () => {
  test.each([
    ['a Roman numeral', '## III. Config\n\nStore config in the environment. More text follows here.', 'III. Config'],
    ['a section number', '## 1.2. Installation\n\nRun the installer. It takes a minute.', '1.2. Installation'],
    ['an abbreviation', '## Dr. Who returns\n\nThe Doctor is back. The show airs today.', 'Dr. Who returns'],
    ['a version', '## v2.0. Release notes\n\nWhat changed. And why.', 'v2.0. Release notes'],
    ['a setext heading', 'III. Config\n---\n\nStore config in the environment.', 'III. Config'],
    ['a heading of any level', '### III. Config\n\nStore config in the environment.', 'III. Config'],
  ])('%s', async (_name, text, title) => {
    const article = await markdown(text);
    expect(article.title).toBe(title);
    // Said once: the title leaves the body, as a title line does.
    expect(article.body.split('\n\n')[0]).not.toBe(title);
  });

  test('the twelve-factor pages: «## III. Конфігурація» over its rule is the title, and stays over the rule', async () => {
    const article = await parseArticle(
      '## III. Конфігурація\n### Зберігайте конфігурацію в середовищі виконання\n\n*Конфігурація* застосунку — це все, що може змінюватися між розгортаннями.',
      'markdown',
      { lang: 'uk', url: 'https://12factor.net/uk/config' },
    );
    expect(article.title).toBe('III. Конфігурація');
    // The rule is the page's deck, which the teaser reads under the title's heading (teaser/hook.ts, withDeck).
    expect(article.body.split('\n\n').slice(0, 2)).toEqual([
      'III. Конфігурація',
      'Зберігайте конфігурацію в середовищі виконання',
    ]);
  });

  test("the author's own «# Title» is another question: it leaves the body over a subheading too, as written", async () => {
    const article = await markdown('# 📖 Conventional Commits\n\n## Summary\n\nA specification for commit messages.');
    expect(article.title).toBe('📖 Conventional Commits');
    expect(article.body.split('\n\n')[0]).toBe('Summary');
  });

  test('a paragraph is still prose: its first sentence is the title, and it stays in the body', async () => {
    const article = await markdown('Dr. Who returns tonight. The show airs at nine.\n\n## Cast\n\nText.');
    expect(article.title).toBe('Dr');
    expect(article.body.startsWith('Dr. Who returns tonight.')).toBe(true);
  });
});

describe('titleFromOpening: an opening the caller knows is a heading has no sentences', () => {
  test('a heading is the title whole and leaves the body', () => {
    expect(titleFromOpening(['III. Config', 'Text.'], ['III. Config'])).toEqual({
      title: 'III. Config',
      tags: [],
      paragraphs: ['Text.'],
    });
  });

  test('a heading over a subheading stays, above its deck', () => {
    const paragraphs = ['III. Config', 'Store config in the environment', 'Text.'];
    expect(titleFromOpening(paragraphs, paragraphs.slice(0, 2)).paragraphs).toEqual(paragraphs);
  });

  test('the same line, not known as a heading, is split as prose', () => {
    expect(titleFromOpening(['III. Config', 'Text.']).title).toBe('III');
  });
});

describe('markdownToText tells which blocks were headings', () => {
  test('ATX and setext headings, as they read in the text', () => {
    const headings: string[] = [];
    markdownToText('## III. *Config*\nText.\n\nEn bref\n-------\nMore.', undefined, undefined, headings);
    expect(headings).toEqual(['III. Config', 'En bref']);
  });
});
