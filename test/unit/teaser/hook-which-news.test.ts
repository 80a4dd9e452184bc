import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import {
  datesEarlierStage,
  datesEarlierVersion,
  namesFixedVersion,
  newsworthiness,
  statesRequirement,
  titleStage,
  titleVersions,
} from '../../../src/teaser/newsworthy.js';
import { paragraphSentences } from '../../../src/teaser/sentences.js';

/**
 * docs/teasers.md, "Composing the hook", «which sentence is the news»: blind readers of dev6 marked down posts whose
 * sentence was background, trivia or one entry of a list, or said the lead again in other words.
 */
function article(lang: string, title: string, blocks: string[], summary?: string): Article {
  return {
    id: 'test',
    url: 'https://widget.org/blog/a',
    lang,
    title,
    body: blocks.join('\n\n'),
    tags: [],
    ...(summary === undefined ? {} : { summary }),
  };
}
const draft = (a: Article) => draftTeaser(a, { maxHashtags: 3, maxEmoji: 2 });
const none = new Set<string>();

describe('history is background: an anniversary, how long ago it began', () => {
  test.each([
    ['en', 'In May 2022, we celebrated 10 years since Widget v0.5, the first public release of Widget, was announced.'],
    ['en', 'Ever since the first commit ten years ago, Widget has been hosted on one forge.'],
    ['en', 'Widget was founded in 2009 by a small group of students.'],
    ['fr', 'Il y a 10 ans, la première version de Widget voyait le jour.'],
    ['de', 'Vor 10 Jahren erschien die erste Version von Widget.'],
    ['es', 'Hace 10 años se publicó la primera versión de Widget.'],
    ['ru', '10 лет назад вышла первая версия Widget.'],
    ['ja', 'Widget は今年で10周年を迎えました。'],
    // What happened «last year», told in a release post (dev12: Vite 3.0's Spanish post, «hook out of context»).
    ['es', 'En febrero del año pasado, Evan You lanzó Widget 2.'],
    ['en', 'Last year we moved the whole build to a new bundler.'],
    ['de', 'Im letzten Jahr haben wir den Build umgestellt.'],
    // How long ago, and «last year», in Chinese, Japanese and Korean (dev15: «光陰矢の如し - Svelte 3
    // がリリースされたのはもう4年以上前です！» followed «Svelte 4 発表», «old news»).
    ['ja', '光陰矢の如し - Widget 3 がリリースされたのはもう4年以上前です！'],
    ['ja', '昨年、Widget のビルドを新しいバンドラーに移行しました。'],
    ['zh', '去年，我们把构建迁移到了新的打包工具。'],
    ['zh', '3 年前，Widget 发布了第一个版本。'],
    ['ko', '작년에 Widget 빌드를 새 번들러로 옮겼습니다.'],
    ['ko', 'Widget 3은 4년 전에 출시되었습니다.'],
  ])('%s: «%s»', (lang, sentence) => {
    const w = newsworthiness(sentence, lang, ['ja', 'zh'].includes(lang), none);
    expect(w.history).toBe(true);
    // Its years are an age, not a figure of news.
    expect(w.fresh).toBe(0);
  });

  test('what changed is not history', () => {
    expect(newsworthiness('Widget 2.0 adds a type checker and 3x faster builds.', 'en', false, none).history).toBe(
      false,
    );
  });

  const opening = (first: string) => [
    first,
    'The topic of this article is the type system that Widget will gain over the next releases, and why it matters.',
  ];

  test('it does not follow a title about something else', () => {
    const history =
      'In May 2022, we celebrated 10 years since Widget v0.5, the first public release of Widget, was announced.';
    const d = draft(article('en', 'My future with Widget: set-theoretic types', opening(history)));
    expect(d.sentences).not.toContain(history);
  });

  test('under a title that looks back, the years are the news', () => {
    const history = 'This past Monday we celebrated the 16th anniversary of the Widget open source release!';
    const d = draft(article('en', 'Widget’s Sweet 16', opening(history)));
    expect(d.sentences).toContain(history);
    const decade = 'In May 2022, we celebrated 10 years since Widget v0.5, the first public release, was announced.';
    expect(draft(article('en', 'Ten years of Widget', opening(decade))).sentences).toContain(decade);
  });
});

describe('an earlier version’s release is the new one’s history (dev11: webpack 5, led by «Webpack 4는 2018년…»)', () => {
  const v5 = titleVersions('Widget 5 release (2020-10-10)');

  test.each([
    ['Widget 4 was released in February 2018.', true],
    ['Widget 4는 2018년 2월에 릴리스했습니다.', true],
    ['Widget 4.2 came out in 2019 and added plugins.', true],
    // Without a year, an older line may be a release of the same day («Widget 4.9 is also out»).
    ['Widget 4.9 is also out, with the same fix.', false],
    // Beside the new one, the older version is a comparison, not history.
    ['Widget 5 builds twice as fast as Widget 4 did in 2018.', false],
    ['Widget 5 was first shown in 2019.', false],
    // Another product's version is not this one's history.
    ['Node.js 10 was released in 2018.', false],
  ])('«%s»: %s', (sentence, expected) => {
    expect(datesEarlierVersion(sentence, v5)).toBe(expected);
  });

  test('a title naming two versions of one product is about both', () => {
    expect(titleVersions('Migrating from Widget 4 to Widget 5')).toEqual([]);
    expect(titleVersions('Announcing Widget v1.22 Release')).toEqual([{ name: 'widget', version: [1, 22] }]);
    // A year is no version.
    expect(titleVersions('State of Widget 2024')).toEqual([]);
  });

  test('it does not follow the new version’s title', () => {
    const old = 'Widget 4 was released in February 2018.';
    const d = draft(
      article('en', 'Widget 5 is released', [
        `${old} Since then we shipped many features without breaking changes.`,
        'Widget 5 brings a persistent cache and module federation to every build.',
      ]),
    );
    expect(d.sentences).not.toContain(old);
  });
});

