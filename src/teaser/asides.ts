import { phrasesAtEdges } from '../text/prescan.js';
import { speaksInFirstPerson, speaksToReader } from './first-person.js';
import { baseLang, hasNumber, perLanguage } from './text.js';
import { isUnspaced } from './words.js';

/**
 * What a page says to its reader beside its news (docs/teasers.md, "Composing the hook"): shown alone in a post,
 * each reads as said to every follower, out of context. None of them is taken for the hook.
 * - an invitation to get in touch or give feedback («Drop us a message in Slack», «Contactez-nous», «Schreib uns»,
 *   «Свяжитесь с нами», «联系我们»), or a question asking for it («Missing a feature?», «Вам что-то не нравится
 *   или чего-то не хватает в Organic Maps?»): the publisher asking its own users, not news (dev: Prometheus's «Drop
 *   us a message in Slack, join a meeting, or raise an issue in GitHub.», 6/10, "CTA aimed at maintainers");
 * - a cheer: a short exclamation to the reader, or of the writers about themselves, with no fact in it («Herzlichen
 *   Glückwunsch!», «Du bist der Hammer!», «Odwaliłaś kawał dobrej roboty!», «Well done!»);
 * - a note to the reader on how to read what follows («Note that…», «Beachten Sie, dass…», «ध्यान दें कि…», «请注意»):
 *   a caveat of the page, not what it says (dev: the W3C «दस्तावेज़ वर्ण सेट» page, "hook out of context");
 * - the site speaking of itself to the reader («The goal is that you find content on the site easily», «…sur ce
 *   site…», «…auf unserer Website…», «…साइट पर…»): boilerplate of every page (dev: W3C «कैरेक्टर समूह», 4/10);
 * - a request to report bugs, or a word that feedback is welcome («Please report any issues you may encounter…»,
 *   «Feedback, questions, and ideas are always welcome at…», «Signalez les bugs…», «Feedback ist willkommen»): the
 *   project's housekeeping, never a release's news (dev5: AlmaLinux 9.6's release notes were posted as «Please report
 *   any issues you may encounter during tests on the AlmaLinux Bug Tracker.» alone, 3/10, "misleading");
 * - a comparison with the reader («Like you, we…», «As you know, …»: see LIKE_YOU);
 * - a standing plea to upgrade, help test or sponsor, which names no version (see PLEA).
 */

const W = '\\p{L}\\p{M}';

