import { describe, expect, test } from '@jest/globals';
import { loadArticle, parseArticle } from '../../../src/article/load.js';
import { FETCH, FIXTURES } from './support.js';

const page = (head: string, body = '<p>Enough text for a reader to read, and then some more text to be sure.</p>') =>
  `<!doctype html><html><head>${head}</head><body><article>${body}</article></body></html>`;

describe('HTML pages', () => {
  test('head fields: og:title, canonical (relative, resolved), <html lang>, description, image, tags, date', async () => {
    const article = await loadArticle(`${FIXTURES}page.html`, {
      url: 'https://site.example/artigos/um-artigo',
      fetch: FETCH,
    });
    expect(article).toMatchObject({
      title: 'Título do artigo',
      url: 'https://site.example/artigos/um-artigo',
      lang: 'pt-BR',
      summary: 'Um resumo do artigo.',
      image: { url: 'https://site.example/img/capa.jpg', alt: 'A capa' },
      tags: ['Ciência', 'Dados'],
      date: '2024-05-01T08:00:00.000Z',
    });
  });

  test('the main text by Readability: paragraphs and headings kept, navigation, code and scripts dropped', async () => {
    const article = await loadArticle(`${FIXTURES}page.html`, { url: 'https://site.example/a', fetch: FETCH });
    const paragraphs = article.body.split('\n\n');
    expect(paragraphs).toContain('Em resumo');
    expect(paragraphs.some((p) => p.startsWith('O primeiro parágrafo do artigo'))).toBe(true);
    expect(article.body).toContain('npm install é um comando.');
    expect(article.body).not.toMatch(/segredo|tracking|Início|Sobre|© Site/);
  });

  test.each([
    ['og:title over <title>', '<title>Page | Site</title><meta property="og:title" content="Article">', 'Article'],
    [
      'twitter:title when there is no og:title',
      '<title>Page</title><meta name="twitter:title" content="Tweet title">',
      'Tweet title',
    ],
    ['<title> as the last resort', '<title>Only title</title>', 'Only title'],
  ])('title: %s', async (_name, head, title) => {
    const article = await parseArticle(page(head), 'html', { url: 'https://site.example/a', lang: 'en' });
    expect(article.title).toBe(title);
  });

  test.each([
    ['<link rel=canonical>', '<link rel="canonical" href="https://site.example/c">', 'https://site.example/c'],
    ['og:url', '<meta property="og:url" content="https://site.example/og">', 'https://site.example/og'],
  ])('canonical URL from %s', async (_name, head, url) => {
    const article = await parseArticle(page(`<title>T</title>${head}`), 'html', { lang: 'en' });
    expect(article.url).toBe(url);
  });

  test.each([
    [
      'og:image relative to the canonical URL',
      '<meta property="og:image" content="../img/a.png">',
      'https://site.example/img/a.png',
    ],
    ['twitter:image', '<meta name="twitter:image" content="https://cdn.example/b.png">', 'https://cdn.example/b.png'],
  ])('image: %s', async (_name, head, image) => {
    const article = await parseArticle(
      page(`<title>T</title><link rel="canonical" href="https://site.example/blog/post">${head}`),
      'html',
      { lang: 'en' },
    );
    expect(article.image?.url).toBe(image);
  });

  test('list items are blocks that keep their marker, even with a <p> inside: «- », or a step its number', async () => {
    const body =
      '<p>The exploit proceeded as follows, according to the report we received:</p>' +
      '<ol><li>Submit a valid pull request.</li><li><p>Wait for the <b>label</b>.</p></li><li> </li></ol>' +
      '<ul><li>A point made in a bullet list.</li><li><img src="x.png"></li></ul>';
    const article = await parseArticle(page('<title>Steps</title>', body), 'html', { url: 'https://site.example/a' });
    expect(article.body.split('\n\n')).toEqual([
      'The exploit proceeded as follows, according to the report we received:',
      '1. Submit a valid pull request.',
      '2. Wait for the label.',
      '- A point made in a bullet list.',
    ]);
  });

  test('a nested list: an item that holds only a list leaves no marker of its own', async () => {
    const body =
      '<ul><li>Parent point<ul><li>Child point.</li></ul></li><li><ul><li>Only a list inside.</li></ul></li></ul>';
    const article = await parseArticle(page('<title>Lists</title>', body), 'html', { url: 'https://site.example/a' });
    expect(article.body.split('\n\n')).toEqual(['- Parent point', '- Child point.', '- Only a list inside.']);
  });

  test('language from og:locale when <html> has no lang', async () => {
    const article = await parseArticle(page('<title>T</title><meta property="og:locale" content="fr_FR">'), 'html', {
      url: 'https://site.example/a',
    });
    expect(article.lang).toBe('fr-FR');
  });
});
