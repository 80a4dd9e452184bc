import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { pickEmoji } from '../../../src/teaser/emoji.js';
import { flagOf } from '../../../src/teaser/flags.js';
import { articleText, keywords } from '../../../src/teaser/keywords.js';
import { emojiOf } from './emoji-of.js';

describe('topic emoji: whole words in the article’s language, never substrings', () => {
  test.each([
    ['fr', 'L’IA change la donne', 'L’intelligence artificielle progresse. L’IA est partout.', '🤖'],
    ['de', 'KI in der Verwaltung', 'Die KI hilft. Künstliche Intelligenz wird geprüft.', '🤖'],
    ['ja', '人工知能の未来', '人工知能は急速に発展しています。人工知能の研究が進んでいます。', '🤖'],
    ['en', 'Security bounty paused', 'The security bug bounty is paused. Reports still go through HackerOne.', '🔐'],
    ['ja', 'RubyGemsの移行', 'RubyGemsとBundlerはRubyコアチームへ移行します。', '💎'],
    ['fr', 'Le climat change', 'Le changement climatique s’accélère. Le climat se réchauffe.', '🌍'],
    ['fr', 'Le budget de l’État', 'Le budget est voté. Le suivi budgétaire commence.', '💶'],
    ['en', 'Wild bees are coming back to city parks', 'Ecologists counted 62 species of wild bees.', '🐝'],
    ['fr', 'Les abeilles sauvages reviennent en ville', 'Les abeilles sauvages reviennent dans les parcs.', '🐝'],
    ['de', 'Artenvielfalt in der Stadt', 'Die Artenvielfalt wächst. Die Biodiversität der Parks auch.', '🌱'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test.each([
    ['fr', 'La machine à café', 'La machine à café est en panne depuis mardi. Une machine neuve arrive.'],
    ['fr', 'J’ai vu un film', 'J’ai vu un film hier soir. J’ai aimé la fin du film.'],
    ['pt', 'Ele ia ao mercado', 'Ele ia ao mercado todos os dias. Ela ia também ao mercado.'],
  ])('%s «%s» has no 🤖 (machine, j’ai, ia are not AI)', (lang, title, body) => {
    expect(emojiOf(lang, title, body)).not.toContain('🤖');
  });

  test('a software ecosystem or API is no nature topic (no 🐝 for «api», Italian for bees)', () => {
    const emoji = emojiOf(
      'en',
      'The Ruby ecosystem gets a new API',
      'The API is stable. The ecosystem grows. The API has docs.',
    );
    expect(emoji).not.toContain('🐝');
    expect(emoji).not.toContain('🌱');
  });

  test('without a curated topic, an emoji whose localized name is a title keyword (emojibase: «tomate» → 🍅)', () => {
    expect(
      emojiOf('fr', 'La tomate de demain', 'La tomate pousse seule. La tomate consomme peu. Une tomate pour tous.'),
    ).toEqual(['🍅']);
  });

  test.each([
    [
      'en',
      'Train your first model',
      'Train a model on your laptop.\n\nTrain it again tomorrow. Train it in the cloud.',
    ],
    [
      'en',
      'Key rotation for every account',
      'Each key expires in May.\n\nA new key is made monthly. One key per account.',
    ],
    [
      'en',
      'A new ticket workflow',
      'Every ticket gets an owner.\n\nA ticket closes when the fix ships. One ticket per bug.',
    ],
  ])('no emojibase name that is a computing word in a tech piece: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)).toEqual([expect.stringMatching(/^(?:📰|📝|📢)$/u)]);
  });

  test('German KI is never the flag of Kiribati 🇰🇮', () => {
    expect(emojiOf('de', 'KI in der Schule', 'Die KI kommt in die Schule. KI lernt mit.')).not.toContain('🇰🇮');
  });

  test('no emoji when asked for none, at most the number asked for', () => {
    expect(emojiOf('fr', 'La Chine et l’IA', 'La Chine investit dans l’IA.', { maxEmoji: 0 })).toEqual([]);
    expect(emojiOf('fr', 'La Chine et l’IA', 'La Chine investit dans l’IA.', { maxEmoji: 1 })).toHaveLength(1);
  });
});

describe('flags: only for the country the article is about, from its localized name', () => {
  test.each([
    ['fr', 'La Chine appelle à coopérer', 'La Chine propose un accord.', '🇨🇳'],
    ['fr', 'Les États-Unis répondent', 'Les États-Unis hésitent encore.', '🇺🇸'],
    ['ja', 'タイで新しい法律', 'タイ政府は新しい法律を発表しました。タイの企業が対応します。', '🇹🇭'],
    ['en', 'China calls for cooperation on AI', 'China offers to share its models.', '🇨🇳'],
    ['zh-CN', '中国呼吁人工智能合作', '中国愿意分享其开源模型。', '🇨🇳'],
    ['ja', '中国がAI協力を呼びかけ', '中国は開発成果を共有すると表明した。', '🇨🇳'],
    ['de', 'Deutschland und die Smart City', 'Deutschland plant neue Projekte.', '🇩🇪'],
  ])('%s «%s» → %s first', (lang, title, body, flag) => {
    expect(emojiOf(lang, title, body)[0]).toBe(flag);
  });

  test('emoji already in the source are never evidence: 🇹🇳 on a piece about China gives 🇨🇳', () => {
    const emoji = emojiOf(
      'fr',
      '🇹🇳 La Chine appelle à une coopération mondiale en IA',
      '🇹🇳 La Chine appelle à une coopération mondiale en IA. 🤖',
    );
    expect(emoji).toEqual(['🇨🇳', '🤖']);
  });

  test.each([
    ['fr', 'Maurice a écrit un livre', 'Maurice raconte sa vie. Maurice est content.'],
    ['en', 'Jordan joins the team', 'Jordan will lead the design work. Jordan starts Monday.'],
    ['fr', 'Un service en porcelaine de chine', 'La vaisselle en chine est fragile.'],
    ['en', 'Node.js pauses its bug bounty', 'The bounty program is paused for lack of funding.'],
    ['pl', 'Mali użytkownicy i duże projekty', 'Mali użytkownicy też korzystają z projektu.'],
    ['tr', 'Mısır ekmeği tarifi', 'Mısır unu ile ekmek yapılır.'],
    ['ru', 'Того стоило ждать', 'Того, что мы сделали, достаточно.'],
    // Thailand («タイ») inside «リアルタイム» (real time) is a part of another word (dev12, web.dev's Japanese WebRTC post).
    [
      'ja',
      'WebRTCの完成',
      'リアルタイムの通信機能を提供します。リアルタイム通信。リアルタイム映像。リアルタイム音声。',
    ],
  ])('no flag for %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body).some((e) => /\p{Regional_Indicator}/u.test(e))).toBe(false);
  });

  test('a country named only in a list’s asides says where each entry is from, not what the piece is about', () => {
    const companies = ['Abra', 'BitPay', 'Circle', 'Civic', 'Filament'].map((c) => `- ${c} (United States)`);
    const body = [
      'The statement asks exchanges not to list the fork as Bitcoin.',
      'A banner on every page will warn users about the risks of such services.',
      'The following companies have said they support the fork:',
      companies.join('\n'),
    ].join('\n\n');
    expect(
      emojiOf('en', 'Exchanges asked not to rename the fork', body).some((e) => /\p{Regional_Indicator}/u.test(e)),
    ).toBe(false);
    // Named in the prose as often, it still is the subject.
    const prose =
      'The United States regulator met. The United States rules changed. The United States court ruled. The United States Congress voted.';
    expect(emojiOf('en', 'New rules for exchanges', prose)).toContain('🇺🇸');
  });

  test('a language the country package lacks leaves the names of the others as they were', () => {
    // Yoruba: Intl.DisplayNames alone. Its table must be its own (China found by its Yoruba name), not the
    // shared English one emptied.
    expect(emojiOf('yo', 'Ṣáínà àti AI', 'Ṣáínà ń pe fún ìfọwọ́sowọ́pọ̀.')).toContain('🇨🇳');
    const english = createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as {
      countries: Record<string, unknown>;
    };
    expect(english.countries.CN).toContain('China');
  });

  test('flagOf writes regional indicators', () => {
    expect(flagOf('CN')).toBe('🇨🇳');
    expect(flagOf('us')).toBe('🇺🇸');
  });
});

describe('a language named after its country is no flag: it says what the page is written in', () => {
  const FLAG = /\p{Regional_Indicator}/u;
  test.each([
    // dev15: the Svelte team's posts in Japanese open on their translators' note.
    [
      'ja',
      'Svelte 4 発表',
      '> 翻訳 : Svelte日本コミュニティ\n>\n> 日本語版は原文を理解するための参考です。日本語訳に誤りがあればお知らせください。\n\n数ヶ月の開発を経て、Svelte 4 を発表します。\n\n日本語のドキュメントも日本語で読めます。',
    ],
    [
      'ja',
      'ドキュメントの翻訳',
      'タイ語とドイツ語の翻訳が届きました。タイ語版は来週公開します。\n\nタイ語の用語集も作りました。タイ語の話者に感謝します。',
    ],
    [
      'zh',
      '文档翻译完成',
      '西班牙语的翻译已经完成。西班牙语版本下周发布。\n\n西班牙语词汇表也已更新。感谢西班牙语社区。',
    ],
    [
      'ko',
      '문서 번역 완료',
      '일본어 번역이 완료되었습니다. 일본어 버전은 다음 주에 공개됩니다.\n\n일본어 용어집도 만들었습니다. 일본어 사용자에게 감사드립니다.',
    ],
    [
      'id',
      'Dokumentasi kini tersedia',
      'Dokumentasi kini tersedia dalam bahasa Jepang. Terjemahan bahasa Jepang dikerjakan oleh komunitas.\n\nBahasa Jepang adalah bahasa ketiga kami. Terima kasih kepada penerjemah bahasa Jepang.',
    ],
    ['th', 'เอกสารภาษาญี่ปุ่น', 'เอกสารนี้แปลเป็นภาษาญี่ปุ่นแล้ว ภาษาญี่ปุ่นเป็นภาษาที่สาม\n\nขอบคุณผู้แปลภาษาญี่ปุ่น คำศัพท์ภาษาญี่ปุ่นอัปเดตแล้ว'],
  ])('%s «%s»: no flag', (lang, title, body) => {
    expect(emojiOf(lang, title, body).some((e) => FLAG.test(e))).toBe(false);
  });

  test.each([
    ['ja', '日本でのSvelte', '日本の開発者が増えています。日本ではSvelteが人気です。\n\n日本の企業も採用しています。'],
    [
      'id',
      'Startup di Jepang',
      'Jepang punya banyak startup. Pemerintah Jepang mendukungnya.\n\nJepang juga punya komunitas Svelte. Jepang terus tumbuh.',
    ],
  ])('the country itself still is one: %s «%s» → 🇯🇵', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🇯🇵');
  });
});

