import { describe, expect, test } from '@jest/globals';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { emojiOf } from './emoji-of.js';

describe('a year told in review is a recap of a period, whatever its items are about (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev9: «State of KubeVela 2025: A Year of Maturity, Community…» wore 🤝 from «Community», «irrelevant emoji».
    ['en', 'State of Widget 2025: A Year of Maturity, Community, and Looking Ahead', 'Reflecting on 2025.', '🗓️'],
    ['en', 'The State of the Widget Project 2024', 'What happened in our community this year.', '🗓️'],
    // dev9: «Unser Jahresbericht für 2020» wore 🔒, the site's subject: a report's figures, 📊.
    ['de', 'Unser Jahresbericht für 2020', 'Ein weiteres Jahr im Datenschutz liegt hinter uns. Datenschutz!', '📊'],
    ['es', 'Informe anual 2024 de la comunidad', 'Un año de comunidad y privacidad.', '📊'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test('«The state of» a subject, with no year, is that subject’s: «The state of gRPC in the browser» stays 🌐', () => {
    expect(emojiOf('en', 'The state of Widget in the browser', 'Browsers can now run Widget.')[0]).toBe('🌐');
  });
});

describe('talks and their recordings: 🎥 (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev6: Scala 3's «Розмови» (…/talks.html) wore 📘, «emoji weakly relevant».
    ['uk', 'Розмови', 'Поговорімо про Scala 3 є серією коротких розмов.', 'https://docs.example.org/uk/talks.html'],
    ['en', 'Lightning talks from the Widget sprint', 'Five minutes each.', 'https://example.org/blog/2025/a/'],
    ['de', 'Vorträge zu Widget', 'Alle Vorträge als Video.', 'https://example.org/blog/2025/a/'],
  ])('%s «%s» → 🎥', (lang, title, body, url) => {
    expect(emojiOf(lang, title, body, { url })[0]).toBe('🎥');
  });
});

describe('an age the title gives a project is an anniversary: 🎂 (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev7: «Flux turns 10!» wore 📢.
    ['en', 'Widget turns 10!', 'Ten years ago today, the first commit.'],
    ['es', 'Widget cumple 5 años', 'Hace cinco años publicamos la primera versión.'],
  ])('%s «%s» → 🎂', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🎂');
  });
});

describe('a milestone the title counts: ⭐ for stars, 🌟 for contributors or downloads (docs/teasers.md, "Emoji")', () => {
  /** The emoji of a post on a site that tags every piece with its field. */
  const taggedEmoji = (lang: string, title: string, body: string) =>
    draftTeaser(
      { id: 'test', url: 'https://example.org/blog/a/', lang, title, body, tags: ['Artificial Intelligence'] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;

  test.each([
    // dev8: «Langkah Kecil untuk Milvus - 10.000 Bintang» wore 🤖 from the site's tag, «irrelevant emoji».
    ['id', 'Langkah Kecil untuk Widget - 10.000 Bintang', 'Kami mencapai lebih dari 10 ribu bintang di GitHub.', '⭐'],
    ['en', 'Widget hits 10K GitHub stars', 'We passed ten thousand stars. Thank you all.', '⭐'],
    ['fr', 'Merci pour les 10 000 étoiles !', 'Le projet a passé le cap des 10 000 étoiles.', '⭐'],
    ['zh', 'Widget GitHub Star 数突破 1 万', '感谢大家的支持。', '⭐'],
    ['ja', 'Widgetが1万スターを達成', '皆さんのおかげです。', '⭐'],
    ['ko', 'Widget, GitHub 스타 1만 개 돌파', '감사합니다.', '⭐'],
    ['en', 'Celebrating 1 million downloads', 'The package was downloaded a million times.', '🌟'],
    ['de', 'Danke für 500 Mitwirkende', 'Wir haben 500 Mitwirkende.', '🌟'],
  ])('%s «%s» → %s, not the field the site tags', (lang, title, body, emoji) => {
    expect(taggedEmoji(lang, title, body)).toEqual([emoji]);
  });

  test.each([
    ['en', 'Rated 5 stars by users', 'Users love it.'],
    ['en', 'The 2024 downloads page', 'Get the files here.'],
    ['en', 'Stars of the open source world', 'Meet the people behind it.'],
    // «スタート» (start) and «스타트업» (a start-up) begin with a star's letters.
    ['ja', 'スタートアップ1万社の調査', '調査結果です。'],
    ['ko', '스타트업 1만 개 시대', '스타트업이 늘었다.'],
  ])('no milestone: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).not.toMatch(/^(?:⭐|🌟)$/u);
  });
});

describe('a version that is here, or a beta or an alpha of it, is a release (docs/teasers.md, "Emoji", the tone)', () => {
  test.each([
    // dev12: «¡Vite 8.0 ya está aquí!» wore 📢; dev9: «Wails v2 Beta for Windows» and «Шлях до випуску Helm v4» 📰.
    ['es', '¡Widget 8.0 ya está aquí!', 'Widget se descarga 65 millones de veces a la semana.'],
    ['en', 'Widget v2 Beta for Windows', 'No CGO dependency!'],
    ['uk', 'Шлях до випуску Widget v4', 'Випущено першу альфа-версію Widget v4.'],
    ['en', 'Widget 3 is here', 'The new major version brings a new engine.'],
  ])('%s «%s» → 🎉', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🎉');
  });

  test('a beta with no number is no release: «Widget Compiler : beta et feuille de route» → 🗺️', () => {
    expect(emojiOf('fr', 'Widget Compiler : beta et feuille de route', 'Le compilateur passe en bêta.')[0]).toBe('🗺️');
  });

  test('nor beside a number that numbers no version: «12 initiatives Covid19 accompagnées par beta.gouv.fr» is no 🎉', () => {
    // The corpus: a site's name, beta.gouv.fr, beside a count.
    const title = '12 initiatives Covid19 accompagnées par beta.gouv.fr';
    expect(emojiOf('fr', title, 'Nous proposons notre appui aux initiatives.')[0]).not.toBe('🎉');
  });
});