describe('an earlier stage is the title’s history (dev11: React Compiler’s beta, led by its experimental release)', () => {
  test.each([
    ['React Compiler : beta et feuille de route', 1],
    ['Widget 2.0 release candidate is out', 2],
    // A foundation's stages are a project's path, its graduation's story, not a release's (dev9: KubeEdge).
    ['KubeEdge晋级CNCF毕业项目!', -1],
    ['Widget 1.4 released', -1],
  ])('«%s» names stage %s', (title, stage) => {
    expect(titleStage(title)).toBe(stage);
  });

  const beta = titleStage('Widget: beta and roadmap');
  test.each([
    ['At Widget Conf 2024, we announced the experimental release of Widget.', beta, true],
    [
      'Lors de la Widget Conf 2024, nous avons annoncé la sortie expérimentale de Widget, un outil de niveau build.',
      beta,
      true,
    ],
    ['Widget alpha 1 came out in March 2024.', beta, true],
    // The title’s own stage is the news, however dated.
    ['In 2024 Widget moved from beta to stable.', titleStage('Widget 2 stable'), false],
    ['Today, in October 2024, we released the beta of Widget.', beta, false],
    // Without a year an earlier stage may be today’s too («the experimental flag stays»).
    ['The experimental flag stays for the plugin API.', beta, false],
    // A title with no stage has no earlier one.
    [
      'At Widget Conf 2024, we announced the experimental release of Widget.',
      titleStage('Widget Conf 2024 recap'),
      false,
    ],
  ])('«%s» under stage %s: %s', (sentence, stage, expected) => {
    expect(datesEarlierStage(sentence, stage)).toBe(expected);
  });

  test('it does not follow the title that names the later stage', () => {
    const old = 'At Widget Conf 2024, we announced the experimental release of Widget, a build tool.';
    const d = draft(
      article(
        'en',
        'Widget: beta and roadmap',
        ['Since that first release we fixed many bugs and hardened the compiler against many patterns.'],
        `${old} In this post we share what comes next.`,
      ),
    );
    expect(d.sentences).not.toContain(old);
  });
});

describe('a standing description is background beside an event’s result (dev: Go’s cryptography audit)', () => {
  test.each([
    ['Widget ships with a full suite of cryptography packages in the standard library.', true],
    ['Widget Core comes with a test runner and a formatter.', true],
    // A version, a word of change: what the release brings.
    ['Widget 3.0 ships with a new compiler.', false],
    ['Widget now ships with a test runner.', false],
    ['The release ships with a new compiler.', false],
  ])('«%s»: %s', (sentence, expected) => {
    expect(newsworthiness(sentence, 'en', false, none).background).toBe(expected);
  });

  test('what an audit found is news, though it has no number', () => {
    const result = 'The audit produced a single low-severity finding in a legacy integration.';
    expect(newsworthiness(result, 'en', false, none).fresh).toBeGreaterThan(
      newsworthiness('The team produced a single report on a legacy integration.', 'en', false, none).fresh,
    );
  });

  test.each([
    ['fr', "L'audit a révélé six problèmes, dont un critique."],
    ['de', 'Das Audit ergab sechs Befunde, davon einer mit hohem Risiko.'],
    ['es', 'La auditoría encontró seis problemas en el planificador.'],
    ['pt', 'A auditoria identificou seis problemas no agendador.'],
    ['it', "L'audit ha individuato sei problemi nello scheduler."],
    ['nl', 'De audit vond zes problemen in de planner.'],
    ['pl', 'Audyt wykazał sześć problemów w harmonogramie.'],
    ['ru', 'Аудит выявил шесть проблем в планировщике.'],
    ['uk', 'Аудит виявив шість проблем у планувальнику.'],
    ['tr', 'Denetim altı sorun tespit etti.'],
    ['zh', '审计团队共识别出六个安全问题。'],
    ['ja', '監査では六件の問題が見つかりました。'],
    ['ko', '감사에서 여섯 건의 문제가 발견되었습니다.'],
  ])('%s: what an audit found is news in every language: «%s»', (lang, sentence) => {
    const unspaced = ['zh', 'ja', 'ko'].includes(lang);
    expect(newsworthiness(sentence, lang, unspaced, none).fresh).toBeGreaterThan(0);
  });

  test('the audit’s result follows the summary, not what the product ships with', () => {
    const result =
      'The audit produced a single low-severity finding, in the legacy and unsupported Widget+Crypto integration, and a handful of informational findings.';
    const d = draft(
      article(
        'en',
        'Widget Cryptography Security Audit',
        [
          `Widget ships with a full suite of cryptography packages in the standard library to help developers build secure applications. Example Corp recently completed an audit of the core set of packages that are also validated as part of the new native FIPS 140-3 module of the Widget toolchain. ${result}`,
        ],
        'Widget’s cryptography libraries underwent an audit by Example Corp.',
      ),
    );
    expect(d.sentences).toContain(result);
    expect(d.sentences.join(' ')).not.toContain('ships with');
  });
});

describe('a release’s requirement line is not its headline (dev9: Knative v1.22)', () => {
  test.each([
    ['Minimal supported version of Kubernetes is now 1.34.', true],
    ['This release requires Python 3.10 or later.', true],
    ['Widget 2.0 drops support for Node.js 16.', true],
    ['Widget 2.0 adds support for Node.js 22.', false],
    ['Follow the instructions to install the components you require.', false],
  ])('«%s»: %s', (sentence, expected) => {
    expect(statesRequirement(sentence)).toBe(expected);
  });

  test('the first line under «Highlights» that says what the release brings follows the title', () => {
    const feature =
      'A significant release adding multi-cluster deployment support and gateway ingress, alongside several Helm fixes.';
    const d = draft(
      article('en', 'Announcing Widget v1.22 Release', [
        'A new version of Widget is now available across multiple components.',
        'Follow the instructions in [Installing Widget](https://widget.org/install) to install the components you require.',
        '## Highlights',
        'Minimal supported version of Kubernetes is now 1.34.',
        '## Operator',
        '**Release notes**: [Operator 1.22](https://widget.org/operator)',
        feature,
      ]),
    );
    expect(d.sentences).toEqual(['Announcing Widget v1.22 Release.', feature]);
  });
});