describe('the tone first, never a celebration on a sombre piece (docs/teasers.md, "Emoji")', () => {
  test.each([
    ['en', 'Action required: the registry freezes legacy tokens', 'Legacy tokens stop working on March 4.', '⚠️'],
    ['en', 'Security release for CVE-2026-1234', 'Upgrade now: the vulnerability lets anyone read files.', '🔐'],
    ['en', 'Ruby 3.4.0 released', 'Ruby 3.4.0 is out with a faster parser and many fixes.', '🎉'],
    ['de', 'Widget 4.3 ist da!', 'In diesem Update haben wir uns auf die Leistung konzentriert.', '🎉'],
    // General availability is a release (dev9: «Announcing Eventing RabbitMQ moving to GA» had 📢).
    ['en', 'Announcing Widget Eventing moving to GA', 'The APIs will remain stable in future iterations.', '🎉'],
    ['fr', 'Rencontre annuelle des contributeurs à Lyon', 'La rencontre a lieu le 12 juin à Lyon.', '📅'],
    // An event already held is a report: people met, nothing to put in a calendar (dev: «📅 for a past event»).
    ['en', 'Widget Contributor Summit 2026 Recap', 'We hosted the summit for two days in Lisbon.', '🤝'],
    ['fr', 'Rencontre annuelle des contributeurs à Lyon', 'La rencontre a eu lieu le 12 juin à Lyon.', '🤝'],
    ['de', 'Rückblick auf die Widget-Konferenz', 'Die Konferenz fand im Juni in Köln statt.', '🤝'],
    ['ru', 'Митап Widget в Минске: итоги', 'Недавно в Минске мы встретились с пользователями.', '🤝'],
    // Heartbleed is a vulnerability by its name, and Persian says «vulnerable» of a version (dev11: Psiphon's notice).
    [
      'fa',
      'خونریزی قلبی و ویجت',
      'برخی از سرورهای ویجت از نسخه‌های آسیب‌پذیر استفاده می‌کردند. نسخه‌های آسیب‌پذیر به‌روز شدند.',
      '🔐',
    ],
    ['de', 'Die Registry wird eingefroren', 'Ab dem 3. April 2023 wird die Registry eingefroren.', '⚠️'],
    // An event called off is a notice to read, not a date to keep (dev12: «Fronteers Conference is cancelled» had 📅).
    ['en', 'Widget Conference is cancelled', 'We are not able to hold our 14th conference this year.', '⚠️'],
    ['nl', 'De Widgetdag gaat niet door', 'Helaas kunnen we de conferentie dit jaar niet organiseren.', '⚠️'],
  ])('%s «%s» → %s first', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test('no 🚀, 🎉 or 🤝 on a shutdown, even of a release process', () => {
    const emoji = emojiOf(
      'en',
      'Shutting down the community release builds',
      'We are shutting down the community release builds and the launch pipeline.',
    );
    expect(emoji).not.toEqual(expect.arrayContaining(['🚀']));
    expect(emoji.some((e) => ['🚀', '🎉', '🤝'].includes(e))).toBe(false);
  });

  test.each([
    ['en', 'How to speed up your builds', 'Cache the steps and split the jobs.', '🛠️'],
    // What the steps are for says more than that they are steps.
    ['en', 'How to write your first plugin', 'Write a plugin in ten minutes with the new tooling.', '🧩'],
    ['en', 'Announcing the new board members', 'The board welcomes three members elected by the members.', '📢'],
    ['en', 'Quarterly figures of the foundation', 'The foundation published its quarterly figures on Monday.', '📰'],
    ['en', 'Annual report of the foundation', 'The foundation published its annual report on Monday.', '📊'],
    ['de', 'Bericht zur Umfrage 2025', 'Die Umfrage hatte 3.000 Antworten.', '📊'],
    ['ja', '2025年度 活動レポート', '今年の活動をまとめました。', '📊'],
    ['en', 'How to write a good bug report', 'Say what you did, what you saw and what you expected.', '🛠️'],
    ['en', 'Ten tips for faster builds', 'Cache the steps. Split the jobs.', '💡'],
    ['de', 'Leitfaden für neue Maintainer', 'Der Leitfaden erklärt die Abläufe.', '📘'],
  ])('a neutral one by kind when nothing else fits: %s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)).toEqual([emoji]);
  });
});

