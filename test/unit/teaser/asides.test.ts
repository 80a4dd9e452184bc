import { describe, expect, test } from '@jest/globals';
import { asideToReader, invitesContact, opensWithCredit, withoutCredit } from '../../../src/teaser/asides.js';

// What a page says to its reader beside its news is never the hook (docs/teasers.md, "Composing the hook"): shown
// alone in a post it reads as said to every follower.

const NO_CALL = () => false;

describe('an invitation to get in touch or give feedback', () => {
  test.each([
    ['en', 'Drop us a message in Slack, join a meeting, or raise an issue in GitHub.', true],
    ['en', 'We’d love to hear how you use it.', true],
    ['fr', 'N’hésitez pas à nous écrire sur le forum.', true],
    ['de', 'Schreib uns auf Mastodon, was du davon hältst.', true],
    ['es', 'Contáctanos en el canal de Slack del proyecto.', true],
    ['pt', 'Entre em contato pelo fórum da comunidade.', true],
    ['it', 'Fateci sapere cosa ne pensate nei commenti.', true],
    ['nl', 'Laat ons weten wat je ervan vindt.', true],
    ['pl', 'Daj nam znać, co myślisz o nowej wersji.', true],
    ['ru', 'Свяжитесь с нами в Telegram.', true],
    ['uk', 'Напишіть нам у Slack.', true],
    ['tr', 'Sorularınız için bize ulaşın.', true],
    ['id', 'Hubungi kami di forum komunitas.', true],
    ['ar', 'تواصل معنا عبر المنتدى.', true],
    ['he', 'צרו קשר בערוץ הקהילה.', true],
    ['hi', 'प्रश्नों के लिए हमसे संपर्क करें।', true],
    ['ja', 'ご意見をお寄せください。', true],
    ['zh', '如有问题，请联系我们。', true],
    ['ko', '궁금한 점은 문의해 주세요.', true],
    ['en', 'Let us know what you think in the forum.', true],
    ['en', 'For feedback or questions please contact us on Slack.', true],
    ['en', 'For questions, email the security team.', true],
    ['fr', 'N’hésitez pas à nous contacter sur le forum.', true],
    ['de', 'Kontaktieren Sie uns im Forum.', true],
    ['es', 'Contáctanos en el foro si tienes preguntas.', true],
    ['fa', 'برای پرسش‌ها با ما تماس داشته باشید.', true],
    ['hi', 'किसी भी प्रश्न के लिए हमसे संपर्क कीजिए।', true],
    ['zh', '如有疑問，歡迎與我們聯繫。', true],
    // A question asking for feedback is an invitation too; a statement with the same words is not.
    ['ru', 'Вам что-то не нравится или чего-то не хватает в Organic Maps?', true],
    ['en', 'Missing a feature or found something not working?', true],
    ['en', 'What do you think?', true],
    ['fr', 'Qu’en pensez-vous ?', true],
    ['de', 'Fehlt dir etwas in der App?', true],
    ['es', '¿Te falta algo en la aplicación?', true],
    ['uk', 'Вам чогось не вистачає в Organic Maps?', true],
    ['ja', '足りない機能はありますか？', true],
    ['en', 'The release fixes what users found missing in the search.', false],
    ['ru', 'В прошлой версии чего-то не хватает: поиска по категориям.', false],
    // A report of contact is news; a reach of numbers is not an invitation.
    ['en', 'The maintainers reached 1,000 contributors in March.', false],
    ['de', 'Die Registry wird am 3. April eingefroren.', false],
    ['zh', '我们联系了上游维护者并修复了漏洞。', false],
  ])('%s: «%s» %s', (lang, sentence, expected) => {
    expect(invitesContact(sentence, lang)).toBe(expected);
    expect(asideToReader(sentence, lang, NO_CALL)).toBe(expected);
  });
});