describe('a survey’s finding, not how many answered it', () => {
  test.each([
    ['en', 'The survey has been open for two months, and we have received 367 responses.'],
    ['en', 'This year we had over 600 respondents from 40 countries.'],
    ['fr', 'Nous avons reçu 1 200 réponses cette année.'],
    ['de', 'Wir haben 850 Antworten erhalten.'],
    ['ru', 'Мы получили 367 ответов.'],
  ])('%s: «%s» is background', (lang, sentence) => {
    const w = newsworthiness(sentence, lang, false, none);
    expect(w.background).toBe(true);
    expect(w.fresh).toBe(0);
  });

  test('the finding follows the title', () => {
    const tally =
      'The Widget community survey 2024 has been open for two months, and we have received 367 responses, less than in previous years.';
    const finding =
      'With 57% of users on Widget for at least two years and only 15% new users, we are not attracting enough newcomers.';
    const d = draft(
      article('en', 'Widget Community Survey 2024 Results', [
        tally,
        'The goal of this survey was to learn how our community uses Widget.',
        '## Users',
        finding,
      ]),
    );
    expect(d.sentences).toEqual(['Widget Community Survey 2024 Results.', finding]);
  });
});

describe('a signpost promises the news and does not give it', () => {
  test('«let’s go over what’s new» gives way to what is new', () => {
    const news =
      'Hex recently introduced a new OAuth2 based authentication system, replacing long-lived tokens with short-lived ones.';
    const d = draft(
      article('en', 'Upgrading Hex security', [
        'Widget is a type safe language for the Erlang virtual machine. Today Widget v1.15.0 has been published, let’s go over what’s new.',
        '## The Hex package manager',
        `Widget uses Hex, the package manager of the Erlang ecosystem. ${news}`,
      ]),
    );
    expect(d.sentences).toEqual(['Upgrading Hex security.', news]);
  });
});

describe('a release: what it changes, not where to download it', () => {
  const announce =
    'The Widget team is happy to announce Widget version 2.0.8, our fourth patch release for Widget 2.0.';
  const improvement = 'Widget’s allocator is now much more stable with threads enabled.';
  const blocks = [
    announce,
    'Major improvements in this release:',
    `- ${improvement}\n- Better support for gcc14.\n- Optimized string resizing.`,
    'Check out if the package manager of your OS already ships version 2.0.8.',
    '## Existing users',
    'If you are on an ARM laptop, the installer will not work for you.',
    'Alternatively, you can download Widget 2.0.8 from our nightly builds.',
  ];

  test('the list under «Major improvements in this release:» follows the lead, not the download', () => {
    const d = draft(article('en', 'Widget version 2.0.8 released', blocks));
    expect(d.sentences).toEqual([announce, improvement]);
  });

  test('«本次主要更新：» opens the list of what it brings, as «Major improvements in this release:» does (dev14: TuyaOpen)', () => {
    const feature =
      'Widget T5 芯片现已全面支持 SMP（对称多处理）架构，充分释放多核计算能力，显著提升系统并发与性能表现。';
    const d = draft(
      article('zh', 'V1.5.0 版本发布', [
        '经过团队数月的精心打磨，v1.5.0 终于和大家见面了！这次更新可以说是我们近期最全面的一次升级，每一个细节都倾注了团队的心血。团队也特别高兴的看到有社区开发者加入开源共建，做出了一些好玩的游戏Demo。',
        '### T5AI 平台：性能飞跃',
        '本次主要更新：',
        `- 多核性能升级：${feature}\n- 硬件生态持续扩展：新增多款官方及生态开发板支持，覆盖更多应用场景。`,
      ]),
    );
    expect(d.sentences).toEqual(['V1.5.0 版本发布。', feature]);
  });

  test.each([
    'Alternatively, you can download Widget 2.0.8 from our nightly builds.',
    'Widget 2.0.8 is available for download on the releases page.',
    'Vous pouvez le télécharger depuis la page des versions.',
  ])('«%s» is how to get it, not the news', (sentence) => {
    const d = draft(article('en', 'Widget version 2.0.8 released', [announce, sentence]));
    expect(d.sentences).not.toContain(sentence);
  });
});

describe('a release’s list of what it brings: its lines are the release’s news (dev10, CoreDNS and Kitex)', () => {
  test('«Adds support for…» under «Release Highlights» has the release for its subject, and follows the title', () => {
    const d = draft(
      article('en', 'Widget-1.11.0 Release', [
        '## Release Highlights',
        '* Adds support for accepting connections over QUIC.\n* Adds target rewrites to the rewrite plugin.',
        '## Brought to You By',
        'Ann, Bob, Carl',
      ]),
    );
    expect(d.sentences).toEqual(['Widget-1.11.0 Release.', 'Adds support for accepting connections over QUIC.']);
  });

  test('a name joined to its version by a hyphen is a release’s headline, not a thin title', () => {
    const news = 'This release improves stability and security, fixing connection leaks in the transfer plugin.';
    expect(draft(article('en', 'Widget-1.12.4 Release', [news])).sentences).toEqual(['Widget-1.12.4 Release.', news]);
  });

  test('a numbered list under «新特性» counts features, and each feature’s name before its colon comes off', () => {
    const d = draft(
      article('zh', 'Widget Release v0.15.1', [
        '## 新特性',
        '1. **泛化调用**：Widget 全新 v2 API 支持多服务和流式调用\n2. **流式调用**：支持 ctx cancel 控制流生命周期',
      ]),
    );
    expect(d.sentences[0]).toBe('Widget 全新 v2 API 支持多服务和流式调用。');
  });

  test('a line that opens a list of its own is posted with its first items (dev5: AlmaLinux 9.6’s changelog)', () => {
    const d = draft(
      article('en', 'Widget OS 9.6 Release Notes', [
        'These are the release notes for Widget OS 9.6 for all supported architectures:',
        '- x86_64\n- aarch64',
        '## Changelog',
        '- Updated application streams:\n  - Apache HTTP Server 2.4.62\n  - Node.js 22\n- Updated system toolchain components:\n  - GCC 11.5',
      ]),
    );
    expect(d.sentences).toEqual([
      'Widget OS 9.6 Release Notes.',
      'Updated application streams — Apache HTTP Server 2.4.62, Node.js 22.',
    ]);
  });

  test('outside such a list, a numbered line is still a step and a label still a label', () => {
    const d = draft(
      article('en', 'Setting up the Widget toolchain on a new laptop', [
        'The toolchain installs in a few minutes on any laptop.',
        '1. Open the terminal and run the installer.\n2. Restart the shell.',
      ]),
    );
    expect(d.sentences).not.toContain('Open the terminal and run the installer.');
  });
});

