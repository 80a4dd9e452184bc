import { allMatches } from '../text/matches.js';
import { baseLang, fold, hasNumber } from './text.js';

/**
 * Words that point at something the post does not carry (docs/teasers.md, "Sentences that are never taken"):
 * - a demonstrative anywhere in the sentence («esta API pública», «cette version», «diese Container-Image-Registry»,
 *   «questo capitolo», «इस सवाल जवाब», 「この機能」, «此版本», «هذا المشروع», «این نسخه»), unless what it points at is
 *   in the post: a word of the title, or a word said earlier in the same sentence; a demonstrative before a word
 *   of time («this week», «cette année», «in diesem Jahr») points at the calendar;
 * - a note about another place of the page or the site («below», «the following section», «in the video»,
 *   «ci-dessous», «siehe unten», «a continuación», «see Figure 2», 「下記」, «如下», «아래와 같이»), or a pointer at a link,
 *   a button or a menu of the page («click the Download button», «in the sidebar», «CC0의 적용은 CC0 권리포기에서
 *   선택할 수 있습니다» where «CC0 권리포기» is the link under it, 「メニューから選択できます」): the page's navigation, not
 *   what it says (dev5: a Korean Creative Commons page closed its hook on it). Intake keeps no mark of which words
 *   were a link's text, so the phrase shapes are what tell it.
 * Leading demonstratives («This release…», «Ce projet…») are leaning.ts's: they lean on the sentence before.
 */

const L = '\\p{L}\\p{M}\\p{N}';

/** Demonstratives before the word they point at, per language (whole words, case-insensitive). */
const BEFORE: Record<string, string> = {
  // «these» and «those» are leaning.ts's (with their exceptions: «those who», «these days»).
  en: 'this',
  fr: 'cet|cette|ces|ce(?! (?:que|qui|dont|sont|soit|serait|faisant|n)\\b)',
  de: 'dieser|diese|dieses|diesen|diesem|jener|jene|jenes|jenen|jenem',
  es: 'este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquellos|aquellas|dicho|dicha|dichos|dichas',
  pt: 'este|esta|estes|estas|esse|essa|esses|essas|neste|nesta|nestes|nestas|nesse|nessa|deste|desta|destes|destas|desse|dessa|aquele|aquela|naquele|naquela',
  it: 'questo|questa|questi|queste|quel|quello|quella|quei|quegli|quelle|codesto|suddetto|suddetta',
  nl: 'deze|dit',
  pl: 'ten|ta|tę|tego|tej|tym|tych|tymi|tamten|tamta|tamto',
  ru: 'этот|эта|эти|этого|этой|этом|этим|этих|эту|этому|тот',
  uk: 'цей|ця|ці|цього|цієї|цьому|цим|цих|цю|той|тієї',
  tr: 'bu|şu|bunun|bunlar',
  ar: 'هذا|هذه|ذلك|تلك|هؤلاء|أولئك|هذين|هاتين',
  fa: 'این|آن|همین|همان',
  hi: 'इस|इन|उस|उन|यह|ये|वह|वे',
  ko: '이|그|저|이러한|그러한|이런|그런|해당',
};
/** Demonstratives after the word they point at («proyek ini», «הפרויקט הזה»). */
const AFTER: Record<string, string> = {
  id: 'ini|itu|tersebut',
  ms: 'ini|itu|tersebut',
  he: 'הזה|הזאת|הזו|האלה|ההוא|ההיא|ההם',
};
/** Unspaced scripts: the demonstrative and the two characters after it. */
const UNSPACED: Record<string, RegExp> = {
  ja: /(?:この|その|あの|当該)(?!度|たび|ため|よう|ほか|他|後|まま|上|中|際|結果|場合|一方)([^\s、。]{1,2})/gu,
  zh: /(?<![因如彼从從至在以此据據对對应應活本除])(?:这|這|此|该|該)(?![样樣里裡外时時后後前次刻些年天里么麼])(?:个|個|些|项|項|款|篇)?([^\s，。、]{1,2})/gu,
};

