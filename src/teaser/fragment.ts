import type { Block } from './blocks.js';
import { baseLang } from './text.js';
import { stopwords } from './words.js';

/**
 * Lines of a list or a slide that intake gives as paragraphs (a Markdown or HTML list loses its bullets), and which
 * read as fragments once out of their list (docs/teasers.md, "Composing the hook"):
 * - an infinitive clause with no finite verb, the way German and Dutch write a list of aims or tasks («Menschen
 *   neugierig machen, z. B. mit …», «Code öffentlich zugänglich machen», «Mensen nieuwsgierig maken»);
 * - a question in a run of one-sentence questions, a checklist put to the reader («¿Deseo y voluntad de asesorar…?»,
 *   «¿Conocimientos y experiencia que ayuden…?»), not the question the article answers.
 * And a note's label («Note: the deadline … has been extended to 19 April.»), taken off a sentence that says news.
 */

/**
 * German and Dutch: the words that open a clause with a subject pronoun, a question or an adverb before the verb:
 * a clause that opens with one has its verb where the grammar puts it, and is no list line. An article is not one:
 * a line of aims opens on its object as well («Den Fokus auf … legen und … schaffen»).
 */
const SUBJECT_START: Record<string, RegExp> = {
  de: /^(?:ich|du|er|sie|es|wir|ihr|man|wer|was|wie|wo|warum|wann|hier|dort|heute|jetzt|bitte|so|nun|dann|auch|zu|um)$/iu,
  nl: /^(?:ik|jij|je|u|hij|zij|ze|wij|we|jullie|men|er|wie|wat|hoe|waar|waarom|wanneer|hier|daar|vandaag|nu|dan|ook|te|om)$/iu,
};
/** Finite verbs that do not end in «-t»: modals, auxiliaries and their plurals (the plural is the infinitive's form). */
const FINITE: Record<string, RegExp> = {
  de: /^(?:ist|sind|war|waren|bin|bist|tut|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|konnte|konnten|will|wollen|wollte|wollten|soll|sollen|sollte|sollten|muss|müssen|musste|mussten|darf|dürfen|mag|möchte|möchten|gibt|gab|ging|kam|blieb|lässt|lassen|sei|wäre|wären|würde|würden|könnte|könnten|müsste|sich)$/iu,
  nl: /^(?:is|zijn|was|waren|ben|heb|hebben|had|hadden|wordt|worden|werd|werden|kan|kunnen|kon|konden|wil|willen|wilde|zal|zullen|zou|zouden|moet|moeten|moest|mag|mogen|gaan|ging|gingen|kwam|kwamen|laat|laten|zich)$/iu,
};
const INFINITIVE: Record<string, RegExp> = {
  de: /^\p{Ll}[\p{L}-]*(?:en|ern|eln)$/u,
  nl: /^\p{Ll}[\p{L}-]*(?:en|ern|elen)$/u,
};
/** A lowercase word ending in «-t» is most often a finite verb («macht», «gibt», «werkt»; not «mit», «met»): a clause with one is kept. */
const T_ENDING = /^\p{Ll}\p{L}{2,}t$/u;
const ASKS = /[?？؟]["»”’)\]」』）]*\s*$/u;
const QUOTED = /„[^“”]*[“”]|“[^”]*”|«[^»]*»|"[^"]*"|\([^()]*\)/gu;
const WORD = /[\p{L}\p{M}\p{N}-]+/gu;

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A German or Dutch infinitive clause with no finite verb: the line of a list of aims («Menschen neugierig
 * machen, z. B. mit spielerischen Formaten…», «Niedrigschwellige Workshops, Kurse und Experimentierformate
 * anbieten.»). Its first clause, or the whole sentence, ends on an infinitive; it opens on a noun or an adjective,
 * not on a pronoun; it asks nothing; no word of it is a finite verb (an auxiliary, a modal, a lowercase word in «-t»).
 * A clause that ends on «zu» and an infinitive («…, um Ideen zu sammeln») is a purpose, not the line's verb.
 */
export function isInfinitiveFragment(sentence: string, lang: string): boolean {
  const base = baseLang(lang);
  const infinitive = INFINITIVE[base];
  const subject = SUBJECT_START[base];
  const finite = FINITE[base];
  if (infinitive === undefined || subject === undefined || finite === undefined) return false;
  // German and Dutch open a question on its verb («Könnt ihr … empfehlen?»).
  if (ASKS.test(sentence)) return false;
  const bare = sentence.replace(QUOTED, ' ');
  const all = wordsOf(bare);
  const first = all[0];
  if (first === undefined || all.length < 2 || subject.test(first) || !/^\p{Lu}/u.test(first)) return false;
  const head = wordsOf(bare.split(/[,;:–—]/u)[0] ?? '');
  const endsOn = (list: string[]) => {
    const last = list.at(-1);
    const before = list.at(-2)?.toLowerCase();
    return list.length >= 2 && last !== undefined && infinitive.test(last) && before !== 'zu' && before !== 'te';
  };
  if (!endsOn(head) && !endsOn(all)) return false;
  return !all.slice(0, -1).some((w) => finite.test(w) || T_ENDING.test(w)) && !finite.test(all.at(-1) ?? '');
}

/** Stops inside a block: a block of more than one sentence is prose, not a checklist's line. */
const INNER_STOP = /[.!?。！？؟](?=\s+\S)/u;

/**
 * The blocks that are lines of a checklist: three or more paragraphs in a row, each one question and nothing else
 * («¿Deseas ampliar tu contribución…?», «¿Deseo y voluntad de asesorar…?», «¿Conocimientos y experiencia que
 * ayuden…?»). Each asks the reader whether a criterion fits; out of the list it is a fragment (dev2: the last one
 * closed the Spanish call for candidates of The Carpentries, «hook out of context»).
 */
export function checklistBlocks(blocks: readonly Block[]): ReadonlySet<number> {
  const lines = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) for (const i of run) lines.add(i);
    run = [];
  };
  for (const [i, b] of blocks.entries()) {
    if (b.kind !== 'heading' && b.kind !== 'noise' && ASKS.test(b.text) && !INNER_STOP.test(b.text)) run.push(i);
    else close();
  }
  close();
  return lines;
}

/**
 * Labels of a note («Note:», «Update:», «Hinweis:», «Nota:», «Примечание:», «ملاحظة:», 「注：」), as leaning.ts's
 * LABEL_WORDS but only those that say «this is a note» (not «Tip:», «Warning:»): what follows is a sentence of the
 * article, often its latest news («Note: the deadline for proposal submissions has been extended to 19 April.»,
 * dev2, refused whole as a label until then, and the call for proposals led with its format instead).
 */
const NOTE_LABEL =
  /^[\s«“"„'(]*(?:note|nb|n\.b\.?|update|updated|edit|important|remarque|mise à jour|hinweis|anmerkung|wichtig|nota|nota bene|aviso|actualización|importante|atualização|aggiornamento|opmerking|let op|update|uwaga|aktualizacja|примечание|обновление|важно|примітка|оновлення|not|güncelleme|önemli|catatan|pembaruan|penting|ملاحظة|تحديث|مهم|نکته|به‌روزرسانی|הערה|עדכון|חשוב|नोट|अपडेट|महत्वपूर्ण|注|注意|更新|重要|备注|備註|참고|업데이트|중요)\s*(?::\s+|：\s*)/iu;

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