describe('a strong reason for every emoji: readers punish a wrong one far more than a plain one', () => {
  test.each([
    ['en', 'Goodbye, dear Anna', 'Anna passed away last week. She reviewed half of our pull requests.', '🕊️'],
    ['en', 'In memoriam: Paul Martin', 'Paul maintained the parser for ten years and welcomed every newcomer.', '🕊️'],
    ['fr', 'Décès de Marie Dupont', 'Marie a fondé la communauté. Elle a écrit le premier guide.', '🕊️'],
    [
      'en',
      'Goodbye to the old forum',
      'The forum served us for twelve years. Discussions now happen on the chat.',
      '👋',
    ],
    ['en', 'widget 2.3.0', 'widget 2.3.0 is on the registry with a faster parser.', '🎉'],
    ['en', 'Happy 10th birthday, Widget!', 'Ten years ago the first line of Widget was written.', '🎂'],
    ['en', 'Interview with the Widget team', 'We talked with the team that runs Widget in production.', '🎙️'],
    [
      'en',
      'Character encodings for beginners',
      'Every text file is stored in a character encoding such as UTF-8.',
      '🔤',
    ],
    ['en', 'Restoring a backup of your server', 'Keep a backup of the database and of the media files.', '💾'],
    ['en', 'Federating clusters for zero-downtime Kubernetes', 'Move workloads between clusters without a pause.', '☸️'],
    [
      'ar',
      'React Canaries: التمكين التدريجي لإطلاق الميزات الجديدة خارج Meta',
      'نرغب في توفير خيار لمجتمع React لتجربة الميزات الجديدة.',
      '⚛️',
    ],
    ['en', 'The state of gRPC in the browser', 'gRPC 1.0 was released in 2016 and is used by many companies.', '🌐'],
    ['en', 'Diversity in open source', 'Contributors come from many places and backgrounds.', '🤝'],
    ['uk', 'Спостережуваність для CI/CD', 'Група працює над конвеєрами та їхніми даними.', '🔭'],
    // A distribution is Linux (dev9: «Podman, Buildah and Skopeo on Ubuntu 22.04 LTS» had 📰).
    ['en', 'Widget and Gadget on Ubuntu 26.04 LTS', 'Ubuntu 26.04 ships Widget 3 and Gadget 2 in its archive.', '🐧'],
  ])('%s «%s» (%s) → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)).toEqual([emoji]);
  });

  test.each([
    [
      'a platform the title does not name, not the main tag, gives no emoji (🐧 under «Uncached I/O in Prometheus»)',
      'Uncached I/O in Prometheus',
      'Prometheus reads its blocks through the page cache.\n\nThe Linux page cache keeps pages. Linux evicts them. ' +
        'Linux counts them as used memory. On Linux, O_DIRECT skips the cache. Linux 6.1 made it faster.',
      '📰',
    ],
    [
      '…but it does when it is the main tag (🐘 on a Mastodon manual page that names Mastodon again and again)',
      'アカウントの登録',
      'アカウントを作成します。\n\nMastodonのサーバーを選びます。Mastodonは分散型です。Mastodonのアプリもあります。' +
        'Mastodonのサーバーごとに規則があります。Mastodonに登録します。',
      '🐘',
    ],
  ])('%s', (_name, title, body, emoji) => {
    const lang = /[ぁ-んァ-ン]/u.test(title) ? 'ja' : 'en';
    expect(emojiOf(lang, title, body)).toEqual([emoji]);
  });

  test('no celebration, no handshake on an obituary, whatever its body says', () => {
    const emoji = emojiOf(
      'en',
      'Goodbye, dear Anna',
      'Anna passed away. She led the community, the release team, the launch of 2.0 and every summit.',
    );
    expect(emoji).toEqual(['🕊️']);
  });

  test('what the title says beats what the lead says: a retirement over the security words of its lead', () => {
    expect(
      emojiOf(
        'en',
        'Widget controller retirement: what you need to know',
        'For the security of the ecosystem, the security team announces the retirement of the controller.',
      ),
    ).toEqual(['⚠️']);
  });

  test.each([
    [['security'], 'Postmortem for the July 12 publishes', '🔐'],
    [['birthday', 'community'], 'Widget turns ten', '🎂'],
    [['meetups'], 'CIO day: working together', '📅'],
  ])('the author’s own tags %j say the tone or the topic: «%s» → %s', (tags, title, emoji) => {
    expect(emojiOf('en', title, 'We looked back at what happened and what we changed since.', { tags })).toEqual([
      emoji,
    ]);
  });

  test('a generic topic (data, web, community, packages) only when the title names it', () => {
    const body =
      'The data shows the web community grew. The community shared data on the web. Data, web, community, packages.';
    expect(emojiOf('en', 'Quarterly letter of the foundation', body)).toEqual(['📰']);
    expect(emojiOf('en', 'Our community in 2025', body)).toEqual(['🤝']);
  });

  test('a specific topic the lead names once and the body never again is no subject', () => {
    expect(emojiOf('en', 'The state of the toolkit', 'The new design landed. The toolkit got faster.')).toEqual(['📰']);
  });

  test('a short paragraph that only asks for sponsors is not the lead: its money is not the topic (dev10)', () => {
    const body =
      'Do you like this project? Please consider sponsoring me!\n\nLaws, theories, principles and patterns that developers will find useful.';
    expect(emojiOf('en', 'Hacker laws', body)).not.toContain('💰');
  });

  test('a named subject the body keeps coming back to (five times) is the subject', () => {
    const body = 'Open the editor.\n\nPython is ready. Run Python. Python prints. Python stops. Python again.';
    expect(emojiOf('en', 'What comes next?', body)).toEqual(['🐍']);
  });

  test.each([
    [
      'en',
      'Security release of the package manager',
      'Upgrade the package manager: packages could be replaced.',
      ['🔐'],
    ],
    ['en', 'Widget 1.25 is released', 'Widget 1.25 ships faster packages and data tools for developers.', ['🎉']],
    ['en', 'Ruby 3.4.0 released', 'Ruby 3.4.0 is out with a faster parser.', ['🎉', '💎']],
    ['en', 'Moderation on Bluesky', 'Moderation on Bluesky is stackable: anyone can label posts.', ['🛡️', '🦋']],
  ])('one emoji, a second only for a named subject of the title: %s «%s» → %j', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)).toEqual(emoji);
  });

  test('a digest is about many things: the topic of its first item is not its emoji, the kind is', () => {
    expect(
      emojiOf('en', 'This Week in Widgets', 'AI agents now write AI tests. The AI model got faster.\n\nMore AI news.'),
    ).toEqual(['🗓️']);
  });

  test('the kind the title says comes before a thing named in passing (no 🏠 for «a casa»)', () => {
    expect(
      emojiOf('it', 'Se stai seguendo il tutorial a casa', 'A casa puoi seguire il tutorial. Una casa, un computer.'),
    ).toEqual(['📘']);
    expect(emojiOf('zh-CN', 'Widget 项目声明', 'Widget 项目就近期的讨论发表声明。')).toEqual(['📢']);
  });

  test('a country named once in the lead, in passing, is not what the piece is about; named again, it is', () => {
    const inPassing = emojiOf(
      'en',
      'Open science and generative AI',
      'We wrote a comment on AI with colleagues from Uruguay.\n\nGenerative AI changes open science.',
    );
    expect(inPassing).toEqual(['🤖']);
    const about = emojiOf(
      'en',
      'Open science in the public service',
      'Canada opens its research data.\n\nCanada funds it, and Canada trains its researchers.',
    );
    expect(about[0]).toBe('🇨🇦');
  });
});