/** Words of time after a demonstrative: the calendar, not an antecedent. */
const TIME = new RegExp(
  `^(?:${[
    // en
    'week|weekend|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter|quarter|time|past|coming|last|next|season|decade|century|days',
    // fr
    'semaine|week-end|mois|année|an|matin|soir|printemps|été|automne|hiver|fois|saison|jour|trimestre',
    // de
    'woche|wochenende|monat|monats|jahr|jahres|morgen|sommer|herbst|frühling|winter|mal|tag|tages|quartal|abend',
    // es pt it
    'semana|mes|año|verano|otoño|invierno|primavera|vez|mañana|tarde|trimestre|ano|mês|verão|outono|inverno|manhã|settimana|mese|anno|estate|autunno|inverno|volta|mattina|sera|giorno',
    // nl pl
    'week|maand|jaar|zomer|keer|ochtend|avond|tydzień|tygodniu|miesiąc|miesiącu|rok|roku|lato|latem|zimą|razem',
    // ru uk
    'год|году|неделе|неделю|месяц|месяце|раз|летом|время|рік|році|тижня|тиждень|місяць|місяці|раз',
    // tr id he
    'yıl|hafta|ay|sene|sabah|akşam|kez|sefer|yaz|kış|tahun|minggu|bulan|hari|kali|saat|pagi|malam',
    // ar fa hi ko
    'العام|الأسبوع|الشهر|السنة|اليوم|المرة|الصيف|المرحلة|النقطة|الفترة|اللحظة|الوقت|هفته|سال|ماه|روز|بار|سالی|साल|वर्ष|सप्ताह|महीने|बार|समय|दिन|दिनों|번|주|달|해|때',
  ].join('|')})$`,
  'iu',
);
const NEXT_WORDS = new RegExp(`^[\\s,]*((?:[${L}]+[\\s,]+){0,2})`, 'u');
/** An identifier: a host, a version, a code name («k8s.gcr.io», «v1.27.0», «CVE-2025-1974»). */
const IDENTIFIER = /^[\s,]*(?:\S+\.\S+|\S*\d\S*)(?=[\s,.;:!?)]|$)/u;

/** A word of time within the next words: «estos primeros 5 años», «this past week», «cette année». */
function aboutTime(first: string, rest: string): boolean {
  if (TIME.test(first) || TIME.test(first.replace(/(?:es|s)$/u, ''))) return true;
  for (const w of (NEXT_WORDS.exec(rest)?.[1] ?? '').split(/[\s,]+/u)) {
    if (w !== '' && (TIME.test(w) || TIME.test(w.replace(/(?:es|s)$/u, '')))) return true;
  }
  return false;
}

/** In Hebrew and Indonesian the time word comes first: «השבוע הזה», «tahun ini». */
const TIME_BEFORE = /^(?:tahun|minggu|bulan|hari|kali|saat|pagi|malam|השבוע|השנה|החודש|הפעם|היום)$/iu;

interface Compiled {
  re: RegExp;
  after: boolean;
}
const compiled = new Map<string, Compiled | null>();

function pattern(base: string): Compiled | null {
  let c = compiled.get(base);
  if (c === undefined) {
    const before = BEFORE[base];
    const after = AFTER[base];
    c =
      before !== undefined
        ? { re: new RegExp(`(?<![${L}])(?:${before})\\s+([${L}][${L}'’-]*)`, 'giu'), after: false }
        : after !== undefined
          ? { re: new RegExp(`([${L}][${L}'’-]*)\\s+(?:${after})(?![${L}])`, 'giu'), after: true }
          : null;
    compiled.set(base, c);
  }
  return c;
}

/** Arabic and Hebrew articles, Korean particles: what a word is compared by. */
function stemOf(key: string, base: string): string {
  if (base === 'ko') return key.slice(0, 2);
  const bare = base === 'ar' ? key.replace(/^(?:وال|بال|لل|ال)/u, '') : base === 'he' ? key.replace(/^ה/u, '') : key;
  return bare.length >= 5 ? bare.slice(0, 5) : bare;
}

