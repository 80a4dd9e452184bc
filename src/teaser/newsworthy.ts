import { allMatches } from '../text/matches.js';
import { Prescanned, phrasesAtEdges } from '../text/prescan.js';
import { hasNumber, perLanguage } from './text.js';
import { DOTTED_VERSION, PRODUCT_AND_VERSION } from './versions.js';

/**
 * Is a sentence the news, or the background around it (docs/teasers.md, "Composing the hook", "news, not
 * background")? Blind readers of the dev split marked down, again and again, a second sentence that tells what a
 * thing is, what a project stands for or what the article reflects on, and gave their highest marks to one that
 * says what is new: what a release adds, a list of features, a count, a deadline. These are signals of a
 * sentence's shape and its words, per language (lists, not a model: a missed word only costs a weaker sentence).
 */
export interface Newsworthiness {
  /** What it adds to a sentence's news value: a word that says what is new, a list of what a release brings. */
  fresh: number;
  /** Background: a definition, a mission statement, a reflection, a claim that fits any article. */
  background: boolean;
  /** The background is a definition («X is a…»): on a glossary page, of the title's own term, it is the news. */
  definition: boolean;
  /**
   * History: an anniversary, how long ago something began («In May 2022, we have celebrated 10 years since Elixir
   * v0.5…»). Background, unless the title itself looks back (hook.ts): then the years are the news.
   */
  history: boolean;
}

/**
 * Words that say something is new (a word of time, «now», «agora», «désormais», is `saysChanged`'s, in hook.ts): a release adds, introduces, brings, fixes; a «new» thing (docs/teasers.md).
 * And the release itself: «released», «is out», «now available», «випущено», «veröffentlicht», 「リリースされ」, «发布了»
 * (dev9: «Випущено першу альфа-версію Helm v4.», the lede of «Шлях до випуску Helm v4», lost to a sentence about
 * September's feature freeze, «misses the alpha release news»).
 * Matched at Unicode word edges (a word's ending may follow); unspaced scripts as plain text.
 */
const FRESH: Record<string, string> = {
  en: 'released|is out|are out|ships|shipped|now available|adds|added|introduc(?:es|ed|ing)|launch(?:es|ed)|brings|findings|new|newest|first-ever|unveil(?:s|ed)|now supports|fix(?:es|ed)|includes|established|available now',
  fr: 'publiée?s?|disponible|ajoute|apporte|introdui\\p{L}*|lanc(?:e|é|ée|ent)|nouv\\p{L}+|corrige\\p{L}*|inclut',
  de: 'veröffentlicht|erschienen|verfügbar|neu\\p{L}*|bringt|führt\\p{L}* ein|fügt\\p{L}* hinzu|unterstützt|erstmals|behebt|behoben|enthält',
  es: 'publicad[oa]s?|disponible|nuev[oa]s?|añade|agrega|incorpora|introduce|lanz(?:a|ó|amos|ado)|trae|incluye|corrige',
  pt: 'publicad[oa]s?|disponível|nov[oa]s?|adiciona|traz|introduz|lanç(?:a|ou|amos|ado)|inclui|corrige',
  it: 'rilasciat[oaie]|pubblicat[oaie]|disponibile|nuov[oaie]|aggiunge|introduce|porta|lanci(?:a|ato|ata)|include|corregge',
  nl: 'uitgebracht|beschikbaar|nieuwe?|voegt|introduceert|lanceert|brengt|bevat|ondersteunt nu|voortaan',
  pl: 'wydan[ya]|dostępn[ya]|now(?:y|a|e|ych|ego|ej|ą)|dodaje|wprowadza|zawiera|obsługuje teraz|teraz',
  ru: 'вышл?[аио]?|выпущен\\p{L}*|доступ(?:ен|на|ны)|нов\\p{L}+|добав\\p{L}+|представ\\p{L}+|запуст\\p{L}+|включает|исправл\\p{L}+|теперь',
  uk: 'вийш(?:ов|ла|ли)|випущен\\p{L}*|випущено|доступн\\p{L}+|нов\\p{L}+|дода\\p{L}+|представ\\p{L}+|запуст\\p{L}+|виправл\\p{L}+|тепер',
  tr: 'yayınlandı|yeni|ekler|eklendi|sunuyor|artık|getiriyor|getirdi',
  id: 'baru|menambahkan|memperkenalkan|meluncurkan|kini|merilis',
  ar: 'جديد\\p{L}*|الجديد\\p{L}*|يضيف|تضيف|أطلق\\p{L}*|نطلق|نقدم|نقدّم|الآن',
  fa: 'جدید|اضافه|معرفی|راه‌اندازی',
  he: 'חדש\\p{L}*|החדש\\p{L}*|מוסיף|מוסיפה|השיק\\p{L}*|כעת',
  hi: 'नया|नई|नए|जोड़ा|जोड़ी|पेश|लॉन्च|अब',
};
const FRESH_UNSPACED =
  /リリースされ|发布了|正式发布|已发布|릴리스되|新しい|新た|新機能|追加|導入|対応しました|新增|新的|推出|引入|正式|새로운|추가|도입|출시/u;

/**
 * A definition: a name, then «is a», «est un», «ist ein», «es un», «é um», «— это», «adalah», 「是一個」 (dev: «egui is
 * a GUI library written in Rust.» after «Announcing tauri-egui 0.1.0.», «dry, no hook»; «plumber2 is a package for
 * creating webservers in R…» where readers wanted the release's features). The subject opens the sentence (four
 * words at most) and is no pronoun. «X is the first/new/latest…» is news, not a definition. A definition says
 * what a word means in other verbs too: «Search engine optimization (SEO) involves optimizing websites…», «refers
 * to», «désigne», «bezeichnet», «se refiere a», «означает» (dev2: it led digital.gov's webinar on multilingual SEO,
 * «dry; omits the multilingual angle; does not say it is a webinar»).
 */
const DEFINITION: Record<string, string> = {
  en: '(?:(?:is|are) (?:a|an|one of the|the (?!(?:first|new|newest|latest|next|last|only)\\b))|refers? to|(?:is|are) defined as|involves? \\p{L}+ing\\b)',
  fr: "(?:(?:est|sont) (?:un|une|des|l[’']une? des)|désigne|consiste à|se définit comme)(?= )",
  de: '(?:(?:ist|sind) (?:ein|eine|einer|eines)|bezeichnet|beschreibt|umfasst das)(?= )',
  es: '(?:(?:es|son) (?:un|una|uno de|una de)|se refiere a|consiste en|se define como)(?= )',
  pt: '(?:(?:é|são) (?:um|uma|uns|umas|um dos|uma das)|refere-se a|se refere a|consiste em)(?= )',
  it: "(?:(?:è|sono) (?:un|una|uno|un[’'])|si riferisce a|consiste nel)",
  nl: '(?:(?:is|zijn) (?:een|één van)|verwijst naar|houdt in)(?= )',
  pl: '(?:jest|to) (?:\\p{L}+ )?(?:narzędziem|biblioteką|projektem|platformą|pakietem|systemem|językiem|programem|frameworkiem)',
  ru: '(?:[—–-] это|является|представляет собой|означает|обозначает)(?=[ ,])',
  uk: '(?:[—–-] це|є|являє собою|означає|позначає)(?=[ ,])',
  id: '(?:adalah|merupakan|ialah|mengacu pada)(?= )',
  ar: '(?:هو|هي|عبارة عن|يشير إلى|تشير إلى)(?= )',
  he: '(?:הוא|היא) (?:אחד|אחת|ספרייה|כלי|פרויקט|שפה)',
};
// 「X是「…」」 defines by a quotation (dev: 比特幣是「點對點電子貨幣…」 under «Bitcoin Core 聲明», «dry, no hook»).
const DEFINITION_UNSPACED =
  /^[「『“"]?[^，。,、]{1,24}[」』”"]?\s?(?:是一個|是一个|是一款|是一種|是一种|是一套|是(?=[「『“]))/u;
