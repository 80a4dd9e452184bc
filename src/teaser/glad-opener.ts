import { baseLang } from './text.js';

/**
 * «We are happy to share that 14 proposals were accepted by Google for Google Summer of Code 2025.»: the news is
 * the clause after «that»; the gladness around it is the author's voice, not the news, and a post that gives it
 * after the title reads as the title said again, more slowly (dev: Julia's GSoC post, «opening restates title»,
 * 6/10). An editor cuts it to «14 proposals were accepted by Google for Google Summer of Code 2025.»
 *
 * Only where the clause after «that» («que», «che») is a sentence of its own: English and the Romance languages.
 * German and Dutch put the verb last after «dass»/«dat» («…, dass Version 4.2.2 veröffentlicht wurde»), so what
 * follows is no sentence; they keep their opener. The caller keeps the whole sentence when what is left does not
 * stand alone («We are glad to say that it works» → «It works» leans on what came before).
 */
const GLAD_OPENERS: Record<string, RegExp> = {
  en: /^(?:we|i)(?:['’]re|['’]m| are| am)(?: (?:so|very|really|incredibly|super))? (?:happy|glad|pleased|excited|thrilled|proud|delighted|stoked|honou?red) to (?:share|announce|report|say|tell you|let you know|inform you)(?: with (?:you|everyone|the community))? that\s+/iu,
  fr: /^(?:nous sommes|je suis|on est)(?: (?:très|vraiment|si))? (?:heureu(?:x|se|ses)|ravi(?:e|s|es)?|fi(?:er|ère|ers|ères)|content(?:e|s|es)?) (?:de vous |d['’])(?:annoncer|partager|informer|apprendre) que\s+/iu,
  es: /^(?:nos (?:complace|alegra|enorgullece|emociona)|estamos (?:muy )?(?:felices|contentos|contentas|orgullosos|orgullosas|emocionados|emocionadas|encantados|encantadas) de) (?:anunciar|compartir|informar)(?:les|os)? que\s+/iu,
  pt: /^(?:temos o prazer de|estamos (?:muito )?(?:felizes|content[ea]s|orgulhos[oa]s|animad[oa]s) (?:em|de)) (?:anunciar|compartilhar|partilhar|informar)(?: a todos)? que\s+/iu,
  it: /^(?:siamo (?:molto )?(?:lieti|liete|felici|orgogliosi|orgogliose|entusiasti) di|abbiamo il piacere di) (?:annunciar|condivider|comunicar)e(?:vi)? che\s+/iu,
};

/** The sentence without its opener of gladness, the clause it announces capitalised; unchanged without one. */
export function withoutGladOpener(sentence: string, lang: string): string {
  const opener = GLAD_OPENERS[baseLang(lang)]?.exec(sentence);
  if (opener === null || opener === undefined) return sentence;
  const rest = sentence.slice(opener[0].length);
  return rest.charAt(0).toLocaleUpperCase(lang) + rest.slice(1);
}
