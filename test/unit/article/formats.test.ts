import { describe, expect, test } from '@jest/globals';
import { articleIdFor } from '../../../src/article/article-id.js';
import { IntakeError, loadArticle, parseArticle } from '../../../src/article/load.js';
import { rejection } from '../../support/rejection.js';
import { FETCH, FIXTURES } from './support.js';

describe('Markdown and MDX', () => {
  test('front matter fields; MDX, shortcodes and code kept out of the text, raw HTML read as HTML', async () => {
    const article = await loadArticle(`${FIXTURES}sample.mdx`, { fetch: FETCH });
    expect(article).toMatchObject({
      title: 'Un article MDX',
      url: 'https://example.org/mdx',
      lang: 'fr-FR',
      tags: ['MDX', 'Tests'],
      image: { url: 'https://example.org/img/cover.png', alt: 'La couverture' },
      summary: 'Un résumé avec un lien.',
      publishAt: '2026-12-01T09:30:00.000Z',
    });
    expect(article.body).toBe(
      'Le titre du document\n\nUn paragraphe avec du gras.\n\nDu HTML brut.\n\nEn bref\n\nFin.',
    );
  });

  test.each([
    ['url', 'url: https://example.org/a'],
    ['canonical', 'canonical: https://example.org/a'],
    ['permalink', 'permalink: https://example.org/a'],
  ])('the canonical URL may be named %s', async (_name, line) => {
    const article = await parseArticle(`---\ntitle: T\nlang: en\n${line}\n---\nText.`, 'markdown', {});
    expect(article.url).toBe('https://example.org/a');
  });

  test('--url wins over the source, and the id follows the canonical URL', async () => {
    const article = await parseArticle('---\ntitle: T\nlang: en\nurl: https://example.org/a\n---\nText.', 'markdown', {
      url: 'https://example.org/b?utm_source=x#top',
    });
    expect(article.url).toBe('https://example.org/b?utm_source=x#top');
    expect(article.id).toBe(articleIdFor('https://example.org/b'));
  });

  test('a given id is kept', async () => {
    const article = await parseArticle(
      '---\nid: my-post\ntitle: T\nlang: en\nurl: https://example.org/a\n---\nx',
      'markdown',
      {},
    );
    expect(article.id).toBe('my-post');
  });

  test('without a title in front matter, a leading "# heading" is the title', async () => {
    const article = await parseArticle('# The heading\n\nThe text.', 'markdown', {
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article.title).toBe('The heading');
    expect(article.body).toBe('The text.');
  });

  describe("a translation that keeps the original's front-matter title: its own opening heading is the title", () => {
    const GERMAN = 'Wir freuen uns, heute die offizielle Veröffentlichung von Vite 2.0 bekannt geben zu können!';
    const translation = (title: string, opening: string) =>
      parseArticle(`---\ntitle: ${title}\n---\n\n${opening}\n\n${GERMAN}`, 'markdown', {
        url: 'https://example.org/a',
        lang: 'de',
      });

    test.each([
      ['an ATX heading', '# Ankündigung von Vite 2.0'],
      ['a setext heading', 'Ankündigung von Vite 2.0\n========================'],
    ])("%s in the article's language under a title in another: the title, said once", async (_kind, opening) => {
      const article = await translation('Announcing Vite 2.0', opening);
      expect(article.title).toBe('Ankündigung von Vite 2.0');
      expect(article.body).toBe(GERMAN);
    });

    test.each([
      // Not a heading: a thanks line or a welcome line is no title, whatever its language.
      ['a paragraph', 'Announcing Vite 2.0', 'Vielen Dank an alle, die an dieser Version mitgearbeitet haben!'],
      // A second-level heading opening the body is a section («## Open Data», «## 简介» on dev).
      ['a section heading', 'Announcing Vite 2.0', '## Ankündigung von Vite 2.0'],
      // The front matter's title is in the article's language: nothing to mend.
      ['a title in the same language', 'Vite 2.0 ist da', '# Ankündigung von Vite 2.0'],
      // The same words (the Portuguese site's title and heading): the front matter's title stays.
      ['the same words', 'Ankündigung von Vite 2.0!', '# Ankündigung von Vite 2.0'],
    ])("%s: the front matter's title stays, and the body keeps its opening", async (_kind, title, opening) => {
      const article = await translation(title, opening);
      expect(article.title).toBe(title);
      expect(article.body.startsWith(opening.replace(/^#+ /, ''))).toBe(true);
    });

    test("a title in the article's own script with a name in Latin letters is not another language", async () => {
      const article = await parseArticle(
        '---\ntitle: 逐步淘汰 Create React App\n---\n\n# 弃用 Create React App\n\n今天，我们将弃用 Create React App，建议新应用迁移到框架。',
        'markdown',
        { url: 'https://example.org/a', lang: 'zh-CN' },
      );
      expect(article.title).toBe('逐步淘汰 Create React App');
    });
  });

  test('without a title or a heading (a note, a cheat sheet), its opening sentence is the title; the lede stays', async () => {
    const article = await parseArticle(
      '---\ncontributors:\n    - ["A. Author", "https://example.org/a"]\n---\n\n[Vim](https://www.vim.org)\n(Vi IMproved) is a clone of vi. It is everywhere.\n\n## Basics\n\nMore.',
      'markdown',
      { url: 'https://example.org/vim', lang: 'en' },
    );
    expect(article.title).toBe('Vim (Vi IMproved) is a clone of vi');
    expect(article.body).toBe('Vim (Vi IMproved) is a clone of vi. It is everywhere.\n\nBasics\n\nMore.');
    // The lede is not the author's summary: a Markdown page's summary is its front matter's.
    expect(article.summary).toBeUndefined();
  });

  test('without a title, a short opening line that reads as a title is the title', async () => {
    const article = await parseArticle('---\ndate: 2026-01-02\n---\nRelease day\n\nVersion 2 is out.', 'markdown', {
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article).toMatchObject({ title: 'Release day', body: 'Version 2 is out.' });
  });

  test('Ziggy front matter (`.key = value,` between ---) as Zine writes it', async () => {
    const article = await parseArticle(
      [
        '---',
        '.title = "Migrating from GitHub to Codeberg",',
        '.date = "2025-11-26T00:00:00.000Z",',
        '.author = "Andrew Kelley",',
        '.layout = "news-page.shtml",',
        '.custom = {',
        '  "mobile_menu_title": "Migrating from GitHub to Codeberg",',
        '}',
        '---',
        '',
        'Text.',
      ].join('\n'),
      'markdown',
      { url: 'https://example.org/a', lang: 'en' },
    );
    expect(article).toMatchObject({
      title: 'Migrating from GitHub to Codeberg',
      date: '2025-11-26T00:00:00.000Z',
      body: 'Text.',
    });
  });

  test('TOML front matter (+++) as in Hugo and Zola', async () => {
    const article = await parseArticle('+++\ntitle = "Toml"\nlang = "en"\n+++\n\nText.', 'markdown', {
      url: 'https://example.org/a',
    });
    expect(article).toMatchObject({ title: 'Toml', lang: 'en', body: 'Text.' });
  });

  test('TOML front matter between --- lines, as Gleam’s site writes it (its first field reads `key = value`)', async () => {
    const article = await parseArticle(
      '---\n# news post\ntitle = "Welcome Lambda!"\ndescription = "A new sponsor"\npublished = 2024-08-26\n\n[author]\nname = "L"\n---\n\nText.',
      'markdown',
      { url: 'https://example.org/a' },
    );
    expect(article).toMatchObject({ title: 'Welcome Lambda!', summary: 'A new sponsor', body: 'Text.' });
  });

  test.each([
    ['a date', 'date = 2023-08-22', '2023-08-22T00:00:00.000Z'],
    ['a local date and time', 'date = 2023-08-22T10:00:00', '2023-08-22T10:00:00.000Z'],
    ['a date and time with its offset', 'date = 2023-08-22T10:00:00+02:00', '2023-08-22T08:00:00.000Z'],
  ])('TOML %s, unquoted, is read (as UTC when it has no offset)', async (_, line, date) => {
    const article = await parseArticle(`+++\ntitle = "Toml"\nlang = "en"\n${line}\n+++\n\nText.`, 'markdown', {
      url: 'https://example.org/a',
    });
    expect(article.date).toBe(date);
  });

  describe('JSON front matter (Hugo): an opening JSON object, its closing } on its own line, then the body', () => {
    const options = { url: 'https://example.org/a' };

    test('gives the fields YAML and TOML front matter give, under the same names', async () => {
      const article = await parseArticle(
        '{\n  "title": "Unser Jahresbericht",\n  "description": "Ein Jahr im Verein.",\n  "date": "2021-05-30T13:16:30+02:00",\n  "tags": ["verein", "bericht"],\n  "lang": "de",\n  "authors": ["a", "b"]\n}\n\nDer Text.\n',
        'markdown',
        options,
      );
      expect(article).toMatchObject({
        title: 'Unser Jahresbericht',
        summary: 'Ein Jahr im Verein.',
        date: '2021-05-30T11:16:30.000Z',
        tags: ['verein', 'bericht'],
        lang: 'de',
        body: 'Der Text.',
      });
    });

    test('a key given twice keeps its last value, as Hugo and JSON.parse read it', async () => {
      const article = await parseArticle(
        '{\n  "title": "First",\n  "lang": "pt",\n  "title": "Second"\n}\n\nTexto.',
        'markdown',
        options,
      );
      expect(article.title).toBe('Second');
    });

    test('braces inside its strings and nested objects do not end it; nor do later lines of the body', async () => {
      const article = await parseArticle(
        '{\n  "title": "Sets {a, b} }",\n  "lang": "en",\n  "params": {\n    "x": 1\n}\n}\nFirst line.\n\n{\n  "kept": "as text"\n}\n',
        'markdown',
        options,
      );
      expect(article).toMatchObject({ title: 'Sets {a, b} }', body: 'First line.\n\n{ "kept": "as text" }' });
    });

    test.each([
      [
        'a missing comma',
        '{\n  "title": "Broken"\n  "lang": "en"\n}',
        'line 3, column 3',
        "Expected ',' or '}' after property value",
      ],
      [
        'a comma after the last field',
        '{\n  "title": "Broken",\n}',
        'line 3, column 1',
        'Expected double-quoted property name',
      ],
      ['an unquoted value', '{\n  "title": "Broken",\n  "draft": yes\n}', 'line 3, column 12', "Unexpected token 'y'"],
    ])(
      'an invalid one (%s) is refused, naming its line and column and how to fix it',
      async (_, json, place, reason) => {
        const error = await rejection(
          IntakeError,
          parseArticle(`${json}\n\nText.`, 'markdown', { ...options, source: 'x.md' }),
        );
        expect(error.message).toBe(
          `x.md: invalid JSON front matter at ${place}: ${reason}. Fix the front matter (JSON: "key": "value" pairs separated by commas, no comma after the last, keys and strings in double quotes, the closing } on its own line)`,
        );
      },
    );

    test.each([
      ['a Hugo shortcode', '{{< figure src="a.png" >}}'],
      ['a Liquid tag', '{% include note.html %}'],
      ['a kramdown attribute list', '{: .note}'],
      ['an object with more text on its closing line', '{ "a": 1 } is an object.'],
    ])(
      'a file that opens on braces but not on a JSON object and a line break is text, not an error: %s',
      async (_, opening) => {
        const article = await parseArticle(`${opening}\n\nA note.\n\nThe text.`, 'markdown', {
          ...options,
          lang: 'en',
        });
        expect(article.body).toMatch(/The text\.$/);
      },
    );
  });

  test('blank lines above the front matter are skipped, as Hugo skips them', async () => {
    const article = await parseArticle('\n \n---\ntitle: "OpenTR Başlangıç"\nlang: tr\n---\n\nMetin.', 'markdown', {
      url: 'https://example.org/a',
    });
    expect(article).toMatchObject({ title: 'OpenTR Başlangıç', lang: 'tr', body: 'Metin.' });
  });

  test('a key written twice: the last one wins, as Jekyll and Hugo read it', async () => {
    const article = await parseArticle(
      '---\ntitle: First\ntype: post\nlang: en\ntype: posts\ntitle: Second\n---\nText.',
      'markdown',
      { url: 'https://example.org/a' },
    );
    expect(article).toMatchObject({ title: 'Second', lang: 'en', body: 'Text.' });
  });

  test('--lang wins over the front matter', async () => {
    const article = await parseArticle('---\ntitle: T\nlang: en\n---\nText.', 'markdown', {
      url: 'https://example.org/a',
      lang: 'pt_br',
    });
    expect(article.lang).toBe('pt-BR');
  });
});

describe('JSON', () => {
  test('the same fields as front matter; tags de-duplicated; French elisions restored in French', async () => {
    const article = await loadArticle(`${FIXTURES}sample.json`, { fetch: FETCH });
    expect(article).toMatchObject({
      title: 'Un article en JSON',
      url: 'https://example.org/json-article',
      lang: 'fr',
      summary: 'Le résumé.',
      tags: ['Données', 'Ouvert'],
      image: { url: 'https://example.org/image.png', alt: 'Une image' },
      publishAt: '2026-12-01T08:30:00.000Z',
      body: 'Premier paragraphe.\n\nDeuxième paragraphe, où l’on parle d’elle.',
    });
  });

  test('a Markdown or HTML body is turned into text', async () => {
    const md = await parseArticle(
      JSON.stringify({ title: 'T', url: 'https://example.org/a', lang: 'en', markdown: '# H\n\n**Bold** text' }),
      'json',
      {},
    );
    expect(md.body).toBe('H\n\nBold text');
    const html = await parseArticle(
      JSON.stringify({
        title: 'T',
        url: 'https://example.org/a',
        lang: 'en',
        content_html: '<p>One</p><p>Two <b>2</b></p>',
      }),
      'json',
      {},
    );
    expect(html.body).toBe('One\n\nTwo 2');
  });
});

describe('the body: plain text whose list items keep their markers', () => {
  const MARKDOWN = [
    '---',
    'title: Upgrading',
    'lang: en',
    'url: https://example.org/upgrading',
    '---',
    '',
    'What changed:',
    '',
    '* **Faster** builds',
    '* Smaller [bundles](https://example.org/b)',
    '',
    '1. Update the package',
    '2. Run the tests',
  ].join('\n');

  test('a bullet item opens on «- », a numbered one on its number; no other markup is left', async () => {
    const article = await parseArticle(MARKDOWN, 'markdown', {});
    expect(article.body).toBe(
      'What changed:\n\n- Faster builds\n\n- Smaller bundles\n\n1. Update the package\n\n2. Run the tests',
    );
  });

  test.each([
    ['a plain text', 'text', 'Upgrading\n\nWhat changed:\n- Faster builds\n- Smaller\n  bundles\n\n1. Update\n2. Test'],
    [
      'a JSON body',
      'json',
      JSON.stringify({
        title: 'Upgrading',
        body: 'What changed:\n- Faster builds\n- Smaller\n  bundles\n\n1. Update\n2. Test',
      }),
    ],
  ] as const)(
    '%s writing a list one item a line gives one block per item, a wrapped item whole',
    async (_, kind, text) => {
      const article = await parseArticle(text, kind, { url: 'https://example.org/a', lang: 'en' });
      expect(article.body).toBe('What changed:\n\n- Faster builds\n\n- Smaller bundles\n\n1. Update\n\n2. Test');
    },
  );

  test('a single line opening on «- » inside prose is a dash, not a list', async () => {
    const article = await parseArticle('Title\n\nThe clock started ticking\n- and here we are.', 'text', {
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article.body).toBe('The clock started ticking - and here we are.');
  });

  test('the article carries its body’s links, cleaned like its text; none where the body has none', async () => {
    const article = await parseArticle(
      '---\ntitle: T\nlang: en\nurl: https://example.org/a\n---\nRead [Conway’s law  on Wikipedia](https://en.wikipedia.org/wiki/Conway%27s_law) and [the notes](notes.md).',
      'markdown',
      {},
    );
    expect(article.links).toEqual([
      { text: 'Conway’s law on Wikipedia', href: 'https://en.wikipedia.org/wiki/Conway%27s_law' },
      { text: 'the notes', href: 'notes.md' },
    ]);
    const plain = await parseArticle('---\ntitle: T\nlang: en\nurl: https://example.org/a\n---\nText.', 'markdown', {});
    expect(plain.links).toBeUndefined();
  });

  test('an article a preview printed reads back through the JSON intake as the same article', async () => {
    const article = await parseArticle(MARKDOWN, 'markdown', {});
    expect(await parseArticle(JSON.stringify(article), 'json', {})).toEqual(article);
  });
});

describe('plain text', () => {
  test('header lines give title, URL, language and tags; a "Source:" line is the source', async () => {
    const article = await loadArticle(`${FIXTURES}note.txt`, { fetch: FETCH });
    expect(article).toMatchObject({
      title: 'A plain note',
      url: 'https://example.org/note',
      lang: 'en',
      tags: ['notes', 'plain'],
      source: 'https://news.example.com/original',
      body: 'First paragraph continues here.\n\nSecond paragraph.',
    });
  });

  test.each([
    ['a short first line is the title', 'My title\n\nThe body text.', 'My title', 'The body text.'],
    [
      'a first line that is a whole paragraph gives its first sentence, without emoji or hashtags',
      '🚀 Big news today. More details follow here. #launch\n\nBody.',
      'Big news today',
      '🚀 Big news today. More details follow here. #launch\n\nBody.',
    ],
  ])('%s', async (_name, text, title, body) => {
    const article = await parseArticle(text, 'text', { url: 'https://example.org/a', lang: 'en' });
    expect(article.title).toBe(title);
    expect(article.body).toBe(body);
  });

  test('a hard-wrapped opening paragraph gives its first sentence, not its first line', async () => {
    const article = await parseArticle('Ever since\ngit init, Zig was on GitHub. Not now.', 'text', {
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article.title).toBe('Ever since git init, Zig was on GitHub');
  });

  test.each([
    ['Article en référence: https://a.example/x'],
    ['Source : https://a.example/x'],
    ['Via: https://a.example/x'],
    ['Original: https://a.example/x'],
    ['Quelle: https://a.example/x'],
    ['Fuente: https://a.example/x'],
  ])('«%s» is the source, not the canonical URL', async (line) => {
    const article = await parseArticle(`Title line\n\nText.\n\n${line}`, 'text', {
      url: 'https://example.org/a',
      lang: 'en',
    });
    expect(article.source).toBe('https://a.example/x');
    expect(article.url).toBe('https://example.org/a');
    expect(article.body).toBe('Text.');
  });

  test('a "URL:" line is the canonical URL', async () => {
    const article = await parseArticle('Title\n\nText.\n\nCanonical: https://example.org/c', 'text', { lang: 'en' });
    expect(article.url).toBe('https://example.org/c');
  });

  test.each([
    ['Redirection en cours...\n\nSi vous n’êtes pas redirigé automatiquement, 👉 cliquez ici 👈'],
    ['Redirecting…\n\nIf you are not redirected automatically, click here'],
  ])('a trailing redirect notice is dropped', async (notice) => {
    const article = await parseArticle(`Title\n\nText.\n\n${notice}`, 'text', {
      url: 'https://example.org/a',
      lang: 'fr',
    });
    expect(article.body).toBe('Text.');
  });
});

describe('language', () => {
  test.each([
    ['fr', 'La coopération internationale en intelligence artificielle progresse lentement mais sûrement.'],
    ['en', 'International cooperation on artificial intelligence is progressing slowly but surely.'],
    ['de', 'Die internationale Zusammenarbeit bei künstlicher Intelligenz kommt langsam voran.'],
    ['ja', '人工知能に関する国際協力は、ゆっくりと、しかし着実に進んでいます。'],
    ['zh-CN', '人工智能领域的国际合作正在缓慢但稳步地推进，这个问题很重要。'],
    ['ko', '인공지능 분야의 국제 협력은 천천히 그러나 꾸준히 진행되고 있습니다.'],
  ])('detected when the source does not say: %s', async (lang, text) => {
    const article = await parseArticle(`Title\n\n${text}`, 'text', { url: 'https://example.org/a' });
    expect(article.lang).toBe(lang);
  });

  test.each([
    ['zh_cn', 'zh-CN'],
    ['pt-br', 'pt-BR'],
    ['EN', 'en'],
    ['fr_FR', 'fr-FR'],
  ])('metadata %s is normalized to %s', async (given, expected) => {
    const article = await parseArticle(`---\ntitle: T\nlang: ${given}\n---\nText.`, 'markdown', {
      url: 'https://example.org/a',
    });
    expect(article.lang).toBe(expected);
  });
});

describe('language detection reads the script a text is written in, not only its opening', () => {
  test('a Korean body under an English table of contents is Korean (dev10: The Art of Command Line)', async () => {
    const { detectLanguage } = await import('../../../src/article/language.js');
    const toc = ['Meta', 'Basics', 'Everyday use', 'Processing files and data', 'System debugging', 'One-liners']
      .map((h) => `- [${h}](#${h.toLowerCase().replace(/ /g, '-')})`)
      .join('\n');
    const korean = '커맨드 라인을 능숙하게 다루는 기술은 종종 도외시되거나 신비스럽게 여겨집니다. '.repeat(40);
    const english = 'The command line is a powerful tool for every engineer who works with files. '.repeat(30);
    expect(await detectLanguage(`# The Art of Command Line\n\n${toc}\n\n${english}\n\n${korean}`)).toBe('ko');
    // A few Hangul words in an English text leave it English.
    expect(await detectLanguage(`${english}\n\n한국어 ∙ 日本語`)).toBe('en');
  });
});
