import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { decodeHTMLStrict } from 'entities';
import { ArticleSchema } from '../../../src/article/article.js';
import { loadArticle } from '../../../src/article/load.js';
import { CORPUS, FETCH, type ManifestEntry, SHARED } from './support.js';

const manifest = JSON.parse(readFileSync(`${CORPUS}manifest.json`, 'utf8')) as ManifestEntry[];

describe('every corpus article parses', () => {
  test('the corpus has its 26 articles', () => {
    expect(manifest).toHaveLength(26);
  });

  test.each(manifest.map((entry) => [entry.file, entry] as const))('%s', async (_file, entry) => {
    const article = await loadArticle(`${CORPUS}${entry.file}`, { url: entry.url, fetch: FETCH });
    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article.url).toBe(entry.url);
    // The manifest keeps the source's "&nbsp;" entities; the article has the character itself.
    expect(article.title).toBe(decodeHTMLStrict(entry.title).trim());
    // BCP 47 is case-insensitive; crier writes the canonical case ("zh-CN").
    expect(article.lang.toLowerCase()).toBe(entry.lang);
    expect(article.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // What a reader reads: no markup, template tags or code left behind.
    expect(article.body).not.toMatch(/\{%|%\}|\{\{|\}\}|```|<\/?[a-zA-Z][^>]*>|^import |^export |!\[/m);
    expect(article.body.length).toBeGreaterThan(300);
    expect(article.body).not.toMatch(/\n{3,}/);
  });

  test('front matter fields land in the article: tags, image resolved against the URL, date', async () => {
    const entry = manifest.find((e) => e.file.startsWith('02-'));
    if (!entry) throw new Error('corpus article 02 is missing');
    const article = await loadArticle(`${CORPUS}${entry.file}`, { url: entry.url, fetch: FETCH });
    expect(article.tags).toEqual(['Sécurité', 'communauté']);
    expect(article.image).toEqual({ url: 'https://blog.beta.gouv.fr/img/posts/thief-icon-png-17.jpg' });
    expect(article.date).toBe('2022-05-19T00:00:00.000Z');
    expect(article.summary).toMatch(/^La faille log4shell a été critique/);
    expect(article.body.split('\n\n')[0]).toBe('La vulnérabilité : que s’est il passé ?');
  });

  test('code inside Liquid highlight blocks does not leak (19-ja)', async () => {
    const entry = manifest.find((e) => e.file.startsWith('19-'));
    if (!entry) throw new Error('corpus article 19 is missing');
    const article = await loadArticle(`${CORPUS}${entry.file}`, { url: entry.url, fetch: FETCH });
    expect(article.body).not.toContain('def foo(k: 1)');
    expect(article.body).not.toContain('# このメソッドはキーワード引数のみを受け取る');
    // Inline code in prose is prose: the list of signatures stays.
    expect(article.body).toContain('def foo(**kwargs)');
  });

  test('Liquid variables leave no hole before punctuation (26-es)', async () => {
    const entry = manifest.find((e) => e.file.startsWith('26-'));
    if (!entry) throw new Error('corpus article 26 is missing');
    const article = await loadArticle(`${CORPUS}${entry.file}`, { url: entry.url, fetch: FETCH });
    expect(article.body).toMatch(/^Nos complace anunciar la publicación de Ruby\. /);
  });
});

describe('the seed article', () => {
  const load = () => loadArticle(`${SHARED}seed-article.txt`, { url: 'https://example.org/chine-ia', fetch: FETCH });

  test('reads as a French article with a sensible title, its source and its tags', async () => {
    const article = await load();
    expect(article).toMatchObject({
      url: 'https://example.org/chine-ia',
      lang: 'fr',
      title: 'La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source',
      source: 'https://www.reddit.com/gallery/1m9qyzh',
      tags: ['IA', 'Coopération'],
    });
    expect(article.summary).toBe(
      'La Chine appelle à une coopération mondiale en IA et promet de partager ses développements open-source. ' +
        'Stratégie de rattrapage ou véritable vision collaborative? ' +
        'Entre méfiance géopolitique et espoir technologique, l’avenir de l’IA se dessine.',
    );
  });

  test.each([
    ['mojibake repaired', 'coopération mondiale'],
    ['«Ă» + no-break space is «à»', 'appelle à une'],
    ['the robot emoji', 'se dessine. 🤖 #IA #Coopération'],
    ['elided apostrophes restored', 'l’avenir de l’IA se dessine'],
    ['intact ’ kept', 'il faut saisir ce qu’implique'],
    ['intact É kept', 'les États-Unis'],
    ['typographic quotes kept', 'le terme “open-source” en IA'],
    ['ISO-8859-16 letters', 'aux modèles propriétaires'],
    ['more ISO-8859-16 letters', 'prête à partager'],
  ])('%s: «%s»', async (_name, expected) => {
    expect((await load()).body).toContain(expected);
  });

  test('headings are their own paragraphs; no source line, no redirect notice, no garbling left', async () => {
    const { body } = await load();
    const paragraphs = body.split('\n\n');
    expect(paragraphs).toEqual(
      expect.arrayContaining(['Récapitulatif factuel', 'Point de vue neutre', 'Exemple', 'Point de vue pessimiste']),
    );
    expect(body).not.toMatch(/Article en référence|reddit\.com\/gallery|Redirection en cours|cliquez ici/);
    expect(body).not.toMatch(/[ĂȘŸ€š]/u);
    expect(paragraphs.at(-1)).toMatch(/hostiles à nos intérêts\.$/);
  });
});