describe('a word of the map counts only in its sense: false friends in other languages (docs/teasers.md, "Emoji")', () => {
  test.each([
    ['pt', 'Nova data para a reunião anual', 'A data da reunião mudou. A nova data é 12 de junho. Guarde a data.'],
    ['it', 'La data della riunione è cambiata', 'La data è ora il 3 maggio. Segnate la data.'],
    [
      'en',
      'Hidden gems of the standard library',
      'Five small functions save hours. The standard library has them all.',
    ],
    ['fr', 'L’entretien des serveurs', 'L’entretien des serveurs a lieu chaque mois. L’entretien dure une heure.'],
    ['fr', 'Le prix des abonnements augmente', 'Le prix passe à 10 euros. Le prix annuel baisse.'],
    ['de', 'Die Wahl des richtigen Frameworks', 'Die Wahl fällt schwer. Die Wahl hängt vom Team ab.'],
    ['en', 'Server administration made simple', 'Administration of a server takes time. Administration tools help.'],
  ])('%s «%s» has no topic emoji', (lang, title, body) => {
    expect(emojiOf(lang, title, body)).toEqual([expect.stringMatching(/^(?:📰|📝|📢)$/u)]);
  });

  test.each([
    ['en', 'Open data for every city', 'The city publishes its data. The data is open.', '📊'],
    ['it', 'I dati aperti della città', 'La città pubblica i suoi dati. I dati sono aperti.', '📊'],
    ['fr', 'Le prix du meilleur logiciel libre : les lauréats', 'Trois lauréats reçoivent le prix.', '🏆'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test.each([
    ['de', 'Wie wir Entscheidungen treffen', 'Wir treffen Entscheidungen im Team. So treffen wir sie schneller.'],
    ['tr', 'Gel, birlikte kod yazalım', 'Gel ve projeye katkı ver. Herkes gelebilir.'],
    ['ja', '公開鍵暗号の基礎', '公開鍵暗号は鍵を二つ使います。公開鍵は誰でも使えます。'],
  ])('a tone word in another sense gives no tone: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).not.toMatch(/^(?:📅|⚠️|🎉)$/u);
  });

  test.each([
    ['zh', 'CSV 软分叉 - 矿工升级重要指引', '在宽限期内，所有矿工必须升级至 0.12.1。'],
    ['ja', '重要なお知らせ：旧サーバーの停止について', '旧サーバーは3月に停止します。'],
    ['en', 'Important notice for mirror operators', 'Mirrors must switch to the new host by May.'],
    ['de', 'Wichtiger Hinweis zur Registry', 'Die alte Registry nimmt keine Images mehr an.'],
  ])('a notice the title calls important is to act on, not a guide: %s «%s» → ⚠️', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('⚠️');
  });
});

describe('the kind of piece by its address: a page of a manual or a tutorial is no news', () => {
  const at = (url: string) =>
    draftTeaser(
      { id: 'test', url, lang: 'pl', title: 'Co dalej?', body: 'Zrób sobie przerwę i zrelaksuj się.', tags: [] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;
  test.each([
    'https://tutorial.djangogirls.org/pl/whats_next/',
    'https://docs.example.org/pl/admin/backups/',
    'https://example.org/docs/getting-started',
    'https://example.org/guide/start',
    // A book's host, folder or chapter (dev7: 📰 on the Spanish and French Rust books, «generic emoji»).
    'https://book.example-es.org/ch17-00-async-await.html',
    'https://someone.github.io/tide-book-fr/ch00-00-introduction.html',
    'https://example.org/book/intro.html',
    'https://example.org/learn/course/pl/chapter4/2',
  ])('%s → 📘', (url) => {
    expect(at(url)).toEqual(['📘']);
  });

  // On a blog, a title that asks is an essay (docs/teasers.md, "Emoji", the kind).
  test.each([
    'https://example.org/blog/2026/whats-next',
    'https://developer.example.org/blog/whats-next',
    // «ch» opening a word of the slug is no chapter, nor «book» inside a word.
    'https://example.org/blog/2026/checkout-whats-next',
    'https://example.org/blog/facebook/whats-next',
  ])('%s → 💭', (url) => {
    expect(at(url)).toEqual(['💭']);
  });
});

describe('an event told on a day before the piece was published is held: 🤝, not 📅 (docs/teasers.md, "Emoji", the tone)', () => {
  const emojiOn = (lang: string, title: string, body: string, url: string, date?: string) =>
    draftTeaser(
      { id: 'test', url, lang, title, body, tags: [], ...(date === undefined ? {} : { date }) },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji[0];

  test.each([
    // dev: a CIO day «was te gast», in no phrase of a list; the address dates the piece a week later.
    [
      'nl',
      'Widget-bijeenkomst: samen werken',
      'Op woensdag 24 juni was de Widget-community te gast bij het evenement.',
      'https://example.org/blog/2026/07/01/widget-dag',
      undefined,
    ],
    [
      'nl',
      'Widgetdag 2024',
      'Afgelopen 12 januari vierden we onze jaarlijkse dag. Foto’s van het evenement.',
      'https://example.org/2024/01/22/widgetdag.html',
      undefined,
    ],
    [
      'en',
      'Widget Conference',
      'The conference brought 300 people to Lisbon on March 3rd.',
      'https://example.org/blog/conf',
      '2026-03-20T00:00:00.000Z',
    ],
    [
      'ru',
      'Конференция Widget',
      'Конференция собрала 300 человек 3 марта в Минске.',
      'https://example.org/blog/conf',
      '2026-03-20T00:00:00.000Z',
    ],
    [
      'ja',
      'Widget カンファレンス',
      '渋谷で2019年11月9日にWidgetカンファレンスを行いました。',
      'https://example.org/blog/conf',
      '2019-11-20T00:00:00.000Z',
    ],
    // «28 December» in a piece of 5 January is last month's.
    [
      'en',
      'Widget Meetup',
      'The meetup on December 28 brought 40 people together.',
      'https://example.org/blog/meetup',
      '2027-01-05T00:00:00.000Z',
    ],
  ])('%s «%s» → 🤝', (lang, title, body, url, date) => {
    expect(emojiOn(lang, title, body, url, date)).toBe('🤝');
  });

  test.each([
    // A day still to come, or one a piece names beside another still to come.
    ['en', 'Widget Conference', 'The conference meets in Lisbon on March 3rd.', '2026-02-20T00:00:00.000Z'],
    [
      'en',
      'Widget Conference',
      'Talks were picked on March 3; the conference opens on April 9.',
      '2026-03-20T00:00:00.000Z',
    ],
    // «15 January» in a piece of 20 December is next month's.
    ['en', 'Widget Meetup', 'The meetup on January 15 is open to all.', '2026-12-20T00:00:00.000Z'],
    // Words that announce say more than a site's date (dev11: Seata's meetup «将于12月21号…召开», dated 25 December).
    ['zh', 'Widget Meetup·杭州站', 'Widget Meetup 将于12月21号在杭州正式召开。', '2019-12-25T00:00:00.000Z'],
  ])('%s «%s» «%s» stays 📅', (lang, title, body, date) => {
    expect(emojiOn(lang, title, body, 'https://example.org/blog/conf', date)).toBe('📅');
  });

  test('without a date of the piece, a day it names says nothing of when it was written', () => {
    expect(
      emojiOn(
        'en',
        'Widget Conference',
        'The conference brought 300 people to Lisbon on March 3rd.',
        'https://example.org/blog/conf',
      ),
    ).toBe('📅');
  });

  test('a trip report tells of a trip made', () => {
    expect(
      emojiOn(
        'en',
        'Trip report: Widget collaboration summit (2025 Paris)',
        'Contributors get together twice a year.',
        'https://example.org/blog/summit',
      ),
    ).toBe('🤝');
  });
});

describe('office hours are an event: a time to book with the project’s people (docs/teasers.md, "Emoji", the tone)', () => {
  test.each([
    // dev8: 🤖, from the site's «Artificial Intelligence» tag, «irrelevant emoji».
    ['ko', 'Widget 오피스 아워에 참여하여 전문가의 지원을 받으세요!', '20분간의 일대일 세션을 예약하세요.'],
    ['en', 'Join Widget office hours', 'Book a 20-minute one-on-one session with our engineers.'],
  ])('%s «%s» → 📅, not the topic of the site’s tags', (lang, title, body) => {
    expect(emojiOf(lang, title, body, { tags: ['Artificial Intelligence', 'Open Source'] })[0]).toBe('📅');
  });
});

describe('a project that joins an ecosystem, a foundation or a partnership: 🤝 (docs/teasers.md, "Emoji", the kind)', () => {
  test.each([
    // dev8 and dev11 wore 📰.
    ['zh', 'Widget 加入 Next.js 生态', '我们很高兴地推出 next-widget，一个社区驱动的插件。'],
    ['zh', 'Widget 加入了 CNCF 生态图谱', '成为构建服务网格最佳实践的一部分。'],
    ['en', 'Widget joins the Open Source Foundation', 'The project moves its trademark to the foundation.'],
    ['fr', 'Widget rejoint la fondation', 'Le projet confie sa marque à la fondation.'],
  ])('%s «%s» → 🤝', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🤝');
  });

  test.each([
    // Chinese «加入» also adds: support added is no partnership.
    ['zh', 'Widget 加入对 ARM 的支持', 'Widget 现在可以在 ARM 上运行。'],
    ['en', 'SQL joins explained', 'A join combines rows from two tables.'],
  ])('%s «%s» is no partnership', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).not.toBe('🤝');
  });
});

describe('a patch release is not celebrated: its news is what it fixes (docs/teasers.md, "Emoji", the tone)', () => {
  test.each([
    // dev4: 🎉 on Istio 1.28.1, «🎉 feels off for a bug-fix release».
    ['uk', 'Анонс Widget 1.28.1', 'Цей реліз містить виправлення помилок.', '🔧'],
    ['en', 'Widget version 2.0.8 released', 'Our fourth patch release: the allocator is now more stable.', '🔧'],
    ['en', 'Widget-1.12.4 Release', 'Fixes a leak in the proxy.', '🔧'],
    ['en', 'Widget 4.2 maintenance release', 'A handful of crashes fixed.', '🔧'],
    // The security the lead states twice, and the post too, is the fix's news.
    [
      'en',
      'Widget-1.12.4 Release',
      'This release improves security and fixes several security vulnerabilities (see the security advisories).',
      '🔐',
    ],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test.each([
    ['en', 'Widget 1.12.0 released', 'New plugins and a faster parser.'],
    // Under 0.x the third number is a minor's: Solidity 0.8.19 brings operators.
    ['en', 'Widget 0.8.19 Release Announcement', 'Operators on user-defined value types.'],
    ['ja', 'Widget v2026.3.0 がリリースされました', '新しい機能があります。'],
  ])('a release that brings something keeps 🎉: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🎉');
  });

  test('a date is no version: a newsletter dated «2024.11.01» is no release (dev12: 🎉)', () => {
    expect(emojiOf('en', 'Widget Newsletter (2024.11.01 - 2024.11-14)', 'Refactored the parser.')[0]).toBe('📬');
  });
});

describe('a page with no date, below the top of its site and filed under no posts, is a manual’s or a reference’s (docs/teasers.md, "Emoji", the kind)', () => {
  const at = (url: string, date?: string) =>
    draftTeaser(
      {
        id: 'test',
        url,
        lang: 'tr',
        title: 'Eşzamanlılık ve async / await',
        body: 'Asenkron kod, eşzamanlılık ve paralellik üzerine arka plan bilgisi.',
        tags: [],
        ...(date === undefined ? {} : { date }),
      },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;

  test.each([
    // dev7: 📰 on FastAPI's «async» page, «irrelevant emoji (📰 for docs page)».
    'https://widget.example.org/tr/async/',
    'https://github.com/someone/http2-explained/blob/master/tr/part2.md',
  ])('%s → 📘', (url) => {
    expect(at(url)).toEqual(['📘']);
  });

  test.each([
    ['https://widget.example.org/tr/async/', '2026-03-20T00:00:00.000Z'],
    ['https://widget.example.org/blog/2026/03/async', undefined],
    ['https://widget.example.org/tr/blog/async', undefined],
    ['https://widget.example.org/news/async', undefined],
    // The top of a site: a home page, a statement, a post's slug right under the host.
    ['https://widget.example.org/index-tr-TR.html', undefined],
    ['https://widget.example.org/async', undefined],
  ])('%s (%s) stays 📰', (url, date) => {
    expect(at(url, date)).toEqual(['📰']);
  });

  test('a code of conduct by its address, under a title in its own words (dev9: 📰 on the Persian covenant)', () => {
    const emoji = draftTeaser(
      {
        id: 'test',
        url: 'https://www.contributor-covenant.org/fa-ir/version/1/4/code-of-conduct/',
        lang: 'fa',
        title: 'پیمان نحوه‌ی برخورد با مشارکت کننده',
        body: 'ما به عنوان مشارکت کنندگان و نگهدارندگان متعهد می‌شویم.',
        tags: [],
      },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;
    expect(emoji).toEqual(['📜']);
  });
});

describe('an emojibase name only for a thing the title and the lead both name', () => {
  test('«Tomato» in the title only is a metaphor, not 🍅', () => {
    expect(
      emojiOf(
        'en',
        'A tomato on release planning',
        'Release planning starts in May.\n\nEvery team names an owner.\n\n' +
          'Each tomato of work gets an owner. One tomato per team, one tomato per goal, one tomato a month.',
      ),
    ).not.toContain('🍅');
  });
});

describe('🎉 only for a real release (docs/teasers.md, "Emoji")', () => {
  test.each([
    ['en', 'Widget 4 released', 'Widget 4 is faster.'],
    ['en', 'widget 2.3.0', 'A faster parser.'],
    ['fr', 'Ruby 3.4 disponible', 'Ruby 3.4 est là.'],
    ['de', 'React Native 0.74 veröffentlicht', 'Die neue Version ist schneller.'],
    ['en', 'Launching the new registry', 'The registry opens today for every package.'],
  ])('%s «%s» → 🎉', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🎉');
  });

  test.each([
    ['fr', 'Les vidéos de la journée sont disponibles', 'Toutes les vidéos sont en ligne.'],
    ['es', 'Publicado el informe anual de la fundación', 'El informe cuenta el año de la fundación.'],
    ['en', 'How our release process works', 'Every six weeks we cut a branch and test it.'],
    ['en', 'Press release: the foundation elects a new chair', 'The board met on Monday.'],
    ['zh', '基金会年度报告发布', '报告介绍了基金会的一年。'],
  ])('«available», «published» or a title about releases is no release: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).not.toBe('🎉');
  });

  test.each([
    ['zh', 'Tidepool 安全审计结果发布', 'OSTIF 非常荣幸能够分享我们对 Tidepool 的安全审计结果。'],
    ['zh-TW', 'Tidepool 安全審計結果發布', '我們很榮幸分享 Tidepool 的安全審計結果。'],
    ['en', 'Tidepool security audit results published', 'We are proud to share the results of the audit.'],
    ['de', 'Sicherheitsaudit für Tidepool abgeschlossen', 'Die Ergebnisse sind veröffentlicht.'],
  ])(
    'a security audit is security, not a release to celebrate (dev7: 🎉 on «Karmada 安全审计结果发布»): %s «%s» → 🔐',
    (lang, title, body) => {
      expect(emojiOf(lang, title, body)[0]).toBe('🔐');
    },
  );
});

describe('the tone or the kind a piece states, in its own words, over a neutral or a far-fetched emoji (dev13–dev15)', () => {
  test.each([
    // «A new version» with a word between, where the adjective comes before the noun (dev15: Freifunk Bremen's
    // «Neue stabile Version 2023.1.1+bremen1» wore 📰, «generic emoji»).
    ['de', 'Neue stabile Version 2023.1.1+widget1', 'Die Version enthält ein Upgrade der Software darunter.'],
    ['en', 'A new major version of Widget', 'Widget drops its old plugin API.'],
    ['pl', 'Nowa stabilna wersja Widget', 'Wersja przynosi nowy interfejs wtyczek.'],
    // A name and its version under a word that announces it, in Japanese too; a whole major where the title says
    // nothing else (dev15: «Svelte 4 発表» 📰, «SvelteKit 1.0 発表» 📢).
    ['ja', 'WidgetKit 1.0 発表', '2年間の開発を経て、WidgetKit は 1.0 に到達しました。'],
    ['ja', 'Widget 4 発表', 'Widget 4 はより小さく、より速くなりました。'],
    ['en', 'Announcing Widget 5', 'Widget 5 is smaller and faster.'],
    // A foundation takes a project in or moves it up (dev14: «HAMi 晋升 CNCF 孵化项目» 📰, «generic emoji»).
    ['zh', 'Widget 晋升 CNCF 孵化项目', 'TOC 投票通过，Widget 正式晋升为 CNCF Incubating（孵化）项目。'],
    ['en', 'Widget joins the CNCF Sandbox', 'The TOC voted to accept Widget as a sandbox project.'],
    ['en', 'Widget is now a CNCF incubating project', 'The TOC voted to move Widget up.'],
  ])('%s «%s» → 🎉', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).toBe('🎉');
  });

  test.each([
    ['ja', 'KubeCon での発表', 'Widget の設計について話しました。'],
    ['en', 'Announcing 2 new maintainers', 'Two people join the team.'],
    ['en', 'Introducing Tier 2 support for the Widget toolchain', 'Widget now builds on ARM.'],
    ['en', 'Testing Widget in the Privacy Sandbox', 'The origin trial runs until May.'],
    ['en', 'Running untrusted plugins in a sandbox', 'Each plugin gets its own process.'],
  ])('a talk, a count of people, a tier, a browser’s sandbox: no release nor stage: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).not.toBe('🎉');
  });

  test('a topic only the body shows yields to a foundation stage (dev14: 🔭 on «OpenFunction 成为 CNCF 沙箱项目»)', () => {
    const features = Array.from({ length: 5 }, (_, i) => `第${i + 1}个版本增加了函数的可观测性支持。`).join('\n\n');
    const body = `2022 年 4 月 27 日，Widget 正式进入 CNCF 沙箱托管。\n\n开发者可以参与项目建设。\n\n${features}`;
    expect(emojiOf('zh', 'Widget 成为 CNCF 沙箱项目，使函数运行更简单', body)[0]).toBe('🎉');
  });

  test.each([
    // A live stream announced is an event (dev13: «直播预告：MOSN 的多协议机制解析» wore 📰).
    ['zh', '直播预告：Widget 的多协议机制解析', '本次直播活动的演讲者将介绍 Widget 的设计思路。', '📅'],
    // An interview, in the languages that had no word for it (dev13: «ATOM - Ömer Naci Soydemir ile Mülakat» wore 📰).
    ['tr', 'ATOM - Ayşe Yılmaz ile Mülakat', 'Mentorluk programının ilk dönemini tamamladık.', '🎙️'],
    ['pl', 'Wywiad z opiekunami Widget', 'Zapytaliśmy ich o następny rok.', '🎙️'],
    // Money given to a project (dev13: wallabag.it «will fund development work…» wore 📰).
    ['en', 'Acme will fund development work contributed back to Widget', 'Acme pays for features and fixes.', '💰'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });
});

