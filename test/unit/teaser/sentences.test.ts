import { describe, expect, test } from '@jest/globals';
import { cleanText } from '../../../src/article/clean-text.js';
import { htmlFragmentToText } from '../../../src/article/html-text.js';
import { markdownToText } from '../../../src/article/markdown-text.js';
import { splitBlocks } from '../../../src/teaser/blocks.js';
import { splitSentences, withoutDateline, withoutTimestamp } from '../../../src/teaser/sentences.js';
import { HARD_SENTENCE_CASES } from './sentence-cases.js';

describe('splitSentences: Intl.Segmenter, repaired where ICU cuts wrong', () => {
  test.each([
    ['fr', 'M. Li Qiang a parlé. La Chine écoute.', ['M. Li Qiang a parlé.', 'La Chine écoute.']],
    ['fr', 'Le Dr. Martin répond. Fin.', ['Le Dr. Martin répond.', 'Fin.']],
    ['fr', '«Vraiment ?» dit-il. Oui.', ['«Vraiment ?» dit-il.', 'Oui.']],
    ['fr', 'Des outils, etc. et des gens. Voilà.', ['Des outils, etc. et des gens.', 'Voilà.']],
    ['fr', '« Nous sommes les spécialistes. » Voilà.', ['« Nous sommes les spécialistes. »', 'Voilà.']],
    ['de', 'Das ist z. B. gut. Noch ein Satz.', ['Das ist z. B. gut.', 'Noch ein Satz.']],
    ['en', 'Mr. Smith met J. K. Rowling. They talked.', ['Mr. Smith met J. K. Rowling.', 'They talked.']],
    ['en', 'Use a tool, e.g. Node.js. It works.', ['Use a tool, e.g. Node.js.', 'It works.']],
    [
      'en',
      'Node.js is pausing its bounty. Reports still go through.',
      ['Node.js is pausing its bounty.', 'Reports still go through.'],
    ],
    [
      'ja',
      'RubyGemsとBundlerは移行します。ライセンスはそのままです！本当？',
      ['RubyGemsとBundlerは移行します。', 'ライセンスはそのままです！', '本当？'],
    ],
    ['zh-CN', '大家好，我是高艳兵。最近一直在参与维护。', ['大家好，我是高艳兵。', '最近一直在参与维护。']],
    ['ko', '보안 수정을 릴리스했습니다. 업데이트하세요.', ['보안 수정을 릴리스했습니다.', '업데이트하세요.']],
    // A quotation closed by «!’» and the quotative particle «라고» right after it: one sentence (dev7).
    [
      'ko',
      '러스트는 자주 배포합니다. ‘와, 많이 바뀌었구나!’라고 말하기는 어려울 수 있습니다.',
      ['러스트는 자주 배포합니다.', '‘와, 많이 바뀌었구나!’라고 말하기는 어려울 수 있습니다.'],
    ],
    [
      'ko',
      '화면을 GIF 파일로 바꿀 수 있습니다. splash.gif 파일을 놓습니다.',
      ['화면을 GIF 파일로 바꿀 수 있습니다.', 'splash.gif 파일을 놓습니다.'],
    ],
    ['ar', 'يمكنك تغيير الشاشة. npm هو مدير الحزم.', ['يمكنك تغيير الشاشة.', 'npm هو مدير الحزم.']],
    ['th', 'สวัสดีครับ นี่คือประโยคแรก', ['สวัสดีครับ', 'นี่คือประโยคแรก']],
  ])('%s: %s', (lang, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });

  test.each(HARD_SENTENCE_CASES.map(([lang, sentences]) => ({ lang, text: sentences.join(' '), sentences })))(
    'hard case, $lang: $text',
    ({ lang, text, sentences }) => {
      expect(splitSentences(text, lang)).toEqual(sentences);
    },
  );

  test('an unknown language tag still splits', () => {
    expect(splitSentences('One. Two.', 'xx-invalid-tag-zz')).toEqual(['One.', 'Two.']);
  });
});

