import { describe, expect, test } from '@jest/globals';
import { answersQuestion, leansOnUnshown, namesSomething } from '../../../src/teaser/anchor.js';

// A sentence second or later in its paragraph is shown only right after the sentence before it when it leans on
// it by its shape, in any language: it names nothing, or it replies to a question (docs/teasers.md, "Composing the
// hook", "Sentences that lean without a word that says so").

describe('a sentence inside its paragraph that names nothing leans on the one before it', () => {
  test.each([
    // [language, sentence, leans]
    ['fr', 'Certains points sont évidents, mais présentés pour être complets.', true],
    ['fr', 'Rien ne devrait être surprenant.', true],
    ['en', 'The selection is done both at build-time and also optionally at runtime.', true],
    ['en', 'The underlying issue has now been resolved everywhere.', true],
    ['en', 'Forcing a refresh resolves the problem.', true],
    ['nl', 'Een intrigerende gedachtegang.', true],
    ['nl', 'De kosten van zo’n migratie zijn dus erg hoog.', true],
    ['pl', 'My wybrałyśmy te najciekawsze.', true],
    ['cs', 'Skutečný přínos spočívá v tom, že materiály vznikají přímo se sociálními pracovníky.', true],
    ['uk', 'Міграція між інструментами стає болючою.', true],
    ['es', 'Hay una cantidad importante de dinero y fama en juego.', true],
    // A name, a number or a term of code anchors it: it says what it speaks of.
    ['en', 'The combination of Shadcn with React allowed for a more consistent interface.', false],
    ['en', 'More than 3.9 million new files were published.', false],
    ['es', 'El directorio public/ no se sube por defecto, asegúrate que .gitignore contiene la línea.', false],
    ['nl', 'Open Nederland heeft in juli vragen gesteld aan de Tweede Kamer.', false],
    ['ru', 'Вы пишете посты, и Hexo генерирует статические файлы.', false],
    // German capitalises every noun: a capital there is no name, but an acronym or a number is.
    ['de', 'Die Kosten sind dadurch sehr hoch.', true],
    ['de', 'Die Registry k8s.gcr.io wird eingefroren.', false],
    // Scripts without case show no name by their form: the sign is not read there («作為計劃的貢獻者…» names the
    // project of the sentence before it, but so would a sentence that names a Chinese person).
    ['zh', '作為計劃的貢獻者，我們為比特幣社群維護並發行軟件。', false],
    ['ar', 'هناك الكثير من الأسباب.', false],
  ])('%s: %s → %s', (lang, sentence, leans) => {
    expect(leansOnUnshown(sentence, 'A sentence before it.', lang, false)).toBe(leans);
  });

  test('a word of the title or of the article’s keywords anchors it (the caller says so)', () => {
    expect(leansOnUnshown('The selection is done at build-time.', 'Before.', 'en', true)).toBe(false);
  });

  test.each([
    ['en', 'In the summer, both teams started working on it.', false],
    ['en', 'Meanwhile, GitHub changed its terms.', true],
    ['en', 'It ships with GRPC_TRACE set.', true],
    ['ar', 'يدعم Vite ذلك.', true],
    ['ar', 'هناك الكثير من الأسباب.', false],
    ['ja', 'バグ修正に加え、スキャナーの高速化が含まれています。', false],
  ])('names something (%s): %s → %s', (lang, sentence, names) => {
    expect(namesSomething(sentence, lang)).toBe(names);
  });
});

describe('a sentence that replies to the question before it leans on it', () => {
  test.each([
    // [language, question, sentence, replies]
    [
      'nl',
      'Zijn open source-licenties exploitatie-overeenkomsten in de zin van de auteurswet?',
      'Niet als je het aan minister Dekker voor Rechtsbescherming vraagt.',
      true,
    ],
    ['en', 'Are you afraid of spreadsheet formulas?', 'You’re not alone.', true],
    ['en', 'Without searching, can you ever find something?', 'We know that our search lens was dusty.', true],
    ['fr', 'Pourquoi publier ces données ?', 'Parce que nous en avons besoin.', true],
    ['es', '¿Por qué usar R?', 'Porque es lo que todos usamos.', true],
    // A reply that opens on its subject says what it is about: it stands.
    [
      'nl',
      'Waarom zou je als developer open source werken?',
      'Open source software heeft voordelen voor jou en de organisatie waarvoor je werkt.',
      false,
    ],
    ['en', 'How do you binge-watch in a barely connected village?', 'Already 35% of video is streamed.', false],
    // Not after a question, or itself a question: no reply.
    ['nl', 'Het is een mooie dag.', 'Niet als je het aan de minister vraagt.', false],
    ['en', 'Can you see the planets?', 'And if your telescope is cracked, can you see them?', false],
  ])('%s: %s / %s → %s', (lang, question, sentence, replies) => {
    expect(answersQuestion(question, sentence, lang)).toBe(replies);
    expect(leansOnUnshown(sentence, question, lang, true)).toBe(replies);
  });
});