const WORD = new RegExp(`[${L}]+`, 'gu');

/** The word is in the title or earlier in the sentence (a whole word, or a word starting with its stem). */
function carried(word: string, base: string, title: readonly string[], earlier: string): boolean {
  const stem = stemOf(fold(word), base);
  if (stem.length === 0) return false;
  const has = (w: string) =>
    stem.length >= 5 || base === 'ko' ? w.startsWith(stem) : w === stem || w.startsWith(stem);
  return title.some(has) || (fold(earlier).match(WORD) ?? []).some(has);
}

/**
 * The sentence points with a demonstrative at something the post does not show: neither the title nor the
 * sentence before the demonstrative names it. The first word of the sentence is leaning.ts's to judge.
 */
const SUMS_UP_CLAUSE = /^[这這此](?:就是|也是|是|为|為)/u;
const CLAUSE_BREAK = /[，,；;]\s*$/u;

export function pointsAtMissing(sentence: string, lang: string, title: string): boolean {
  const base = baseLang(lang);
  const unspaced = UNSPACED[base];
  if (unspaced !== undefined) {
    const titleKey = fold(title);
    for (const m of allMatches(unspaced, sentence)) {
      // «…，这是…» («…, this is…»): after a clause of its own sentence, the pronoun sums up that clause (dev5:
      // OpenHarmony's «如果您…遇到问题，请加入邮件群组参与讨论，这是参与…讨论的正确方式。», its whole opening, was refused so
      // and the post was the title alone, «dry, no hook»).
      if (SUMS_UP_CLAUSE.test(sentence.slice(m.index)) && CLAUSE_BREAK.test(sentence.slice(0, m.index))) continue;
      const what = fold(m[1] ?? '');
      if (what !== '' && !titleKey.includes(what) && !fold(sentence.slice(0, m.index)).includes(what)) return true;
    }
    return false;
  }
  const c = pattern(base);
  if (c === null) return false;
  let titleWords: string[] | undefined;
  for (const m of allMatches(c.re, sentence)) {
    const word = m[1] ?? '';
    // A demonstrative opening the sentence is leaning.ts's (it leans on the sentence before).
    if (!c.after && /^[\s«“"„'(¿¡]*$/u.test(sentence.slice(0, m.index))) continue;
    if (c.after ? TIME_BEFORE.test(word) : aboutTime(word, sentence.slice(m.index + m[0].length))) continue;
    // What it points at is named right there: «diese Container-Image-Registry k8s.gcr.io», «this tool, v1.2».
    if (!c.after && IDENTIFIER.test(sentence.slice(m.index + m[0].length))) continue;
    titleWords ??= (fold(title).match(WORD) ?? []).map((w) => stemOf(w, base));
    if (!carried(word, base, titleWords, sentence.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * A definite article before a word for a kind of thing («…a more consistent and polished user interface across the
 * site.», «the project», «the tool») names one the article introduced before: shown after a title that does not name
 * that kind, it points at nothing the reader was told of (dev: Vitess's LFX mentorship post followed «LFX Mentorship
 * Journey» with «The combination of Shadcn with React allowed for a more consistent and polished user interface
 * across the site.», «'the site' has no referent»). Weaker than a demonstrative (`pointsAtMissing`), which refuses:
 * «the project» may still be the title's, so it only costs (hook.ts). English, where it was seen.
 */
const KIND =
  /(?<![\p{L}])the (site|website|project|tool|app|application|library|platform|framework|plugin|extension|repository|repo|codebase|product)(?![\p{L}\p{N}-])/giu;

export function namesUnintroduced(sentence: string, lang: string, title: string): boolean {
  if (baseLang(lang) !== 'en') return false;
  const titleKey = fold(title);
  for (const m of allMatches(KIND, sentence)) {
    const kind = fold(m[1] ?? '');
    if (titleKey.includes(kind) || fold(sentence.slice(0, m.index)).includes(kind)) continue;
    return true;
  }
  return false;
}

/**
 * The definite article for a demonstrative, where the language has one that agrees the same way: «diese
 * Container-Image-Registry k8s.gcr.io» → «die Container-Image-Registry k8s.gcr.io», «this tool, v1.2» → «the tool,
 * v1.2», «cet outil v2» → «l’outil v2». Italian (il/lo/l’ by the next sound) and the languages without articles
 * keep the demonstrative.
 */
const ARTICLE: Record<string, Record<string, string>> = {
  en: { this: 'the' },
  de: {
    dieser: 'der',
    diese: 'die',
    dieses: 'das',
    diesen: 'den',
    diesem: 'dem',
    jener: 'der',
    jene: 'die',
    jenes: 'das',
    jenen: 'den',
    jenem: 'dem',
  },
  fr: { ce: 'le', cet: 'l’', cette: 'la', ces: 'les' },
  es: Object.fromEntries(
    [
      ['el', 'este|ese|aquel|dicho'],
      ['la', 'esta|esa|aquella|dicha'],
      ['los', 'estos|esos|aquellos|dichos'],
      ['las', 'estas|esas|aquellas|dichas'],
    ].flatMap(([article, words = '']) => words.split('|').map((w) => [w, article ?? ''])),
  ),
  pt: Object.fromEntries(
    [
      ['o', 'este|esse|aquele'],
      ['a', 'esta|essa|aquela'],
      ['os', 'estes|esses'],
      ['as', 'estas|essas'],
      ['no', 'neste|nesse|naquele'],
      ['na', 'nesta|nessa|naquela'],
      ['nos', 'nestes'],
      ['nas', 'nestas'],
      ['do', 'deste|desse'],
      ['da', 'desta|dessa'],
      ['dos', 'destes'],
      ['das', 'destas'],
    ].flatMap(([article, words = '']) => words.split('|').map((w) => [w, article ?? ''])),
  ),
  nl: { deze: 'de', dit: 'het' },
};

/**
 * A demonstrative before a thing the sentence names right after it («wird diese Container-Image-Registry
 * k8s.gcr.io eingefroren») stands alone (see `pointsAtMissing`), but a reader still asks «which one?»: dev
 * readers flagged «'diese' refers to nothing» on both posts (8/10). With the definite article the sentence says
 * the same and points at nothing. Only those demonstratives change; others are `pointsAtMissing`'s to judge.
 */
export function withArticle(sentence: string, lang: string): string {
  const base = baseLang(lang);
  const articles = ARTICLE[base];
  const c = articles === undefined ? null : pattern(base);
  if (articles === undefined || c === null || c.after) return sentence;
  return sentence.replace(c.re, (whole: string, word: string, offset: number) => {
    if (/^[\s«“"„'(¿¡]*$/u.test(sentence.slice(0, offset))) return whole;
    const rest = sentence.slice(offset + whole.length);
    // «estos primeros 5 años» is the calendar: the demonstrative is the right word there.
    if (!IDENTIFIER.test(rest) || aboutTime(word, rest)) return whole;
    const demonstrative = whole.slice(0, whole.length - word.length);
    const article = articles[demonstrative.trim().toLowerCase()];
    if (article === undefined) return whole;
    const cased = /^\p{Lu}/u.test(demonstrative) ? article.charAt(0).toUpperCase() + article.slice(1) : article;
    return article.endsWith('’')
      ? `${cased}${word}`
      : `${cased}${demonstrative.slice(demonstrative.trim().length)}${word}`;
  });
}

/** A note about another place of the page or the site, per language. */
const ELSEWHERE: Record<string, RegExp> = {
  en: /\b(?:(?:click|tap|press) (?:on )?(?:the )?[^.,;]{0,30}?(?:button|link|icon|tab)|(?:in|from) the (?:(?:main|top|side|drop-?down) )?(?:menu|sidebar|toolbar)|(?:see|shown|listed|described|explained|illustrated|mentioned|outlined|detailed|discussed|covered|linked|included|pictured|noted|given) (?:below|above)|below(?=\s*[.:;,)]|$)|(?:the )?(?:following|next|previous|preceding|earlier|last) (?:section|chapter|video|table|figure|diagram|screenshot|image|example|list|lesson|tutorial|slide|paragraph)s?|(?:figure|fig\.|table|chapter|section|listing|appendix) \d|(?:in|on) the (?:video|screenshot|diagram|chart|graph|figure|image|slide)s?\b|as (?:shown|seen|described|mentioned|discussed) (?:earlier|previously|before|above|below))\b/iu,
  fr: /ci-dessous|ci-dessus|plus (?:bas|haut)(?=\s*[.:;,)]|$)|\b(?:(?:au|le|du|dans le) (?:chapitre|paragraphe|tutoriel) (?:précédent|suivant)|(?:la |dans la )?(?:section|vidéo|partie|leçon|figure) (?:précédente|suivante)|(?:figure|tableau|chapitre|section) \d|dans (?:la|cette) vidéo|comme (?:indiqué|vu|mentionné|expliqué) (?:plus haut|précédemment))/iu,
  de: /(?:siehe|wie|weiter|s\.) (?:unten|oben)|untenstehend|obenstehend|nachstehend|obige[nmrs]?\b|(?:im|in dem|das) (?:vorherigen|vorigen|nächsten|folgenden) (?:kapitel|abschnitt|video|teil)|(?:folgende[nmrs]?) (?:kapitel|abschnitt|video|tabelle|abbildung|grafik|beispiel|liste)|(?:abbildung|abb\.|tabelle|kapitel) \d|im video\b/iu,
  es: /a continuación|más (?:abajo|arriba)|(?:ver|véase|ve|mira) (?:abajo|arriba)|(?:abajo|arriba)(?=\s*[.:;,)]|$)|(?:capítulo|sección|video|vídeo|lección|parte) (?:anterior|siguiente)|(?:figura|tabla|capítulo|sección) \d|en el (?:video|vídeo)\b|como se (?:muestra|ve|indica|describe)/iu,
  pt: /(?<![\p{L}])(?:abaixo|acima)(?! de)(?![\p{L}])|a seguir(?=\s*[.:;,)]|$)|(?:capítulo|seção|secção|vídeo|lição|parte) (?:anterior|seguinte)|(?:figura|tabela|capítulo|seção) \d|no vídeo\b|como (?:mostrado|visto|indicado)/iu,
  it: /qui sotto|di seguito|(?:vedi|vedere|citat[oaie]|riportat[oaie]|indicat[oaie]) sopra|(?:al|nel|il|del) capitolo|(?:capitolo|sezione|video|lezione|parte) (?:precedente|successiv[oa]|seguente)|(?:figura|tabella|capitolo) \d|nel video\b/iu,
  nl: /hieronder|hierboven|(?:vorige|volgende) (?:hoofdstuk|sectie|video|les|paragraaf|deel)|(?:figuur|tabel|hoofdstuk) \d|in de video\b/iu,
  pl: /poniżej|powyżej|(?:poprzedni|następn)\p{L}* (?:rozdzia|sekcj|film|lekcj|częś)\p{L}*|w (?:tym|poprzednim|następnym) rozdziale|(?:rysunek|rysunku|tabela|tabeli|rozdział|rozdziale) \d|(?:na|w) filmie\b/iu,
  ru: /(?:см\.|смотрите|показан\p{L}*|приведен\p{L}*|описан\p{L}*|указан\p{L}*|перечислен\p{L}*) (?:ниже|выше)|(?:ниже|выше)(?=\s*[.:;,)]|$)|(?:ниже|выше) (?:приведен|описан|показан|указан)|(?:в |на )?(?:предыдущ|следующ)\p{L}* (?:глав|раздел|видео|урок|част)\p{L}*|(?:рис\.|рисун\p{L}*|таблиц\p{L}*|глав\p{L}*) \d|в видео\b/iu,
  uk: /(?:див\.|дивіться|показан\p{L}*|наведен\p{L}*|описан\p{L}*|зазначен\p{L}*) (?:нижче|вище)|(?:нижче|вище)(?=\s*[.:;,)]|$)|(?:попередн|наступн)\p{L}* (?:розділ|глав|відео|урок|частин)\p{L}*|(?:рис\.|рисун\p{L}*|таблиц\p{L}*|розділ\p{L}*) \d|у відео\b/iu,
  tr: /aşağıda|yukarıda|(?:önceki|sonraki|bir sonraki) (?:bölüm|video|ders|kısım)|(?:şekil|tablo|bölüm) \d|videoda\b/iu,
  id: /di bawah ini|di atas ini|berikut ini|sebagai berikut|(?:bab|bagian|video) (?:sebelumnya|berikutnya|selanjutnya)|(?:gambar|tabel|bab) \d|dalam video\b/iu,
  ar: /(?:^|\s)[اإأ]ضغط(?:وا)?\s|أدناه|أعلاه|كما يلي|(?:الفصل|القسم|الفيديو|الدرس|الجزء) (?:السابق|التالي)|في الفيديو|(?:الشكل|الجدول) \d/u,
  fa: /در زیر|زیر را|به شرح زیر|موارد زیر|در بالا|(?:فصل|بخش|ویدیو|ویدئو|درس) (?:قبل|بعد|قبلی|بعدی)|در ویدیو|در ویدئو|(?:شکل|جدول) \d/u,
  he: /להלן|לעיל|(?:למטה|למעלה)(?!\s*מ)(?=\s*[.:;,)]|$)|(?:בפרק|בסעיף|בסרטון|בשיעור) (?:הקודם|הבא)|בסרטון|באיור \d/u,
  hi: /नीचे (?:दिए|दी|दिया|बताए|बताया)|ऊपर (?:दिए|दी|दिया|बताए|बताया)|पिछले (?:अध्याय|भाग|वीडियो)|अगले (?:अध्याय|भाग|वीडियो)|वीडियो में|निम्नलिखित|(?:चित्र|तालिका|अध्याय) \d/u,
  ja: /(?:から|で)(?:選択|ダウンロード|お申し込み|申し込み|確認)(?:でき|いただけ)ます|ボタンを(?:クリック|押)|メニューから|以下の|下記|上記|下図|上図|下表|上表|次の(?:図|表|章|節|動画|例|手順)|前の(?:章|節|動画)|前章|次章|動画で|(?:図|表)\s?\d|後述|前述|上述/u,
  zh: /(?:可以?|请|請)(?:在|于|於|从|從)[^，。,]{1,20}(?:中|里|裡|页面|頁面)?(?:选择|選擇|下载|下載|查看|申请|申請)|(?:点击|點擊|单击|單擊)[^，。]{0,20}(?:按钮|按鈕|链接|鏈接|連結)|如下|(?<!上)下文|上文|下图|上图|下圖|上圖|下表|上表|下面的|前一章|下一章|上一章|视频中|影片中|(?:图|圖|表)\s?\d|前述|上述|后述|後述/u,
  // «다음» points on at what follows («다음 메일링 목록은…», «다음과 유사할 수 있습니다»), not at the calendar («다음 주»).
  ko: /에서 (?:선택|다운로드|신청|확인)(?:할 수 있습니다|하실 수 있습니다|하세요|해 주세요)|버튼을 (?:클릭|누르)|메뉴에서|아래(?:와|의|에서|를|에)|위와 같이|앞서 (?:설명|언급|살펴)|다음(?:과|은|의|에 나오는)(?![\p{L}])|다음과 (?:같|유사|비슷)|다음 (?:목록|항목|기능|단계|내용|예|예제|명령|명령어|코드|표|링크|메일링|문서|페이지|방법|사항|질문)|(?:이전|다음) (?:장|섹션|동영상|챕터|영상)|(?:동영상|영상)에서|(?:그림|표) \d/u,
};

/**
 * What the text told earlier, recalled (docs/teasers.md, "Sentences that are never taken"): a numbered chapter
 * («1장에서 … 보았습니다», "in chapter 1 we saw…", 「第3章で」, «第3章中», «в главе 1»), or the writer's verb of telling
 * or showing in the past («어려운 단어들로 설명했는데요», "I explained it with difficult words, but…"; «as we have seen»,
 * 「見てきたように」, «如前所述», «как мы уже видели»). Shown alone, it answers an explanation the post does not carry
 * (dev5: the Korean CC licence page, 4/10, "refers to previous sentence"; dev7: the Korean Rust book's editions
 * appendix, 5/10, "hook out of context"). ELSEWHERE has the English, Spanish and other spaced «chapter 3».
 */
const RECALLS: Record<string, RegExp> = {
  en: /\bas (?:we|you)(?:['’]ve| have)? (?:already )?(?:saw|seen|learned|learnt|discussed|described|explained|covered)\b|\bwe(?:['’]ve| have) already (?:seen|discussed|covered|learned|explained|described)\b/iu,
  fr: /comme nous l['’]avons (?:vu|expliqué|évoqué|mentionné)|nous avons déjà vu/iu,
  de: /wie wir (?:bereits |schon )?(?:gesehen|besprochen|erklärt) haben|(?:in|aus) kapitel \d/iu,
  es: /como (?:ya )?(?:vimos|hemos visto|mencionamos|explicamos)|ya hemos visto/iu,
  pt: /como (?:já )?(?:vimos|mencionamos|explicamos)|já vimos/iu,
  it: /come (?:abbiamo )?(?:già )?visto|abbiamo già visto/iu,
  ru: /как мы (?:уже )?(?:видели|говорили|обсуждали|рассматривали)|мы уже (?:видели|обсуждали|рассматривали|говорили)/iu,
  uk: /як ми (?:вже )?(?:бачили|говорили|обговорювали)/iu,
  ja: /第\s?\d+\s?章|(?<![\p{N}])\d+\s?章で|見てきた(?:ように|とおり|通り)|見てきました|(?:説明|紹介|解説)した(?:ように|とおり|通り)|述べた(?:ように|とおり|通り)/u,
  zh: /第\s?\d+\s?章|如前所述|前面(?:提到|介绍|介紹|讲|講|说|說)|我们已经(?:看到|学过|學過|学习|介绍)/u,
  ko: /(?<![\p{N}])\d+\s?장에서|(?:설명|말씀)(?:했|드렸|하였)|(?:살펴|알아)(?:보았|봤)|(?:보았|봤|보셨)듯이/u,
  hi: /अध्याय \d+ में|जैसा कि हमने (?:देखा|बताया)/u,
  vi: /như chúng ta đã thấy|chương \d+/iu,
  id: /seperti yang (?:telah |sudah )?kita lihat|bab \d+/iu,
};

/**
 * A pointer at the reference docs («it's recommended to consult the official Hugo documentation for the most current
 * information», «consultez la documentation», «consulte la documentación», «обратитесь к документации», 「公式ドキュメント
 * を参照」, «请参阅官方文档»): a disclaimer that sends the reader elsewhere, not what the page says (dev6: it followed the
 * title of Hugo's «External learning resources», 4/10, "disclaimer as hook").
 */
const DEFERS_TO_DOCS =
  /(?<![\p{L}])(?:consult|refer to|check|see)(?: the)?(?: official| latest| current| upstream)?(?: [\p{L}\p{N}.-]+)? (?:documentation|docs|manual|reference)(?![\p{L}])|consult\p{L}* (?:la|a) (?:documentation|documentación|documentação|documentazione)|(?:la|die) (?:offizielle )?dokumentation (?:konsultieren|lesen)|обратитесь к (?:официальной )?документации|зверніться до (?:офіційної )?документації|(?:ドキュメント|マニュアル)を参照|(?:参阅|參閱|参考|參考|查阅|查閱)(?:官方)?(?:文档|文件)|문서를 참(?:조|고)/iu;

/**
 * A closing pointer at a figure of the page («…, as shown in Figure 20-1.», «…, как на рисунке 20-1.», «… (see
 * Figure 2).»): the post carries no figure, and the sentence says the same without it (dev7: the Russian Rust book's
 * web server chapter, whose lede «…мы напишем веб-сервер, который выводит надпись “hello” в веб-браузере, как на
 * рисунке 20-1.» was refused for it). Spaced languages, where the pointer closes the sentence.
 */
const FIGURE_TAIL =
  /(?:,\s*(?:as (?:shown |seen |illustrated )?in|see|like in|как (?:показано )?на|як (?:показано )?на|см\.|див\.|wie in|comme (?:le montre |sur |dans )?(?:la )?|como (?:se muestra )?en(?: la)?|como (?:mostrado )?na|come (?:mostrato )?nella|zoals (?:te zien )?in|jak (?:pokazano )?na)\s*|\s*\((?:see |см\.\s*|див\.\s*|siehe |voir |ver |vedi |zie |zob\.\s*)?)(?:the )?(?:figure|fig\.|рисунке|рисунку|рис\.|abbildung|abb\.|figura|figuur|rysunku)\s*\d+(?:[-.]\d+)?(?: (?:below|above|ниже|выше|unten|oben))?\)?(?=[.!]["»”’)]*$)/iu;

/**
 * A closing clause that promises to tell more further down («…OpenTelemetry (OTEL) support and support for
 * authentication which we will dive into below.», «…, que nous détaillerons ci-dessous.», «…, que veremos a
 * continuación.»): the news before it stands without it (dev: plumber2 0.2.0's headline features were refused for
 * their «below», and a definition followed the title, «misses headline features (OTEL, auth)»).
 */
const PROMISE_TAIL =
  /,?\s+(?:which|that) (?:we['’]ll|we will|we are going to|I['’]ll|I will) [^.,;!?]{0,40}?(?:below|later(?: on)?|further (?:down|on)|in (?:this|the rest of this) (?:post|article))(?=[.!]["»”’)]*$)|,?\s+(?:que|qu['’]) ?(?:nous|on) (?:allons|va) [^.,;!?]{0,30}?(?:ci-dessous|plus bas|plus loin)(?=[.!]["»”’)]*$)|,?\s+(?:que|qu['’]) ?(?:nous )?(?:détaillerons|verrons|présenterons|aborderons) [^.,;!?]{0,20}?(?:ci-dessous|plus bas|plus loin)(?=[.!]["»”’)]*$)|,?\s+que (?:veremos|explicaremos|detallaremos|analizaremos|vamos a ver) (?:a continuación|más adelante|abajo)(?=[.!]["»”’)]*$)|,?\s+(?:die|auf die) wir (?:unten|weiter unten|im Folgenden) [^.,;!?]{0,30}?(?=[.!]["»”’)]*$)/iu;
/** Characters from the end of a sentence within which PROMISE_TAIL's last words stand. */
const PROMISE_TAIL_REACH = 48;
const PROMISE_TAIL_HINT =
  /below|later|further|in (?:this|the rest)|ci-dessous|plus (?:bas|loin)|a continuación|más adelante|abajo|unten|im folgenden/iu;

/** The sentence without a closing pointer at a figure (FIGURE_TAIL) or a promise to tell more below (PROMISE_TAIL). */
export function withoutFigureTail(sentence: string): string {
  // The promise closes the sentence: its last word is in the last few dozen characters, the only ones scanned first.
  const told = PROMISE_TAIL_HINT.test(sentence.slice(-PROMISE_TAIL_REACH))
    ? sentence.replace(PROMISE_TAIL, '')
    : sentence;
  return hasNumber(told) ? told.replace(FIGURE_TAIL, '') : told;
}

/** What every DEFERS_TO_DOCS phrase contains: most sentences are ruled out without the long pattern. */
const DOCS_HINT = /docu|docs|manual|reference|dokumentation|документ|ドキュメント|マニュアル|文档|文件|문서/iu;

/** The sentence points at another place of the page («see below», «in the previous chapter», 「下記」). */
export function pointsElsewhere(sentence: string, lang: string): boolean {
  const base = baseLang(lang);
  return (
    (ELSEWHERE[base]?.test(sentence) ?? false) ||
    (RECALLS[base]?.test(sentence) ?? false) ||
    (DOCS_HINT.test(sentence) && DEFERS_TO_DOCS.test(sentence))
  );
}