describe('splitBlocks: which parts of a body can give a teaser', () => {
  const kinds = (body: string) => splitBlocks(body).map((b) => [b.kind, b.text]);

  test.each([
    [
      'a heading',
      'Background\n\nSince 2016, the project has run a bounty.',
      [
        ['heading', 'Background'],
        ['paragraph', 'Since 2016, the project has run a bounty.'],
      ],
    ],
    [
      'a byline',
      'Par Julie Pouliquen\n\nLe texte commence ici, enfin.',
      [
        ['noise', 'Par Julie Pouliquen'],
        ['paragraph', 'Le texte commence ici, enfin.'],
      ],
    ],
    [
      'a dated byline, however many its authors (dev11, react.dev in French)',
      'Le 22 mars 2023 par Joseph Savona, Josh Story, Lauren Tan, Mengdi Chen, Samuel Susla, Sathya Gunasekaran et Andrew Clark.\n\nLe texte commence ici, enfin.',
      [
        [
          'noise',
          'Le 22 mars 2023 par Joseph Savona, Josh Story, Lauren Tan, Mengdi Chen, Samuel Susla, Sathya Gunasekaran et Andrew Clark.',
        ],
        ['paragraph', 'Le texte commence ici, enfin.'],
      ],
    ],
    [
      'a date, then «by» and something that is not names, is prose',
      'On May 3, 2023 by noon the registry had frozen every old image.\n\nMore text.',
      [
        ['paragraph', 'On May 3, 2023 by noon the registry had frozen every old image.'],
        ['paragraph', 'More text.'],
      ],
    ],
    [
      'a date',
      '12 mars 2025\n\nLe texte commence ici, enfin.',
      [
        ['noise', '12 mars 2025'],
        ['paragraph', 'Le texte commence ici, enfin.'],
      ],
    ],
    [
      'a caption',
      'Photo : un climatiseur\n\nLe texte.',
      [
        ['noise', 'Photo : un climatiseur'],
        ['paragraph', 'Le texte.'],
      ],
    ],
    ['a link list', 'https://a.example/x https://b.example/y', [['noise', 'https://a.example/x https://b.example/y']]],
    ['code', 'const x = { a: [1, 2] }; if (x) { run(); }', [['noise', 'const x = { a: [1, 2] }; if (x) { run(); }']]],
    [
      'list items',
      '- First point here.\n- Second point here.',
      [
        ['item', 'First point here.'],
        ['item', 'Second point here.'],
      ],
    ],
    [
      'a lettered list (an advisory’s remedies), not headings',
      ' A - Upgrade curl to version 8.16.0\n\n B - Apply the patch to your local version\n\na) Update the server',
      [
        ['item', 'Upgrade curl to version 8.16.0'],
        ['item', 'Apply the patch to your local version'],
        ['item', 'Update the server'],
      ],
    ],
    [
      'an initial is not a letter of a list',
      'J. Smith wrote the first version of the parser.',
      [['paragraph', 'J. Smith wrote the first version of the parser.']],
    ],
    [
      'a table row, however its cells end (a header row pasted as a sentence reads as broken text)',
      'Zugeordnete CWEs · Maximale Häufigkeit · Durchschn. Häufigkeit\n\nBefore · After\n\nA exploração requer pedidos simples de API. · Falha · Impactos',
      [
        ['noise', 'Zugeordnete CWEs · Maximale Häufigkeit · Durchschn. Häufigkeit'],
        ['noise', 'Before · After'],
        ['noise', 'A exploração requer pedidos simples de API. · Falha · Impactos'],
      ],
    ],
    [
      'a word with a middle dot is no table',
      'The na·dir of the project came in 2019.',
      [['paragraph', 'The na·dir of the project came in 2019.']],
    ],
    [
      'a bibliographic reference',
      'Rajngewerc, M., & Ación, L. (2023). La IA generativa plantea desafíos éticos a la Ciencia Abierta.\n\nSmith, J. A. (2021). A study of things.',
      [
        ['noise', 'Rajngewerc, M., & Ación, L. (2023). La IA generativa plantea desafíos éticos a la Ciencia Abierta.'],
        ['noise', 'Smith, J. A. (2021). A study of things.'],
      ],
    ],
    [
      'a sentence that opens on a name and an initial is no reference',
      'Smith, J. and the team released version 2 in 2021.',
      [['paragraph', 'Smith, J. and the team released version 2 in 2021.']],
    ],
    [
      'a table of contents: each line names a section below (dev10, the Polish «Sztuka używania wiersza poleceń»)',
      '- Meta\n- Podstawy\n\nBiegła obsługa wiersza poleceń często jest zaniedbywana.\n\n## Meta\n\nZakres.\n\n## Podstawy\n\nNaucz się.',
      [
        ['noise', 'Meta'],
        ['noise', 'Podstawy'],
        ['paragraph', 'Biegła obsługa wiersza poleceń często jest zaniedbywana.'],
        ['heading', 'Meta'],
        ['paragraph', 'Zakres.'],
        ['heading', 'Podstawy'],
        ['paragraph', 'Naucz się.'],
      ],
    ],
    [
      'a line that names a section above it is a line of its list, not of contents',
      '## Upgrade\n\nRun the installer.\n\n- Upgrade\n- Rollback',
      [
        ['heading', 'Upgrade'],
        ['paragraph', 'Run the installer.'],
        ['item', 'Upgrade'],
        ['item', 'Rollback'],
      ],
    ],
    [
      "a tutorial's numbered outline stays its steps (dev6, Hugo's quick start)",
      'In this tutorial you will:\n\n1. Create a project\n1. Add content\n\n## Create a project\n\n## Add content',
      [
        ['paragraph', 'In this tutorial you will:'],
        ['item', 'Create a project'],
        ['item', 'Add content'],
        ['heading', 'Create a project'],
        ['heading', 'Add content'],
      ],
    ],
    [
      'a hard-wrapped paragraph',
      'The Node.js project has participated in the Internet Bug Bounty\nprogram through HackerOne.',
      [['paragraph', 'The Node.js project has participated in the Internet Bug Bounty program through HackerOne.']],
    ],
  ])('%s', (_name, body, expected) => {
    expect(kinds(body)).toEqual(expected);
  });

  test.each([
    'TL;DR',
    'En bref',
    'Récapitulatif factuel',
    'Summary',
    'In short',
    '要約',
    'まとめ',
    '总结',
    '요약',
    'Resumen',
    'Zusammenfassung',
  ])('«%s» announces the summary', (heading) => {
    const [first] = splitBlocks(`${heading}\n\nThe gist of it, in one sentence.`);
    expect(first).toMatchObject({ kind: 'heading', summary: true });
  });

  // The contract with intake (article/markdown-text.ts, html-text.ts): a list comes as blocks of one item each, its
  // marker kept, and leaves here as items without it; a short line without a stop is an item, not a heading.
  test.each([
    [
      'Markdown',
      (source: string) => markdownToText(source),
      'Tools we use:\n\n- Fast builds\n* Smaller images.\n\n1. Install it.\n2) Run it.',
    ],
    [
      'HTML',
      htmlFragmentToText,
      '<p>Tools we use:</p><ul><li>Fast builds</li><li><p>Smaller images.</p></li></ul><ol><li>Install it.</li><li>Run it.</li></ol>',
    ],
  ])('a %s list reaches the teaser as items, a numbered one as steps', (_format, toText, source) => {
    expect(splitBlocks(cleanText(toText(source)))).toEqual([
      { kind: 'paragraph', text: 'Tools we use:', summary: false },
      { kind: 'item', text: 'Fast builds', summary: false },
      { kind: 'item', text: 'Smaller images.', summary: false },
      { kind: 'item', text: 'Install it.', summary: false, step: true },
      { kind: 'item', text: 'Run it.', summary: false, step: true },
    ]);
  });

  test('a paragraph labelled TL;DR is the summary, without its label', () => {
    expect(splitBlocks('TL;DR: we moved the repositories.')).toEqual([
      { kind: 'paragraph', text: 'we moved the repositories.', summary: true },
    ]);
  });
});