/** Invitations to get in touch or give feedback, per language (case-insensitive, at word edges). */
const CONTACT: Record<string, string> = {
  en: "drop us|(?:please )?report (?:any|all) (?:issues|bugs|problems)|please (?:report|file|open) (?:an? |the )?(?:issues?|bugs?|problems?|bug reports?)|(?:feedback|questions|ideas|comments|suggestions)[^.!?]{0,40}? (?:are|is) (?:always |very |most |more than )?welcome|reach out|get in touch|contact us|let us know|send us|write to us|talk to us|ping us|share your (?:feedback|thoughts|ideas)|give us (?:your )?feedback|we(?:['’]d| would) love to hear|feel free to (?:ask|contact|reach|share|comment)|leave (?:us )?a comment|(?:for|with) (?:any )?(?:feedback|questions)(?: or (?:feedback|questions))?,? (?:please )?(?:contact|reach|email|write)",
  fr: "contactez[- ]nous|signalez (?:tout |tous |les |vos |d['’]éventuels )?(?:problèmes?|bugs?|bogues?|erreurs?)|(?:vos |les )?(?:retours|commentaires|questions|suggestions|idées)[^.!?]{0,40}? sont (?:toujours )?(?:les )?bienvenu(?:e)?s|contacte[- ]nous|écrivez[- ]nous|écris[- ]nous|faites[- ]nous (?:savoir|part)|fais[- ]nous (?:savoir|part)|n['’]hésitez pas à nous|donnez[- ]nous votre avis|laissez un commentaire",
  de: 'kontaktieren sie uns|melden sie (?:bitte )?(?:alle |etwaige |eventuelle )?(?:fehler|probleme)|meldet (?:bitte )?(?:alle |etwaige )?(?:fehler|probleme)|(?:feedback|fragen|anregungen|rückmeldungen?|ideen)[^.!?]{0,40}? (?:ist|sind) (?:immer |jederzeit |herzlich |sehr )?willkommen|kontaktiere uns|kontaktiert uns|schreiben sie uns|schreib uns|schreibt uns|lass uns wissen|lasst uns wissen|lassen sie uns wissen|melden sie sich bei uns|meld(?:e|et) euch bei uns|melde dich bei uns|gib uns feedback|geben sie uns feedback',
  es: 'contáctanos|(?:reporta|reporte|informa|informe|notifica|notifique) (?:de )?(?:cualquier|los|todos los) (?:problemas?|errores?|fallos?)|(?:comentarios|preguntas|sugerencias|ideas)[^.!?]{0,40}? (?:son|serán) (?:siempre )?bienvenid[oa]s|contáctenos|contactarnos|escríbenos|escríbannos|ponte en contacto|póngase en contacto|ponerte en contacto|haznos saber|háganos saber|déjanos (?:saber|un comentario|tus comentarios)',
  pt: 'entre em contato|(?:reporte|relate|informe) (?:quaisquer|qualquer|os|todos os) (?:problemas?|erros?|bugs?)|(?:comentários|perguntas|sugestões|ideias)[^.!?]{0,40}? (?:são|serão) (?:sempre )?bem-vind[oa]s|entre em contacto|fale conosco|fale connosco|escreva-nos|escreve-nos|deixe (?:um|seu|o seu) comentário|diga-nos|conte-nos|nos avise|avise-nos',
  it: 'contattaci|segnala(?:te)? (?:eventuali|qualsiasi|tutti i) (?:problemi|bug|errori)|(?:commenti|domande|suggerimenti|idee)[^.!?]{0,40}? sono (?:sempre )?(?:i )?benvenut[ie]|contattateci|contattarci|scrivici|scriveteci|facci sapere|fateci sapere|lascia un commento|lasciate un commento|mettiti in contatto|mettetevi in contatto',
  nl: 'meld (?:eventuele |alle )?(?:problemen|bugs|fouten)|(?:feedback|vragen|ideeën|suggesties)[^.!?]{0,40}? (?:is|zijn) (?:altijd )?welkom|neem contact (?:met ons )?op|laat (?:het )?ons weten|stuur ons|laat een reactie achter|reageer (?:dan )?hieronder',
  pl: 'skontaktuj się z nami|skontaktujcie się z nami|napisz do nas|napiszcie do nas|daj nam znać|dajcie nam znać|zostaw komentarz',
  ru: 'свяжитесь с нами|сообщайте (?:нам )?(?:о )?(?:любых |всех )?(?:ошибках|проблемах)|(?:отзывы|вопросы|предложения|идеи)[^.!?]{0,40}? (?:всегда )?приветствуются|напишите нам|пишите нам|дайте нам знать|сообщите нам|оставьте комментарий',
  uk: "зв['’]яжіться з нами|повідомляйте (?:нам )?про (?:будь-які |всі )?(?:помилки|проблеми)|(?:відгуки|питання|пропозиції|ідеї)[^.!?]{0,40}? (?:завжди )?вітаються|напишіть нам|пишіть нам|дайте нам знати|повідомте нам|залиште коментар",
  tr: 'bize ulaşın|bize ulaşabilirsiniz|bizimle iletişime geçin|bize yazın|bize bildirin|yorum bırakın',
  id: 'hubungi kami|beri tahu kami|beritahu kami|kirimkan masukan|tinggalkan komentar',
  ms: 'hubungi kami|beritahu kami|tinggalkan komen',
  ar: 'تواصل معنا|تواصلوا معنا|اتصل بنا|اتصلوا بنا|راسلنا|أخبرنا|أخبرونا|شاركنا رأيك',
  fa: 'با ما تماس|با ما در تماس باشید|به ما اطلاع دهید|به ما بگویید',
  he: 'צרו קשר|צור קשר|כתבו לנו|ספרו לנו|שלחו לנו',
  hi: 'हमसे संपर्क|हमें बताएं|हमें बताएँ|हमें लिखें',
};
/** Unspaced scripts: substrings. */
const CONTACT_UNSPACED: Record<string, RegExp> = {
  ja: /お問い合わせください|(?:問題|不具合|バグ)(?:を|が(?:あれば|ありましたら)[、,]?)[^。]{0,20}?(?:報告|ご報告)(?:してください|ください|をお願い)|ご連絡ください|お知らせください|お寄せください|ご意見を|フィードバックを送/u,
  zh: /联系我们|(?:请|請)(?:报告|報告|反馈|反饋)(?:任何)?(?:问题|問題|错误|錯誤|bug)|聯繫我們|聯絡我們|與我們聯繫|告诉我们|告訴我們|欢迎反馈|歡迎反饋|请留言|請留言|欢迎留言|歡迎留言/u,
  ko: /문의하세요|(?:문제|버그|오류)[^.]{0,20}?(?:보고|신고|제보)해 주(?:세요|십시오)|문의해 주세요|문의 바랍니다|연락해 주세요|연락 주세요|알려 주세요|알려주세요|의견을 보내/u,
};