describe('a promise to tell more below comes off the news it closes', () => {
  test.each([
    [
      'en',
      'The headlining features are tracing support and support for authentication which we will dive into below.',
      'The headlining features are tracing support and support for authentication.',
    ],
    [
      'fr',
      'Les nouveautés phares sont le traçage et l’authentification, que nous détaillerons ci-dessous.',
      'Les nouveautés phares sont le traçage et l’authentification.',
    ],
    [
      'es',
      'Las novedades principales son el rastreo y la autenticación, que veremos a continuación.',
      'Las novedades principales son el rastreo y la autenticación.',
    ],
  ])('%s: «%s»', (lang, sentence, kept) => {
    const d = draft(article(lang, 'Widget 0.2.0', ['Widget 0.2.0 is on the registry today.', sentence]));
    expect(d.sentences).toContain(kept);
  });
});

describe('a changelog: its first entry, not its description', () => {
  test('«Listing notable progress…» says what the page is; «Features» lists what is new', () => {
    const entry = 'Widget Deploy now supports scheduling cron jobs using the Widget.cron() API.';
    const d = draft(
      article(
        'en',
        'Widget Deploy changelog',
        ['## March 12th, 2026', '### Features', `- ${entry}\n  - Cron jobs are defined in your code.`],
        'Listing notable progress in the development and evolution of Widget Deploy',
      ),
    );
    expect(d.sentences.join(' ')).toContain(entry);
    expect(d.sentences.join(' ')).not.toContain('Listing notable progress');
  });

  test.each([
    'Listing notable progress in the development of Widget.',
    'A list of the talks given on Widget since 2015.',
    'An overview of the changes in each release.',
  ])('«%s» is background', (sentence) => {
    expect(newsworthiness(sentence, 'en', false, none).background).toBe(true);
  });
});

describe('a page that lists things: one entry is not the page', () => {
  test('a book’s blurb under its own heading does not follow «External learning resources»', () => {
    const blurb =
      'You’ll build the basic skeleton, develop a custom theme, and use content templates to generate new pages.';
    const d = draft(
      article('en', 'External learning resources', [
        'Many resources may be out of date, as the software has changed a lot since they were written.',
        '## Books',
        '### Build Websites with Widget',
        `In this book, you’ll use Widget to build a portfolio site. ${blurb}`,
      ]),
    );
    expect(d.sentences).not.toContain(blurb);
  });

  test('a talk of the list is not stitched after the page’s introduction', () => {
    const intro = 'Поговорімо про Widget 3 є серією коротких (близько 15 хвилин) розмов про Widget 3.';
    const talk = '(Scala World 2015) Dotty: Досліджуємо майбутнє Widget від Dmitry Petrashko.';
    const d = draft(
      article('uk', 'Розмови', [
        '## Серія',
        intro,
        '## Talks on Widget 3',
        `- ${talk}\n  Розповідь Дмітрія охоплює багато нових функцій, які приносить Dotty.`,
      ]),
    );
    expect(d.sentences).toEqual([intro]);
  });
});

describe('after a lead, a sentence that names only what it named says it again', () => {
  test('Japanese: «Scala 3 は Scala 2 を…再設計されている» after «Scala 3 は Scala 2 から大幅な改善…»', () => {
    const lead = 'Widget 3 は Widget 2 から大幅な改善が行われ、さまざまな新機能が追加されている。';
    const echo = 'Widget 3 は Widget 2 を徹底的に見直して再設計されている。';
    const d = draft(
      article('ja', 'New in Widget 3', [
        lead,
        '## What’s new in Widget 3',
        `${echo}核心部分で、型システムの多くの面が変更されより原理原則に基づいたものになった。`,
      ]),
    );
    expect(d.sentences[0]).toBe(lead);
    expect(d.sentences).not.toContain(echo);
  });

  test('a sentence that adds a name or a number of its own is news', () => {
    const lead = 'The Widget team is happy to announce Widget version 2.0.8, our fourth patch release.';
    const more = 'Version 2.0.8 fixes 20 bugs reported by Acme and Initech.';
    const d = draft(article('en', 'Widget 2.0.8 released', [lead, more]));
    expect(d.sentences).toEqual([lead, more]);
  });
});

describe('Thai and Lao write no full stop: a paragraph is a sentence', () => {
  const paragraph =
    'การเดินทางครั้งนี้ประกอบด้วยการแนะนำแบบสั้นๆ สำหรับแต่ละคุณสมบัติของ Widget ที่ใช้บ่อยที่สุด และมีความตั้งใจเพื่อผู้ที่เรียนรู้ภาษา Widget ใหม่';

  test('the paragraph is one sentence to choose from', () => {
    expect(paragraphSentences(paragraph, 'th')).toEqual([paragraph]);
    // Elsewhere Thai is still cut at its spaces (sentences.test.ts).
    expect(paragraphSentences('สวัสดีครับ นี่คือประโยคแรก', 'ko')).toEqual(['สวัสดีครับ', 'นี่คือประโยคแรก']);
  });

  test('a thin title («บทนำ», Introduction) gives way to its lede', () => {
    const d = draft(article('th', 'บทนำ', ['## ยินดีต้อนรับสู่การเดินทาง', paragraph]));
    expect(d.sentences).toEqual([paragraph]);
  });
});

describe('a note that puts a condition to some readers is a side note, not the news', () => {
  const lede =
    'The first step is to install Widget. The widgetup tool downloads Widget and manages its versions and associated tools.';
  const note =
    'Note: If you prefer not to use widgetup for some reason, see the Widget installation page for other options.';
  const later = 'The following steps install the latest stable version of the Widget compiler.';

  test('the lede’s own next sentence follows it, not the note', () => {
    const d = draft(article('en', 'Installation', [lede, note, later]));
    expect(d.sentences.join(' ')).toContain('The widgetup tool downloads Widget');
    expect(d.sentences.join(' ')).not.toContain('If you prefer not to use widgetup');
  });
});