describe('the kind of piece in every script: word boundaries are letters of any script, not ASCII ones', () => {
  test.each([
    ['ru', 'Как настроить сервер Widget', 'Сервер настраивается за десять минут.', '🛠️'],
    ['uk', 'Як встановити Widget', 'Встановлення займає п’ять хвилин.', '🛠️'],
    ['tr', 'Widget nasıl kurulur', 'Kurulum beş dakika sürer.', '🛠️'],
    ['pt', 'Guia de instalação do Widget', 'A instalação leva cinco minutos.', '🛠️'],
    ['pl', 'Przedstawiamy nowy zespół Widget', 'Zespół zaczyna pracę w maju.', '📢'],
    ['ru', 'Дайджест Widget за май', 'В мае вышло три новых модуля.', '📬'],
    // A roadmap says where the project goes (dev9: «Wails v3 ロードマップ» had 📰, «generic emoji»).
    ['ja', 'Widget v3 ロードマップ', 'Widget v3 では新しいプラグイン API を計画しています。', '🗺️'],
    ['en', 'The Widget Roadmap for 2027', 'Next year Widget plans a plugin API.', '🗺️'],
    ['fr', 'Feuille de route de Widget', 'L’an prochain, Widget prévoit une API de greffons.', '🗺️'],
    // What a version brings, listed; a project's graduation (dev8, dev9: 📰 on both, «generic emoji»).
    ['es', 'Nuevo en Widget 120', 'La API CloseWatcher permite manejar solicitudes de cierre.', '✨'],
    ['ru', 'Новинки Widget 112', 'В этой версии появилась панель производительности.', '✨'],
    ['ja', 'Widget 3 の新機能', 'Widget 3 ではプラグイン API が追加されました。', '✨'],
    ['ko', '위젯의 재단 졸업을 축하하며', '위젯 프로젝트가 재단의 최고 단계에 도달했습니다.', '🎓'],
    ['en', 'Widget graduates from the foundation', 'The foundation moved Widget to its top level today.', '🎓'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)).toEqual([emoji]);
  });

  test('a word that only starts like a kind word is not one (Russian «какой» is no «как»)', () => {
    expect(emojiOf('ru', 'Какой сервер выбрать для Widget', 'Сервер выбирают по нагрузке.')).toEqual(['📰']);
  });
});

describe('the address says an advisory or a release where the title and the tags say nothing (docs/teasers.md, "Emoji")', () => {
  const at = (url: string, title: string, body = 'The fix is in the new version. Upgrade when you can.') =>
    draftTeaser({ id: 'test', url, lang: 'en', title, body, tags: [] }, { maxHashtags: 3, maxEmoji: 2 }).emoji;

  test.each([
    ['a CVE identifier', 'https://curl.se/docs/CVE-2025-4947.html', 'QUIC certificate check skip with wolfSSL', '🔐'],
    [
      'a GHSA identifier',
      'https://github.com/widget/widget/security/advisories/GHSA-4x2v-9wqj-8hmr',
      'Path handling',
      '🔐',
    ],
    ['an advisories folder', 'https://www.mozilla.org/en-US/security/advisories/mfsa2016-84/', 'Resource Timing', '🔐'],
    ['a version ending the slug', 'https://www.tidyverse.org/blog/2026/01/yaml12-0-1-0/', 'yaml12: YAML for R', '🎉'],
    ['a version as the slug', 'https://babeljs.io/blog/2026/06/16/8.0.0', 'Babel today', '🎉'],
    // dev9: 📰 on «Publication Wails v2», whose slug says it in English.
    ['a version «released» in the slug', 'https://widget.io/fr/blog/widget-v2-released', 'Publication Widget v2', '🎉'],
  ])('%s: %s → %s', (_why, url, title, emoji) => {
    expect(at(url, title)[0]).toBe(emoji);
  });

  test.each([
    ['a date ending the slug is no version', 'https://example.org/blog/meetup-2025-03-24/'],
    ['nor a date as the path', 'https://example.org/blog/2025/03/24/'],
    ['nor a word that only starts like an advisory folder', 'https://example.org/advisory-board/'],
    ['nor «released» without a version', 'https://example.org/blog/notes-released'],
  ])('%s: %s', (_why, url) => {
    expect(at(url, 'Notes from our team')).toEqual(['📰']);
  });

  test('what the title says wins over the address (a notice, not a release)', () => {
    expect(at('https://example.org/blog/widget-1-2-3/', 'Widget 1.2 is deprecated')[0]).toBe('⚠️');
  });
});

