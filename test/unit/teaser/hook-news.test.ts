import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { withoutConnective } from '../../../src/teaser/leaning.js';
import { newsworthiness } from '../../../src/teaser/newsworthy.js';

/** docs/teasers.md, "Composing the hook": the sentence after the title is the news, not the background. */
function article(lang: string, title: string, blocks: string[]): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body: blocks.join('\n\n'), tags: [] };
}
const draft = (a: Article) => draftTeaser(a, { maxHashtags: 3, maxEmoji: 2 });
const none = new Set<string>();

describe('background, not news: a definition, a mission statement, a reflection, a claim that fits any article', () => {
  test.each([
    ['en', 'egui is a GUI library written in Rust.', true],
    ['en', 'The Tauri Board of Directors is the central decision-making body for the Tauri Programme.', true],
    ['en', 'As a CNCF project, Falco is committed to promoting a healthy community of contributors.', true],
    ['en', 'Reflecting on the improvements and changes in the developer ecosystem in 2023.', true],
    ['en', 'AI has really changed the game around software development.', true],
    ['fr', 'Widgetr est une bibliothèque pour dessiner des graphiques en R.', true],
    ['de', 'Widgetr ist eine Bibliothek zum Zeichnen von Diagrammen.', true],
    ['es', 'En la ciencia abierta, mantener un buen software se ha convertido en algo esencial.', true],
    ['pt', 'O Widgetr é um pacote para desenhar gráficos em R.', true],
    ['ru', 'Widgetr — это библиотека для построения графиков.', true],
    ['uk', 'Спостережуваність CI/CD має важливе значення для надійного випуску програм.', true],
    ['id', 'Widgetr adalah pustaka untuk menggambar grafik.', true],
    ['zh', '「Bitcoin Core」是一個開源軟體計劃，直接承接了原本的比特幣軟件設定。', true],
    // A definition by a quotation.
    ['zh', '比特幣是「點對點電子貨幣，無需經過任何金融機構，就可以在網上由一人直接付款給另一人」。', true],
    // A definition in another verb of meaning (dev2: the multilingual SEO webinar).
    ['en', 'Search engine optimization (SEO) involves optimizing websites to be indexed by search engines.', true],
    ['en', 'Observability refers to how well a system’s state can be inferred from its outputs.', true],
    ['fr', 'Le référencement désigne l’ensemble des techniques pour améliorer la visibilité d’un site.', true],
    ['es', 'La idempotencia se refiere a una operación que da siempre el mismo resultado.', true],
    ['ru', 'Наблюдаемость означает, насколько легко получить сведения о состоянии системы.', true],
    // What a project has always done is what it is, not what happened.
    ['en', 'Prometheus has always prioritized solving complex technical challenges.', true],
    ['fr', 'Le projet a toujours privilégié la stabilité de ses versions.', true],
    ['de', 'Das Projekt hat schon immer Wert auf stabile Versionen gelegt.', true],
    ['es', 'El proyecto siempre ha priorizado la estabilidad de sus versiones.', true],
    ['ru', 'Проект всегда был ориентирован на стабильность.', true],
    // Throat-clearing: the season, the team's mood, a wish.
    ['en', 'As 2025 comes to a close, it’s time to look back at another busy year for the Python Package Index.', true],
    ['tr', 'Ekibimiz ve sevgili katılımcılarımız için yoğun bir dönemdi.', true],
    ['de', 'Es war ein ereignisreiches Jahr für das Team.', true],
    ['es', 'El soporte para Python 3.8 llega a su fin en octubre.', false],
    ['fr', 'Ce fut une année chargée pour toute l’équipe.', true],
    ['ru', 'Это был насыщенный год для нашей команды.', true],
    ['en', 'We hope you enjoy using the new release!', true],
    ['tr', 'Umarız öğrencilerimiz bu yıl görevlerini tamamlamayı başarır.', true],
    ['en', 'The busy-wait loop in the scheduler is gone.', false],
    // The season, not any event coming to its end.
    ['en', 'The vote comes to a close on Friday with 9 votes cast.', false],
    ['en', 'You should always upgrade to the latest patch release.', false],
    ['en', 'The new release involves breaking changes to the API.', false],
    // The news: what is new, what happened, a thing that is the first or the newest of its kind.
    ['en', 'Go 1.25 is the first release to ship container-aware GOMAXPROCS.', false],
    ['en', 'It is a great day for the project.', false],
    ['en', 'The vote closed after just 4 days with 9 votes cast in favor of the changes.', false],
    ['fr', 'La version 2.0 ajoute la prise en charge des thèmes sombres.', false],
    ['de', 'Die Abstimmung endete nach vier Tagen mit neun Stimmen.', false],
    // A comparison with what came before: it held before the news too (dev4: webpack 5's Chinese release post).
    ['zh', '就像 webpack 4 一样，我们通过修复问题以及增加新特性来延续开发。', true],
    ['en', 'Like webpack 4, we continue development by fixing problems and adding features.', true],
    ['en', 'As with previous releases, we will keep fixing bugs over the coming weeks.', true],
    ['de', 'Wie schon bei webpack 4 entwickeln wir weiter, indem wir Fehler beheben.', true],
    ['fr', 'Comme pour la version 4, nous continuons à corriger des bogues.', true],
    ['es', 'Al igual que con webpack 4, seguiremos corrigiendo errores.', true],
    ['ru', 'Как и в webpack 4, мы продолжаем исправлять ошибки.', true],
    // Not a comparison: «like» as a verb, «as» of time, a comparison inside the sentence.
    ['en', 'Webpack 5 drops the automatic Node.js polyfills, like webpack 4 did for IE.', false],
    ['zh', 'webpack 5 移除了 Node.js 的自动 polyfill。', false],
  ])('(%s) «%s»: background %s', (lang, sentence, background) => {
    expect(newsworthiness(sentence, lang, lang === 'zh', none).background).toBe(background);
  });
});