describe('an update put above the post is its news today', () => {
  const post = [
    'Update: Our first Widget Meetups week was a success with 46 meetups across six continents. Thanks to everyone who attended.',
    'We are launching Widget Meetups, a week where the Widget community organizes meetups around the world.',
    'The first week will happen on 22-28 September: visit the website to learn how to organize one.',
  ];
  const summary = 'We are launching Widget Meetups, a week of meetups around the world.';

  test('it leads, before the author’s summary, and the post it overtook does not follow', () => {
    const d = draft(article('en', 'Take part in the Widget Meetups week', post, summary));
    expect(d.sentences[0]).toBe('Our first Widget Meetups week was a success with 46 meetups across six continents.');
    expect(d.sentences.join(' ')).not.toContain('We are launching');
  });

  test('a section headed as an update, above the post, says its news after the title', () => {
    const advisory = [
      '## Update: Patched kernels are now in production',
      'The patched kernels are now rolling out to production mirrors. You no longer need the testing repo.',
      'Most mirrors have a sync frequency of 3 hours.',
      '## Background',
      'On April 29, the team at Acme Labs disclosed a Linux kernel flaw they have named Widget Fail.',
    ];
    const d = draft(article('en', 'Widget Fail (CVE-2026-1234) Patches Released', advisory));
    expect(d.sentences).toEqual([
      'Widget Fail (CVE-2026-1234) Patches Released.',
      'The patched kernels are now rolling out to production mirrors.',
    ]);
  });

  test('further down, an update is one sentence among the others', () => {
    const later = [post[1] ?? '', post[2] ?? '', post[0] ?? ''];
    const d = draft(article('en', 'Take part in the Widget Meetups week', later, summary));
    expect(d.sentences[0]).not.toContain('was a success');
  });
});

describe('a paragraph’s opening sentence, not one inside it: that one leans on the sentence before it', () => {
  const opening =
    'Hoy marca el inicio de una nueva etapa para Widget. VoidZero se une a Cloudflare. Puedes leer la historia completa escrita por Evan You en el anuncio de VoidZero.';
  const inside = (sentence: string, fund: string) =>
    article('es', 'Cloudflare apoya la misión de Widget', [
      `${opening} ${sentence}`,
      '- Widget sigue siendo de código abierto bajo la licencia MIT.',
      '- Widget sigue siendo independiente de proveedores.',
      'Como se indica en los anuncios de VoidZero y Cloudflare, lo mismo se aplica a Vitest, Rolldown y Oxc.',
      '## Fondo de Código Abierto del Ecosistema de Widget de Cloudflare',
      `${fund} Junto con el Open Collective de Widget, estos fondos nos permitirán mejorar aún más Widget.`,
    ]);
  const explains =
    'En la publicación del blog de Cloudflare, explican por qué están invirtiendo en el stack de Widget, que ahora se ha convertido en parte de la infraestructura fundamental de la web.';
  const fund = (amount: string) =>
    `Cloudflare se compromete a ayudar a que Widget siga siendo neutral y también ha anunciado un nuevo fondo de código abierto${amount} para el ecosistema de Widget.`;

  test('dev12: the next section’s opener, with its figure, rather than «En la publicación…, explican…»', () => {
    expect(draft(inside(explains, fund(' de $1 millón'))).sentences).toEqual([
      'Cloudflare apoya la misión de Widget.',
      fund(' de $1 millón'),
    ]);
  });

  test('the paragraph’s own opener, of comparable news, rather than its fourth sentence', () => {
    expect(draft(inside(explains, fund(''))).sentences).toEqual([
      'Cloudflare apoya la misión de Widget.',
      'Hoy marca el inicio de una nueva etapa para Widget.',
    ]);
  });

  test('a sentence inside its paragraph that gives a figure of its own carries more: it stays', () => {
    const figure =
      'En la publicación del blog de Cloudflare, explican por qué están invirtiendo en el stack de Widget, que ahora se descarga 40 millones de veces por semana.';
    expect(draft(inside(figure, fund(''))).sentences).toEqual(['Cloudflare apoya la misión de Widget.', figure]);
  });

  test('the digits of a name («IE11», «HTTP2») are no figure of its own: it still leans (dev15: Preact X)', () => {
    const named =
      'En la publicación del blog de Cloudflare, explican por qué están invirtiendo en el stack de Widget para IE11.';
    expect(draft(inside(named, fund(''))).sentences).toEqual([
      'Cloudflare apoya la misión de Widget.',
      'Hoy marca el inicio de una nueva etapa para Widget.',
    ]);
  });

  test('a version is a figure, its «v» or not: «…pasa a v11» gives one of its own', () => {
    const version =
      'En la publicación del blog de Cloudflare, explican por qué están invirtiendo en el stack de Widget, que pasa a v11.';
    expect(draft(inside(version, fund(''))).sentences).toEqual(['Cloudflare apoya la misión de Widget.', version]);
  });

  test('a list item of several sentences is prose: its later sentences lean on its first, as a paragraph’s do', () => {
    const d = draft(
      article('es', 'Cloudflare apoya la misión de Widget', [
        `- ${opening} ${explains}`,
        '- Widget sigue siendo independiente de proveedores y de código abierto, como siempre lo fue.',
      ]),
    );
    expect(d.sentences).toEqual([
      'Cloudflare apoya la misión de Widget.',
      'Hoy marca el inicio de una nueva etapa para Widget.',
    ]);
  });

  test('one that names its own subject, the title’s, stands alone: «Widgety supports…» (dev: Toasty)', () => {
    const supports = 'Widgety supports SQL and NoSQL databases, including DynamoDB and Cassandra.';
    const d = draft(
      article('en', 'Announcing Widgety, an async ORM for Rust', [
        `Widgety is an asynchronous ORM for the Rust programming language that prioritizes ease of use. ${supports}`,
        'Widgety is still in the early days of development, so please consider it a preview.',
      ]),
    );
    expect(d.sentences).toEqual(['Announcing Widgety, an async ORM for Rust.', supports]);
  });
});

