import { SMALL_COUNTS } from '../text/number-words.js';

/**
 * A recap: a piece that covers several things (an event's talks, a year's changes). Its post says the whole when
 * the article does, with the sentence that counts its items («…다섯 분의 연사가 준비한 발표…», «five speakers
 * presented…»), rather than one item's heading or first line (docs/teasers.md, "Composing the hook").
 */

/** A title that looks back on an event or a period as a whole. */
const RECAP_TITLE =
  /(?<![\p{L}])(?:recap|review|roundup|round-up|wrap-up|rückblick|nachlese|récap|retour sur|resumen|retrospectiva|balanço|terugblik)(?![\p{L}])|돌아보기|되돌아보기|후기|회고|振り返り|ふりかえり|レポート|回顾|回顧|总结|總結/iu;

/** Small counts, as digits or words: a recap counts its talks in few. */
const COUNT = `${SMALL_COUNTS}|두|세|네|다섯|여섯|일곱|여덟|아홉|열|[二三四五六七八九十]`;

/** What a recap's items are: its talks, their speakers, its sessions. */
const ITEMS =
  'talks|speakers|sessions|presentations|keynotes|workshops|lightning talks|vorträge|sprecher(?:innen)?|referent(?:inn)?en|sessions|exposés|intervenants|conférences|charlas|ponentes|sesiones|palestras|연사|발표|세션|강연|登壇者|講演|セッション|演讲|讲者|議程|议程';

/** A count of items: «five talks», «5 Vorträge», «다섯 분의 연사», «5名の登壇者». */
const COUNTS_ITEMS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${COUNT})\\s*(?:분의|명의|명|人の|名の|位|个|場の)?\\s*(?:${ITEMS})`,
  'iu',
);

export function recapTitle(title: string): boolean {
  return RECAP_TITLE.test(title);
}

export function countsItems(sentence: string): boolean {
  return COUNTS_ITEMS.test(sentence);
}
