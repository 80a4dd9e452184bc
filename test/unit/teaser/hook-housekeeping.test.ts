import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { asideToReader, comparesWithReader, invitesContact } from '../../../src/teaser/asides.js';
import { pointsElsewhere } from '../../../src/teaser/deixis.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { leansOnAntecedent, opensWithLabel } from '../../../src/teaser/leaning.js';

// What a page says about itself, its readers or its layout is never the news (docs/teasers.md, "Composing the hook"):
// shown alone in a post, each reads as out of context or misleading.

function article(lang: string, title: string, blocks: string[]): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body: blocks.join('\n\n'), tags: [] };
}
const draft = (a: Article) => draftTeaser(a, { maxHashtags: 3, maxEmoji: 2 });
const NO_CALL = () => false;

describe('a request to report bugs, or a word that feedback is welcome, is housekeeping', () => {
  test.each([
    ['en', 'Please report any issues you may encounter during tests on the AlmaLinux Bug Tracker.'],
    ['en', 'Feedback, questions, and ideas are always welcome at team at f-droid.org.'],
    ['en', 'Please file a bug report if something breaks.'],
    ['fr', 'Vos retours et vos questions sont toujours les bienvenus sur le forum.'],
    ['fr', 'Signalez les bugs sur notre tracker.'],
    ['de', 'Melden Sie bitte alle Fehler im Bugtracker.'],
    ['de', 'Feedback und Fragen sind jederzeit willkommen.'],
    ['es', 'Los comentarios y las sugerencias son siempre bienvenidos.'],
    ['pt', 'Reporte quaisquer problemas no rastreador.'],
    ['it', 'Segnalate eventuali problemi sul forum.'],
    ['nl', 'Feedback is altijd welkom via het forum.'],
    ['ru', 'Сообщайте о любых ошибках в трекере.'],
    ['uk', 'Повідомляйте про будь-які помилки в трекері.'],
    ['ja', '不具合があれば、バグトラッカーにご報告ください。'],
    ['zh', '请报告任何问题。'],
    ['ko', '문제가 있으면 버그 트래커에 보고해 주세요.'],
  ])('%s: «%s»', (lang, sentence) => {
    expect(invitesContact(sentence, lang)).toBe(true);
  });

  test.each([
    ['en', 'Amazon engineer Jane Doe reported an issue in the parser.'],
    ['en', 'The team fixed all reported issues before the release.'],
    ['en', 'Welcome packs are available for new members.'],
    ['de', 'Die Version behebt alle gemeldeten Fehler.'],
  ])('%s: a report of issues, not a request for them, is news: «%s»', (lang, sentence) => {
    expect(invitesContact(sentence, lang)).toBe(false);
  });

  test('release notes posted as their request to testers post the release instead', () => {
    const d = draft(
      article('en', '9.6', [
        '# AlmaLinux 9.6 Release Notes',
        'These are the release notes for AlmaLinux OS 9.6 for all supported architectures:',
        '## Providing Feedback and Getting Help',
        'Please report any issues you may encounter during tests on the AlmaLinux Bug Tracker.',
      ]),
    );
    expect(d.sentences.join(' ')).not.toMatch(/report any issues/u);
    expect(d.sentences[0]).toBe('AlmaLinux 9.6 Release Notes.');
  });
});

describe('a comparison with the reader leans on the page written for them', () => {
  test.each([
    ['en', 'Like you, we want to help as fast as we can.', true],
    ['en', 'As you may know, the project moved to a new foundation.', true],
    ['en', 'Like Debian, Fedora ships the new kernel.', false],
    ['en', 'Tools like you would expect are included.', false],
    ['vi', 'Giống như bạn, chúng tôi muốn giúp đỡ nhanh nhất có thể.', true],
    ['fr', 'Comme vous, nous voulons aider au plus vite.', true],
    ['de', 'Wie Sie wissen, ist das Projekt umgezogen.', true],
    ['de', 'Wie Sie Karten erstellen, erklärt das nächste Kapitel.', false],
    ['es', 'Al igual que usted, queremos ayudar.', true],
    ['pt', 'Assim como você, queremos ajudar.', true],
    ['ru', 'Как и вы, мы хотим помочь как можно быстрее.', true],
    ['ja', 'ご存知のとおり、プロジェクトは移転しました。', true],
    ['ko', '여러분처럼 우리도 빨리 돕고 싶습니다.', true],
  ])('%s: «%s»: %s', (lang, sentence, expected) => {
    expect(comparesWithReader(sentence, lang)).toBe(expected);
    expect(asideToReader(sentence, lang, NO_CALL)).toBe(expected);
  });
});