describe('the versions a flaw affects, or the one that fixes it, are an advisory’s news (dev8: Solidity’s optimizer bug)', () => {
  test.each([
    'The bug was introduced in version 0.8.13 and Widget version 0.8.17 provides a fix.',
    'The issue has been fixed in Widget 1.21.5.',
    'Affected versions: Widget 8.0.0 to 8.4.1.',
    'La faille est corrigée dans la version 2.1.3.',
    'Der Fehler ist in Version 3.0.1 behoben.',
    'El error fue corregido en la versión 2.4.1.',
    'Ошибка исправлена в версии 5.2.1.',
    'Помилку виправлено у версії 5.2.1.',
    'この問題は 1.2.3 で修正されました。',
    '社区在 2.2.1 版本已修复该问题。',
  ])('«%s»', (sentence) => {
    expect(namesFixedVersion(sentence)).toBe(true);
  });

  test.each([
    // No version: nothing of its own to upgrade to.
    'The issue is fixed in this release.',
    // A version, but no flaw fixed.
    'Widget 2.1.0 adds a type checker.',
    'KCL 修复了 lambda 表达式嵌套调用时不生效的问题。',
  ])('not «%s»', (sentence) => {
    expect(namesFixedVersion(sentence)).toBe(false);
  });

  test('the fixed version follows the title, not the day the bug was found', () => {
    const fix =
      'The bug was introduced in version 0.8.13 and Widget version 0.8.17, released on September 08, 2022, provides a fix.';
    const d = draft(
      article('en', 'Storage Write Removal Bug On Conditional Early Termination', [
        "On September 5, 2022, a bug in Widget's Yul optimizer was found by differential fuzzing.",
        `${fix} The bug is significantly easier to trigger with optimized code generation.`,
      ]),
    );
    expect(d.sentences).toContain(fix);
    expect(d.sentences.join(' ')).not.toContain('differential fuzzing');
  });
});

describe('a heading of results or findings heads the article’s news, however far in (dev7: Karmada’s audit)', () => {
  test('the tl;dr list’s first line follows a lede that gives no more than the title', () => {
    const line = 'The new Widget site (widget.dev) teaches modern Widget with function components and Hooks.';
    const d = draft(
      article('en', 'Introducing widget.dev', [
        'Today we are thrilled to launch widget.dev, the new home for Widget and its documentation.',
        '## tl;dr',
        `* ${line}`,
        '* We have added diagrams, illustrations and over 600 new interactive examples.',
      ]),
    );
    expect(d.sentences).toContain(line);
  });
});

describe('the author’s summary too long to follow the title leads in its place (dev13, wallabag.it)', () => {
  const summary =
    'widget.it réserve désormais les fonctionnalités gourmandes en ressources — sauvegarde par email, import RSS et imports de services — aux abonnés, pour garantir un service rapide et fiable pour tous.';
  const body = [
    "J'ai récemment apporté un petit changement, mais un changement important, à widget.it, et j'aimerais vous expliquer pourquoi.",
    'Ces fonctionnalités sont vraiment pratiques, mais elles consomment aussi beaucoup de ressources en coulisses.',
  ];

  test('it is the post, rather than the title alone', () => {
    const d = draft(article('fr', "Des restrictions pour les comptes d'essai sur widget.it", body, summary));
    expect(d.sentences[0]).toBe(summary);
  });

  test('a summary that fits after the title follows it', () => {
    const short = 'widget.it réserve désormais les imports aux abonnés.';
    const d = draft(article('fr', "Des restrictions pour les comptes d'essai sur widget.it", body, short));
    expect(d.sentences).toEqual(["Des restrictions pour les comptes d'essai sur widget.it.", short]);
  });
});

describe('under a long title that would go alone, the opening’s news too long to follow it leads in its place (dev15, PyTorch Korea)', () => {
  const koTitle = 'Widget Core Maintainer와 함께한 기술 교류의 장 - 위젯 한국 사용자 모임 리뷰';
  const koLede =
    '지난 3월 말, 위젯 한국 사용자 모임은 특별한 연사분들을 모시고 위젯 코어와 생태계 전반에 대한 깊이 있는 이야기를 나누는 시간을 가졌습니다.';

  test('it is the post, rather than the title alone, though it names the title’s names in its own words', () => {
    const d = draft(article('ko', koTitle, [koLede, '## 1️⃣ 발표 세션']));
    expect(d.sentences).toEqual([koLede]);
  });

  test('the newsiest sentence of the opening that speaks of the title’s subject (dev12, Nacos)', () => {
    const fix =
      '社区在2.2.0.1和1.4.5版本已移除了自带的默认值，并在token.secret.key未传入或非法时阻止Widget节点启动来提醒用户设置自定义token.secret.key。';
    const d = draft(
      article('zh', '关于Widget默认token.secret.key及server.identity风险说明及解决方案公告', [
        `近期Widget社区收到关于Widget鉴权功能通过token.secret.key默认值进行撞击，绕过身份验证安全漏洞的问题。${fix}`,
      ]),
    );
    expect(d.sentences).toEqual([fix]);
  });

  test('a title that asks stays: the article answers it', () => {
    const title = 'What does it take to ship Widget in safety-critical?';
    const lede =
      'When we set out on the Vision Doc work, one area we wanted to explore in depth was safety-critical systems: software where malfunction can result in injury, loss of life, or environmental harm. What we found surprised us a bit.';
    const d = draft(article('en', title, [lede]));
    expect(d.sentences).toEqual([title]);
  });

  test('an opening that does not speak of the title’s subject does not stand in for it', () => {
    const d = draft(
      article('ko', koTitle, [
        '지난 3월 말, 서울의 날씨는 매우 좋았고 많은 사람들이 봄꽃을 보러 공원에 모여서 즐거운 시간을 보냈으며 거리는 매우 붐볐습니다.',
      ]),
    );
    expect(d.sentences).toEqual([`${koTitle}.`]);
  });
});

describe('what the publisher says of itself under «Who we are» is background (dev13, xHain braucht Hilfe)', () => {
  test.each([
    [
      'de',
      'Widget braucht Hilfe!',
      '## Wer wir sind',
      'Das Widget hat 130 Mitglieder und ist gemeinnützig ausgerichtet.',
      '## Wir brauchen Hilfe',
      'Die Fläche, die das Widget mietet, steht zum Verkauf.',
    ],
    [
      'en',
      'Widget needs help!',
      '## Who we are',
      'The Widget has 130 members and is a non-profit.',
      '## We need help',
      'The commercial space the Widget rents is up for sale, and we want to buy it for 700,000 €.',
    ],
    [
      'fr',
      "Widget a besoin d'aide !",
      '## Qui sommes-nous ?',
      'Le Widget compte 130 membres et est une association.',
      "## Nous avons besoin d'aide",
      "Le local commercial que le Widget loue est mis en vente, et nous voulons l'acheter pour 700 000 €.",
    ],
  ])('%s: the news under the next heading follows the title', (lang, title, about, self, help, news) => {
    const d = draft(article(lang, title, [about, self, help, news]));
    // (French typesets its spaces: the words are compared.)
    const words = (text: string) => text.replace(/\s+/gu, ' ');
    expect(words(d.sentences.join(' '))).toContain(words(news).slice(0, 40));
    expect(words(d.sentences.join(' '))).not.toContain(words(self).slice(0, 40));
  });
});

