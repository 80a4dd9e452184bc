import { phrasesAtEdges } from '../text/prescan.js';

/**
 * What a release's announcement says of the release itself, whatever the release brings: that the team is glad to
 * announce it («We're excited to announce», «freuen wir uns, … bekanntgeben zu können», 「…を発表できることを嬉しく思い
 * ます」, «يسعدنا الإعلان عن إصدار», «我们很高兴地宣布»), that it is out, and the praise every release gets («packed with new
 * features, meaningful performance improvements and a solid round of bug fixes», «一次…的重要版本更新», «终于到达了一个
 * 崭新的阶段»), with the thanks to those who helped («Mit der Hilfe vieler Fehlermelder & Mitwirkenden»). Under a
 * release's title, a sentence made of this and the title's version says the title again (hook.ts's `saysOnlyRelease`;
 * docs/teasers.md, «never the title said twice»; dev8, dev13–dev15: Gin's Japanese and Arabic, Rspack's and HAMi's
 * Chinese, Warzone's German and Prettier's posts, «duplicate info»).
 *
 * The words are what a release says of itself in the set's languages; a word left out only counts as a word of the
 * sentence's own, as before.
 */
const ANNOUNCING = [
  // English
  "(?:we|i|the [\\p{L}-]+ (?:team|community|project|maintainers))(?:['’]re|['’]m| are| am| is)? (?:(?:very|so|really|super|truly|incredibly) )?(?:happy|excited|pleased|thrilled|proud|delighted|glad|stoked|honou?red) (?:to (?:announce|share|introduce|present|unveil|release|launch|bring you)|that)",
  'announc\\p{L}*|introducing|unveil\\p{L}*',
  // French, Spanish, Portuguese, Italian, Dutch
  "(?:nous sommes )?(?:très |vraiment )?(?:heureu(?:x|ses)|ravi(?:e|s|es)?|fi(?:ers|ères)|enchanté(?:e|s|es)?|content(?:e|s|es)?) (?:de vous |d['’]|de )(?:annoncer|présenter|partager)|(?:nous )?avons le plaisir (?:de vous |d['’])(?:annoncer|présenter)|annon(?:çons|cer)",
  '(?:estamos|nos) (?:muy )?(?:complace|encanta|alegra|emociona|enorgullece|felices|encantad[oa]s|content[oa]s|orgullos[oa]s|emocionad[oa]s) (?:de |en )?(?:anunciar|presentar|compartir)|tenemos el (?:placer|gusto) de (?:anunciar|presentar)|anunci(?:ar|amos)',
  '(?:estamos|ficamos) (?:muito )?(?:felizes|animad[oa]s|entusiasmad[oa]s|orgulhos[oa]s|contentes) (?:em|de|por) (?:anunciar|apresentar|compartilhar)|temos o prazer de (?:anunciar|apresentar)',
  'siamo (?:molto )?(?:liet[ie]|felici|entusiast[ie]|orgoglios[ie]|content[ie]) di (?:annunciare|presentare|condividere)|abbiamo il piacere di (?:annunciare|presentare)|annunci(?:are|amo)',
  '(?:we|wij) zijn (?:erg |heel |zeer )?(?:blij|trots|verheugd|enthousiast) (?:om )?(?:aan te kondigen|te presenteren)|kondigen',
  // German: «freuen wir uns, die Veröffentlichung von 4.2.2 bekanntgeben zu können»
  'freuen (?:wir )?uns|(?:bekannt(?:zu)?geben|anzukündigen|ankündigen|vorzustellen|vorstellen)(?: zu (?:können|dürfen))?|mit (?:der )?hilfe|dank',
  // Russian, Ukrainian, Polish, Turkish
  'рады|с радостью|объяв\\p{L}*|представ\\p{L}*|анонс\\p{L}*|раді|з радістю|оголос\\p{L}*|(?:z )?(?:radością|przyjemnością|dumą) (?:ogłaszamy|przedstawiamy)|ogłasza\\p{L}*',
  '(?:duyurmaktan|sunmaktan|paylaşmaktan) (?:mutluluk|gurur|heyecan) duyuyoruz',
  // Arabic (a clitic may open the word: «بميزات», «وتحسينات»)
  'يسعدنا|يسرنا|يسعدني|يسرني|نحن سعداء|سعداء|نعلن|الإعلان|إعلان',
  // Korean
  '(?:발표|출시|공개|소개)(?:하게 되어|하게 돼|할 수 있게 되어) (?:매우 )?(?:기쁩니다|기뻐요|기쁘게 생각합니다)',
].join('|');