describe('withoutDateline: a press release’s place and date, run into its first sentence, are dropped', () => {
  test.each([
    [
      'cs',
      'Praha, 11. července 2024 První místo vybojoval tým organizace Kvítek.',
      'První místo vybojoval tým organizace Kvítek.',
    ],
    [
      'en',
      'WASHINGTON, July 11, 2024 — The agency opened its new portal today.',
      'The agency opened its new portal today.',
    ],
    ['fr', 'Paris, le 3 mars 2024 : La ville publie ses données.', 'La ville publie ses données.'],
    ['de', 'Berlin, 3. April 2024 – Die Stadt veröffentlicht ihre Daten.', 'Die Stadt veröffentlicht ihre Daten.'],
    ['es', 'Madrid, 2024-07-11 El ayuntamiento publica sus datos.', 'El ayuntamiento publica sus datos.'],
    [
      'zh',
      '加利福尼亚州旧金山 – 2024 年 10 月 15 日 – 云原生计算基金会（CNCF）宣布 KubeEdge 正式毕业。',
      '云原生计算基金会（CNCF）宣布 KubeEdge 正式毕业。',
    ],
    ['ja', '東京 – 2025年3月1日 – 財団は新しい会員を発表しました。', '財団は新しい会員を発表しました。'],
    ['ko', '서울 – 2025년 3월 1일 – 재단은 새 회원을 발표했습니다.', '재단은 새 회원을 발표했습니다.'],
  ])('%s: %s', (lang, text, expected) => {
    expect(withoutDateline(text, lang)).toBe(expected);
  });

  test.each([
    ['en', 'Paris, 2024 was a year of open data.'],
    ['en', 'Berlin, March and May were busy months for us.'],
    ['en', 'Praha, 11 people joined the team this week.'],
    ['de', 'Berlin, 3. April 2024 war ein guter Tag.'],
    ['en', 'Open data matters, July 11, 2024 showed it.'],
    ['zh', '2024 年 10 月 15 日，云原生计算基金会宣布 KubeEdge 正式毕业。'],
  ])('%s: a sentence that only opens on a place or a date stays: %s', (lang, text) => {
    expect(withoutDateline(text, lang)).toBe(text);
  });
});