describe('a newsletter in the languages of the set: 📬, not its first item’s topic (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev8: «Zpravodaj „Bitcoin Optech” č. 409» wore 🪙, where its German and Hindi issues wear 📬.
    ['cs', 'Zpravodaj „Bitcoin Optech” č. 409', 'Zpravodaj popisuje návrh BIPu. Bitcoin Core přidává podporu.'],
    ['ja', 'Widget ニュースレター 第12号', 'Bitcoin Coreの新機能。'],
  ])('%s «%s» → 📬', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('📬');
  });
});

describe('a software supply chain is security: 🔐, not the community that reached it (docs/teasers.md, "Emoji", the topic)', () => {
  test('dev9: «CNCF社区首个！KubeEdge达到软件供应链SLSA L3等级» wore 🤝', () => {
    expect(
      emojiOf(
        'zh',
        'CNCF社区首个！Widget达到软件供应链SLSA L3等级',
        'SLSA 在 Widget 项目软件供应链安全中发挥着重要作用。',
      )[0],
    ).toBe('🔐');
  });
});

describe('a specific topic the title names beats a generic one it names beside (docs/teasers.md, "Emoji", the topic)', () => {
  test('dev2: «Andrew Hyder Government Service Improvement Award…» wore 🏛️, the government’s; it is an award, 🏆', () => {
    const title = 'Widget Government Service Improvement Award recognizes commitment to serving the public';
    const body = 'The government agency presents the award. Government service matters. The government thanks her.';
    expect(emojiOf('en', title, body)[0]).toBe('🏆');
  });
});

describe('a subject the title names says more than the platform it names beside (docs/teasers.md, "Emoji", the topic)', () => {
  test('dev8: «React Native 0.71-RC0 Android outage postmortem» wore ⚛️; an outage is an incident, 🚨', () => {
    const title = 'React Native 0.71-RC0 Android outage postmortem';
    const body = 'On November 4th we published a release candidate of React Native. The outage lasted hours.';
    expect(emojiOf('en', title, body)[0]).toBe('🚨');
  });
});