describe('what says the news: words of change, a list of what a release adds, figures', () => {
  test.each([
    ['en', 'Go 1.25 adds container-aware GOMAXPROCS, testing/synctest package, experimental GC, and more.', 1],
    ['en', 'A self-replicating worm compromised 796 packages with 132 million monthly downloads.', 0.5],
    ['es', 'La Iniciativa otorgó $340.000 a la comunidad.', 0.5],
    ['fr', 'La version 2.0 ajoute la prise en charge des thèmes sombres.', 0.5],
    ['de', 'Die neue Version unterstützt dunkle Themen.', 0.5],
    ['ru', 'Версия 2.0 добавляет поддержку тёмных тем.', 0.5],
    ['ja', 'バージョン 2.0 で新機能が追加されました。', 0.5],
    // The release itself (dev9: «Випущено першу альфа-версію Helm v4.», the news, lost to a feature freeze's date).
    ['en', 'The first beta of Widget is out.', 0.5],
    ['uk', 'Випущено першу альфа-версію Widget.', 0.5],
    ['de', 'Die erste Beta von Widget ist erschienen.', 0.5],
    ['pt', 'Agora disponível em português!', 0.5],
    ['ja', 'Widget のプラグイン市場がリリースされました。', 0.5],
    // Versions and times are worth their number in hook.ts already; the title's numbers are no news. The versions
    // that fix a flaw are what to upgrade to (newsworthy.ts's FIXED_IN), worth a fresh word and an outcome.
    ['ja', 'バージョン 19.0.1、19.1.2、19.2.1 で修正が公開されました。', 1],
    ['en', 'Upgrade to 3.6, 3.7 or 3.8 at the earliest.', 0],
    // A measured figure: a share in every script's percent sign, a speed-up, a count of things done or found.
    ['en', 'Builds start 3× faster than before.', 0.5],
    ['en', 'The auditors found 10 issues in the scheduler.', 0.5],
    ['fr', 'Le temps de démarrage baisse de 70 % sur les gros projets.', 0.5],
    ['tr', 'Başlangıç süresi %40 kısaldı.', 0.5],
    ['ar', 'انخفض زمن البدء بنسبة 40٪ في المشاريع الكبيرة.', 0.5],
    // A count of findings, and what the audit found (OUTCOME).
    ['zh', '审计团队共识别出 10 个安全问题，并已全部修复。', 1],
    ['zh', 'GPU 利用率提升 40％，成本显著降低。', 0.5],
    ['ko', '개발 서버 시작 속도가 3배 빨라졌습니다.', 0.5],
    // A name's number, a code's or a platform's is no count.
    ['en', 'Python 3 remains the only supported line.', 0],
    ['es', 'Mejor resultado en plataformas x86-64 como en arm64.', 0],
    ['en', 'A mandatory proxy for translating between Widget requests and HTTP/2 responses.', 0],
  ])('(%s) «%s» adds %s', (lang, sentence, fresh) => {
    const titleNumbers = new Set(['3.6', '3.7', '3.8']);
    expect(newsworthiness(sentence, lang, lang === 'ja', titleNumbers).fresh).toBe(fresh);
  });
});