describe('a second emoji for a language or a platform only when it is the post’s subject, its first hashtag', () => {
  test('🐍 beside 🎉 is half of «YAML 1.2 for R and Python» on an R blog (#rstats first)', () => {
    const draft = draftTeaser(
      {
        id: 'test',
        url: 'https://www.tidyverse.org/blog/2026/01/yaml12-0-1-0/',
        lang: 'en',
        title: 'yaml12: YAML 1.2 for R and Python',
        body:
          'We are announcing two new packages: yaml12 for R and py-yaml12 for Python. The R package is on CRAN.\n\n' +
          'Both parse YAML 1.2. The Python package is on PyPI. Python users get the same parser as R users.',
        tags: [],
      },
      { maxHashtags: 3, maxEmoji: 2 },
    );
    expect(draft.hashtags[0]).toBe('rstats');
    expect(draft.emoji).toEqual(['🎉']);
  });

  test('…while the title’s subject closes a release of it (🎉 💎 on «Ruby 3.4.0 released», #Ruby)', () => {
    expect(emojiOf('en', 'Ruby 3.4.0 released', 'Ruby 3.4.0 is out. Ruby now has a new parser.')).toEqual(['🎉', '💎']);
  });
});

describe('Arabic writes «and», «with», «for» and «the» onto the word: tone and kind words are seen with them', () => {
  test.each([
    ['«and the vulnerabilities»', 'تحديث عاجل والثغرات المعروفة', 'أصدرنا تحديثا. يرجى التحديث الآن.', '🔐'],
    ['«with the security»', 'ما يجب معرفته بالأمن في الخوادم', 'نشرح الإعدادات. يرجى القراءة.', '🔐'],
    ['«the guide», a kind', 'الدليل الكامل لإعداد الخادم', 'نشرح الخطوات واحدة تلو الأخرى.', '📘'],
  ])('%s: «%s» → %s', (_why, title, body, emoji) => {
    expect(emojiOf('ar', title, body)[0]).toBe(emoji);
  });

  test('«to release» (لإطلاق) is a purpose, no release: ⚛️ on «React Canaries», not 🎉', () => {
    expect(
      emojiOf(
        'ar',
        'React Canaries: التمكين التدريجي لإطلاق الميزات الجديدة خارج Meta',
        'نرغب في توفير خيار لمجتمع React لتجربة الميزات الجديدة.',
      ),
    ).toEqual(['⚛️']);
  });
});

describe('a ranking is no award (docs/teasers.md, "Emoji")', () => {
  test('«Gedanken zum Smart City Ranking» → 🏙️, not 🏆', () => {
    expect(
      emojiOf(
        'de',
        'Gedanken zum Smart City Ranking',
        'Das Ranking vergleicht Großstädte. Die Smart City ist ein Ziel.',
      ),
    ).toEqual(['🏙️']);
  });
});

describe('the neutral emoji is the kind of piece, not 📰 on everything (docs/teasers.md, "Emoji", the kind)', () => {
  const kindOf = (title: string, url = 'https://example.org/blog/post') =>
    draftTeaser(
      { id: 'test', url, lang: 'en', title, body: 'The widget team wrote this piece for its readers.', tags: [] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;
  test.each([
    ['Widget News Digest, October 2025', undefined, '📬'],
    ['The Widget Newsletter #12', undefined, '📬'],
    ['Ecosystem 2023 Recap', undefined, '🗓️'],
    ['This Month in Widget World (February 2026)', undefined, '🗓️'],
    ['Widget at Acme', undefined, '🏢'],
    ['Widget bei Acme', undefined, '🏢'],
    ['A case study: moving to Widget', undefined, '🏢'],
    // dev12: 📰 on «Fidelity Investments Shares Its Migration Story from Terraform to OpenTofu».
    ['Acme Shares Its Migration Story from Gadget to Widget', undefined, '🏢'],
    ['Call for Proposals: WidgetConf', undefined, '🙋'],
    ['Get involved: Widget needs mentors', undefined, '🙋'],
    ['Is the widget finished?', undefined, '💭'],
    ['How Acme ships widgets', 'https://example.org/case-studies/acme/', '🏢'],
    ['A conversation with Jane', 'https://example.org/interviews/jane/', '🎙️'],
    ['Widget team changes', 'https://example.org/announcements/team/', '📢'],
    // Nothing says a kind: news it is.
    ['Widget moves its servers', undefined, '📰'],
    // An assembly line is no case study: «at» must join two names and end the title.
    ['Widget at a glance', undefined, '📰'],
    // Privacy is a padlock, not a spy (🕵️ on privacy notices read as irrelevant).
    ['Updates to our privacy policy', undefined, '🔒'],
  ])('«%s» (%s) → %s', (title, url, emoji) => {
    expect(kindOf(title, url)).toEqual([emoji]);
  });
});

describe('a sombre tone the lead states is the post’s only where the post says it too (docs/teasers.md, "Emoji", the tone)', () => {
  const title = 'A quiet month for Electron';
  const lead =
    'Electron 34.2.1 and 33.4.9 include security fixes. Both take security fixes from Chromium, and a new contributor guide.';
  const emojiFor = (posted: string) => {
    const text = articleText('en', title, lead, lead);
    return pickEmoji(
      text,
      undefined,
      keywords(text, title),
      2,
      title,
      [],
      'https://example.org/blog/quiet-month',
      [],
      posted,
    );
  };
  test.each([
    ['A quiet month for Electron. The new contributor guide walks a newcomer through a first pull request.', '📰'],
    ['A quiet month for Electron. Electron 34.2.1 and 33.4.9 include security fixes.', '🔐'],
  ])('post «%s» → %s', (posted, emoji) => {
    expect(emojiFor(posted)[0]).toBe(emoji);
  });
});

describe('a flag only for the country the piece is about: not a word of an institution’s name, not a caseless common word (docs/teasers.md, "Emoji")', () => {
  const at = (url: string, lang: string, title: string, body: string) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags: [] }, { maxHashtags: 3, maxEmoji: 2 }).emoji;
  test.each<[string, string, string, string, string]>([
    [
      'https://example.org/event/panel',
      'en',
      'Connect with your audience',
      'Join the panel.\n\n* Javier, U.S. National Library of Medicine\n* Laura, U.S. General Services Administration\n' +
        '* Claire, U.S. General Services Administration\n* Georgeta, U.S. Department of Health',
      '🇺🇸',
    ],
    [
      'https://example.org/news/lavoro',
      'it',
      'Vuoi lavorare per Developers Italia?',
      'Developers Italia cerca persone. Developers Italia è una comunità. Scrivi a Developers Italia.',
      '🇮🇹',
    ],
    [
      'https://example.org/fa/getting-paid/',
      'fa',
      'گرفتن دستمزد برای کارهای متن باز',
      'حمایت مالی از پروژه. کمک مالی به توسعه دهندگان. منابع مالی و بودجه مالی و پشتیبانی مالی.',
      '🇲🇱',
    ],
  ])('%s «%s» has no %s', (url, lang, title, body, flag) => {
    expect(at(url, lang, title, body)).not.toContain(flag);
  });

  test.each<[string, string, string, string]>([
    ['en', 'China calls for cooperation on AI', 'China offers to share its models.', '🇨🇳'],
    ['ar', 'مصر تطلق استراتيجية للذكاء الاصطناعي', 'أعلنت مصر خطة جديدة.', '🇪🇬'],
    ['en', 'What the U.S. plans for open data', 'The U.S. will publish more data. In the U.S. the law changed.', '🇺🇸'],
  ])('%s «%s» → %s', (lang, title, body, flag) => {
    expect(emojiOf(lang, title, body)[0]).toBe(flag);
  });
});

describe('a topic that fits the piece, in its language, before the kind of its address (docs/teasers.md, "Emoji")', () => {
  const at = (url: string, lang: string, title: string, body: string, tags: string[] = []) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags }, { maxHashtags: 3, maxEmoji: 2 }).emoji;
  test.each<[string, string, string, string, string]>([
    [
      'https://numpy.org/ja/case-studies/blackhole-image/',
      'ja',
      'ケーススタディ：世界初のブラックホール画像',
      'ブラックホールの画像。',
      '🔭',
    ],
    [
      'https://numpy.org/pt/case-studies/gw-discov/',
      'pt',
      'Estudo de Caso: Descoberta de Ondas Gravitacionais',
      'As ondas gravitacionais foram detectadas.',
      '🔭',
    ],
    [
      'https://numpy.org/es/case-studies/cricket-analytics/',
      'es',
      'Estudio de caso: Análisis de críquet',
      'El críquet genera datos. La IA ayuda.',
      '🏏',
    ],
    [
      'https://www.data.gouv.fr/fr/pages/prix_carburant/',
      'fr',
      'Exploration du prix des carburants',
      'Les prix des carburants sont publiés.',
      '⛽',
    ],
    [
      'https://example.org/blog/2024/benzin',
      'de',
      'Kraftstoffpreise im Überblick',
      'Die Kraftstoffpreise steigen.',
      '⛽',
    ],
  ])('%s «%s» → %s', (url, lang, title, body, expected) => {
    expect(at(url, lang, title, body)[0]).toBe(expected);
  });

  test.each<[string, string, string[], string]>([
    ['https://digital.gov/event/2024/10/20/multilingual-seo/', 'Multilingual search engine optimization', [], '📅'],
    ['https://example.org/webinars/intro/', 'Plain language for forms', [], '📅'],
    ['https://glossary.cncf.io/ko/idempotence/', 'Idempotence', [], '📖'],
    ['https://example.org/glossary/idempotence/', 'Idempotencia', [], '📖'],
    ['https://example.org/blog/2024/formulas/', 'Three ways to write fearless formulas', ['tutorial'], '📘'],
    ['https://example.org/blog/2024/cchd24/', 'Proposal Submission Opens for CCHD24', [], '🙋'],
  ])('%s «%s» %j → %s', (url, title, tags, expected) => {
    expect(at(url, 'en', title, 'Plain words here. Nothing else to say.', tags)).toEqual([expected]);
  });
});

