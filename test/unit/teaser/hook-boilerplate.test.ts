import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { standingPlea } from '../../../src/teaser/asides.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { tellsHabit } from '../../../src/teaser/newsworthy.js';

// What every issue of a publication says, whatever its news, is never the hook (docs/teasers.md, "Composing the
// hook", "boilerplate"): a translator's credit, a recurring section's standing plea or description.

function article(lang: string, title: string, blocks: string[]): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body: blocks.join('\n\n'), tags: [] };
}
const draft = (a: Article) => draftTeaser(a, { maxHashtags: 3, maxEmoji: 2 });

describe('a translator’s or an editor’s credit is the credits, never the hook', () => {
  test.each([
    ['ru', 'Новинки Widgetr 4.2', 'Переводы предоставлены Jane Roe.', 'Widgetr 4.2 добавляет панель записи запросов.'],
    ['ru', 'Новинки Widgetr 4.2', 'Редактор — John Doe.', 'Widgetr 4.2 добавляет панель записи запросов.'],
    ['en', 'What’s new in Widgetr 4.2', 'Translated by Jane Roe.', 'Widgetr 4.2 adds a panel that records requests.'],
    ['es', 'Novedades de Widgetr 4.2', 'Traducción de Jane Roe.', 'Widgetr 4.2 añade un panel que graba peticiones.'],
    ['de', 'Neu in Widgetr 4.2', 'Übersetzt von Jane Roe.', 'Widgetr 4.2 bringt ein Panel, das Anfragen aufzeichnet.'],
    ['pt', 'Novidades do Widgetr 4.2', 'Tradução por Jane Roe.', 'O Widgetr 4.2 adiciona um painel que grava pedidos.'],
    ['ja', 'Widgetr 4.2 の新機能', '翻訳：Jane Roe', 'Widgetr 4.2 はリクエストを記録するパネルを追加しました。'],
    ['zh', 'Widgetr 4.2 新功能', '译者：Jane Roe', 'Widgetr 4.2 新增了记录请求的面板。'],
    ['ko', 'Widgetr 4.2의 새로운 기능', '번역: Jane Roe', 'Widgetr 4.2는 요청을 기록하는 패널을 추가했습니다.'],
  ])('(%s) «%s»: «%s» gives way', (lang, title, credit, news) => {
    const d = draft(article(lang, title, [credit, news]));
    expect(d.sentences.join(' ')).not.toContain(credit.replace(/[.。]$/u, ''));
  });

  test('a translation as a subject names no translator and stays news', () => {
    const news = 'Translation now runs on the device, without a server.';
    const d = draft(article('en', 'Widgetr 4.2', [news]));
    expect(d.sentences).toContain(news);
  });
});

describe('a standing plea to upgrade, help test or sponsor, naming no version, is housekeeping', () => {
  test.each([
    ['en', 'Please consider upgrading to new releases or helping to test release candidates.'],
    ['en', 'If you enjoy Widgetr, consider sponsoring the project.'],
    ['de', 'Bitte erwägen Sie, auf neue Versionen zu aktualisieren oder beim Testen von Release-Kandidaten zu helfen.'],
    ['fr', 'Pensez à mettre à jour vers les nouvelles versions ou à tester les versions candidates.'],
    ['es', 'Por favor, considere actualizar a las nuevas versiones o ayudar a probar los candidatos.'],
    ['pt', 'Considere atualizar para as novas versões ou ajudar a testar os candidatos.'],
    ['cs', 'Zvažte prosím aktualizaci na nové verze nebo pomoc s testováním kandidátů.'],
    ['ru', 'Пожалуйста, рассмотрите возможность обновления до новых версий.'],
    ['hi', 'कृपया नई रिलीज़ में अपग्रेड करने या रिलीज़ उम्मीदवारों के परीक्षण में मदद करने पर विचार करे।'],
    ['ja', '新しいリリースへのアップグレードやリリース候補のテストをご検討ください。'],
    ['zh', '请考虑升级到新版本或帮助测试候选版本。'],
    ['ko', '새 릴리스로 업그레이드하거나 테스트를 도와주시는 것을 고려해 주세요.'],
  ])('%s: «%s»', (lang, sentence) => {
    expect(standingPlea(sentence, lang)).toBe(true);
  });

  test.each([
    // An advisory's call to act names the version to take.
    ['en', 'Please consider upgrading to Widgetr 2.4.1 immediately.'],
    ['de', 'Bitte erwägen Sie, sofort auf Version 2.4.1 zu aktualisieren.'],
    // Considering is not pleading.
    ['en', 'The team considered several designs before settling on this one.'],
  ])('not %s: «%s»', (lang, sentence) => {
    expect(standingPlea(sentence, lang)).toBe(false);
  });
});