describe('under a title that is only a name and a version, the page’s first sentence says what it is (dev13, Conventional Commits)', () => {
  const body = (lede: string, detail: string) => [
    '## Summary',
    lede,
    'The commit message should be structured as follows:',
    '```\n<type>[optional scope]: <description>\n```',
    '1. **fix:** a commit of the type `fix` patches a bug in your codebase.',
    '1. **feat:** a commit of the type `feat` introduces a new feature to the codebase.',
    detail,
  ];

  test('it follows the title, rather than a rule from further in', () => {
    const lede = 'The Widget Commits specification is a lightweight convention on top of commit messages.';
    const detail =
      'Additional types are not mandated by the Widget Commits specification, and have no implicit effect in Semantic Versioning (unless they include a BREAKING CHANGE).';
    const d = draft(article('en', 'Widget Commits 1.0.0', body(lede, detail)));
    expect(d.sentences.join(' ')).toContain(lede);
    expect(d.sentences.join(' ')).not.toContain('Additional types');
  });
});

describe('a sentence that says the title’s release again gives way to what it brings (dev14: HAMi, TuyaOpen)', () => {
  test.each([
    ['zh', 'Widget v2.8.0 发布：全面支持 DRA', 'Widget v2.8.0 正式发布。'],
    ['zh', 'V1.5.0 版本发布', '经过团队数月的精心打磨，v1.5.0 终于和大家见面了！'],
    ['en', 'Widget 3.2 Release', 'After months of work, Widget 3.2 is now available!'],
    ['fr', 'Widget 3.2', 'Après des mois de travail, Widget 3.2 est enfin disponible.'],
    ['de', 'Widget 3.2', 'Nach Monaten der Arbeit ist Widget 3.2 jetzt verfügbar.'],
    ['ja', 'Widget 3.2 リリース', '本日、Widget 3.2 を正式リリースしました。'],
  ])('%s: under «%s», «%s» is not the news', (lang, title, again) => {
    const feature = 'Widget gains multi-core scheduling, which doubles throughput on eight-core boards.';
    const d = draft(article(lang, title, [again, feature]));
    expect(d.sentences.join(' ')).not.toContain(again);
  });

  test('a sentence that names a new number is news of its own', () => {
    const d = draft(
      article('en', 'Widget 3.2 Release', ['Widget 3.2 is out, two weeks after Widget 3.1 was released.']),
    );
    expect(d.sentences.join(' ')).toContain('two weeks');
  });
});

describe('a sentence that only announces the title’s release, with praise, says the title again (dev8, dev13–dev15)', () => {
  const feature = 'Widget gains multi-core scheduling, which doubles throughput on eight-core boards.';
  // What the release brings, in the post's language: without it the title would go alone, and the announcement stays.
  const features: Record<string, string> = {
    ja: 'Widget はマルチコアスケジューリングに対応し、8コアのボードでスループットが2倍になりました。',
    ar: 'يدعم Widget الآن الجدولة متعددة النوى، مما يضاعف الإنتاجية على اللوحات ثمانية النوى.',
    zh: 'Widget 新增多核调度，在八核开发板上吞吐量翻倍。',
    de: 'Widget unterstützt jetzt Mehrkern-Scheduling und verdoppelt den Durchsatz auf Achtkern-Boards.',
  };
  test.each([
    [
      'ja',
      'Widget 1.11.0 リリースのお知らせ: HTTP/3、フォーム改善',
      'Widget v1.11.0のリリースを発表できることを嬉しく思います。',
    ],
    [
      'ar',
      'الإعلان عن Widget 1.12.0: دعم BSON، تحسينات السياق',
      'يسعدنا الإعلان عن إصدار Widget v1.12.0، المليء بميزات جديدة وتحسينات أداء ذات معنى وجولة قوية من إصلاحات الأخطاء.',
    ],
    ['zh', 'Widget 1.0 发布公告', '今天，Widget 终于到达了一个崭新的阶段 —— 1.0。'],
    [
      'de',
      'Version 4.2.2 veröffentlicht',
      'Mit der Hilfe vieler Fehlermelder & Mitwirkenden freuen wir uns, die Veröffentlichung von 4.2.2, bekanntgeben zu können, einem Bug-Fix-Release.',
    ],
    [
      'en',
      'Widget 3.8: Support for Angular v21.1',
      'We’re excited to announce that Widget now fully supports the fresh features landing in Angular v21.1 (released today)!',
    ],
    ['en', 'Widget 1.2.0 Release', 'Widget 1.2.0 has been released with multiple new features and improvements.'],
    // A release called an important one around its themes (dev14: HAMi).
    [
      'zh',
      'Widget v2.8.0 发布：全面支持 DRA 与高可用调度，迈向标准化 GPU 资源管理',
      'Widget v2.8.0 是一次面向标准化、生产可用性与生态对齐的重要版本更新。',
    ],
    ['en', 'Widget 3.2 Release', 'Widget 3.2 is a major release focused on stability and polish.'],
  ])('%s: under «%s», «%s» is not the news', (lang, title, again) => {
    const d = draft(article(lang, title, [again, features[lang] ?? feature]));
    expect(d.sentences.join(' ')).not.toContain(again);
  });

  test('what the release brings follows the title in its place', () => {
    const again = 'We’re excited to announce Widget v3.2, packed with new features and a solid round of bug fixes.';
    const d = draft(article('en', 'Widget 3.2 Release', [again, feature]));
    expect(d.sentences).toEqual(['Widget 3.2 Release.', feature]);
  });

  test.each([
    [
      'en',
      'Widget 3.2 Release',
      'The Widget team is excited to announce Widget 3.2, which shards tables across regions.',
      'shards tables',
    ],
    ['zh', '生产环境可用的 Widget 1.2.0 来了！', 'Widget 1.2.0 版本支持 XA 模式。', 'XA 模式'],
  ])('%s: an announcement that names a feature is news: «%s»', (lang, title, news, feature) => {
    const d = draft(article(lang, title, [news]));
    expect(d.sentences.join(' ')).toContain(feature);
  });

  test('nor does it follow the author’s summary that leads in the title’s place (dev15: Rsbuild 1.0)', () => {
    const again = '我们很高兴地宣布 Widget 1.0 已经正式发布！';
    const d = draft(
      article(
        'zh',
        'Widget 1.0 发布',
        [again, '长期以来，使用 webpack 的开发者饱受两个问题的困扰：构建慢和配置复杂。'],
        'Widget 1.0 正式发布，围绕更快构建、更易配置和插件生态展开，并介绍性能表现、社区采用与后续规划。',
      ),
    );
    expect(d.sentences[0]).toContain('围绕更快构建');
    expect(d.sentences.join(' ')).not.toContain(again);
  });

  test('under «الميزات الرئيسية» (key features), the first feature follows the title (dev13: Gin)', () => {
    const d = draft(
      article('ar', 'الإعلان عن Widget 1.12.0: دعم BSON، تحسينات السياق', [
        'يسعدنا الإعلان عن إصدار Widget v1.12.0، المليء بميزات جديدة.',
        '### الميزات الرئيسية',
        '- تدعم طبقة العرض الآن ترميز BSON، مما يفتح الباب لتبادل بيانات ثنائية أكثر كفاءة.',
      ]),
    );
    expect(d.sentences.join(' ')).toContain('تدعم طبقة العرض الآن ترميز BSON');
  });
});

