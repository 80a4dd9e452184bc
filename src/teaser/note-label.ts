import { NOTE_WORDS } from './leaning.js';
import { stopwords } from './words.js';

/**
 * A note's label («Note:», «Update:», «Hinweis:», «Nota:», «Примечание:», «ملاحظة:», 「注：」), leaning.ts's NOTE_WORDS
 * before a colon: what follows is a sentence of the article, often its latest news («Note: the deadline for proposal
 * submissions has been extended to 19 April.», dev2, refused whole as a label until then, and the call for proposals
 * led with its format instead).
 */
const NOTE_LABEL = new RegExp(`^[\\s«“"„'(]*(?:${NOTE_WORDS})\\s*(?::\\s+|：\\s*)`, 'iu');

/**
 * The sentence without its note's label, its first letter raised when the label left it in lowercase («Note: the
 * deadline…» → «The deadline…», «срок подачи…» → «Срок подачи…»). A Latin word that is lowercase by design («npm»,
 * «curl») keeps its case: in Latin script only a stop word of the language (an article, a pronoun) is raised.
 */
export function withoutNoteLabel(sentence: string, lang: string): string {
  const m = NOTE_LABEL.exec(sentence);
  if (m === null) return sentence;
  const rest = sentence.slice(m[0].length);
  // Too short to be a sentence of its own («Note: none yet.»): the label stays, and leaning.ts refuses it.
  if ([...rest].length < 15) return sentence;
  const first = /^\p{Ll}+(?=\s)/u.exec(rest)?.[0];
  return first === undefined || (/^\p{Script=Latin}/u.test(first) && !stopwords(lang).has(first))
    ? rest
    : `${first.charAt(0).toUpperCase()}${rest.slice(1)}`;
}

/**
 * The words of a label that dates what follows as later than the post («Update:», «Mise à jour :», «Actualización:»,
 * «Обновление:», 「更新：」): NOTE_WORDS' updates.
 */
const UPDATE_LABEL =
  /^[\s«“"„'(]*(?:update|updated|edit|mise à jour|aktualisierung|actualización|atualização|aggiornamento|aktualizacja|обновление|оновлення|güncelleme|pembaruan|تحديث|به‌روزرسانی|עדכון|अपडेट|更新|업데이트)\s*(?::\s+|：\s*)/iu;

/** The sentence opens with an update's label: what follows was written after the post (see hook.ts's `update`). */
export function opensWithUpdateLabel(sentence: string): boolean {
  return UPDATE_LABEL.test(sentence);
}