describe('a section that opens by restating its heading describes the section, not its entries', () => {
  test('under a recurring heading, the entries are the news, not the section’s description', () => {
    const description = 'New releases and release candidates for popular Widget infrastructure projects.';
    const d = draft(
      article('en', 'Widget Weekly #367', [
        'This week’s issue has our usual sections.',
        '## News',
        'No significant news was found this week.',
        '## Releases and release candidates',
        description,
        '- Widgetr 0.19.3-rc1 is a release candidate that cuts the disk space a node needs by half.',
      ]),
    );
    expect(d.sentences).not.toContain(description);
  });
});

describe('a bare welcome greeting is housekeeping; a welcome that says what the page is stays', () => {
  test.each([
    ['pt', 'Seja bem vindo ao projeto Widgetr.', 'O Widgetr 2.0 mostra a saída de cada comando como uma tabela.'],
    [
      'fr',
      'Bienvenue sur le site de Widgetr !',
      'Widgetr 2.0 affiche la sortie de chaque commande sous forme de tableau.',
    ],
    ['de', 'Willkommen bei Widgetr!', 'Widgetr 2.0 zeigt die Ausgabe jedes Befehls als Tabelle.'],
    ['es', 'Bienvenido a Widgetr.', 'Widgetr 2.0 muestra la salida de cada comando como una tabla.'],
    ['ru', 'Добро пожаловать в Widgetr!', 'Widgetr 2.0 показывает вывод каждой команды в виде таблицы.'],
    ['ja', 'Widgetr へようこそ。', 'Widgetr 2.0 はすべてのコマンドの出力を表として表示します。'],
  ])('(%s) «%s» gives way to what the page says', (lang, greeting, news) => {
    const d = draft(article(lang, 'Widgetr', [greeting, news]));
    expect(d.sentences).not.toContain(greeting);
    expect(d.sentences).toContain(news);
  });

  test('a welcome that goes on to say what the page is stays', () => {
    const welcome = 'Bienvenue sur Le livre de Widgetr, un livre d’initiation à Widgetr.';
    const d = draft(article('fr', 'Introduction', [welcome]));
    expect(d.sentences).toContain(welcome);
  });
});

describe('a habit of people («we usually», «every year», «as always») is background, not the edition’s news', () => {
  test.each([
    'We usually meet a day before the conference at the company’s office in Wrocław.',
    'As always, the summit took place in Berlin.',
    'Comme chaque année, la rencontre a eu lieu à Lyon.',
    'Wie jedes Jahr trafen wir uns in Berlin.',
    'Como siempre, la cumbre se celebró en Madrid.',
    'Como todos os anos, o encontro foi em Lisboa.',
    'Di solito ci incontriamo a Milano.',
    'Как всегда, встреча прошла в Москве.',
    '毎年、サミットは東京で開催されます。',
    '每年我们都会在北京见面。',
  ])('«%s»', (sentence) => {
    expect(tellsHabit(sentence)).toBe(true);
  });

  test.each([
    'Builds usually take ten minutes; Widgetr 2.0 cuts that to one.',
    'In 2024 we hosted the summit for two consecutive days.',
  ])('not «%s»', (sentence) => {
    expect(tellsHabit(sentence)).toBe(false);
  });
});

describe('«Here’s what you need to know:» opens the list of what is new, like a «What’s new» heading', () => {
  test.each([
    ['en', 'Here’s what you need to know:', 'The Widget API lets pages handle close requests the same way.'],
    [
      'es',
      'Esto es lo que necesitas saber:',
      'La API Widget permite manejar solicitudes de cierre de forma consistente.',
    ],
    ['fr', 'Voici ce qu’il faut savoir :', 'L’API Widget gère les demandes de fermeture de façon cohérente.'],
  ])('(%s) «%s» over «%s»', (lang, leadIn, entry) => {
    const generic = 'An important part of every dialog is how the reader closes it, and that should be consistent.';
    const d = draft(article(lang, 'Widgetr 120', [leadIn, `- ${entry}`, '- And more.', '## Widget API', generic]));
    expect(d.sentences).toContain(entry);
  });
});

describe('«the following announcements:» opens a list of the news, like a «What’s new» heading (dev11: React Compiler)', () => {
  test.each([
    [
      'en',
      'The Widget team is excited to share the following announcements:',
      'We have released the beta of Widget, so that early adopters and library maintainers can try it.',
    ],
    [
      'fr',
      'L’équipe Widget est heureuse de partager avec vous les annonces suivantes :',
      'Nous avons publié aujourd’hui la version beta de Widget, afin que les pionniers puissent l’essayer.',
    ],
  ])('(%s) «%s» over «%s»', (lang, leadIn, entry) => {
    const d = draft(
      article(lang, 'Widget: beta', [
        leadIn,
        `1. ${entry}`,
        '2. Widget runs on older apps.',
        'Widget is a build tool that optimises your app with automatic memoization.',
      ]),
    );
    expect(d.sentences).toContain(entry);
  });
});