describe('the sentence after the title: the news before the background, in every language', () => {
  test.each([
    [
      'en',
      'Updating the city library’s governance',
      'As a public service, the city library is committed to promoting a healthy community of readers and volunteers.',
      'The vote closed after just 4 days with 9 votes cast in favor of the changes, well above the 66% required.',
    ],
    [
      'en',
      'Ecosystem 2023 Recap',
      'Reflecting on the improvements and changes in the Widget developer ecosystem in 2023.',
      'Widget Forge 7, the newest major version of the packaging tool, is now available.',
    ],
    [
      'fr',
      'Widgetr 2.0 est disponible',
      'Widgetr est une bibliothèque pour dessiner des graphiques dans le navigateur.',
      'Widgetr 2.0 ajoute les thèmes sombres, l’export SVG, les légendes interactives et plus encore.',
    ],
    [
      'de',
      'Widgetr 2.0 ist erschienen',
      'Widgetr ist eine Bibliothek zum Zeichnen von Diagrammen im Browser.',
      'Widgetr 2.0 bringt dunkle Themen, SVG-Export, interaktive Legenden und mehr.',
    ],
  ])('(%s) «%s»: the news follows the title, not the background', (lang, title, background, news) => {
    const d = draft(article(lang, title, [background, news]));
    expect(d.sentences.slice(1)).toEqual([news]);
  });

  test('a title that only clears its throat does not lead: the news does, and a wish does not follow it', () => {
    const d = draft(
      article('tr', 'Ekibimiz için yoğun bir dönemdi', [
        'Ekibimiz için yoğun bir dönemdi. Sizler için yeni bir uygulama ve harita verisi güncellemesi hazırladık.',
        'Umarız öğrencilerimiz bu yıl görevlerini tamamlamayı başarır.',
      ]),
    );
    expect(d.sentences).toEqual(['Sizler için yeni bir uygulama ve harita verisi güncellemesi hazırladık.']);
  });

  test('a title that says little keeps the background when nothing else is near: better than the title alone', () => {
    const d = draft(
      article('en', 'Announcing widgetr 0.1.0', [
        'widgetr is a plugin that lets you draw charts in native windows of your desktop applications.',
      ]),
    );
    expect(d.sentences).toEqual([
      'Announcing widgetr 0.1.0.',
      'widgetr is a plugin that lets you draw charts in native windows of your desktop applications.',
    ]);
  });
});

describe('an article in a language of another script keeps its sentences, however Latin its opening', () => {
  test('Korean: links, names and code in the opening do not make the Korean sentences «another script»', () => {
    const d = draft(
      article('ko', 'Widgetr 4.3이 출시되었습니다!', [
        '빠른 링크:',
        '- Docs: English, Español, Português, Deutsch, Français, Italiano, Nederlands, Polski, Svenska, Norsk',
        '- Widgetr 4.3 Changelog: https://github.com/example/widgetr/blob/main/packages/widgetr/CHANGELOG.md',
        '기여자의 블로그 포스트: How we made Widgetr 4.3 faster with smarter caching of package.json and tsconfig files.',
        '## 성능 향상',
        '이번 마이너 릴리스는 이전 버전과 비교하여 전반적인 속도 향상을 가져왔습니다.',
      ]),
    );
    expect(d.sentences).toContain('이번 마이너 릴리스는 이전 버전과 비교하여 전반적인 속도 향상을 가져왔습니다.');
  });
});