describe('what the piece is about, in its language, before the kind of piece (docs/teasers.md, "Emoji")', () => {
  const at = (url: string, lang: string, title: string, body: string, tags: string[] = []) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags }, { maxHashtags: 3, maxEmoji: 2 }).emoji;
  test.each<[string, string, string, string, string[], string]>([
    [
      'https://opensource.guide/zh-hant/code-of-conduct/',
      'zh-TW',
      '建立一套行為準則',
      '行爲守則是一份文件。',
      [],
      '📜',
    ],
    [
      'https://example.org/blog/code-de-conduite/',
      'fr',
      'Comment écrire un code de conduite',
      'Un code de conduite protège.',
      [],
      '📜',
    ],
    [
      'https://example.org/blog/2024/formulas/',
      'en',
      'Three ways to write fearless formulas',
      'Formulas scare people.',
      ['tutorial', 'spreadsheets'],
      '📊',
    ],
    [
      'https://example.org/blog/hojas/',
      'es',
      'Cómo ordenar una hoja de cálculo',
      'Una hoja de cálculo clara ayuda.',
      [],
      '📊',
    ],
    [
      'https://example.org/event/2021/10/14/audience/',
      'en',
      'How To Best Connect With Your Audience During an Emergency',
      'A panel on social media.',
      [],
      '🚨',
    ],
    [
      'https://example.org/blog/sensoren/',
      'de',
      'Immer mehr Sensoren messen Bodenfeuchte im Teutoburger Wald!',
      'Sensoren im Teutoburger Wald messen die Bodenfeuchte.',
      [],
      '🌳',
    ],
    [
      'https://opensource.guide/fa/getting-paid/',
      'fa',
      'گرفتن دستمزد برای کارهای متن باز',
      'بیشتر کارهای متن باز داوطلبانه است.',
      [],
      '💰',
    ],
    [
      'https://opensource.guide/ar/how-to-contribute/',
      'ar',
      'كيف تساهم في مشروع مفتوح المصدر ؟',
      'لماذا تساهم في مشروع مفتوح المصدر؟',
      [],
      '🤝',
    ],
    [
      'https://example.org/guides/contributing/',
      'en',
      'How to contribute to open source',
      'Start with the issues.',
      [],
      '🤝',
    ],
  ])('%s «%s» %j → %s', (url, lang, title, body, tags, expected) => {
    expect(at(url, lang, title, body, tags)[0]).toBe(expected);
  });

  test.each<[string, string, string]>([
    // A tree of a program is no forest; a contributor named in the body is no title about contributing.
    ['en', 'B-tree indexes in SQLite', 'A B-tree keeps keys sorted. Every tree node is a page.'],
    [
      'en',
      'How to install the CLI',
      'Our contributors wrote this guide. Thanks to all contributors and every contribution.',
    ],
  ])('%s «%s» keeps its kind (no 🌳, no 🤝)', (lang, title, body) => {
    const got = at('https://example.org/blog/a/', lang, title, body);
    expect(got).not.toContain('🌳');
    expect(got).not.toContain('🤝');
  });
});

describe('a topic only the body shows is weaker than the kind the title states (docs/teasers.md, "Emoji")', () => {
  const guide = [
    'In this guide, we walk through installing the Tidepool web server, with three installation methods.',
    'Tidepool serves static files quickly. It can also proxy requests to an application.',
    'Later parts of the series turn on HTTPS. HTTPS needs a certificate, and Tidepool speaks TLS.',
    'We will also look at SSL settings and at redirecting plain requests to HTTPS.',
    'Tidepool then serves every page over HTTPS.',
  ].join('\n\n');

  test('a beginner’s guide that mentions HTTPS, SSL and TLS on the way is a guide, not certificates (dev5: 🔒 on an Nginx guide)', () => {
    expect(emojiOf('en', 'A Beginner’s Guide', guide)[0]).toBe('📘');
  });

  test('the same body under a title that states no kind keeps its topic', () => {
    expect(emojiOf('en', 'Tidepool, part one', guide)[0]).toBe('🔒');
  });

  test('a survey’s results are its figures (📊), not the community it surveyed (dev6: 🤝, «irrelevant emoji»)', () => {
    const body = 'With 57% of users on Tidepool for two years and 15% new, the community is not growing fast enough.';
    expect(emojiOf('en', 'Tidepool Community Survey 2024 Results', body)[0]).toBe('📊');
    expect(emojiOf('en', 'Growing the Tidepool community', body)[0]).toBe('🤝');
  });
});