describe('a post that opens on its periodical’s name is a digest’s: not its first item’s topic (docs/teasers.md, "Emoji", the kind)', () => {
  test('dev5: F-Droid’s «Pins and map pins» under «### This Week in F-Droid» wore 💬 from a chat app, its first item', () => {
    const body = [
      '### This Week in Widget',
      '',
      '#### Community News',
      '',
      '**Chatty** was updated to 2.0.6 with a new chat view. Chat with friends in the chat app, chat everywhere.',
      '',
      '**Maps** was updated to 5.0.5 with a long changelog.',
    ].join('\n');
    const emoji = emojiOf('en', 'Pins and map pins', body, {
      url: 'https://example.org/2025/05/08/twiw.html',
      date: '2025-05-08',
    })[0];
    expect(emoji).toBe('🗓️');
  });
});

describe('the command line in the case a title takes: ⌨️ (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev10: the Polish «Sztuka używania wiersza poleceń» wore 💻, its Korean and Ukrainian versions ⌨️.
    ['pl', 'Sztuka używania wiersza poleceń', 'Biegłość w posługiwaniu się powłoką.'],
    ['ru', 'Искусство командной строки', 'Владение оболочкой.'],
  ])('%s «%s» → ⌨️', (lang, title, body) => {
    expect(emojiOf(lang, title, body, { url: 'https://example.org/docs/a/' })[0]).toBe('⌨️');
  });
});

describe('a specification’s page states rules: 📜, not a release (docs/teasers.md, "Emoji", the kind)', () => {
  const rules =
    'A version MUST be three numbers. It MUST NOT change. A tag SHOULD follow. Builds are REQUIRED to say so.';
  test.each([
    // dev13: «Semantic Versioning 2.0.0» (semver.org/lang/he/, …/uk/) and «Conventional Commits 1.0.0»
    // (conventionalcommits.org/pl/v1.0.0/, …/hi/) wore 🎉, «irrelevant emoji».
    ['he', 'גרסאות ווידג׳ט 2.0.0', `סיכום. ${rules}`, 'https://widgetver.org/lang/he/'],
    [
      'pl',
      'Widget Commits 1.0.0',
      `Specyfikacja Widget Commits to lekka konwencja. ${rules}`,
      'https://example.org/pl/v1.0.0/',
    ],
  ])('%s «%s», an undated page that says what MUST be done → 📜', (lang, title, body, url) => {
    expect(emojiOf(lang, title, body, { url })[0]).toBe('📜');
  });

  test('a dated release post that quotes the rules stays a release: 🎉', () => {
    expect(
      emojiOf('en', 'Widget 2.0.0', `Widget 2.0.0 is out. ${rules}`, {
        url: 'https://example.org/lang/en/',
        date: '2025-03-01',
      })[0],
    ).toBe('🎉');
  });

  test('an undated post filed under a blog that quotes the rules stays a release: 🎉', () => {
    expect(
      emojiOf('en', 'Widget 2.0.0', `Widget 2.0.0 is out. ${rules}`, { url: 'https://example.org/blog/widget-2/' })[0],
    ).toBe('🎉');
  });

  test('an undated page with one requirement in capitals is no specification', () => {
    expect(
      emojiOf('en', 'Widget 2.0.0', 'You MUST upgrade to Widget 2.0.0.', { url: 'https://example.org/lang/en/' })[0],
    ).not.toBe('📜');
  });
});

describe('features a service restricts for some users are a notice: ⚠️ (docs/teasers.md, "Emoji", the tone)', () => {
  test.each([
    // dev13: «Des restrictions pour les comptes d'essai sur wallabag.it» wore 💾 from «sauvegarde», saving.
    [
      'fr',
      "Des restrictions pour les comptes d'essai sur Widget",
      'La sauvegarde par email est désormais réservée aux abonnés.',
    ],
    ['en', 'New restrictions for free accounts', 'Imports are now for subscribers only.'],
    ['de', 'Einschränkungen für Testkonten', 'Importe sind nun Abonnenten vorbehalten.'],
  ])('%s «%s» → ⚠️', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('⚠️');
  });

  test('French «essai» is a trial as well as an essay: «Version d’essai gratuite de Widget» is no 💭', () => {
    expect(emojiOf('fr', "Version d'essai gratuite de Widget", 'Essayez Widget pendant trente jours.')[0]).not.toBe(
      '💭',
    );
  });

  test('French «sauvegarde» is saving as well as a backup: saving articles by e-mail is no 💾', () => {
    const body = 'La sauvegarde par email. La sauvegarde est rapide. Une sauvegarde, puis une sauvegarde. Sauvegarde !';
    expect(emojiOf('fr', 'Sauvegarde par email', body)[0]).not.toBe('💾');
  });
});