describe('under a thin title, background further in the page is not the news', () => {
  test('a paragraph that only says the title again does not push what it announces away from it', () => {
    const d = draft({
      ...article('en', 'Announcing tauri-egui 0.1.0', [
        'The Tauri team is pleased to announce the first release of tauri-egui.',
        'egui is a GUI library written in Rust.',
        'tauri-egui is a Tauri plugin that lets you create glutin windows and use egui through our integration.',
      ]),
      summary: 'The Tauri team is happy to announce the tauri-egui 0.1.0 release.',
      // «Our» is the site's own team: Tauri, on tauri.app.
      url: 'https://tauri.app/blog/tauri-egui-0-1/',
    });
    expect(d.sentences).toEqual([
      'Announcing tauri-egui 0.1.0.',
      'tauri-egui is a Tauri plugin that lets you create glutin windows and use egui through our integration.',
    ]);
  });

  test('a definition past the first paragraph, even of the title’s own term, gives way to what is not background', () => {
    const d = draft({
      ...article('zh', 'Bitcoin Core 聲明', [
        '比特幣是「點對點電子貨幣，無需經過任何金融機構，就可以在網上由一人直接付款給另一人」。',
        '「Bitcoin Core」是一個開源軟體計劃，直接承接了原本的比特幣軟件設定。作為計劃的貢獻者，我們為比特幣社群維護並發行軟件，讓用戶考慮使用。',
      ]),
      // «We» are the site's own people: Bitcoin Core, on bitcoincore.org.
      url: 'https://bitcoincore.org/zh_TW/2016/01/07/statement/',
    });
    expect(d.sentences.slice(1)).toEqual(['作為計劃的貢獻者，我們為比特幣社群維護並發行軟件，讓用戶考慮使用。']);
  });
});

describe('a glossary page: the definition of a thin title’s own term is what the page is about', () => {
  const longRu =
    'Компьютерные системы оцениваются путём наблюдения за сигналами, такими как время работы процессора, память и дисковое пространство, а также за бизнес-сигналами, включая время отклика API, ошибки и количество транзакций в секунду.';
  const longDe =
    'Computersysteme werden bewertet, indem man Signale wie Prozessorzeit, Speicher und Plattenplatz beobachtet, dazu geschäftliche Signale wie Antwortzeiten der API, Fehler und Transaktionen pro Sekunde und noch vieles mehr.';
  const long =
    'Computer systems are judged by watching low-level signals such as processor time, memory and disk space, and high-level business signals such as API response times, errors, transactions per second and more besides.';
  test.each([
    [
      'ru',
      'Наблюдаемость',
      'Наблюдаемость (observability) — это свойство системы, которое показывает, насколько легко получить сведения о её состоянии.',
    ],
    [
      'en',
      'Observability',
      'Observability is a property of a system that tells how easily its state can be inferred from what it emits.',
    ],
    [
      'de',
      'Beobachtbarkeit',
      'Beobachtbarkeit ist eine Eigenschaft eines Systems, die zeigt, wie leicht sich sein Zustand erkennen lässt.',
    ],
  ])('%s: «%s» leads with its definition, not a longer sentence of background', (lang, title, definition) => {
    const rest = lang === 'ru' ? longRu : lang === 'de' ? longDe : long;
    const d = draft(article(lang, title, [`${definition} ${rest}`]));
    expect(d.sentences[0]).toBe(definition);
  });

  test('a lead that would be cut on Bluesky gives way to one that fits the hook’s room', () => {
    const longLead =
      'Observability in 2025 means watching 40 low-level signals such as processor time, memory and disk space, and 25 high-level business signals such as API response times, errors, transactions per second, queue depth, cache hits and the length of every retry.';
    const d = draft(
      article('en', 'Observability', [longLead, 'Observability tools found the cause of 90% of outages in 2025.']),
    );
    expect(d.sentences[0]).toBe('Observability tools found the cause of 90% of outages in 2025.');
  });
});

describe('an advisory whose only description credits its reporter: the finding leads, not the title alone', () => {
  test('«X reported that CLAUSE» gives the clause', () => {
    const d = draft(
      article('en', 'Information disclosure through the timing API during page navigation', [
        'Security engineer Jane Doe reported that the URLs of resources loaded after a navigation started were leaked to the following page through the timing API.',
      ]),
    );
    expect(d.sentences).toEqual([
      'The URLs of resources loaded after a navigation started were leaked to the following page through the timing API.',
    ]);
  });
});

