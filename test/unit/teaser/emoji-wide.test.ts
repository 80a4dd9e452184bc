import { describe, expect, test } from '@jest/globals';
import { emojiOf } from './emoji-of.js';

describe('specific subjects that wore 📰 or 📢, in the languages of the set (issue #12: «generic emoji»)', () => {
  test.each([
    // Bitcoin Core's statement (dev, zh) wore 📢.
    ['zh', 'Bitcoin Core 聲明', '比特幣是點對點電子貨幣。比特幣用戶。', '🪙'],
    ['ru', 'Биткоин и блокчейн', 'Блокчейн хранит все транзакции.', '🪙'],
    // HOT's humanitarian mapping guide in Vietnamese (dev5) wore 📰.
    ['vi', 'Lập Bản đồ Nhân đạo', 'Cung cấp dữ liệu bản đồ cập nhật cho họ.', '🗺️'],
    ['id', 'Peta untuk bencana', 'Peta ini dibuat oleh relawan.', '🗺️'],
    // A language the title names: José Valim's «My Future with Elixir» (dev6) wore 📰.
    ['en', 'My Future with Elixir: set-theoretic types', 'Elixir may get a type system.', '💧'],
  ])('%s «%s»: %s → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test('an organisation named for a licence is no licence: «Creative Commons Nederland onderschrijft oproep…»', () => {
    const title = 'Creative Commons Nederland onderschrijft oproep om te stoppen met sociale media';
    expect(emojiOf('nl', title, 'De overheid moet stoppen met sociale media.')).not.toContain('📜');
  });
});

describe('a wide subject stands in for a neutral 📰 or 📢, and for nothing else (docs/teasers.md, "Emoji")', () => {
  test.each([
    // A state's age-verification law and what it means for a distribution (dev5) wore 📰.
    ['en', 'California’s New Age Verification Law', 'The law requires operating systems to verify ages.', '⚖️'],
    ['de', 'Das neue Gesetz und wir', 'Das Gesetz verlangt eine Altersprüfung.', '⚖️'],
    // Creative Commons Korea's pages on its licences (dev5) wore 📰.
    ['ko', 'CC 라이선스 배경과 목적', '저작권은 다른 이의 이용을 금지합니다.', '📜'],
    ['ko', 'CC0(퍼블릭도메인)', 'CC0는 저작권을 포기한다는 의사표시입니다.', '📜'],
    ['fa', 'تعهد جامعه به تعریف منبع باز', 'بیانیه‌ای از جامعه در حمایت از تعریف منبع باز.', '📜'],
    ['en', 'Introducing the UX Research Working Group', 'The group studies what users need from research.', '🔬'],
    ['de', 'Neue Übersetzungen für Widget', 'Die Übersetzungen kommen von Freiwilligen.', '🌍'],
    ['ja', 'スマートフォンでWidgetを使う', 'スマートフォンから使えます。', '📱'],
    ['es', 'Música libre en la red', 'La música libre se comparte.', '🎵'],
    ['pl', 'Płatności w sklepie Widget', 'Płatności obsługuje nowy moduł.', '💳'],
    ['en', 'Widget’s own search engine', 'The search engine indexes every page.', '🔍'],
    ['fr', 'La ligne de commande de Widget', 'La ligne de commande lance les tâches.', '⌨️'],
    ['ko', 'Widget 게임 엔진', '게임 엔진으로 만든 게임입니다.', '🎮'],
    ['en', 'AlmaLinux Day: LA — Venue Confirmed', 'The conference takes place in July. The venue is downtown.', '📅'],
  ])('%s «%s»: %s → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test.each([
    // rOpenSci's «Ciencia Abierta… CZI otorga fondos» (dev) is its grant: science only beside it.
    [
      'es',
      'Ciencia abierta: la fundación otorga fondos para software de investigación',
      'La ciencia abierta recibe fondos. Ciencia y más ciencia.',
      '💰',
    ],
    // The webpack roadmap (dev4) fixes bugs because its sponsorship shrank: its subject is the money.
    ['en', 'Our sponsors left', 'Sponsors paid for the work. We fixed a bug, another bug, a third bug.', '💰'],
  ])('a specific topic before a wide one: %s «%s» → %s', (lang, title, body, emoji) => {
    expect(emojiOf(lang, title, body)[0]).toBe(emoji);
  });

  test.each([
    // A how-to, a question, an opinion say more than the subject a wide word names.
    ['nl', 'OPINIE: Open licenties zijn geen exploitatieovereenkomsten', 'Open licenties zijn geen contracten.'],
    ['en', 'How to speed up your builds', 'Builds get faster with a cache.'],
    ['en', 'Is video the future of documentation?', 'Video tutorials are popular.'],
    ['de', 'Wie übersetzt man eine App?', 'Übersetzungen brauchen Zeit.'],
  ])('a kind the title states stays: %s «%s»', (lang, title, body) => {
    expect(emojiOf(lang, title, body)[0]).not.toMatch(/^(?:⚡|🎬|🌍|📜)$/u);
  });

  test('a wide word the body only mentions in passing gives no emoji', () => {
    const body = 'We met. Somebody filmed a video. The video is online. Watch the video. A video. Another video.';
    expect(emojiOf('en', 'Notes from our team', body)[0]).not.toBe('🎬');
  });
});