describe('a demonstrative pronoun that sums up what came before leans on it', () => {
  test.each([
    ['de', 'Das sind nur ein paar Möglichkeiten, die Sie nutzen können, um verbunden zu bleiben.'],
    ['de', 'Das waren die wichtigsten Neuerungen.'],
    ['en', 'These are just a few ways to stay connected.'],
    ['fr', 'Voilà quelques façons de rester en contact.'],
    ['es', 'Estas son solo algunas formas de mantenerse en contacto.'],
    ['vi', 'Đây là một vài cách để giữ liên lạc.'],
    // «We also…»: what else was said before.
    ['vi', 'Chúng tôi cũng cần bạn chăm sóc.'],
  ])('%s: «%s»', (lang, sentence) => {
    expect(leansOnAntecedent(sentence, lang)).toBe(true);
  });
});

describe('a pointer at a link, a button or a menu of the page is navigation', () => {
  test.each([
    ['ko', 'CC0의 적용은 CC0 권리포기에서 선택할 수 있습니다.', true],
    ['ko', '결과는 홈페이지에서 확인할 수 있습니다.', true],
    ['ko', 'CC0는 권리자의 의사표시입니다.', false],
    ['ja', 'ライセンスはメニューから選択できます。', true],
    ['zh', '可在设置页面中选择许可证。', true],
    ['en', 'Click the Download button to get the installer.', true],
    ['en', 'Pick your language from the drop-down menu.', true],
    ['en', 'The menu of the restaurant changed this year.', false],
  ])('%s: «%s»: %s', (lang, sentence, expected) => {
    expect(pointsElsewhere(sentence, lang)).toBe(expected);
  });
});

describe('a list of what to have first is no news: its lines are noun phrases', () => {
  test('a prerequisite line under «前提条件» is never the hook', () => {
    const d = draft(
      article('ja', 'Rocky Linuxへの移行', [
        '## 必要な条件・前提条件',
        '* Centos、Alma Linux、RHEL、Oracle Linuxが動作するハードウェアサーバまたはVPS。現在サポートされているバージョンは8.5です。',
        '## はじめに',
        'スクリプトを実行すると、サーバ内の全リポジトリがRocky Linuxのものに変更されます。',
      ]),
    );
    expect(d.sentences.join('')).not.toMatch(/VPS/u);
  });

  test.each([['Prerequisites'], ['Voraussetzungen'], ['Prérequis'], ['Requisitos previos'], ['사전 요구 사항']])(
    'nor is one under «%s»',
    (heading) => {
      const d = draft(
        article('en', 'Migrating to the new server', [
          `## ${heading}`,
          '* A hardware server or a VPS running CentOS 8.5.',
          '## Introduction',
          'The script switches every repository of the server to the new distribution in one run.',
        ]),
      );
      expect(d.sentences.join(' ')).not.toMatch(/VPS/u);
    },
  );
});

describe('the title’s own name before a colon is no label', () => {
  const title = 'AlmaLinux Day: LA — Venue Confirmed at E-Central Downtown LA';
  const sentence = 'AlmaLinux Day: Los Angeles will take place Saturday, July 18, 2026, at the E-Central hotel.';

  test('it is a label elsewhere, the event’s name under its title', () => {
    expect(opensWithLabel(sentence)).toBe(true);
    expect(opensWithLabel(sentence, title)).toBe(false);
  });

  test('the event’s date and registration are the hook, not why the venue was chosen', () => {
    const d = draft(
      article('en', title, [
        `We have a venue! ${sentence.replace(/\.$/u, '')} — and you can register now.`,
        '## Why this venue',
        'We wanted somewhere that was easy to get to, comfortable to spend a full day in, and close to everything.',
      ]),
    );
    expect(d.sentences.join(' ')).toMatch(/July 18, 2026/u);
    expect(d.sentences.join(' ')).not.toMatch(/We wanted/u);
  });
});