describe('a sentence refused only for its opening phrase follows the title without it', () => {
  test('«Recognizing this, …» gives the clause after the comma, beside the title', () => {
    const d = draft(
      article('en', 'Introducing the Widget Research Working Group', [
        'Widget has always been the tool engineers reach for to draw exact charts quickly in their browsers.',
        'Recognizing this, the Widget team established a working group focused on user research and design.',
      ]),
    );
    expect(d.sentences).toEqual([
      'Introducing the Widget Research Working Group.',
      'The Widget team established a working group focused on user research and design.',
    ]);
  });

  test('«However, …» gives the clause after the comma (dev9: Podman 4 on Fedora 35, the workaround)', () => {
    const d = draft(
      article('en', 'Widget 4 is not in Example OS 35', [
        'Example OS has well-founded policies that forbid updating a package in a release that has breaking changes.',
        'However, the Widget team has set up a package repository so that you can still install Widget 4 on Example OS 35.',
      ]),
    );
    expect(d.sentences).toContain(
      'The Widget team has set up a package repository so that you can still install Widget 4 on Example OS 35.',
    );
  });

  test.each([
    ['en', 'However, the team has set up a repository.', 'The team has set up a repository.'],
    ['ko', '그래서 오늘 Widget 5.0.0이 릴리스했습니다.', '오늘 Widget 5.0.0이 릴리스했습니다.'],
    ['ko', '따라서 Widget 5는 구조적 개선을 포함합니다.', 'Widget 5는 구조적 개선을 포함합니다.'],
    // What is left must still stand alone (hook.ts checks it again): «This is not the case.» points back.
    // «But» opens a clause that answers the sentence before: it is no mere link.
    ['en', 'However, this is not the case.', 'This is not the case.'],
    ['en', 'But the team has set up a repository.', 'But the team has set up a repository.'],
  ])('%s: «%s» → «%s»', (lang, sentence, expected) => {
    expect(withoutConnective(sentence, lang)).toBe(expected);
  });

  test('a clause left without its connective may lead (dev11: webpack 5’s Korean release post)', () => {
    const news =
      '오늘(2020-10-10) Widget 5.0.0이 릴리스했지만, 버그가 없거나 기능이 완전하다는 것을 의미하지는 않습니다.';
    const d = draft(
      article('ko', 'Widget 5 release (2020-10-10)', [
        'Widget 4는 2018년 2월에 릴리스했습니다.\n2018년 2월 이후로 큰 변화 없이 많은 기능을 릴리스했습니다.',
        '큰 변화가 필요한 시점이 새 주요 버전이 필요한 시점입니다.',
        `그래서 ${news}\n다음 날에는 아마도 많은 버그 수정이 있을 것입니다.`,
      ]),
    );
    expect(d.sentences[0]).toBe(news);
    expect(d.sentences).not.toContain('Widget 4는 2018년 2월에 릴리스했습니다.');
  });
});

describe('a title that tells of a death leads: no sentence about the person says it better', () => {
  test('«In Memoriam: X» stays, and the sentence on what X did follows it', () => {
    const d = draft(
      article('en', 'In Memoriam: Ada Quill', [
        "Ada Quill's books on numerical methods taught many of us how to do scientific computing with Python.",
      ]),
    );
    expect(d.sentences[0]).toBe('In Memoriam: Ada Quill.');
  });
});