describe('setting aside an announcement never leaves the title alone (dev14: Warzone 4.2.2; dev10: Strimzi 1.2.0)', () => {
  test('with nothing after it but noun phrases, the announcement that adds a fact stays', () => {
    const again =
      'Mit der Hilfe vieler Fehlermelder & Mitwirkenden freuen wir uns, die Veröffentlichung von 4.2.2, bekanntgeben zu können, einem Bug-Fix-Release.';
    const d = draft(
      article('de', 'Version 4.2.2 veröffentlicht', [
        again,
        'Einschließlich:',
        '- Neu: "Mehrspiel-Optionen" Menü\n- Neu: 7-Spieler Karte "Thales" hinzugefügt\n- Korrekturen für OpenGL',
      ]),
    );
    expect(d.sentences).toEqual(['Version 4.2.2 veröffentlicht.', again]);
  });

  test('with nothing after it but the page’s video and its link, the release sentence follows the title as before', () => {
    const released = 'Widget 1.2.0 has been released with multiple new features and improvements.';
    const d = draft(
      article('en', 'Video: What’s new in Widget 1.2.0', [
        `${released} As with previous releases, we created a video that introduces the main changes. You can watch the video here or on our YouTube channel and check the release notes.`,
      ]),
    );
    expect(d.sentences).toEqual(['Video: What’s new in Widget 1.2.0.', released]);
  });
});

describe('what has long been so is background: it does not follow the author’s summary (dev15: Rsbuild 1.0)', () => {
  test.each([
    ['en', 'For a long time, developers using Widget suffered from slow builds.'],
    ['zh', '长期以来，使用 webpack 的开发者饱受两个问题的困扰：构建慢和配置复杂。'],
    ['ja', '長らく、開発者はビルドの遅さに悩まされてきました。'],
  ])('%s: «%s»', (lang, sentence) => {
    expect(newsworthiness(sentence, lang, lang !== 'en', none).background).toBe(true);
  });

  test('the summary leads alone', () => {
    const summary = 'Widget 1.0 正式发布，围绕更快构建、更易配置和插件生态展开，并介绍性能表现、社区采用与后续规划。';
    const d = draft(
      article(
        'zh',
        'Widget 1.0 发布',
        [
          '我们很高兴地宣布 Widget 1.0 已经正式发布！',
          '长期以来，使用 webpack 的开发者饱受两个问题的困扰：构建慢和配置复杂。',
        ],
        summary,
      ),
    );
    expect(d.sentences).toEqual([summary]);
  });
});

describe('a bare address in parentheses after a name is the name’s link, not a hole in the sentence (dev14: HackStorm)', () => {
  test('the news sentence reads without it and follows the title', () => {
    const d = draft(
      article('en', 'HackStorm Hackathon 2026', [
        'Widget is excited to join the HackStorm Hackathon (https://www.hackstorm.example/) as a co-host and core sponsor.',
        'As a global IoT platform provider, Widget is committed to empowering developers everywhere.',
      ]),
    );
    expect(d.sentences[1]).toBe('Widget is excited to join the HackStorm Hackathon as a co-host and core sponsor.');
  });
});

describe('a pull request’s number in parentheses is the changelog’s bookkeeping, not the news (dev13: Gin in Arabic)', () => {
  const news = 'The render layer now reads and writes BSON, for a faster exchange of binary data';
  test.each([
    ['one number', `${news} (#4145).`],
    ['several', `${news} (#4145, #4150).`],
  ])('%s', (_, sentence) => {
    const d = draft(article('en', 'Widget 1.12 released', [sentence, 'Thanks to all contributors.']));
    expect(d.sentences).toContain(`${news}.`);
  });
});

describe('an opening sentence that restates the title with a date says it better (dev14: VimConf)', () => {
  test('it leads in the title’s place', () => {
    const lead = '2025-11-02 (日) に開催される Widget Conf 2025 の登壇者を募集します！';
    const d = draft(
      article('ja', 'Widget Conf 2025 の登壇者を募集します', [lead, '- 発表時間', '- 15分, 20分, 30分のいずれか']),
    );
    expect(d.sentences[0]).toBe(lead);
  });
});

describe('«today» before a full date goes stale; the date says the day (dev14: vim-jp)', () => {
  test.each([
    ['ja', 'Widget 10周年', '本日 2021年9月16日に Widget は10周年を迎え、記念イベントを開催しました。'],
    ['zh', 'Widget 十周年', '今天 2021年9月16日，Widget 迎来了十周年，社区举办了线上庆祝活动。'],
  ])('%s: «%s»', (lang, title, sentence) => {
    const text = draft(article(lang, title, [sentence])).sentences.join(' ');
    expect(text).toContain('2021年9月16日');
    expect(text).not.toMatch(/本日|今天/u);
  });
});