const ENGLISH_ARTICLE = /^(?:the|a|an|our|its|their|your)$/iu;
const MEANING_VERB = /\s(?:refers? to|involves?) /iu;
const PRONOUN_SUBJECT =
  /^(?:it|this|that|there|he|she|they|we|i|you|il|elle|c[’']|ce|es|er|sie|das|dies|esto|eso|isso|isto|esso|questo|dit|dat|het|to|это|це|ini|itu|bu)$/iu;

/**
 * A mission statement or a commitment: what the project always does, not what happened («As a CNCF project, Falco
 * is committed to promoting a healthy community…»: «boilerplate hook» on both dev posts).
 */
const MISSION =
  /(?<![\p{L}])(?:(?:is|are) (?:committed|dedicated) to|our (?:mission|vision|goal|aim) (?:is|has been|was)|strives? to|s['’]engage(?:nt)? à|(?:est|sont) engagée?s? à|notre (?:mission|objectif) (?:est|a été)|setzt sich (?:für|dafür)|(?:hat|haben) sich (?:dazu )?verpflichtet|unser(?:e)? (?:ziel|mission) (?:ist|war)|se compromete(?:n)? a|(?:está|están) comprometid[oa]s? (?:a|con)|nuestr[oa] (?:misión|objetivo) (?:es|ha sido)|(?:está|estão) comprometid[oa]s? (?:a|com)|nossa missão é|nosso objetivo é|si impegna(?:no)? a|la nostra missione è|il nostro obiettivo è|zet(?:ten)? zich in voor|onze missie is|ons doel is|naszą misją jest|naszym celem jest|наша (?:миссия|цель) —?\s?(?:это|состоит)|наша (?:місія|мета) —?\s?(?:це|полягає)|misyonumuz|amacımız|berkomitmen untuk|misi kami adalah)(?![\p{L}])|致力于|致力於|を使命と/iu;

/**
 * A reflection or a claim that fits any article: «Reflecting on the improvements and changes in Electron's developer
 * ecosystem in 2023.» («dry, no hook»), «AI has really changed the game around software development.» («generic
 * hook»), «…se ha convertido en algo esencial…», «…es cada vez más importante…». What a project has always done is
 * what it is, not what happened: «Prometheus has always prioritized solving complex technical challenges…» followed
 * the title of its new UX working group on dev («hook out of context; disjointed sentences»); «a toujours été»,
 * «hat schon immer», «siempre ha», «sempre foi», «ha sempre», «heeft altijd», «zawsze był», «всегда был». So is
 * what has long been so («For a long time, …», «长期以来，使用 webpack 的开发者饱受两个问题的困扰…», 「長らく…」): the problem the
 * release answers, not what it brings (dev15: Rsbuild 1.0's, after the author's summary).
 */
const GENERIC =
  /^(?:for (?:a long time|years|decades|too long)(?=,)|长期以来|長期以來|长久以来|長久以來|一直以来|一直以來|長らく|reflecting on|looking back (?:at|on)|a look (?:back )?at|taking a look at|retour sur|un regard sur|(?:ein )?rückblick auf|ein blick (?:zurück )?auf|un repaso|repasamos|una mirada a|um olhar sobre|uno sguardo a|een terugblik op)(?![\p{L}])|(?<![\p{L}])(?:changed the game|game[- ]changer|more than ever|in today['’]s (?:\p{L}+ )?world|plays? an? (?:crucial|key|vital|important|central) role|has become (?:essential|increasingly|more important)|(?:is|are) (?:becoming )?(?:more and more|increasingly) important|est devenue? (?:essentiel|indispensable)|joue(?:nt)? un rôle (?:clé|crucial|essentiel|central|important)|de plus en plus important|immer wichtiger|spiel(?:t|en) eine (?:zentrale|wichtige|entscheidende) rolle|se ha convertido en algo (?:esencial|fundamental)|(?:es|son) cada vez más (?:importantes?|relevantes?)|juega(?:n)? un papel (?:clave|fundamental|importante|crucial)|tornou-se (?:essencial|fundamental)|cada vez mais importante|desempenha(?:m)? um papel|sempre più important[ei]|svolge(?:re)? un ruolo|è diventat[oa] (?:essenziale|fondamentale)|steeds belangrijker|speelt een (?:belangrijke|cruciale|centrale) rol|(?:має|мають) (?:важливе|ключове|вирішальне) значення|(?:имеет|имеют) (?:важное|ключевое|решающее) значение|відіграє (?:важливу|ключову) роль|играет (?:важную|ключевую) роль|(?:все|всё) (?:більш|более) (?:важлив|важн)\p{L}*|(?:has|have|had) always|(?:a|ont|avait|avaient) toujours|(?:hat|haben|hatte|hatten|ist|sind|war|waren) (?:schon immer|seit jeher|immer schon)|siempre (?:ha|han|había|habían)|(?:ha|han) sido siempre|sempre (?:foi|foram|teve|tiveram|esteve)|(?:ha|hanno|è|sono) sempre|(?:heeft|hebben|is|zijn|was|waren) altijd|zawsze (?:był|była|było|byli|były)|всегда (?:был|была|было|были)|завжди (?:був|була|було|були))(?![\p{L}])/iu;

/**
 * History: an anniversary or how long ago something began, which is the article's background, not its news (dev6:
 * «In May 2022, we have celebrated 10 years since Elixir v0.5, the first public release of Elixir, was announced.»
 * followed «My Future with Elixir: set-theoretic types», «hook out of context (anniversary, not types)»): «N years
 * ago/since», «celebrated N years», «anniversary», «back in 2015», «was founded in»; «il y a 10 ans», «vor 10
 * Jahren», «hace 10 años», «10 лет назад», 「10周年」; 「4年以上前」, «3 年前», «4년 전», «去年», 「昨年」, «작년» (dev15: «光陰矢の如し -
 * Svelte 3 がリリースされたのはもう4年以上前です！» followed «Svelte 4 発表», old news). Its years are an age, not a figure of news.
 */
const HISTORY_FULL =
  /(?<![\p{L}])(?:last year|(?:del|el) año pasado|l['’](?:année|an) dernière?|(?:im )?letzten jahr|letztes jahr|(?:no )?ano passado|(?:dell['’]|l['’])anno scorso|vorig jaar|в прошлом году|торік|минулого року|w zeszłym roku|w ubiegłym roku|geçen yıl|tahun lalu|(?:\p{N}+|ten|five|fifteen|twenty|twenty-five|thirty|fifty) years (?:ago|since|of|have passed)|years (?:ago|since)|celebrat\p{L}* (?:its |our |their |the )?(?:\p{N}+(?:th)?|ten|five|twenty) (?:years|anniversary|birthday)|anniversary|birthday|back in (?:19|20)\p{N}\p{N}|(?:was|were) (?:founded|born|first released|first announced|started) (?:in|back in|on)|il y a \p{N}+ ans|anniversaire|vor \p{N}+ jahren|jubiläum|geburtstag|hace \p{N}+ años|aniversario|cumpleaños|há \p{N}+ anos|aniversário|\p{N}+ anni fa|anniversario|compleanno|\p{N}+ jaar geleden|verjaardag|jubileum|\p{N}+ lat temu|rocznic\p{L}*|urodzin\p{L}*|\p{N}+ (?:лет|года|год) назад|годовщин\p{L}*|юбиле\p{L}*|\p{N}+ (?:років|роки|рік) тому|річниц\p{L}*|ювіле\p{L}*|\p{N}+ yıl önce|yıldönüm\p{L}*|\p{N}+ tahun (?:yang )?lalu|ulang tahun)(?![\p{L}])|周年|週年|주년|(?:\p{N}+|数|數|几|幾)\s?年(?:以上|多)?前|去年|昨年|(?:\p{N}+|몇)\s?년\s?전|작년|지난해/iu;
/** What every entry of HISTORY contains, roughly (tried on the lowercased sentence, like HINT). */
const HISTORY_HINT =
  /years|last year|año pasado|dernière?|letzte|passado|scorso|vorig|прошлом|торік|минулого|zeszłym|ubiegłym|geçen|lalu|anniversar|birthday|back in|founded|born|first|started|ans|jahren|jubil|geburtstag|años|aniversari|cumpleaños|anos|anni fa|compleanno|jaar|verjaardag|temu|rocznic|urodzin|назад|годовщин|юбиле|тому|річниц|ювіле|önce|yıldönüm|lalu|ulang tahun|周年|週年|주년|年前|年以上前|年多前|去年|昨年|년 전|년전|작년|지난해/u;

/**
 * HISTORY_FULL, tried after a literal of each of its phrases (case-insensitively, as it matches): every text it
 * matches contains one, so the literal only spares its attempt at every position. HISTORY_HINT alone lets through
 * most English sentences by its «ans» («plans», «means»), for «il y a 10 ans»; here that phrase needs «il y a».
 */
const HISTORY = new Prescanned(
  /years|last year|año pasado|année derni|an derni|letzte|passado|scorso|vorig|прошлом|торік|минулого|zeszłym|ubiegłym|geçen|anniversar|anniversaire|birthday|back in|founded|born|first|started|il y a|jahren|jubil|geburtstag|años|aniversari|aniversário|cumpleaños|anos|anni fa|compleanno|jaar|verjaardag|temu|rocznic|urodzin|назад|годовщин|юбиле|тому|річниц|ювіле|önce|yıldönüm|lalu|ulang tahun|周年|週年|주년|年前|年以上前|年多前|去年|昨年|년 전|년전|작년|지난해/iu,
  HISTORY_FULL,
);

/** The text tells of an anniversary or of how long ago something began (see HISTORY). */
export function recountsHistory(text: string, lower = text.toLowerCase()): boolean {
  return HISTORY_HINT.test(lower) && HISTORY.test(text);
}
/** For the test that holds HISTORY's first scan to it. */
export const HISTORY_PATTERNS = HISTORY;

/**
 * A product's name and the version a title gives it («Webpack 5», «Knative v1.22», «Go 1.25»): a word, then a number
 * with or without dots (not a year: «since 2018» names no version). Folded name, version as its parts.
 */
export interface NamedVersion {
  name: string;
  version: number[];
}
const YEAR_NUMBER = /^(?:19|20)\p{N}\p{N}$/u;
const A_YEAR = /(?<![\p{N}])(?:19|20)\p{N}\p{N}(?![\p{N}])/u;

function versionsIn(text: string): NamedVersion[] {
  if (!hasNumber(text)) return [];
  return allMatches(PRODUCT_AND_VERSION, text)
    .filter((m) => !YEAR_NUMBER.test(m[2] ?? ''))
    .map((m) => ({ name: (m[1] ?? '').toLowerCase(), version: (m[2] ?? '').split('.').map(Number) }));
}

/**
 * The versions a title names, one per name: a title that names two of one product («From Widget 2 to Widget 3») is
 * about both, and neither is the older one's history.
 */
export function titleVersions(title: string): NamedVersion[] {
  const found = versionsIn(title);
  return found.filter((v) => found.filter((w) => w.name === v.name).length === 1);
}

function older(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

/**
 * History of an earlier version: the sentence dates, by a year, a version of the title's product older than the
 * title's, and names none as new as it («Webpack 4는 2018년 2월에 릴리스했습니다.» led webpack 5's release
 * announcement on dev11, «misleading; no mention of webpack 5»). The older version's release is the new one's
 * background. Only with a year: «Widget 2.7 is also out» beside «Widget 3.0 released» is a release of the same day.
 */
export function datesEarlierVersion(text: string, versions: readonly NamedVersion[]): boolean {
  if (versions.length === 0 || !A_YEAR.test(text)) return false;
  const own = versionsIn(text);
  let earlier = false;
  for (const v of own) {
    const t = versions.find((w) => w.name === v.name);
    if (t === undefined) continue;
    if (!older(v.version, t.version)) return false;
    earlier = true;
  }
  return earlier;
}

/**
 * The stages a release goes through, earliest first: an experiment, an alpha, a canary; a beta; a release candidate;
 * a stable release. Words of spaced scripts at word edges, runs of Han, kana and Hangul as plain text (a particle is
 * glued on: «베타를»). Not a foundation's stages (sandbox, incubating, graduated): a project's path through them is
 * its graduation's story, not old news (dev9: KubeEdge's «2019 年，它…被接受为 CNCF Sandbox 项目，并在 2020 年 9 月晋升为
 * 孵化项目。» read 7 by both side-by-side readers after its title, 6 when set aside for the bare «CNCF 宣布 KubeEdge正式毕业。»).
 */
const STAGES: readonly (readonly [spaced: string, runs: string])[] = [
  [
    'experimental|expérimentale?s?|experimentelle?[nrs]?|sperimental[ei]|экспериментальн\\p{L}*|експериментальн\\p{L}*|alpha|alfa|альфа|canary',
    '実験的|実験版|实验性|实验版|アルファ|알파|실험적',
  ],
  ['beta|bêta|бета', 'ベータ|测试版|公测|베타'],
  ['release candidate|RC\\p{N}*', '候选版|候補版'],
  [
    'stable|stabile|estable|estável|stabiele?|стабильн\\p{L}*|стабільн\\p{L}*|generally available',
    '稳定版|穩定版|安定版|정식 버전',
  ],
];
const STAGE_PATTERNS = STAGES.map(
  ([spaced, runs]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${spaced})(?![\\p{L}\\p{N}])|${runs}`, 'iu'),
);

/** The latest stage a text names (an index of STAGES), or -1. */
function latestStage(text: string): number {
  for (let i = STAGE_PATTERNS.length - 1; i >= 0; i--) if (STAGE_PATTERNS[i]?.test(text)) return i;
  return -1;
}

/** The release stage a title names («React Compiler: beta and roadmap»), or -1 (see STAGES). */
export function titleStage(title: string): number {
  return latestStage(title);
}

/**
 * History of an earlier stage: the sentence dates, by a year, a stage earlier than the one the title names, and names
 * none as late («At React Conf 2024, we announced the experimental release of React Compiler» under «React Compiler:
 * beta and roadmap», dev11, «old news, misses the beta»). The earlier stage is the title's background, as an earlier
 * version's release is (`datesEarlierVersion`).
 */
export function datesEarlierStage(text: string, stage: number): boolean {
  if (stage <= 0 || !A_YEAR.test(text)) return false;
  const own = latestStage(text);
  return own >= 0 && own < stage;
}

/**
 * A standing description of a product, by what it ships with: «Go ships with a full suite of cryptography packages
 * in the standard library…» followed «Go's cryptography libraries underwent an audit by Trail of Bits.» on dev, in
 * place of the audit's result («a standing description rather than the audit's result»). A name of one or two
 * capitalised words without a version, in the present, with no word of change: it holds before and after the news.
 * «Widget 3.0 ships with…», «The new release ships with…», «Widget now ships with…» are news (English, where seen).
 */
const STANDING =
  /^[«“"]?\p{Lu}[\p{L}'’.+#-]*(?:\s\p{Lu}[\p{L}'’.+#-]*)?\s(?:ships|comes|is shipped|is bundled) with(?![\p{L}])/u;

/** A product's standing description (see STANDING). */
function describesStanding(text: string, lower: string): boolean {
  return STANDING.test(text) && !hasNumber(text) && !/(?<![\p{L}])(?:now|new|newly)(?![\p{L}])/u.test(lower);
}

/**
 * What an event came to: «The audit produced a single low-severity finding…», «The survey found…», «Our review
 * identified…». The result of the audit, the study, the vote the title reports is its news, though it has no number
 * nor a word of release (dev: Go's cryptography audit, whose result lost to «Go ships with…»). In the set's
 * languages: «L'audit a révélé…», «Das Audit ergab…», «La auditoría encontró…», «A auditoria identificou…»,
 * «L'audit ha individuato…», «De audit vond…», «Audyt wykazał…», «Аудит выявил…», «Аудит виявив…», «Denetim … tespit
 * etti», 「审计团队共识别出 10 个安全问题」, 「監査で…が見つかりました」, «감사에서 … 발견되었습니다» (dev3: Volcano's audit; the
 * Chinese, Japanese and Korean subject may have a few characters between it and its verb).
 */
const OUTCOME_NOUN =
  'audit|assessment|review|survey|study|investigation|analysis|evaluation|pentest|vote|election|experiment|benchmark|analyse|évaluation|enquête|étude|examen|sondage|prüfung|untersuchung|umfrage|studie|bewertung|abstimmung|sicherheitsaudit|auditoría|revisión|encuesta|estudio|análisis|evaluación|votación|investigación|auditoria|revisão|pesquisa|avaliação|investigação|revisione|indagine|sondaggio|studio|analisi|valutazione|votazione|enquête|onderzoek|evaluatie|stemming|audyt|przegląd|ankieta|badanie|analiza|ocena|głosowanie|аудит|проверка|исследование|опрос|анализ|голосование|перевірка|дослідження|опитування|аналіз|голосування|denetim|inceleme|anket|araştırma|analiz|değerlendirme|oylama|survei|studi|evaluasi|pemungutan suara';
const OUTCOME_VERB =
  'produced|found|revealed|showed|shown|identified|uncovered|concluded|resulted in|yielded|turned up|confirmed|a révélé|ont révélé|a identifié|ont identifié|a mis en évidence|a montré|ont montré|a relevé|a découvert|a abouti à|ergab|ergaben|zeigte|zeigten|fand|fanden|identifizierte|deckte|hat ergeben|hat gezeigt|hat \\p{L}+ gefunden|encontró|encontraron|identificó|reveló|mostró|detectó|descubrió|concluyó|ha encontrado|ha identificado|ha revelado|encontrou|identificou|revelou|mostrou|detectou|descobriu|concluiu|ha trovato|ha individuato|ha rivelato|ha mostrato|ha evidenziato|ha identificato|vond|vonden|toonde|onthulde|identificeerde|leverde|heeft \\p{L}+ (?:gevonden|aangetoond|opgeleverd)|wykazał[aoy]?|wykryła?|ujawnił[aoy]?|zidentyfikował[aoy]?|выявил[аио]?|показал[аио]?|обнаружил[аио]?|нашл[аио]|наш[её]л|виявив|виявила|виявило|показав|показала|показало|знайшов|знайшла|tespit etti|ortaya koydu|gösterdi|buldu|menemukan|mengungkap|mengidentifikasi|menunjukkan';
// Two patterns, not one: only the first is anchored at the start, and alternatives without an anchor made the whole
// pattern, the anchored one included, be tried at every offset of every sentence.
const OUTCOME_AT_START = new RegExp(
  `^[«“"„]?(?:(?:the|this|our|l['’]|le|la|les|cet|cette|notre|das|die|der|unser[e]?|el|esta|este|nuestra|nuestro|a|o|esta|este|nossa|nosso|il|lo|questa|questo|de|het|deze|dit|onze|ons)\\s?)?(?:[\\p{L}-]+ ){0,2}?(?:${OUTCOME_NOUN})(?:s|e|en|a|u|ы|и)? (?:[\\p{L}-]+ ){0,2}?(?:has |have |also )?(?:${OUTCOME_VERB})(?![\\p{L}])`,
  'iu',
);
const OUTCOME_CJK =
  /(?:审计|審計|审查|審查|调查|調查|评估|評估|测试|測試|研究|投票)[^，。；]{0,12}?(?:发现|發現|识别出|識別出|识别了|識別了|确认了|確認了)|(?:監査|調査|評価|レビュー|アンケート)[^、。]{0,15}?(?:で|により|の結果|では)[^。]{0,40}?(?:見つかりました|発見されました|特定されました|明らかになりました|判明しました)|(?:감사|조사|평가|검토|설문)[^.]{0,20}?(?:발견|확인|식별)(?:되었|했|하였)/iu;
const OUTCOME = { test: (text: string): boolean => OUTCOME_AT_START.test(text) || OUTCOME_CJK.test(text) };

/**
 * Which versions a flaw affects or which one fixes it: «The bug was introduced in version 0.8.13 and Solidity version
 * 0.8.17 … provides a fix.», «fixed in 1.4.2», «corrigée dans la version 2.1.3», «behoben in 3.0.1», «исправлена в
 * версии 5.2.1», 「1.2.3 で修正」, 「2.2.1 版本已修复」. A bug report's or an advisory's news is what to upgrade to: dev8's
 * Solidity advisory posted when the bug was found, «omits affected versions / the fix in 0.8.17». Only with a
 * version of dotted numbers in the sentence: «fixed in this release» says nothing of its own. Its weight is a fresh
 * word's and an outcome's: ahead of the lede that dates the finding.
 */
const FIXED_IN = phrasesAtEdges(
  'fixed in|patched in|resolved in|addressed in|provides? (?:a|the) fix|(?:was|were|been) introduced in|affected versions?|(?:is|are) affected|corrigée?s? dans|correctif|versions? affectées?|introduite? dans|behoben|korrigiert in|betroffene versionen?|(?:sind|ist) betroffen|eingeführt in|corregid[oa]s? en|solucionad[oa]s? en|versiones afectadas|introducid[oa]s? en|corrigid[oa]s? n[ao]|versões afetadas|introduzid[oa]s? n[ao]|corrett[oa] nella|risolt[oa] nella|versioni (?:interessate|vulnerabili)|introdott[oa] nella|opgelost in|verholpen in|getroffen versies|geïntroduceerd in|naprawion\\p{L}* w|poprawion\\p{L}* w|podatne wersje|исправлен\\p{L}* в|уязвим\\p{L}* верси\\p{L}*|затронут\\p{L}* верси\\p{L}*|виправлен\\p{L}* (?:у|в)|вразлив\\p{L}* верс\\p{L}*|düzeltildi|etkilenen sürüm\\p{L}*|diperbaiki (?:di|pada|dalam)|versi yang terdampak|تم إصلاح\\p{L}*|الإصدارات المتأثرة|رفع شد|نسخه‌های آسیب‌پذیر|תוקן|תוקנה|גרסאות מושפעות|ठीक किया गया|प्रभावित संस्करण',
  {
    edge: '\\p{L}\\p{N}',
    runs: 'で修正|修正版|修复|修復|受影响的版本|受影響的版本|影響を受けるバージョン|에서 수정|영향을 받는 버전',
  },
);

/** The sentence names the versions a flaw affects or the one that fixes it (see FIXED_IN). */
export function namesFixedVersion(text: string): boolean {
  return DOTTED_VERSION.test(text) && FIXED_IN.test(text);
}
/**
 * A requirement or a compatibility line: what a release needs or no longer runs on («Minimal supported version of
 * Kubernetes is now 1.34.», «Requires Widget 2.1 or later», «drops support for Python 3.8»). In a release's notes
 * it is what to check before upgrading, not what the release brings: it led Knative v1.22's announcement on dev9,
 * whose headline was multi-cluster deployment («picked rather than the release's headline feature»). English.
 */
const REQUIREMENT =
  /(?<![\p{L}])(?:minim(?:um|al) (?:supported |required )?(?:[\p{L}-]+ )?version|requires? (?:at least )?[\p{L}.-]+ v?\p{N}|(?:drops?|dropped|dropping|removes?|removed) support for|no longer supports?|(?:is|are) no longer supported)(?![\p{L}])/iu;

/** What every match of REQUIREMENT contains, found by a plain scan: most sentences have none. */
const MAYBE_REQUIREMENT = /minim|requir|support/i;

/** A requirement or a compatibility line (see REQUIREMENT). */
export function statesRequirement(text: string): boolean {
  return MAYBE_REQUIREMENT.test(text) && REQUIREMENT.test(text);
}

/**
 * A habit, not an event: what a group usually does, every year, as always («We usually meet a day before React
 * Universe Conf at Callstack HQ in Wrocław.» led the 2024 summit's recap, dev8, «trivia over outcomes»): «we
 * usually», «every year», «as always», «d'habitude», «comme chaque année», «normalerweise», «wie jedes Jahr»,
 * «normalmente», «como siempre», «di solito», «обычно», «как всегда», «зазвичай», 「毎年」, 「例年」, 「每年」,
 * 「照例」, «매년». Background: it holds for every edition, so it is no one edition's news. Only habits of people
 * (the first person, or a year's round): «Builds usually take ten minutes» describes the software.
 */
const HABIT =
  /(?<![\p{L}])(?:we (?:usually|normally|typically|traditionally|always)|(?:every|each) year|as (?:always|usual|every year|in (?:previous|past) years)|like every year|nous (?:nous )?(?:\p{L}+ )?(?:habituellement|généralement|toujours)|d['’]habitude|chaque année|comme (?:chaque année|d['’]habitude|toujours|tous les ans)|tous les ans|(?:wir|treffen wir|sind wir) (?:\p{L}+ )?(?:normalerweise|üblicherweise|gewöhnlich|traditionell)|normalerweise (?:treffen|sind|haben) wir|jedes jahr|wie (?:jedes jahr|immer|üblich|gewohnt)|(?:normalmente|habitualmente|usualmente|tradicionalmente|generalmente|geralmente) (?:nos|nós|nosotros)|cada año|todos los años|como (?:siempre|cada año|de costumbre|sempre|todo ano|todos os anos|de costume)|todo ano|todos os anos|di solito|ogni anno|come (?:sempre|ogni anno|di consueto)|elk jaar|ieder jaar|zoals (?:altijd|gewoonlijk|elk jaar)|co roku|jak (?:zawsze|co roku)|(?:мы )?обычно (?:мы )?(?:встречаемся|собираемся|проводим)|каждый год|ежегодно|как (?:всегда|обычно|и каждый год)|зазвичай (?:ми )?(?:зустрічаємося|збираємося|проводимо)|щороку|кожного року|як (?:завжди|зазвичай)|her yıl|her zamanki gibi|setiap tahun|seperti biasa|हर साल|हमेशा की तरह|كل عام|كالعادة)(?![\p{L}])|毎年|例年|いつものように|每年|往年|照例|一如既往|매년|해마다|늘 그렇듯/iu;
const MAYBE_HABIT =
  /usually|normally|typically|traditionally|always|year|usual|habitu|généralement|toujours|habitude|année|tous les ans|normalerweise|üblicherweise|gewöhnlich|traditionell|jahr|immer|üblich|gewohnt|mente|año|siempre|costumbre|sempre|ano|solito|anno|consueto|jaar|altijd|gewoonlijk|roku|zawsze|обычно|год|всегда|зазвичай|щороку|року|завжди|yıl|zamanki|tahun|biasa|साल|हमेशा|عام|كالعادة|毎年|例年|いつも|每年|往年|照例|一如既往|매년|해마다|늘/iu;

/** A habit of people, not an event (see HABIT). */
export function tellsHabit(text: string): boolean {
  return MAYBE_HABIT.test(text) && HABIT.test(text);
}

/**
 * An opening comparison with what came before («就像 webpack 4 一样，我们通过修复问题以及增加新特性来延续开发。», «Like
 * webpack 4, we…», «As with previous releases, …», «Wie schon bei webpack 4…», «Comme pour la version 4, …», «Al
 * igual que…», «Как и в…»): what the sentence says held before the news too, so it is background, as a habit is
 * (dev4: webpack 5's Chinese release post followed its title with it, «hook out of context; says nothing about
 * what's new in v5»). At the start, up to the comma that closes the phrase (German and Dutch, whose verb follows it
 * without one, by its words).
 */
const COMPARES: Record<string, string> = {
  en: '(?:just |much )?like|as (?:with|in)|similar to|similarly to',
  fr: "comme (?:pour|avec|dans|lors d\\p{L}*)|tout comme|à l[’']instar d\\p{L}*|de même que",
  es: 'al igual que|igual que|como (?:en|con|ocurrió con|pasó con|sucedió con)|de la misma (?:forma|manera) que',
  pt: 'assim como|tal como|como (?:em|com|no|na|nos|nas|aconteceu com)',
  it: 'come (?:per|con|nel|nella|nei|nelle|in)|così come|proprio come|analogamente a',
  ru: 'как и|так же,? как|подобно|аналогично',
  uk: 'як і|так само,? як|подібно до|аналогічно до',
  pl: '(?:tak )?jak (?:w przypadku|i w|i przy|przy)|podobnie jak',
};
const COMPARES_BARE: Record<string, string> = {
  de: 'wie (?:schon|bereits|auch) (?:bei|in|im|mit)|genau wie|ebenso wie|ähnlich wie',
  nl: 'zoals (?:bij|in|met)|net als|evenals',
};
const COMPARES_UNSPACED: Record<string, RegExp> = {
  zh: /^(?:就像|就如|正如|如同|和|与|與|跟|同|像)[^，,。]{1,40}(?:一样|一樣|那样|那樣)[，,]/u,
  ja: /^[^、。]{1,40}(?:と同様(?:に)?|と同じく|と同じように)[、，,]/u,
  ko: /^[^,.]{1,40}(?:와|과) (?:마찬가지로|같이|동일하게)/u,
};
const comparesPattern = perLanguage((base): RegExp | null => {
  const unspaced = COMPARES_UNSPACED[base];
  if (unspaced !== undefined) return unspaced;
  const bare = COMPARES_BARE[base];
  if (bare !== undefined) return new RegExp(`^[\\s«“"„'(¿¡]*(?:${bare})(?![\\p{L}])`, 'iu');
  const words = COMPARES[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(¿¡]*(?:${words})(?![\\p{L}])[^,.;:!?]{1,60},`, 'iu');
});

/** The sentence opens on a comparison with what came before (see COMPARES). */
function comparesWithBefore(text: string, lang: string): boolean {
  return comparesPattern(lang)?.test(text) ?? false;
}

/**
 * A page's description that only says what the page is: «Listing notable progress in the development and evolution
 * of Deno Deploy.» led Deno Deploy's changelog, «vague, names no concrete feature» (dev6); «A list of…», «An
 * overview of…», «This page lists…», «Liste des…», «Eine Übersicht über…», «Una lista de…», «Список…». Its
 * entries are the news.
 */
const PAGE_ABOUT =
  /^(?:listing|lists|a (?:list|listing|collection|roundup|round-up|summary) of|an overview of|overview of|this (?:page|document|section) (?:lists|collects|describes|summari[sz]es|contains)|liste (?:des|de)|un aperçu d|une liste d|eine (?:liste|übersicht|sammlung) (?:der|von|über)|übersicht über|una (?:lista|recopilación) de|un resumen de|uma lista de|um resumo d|un elenco d|una panoramica|een (?:lijst|overzicht) van|список|перелік|огляд)(?![\p{L}])/iu;

/**
 * How a survey was run, not what it found: the count of its responses («The Nim community survey 2024 has been open
 * for two months, and we have received 367 responses -- less than in previous years…» led its results, dev6: «no
 * result teased»; its findings, «With 57% of users…», came further). «N responses», «N respondents», «N réponses»,
 * «N Antworten», «N respuestas», «N ответов», «N відповідей». Background, whose number is no figure of news.
 */
const TALLY =
  /(?<![\p{L}\p{N}])\p{N}[\p{N},. ]* (?:responses|respondents|survey answers|réponses|répondants|antworten|teilnehmende|respuestas|encuestados|respostas|risposte|antwoorden|odpowiedzi|респондент\p{L}*|ответов|відповідей)(?![\p{L}])/iu;
const TALLY_HINT =
  /respon|réponses|répondants|antworten|teilnehmende|respuestas|encuestados|respostas|risposte|antwoorden|odpowiedzi|респондент|ответов|відповідей/u;

/**
 * What every entry of MISSION and GENERIC contains, roughly: most sentences skip the long patterns. Tried
 * on the lowercased sentence: a case-insensitive Unicode pattern costs twice as much (these run on every sentence).
 */
const HINT =
  /long|years|decades|长期|長期|长久|長久|一直以|長らく|commit|dedicat|mission|goal|aim|strive|engag|ziel|verpflicht|setzt|compromet|misión|missão|objetiv|obiettiv|impegn|missione|zet|missie|doel|misj|celem|мисси|цель|місі|мета|misyon|amac|amaç|misi|致力|使命|reflect|look|retour|regard|blick|repas|mirada|olhar|sguardo|terugblik|game|ever|world|role|rôle|rolle|ruolo|rol|papel|becom|essenti|important|wichtig|значен|роль|більш|более|convertido|cada vez|tornou|diventat|belangrijk|always|toujours|immer|jeher|siempre|sempre|altijd|zawsze|всегда|завжди/u;

/**
 * Throat-clearing: a word on the season or on the mood of the team before the news, which fits any article: «As
 * 2025 comes to a close, it's time to look back at another busy year…» (dev3: PyPI's year in review, «dry, no
 * hook»), «Ekibimiz ve sevgili katılımcılarımız için yoğun bir dönemdi.» («it was a busy time for our team», dev3:
 * Organic Maps' title and first sentence, «dry, vague»), «une année chargée», «ein ereignisreiches Jahr», «un año
 * intenso», «насыщенный год». An ending alone is left: «…llega a su fin», «neigt sich dem Ende» may be a support
 * period's, which is news. Background like GENERIC; a title of this kind
 * does not lead either (hook.ts).
 */
const MOOD =
  /(?<![\p{L}])(?:time to look back|(?:year|\p{N}{4}|season|summer|winter|spring|autumn|fall|month|decade) (?:comes|draws|is coming|is drawing) to (?:a|its) (?:close|end)|(?:a|an|another) (?:busy|eventful|hectic|exciting|wild|intense) (?:year|time|month|period|season|few (?:weeks|months))|what a year|(?:l['’]heure|le moment) (?:est venue? )?de faire le bilan|une (?:année|période) (?:chargée|mouvementée|intense|bien remplie)|zeit für einen rückblick|ein (?:ereignisreiches|bewegtes|arbeitsreiches|spannendes|intensives) jahr|eine (?:ereignisreiche|bewegte|arbeitsreiche|spannende|intensive) zeit|es hora de (?:mirar atrás|hacer balance)|un (?:año|periodo|período) (?:intenso|ajetreado|movido)|una época (?:intensa|ajetreada)|é hora de (?:olhar para trás|fazer um balanço)|um (?:ano|período) (?:intenso|agitado|movimentado)|è tempo di (?:guardare indietro|fare un bilancio)|un (?:anno|periodo) (?:intenso|impegnativo|movimentato)|tijd om terug te blikken|een (?:druk|bewogen|enerverend) jaar|een drukke (?:tijd|periode)|czas na podsumowanie|(?:pracowity|intensywny) (?:rok|okres|czas)|пора подвести итоги|насыщенн\p{L}* (?:год|время|период)|(?:год|время|период) (?:был\p{L}* )?(?:насыщенн|напряжённ|напряженн)\p{L}*|час підбити підсумки|насичен\p{L}* (?:рік|час|період)|geriye (?:dönüp )?bakma zamanı|yoğun (?:bir )?(?:dönem|yıl|ay|zaman)\p{L}*)(?![\p{L}])/iu;
/** What every entry of MOOD contains, roughly (tried on the lowercased sentence, like HINT). */
const MOOD_HINT =
  /look back|to a close|to an end|to its close|to its end|busy|eventful|hectic|exciting|wild|intense|what a year|bilan|chargée|mouvementée|intense|remplie|rückblick|jahr|zeit|hora|intenso|ajetreado|movido|época|agitado|movimentado|impegnativo|movimentato|tempo di|bilancio|terug|druk|bewogen|enerverend|podsumowanie|pracowity|intensywny|итоги|насыщ|напряж|підсумки|насич|geriye|yoğun/u;

/**
 * A wish that opens the sentence: what the writers hope for, not what happened («We hope you enjoy using the new
 * release!», «Umarız öğrencilerimiz bu yıl görevlerini tamamlamayı başarır…», which followed Organic Maps' news on
 * dev3 out of context, «Esperamos que te resulte de interés», «Wir hoffen», «Надеемся»).
 */
const WISH =
  /^[\s«“"„'(]*(?:we hope|we['’]re hoping|nous espérons|on espère|wir hoffen|esperamos|speriamo|wij hopen|we hopen|mamy nadzieję|(?:мы )?надеемся|(?:ми )?сподіваємося|umarız|umuyoruz|kami berharap|نأمل|امیدواریم|אנו מקווים|אנחנו מקווים|हमें उम्मीद है|हम आशा करते)(?![\p{L}])/iu;

/**
 * A promise of what comes next on the page: «let's go over what's new», «let's look at some numbers», «here's what
 * changed», «voici ce qui change», «schauen wir uns … an», «vamos a ver las novedades», «давайте посмотрим», «下面将介绍»,
 * 「以下では…紹介します」. The post carries none of what it promises (dev6: «Gleam v1.15.0 has been published, let's go
 * over what's new.» followed «Upgrading Hex security», «hook out of context»; 「下面将介绍如何获取…」 followed TypeScript's
 * nightly builds). Throat-clearing like MOOD; a clause of it after the news is cut (`withoutPromise`).
 */
const PROMISE_SPACED = `let['’]s (?:go over|look at|take a (?:closer |quick )?look at|dive into|explore|see|walk through|review|have a look at|check out|get into)|here['’]s what|here is what|(?:below|in this (?:post|article)),? (?:we['’]ll|we will|you['’]ll find)|voici ce qu(?:i|e)|voyons (?:ce qu(?:i|e)|les nouveautés|ensemble)|(?:jetons|jetez) un (?:œil|coup d['’]œil)|(?:schauen|sehen) wir uns|werfen wir einen blick|hier (?:ist|sind), was|vamos a ver|veamos|echemos un vistazo|vamos a repasar|vamos (?:ver|conferir)|vejamos|vediamo|diamo un['’] ?occhiata|laten we (?:eens )?(?:kijken|bekijken)|давайте (?:посмотрим|рассмотрим|разберём|разберем)|давайте (?:подивимося|розглянемо)|przyjrzyjmy się|zobaczmy|hadi (?:bakalım|göz atalım)|mari kita (?:lihat|bahas)|(?:in|on) (?:a |an )?(?:future|upcoming|later|follow-up|separate|next) (?:articles?|posts?|blog posts?|installments?)`;
const PROMISE_UNSPACED =
  '下面将介绍|下面我们(?:来|将)|接下来(?:我们)?将介绍|以下では|について(?:ご)?紹介します|살펴보겠습니다|알아보겠습니다';
/**
 * Its phrases found first without the letters around them checked (`phrasesAtEdges`): PROMISE_HINT's short words,
 * «was», «let», «here», let a sentence in seven through to the look-behind at every position.
 */
const PROMISE = phrasesAtEdges(PROMISE_SPACED, { edge: '\\p{L}', runs: PROMISE_UNSPACED });
/** For the test that holds PROMISE's first scan to it. */
export const PROMISE_PATTERNS = PROMISE;
/** What every entry of PROMISE contains, roughly (tried on the lowercased sentence, like HINT). */
const PROMISE_HINT =
  /future|upcoming|later|follow-up|separate|next|let|here|below|in this|voici|voyons|œil|wir|blick|was|vamos|veamos|echemos|vejamos|vediamo|occhiata|laten|давайте|przyjrzyjmy|zobaczmy|hadi|mari|下面|接下来|以下|紹介|살펴|알아보/u;

function promises(text: string, lower: string): boolean {
  return PROMISE_HINT.test(lower) && PROMISE.test(text);
}

/**
 * The sentence without a promise closing it after a comma or a semicolon («Gleam v1.15.0 has been published, let's
 * go over what's new.» → «Gleam v1.15.0 has been published.»): the news an editor keeps. Else the sentence.
 */
export function withoutPromise(text: string): string {
  const lower = text.toLowerCase();
  if (!promises(text, lower)) return text;
  const m = PROMISE.full.exec(text);
  if (m === null) return text;
  const head = text.slice(0, m.index).replace(/\s+$/u, '');
  const clause = /^(.*\p{L}[^,;，；]*?)\s*[,;，；]\s*(?:and\s+|so\s+|et\s+|und\s+|y\s+)?$/u.exec(head);
  // A clause of four words at least: «But first, let's look at some numbers» keeps nothing worth a post.
  if (clause === null || clause[1] === undefined || clause[1].trim().split(/\s+/u).length < 4) return text;
  const stop = /[。！？]/u.test(text) ? '。' : '.';
  return `${clause[1]}${stop}`;
}

/** The sentence clears its throat: the season, the team's mood, a wish, a promise of what follows; no news (see MOOD, WISH, PROMISE). */
export function clearsThroat(text: string, lower = text.toLowerCase()): boolean {
  return (MOOD_HINT.test(lower) && MOOD.test(text)) || WISH.test(text) || promises(text, lower);
}

/**
 * Lowercase entries, tried on the lowercased sentence (see HINT), at word edges; found first without the letters
 * around them checked (`phrasesAtEdges`), which rules out most sentences.
 */
const freshWords = perLanguage((base): Prescanned | null => {
  const words = FRESH[base];
  return words === undefined ? null : phrasesAtEdges(words, { edge: '\\p{L}\\p{N}', flags: 'u' });
});
/** For the test that holds each language's first scan to its pattern. */
export const FRESH_PATTERNS = { languages: Object.keys(FRESH), patterns: freshWords } as const;

function saysFresh(lower: string, lang: string): boolean {
  return freshWords(lang)?.test(lower) ?? false;
}
const definitionPattern = perLanguage((base): RegExp | null => {
  const copula = DEFINITION[base];
  if (copula === undefined) return null;
  // The subject: up to four words (a name, «The Tauri Board of Directors» runs to five), then the copula.
  return new RegExp(`^[«“"„'(]?((?:[^\\s,.;:!?]+)(?:\\s+[^\\s,.;:!?]+){0,4}?)\\s*,?\\s+${copula}`, 'iu');
});

/**
 * A list of what a release brings: three items or more, short ones, joined by commas («adds container-aware
 * GOMAXPROCS, testing/synctest package, experimental GC, experimental encoding/json/v2, and more»; 「、」 in Chinese
 * and Japanese). A long sentence with commas between clauses is no list.
 */
function enumerates(text: string, unspaced: boolean): boolean {
  // In Chinese and Japanese «，» joins clauses; «、» joins the items of a list.
  const parts = text.split(unspaced ? /、/u : /[,،]\s*/u);
  if (parts.length < 3) return false;
  const inner = parts.slice(1, -1);
  // Items of things, not of numbers: a list of versions («19.0.1、19.1.2、19.2.1») is already worth its number.
  return inner.every(
    (p) => /\p{L}/u.test(p) && (unspaced ? [...p].length <= 12 : p.split(/\s+/u).length <= 5 && [...p].length <= 40),
  );
}

/**
 * Figures: an amount or a share («$340.000», «96.53%», «40 %», «%40», «٪40», «132 million»), a speed-up («3×», «2x
 * faster», «2倍», «3배»), a count of things done or found («10 个安全问题», «14 proposals», «4 hak», «1000개»), or two
 * counts or more (not years, versions or times: «796 packages with 132 million monthly downloads», «4 days with 9
 * votes»). A year, a version or a date is already worth a point in hook.ts; a measured figure says what happened
 * (dev3 readers: «misses '10 issues fixed'», «misses key numbers (GPU +40%)», «misses concrete speed numbers»). The
 * title's own numbers (`known`: «Security Fixes for series 3.6, 3.7 and 3.8») and a number said twice count once;
 * hook.ts gives the sentence without its days of the month («le 3 avril» is a date, not a count).
 */
export function givesFigure(text: string, known: ReadonlySet<string>): boolean {
  // Both an amount and a count need a number.
  if (!hasNumber(text)) return false;
  if (AMOUNT.test(text) || SPEED_UP.test(text)) return true;
  const seen = new Set<string>();
  for (const m of allMatches(NUMBERS, text)) {
    if (YEAR.test(m[0]) || VERSION_OR_TIME.test(m[0]) || known.has(m[0])) continue;
    // A name's or a code's number is no count («x86-64 como en arm64», «Python 3»).
    if (PRECEDED.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    seen.add(m[0]);
    if (seen.size >= 2) return true;
    // A count of things: the number stands before the word it counts (a measure word in Chinese and Japanese).
    if (m[0] !== '1' && COUNTED.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
  }
  return false;
}
const NUMBERS = /\p{N}+(?:[.,:]\p{N}+)*/gu;
const YEAR = /^(?:19|20)\d\d$/u;
/** A version or a time of day («1.24», «15:00»): already worth its number; a count or an amount is a figure. */
const VERSION_OR_TIME = /[.:]/u;
/**
 * An amount: money, a share, millions, a CJK unit of ten thousands. Tried after a plain scan for what every match
 * contains (a currency or percent sign, a word for millions, the CJK unit): most sentences with a number have none,
 * and AMOUNT's \p{N} is tried at every character (a call out of the pattern each on a two-byte text).
 */
const AMOUNT = new Prescanned(
  /[$€£¥₹₽%％٪万億亿만억]|million|billion|milliard|Millionen|Milliarden|millones|milhões|milioni|miljoen|miljard|milion|миллион|мільйон|milyon|milyar|juta|miliar/,
  /[$€£¥₹₽]\s?\p{N}|\p{N}\s?(?:%|％|٪|[$€£¥₹₽])|(?<![\p{L}\p{N}])[%٪％]\s?\p{N}|\p{N}\s(?:million|billion|millions|milliards?|Millionen|Milliarden|millones|milhões|milioni|miljoen|miljard|milion\p{L}*|миллион\p{L}*|мільйон\p{L}*|milyon|milyar|juta|miliar)(?![\p{L}])|\p{N}\s?(?:万|億|亿|만|억)/u,
);
/** For the test that holds AMOUNT's first scan to it. */
export const AMOUNT_PATTERNS =
  AMOUNT; /** A speed-up or a ratio: «3×», «2x faster», «2倍», «3배» (not a hex number nor a size, «0x1F», «1920x1080»). */
/** Tried after a plain scan for what every match contains: most sentences with a number have none of these. */
const SPEED_UP = new Prescanned(
  /[×✕x倍배]/,
  /\p{N}\s?[×✕](?![\p{N}])|\p{N}x(?![\p{L}\p{N}])|\p{N}\s?倍|\p{N}배|\p{N}\s배(?![\p{L}])/u,
);
/** For the test that holds SPEED_UP's first scan to it. */
export const SPEED_UP_PATTERNS = SPEED_UP;
/**
 * What follows a count of things: a word of letters (not a unit: «10 issues», «4 hak», «14 proposals»), or a measure
 * word of Chinese, Japanese and Korean («10 个», «10件», «3개», «5명»).
 */
const COUNTED = /^(?:\s?(?:个|個|项|項|名|家|位|款|件|人|社|つ|本|개|건|명|가지|곳|편|종)|\s(?![\p{Lu}])\p{L}{3,})/u;
/**
 * A number after a capitalised word or glued to a letter or a sign is a name's or a code's: «Python 3 is out»,
 * «Android 14 devices», «CVE-2025», «#12», «v8», «HTTP/2». After a word in lowercase it counts: «programında 4 hak».
 */
const PRECEDED = /(?:^|\s)\p{Lu}[\p{L}\p{N}.-]*\s$|[\p{Script=Latin}\p{Script=Cyrillic}#№/_-]$/u;

/** How newsworthy a sentence is, by its shape and its words (see `Newsworthiness`). */
export function newsworthiness(
  text: string,
  lang: string,
  unspaced: boolean,
  titleNumbers: ReadonlySet<string>,
  /** The sentence without its days of the month, for its figures (hook.ts's `withoutDays`). */
  figureText = text,
): Newsworthiness {
  let fresh = 0;
  const lower = text.toLowerCase();
  if (unspaced ? FRESH_UNSPACED.test(text) : saysFresh(lower, lang)) fresh += 0.5;
  if (enumerates(text, unspaced)) fresh += 0.5;
  if (givesFigure(figureText, titleNumbers)) fresh += 0.5;
  if (OUTCOME.test(text)) fresh += 0.5;
  if (namesFixedVersion(text)) fresh += 1;
  const hinted = HINT.test(lower);
  const definition = defines(text, lang, unspaced);
  const history = recountsHistory(text, lower);
  const tally = TALLY_HINT.test(lower) && TALLY.test(text);
  // Years since a beginning are an age, and a count of responses the size of a survey: not figures of news.
  if (history || tally) fresh = 0;
  const background =
    (hinted && (MISSION.test(text) || GENERIC.test(text))) ||
    definition ||
    tally ||
    PAGE_ABOUT.test(text) ||
    tellsHabit(text) ||
    comparesWithBefore(text, lang) ||
    describesStanding(text, lower) ||
    clearsThroat(text, lower);
  return { fresh, background, definition, history };
}

/** A definition: «<name> is a …» (see DEFINITION). */
function defines(text: string, lang: string, unspaced: boolean): boolean {
  if (unspaced) return DEFINITION_UNSPACED.test(text);
  const m = definitionPattern(lang)?.exec(text);
  if (m === null || m === undefined) return false;
  const first = (m[1] ?? '').split(/\s+/u)[0] ?? '';
  // English names the term it defines without an article: «The new release involves breaking changes» is no
  // definition, «Search engine optimization (SEO) involves optimizing…» is.
  if (ENGLISH_ARTICLE.test(first) && MEANING_VERB.test(m[0])) return false;
  return !PRONOUN_SUBJECT.test(first);
}