const PRAISING = [
  // English
  'releas\\p{L}*|version|update|launch\\p{L}*|available|availability|out|here|today|now|official(?:ly)?|finally|brand[- ]new|new(?:est)?|latest|fresh|exciting|major|minor|important|big|huge|significant|milestone|packed|full of|loaded|features?|improvements?|enhancements?|performance|bug ?fix(?:es)?|bug-fix|fixes|meaningful|solid|strong|round of|lands?|landed|landing|fully|lots of|many|multiple|several|numerous|host of|various|contributors?|testers?|bug reporters?|help',
  // French, Spanish, Portuguese, Italian, Dutch
  "plusieurs|nombreu(?:x|ses)|sortie|publication|mise à jour|nouvel(?:le)?s?|nouveautés|fonctionnalités|améliorations|corrections|aujourd['’]hui|enfin|officiellement|importante?|majeure?|disponibles?",
  'much[oa]s|vari[oa]s|versión|lanzamiento|publicación|actualización|nuev[oa]s?|funciones|funcionalidades|características|mejoras|correcciones|errores|hoy|finalmente|oficialmente|disponibles?',
  'muit[oa]s|versão|lançamento|atualização|nov[oa]s?|recursos|melhorias|correções|hoje|disponíve(?:l|is)',
  'molt[ie]|versione|rilascio|aggiornamento|nuov[oie]|funzionalità|miglioramenti|correzioni|oggi|ufficialmente|disponibile',
  'versie|uitgave|nieuwe|functies|verbeteringen|vandaag|eindelijk|officieel|belangrijke|beschikbaar',
  // German
  'veröffentlich\\p{L}*|neue?[nrs]?|funktionen|verbesserungen|fehlerbehebungen|fehlerkorrekturen|bug-?fix-?release|heute|endlich|offiziell|wichtige?[nrs]?|große?[nrs]?|viele?[nrs]?|mehrere|zahlreiche[nrs]?|mitwirkende\\p{L}*|fehlermelder\\p{L}*|beitragende\\p{L}*',
  // Russian, Ukrainian, Polish
  'многи\\p{L}*|многочисленн\\p{L}*|релиз\\p{L}*|выпуск\\p{L}*|верси\\p{L}*|вышл\\p{L}*|вышел|нов\\p{L}*|функци\\p{L}*|возможност\\p{L}*|улучшени\\p{L}*|исправлени\\p{L}*|ошиб\\p{L}*|сегодня|наконец|официально|важн\\p{L}*|крупн\\p{L}*',
  'багато|численн\\p{L}*|реліз\\p{L}*|випуск\\p{L}*|версі\\p{L}*|вийш\\p{L}*|покращен\\p{L}*|виправлен\\p{L}*|помил\\p{L}*|сьогодні|нарешті|офіційно|важлив\\p{L}*',
  'wydani\\p{L}*|wersj\\p{L}*|aktualizacj\\p{L}*|nowe|funkcje|ulepszenia|poprawki|dzisiaj|dziś|wreszcie|oficjalnie',
  // Arabic
  'إصدار|الإصدار|إطلاق|نسخة|النسخة|الجديد|جديدة?|ميزات|مميزات|تحسينات|أداء|إصلاحات|أخطاء|المليء|مليء|ذات معنى|جولة|قوية|اليوم|الآن|رسمي(?:ا|اً)?|متاح',
  // Korean
  '릴리스|출시|버전|새로운|기능|개선|성능|버그 수정|오늘|정식|드디어',
].join('|');

/** Chinese and Japanese: runs matched anywhere, the longer first. */
const RUNS = [
  '(?:我们|我們)?(?:非常|很|十分)?(?:高兴|高興|兴奋|興奮|荣幸|榮幸|开心|開心|欣喜)地?(?:向大家)?(?:宣布|宣佈|发布|發佈|發布|推出|介绍|介紹)',
  '宣布|宣佈|发布|發布|發佈|推出|正式|终于|終於|到达了?|到達了?|达到了?|達到了?|迎来了?|迎來了?|一个|一個|一次|一款|崭新的?|嶄新的?|全新的?|新的|阶段|階段|里程碑|重要的?|重大的?|版本|更新|今天|现已|現已|已经|已經|新特性|新功能|性能|修复|修復|面向',
  '(?:を|が)?(?:発表|お知らせ|報告)(?:でき(?:る|た)こと|いたします|します)?を?(?:嬉しく|うれしく|喜ばしく|光栄に)(?:思います|思っています)',
  'リリース|バージョン|新機能|機能|改善|パフォーマンス|向上|バグ修正|本日|ついに|公開|お知らせ|発表',
].join('|');

const TALK = phrasesAtEdges(`${ANNOUNCING}|${PRAISING}`, {
  edge: '\\p{L}\\p{N}',
  flags: 'giu',
  // An Arabic word may carry a clitic and its article: «وتحسينات», «بميزات», «الأداء».
  prefix: '(?:[وبلف])?(?:ال)?',
  runs: RUNS,
});

/** The sentence's release talk, each stretch cut out (a line break in its place); `undefined` when it has none. */
export function withoutReleaseTalk(text: string): string | undefined {
  const found = TALK.all(text);
  if (found.length === 0) return undefined;
  let rest = '';
  let at = 0;
  for (const m of found) {
    rest += `${text.slice(at, m.index)}\n`;
    at = m.index + m[0].length;
  }
  return rest + text.slice(at);
}

/**
 * A sentence that closes by calling the release an important one («HAMi v2.8.0 是一次面向标准化、生产可用性与生态对齐的重要版本
 * 更新。», «Widget 3.2 is a major release focused on stability and polish.»): what stands between the verb and that
 * praise are the release's themes, which its title names in its own words (dev14: HAMi's «…迈向标准化 GPU 资源管理»,
 * «duplicate info»). A few such words are the praise's, not news; hook.ts gives them the room of a sentence that
 * says the title again (`saysOnlyRelease`).
 */
export function characterizesRelease(text: string): boolean {
  return CHARACTERIZES.test(text);
}

const CHARACTERIZES =
  /(?:是一(?:次|个|個|款)|(?<![\p{L}])(?:is|was|ist|war|est|es|é|è) (?:a|an|our|ein|eine|einen|une?|uma?)\s)[^。！!.?？]*(?:important|major|significant|big|milestone|wichtig\p{L}*|groß\p{L}*|majeure?|importante?|重要|重大|里程碑)(?:[^。！!.?？]{0,40}?)(?:release|update|version|veröffentlichung|mise à jour|versión|versão|versione|actualización|atualização|aggiornamento|版本|更新|升级|升級|发布|發布)(?:[^。！!.?？]{0,60})?[。！!.]*\s*$/iu;