describe('an issue of a month is a digest: no topic, no flag (docs/teasers.md, "Emoji")', () => {
  const at = (lang: string, title: string, body: string) =>
    draftTeaser(
      { id: 'test', url: 'https://example.org/blog/issue/', lang, title, body, tags: [] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;
  const german =
    'Deutschland veröffentlicht neue Daten. In Deutschland wächst die Szene.\n\n' +
    'Deutschland, Deutschland und wieder Deutschland: offene Daten aus ganz Deutschland.';
  test('«Out in the Open November 2025» → 🗓️, not the 🇩🇪 of its items', () => {
    expect(at('de', 'Allostatische Last – Out in the Open November 2025', german)).toEqual(['🗓️']);
  });
  test('a title with a day is a dated piece, not an issue: its flag stays', () => {
    expect(at('de', 'Neue offene Daten, Stand 5. November 2025', german)[0]).toBe('🇩🇪');
  });
});

describe('the topics a project’s blog often has, in the languages of the set (issue #12: «generic emoji (📰 📝)»)', () => {
  const at = (lang: string, title: string, body: string, url = 'https://example.org/blog/2025/a/') =>
    draftTeaser({ id: 'test', url, lang, title, body, tags: [] }, { maxHashtags: 3, maxEmoji: 2 }).emoji;
  test.each([
    // A maps app's update names its maps in the body, again and again (Organic Maps' Russian update wore 📰).
    [
      'ru',
      'Встречайте новых участников в весеннем обновлении',
      'Вышло весеннее обновление.\n\nСвежие карты от OpenStreetMap. Карты стали точнее. Новые карты для Европы. ' +
        'Скачайте карты заранее. Офлайн-карты работают без сети.',
      '🗺️',
    ],
    ['tr', 'Harita verileri güncellendi', 'Yeni harita verileri yayında.', '🗺️'],
    ['ja', 'オフライン地図の使い方', '地図をダウンロードできます。', '🗺️'],
    // A messenger's pieces (Delta Chat's wore 📰).
    ['en', 'Web apps shared in a group chat', 'Apps run inside the messenger, in every chat.', '💬'],
    ['de', 'Der Messenger ohne Telefonnummer', 'Der Messenger braucht keine Nummer.', '💬'],
    ['ko', '채팅 앱의 새로운 기능', '채팅에서 파일을 보낼 수 있습니다.', '💬'],
    ['es', 'Cómo configurar un servidor de correo', 'El servidor de correo envía los mensajes.', '📧'],
    // A season's series (Misskey's Advent Calendar wore 📰).
    ['ja', 'Misskey アドベントカレンダー 2025', '今年も参加者を募集しています。', '🎄'],
    ['en', 'Advent of Code with Widget', 'Solve every puzzle of December in Widget.', '🎄'],
    // A tutorial's subject rather than its kind (the dynamic-programming cheat sheet wore 📰).
    ['de', 'Dynamische Programmierung', 'Dynamische Programmierung löst Teilprobleme.', '🧮'],
    ['fr', 'Les algorithmes de tri', 'Un algorithme de tri range les valeurs.', '🧮'],
    ['pt', 'Migrando o banco de dados', 'O banco de dados mudou de servidor.', '🗄️'],
    ['nl', 'Toegankelijkheid van formulieren', 'Formulieren moeten toegankelijk zijn.', '♿'],
    ['en', 'Setting up your code editor', 'Install the extension.', '⌨️'],
    ['he', 'התקנת עורך קוד', 'התקינו את ההרחבה.', '⌨️'],
    ['es', 'Agregar una fuente RSS', 'El paquete genera la fuente RSS.', '📡'],
    ['fr', 'Déployer votre site sur Netlify', 'Netlify héberge les sites statiques.', '🚀'],
    ['fr', 'A quoi sert l’open data ?', 'Les données publiques sont ouvertes à tous.', '📊'],
  ])('%s «%s» → %s', (lang, title, body, emoji) => {
    expect(at(lang, title, body)[0]).toBe(emoji);
  });

  test('the subject’s domain beside the country the piece is about: «… Organic Maps … in Turchia» → 🇹🇷 🗺️', () => {
    const body =
      'OpenStreetMap e Organic Maps hanno aiutato un medico turco dopo il terremoto in Turchia.\n\n' +
      'In Turchia le mappe offline sono servite. La Turchia ringrazia.';
    expect(at('it', 'OpenStreetMap e Organic Maps hanno aiutato un medico in Turchia', body)).toEqual(['🇹🇷', '🗺️']);
  });

  test.each([
    // A signup page asks for an email address; a tracing guide names the database its spans describe; a build
    // tool's post mentions source maps; French «chat» is a cat.
    ['en', 'Creating your account', 'Enter your email. Confirm the email. The email arrives. Check your email again.'],
    [
      'en',
      'Naming your spans',
      'A database span names the database. The database call is one span. Each database has a name. Database spans.',
    ],
    ['en', 'Faster builds', 'Builds now write source maps faster. Source maps are smaller.'],
    ['fr', 'Le chat de la voisine', 'Le chat dort. Le chat mange. Le chat joue. Le chat miaule. Un chat noir.'],
  ])('a topic named in passing, or a word in another sense, gives no emoji: %s «%s»', (lang, title, body) => {
    expect(at(lang, title, body)[0]).not.toMatch(/^(?:📧|🗄️|🗺️|💬)$/u);
  });
});

describe('the kind of piece says the tone: a release, a warning, a recap (issue #12)', () => {
  const at = (lang: string, title: string, body: string, tags: string[] = []) =>
    draftTeaser(
      { id: 'test', url: 'https://example.org/blog/2025/a/', lang, title, body, tags },
      { maxHashtags: 3, maxEmoji: 2 },
    ).emoji;
  test.each([
    ['pt', 'Anunciando a Widget 2.0', 'Hoje lançamos a nova versão do Widget.'],
    ['en', 'Introducing Widget 1.4', 'Widget gets a new parser.'],
    ['fa', 'نسخه Widget 6.0 منتشر شد!', 'امروز نسخه جدید را منتشر کردیم.'],
    ['de', 'Eine neue Version von Widget', 'Widget ist schneller.'],
    ['uk', 'Вийшов Widget 3', 'Widget став швидшим.'],
  ])('a release, even where the title only announces a version: %s «%s» → 🎉', (lang, title, body) => {
    expect(at(lang, title, body)[0]).toBe('🎉');
  });

  test.each([
    ['en', 'Announcing Google Summer of Code 2025 selected projects', 'Fourteen projects were selected.'],
    ['ar', 'انتشار البرمجيات الحرة في المدارس', 'تنتشر البرمجيات الحرة في 2025 في المدارس.'],
  ])('a year is no version, and Arabic «انتشار» is a spread: %s «%s» is no release', (lang, title, body) => {
    expect(at(lang, title, body)[0]).not.toBe('🎉');
  });

  test.each([
    ['ja', 'Misskeyを騙るアカウントにご注意ください', '公式を名乗るアカウントが確認されています。'],
    ['en', 'Beware of accounts posing as our support team', 'We never write to you first.'],
    ['de', 'Vorsicht vor gefälschten Support-Konten', 'Wir schreiben nie zuerst.'],
    ['es', 'Cuidado con las estafas que usan nuestro nombre', 'Nunca pedimos contraseñas.'],
    ['zh-CN', '谨防冒充官方的账号', '我们不会主动联系你。'],
  ])('a warning against impostors and scams: %s «%s» → ⚠️', (lang, title, body) => {
    expect(at(lang, title, body)[0]).toBe('⚠️');
  });

  test('a fraud-detection case study is no warning', () => {
    expect(at('en', 'Fraud detection at Widget Bank', 'Widget Bank finds fraud with models.')[0]).not.toBe('⚠️');
  });

  test('a recap’s tone is its title’s: a year in review filed under «security» is a recap, not an advisory', () => {
    const body =
      'As 2025 comes to a close, we look back on security and new features.\n\n' +
      'Security: we shipped trusted publishing. Security keys for all.';
    expect(at('en', 'Widget in 2025: A Year in Review', body, ['new features', 'security'])).toEqual(['🗓️']);
  });
});

describe('the kind of piece on new sites: what a page is for, from its title, its address or its first sentence (docs/teasers.md, "Emoji", the kind)', () => {
  const emojiAt = (lang: string, title: string, body: string, url = 'https://example.org/blog/post') =>
    draftTeaser({ id: 'test', url, lang, title, body, tags: [] }, { maxHashtags: 3, maxEmoji: 2 }).emoji;
  const plain = 'The widget team wrote this page for its readers.';

  test.each([
    // An upgrade or a migration guide, a protocol's upgrade: ⬆️.
    ['en', 'Upgrade to Widget v2', '⬆️'],
    ['pl', 'Aktualizacja do Biome v2', '⬆️'],
    ['en', 'Migrating from Widget 1', '⬆️'],
    // Making a program one's own: 🎨.
    ['he', 'רקעים מותאמים אישית עבור Unlaunch', '🎨'],
    ['ko', '시작화면 커스텀하기', '🎨'],
    ['en', 'Custom themes for the launcher', '🎨'],
    // An opinion or a project's philosophy: a piece of thought, 💭.
    ['nl', 'OPINIE: Open licenties zijn geen exploitatieovereenkomsten', '💭'],
    ['fr', 'Philosophie', '💭'],
    // A manual's pages say what they are for.
    ['en', 'Configuration', '⚙️'],
    ['en', 'Commands', '⌨️'],
    ['en', 'Plugins', '🧩'],
    ['en', 'Troubleshooting', '🔧'],
    ['en', 'FAQ', '❓'],
    ['es', 'Despliegue en un único comando', '🚀'],
    // HTML is the web's language (a generic topic: the title must name it).
    ['en', 'HTML for beginners', '🌐'],
  ])('%s «%s» → %s', (lang, title, emoji) => {
    expect(emojiAt(lang, title, plain)).toEqual([emoji]);
  });

  test('«custom» alone is no design: custom rules of a linter are news, not 🎨', () => {
    expect(emojiAt('en', 'Custom rules land in the linter', plain)).toEqual(['📰']);
  });

  test.each([
    ['de', 'Migration und Integration in Berlin', '⬆️'],
    ['ru', 'Новые команды проекта', '⌨️'],
    ['fr', 'Les commandes de matériel', '⌨️'],
  ])('a kind word only in its sense: %s «%s» is not %s', (lang, title, emoji) => {
    expect(emojiAt(lang, title, plain)).not.toContain(emoji);
  });

  test('a sombre tone still comes first: no 🚀 on a paused deployment service', () => {
    expect(emojiAt('en', 'Deployments paused: service shutdown', plain)[0]).toBe('⚠️');
  });

  test.each([
    ['he', 'רקעים עבור Unlaunch', 'https://wiki.example.org/he-IL/menu/custom-unlaunch-backgrounds.html', '🎨'],
    ['cs', 'Co brzdí český nezisk', 'https://blog.example.cz/2025/02/nezisk-digital-vyzkumna-zprava', '📊'],
    ['de', 'Von Widget 1 zu Widget 2', 'https://example.org/de/guides/upgrade-to-widget-v2/', '⬆️'],
  ])(
    'the slug says the kind the title does not, in one language for all translations: %s «%s» %s → %s',
    (lang, title, url, emoji) => {
      expect(emojiAt(lang, title, plain, url)).toEqual([emoji]);
    },
  );

  test('a tutorial’s page says less than what the page is for: the installation chapter is 🛠️', () => {
    expect(
      emojiAt('it', 'Se stai seguendo il tutorial a casa', plain, 'https://tutorial.djangogirls.org/it/installation/'),
    ).toEqual(['🛠️']);
  });

  test('a title that only names its subject leaves the kind to the first sentence', () => {
    expect(emojiAt('hi', 'हेगोटा', 'हेगोटा इथेरियम नेटवर्क अपग्रेड है जिसके बाद आने की उम्मीद है। इसका नाम दो शहरों से है।')).toEqual([
      '⬆️',
    ]);
    expect(
      emojiAt(
        'es',
        'GitHub Pages',
        'En este tutorial, usaremos GitHub Actions para desplegar GitHub Pages. Funciona en repositorios privados.',
      ),
    ).toEqual(['🚀']);
    // A title that says more is read on its own: the lead's words are about the piece, not its kind.
    expect(
      emojiAt('en', 'Widget moves its servers to Europe', 'The team will deploy the new servers next week.'),
    ).toEqual(['📰']);
  });

  test('a name and a year over a lead that names an event is the report of that event: 📅', () => {
    const lead = 'Afgelopen 12 januari vierden we onze jaarlijkse dag. Op Flickr vind je foto’s van het evenement.';
    expect(emojiAt('nl', 'Publiek Domeindag 2024', lead)).toEqual(['📅']);
    expect(
      emojiAt('nl', 'Publiek Domeindag 2024', 'Afgelopen 12 januari schreven we over het publieke domein.'),
    ).toEqual(['📰']);
  });

  test('prose that keeps naming code is a write-up about a program: 💻, not news', () => {
    const body =
      'Do you look up the difference between container_memory_usage_bytes and container_memory_rss?\n\n' +
      'The writer now wraps bufio.Writer in a directIOWriter for compaction.';
    expect(emojiAt('en', 'Uncached I/O in Widget', body)).toEqual(['💻']);
    // Brand names are not code: iPhone, macOS and gRPC name products.
    expect(emojiAt('en', 'Widget on phones', 'Widget runs on the iPhone, on macOS and over gRPC.')).toEqual(['📰']);
  });
});