describe('withoutTimestamp: an update log’s timestamp opening a paragraph is dropped, its sentence kept', () => {
  test.each([
    [
      '2026-05-01 21:07 UTC — The patched kernels are now rolling out to production repositories.',
      'The patched kernels are now rolling out to production repositories.',
    ],
    ['2026-05-01: Patched kernels released to the mirrors.', 'Patched kernels released to the mirrors.'],
    ['2026-05-01T16:30:00Z - Updated the kernel update command.', 'Updated the kernel update command.'],
    ['21:07 UTC – The fix is live.', 'The fix is live.'],
  ])('%s', (text, expected) => {
    expect(withoutTimestamp(text)).toBe(expected);
  });

  test.each([
    ['2026-05-01 was the day the patch shipped.'],
    ['2026-05-01 — 2026-05-03: the conference.'],
    ['21:07 — late.'],
    ['The kernels shipped at 2026-05-01 21:07 UTC — on time.'],
  ])('kept: %s', (text) => {
    expect(withoutTimestamp(text)).toBe(text);
  });
});

describe('a paragraph that goes on after a letter’s salutation is a sentence of its own (dev13, xHain)', () => {
  const texts = (body: string) => splitBlocks(body).map((b) => b.text);

  test.each([
    ['Hey ihr Lieben,', 'der xHain öffnet endlich wieder seine Türen!', 'Der xHain öffnet endlich wieder seine Türen!'],
    ['Hallo zusammen,', 'wir haben neue Räume gefunden.', 'Wir haben neue Räume gefunden.'],
    ['Dear all,', 'the hackerspace reopens on Friday.', 'The hackerspace reopens on Friday.'],
    ['Chers amis,', 'le local rouvre vendredi.', 'Le local rouvre vendredi.'],
    ['Queridos,', 'el local vuelve a abrir el viernes.', 'El local vuelve a abrir el viernes.'],
    ['Дорогие друзья,', 'мы снова открываемся в пятницу.', 'Мы снова открываемся в пятницу.'],
  ])('%s / %s', (salutation, paragraph, read) => {
    expect(texts(`${salutation}\n\n${paragraph}`)).toEqual([salutation, read]);
  });

  test('a paragraph in lowercase after a sentence that ends on a comma in mid-thought is left as it is', () => {
    const body = 'Nach langer Suche, vielen Gesprächen und etwas Glück haben wir es geschafft,\n\nder Rest folgt.';
    expect(texts(body)[1]).toBe('der Rest folgt.');
  });

  test('a name in lowercase after a line that is no salutation keeps its case', () => {
    expect(texts('Release notes\n\nlibcurl skips the header now.')[1]).toBe('libcurl skips the header now.');
  });
});

describe('an ideographic full stop ends its sentence before a lowercase Latin name (dev14: vim-jp)', () => {
  test('«…迎えました。» then «vim-jp …» are two sentences', () => {
    expect(
      splitSentences('本日 vim-jp は10周年を迎えました。\nvim-jp 立ち上げ当初の記事は以下になります。', 'ja'),
    ).toHaveLength(2);
  });
});

describe('a Japanese or Chinese sentence that opens on a date is prose, not a date line (dev14: VimConf)', () => {
  test.each([
    ['2025-11-02 (日) に開催される VimConf 2025 Small の登壇者を募集します！', 'paragraph'],
    ['2024年3月1日', 'noise'],
    ['2024-03-01 by Alice', 'noise'],
  ])('«%s» is %s', (line, kind) => {
    expect(splitBlocks(line)[0]?.kind).toBe(kind);
  });
});