describe('the facts that carry the news: a figure, a warning, a call to take part (issue 12, dev3 reading)', () => {
  test('a sentence with a measured figure follows the title before a vaguer one of the same paragraph', () => {
    const d = draft(
      article('zh', 'Widgetr 完成 2025 年度安全审计', [
        'Widgetr 很高兴地宣布，我们已完成了由基金会资助的安全审计工作。此次审计由外部团队负责执行。审计团队共识别出 10 个安全问题，维护者已在审计结束时完成了修复。',
      ]),
    );
    expect(d.sentences).toEqual([
      'Widgetr 完成 2025 年度安全审计。',
      '审计团队共识别出 10 个安全问题，维护者已在审计结束时完成了修复。',
    ]);
  });

  test('throat-clearing never follows the title, whatever number it names; a line of figures does', () => {
    const d = draft(
      article('en', 'Widgetr in 2025: A Year in Review', [
        "As 2025 comes to a close, it's time to look back at another busy year for the Widgetr project.",
        'But first, some numbers:',
        '* More than 3.9 million charts drawn\n* More than 130,000 projects created',
      ]),
    );
    expect(d.sentences).toEqual(['Widgetr in 2025: A Year in Review.', 'More than 3.9 million charts drawn.']);
  });

  test('a title that warns is said better only by a sentence that warns too', () => {
    const d = draft(
      article('ja', 'Widgetrを騙るアカウントにご注意ください', [
        'SNSなどで、「Widgetr公式」「Widgetrサポート」などを名乗るアカウントが確認されています。',
      ]),
    );
    expect(d.sentences).toEqual([
      'Widgetrを騙るアカウントにご注意ください。',
      'SNSなどで、「Widgetr公式」「Widgetrサポート」などを名乗るアカウントが確認されています。',
    ]);
  });

  test.each([
    [
      'ja',
      'Widgetr Advent Calendar 2025',
      '2025年もWidgetr Advent Calendarが企画されています。',
      '皆さん奮ってご参加ください！',
    ],
    [
      'en',
      'Widgetr Summit 2026',
      'The Widgetr Summit returns to Lyon on 12 May 2026.',
      'The call for proposals closes on 1 March.',
    ],
  ])('(%s) a call to take part follows the news rather than nothing', (lang, title, lede, call) => {
    const d = draft(article(lang, title, [lede, 'The programme will be published later.', call]));
    expect(d.sentences).toContain(call);
  });

  test.each([
    ['en', 'The discussion was restarted in March 2026 after two popular packages were compromised.'],
    ['fr', 'La discussion a repris en mars 2026 après la compromission de deux paquets populaires.'],
    ['de', 'Die Debatte begann im März 2026, nachdem zwei beliebte Pakete kompromittiert wurden.'],
  ])('(%s) a talk the post does not name never follows the news: «%s»', (lang, talk) => {
    const d = draft(
      article(lang, 'Widgetr 2.0', ['Widgetr 2.0 rejects uploads to releases older than 14 days.', talk]),
    );
    expect(d.sentences).not.toContain(talk);
  });

  test('a promise of more posts and a sponsor’s credit are not the news', () => {
    const stayTuned = 'Stay tuned for the future where uploads to closed releases get an API of their own.';
    const sponsor = "Jane Roe's work at the Widget Foundation is supported by Alpha-Omega.";
    const d = draft(
      article('en', 'Releases now reject new files after 14 days', [
        'The package index now rejects new files uploaded to releases that are older than 14 days.',
        `Users should not rely on this yet. ${stayTuned}`,
        sponsor,
      ]),
    );
    expect(d.sentences).not.toContain(stayTuned);
    expect(d.sentences).not.toContain(sponsor);
  });

  test('«이번 스프린트» («this sprint») leans on work the title does not name; «이번 릴리스» is the title’s release', () => {
    const d = draft(
      article('ko', 'Widgetr 4.3이 출시되었습니다!', [
        '이번 마이너 릴리스에서는 개발 서버 성능 향상에 집중했습니다.',
        '이번 스프린트는 이전 버전과 비교하여 전반적인 속도 향상을 가져왔습니다.',
      ]),
    );
    expect(d.sentences).toEqual([
      'Widgetr 4.3이 출시되었습니다!',
      '이번 마이너 릴리스에서는 개발 서버 성능 향상에 집중했습니다.',
    ]);
  });
});

describe('a sentence a platform would tag a word of is not posted', () => {
  test('«#app», a CSS selector, would become a hashtag: the sentence stays out of the hook', () => {
    const d = draft(
      article('id', 'Manipulasi DOM dengan TypeScript', [
        'Versi 5.0 dari TypeScript menambahkan 20.000 baris definisi baru ke elemen #app di halaman.',
      ]),
    );
    expect(d.sentences.join(' ')).not.toContain('#app');
  });
});

describe('a date is no news of its own (docs/teasers.md, "Composing the hook")', () => {
  test('the title again on a day («北京时间2025年11月4日，Widget 发布2.0版本。») gives way to what the release brings', () => {
    const post = draft(
      article('zh', 'Widget v2.0 版本发布！', [
        '北京时间2025年11月4日，Widget 发布2.0版本。新版本对 Beehive 框架以及 Device Model 做了优化升级，同时提升了边缘资源管理能力。',
      ]),
    );
    expect(post.sentences).toEqual([
      'Widget v2.0 版本发布！',
      '新版本对 Beehive 框架以及 Device Model 做了优化升级，同时提升了边缘资源管理能力。',
    ]);
  });
});