describe('a tool made over is what its new version brings: ✨ (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev13: «오픈소스 고지문 생성 도구 onot, 전면 개편» wore ⌨️ from the command line its body names.
    [
      'ko',
      '오픈소스 고지문 생성 도구 widget, 전면 개편',
      '명령줄 도구가 새롭게 개편되었습니다. 명령줄 도구뿐 아니라 앱도. 명령줄 명령줄.',
    ],
    ['en', 'Widget, overhauled', 'The command line tool is new. Command line options, command line help.'],
  ])('%s «%s» → ✨', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('✨');
  });
});

describe('what a piece is about, where 📰 said nothing (docs/teasers.md, "Emoji", the topic)', () => {
  test.each([
    // dev13, «generic emoji» on 📰: reading on a Kobo e-reader, a hackerspace that keeps its premises, tracing.
    ['fr', 'Lire ses articles sur Kobo et mobile avec Widget', 'Lisez plus tard sur votre liseuse Kobo.', '📖'],
    [
      'de',
      'Widget bleibt!',
      'Wir können bleiben! Die Vermieter verkaufen die Ladenfläche nicht. Ein langfristiger Mietvertrag ist in Aussicht.',
      '🏠',
    ],
    [
      'zh',
      'Widget 支持使用 SkyWalking 进行分布式追踪',
      '日前，SkyWalking 完成了与 Widget 的集成，实现更强大的可观察性。',
      '🔭',
    ],
  ])('%s «%s», «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });
});

describe('what dev14’s blind reading marked (docs/teasers.md, "Emoji")', () => {
  test.each([
    // A hackathon is an event, whatever it is named; its results are its prizes.
    ['es', 'WidgetHack III Información para registrarse', 'WidgetHack III tendrá lugar en febrero.', '📅'],
    ['en', 'HackStorm Widget 2030', 'Join us to build things together.', '📅'],
    [
      'pt',
      'Resultados do WidgetHack III',
      'Após um bem-sucedido WidgetHack III, o júri tomou sua decisão final!',
      '🏆',
    ],
    // A governance body founded is governance.
    [
      'en',
      'The Widget TOC Officially Established!',
      'We have established the Widget Technical Oversight Committee.',
      '🏛️',
    ],
    ['zh', 'Widget 技术监督委员会正式成立', '为了更好地支持项目发展，我们成立了委员会。', '🏛️'],
    // The project on a conference's stage; the recordings of its talks.
    ['fr', 'Fosdem 2030 : Widget était présent !', 'Le Widget a eu la chance d’ouvrir cette room.', '🎤'],
    [
      'fr',
      'Présentation Widget #1',
      'L’équipe a présenté ses résultats. Voici la rediffusion des interventions :',
      '🎥',
    ],
    // Mining rewards in a crypto piece.
    [
      'pt',
      'Recompensas por Mineração de Widget: A Primeira Queda',
      'Recompensas aos mineradores foram reduzidas.',
      '⛏️',
    ],
    ['en', 'The Widget halving is here', 'Block rewards drop by half for miners.', '⛏️'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test('a release dedicated to someone who died is no party: 🕊️, not 🎉 (dev14, Vim 9.1)', () => {
    const lead = 'Widget 9.1 がリリースされました。このリリースは、2023年8月に急逝した作者に捧げられます。';
    expect(emojiOf('ja', 'Widget 9.1 has been released', lead)[0]).toBe('🕊️');
    expect(emojiOf('en', 'Widget 9.1 released', 'This release is dedicated to Jane, who passed away in May.')[0]).toBe(
      '🕊️',
    );
    expect(emojiOf('en', 'Widget 9.1 released', 'Smooth scrolling and classes.')[0]).toBe('🎉');
  });

  test('a tool named HackMD is no hackathon, nor a data-mining piece a mine', () => {
    expect(emojiOf('en', 'Writing notes in HackMD', 'HackMD is a markdown editor.')[0]).not.toBe('📅');
    expect(emojiOf('en', 'Data mining with Widget', 'Mining patterns in data.')[0]).not.toBe('⛏️');
  });
});
