import { describe, expect, test } from '@jest/globals';
import { splitBlocks } from '../../../src/teaser/blocks.js';
import { checklistBlocks, isInfinitiveFragment, withoutNoteLabel } from '../../../src/teaser/fragment.js';
import { leansOnAntecedent, postContext, standsAlone } from '../../../src/teaser/leaning.js';

// Lines of a list or a slide, and sentences that point back or away, read as fragments once alone in a post
// (docs/teasers.md, "Composing the hook"; dev2: «hook out of context», «sentence fragment», «awkward pronoun»).

describe('a German or Dutch infinitive clause with no finite verb is a line of a list', () => {
  test.each([
    [
      'de',
      'Menschen neugierig machen, z. B. mit spielerischen Formaten wie „Witze mit Sourcecode“ oder KI-Anwendungen.',
      true,
    ],
    ['de', 'Komplexe Inhalte verständlich aufbereiten und den Zugang erleichtern.', true],
    ['de', 'Niedrigschwellige Workshops, Kurse und Experimentierformate anbieten.', true],
    ['de', 'Den Fokus auf menschenzentrierte Perspektiven legen und eine Kultur des Lernens schaffen.', true],
    ['nl', 'Samen werken, samen doen en samen ontwikkelen.', true],
    ['de', 'Code öffentlich zugänglich machen, um Nachvollziehbarkeit zu ermöglichen.', true],
    ['nl', 'Mensen nieuwsgierig maken, bijvoorbeeld met speelse formats.', true],
    // A finite verb: a modal, an auxiliary, a verb in «-t»; a subject pronoun; a purpose clause («um … zu»).
    ['de', 'Die Stadt will Menschen neugierig machen.', false],
    ['de', 'Wir wollen Menschen neugierig machen.', false],
    ['de', 'Köln macht Menschen neugierig auf Daten.', false],
    ['de', 'Menschen aus ganz Köln trafen sich, um Ideen zu sammeln.', false],
    ['de', 'Immer mehr Sensoren messen Bodenfeuchte im Teutoburger Wald.', false],
    ['nl', 'De gemeente wil mensen nieuwsgierig maken.', false],
    ['nl', 'Wij willen de code openbaar maken.', false],
    // A question opens on its verb.
    ['de', 'Könnt ihr weiteres Lernmaterial empfehlen?', false],
    // Other languages are not read this way.
    ['en', 'Make code public, so that others can build on it.', false],
  ])('%s: %s → %s', (lang, sentence, expected) => {
    expect(isInfinitiveFragment(sentence, lang)).toBe(expected);
  });
});

describe('a run of three one-line questions is a checklist, whatever the language', () => {
  const checklist = (body: string) => [...checklistBlocks(splitBlocks(body))];
  test.each([
    [
      'es',
      '¡Se necesitan líderes! ¿Tienes:\n\n¿Deseas ampliar tu contribución?\n\n¿Deseo y voluntad de asesorar?\n\n¿Conocimientos y experiencia que ayuden al Consejo?\n\nSi es así, te necesitamos.',
      [1, 2, 3],
    ],
    ['en', 'Are you new?\n\nDo you teach?\n\nDo you write code?\n\nThen join us.', [0, 1, 2]],
    ['ja', '初めてですか？\n\n教えていますか？\n\nコードを書きますか？', [0, 1, 2]],
    // Two questions, or a question in a paragraph of prose: the article's own question.
    ['en', 'Why does this matter?\n\nIs it fast?\n\nIt is, and here is why.', []],
    ['fr', 'La version 2 sort. Pourquoi maintenant ?\n\nEst-ce stable ?\n\nFaut-il migrer ?', []],
  ])('%s', (_lang, body, expected) => {
    expect(checklist(body)).toEqual(expected);
  });
});

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
