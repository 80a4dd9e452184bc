import { describe, expect, test } from '@jest/globals';
import { leansOnAntecedent, postContext, standsAlone } from '../../../src/teaser/leaning.js';
import { opensWithUpdateLabel, withoutNoteLabel } from '../../../src/teaser/note-label.js';

// Sentences that point back or away, and notes' labels, read wrong once alone in a post (docs/teasers.md,
// "Composing the hook"; dev2: «hook out of context», «awkward pronoun»). A list's lines: hook.test.ts.

describe('a note’s label comes off the sentence it labels', () => {
  test.each([
    [
      'en',
      'Note: the deadline for proposals has been extended to 19 April.',
      'The deadline for proposals has been extended to 19 April.',
    ],
    ['en', 'Update: npm 11 is now required to build the site.', 'npm 11 is now required to build the site.'],
    ['de', 'Hinweis: Die Frist wurde bis zum 19. April verlängert.', 'Die Frist wurde bis zum 19. April verlängert.'],
    ['es', 'Nota: la fecha límite se ha ampliado al 19 de abril.', 'La fecha límite se ha ampliado al 19 de abril.'],
    ['ru', 'Примечание: срок подачи заявок продлён до 19 апреля.', 'Срок подачи заявок продлён до 19 апреля.'],
    ['ar', 'ملاحظة: تم تمديد الموعد النهائي حتى 19 أبريل.', 'تم تمديد الموعد النهائي حتى 19 أبريل.'],
    ['ja', '注：提案の締め切りは4月19日まで延長されました。', '提案の締め切りは4月19日まで延長されました。'],
    // Not a note's label, or too little after it: the sentence is left as it is (leaning.ts refuses a label).
    ['en', 'Tip: use the new flag.', 'Tip: use the new flag.'],
    ['en', 'Note: none yet.', 'Note: none yet.'],
    ['en', 'The explanation is simple: RAM is not free.', 'The explanation is simple: RAM is not free.'],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(withoutNoteLabel(sentence, lang)).toBe(expected);
  });
});

describe('an update’s label dates what follows as later than the post', () => {
  test.each([
    ['Update: Our first meetup week was a success.', true],
    ['Mise à jour : la semaine a réuni 46 meetups.', true],
    ['Actualización: el evento ya se celebró.', true],
    ['Обновление: неделя прошла успешно.', true],
    ['更新：第一回は成功しました。', true],
    // Another note's label, or the word without a label's colon, is no update.
    ['Note: If you prefer not to use rustup, see the installation page.', false],
    ['Update your installation to version 2.1 now.', false],
  ])('%s', (sentence, expected) => {
    expect(opensWithUpdateLabel(sentence)).toBe(expected);
  });
});

describe('an Arabic pronoun that closes the sentence, or «such» before a noun, points back', () => {
  test.each([
    ['ar', 'دليل للمبتدئين والمحترفين حول كيفية المساهمة فيها.', true],
    ['ar', 'يمكن للمساهمين الجدد البدء بإصلاح الأخطاء البسيطة.', false],
    // A relative clause gives the Arabic pronoun its noun: «the programs they take part in».
    ['ar', 'يبدأ العديد من المساهمين كمستخدمين للبرامج التي يشاركون فيها.', false],
    // A personal pronoun's noun is most often in the sentence itself (dev: «…send that comment with slurs in it.»).
    ['en', 'Think twice before you send that comment with slurs in it.', false],
    ['en', 'libcurl is used by many applications, but not always advertised as such!', false],
    ['en', 'Tools such as Prometheus collect these signals.', true],
    ['en', 'A list of such tools is kept by the CNCF.', true],
    ['en', 'Tools such as Prometheus and Jaeger collect metrics and traces.', false],
    ['en', 'It was such a great year for the project.', true],
    ['de', 'Viele Kurse sind kostenfrei (oder solche mit kostenlosen Teilen) und offen für alle.', false],
    ['de', 'Solche Werkzeuge messen Latenz und Fehler.', true],
    ['fr', 'De tels outils mesurent la latence.', true],
    ['fr', 'Des signaux tels que la latence sont mesurés.', false],
    ['es', 'Tales herramientas miden la latencia.', true],
    ['es', 'Señales tales como la latencia se miden con Prometheus.', false],
    ['ru', 'Список таких инструментов ведёт CNCF.', true],
    ['ru', 'Системы оцениваются по сигналам, таким как время отклика.', false],
    ['pl', 'Lista takich narzędzi jest dostępna w CNCF.', true],
    ['pl', 'Sygnały, takie jak opóźnienie, są mierzone.', false],
    ['zh', '这样的工具可以测量延迟。', true],
    ['ja', 'そのようなツールで遅延を測定します。', true],
  ])('%s: %s → %s', (lang, sentence, expected) => {
    expect(leansOnAntecedent(sentence, lang)).toBe(expected);
  });
});

describe('a pointer at another page, in the languages of the set', () => {
  const context = postContext('Наблюдаемость', undefined);
  test.each([
    ['ru', 'Список инструментов можно найти в разделе observability на Cloud Native Landscape.', false],
    ['uk', 'Перелік інструментів можна знайти на сайті CNCF.', false],
    ['pl', 'Listę narzędzi można znaleźć na stronie CNCF.', false],
    ['it', 'L’elenco degli strumenti si può trovare sul sito della CNCF.', false],
    ['nl', 'De lijst met tools is te vinden op de site van de CNCF.', false],
    ['id', 'Daftar alat dapat ditemukan di situs CNCF.', false],
    ['ar', 'يمكن العثور على قائمة الأدوات في موقع CNCF.', false],
    ['he', 'ניתן למצוא את רשימת הכלים באתר CNCF.', false],
    ['ja', 'ツールの一覧は CNCF のサイトで確認できます。', false],
    ['zh', '可以在 CNCF 网站上找到工具列表。', false],
    ['ko', '도구 목록은 CNCF 사이트에서 찾을 수 있습니다.', false],
    ['ru', 'Наблюдаемость показывает, насколько легко получить сведения о состоянии системы.', true],
  ])('%s: %s → stands alone: %s', (lang, sentence, expected) => {
    expect(standsAlone(sentence, lang, context)).toBe(expected);
  });
});