/** Per language, a table's phrases at word edges (case-insensitive), or in an unspaced script its substrings. */
function phrasesOf(spaced: Record<string, string>, unspaced: Record<string, RegExp>) {
  return perLanguage((base): { test(text: string): boolean } | null => {
    const substrings = unspaced[base];
    if (substrings !== undefined) return substrings;
    const words = spaced[base];
    // Found first anywhere, without a look-behind tried at every position: a cheap test that rules out most sentences.
    return words === undefined ? null : phrasesAtEdges(words, { edge: W });
  });
}

const contactPattern = phrasesOf(CONTACT, CONTACT_UNSPACED);

/**
 * Questions that ask the reader for feedback: what they miss, dislike or think, whether they have questions or
 * ideas («Missing a feature?», «Вам что-то не нравится или чего-то не хватает в Organic Maps?», «Qu'en
 * pensez-vous ?», «Fehlt dir etwas?»). The answer the page gives is «tell us» or «fix it yourself»: an invitation
 * like CONTACT, not the article's question (dev3: Organic Maps' release closed on it, "hook out of context").
 * Only in a sentence that asks (see FEEDBACK_ASKS); case-insensitive, at word edges.
 */
const FEEDBACK: Record<string, string> = {
  en: "what do you think|(?:do you )?have (?:any )?(?:feedback|questions|ideas|suggestions|comments)|any (?:feedback|questions|ideas|suggestions|comments)|(?:is )?(?:something|anything) (?:missing|not working|wrong)|missing (?:something|anything|a feature)|(?:don['’]t|do not) like (?:something|anything)|wish (?:something|a feature)",
  fr: "qu['’]en pensez[- ]vous|qu['’]en penses[- ]tu|(?:il )?vous manque|(?:il )?te manque|quelque chose (?:ne )?(?:vous |te )?(?:manque|plaît pas|fonctionne pas)|des (?:questions|idées|suggestions|remarques)",
  de: 'was (?:haltet ihr|halten sie|hältst du|denkt ihr|denken sie|meinst du|meint ihr)|fehlt (?:dir|ihnen|euch) (?:etwas|was)|(?:habt ihr|haben sie|hast du) (?:fragen|ideen|anregungen|feedback|wünsche|vorschläge)|gefällt (?:dir|ihnen|euch) (?:etwas|was) nicht',
  es: '¿?qué (?:opinas|opinan|piensas|piensan)|(?:te|le|les) falta algo|(?:algo )?no (?:te|le|les) gusta|(?:tienes|tiene|tienen) (?:preguntas|ideas|sugerencias|comentarios)',
  pt: 'o que (?:você acha|acha|achas|vocês acham)|(?:falta|sente falta de) algo|(?:algo )?não (?:te|lhe) agrada|(?:tem|têm) (?:perguntas|ideias|sugestões|dúvidas)',
  it: 'cosa ne pensi|cosa ne pensate|(?:ti|vi) manca qualcosa|qualcosa non (?:ti|vi) piace|(?:hai|avete) (?:domande|idee|suggerimenti)',
  nl: 'wat vind (?:je|jij|u) ervan|mis (?:je|jij|u) (?:iets|een functie)|(?:heb je|hebt u|heeft u) (?:vragen|ideeën|suggesties|feedback)',
  pl: 'co (?:o tym )?(?:myślisz|sądzisz|myślicie)|(?:czegoś|coś) (?:ci|wam) brakuje|coś (?:ci|wam) się nie podoba|masz (?:pytania|pomysły|sugestie)',
  ru: 'что вы (?:об этом )?думаете|(?:вам |тебе )?(?:что-то|что-нибудь) не нравится|(?:вам |тебе )?(?:чего-то|чего-нибудь) не хватает|(?:есть|остались) (?:вопросы|идеи|предложения)',
  uk: 'що ви (?:про це )?думаєте|(?:вам |тобі )?щось не подобається|(?:вам |тобі )?чогось (?:не вистачає|бракує)|(?:є|маєте) (?:питання|ідеї|пропозиції)',
  tr: 'ne düşünüyorsunuz|(?:bir şey|bir özellik) mi eksik|(?:sorunuz|sorularınız|öneriniz|önerileriniz) (?:mı )?var',
  id: 'bagaimana menurut (?:anda|kamu)|ada (?:pertanyaan|saran|masukan|ide)',
  ar: 'ما رأيك|ما رأيكم|هل لديك (?:أسئلة|اقتراحات|أفكار)|هل ينقصك',
  fa: 'نظر شما چیست|سوالی دارید|پیشنهادی دارید',
  he: 'מה דעתכם|מה דעתך|יש לכם שאלות|חסר לכם',
  hi: 'आप क्या सोचते|आपके (?:कोई )?(?:सवाल|सुझाव)|कुछ कमी',
};
const FEEDBACK_UNSPACED: Record<string, RegExp> = {
  ja: /どう思いますか|ご意見は|ご要望は|足りない(?:機能|もの)|不満は/u,
  zh: /你(?:们|們)?(?:怎么|怎麼)看|有(?:什么|什麼)(?:建议|建議|意见|意見|问题|問題)|缺少(?:什么|什麼)|不满意/u,
  ko: /어떻게 생각하(?:세요|시나요)|의견이 있(?:으신가요|나요)|부족한 (?:기능|점)|불편한 점/u,
};
const feedbackPattern = phrasesOf(FEEDBACK, FEEDBACK_UNSPACED);
/** A sentence that asks: it ends on a question mark (closing quotes and brackets aside). */
const FEEDBACK_ASKS = /[?？؟](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;

/**
 * A standing plea to the reader: to consider upgrading, helping test, sponsoring or donating («Please consider
 * upgrading to new releases or helping to test release candidates.»). A recurring newsletter or release post
 * says it under the same section heading every time (dev8: Bitcoin Optech's «Bitte erwägen Sie, auf neue Versionen
 * zu aktualisieren oder beim Testen von Release-Kandidaten zu helfen.» and its Hindi twin were both posted as the
 * hook, «boilerplate, misses the main news»; Prettier's «consider sponsoring» appeal). The plea names no version:
 * «Please consider upgrading to 2.4.1 immediately» is an advisory's call to act, and is left (see
 * `standingPlea`). Per language, case-insensitive, at word edges.
 */
const PLEA: Record<string, string> = {
  en: 'please consider|consider (?:upgrading|updating|helping|testing|sponsoring|donating|supporting|contributing|becoming a (?:sponsor|backer|member))',
  fr: "(?:veuillez|merci d['’]|pensez à|n['’]hésitez pas à) (?:envisager|mettre à jour|tester|aider|soutenir|sponsoriser|parrainer|faire un don)|envisagez (?:de|la|une)",
  de: 'bitte erwägen sie|erwägen sie bitte|bitte ziehen sie in betracht|(?:bitte )?unterstützen sie uns|erwäge(?:n sie)?,? (?:ein|zu|auf|uns)',
  es: 'por favor,? consider[ae]|consider[ae] (?:actualizar|ayudar|probar|patrocinar|donar|apoyar|contribuir)',
  pt: 'por favor,? considere|considere (?:atualizar|ajudar|testar|patrocinar|doar|apoiar|contribuir)',
  it: 'per favore,? consider[ai]|consider(?:a|ate) (?:di )?(?:aggiornare|aiutare|testare|sponsorizzare|donare|sostenere)',
  nl: 'overweeg (?:om |te )?(?:te )?(?:upgraden|updaten|helpen|testen|sponsoren|doneren|steunen)',
  pl: 'rozważ(?:cie)? (?:aktualizację|pomoc|testowanie|wsparcie|sponsorowanie|darowiznę)',
  cs: 'zvažte (?:prosím )?(?:aktualizaci|upgrade|pomoc|testování|podporu|sponzorování)|prosím,? zvažte',
  ru: 'пожалуйста,? (?:рассмотрите|подумайте|обновитесь)|рассмотрите возможность (?:обновления|помощи|тестирования|спонсорства|поддержки|пожертвования)',
  uk: 'будь ласка,? (?:розгляньте|подумайте)|розгляньте можливість (?:оновлення|допомоги|тестування|спонсорства|підтримки)',
  tr: '(?:yükseltmeyi|güncellemeyi|test etmeye yardım etmeyi|sponsor olmayı|bağış yapmayı) (?:lütfen )?düşünün',
  id: '(?:harap |mohon )?pertimbangkan (?:untuk )?(?:memperbarui|meningkatkan|membantu|menguji|mensponsori|berdonasi|mendukung)',
  ar: 'يرجى (?:النظر|التفكير) في|يُرجى (?:النظر|التفكير) في',
  hi: 'कृपया[^।]{0,120}विचार कर\\p{M}*',
};
const PLEA_UNSPACED: Record<string, RegExp> = {
  ja: /(?:アップグレード|アップデート|更新|テスト|支援|スポンサー|寄付)[^。]{0,30}?(?:ご検討ください|検討してください|ご検討をお願い)/u,
  zh: /(?:请|請)(?:考虑|考慮)/u,
  ko: /(?:업그레이드|업데이트|테스트|후원|기부)[^.]{0,30}?(?:고려해 주(?:세요|십시오)|고려해주세요|고려하시기 바랍니다)/u,
};
const pleaPattern = phrasesOf(PLEA, PLEA_UNSPACED);

/** A standing plea to the reader that names no version (see PLEA). */
export function standingPlea(sentence: string, lang: string): boolean {
  return !hasNumber(sentence) && (pleaPattern(lang)?.test(sentence) ?? false);
}

/** The sentence invites the reader to get in touch or to give feedback, or asks them for it (FEEDBACK). */
export function invitesContact(sentence: string, lang: string): boolean {
  if (contactPattern(lang)?.test(sentence) || standingPlea(sentence, lang)) return true;
  return FEEDBACK_ASKS.test(sentence) && (feedbackPattern(lang)?.test(sentence) ?? false);
}

/**
 * A comparison with the reader, opening the sentence and set off by a comma («Like you, we want to help as fast as
 * we can», «Giống như bạn, chúng tôi muốn…», «Comme vous, nous…», «As you know, …»): it speaks to the reader the
 * page was written for, and assumes what they were told before (dev5: a Vietnamese LearnOSM page led by «Giống như
 * bạn, chúng tôi muốn giúp đỡ…», "leans on context"). Per language, case-insensitive.
 */
const LIKE_YOU: Record<string, string> = {
  en: '(?:just |much )?like you(?: all)?|like (?:many|most) of you|as you (?:may |might |probably |all |already )?know|as (?:many|most) of you (?:may )?know',
  fr: '(?:tout )?comme (?:vous|toi)(?: tous)?|comme vous le savez|comme tu le sais|comme beaucoup d.entre vous',
  de: '(?:genau |ebenso )?wie (?:sie|du|ihr)(?: alle)?|wie (?:sie|du|ihr) (?:sicher |vielleicht |bereits )?(?:wissen|weißt|wisst)',
  es: '(?:al igual que|igual que|como) (?:tú|usted|ustedes|vosotros)|como (?:ya )?(?:sabes|sabe|saben|sabéis)',
  pt: '(?:assim como|tal como|como) (?:você|vocês|tu)|como (?:você |vocês )?(?:já )?(?:sabe|sabem|sabes)',
  it: '(?:proprio |esattamente )?come (?:te|voi|lei)|come (?:già )?(?:sai|sapete|saprete)',
  nl: '(?:net |precies )?zoals (?:jij|je|u|jullie)(?: (?:al )?(?:weet|weten))?',
  pl: '(?:tak )?jak (?:ty|wy)|jak (?:już )?(?:wiesz|wiecie)|podobnie jak (?:ty|wy)',
  ru: '(?:так же,? )?как и (?:вы|ты)|как вы (?:уже )?знаете|как ты (?:уже )?знаешь',
  uk: 'як і (?:ви|ти)|як ви (?:вже )?знаєте|як ти (?:вже )?знаєш',
  tr: 'sizin gibi|senin gibi|(?:sizin de )?bildiğiniz gibi',
  id: '(?:sama )?seperti (?:anda|kamu)(?: semua)?|seperti yang (?:anda|kamu) (?:ketahui|tahu)',
  vi: '(?:giống|cũng giống|cũng) như (?:bạn|các bạn)|như (?:bạn|các bạn)(?: đã biết)?',
  ar: 'مثلك|مثلكم|كما تعلم|كما تعلمون',
  fa: '(?:مانند|مثل|همانند) شما|همان‌طور که می‌دانید|همانطور که می‌دانید',
  he: 'כמוכם|כמוך|כפי שאתם יודעים',
  hi: '(?:आपकी|तुम्हारी) (?:ही )?तरह|जैसा कि आप जानते हैं',
};
const LIKE_YOU_UNSPACED: Record<string, RegExp> = {
  ja: /^[\s「『（(]*(?:あなた|皆さん|皆様|みなさん)(?:と同じ(?:よう)?に|のように)|^[\s「『（(]*(?:ご存知|ご存じ)の(?:とおり|通り|ように)/u,
  zh: /^[\s「『（(]*(?:和|跟|与|與|像|如同)(?:你|您|你们|你們)一样|^[\s「『（(]*(?:和|跟|与|與|像|如同)(?:你|您|你们|你們)一樣|^[\s「『（(]*(?:正)?如(?:你|您)(?:们|們)?所知/u,
  ko: /^[\s「『（(]*(?:여러분|당신)(?:처럼|과 마찬가지로|과 같이)|^[\s「『（(]*(?:아시다시피|아시는 것처럼|아시는 바와 같이)/u,
};
const likeYouPattern = perLanguage((base): RegExp | null => {
  const unspaced = LIKE_YOU_UNSPACED[base];
  if (unspaced !== undefined) return unspaced;
  const words = LIKE_YOU[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(¿¡]*(?:${words})\\s*[,،]`, 'iu');
});

/** The sentence opens on a comparison with the reader («Like you, …», «As you know, …»): see LIKE_YOU. */
export function comparesWithReader(sentence: string, lang: string): boolean {
  return likeYouPattern(lang)?.test(sentence) ?? false;
}

/** «Note that…» to the reader, opening the sentence. */
const NOTE_THAT: Record<string, string> = {
  en: 'note that|please note|keep in mind that|bear in mind that',
  fr: 'notez que|notez bien que|veuillez noter que|à noter que|gardez à l.esprit que',
  de: 'beachten sie, dass|beachte, dass|bitte beachten sie|bitte beachte|zu beachten ist, dass',
  es: 'tenga en cuenta que|ten en cuenta que|tenga presente que|nótese que|observe que',
  pt: 'note que|observe que|tenha em conta que|lembre-se de que',
  it: 'nota che|si noti che|tieni presente che|tenete presente che|tenga presente che',
  nl: 'merk op dat|houd er rekening mee dat|let op dat',
  pl: 'zauważ, że|zwróć uwagę, że|pamiętaj, że|należy pamiętać, że|należy zauważyć, że',
  ru: 'обратите внимание, что|обратите внимание:|заметьте, что|имейте в виду, что|учтите, что',
  uk: 'зверніть увагу, що|зауважте, що|майте на увазі, що|врахуйте, що',
  tr: 'unutmayın ki|dikkat edin|not edin ki',
  id: 'perhatikan bahwa|harap dicatat bahwa|perlu dicatat bahwa|ingatlah bahwa',
  ms: 'perhatikan bahawa|sila ambil perhatian',
  ar: 'لاحظ أن|يرجى ملاحظة أن|لاحظ ان|تذكر أن',
  fa: 'توجه داشته باشید|دقت کنید که|به یاد داشته باشید',
  he: 'שימו לב ש|שים לב ש|יש לשים לב',
  hi: 'ध्यान दें कि|ध्यान रखें कि|नोट करें कि|याद रखें कि',
};
const NOTE_THAT_UNSPACED: Record<string, RegExp> = {
  ja: /^(?:なお、)?(?:注意してください|ご注意ください|留意してください)|に注意してください|にご注意ください|に留意してください/u,
  zh: /^(?:请|請)?注意[，,：:]?|^需要注意的是|^值得注意的是/u,
  ko: /^(?:참고로|유의하세요|주의하세요)|에 유의하세요|에 주의하세요/u,
};
const noteThatPattern = perLanguage((base): RegExp | null => {
  const unspaced = NOTE_THAT_UNSPACED[base];
  if (unspaced !== undefined) return unspaced;
  const words = NOTE_THAT[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(]*(?:${words})(?![${W}])`, 'iu');
});

/** The site speaking of itself to the reader: a word for the site beside «you». */
const SITE =
  /(?<![\p{L}\p{M}])(?:site|website|web site|sitio|sítio|sito|webseite|strona|stronie|сайт\p{L}*|вебсайт\p{L}*|web sitesi|situs|موقع|الموقع|سایت|אתר|साइट|वेबसाइट)(?![\p{L}\p{M}])|サイト|网站|網站|站点|站點|사이트/iu;

/** What every word of SITE contains, in the cases it is written (a case-insensitive pattern costs more). */
const SITE_HINT = /sit|Sit|SIT|sít|Sít|eite|str|Str|STR|айт|АЙТ|موقع|سایت|אתר|साइट|サイト|网站|網站|站点|站點|사이트/u;

/** A short exclamation: five words at most (fifteen characters in unspaced scripts). */
const EXCLAMATION = /[!！](?:[\s\u00A0\u202F]?["»”’)\]」』）])*$/u;
const NAME_PAST_FIRST = /(?<=\s)\p{Lu}/u;
const FACT = /\p{N}|(?<![\p{L}\p{N}])(?:\p{Lu}{2,}|\p{L}+\p{Lu}\p{L}*)/u;

function cheers(sentence: string, lang: string): boolean {
  if (!EXCLAMATION.test(sentence) || FACT.test(sentence)) return false;
  const toReader = speaksToReader(sentence, lang);
  const byWriters = speaksInFirstPerson(sentence, lang);
  // The writers to the reader, at any length, or the reader named by no one else: a sign-off («We can't wait to
  // see what you build next!», «Nie możemy się doczekać, aby zobaczyć, co zbudujesz następnym razem!»). A name
  // past the first word is a subject («You can now run Deno on Windows!»); German capitalises every noun.
  if (toReader && (byWriters || (baseLang(lang) !== 'de' && !NAME_PAST_FIRST.test(sentence)))) return true;
  const short = isUnspaced(sentence) ? Array.from(sentence).length <= 15 : sentence.split(/\s+/u).length <= 5;
  if (!short) return false;
  // Two words or fewer say nothing of their own («Herzlichen Glückwunsch!», «Well done!»); longer, the cheer is
  // said to the reader or by the writers («Du bist der Hammer!», «Wir sind echt stolz!»), not of a subject
  // («Deno 2 is here!» has a fact; «Deno is here!» names no one spoken to).
  return sentence.split(/\s+/u).length <= 2 || toReader || byWriters;
}

/** What the page says to its reader beside its news: not a sentence for the hook (see above). */
export function asideToReader(sentence: string, lang: string, callsToAct: (text: string) => boolean): boolean {
  if (invitesContact(sentence, lang) || comparesWithReader(sentence, lang)) return true;
  // «Please note that Chrome has reports of this vulnerability being used in the wild so it is strongly recommended
  // you upgrade Electron as soon as possible»: a note that calls to act is the news.
  if (
    !(
      noteThatPattern(lang)?.test(sentence) ||
      (SITE_HINT.test(sentence) && SITE.test(sentence) && speaksToReader(sentence, lang)) ||
      cheers(sentence, lang)
    )
  )
    return false;
  return !callsToAct(sentence);
}

/**
 * An advisory's credit to whoever found the flaw, opening the sentence («Amazon software engineer Catalin Dumitru
 * reported that…», «Reported by…», «X a signalé que…»): what follows is the flaw, but the sentence opens on a
 * person the reader does not know, and it does not lead in place of the title (dev: Mozilla's MFSA 2016-84 led by
 * it alone, "long sentence; no title/context").
 */
const CREDIT: Record<string, string> = {
  en: 'reported (?:that|an?|the)|(?:reported|discovered|found) by',
  fr: '(?:a|ont) (?:signalé|rapporté)|(?:signalé|découvert|rapporté)e?s? par',
  de: '(?:meldete|meldeten|berichtete|berichteten),? dass|(?:gemeldet|entdeckt) von',
  es: '(?:informó|informaron|reportó|reportaron) (?:que|una?|el|la)|(?:reportad|descubiert)[oa]s? por',
  pt: '(?:relatou|relataram|reportou|reportaram) (?:que|uma?|o|a)|(?:relatad|reportad|descobert)[oa]s? por',
  it: '(?:ha|hanno) (?:segnalato|riportato)|(?:segnalat|scopert)[oaie] da',
  nl: '(?:meldde|meldden) (?:dat|een|de|het)|(?:gemeld|ontdekt) door',
  pl: '(?:zgłosił|zgłosiła|zgłosili),? (?:że|błąd|lukę)|(?:zgłoszon|odkryt)[aey] przez',
  ru: '(?:сообщил|сообщила|сообщили),? (?:что|об уязвимости|об ошибке)',
  uk: '(?:повідомив|повідомила|повідомили),? (?:що|про вразливість|про помилку)',
};
const creditPattern = perLanguage((base): RegExp | null => {
  const verbs = CREDIT[base];
  // The verb among the first seven words: who reported it comes first.
  return verbs === undefined ? null : new RegExp(`^[\\s«“"„'(]*(?:[^\\s]+\\s+){0,6}?(?:${verbs})(?![${W}])`, 'iu');
});

export function opensWithCredit(sentence: string, lang: string): boolean {
  // Only where the language has an entry: unknown languages are never credited.
  return baseLang(lang) in CREDIT && (creditPattern(lang)?.test(sentence) ?? false);
}

/**
 * What a credit reports, when it reports it in a clause («Amazon software engineer Catalin Dumitru reported that
 * the URLs of resources … were leaked to the following page…»): the clause is the finding an editor keeps, the
 * reporter goes with the advisory's credits (dev: Mozilla's MFSA 2016-84, whose only sentence of description was
 * refused as a credit, was its title alone, «dry, no hook»). Only in languages whose «that» clause keeps a
 * sentence's own word order: German «dass» and Dutch «dat» put the verb last, and are left as they are.
 */
const CREDIT_CLAUSE: Record<string, string> = {
  en: 'reported that ',
  fr: "(?:a|ont) (?:signalé|rapporté) qu(?:e |['’])",
  es: '(?:informó|informaron|reportó|reportaron) que ',
  pt: '(?:relatou|relataram|reportou|reportaram) que ',
  it: '(?:ha|hanno) (?:segnalato|riportato) che ',
  pl: '(?:zgłosił|zgłosiła|zgłosili),? że ',
  ru: '(?:сообщил|сообщила|сообщили),? что ',
  uk: '(?:повідомив|повідомила|повідомили),? що ',
};
const creditClausePattern = perLanguage((base): RegExp | null => {
  const verbs = CREDIT_CLAUSE[base];
  return verbs === undefined ? null : new RegExp(`^[\\s«“"„'(]*(?:[^\\s]+\\s+){0,6}?(?:${verbs})(?=[${W}])`, 'iu');
});

/** The sentence without its reporter when it credits one in a clause (see CREDIT_CLAUSE); else the sentence. */
export function withoutCredit(sentence: string, lang: string): string {
  const m = creditClausePattern(lang)?.exec(sentence);
  if (m === null || m === undefined) return sentence;
  const clause = sentence.slice(m[0].length);
  return `${clause.charAt(0).toLocaleUpperCase(baseLang(lang))}${clause.slice(1)}`;
}