describe('a cheer, a note to the reader, the site speaking of itself', () => {
  test.each([
    // Cheers: short exclamations to the reader or by the writers, with no fact; a sign-off at any length.
    ['de', 'Herzlichen Glückwunsch!', true],
    ['de', 'Du bist der Hammer!', true],
    ['pl', 'Odwaliłaś kawał dobrej roboty!', true],
    ['pl', 'Nie możemy się doczekać, aby zobaczyć, co zbudujesz następnym razem!', true],
    ['en', 'Well done!', true],
    ['en', 'We can’t wait to see what you build next!', true],
    ['fr', 'Vous avez fait du super travail !', true],
    // A fact, a subject, a name: news with an exclamation mark.
    ['en', 'Deno 2 is here!', false],
    ['en', 'Deno is here!', false],
    ['en', 'You can now run the linter on Windows!', false],
    ['es', '¡La versión 3.0 ya está disponible!', false],
    // A note to the reader on how to read what follows.
    ['en', 'Note that the character set and the encoding are different things.', true],
    ['de', 'Beachten Sie, dass die Registry nur lesbar ist.', true],
    ['hi', 'ध्यान दें कि चरित्र सेट और चरित्र एन्कोडिंग अलग अलग बातें हैं।', true],
    ['zh', '请注意，字符集与编码是两回事。', true],
    ['ru', 'Обратите внимание, что кодировка и набор символов различаются.', true],
    // The site to the reader.
    ['hi', 'लक्ष्य है कि आपको साइट पर सामग्री आसानी मिले।', true],
    ['en', 'Our goal is that you find what you need on this site quickly.', true],
    ['fr', 'Vous trouverez sur ce site des guides pour débuter.', true],
    ['en', 'The site was down for two hours on Monday.', false],
  ])('%s: «%s» is an aside: %s', (lang, sentence, expected) => {
    expect(asideToReader(sentence, lang, NO_CALL)).toBe(expected);
  });

  test('a note that calls to act is the news: it stays', () => {
    const sentence =
      'Please note that Chrome has reports of this vulnerability being used in the wild so it is strongly recommended you upgrade Electron as soon as possible.';
    expect(asideToReader(sentence, 'en', () => true)).toBe(false);
    // An invitation to get in touch stays an aside, whatever verbs of acting it has («join a meeting»).
    expect(asideToReader('Drop us a message in Slack or join a meeting.', 'en', () => true)).toBe(true);
  });
});

describe('an advisory’s credit to its reporter does not lead', () => {
  test.each([
    ['en', 'Amazon software engineer Catalin Dumitru reported that the URLs of resources were leaked.', true],
    ['en', 'Reported by Jane Doe of Example Security.', true],
    ['fr', 'Jean Dupont a signalé une fuite de mémoire dans le parseur.', true],
    ['de', 'Der Forscher Max Muster meldete, dass der Parser abstürzt.', true],
    ['es', 'La investigadora Ana Ruiz reportó que el analizador fallaba.', true],
    ['pt', 'O pesquisador João Silva relatou que o analisador falhava.', true],
    ['ru', 'Исследователь Иван Петров сообщил, что парсер падает.', true],
    ['en', 'The URLs of resources were leaked through the Resource Timing API.', false],
    ['en', 'We found that the new collector halves pause times.', false],
    ['ja', '研究者が脆弱性を報告しました。', false],
  ])('%s: «%s» opens with a credit: %s', (lang, sentence, expected) => {
    expect(opensWithCredit(sentence, lang)).toBe(expected);
  });
});

describe('a credit that reports a finding in a clause gives the finding without its reporter', () => {
  test.each([
    [
      'en',
      'Amazon software engineer Jane Doe reported that the URLs of resources were leaked to the following page.',
      'The URLs of resources were leaked to the following page.',
    ],
    [
      'fr',
      'Le chercheur Jean Dupont a signalé qu’un lien mal formé faisait planter le navigateur.',
      'Un lien mal formé faisait planter le navigateur.',
    ],
    [
      'es',
      'La investigadora Ana Pérez informó que el navegador filtraba las direcciones visitadas.',
      'El navegador filtraba las direcciones visitadas.',
    ],
    [
      'pt',
      'O pesquisador João Silva relatou que o navegador vazava os endereços visitados.',
      'O navegador vazava os endereços visitados.',
    ],
    [
      'it',
      'Il ricercatore Mario Rossi ha segnalato che il browser esponeva gli indirizzi visitati.',
      'Il browser esponeva gli indirizzi visitati.',
    ],
    [
      'ru',
      'Исследователь Иван Петров сообщил, что браузер раскрывал адреса посещённых страниц.',
      'Браузер раскрывал адреса посещённых страниц.',
    ],
    // German and Dutch put the verb of a «that» clause last: alone, it would not read as a sentence.
    [
      'de',
      'Der Forscher Max Muster meldete, dass der Browser die Adressen preisgab.',
      'Der Forscher Max Muster meldete, dass der Browser die Adressen preisgab.',
    ],
    // A credit without a clause, and a report that is no credit, stay as they are.
    ['en', 'Reported by Jane Doe of Amazon.', 'Reported by Jane Doe of Amazon.'],
    ['en', 'The fix was released on Tuesday.', 'The fix was released on Tuesday.'],
  ])('(%s) «%s» → «%s»', (lang, sentence, expected) => {
    expect(withoutCredit(sentence, lang)).toBe(expected);
  });
});