describe('a digest says it is one, and lifts none of its items', () => {
  test('the name its opening heading gives goes with a title that names one item', () => {
    const d = draft(
      article('en', 'Pins and map pins', [
        '### This Week in F-Droid',
        '#### Community News',
        'monocles chat was updated to 2.0.6, but did you know they have launched a crowdfunding campaign?',
        'OsmAnd was updated to 5.0.5 with a long changelog.',
      ]),
    );
    expect(d.sentences).toEqual(['This Week in F-Droid: Pins and map pins.']);
  });

  test('a title that names the digest already is left to the rules of the hook', () => {
    const d = draft(
      article('en', 'This Week in F-Droid 19', [
        '### This Week in F-Droid',
        'OsmAnd was updated to 5.0.5 with a long changelog.',
      ]),
    );
    expect(d.sentences[0]).not.toMatch(/^This Week in F-Droid:/u);
  });
});

describe('a heading of one word names a section, not a digest (dev13: «## Podsumowanie» under Conventional Commits)', () => {
  test.each([
    ['pl', 'Podsumowanie'],
    ['ru', 'Итоги'],
    ['uk', 'Підсумки'],
    ['en', 'Recap'],
  ])('%s: «%s» is not glued to the title', (lang, heading) => {
    const d = draft(
      article(lang, 'Widget 1.0.0', [
        `## ${heading}`,
        'Widget 1.0.0 is a lightweight convention for commit messages, with a simple set of rules.',
      ]),
    );
    expect(d.sentences[0]).not.toMatch(new RegExp(`^${heading}`, 'u'));
  });
});

describe('Korean: the pronoun for what came before stands after the subject (dev13, SK Telecom on Elasticsearch)', () => {
  test.each([
    ['AWS는 이에 대응해 OpenSearch 프로젝트를 시작했습니다.', true],
    ['Elastic은 이를 견제하고자 라이선스를 변경했습니다.', true],
    ['회사는 이로 인해 큰 손실을 입었습니다.', true],
    // After a comma it sums up its own sentence's clause.
    ['Elastic은 AGPL을 추가했고, 이를 통해 다시 오픈소스가 되었습니다.', false],
    // «사이에» («between») only ends like it.
    ['두 회사 사이에 새로운 협력이 시작되었습니다.', false],
  ])('«%s»: %s', (sentence, leans) => {
    expect(leansOnAntecedent(sentence, 'ko')).toBe(leans);
  });
});

describe('«Of course…» concedes what follows from a sentence the post does not show (dev13, xHain)', () => {
  test.each([
    [
      'de',
      'Natürlich machen wir uns nun schon eine Weile Gedanken, wie die Wiederbelebung vonstatten gehen soll.',
      true,
    ],
    ['en', 'Of course, the new release also ships a debugger.', true],
    ['fr', 'Bien sûr, la nouvelle version corrige aussi ce bogue.', true],
    ['es', 'Por supuesto, la nueva versión también corrige el error.', true],
    ['nl', 'Natuurlijk werkt de nieuwe versie ook op Windows.', true],
    ['ru', 'Конечно, новая версия работает и на Windows.', true],
    ['ja', 'もちろん、この機能は無料です。', true],
    // «Natürliche…», «Claro que…» are other words.
    ['de', 'Natürliche Sprache ist schwer zu verarbeiten.', false],
    ['es', 'Claro que sí: la versión 2.0 ya está disponible.', false],
  ])('%s: «%s»', (lang, sentence, leans) => {
    expect(leansOnAntecedent(sentence, lang)).toBe(leans);
  });
});

describe('one part of a whole the sentence before divided leans on it (dev13, Gin’s Persian middleware guide)', () => {
  test.each([
    ['fa', 'بخش اول یک بار اجرا می‌شود، زمانی که میان‌افزار خود را مقداردهی اولیه می‌کنید.', true],
    ['fa', 'اینجاست که اشیاء سراسری را تنظیم می‌کنید.', true],
    ['en', 'The second part runs on every request.', true],
    ['de', 'Der erste Teil wird einmal ausgeführt.', true],
    ['fr', 'La seconde partie est exécutée à chaque requête.', true],
    ['ru', 'Вторая часть выполняется при каждом запросе.', true],
    // A part of a whole it names; a procedure's first step.
    ['en', 'The first part of the migration finished on Monday.', false],
    ['fr', 'La première étape consiste à installer Rust.', false],
  ])('%s: «%s»', (lang, sentence, leans) => {
    expect(leansOnAntecedent(sentence, lang)).toBe(leans);
  });
});
