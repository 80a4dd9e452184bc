import { createRequire } from 'node:module';
import { calendarList } from '../text/calendar-names.js';
import { type Prescanned, phrasesAtEdges } from '../text/prescan.js';
import { namesOnlyPastDays } from './dates.js';
import { flagOf } from './flags.js';
import { pathOf } from './hosts.js';
import { type ArticleText, type Hits, type Keyword, lexiconHits, weigh } from './keywords.js';
import { loadEmojiTopics } from './lexicon.js';
import { baseLang, fold, perLanguage } from './text.js';
import {
  announcesEvent,
  CELEBRATING,
  isSombre,
  namesEvent,
  pieceTone,
  releaseEmoji,
  reportsEvent,
  TONE_EMOJI,
} from './tone.js';
import { LexiconIndex, PhraseCounts } from './words.js';

interface EmojibaseEntry {
  label: string;
  emoji: string;
  subgroup?: number;
}

/**
 * emojibase subgroups of things a label names in their own sense: animals and plants (34–41), food and drink
 * (42–47), places (49–53), sport (62), musical instruments (68). Left out: smileys, people, symbols and flags,
 * which say nothing about a topic, and the subgroups whose names are computing words in a tech piece: objects
 * (key, link, hook, package, label, battery), games and crafts (puzzle, thread, yarn), events (ticket), time and
 * sky (watch, star, cloud, fire), dishware (jar), transport (train, ship, bus, wheel, station, rocket, seat).
 */
const THING_SUBGROUPS = new Set([34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 49, 50, 51, 52, 53, 62, 68]);
const EMOJIBASE_LOCALES = new Set([
  'bn',
  'da',
  'de',
  'en',
  'es',
  'et',
  'fi',
  'fr',
  'hi',
  'hu',
  'it',
  'ja',
  'ko',
  'lt',
  'ms',
  'nb',
  'nl',
  'pl',
  'pt',
  'ru',
  'sv',
  'th',
  'uk',
  'vi',
  'zh',
]);

const require = createRequire(import.meta.url);
const labelIndexes = new Map<string, Map<string, string>>();

function emojibaseLabels(lang: string): Map<string, string> {
  const base = baseLang(lang);
  const locale = base === 'zh' && /-(?:tw|hk|mo|hant)/i.test(lang) ? 'zh-hant' : base;
  let index = labelIndexes.get(locale);
  if (index !== undefined) return index;
  index = new Map();
  if (EMOJIBASE_LOCALES.has(base)) {
    const data = require(`emojibase-data/${locale}/data.json`) as EmojibaseEntry[];
    for (const e of data) {
      if (e.subgroup === undefined || !THING_SUBGROUPS.has(e.subgroup)) continue;
      const key = fold(e.label);
      if (!index.has(key)) index.set(key, e.emoji);
    }
  }
  labelIndexes.set(locale, index);
  return index;
}

/** Arabic «and», «so», «with», «as», «for», «the» written onto the word (والإعلان، بالدليل، للتقرير): see lexicon.ts. */
const ARABIC_PREFIXES = '[وف]?(?:[بكل]?ال|لل|[بكل])?';

/**
 * Whole words of any script, then substrings of unspaced scripts. JavaScript's `\b` knows only ASCII letters: it
 * finds no boundary around «как», «nasıl» or «instalação», so the boundaries are letters and digits of any script.
 */
function wordsOrRuns(words: readonly string[], runs: readonly string[] = []): Prescanned {
  return phrasesAtEdges(words.join('|'), {
    edge: '\\p{L}\\p{M}\\p{N}',
    prefix: ARABIC_PREFIXES,
    ...(runs.length === 0 ? {} : { runs: runs.join('|') }),
  });
}

/**
 * The neutral emoji of a manual's kinds (docs/teasers.md, "Emoji", the kind): 🛠️ a how-to, an installation, a
 * setup (hands-on steps); 📘 a tutorial, a guide, a page of a manual; 💡 tips and best practices. One 📝 stood for
 * all of them, and readers of unseen sites called it generic (issue #12: «generic emoji (📰 📝)», 20 of 200
 * items). «How» words only where they open the title («Как настроить…»).
 */
const HOW_TO = wordsOrRuns(
  [
    'how to',
    'how-to',
    'install\\p{L}*',
    'setup',
    'set up',
    'setting up',
    'comment (?:faire|utiliser|installer)',
    'wie man',
    'instalación',
    'como (?:fazer|usar|instalar)',
    'instalação',
    'come (?:fare|usare)',
    'installazione',
    'hoe je',
    'installatie',
    'установка',
    'встановлення',
    'nasıl',
    'kurulum',
    'instalasi',
    'instalacja',
    '^(?:como|cómo|come|как|як|jak|cara|hoe|nasıl|كيف|איך|چگونه|कैसे)',
  ],
  ['如何', '方法', '使い方', 'インストール', '사용법', '설치', 'התקנ', 'تثبيت'],
);
const GUIDE = wordsOrRuns(
  [
    'tutorials?',
    'guide',
    'step by step',
    'getting started',
    'introduction to',
    'tutoriel',
    'anleitung',
    'leitfaden',
    'guía',
    'guia',
    'handleiding',
    'руководство',
    'посібник',
    'rehberi?',
    'panduan',
    'poradnik',
    'przewodnik',
  ],
  ['教程', '指南', '指引', '入門', '入门', 'チュートリアル', '가이드', 'מדריך', 'دليل', 'راهنما', 'गाइड'],
);
const GUIDE_EMOJI = '📘';
const TIPS = wordsOrRuns([
  'tips',
  'best practices',
  'astuces',
  'bonnes pratiques',
  'Tipps',
  'consejos',
  'buenas prácticas',
  'dicas',
  'boas práticas',
  'consigli',
  'buone pratiche',
  'советы',
  'поради',
  'porady',
  'ipuçları',
  'نصائح',
  'نکات',
  'טיפים',
]);
/**
 * A roadmap says where a project is going: 🗺️ (dev9: «Wails v3 ロードマップ» had 📰, «generic emoji»). Before the
 * announcements: a roadmap announced is still a roadmap.
 */
const ROADMAP = wordsOrRuns(
  [
    'road ?maps?',
    'feuille de route',
    'hoja de ruta',
    'roteiro',
    'tabella di marcia',
    'дорожная карта',
    'дорожня карта',
    'yol haritası',
    'peta jalan',
    'mapa drogowa',
    'خارطة الطريق',
    'نقشه راه',
    'מפת דרכים',
  ],
  ['ロードマップ', '路线图', '路線圖', '로드맵', 'रोडमैप'],
);
/**
 * What a version brings, listed: ✨ («What's new in Chrome 120», «Nuevo en Chrome 120», «Новинки DevTools»: dev8 and
 * dev9 had 📰 on them, «generic emoji»).
 */
const WHATS_NEW = wordsOrRuns(
  [
    "what['’]s new",
    'new in',
    'nouveautés',
    'quoi de neuf',
    'neu in',
    'was ist neu',
    'neuerungen',
    'novedades',
    'nuevo en',
    'qué hay de nuevo',
    'novidades',
    'o que há de novo',
    'novità',
    "cosa c['’]è di nuovo",
    'wat is er nieuw',
    'nieuw in',
    'co nowego',
    'nowości',
    'что нового',
    'новинки',
    'новое в',
    'що нового',
    'yenilikler',
    'apa yang baru',
    'ما الجديد',
    'מה חדש',
    'नया क्या है',
    // A tool made over is what its new version brings (dev13: ⌨️ from the command line its body names on
    // «오픈소스 고지문 생성 도구 onot, 전면 개편», a notice generator's overhaul, «irrelevant emoji»).
    'overhaul',
    'overhauled',
    'revamp',
    'revamped',
    'refonte',
    'rediseño',
    'reformulação',
    'rinnovamento',
    'vernieuwd',
    'odświeżon\\p{L}*',
  ],
  [
    'の新機能',
    '新功能',
    '新特性',
    '새로운 기능',
    '새 기능',
    '전면 개편',
    '새롭게 개편',
    'リニューアル',
    '全面改版',
    '全新改版',
  ],
);
/** A project's graduation (a foundation's top level, a programme's end): 🎓 («헬름의 CNCF 졸업», dev9: 📰). */
const GRADUATION = wordsOrRuns(
  ['graduat\\p{L}*', 'graduaci[oó]n', 'graduaç[ãa]o', 'se gradú\\p{L}*'],
  ['毕业', '畢業', '卒業', '졸업'],
);
/**
 * A project a foundation takes in or moves up, short of graduating: accepted as a sandbox project, promoted to
 * incubating (🎉, a milestone to celebrate). dev14: «HAMi 晋升 CNCF 孵化项目» wore 📰, «generic emoji», and
 * «OpenFunction 成为 CNCF 沙箱项目» 🔭 from observability, which its body names five times among the project's
 * features, «nothing to do with the story». Not «sandbox» alone, which is a browser's or a test's («Privacy
 * Sandbox», «a sandboxed iframe»), nor «incubator» alone: the stage of a project or a foundation's name before it.
 */
const FOUNDATION_STAGE = wordsOrRuns(
  [
    '(?:CNCF|Apache|LF|OpenJS|OpenSSF|OpenInfra|CD Foundation|LF AI(?: & Data)?) (?:sandbox|incubat\\p{L}*)',
    '(?:sandbox|incubating|incubation) (?:project|projects|stage|level|status|maturity)',
    'Apache Incubator',
    '(?:projets?|proyectos?|projetos?|progett[oi]) (?:sandbox|en incubation|en incubación|em incubação|in incubazione)',
    'Sandbox-Projekt\\p{L}*',
    'Inkubations?-?Projekt\\p{L}*',
  ],
  [
    '(?:沙箱|沙盒|孵化)(?:项目|項目|阶段|階段|级别|級別)',
    'CNCF\\s?(?:沙箱|沙盒|孵化)',
    'サンドボックスプロジェクト',
    'インキュベーション(?:プロジェクト|段階)',
    'インキュベーティングプロジェクト',
    '샌드박스 프로젝트',
    '인큐베이팅 프로젝트',
    '인큐베이션 프로젝트',
  ],
);
/**
 * An age the title gives the project: an anniversary (🎂, as «Go's Sweet 16» and «¡Feliz 5° aniversario!» wear):
 * dev7's «Flux turns 10!» wore 📢. The topic's words (config/emoji-topics.json) name the anniversary; these its age.
 */
const TURNS = wordsOrRuns(
  [
    'turns \\d+',
    'celebrates \\d+ years',
    '\\d+(?:th)? birthday',
    'fête ses \\d+ ans',
    'wird \\d+ jahre alt',
    'cumple \\d+ años',
    'completa \\d+ anos',
    'compie \\d+ anni',
    'wordt \\d+',
    'исполняется \\d+',
    'исполнилось \\d+',
    'виповнюється \\d+',
    'kończy \\d+ lat',
    '\\d+ yaşında',
  ],
  ['\\d+周年', '\\d+週年', '\\d+ ?주년'],
);

/**
 * A count a project reached, in numbers of thousands or of three digits at least («10.000», «10k», «1,2 млн»,
 * «10 ribu», «1万»), not a year («2024»). Separators of thousands are dots, commas or spaces (French «10 000»).
 */
const COUNT =
  '(?:\\d{1,3}(?:[., \\u00A0\\u202F]\\d{3})+|(?!(?:19|20)\\d\\d(?!\\d))\\d{3,}|\\d+(?:[.,]\\d+)? ?(?:k|m|thousand|million|millions|Millionen|mil|millones|milhões|milioni|miljoen|ribu|juta|bin|milyon|tys\\.?|tysięcy|тыс\\.?|тысяч\\p{L}*|млн|тисяч\\p{L}*))\\+?';
/** The same in unspaced scripts, where it stands against the next word: «1万スター», «10k Star», «1,000명». */
const CJK_COUNT = '(?<![\\p{N}.,])(?:\\d[\\d,.]*\\s?[kK万萬千만천]|\\d{1,3}(?:,\\d{3})+|\\d{3,})\\+?';
/** A star in an unspaced script's title: not «スタート» (start) nor «스타트업» (a start-up). */
const STAR_RUN = '(?:stars?(?![a-z])|スター(?![\\p{Script=Katakana}ー])|星标|颗星|스타(?!트))';
/**
 * A milestone the title counts: stars (⭐, the star GitHub gives), contributors or downloads (🌟). «Langkah Kecil
 * untuk Milvus - 10.000 Bintang» (dev8) wore 🤖 from its tags, «irrelevant emoji (🤖 for a stars milestone)»: what
 * the piece celebrates is the count, whatever the project does.
 */
const STARS_MILESTONE = wordsOrRuns(
  [
    `${COUNT} (?:GitHub )?(?:stars|stargazers|bintang|étoiles|Sterne|estrellas|estrelas|stelle|sterren|звёзд|звезд|зірок|gwiazd\\p{L}*|yıldız\\p{L}*)`,
  ],
  [
    `${CJK_COUNT}\\s?(?:GitHub\\s?)?${STAR_RUN}`,
    // «Star 数突破 1 万», «スター数が1万», «스타 1만 개»: the count after the stars.
    `${STAR_RUN}\\s?(?:数|數|수)?\\S{0,3}\\s?\\d[\\d,.]*\\s?[kK万萬千만천]`,
  ],
);
const COUNT_MILESTONE = wordsOrRuns(
  [
    `${COUNT} (?:contributors|downloads|contributeurs|téléchargements|Mitwirkende|contribuidores|colaboradores|descargas|contributori|bijdragers|kontributor|unduhan|контрибьюторов|загрузок|скачиваний|завантажень|pobrań|indirme)`,
  ],
  [`${CJK_COUNT}\\s?(?:名|人|位|명)?\\s?(?:贡献者|貢獻者|コントリビューター|기여자|下载|下載|ダウンロード|다운로드)`],
);

/** ⭐ or 🌟 where the title counts what a project reached (`STARS_MILESTONE`, `COUNT_MILESTONE`). */
function milestoneEmoji(title: string): string | undefined {
  if (STARS_MILESTONE.test(title)) return '⭐';
  return COUNT_MILESTONE.test(title) ? '🌟' : undefined;
}

/**
 * Talks and their recordings, a series of videos: 🎥. dev6's «Розмови» (Scala 3's «Let's talk about Scala 3», short
 * talks on video, …/talks.html) wore 📘 as a page of the manual, «emoji weakly relevant». Plurals: «talk» is also a
 * verb and a chat.
 */
const TALKS = wordsOrRuns(
  [
    '(?:lightning |conference )?talks',
    'recordings',
    'video series',
    'screencasts?',
    'Vorträge',
    'charlas',
    'palestras',
    'exposés',
    'lezingen',
    'доклады',
    'выступления',
    'розмови',
    'доповіді',
    'prelekcje',
    'wystąpienia',
    'konuşmalar',
    'ceramah',
  ],
  ['講演', '演讲', '演講', '발표 영상'],
);
const TALKS_EMOJI = '🎥';
/**
 * A post of recordings says so in its lead where its title names only the occasion: «Présentation OSRD #1», whose
 * lead is «…a présenté ses premiers résultats lors d'une conférence. Voici la rediffusion des interventions»
 * (dev14, 📰, «generic emoji»). Words for a replay of talks only: French «enregistrement» is also a registration,
 * «replay» an attack.
 */
const RECORDINGS = wordsOrRuns(
  [
    'rediffusion',
    'rediffusions',
    'recordings of (?:the|our|all) talks',
    'talk recordings',
    'Aufzeichnungen der Vorträge',
    'grabaciones de las charlas',
    'gravações das palestras',
    'записи докладов',
    'записи выступлений',
  ],
  ['講演動画', '演讲视频', '演讲回放', '발표 영상'],
);
/**
 * A hackathon is an event (docs/teasers.md, "Emoji"), whatever it is named: «ErgoHack III», «Dreiländer Hack»,
 * «HackStorm», «Hackfest», «Hack Week» (dev14: 📰 on two of them, «generic emoji»). A capitalised name ending in
 * «Hack» or opening on it (not «HackMD», a tool), or a hack day or week; «hack» alone is a trick.
 */
const HACKATHON =
  /(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}*Hack|\p{Lu}\p{L}+ Hack|Hack\p{Lu}\p{Ll}+|HACKATHONS?|[Hh]ack(?:athon|fest|-?a-?thon)s?|[Hh]ack ?(?:[Dd]ay|[Ww]eek)s?)(?![\p{L}\p{N}])/u;
/**
 * The project at a conference, on its stage: 🎤. «Fosdem 2023 : OSRD était présent !» (dev14, 📰, «generic emoji»)
 * tells of the talks OSRD gave there; a conference named by itself stays the event's (a named conference as 📅/🤝
 * was tried and not kept, docs/teasers.md).
 */
const SPOKE_AT = wordsOrRuns([
  'était présente?s?',
  'étions présents',
  'speaking at',
  'spoke at',
  'talk at',
  'we were at',
  'war dabei',
  'waren dabei',
  'Vortrag auf',
  'Vortrag bei',
  'estuvo presente',
  'estuvimos en',
  'charla en',
  'esteve presente',
  'palestra n[ao]',
  'era presente',
  'доклад на',
  'выступление на',
  'доповідь на',
]);
/** A hackathon's results or winners: its prizes, 🏆 (dev14's «Resultados do ErgoHack III» would read 📅). */
const WINNERS = wordsOrRuns(
  [
    'results',
    'winners',
    'résultats',
    'gagnants',
    'lauréats',
    'Ergebnisse',
    'Gewinner',
    'resultados',
    'ganadores',
    'vencedores',
    'risultati',
    'vincitori',
    'resultaten',
    'winnaars',
    'результаты',
    'итоги',
    'победители',
    'результати',
    'переможці',
    'wyniki',
    'zwycięzcy',
    'sonuçları',
    'kazananlar',
    'pemenang',
  ],
  ['结果', '獲獎', '获奖', '結果', '受賞', '결과', '수상'],
);
/**
 * A governance body founded or its members chosen: a technical oversight or steering committee, a board
 * (dev14: «The OpenFunction TOC Officially Established!» wore 📰, «generic emoji»). 🏛️ as governance
 * (config/emoji-topics.json), which the title names only by the body's initials. Initials in capitals only (a «toc»
 * is a sound, a «TOC» also a table of contents, but not one a title announces as established).
 */
const GOVERNANCE_BODY = wordsOrRuns(
  [
    '(?:technical )?(?:oversight|steering|advisory) (?:committee|council|board)',
    'governing (?:board|council|body)',
    'board of directors',
    'comité (?:technique|de pilotage|directeur)',
    'comité (?:técnico|directivo|de dirección)',
    'comitê (?:técnico|diretor|gestor)',
    'Lenkungsausschuss',
    'Steuerungskomitee',
    'technisches Komitee',
    'руководящий комитет',
    'технический комитет',
    'керівний комітет',
  ],
  [
    '技术监督委员会',
    '技术指导委员会',
    '技术委员会',
    '指导委员会',
    '技術運営委員会',
    '運営委員会',
    '운영위원회',
    '기술위원회',
  ],
);
const GOVERNANCE_INITIALS = /(?<![\p{L}\p{N}])(?:TOC|TSC)(?![\p{L}\p{N}])/u;
const ESTABLISHED = wordsOrRuns(
  [
    'established',
    'founded',
    'formed',
    'elected',
    'officially',
    'créé',
    'fondé',
    'gegründet',
    'creado',
    'fundado',
    'criado',
    'создан',
    'створено',
  ],
  ['成立', '設立', '発足', '출범', '설립'],
);
/** Announcements: 📢. */
const ANNOUNCEMENT = wordsOrRuns(
  [
    'announc\\p{L}*',
    'annonce\\p{L}*',
    'ankündig\\p{L}*',
    'anunci\\p{L}*',
    'annunci\\p{L}*',
    'aankondig\\p{L}*',
    'introducing',
    'welcome',
    'bienvenue',
    'willkommen',
    'bienvenid\\p{L}*',
    'bem-vind\\p{L}*',
    'benvenut\\p{L}*',
    'welkom',
    'statement',
    'déclaration',
    'erklärung',
    'declaración',
    'declaração',
    'анонс',
    'представляем',
    'представляємо',
    'оголошення',
    'ogłoszenie',
    'przedstawiamy',
    'duyuru',
    'pengumuman',
    'memperkenalkan',
    'إعلان',
    'הכרזה',
    'घोषणा',
  ],
  ['お知らせ', '公告', '通知', '声明', '聲明', '宣布', '공지', '소개'],
);

const REPORT_EMOJI = '📊';
/** A report, survey results, a benchmark: 📊. A bug report or a trip report is not one. */
const REPORT = wordsOrRuns(
  [
    '(?<!bug |trip |incident )reports?',
    'annual report',
    'výzkumn\\p{L}* zpráv\\p{L}*',
    'výroční zpráv\\p{L}*',
    'vyzkumna zprava',
    'vyrocni zprava',
    // «Survey results», with the survey's name between: «Nim Community Survey 2024 Results».
    'survey(?: \\p{L}+)?(?: \\d{4})? results',
    'benchmarks?',
    'rapport',
    'Bericht',
    'Jahresbericht',
    'informe',
    'relatório',
    'rapporto',
    'verslag',
    'jaarverslag',
    'отчёт',
    'отчет',
    'звіт',
    'raport',
    'rapor',
    'laporan',
    'تقرير',
    'דוח',
    'रिपोर्ट',
    'گزارش',
  ],
  ['报告', '報告', 'レポート', '보고서'],
);

/**
 * An upgrade or a migration: a guide to a new major version, a protocol's or a network's upgrade (⬆️). Not the
 * English «update» alone, which a status post says; «update to» where the language says it so. A migration only as
 * a verb or with where it goes («Migration to», «migratie naar»): «Migration» alone is also people's (a civic site).
 */
const UPGRADE = wordsOrRuns(
  [
    'upgrad(?:e|es|ed|ing)',
    'migrat(?:e|es|ed|ing)',
    'migrations? (?:to|from|guide|path)',
    'mise à niveau',
    'migrer',
    'migration (?:vers|de)',
    'aktualisierung auf',
    'Migration (?:auf|von)',
    'migración (?:a|de|desde)',
    'migrar',
    'actualizar a',
    'migração (?:para|de)',
    'atualizar para',
    'migrazione (?:a|da)',
    'aggiornamento a',
    'migratie (?:naar|van)',
    'upgraden',
    'aktualizacja do',
    'migracja (?:do|na|z)',
    'обновление до',
    'переход на',
    'миграция на',
    'оновлення до',
    'міграція на',
    'yükseltme',
    'שדרוג',
    'ترقية',
    'अपग्रेड',
  ],
  ['升级', '升級', '迁移到', '迁移至', '移行', 'アップグレード', '업그레이드', '마이그레이션'],
);
/** Making a program one's own: custom backgrounds, themes, a customised boot screen (🎨). */
const CUSTOMISE = wordsOrRuns(
  [
    'custom (?:[\\p{L}\\p{N}]+ )?(?:backgrounds?|splash\\p{L}*|themes?|icons?|colou?rs?|fonts?|skins?|wallpapers?|styles?|layouts?)',
    'customi[sz]\\p{L}*',
    'themes?',
    'theming',
    'personnalis\\p{L}*',
    'thèmes?',
    'anpass(?:en|ung)',
    'personaliz\\p{L}*',
    'personalizz\\p{L}*',
    'aanpass(?:en|ing)',
    'персонализ\\p{L}*',
    'кастомиз\\p{L}*',
    'personalizacja',
    'özelleştir\\p{L}*',
    'מותאמ\\p{L}* אישית',
    'تخصيص',
  ],
  ['カスタマイズ', 'カスタム', '自定义', '自訂', '個人化', '个性化', '커스텀', '꾸미기'],
);
/** Putting a site or a program online: a deploy guide (🚀, only where no tone is sombre: no tone gives the kind). */
const DEPLOY = wordsOrRuns(
  [
    'deploy(?:s|ed|ing|ment|ments)?',
    'déploy\\p{L}*',
    'déploiement',
    'Bereitstellung',
    'desplegar',
    'despliegue',
    'implantação',
    'deployen',
    'развертывание',
    'развёртывание',
    'розгортання',
    'wdrożenie',
    'wdrażanie',
  ],
  ['デプロイ', '部署', '배포'],
);
/** A page of a manual about what goes wrong and how to fix it (🔧). */
const TROUBLESHOOT = wordsOrRuns(
  [
    'troubleshoot\\p{L}*',
    'common (?:problems|issues|errors)',
    'dépannage',
    'Fehlerbehebung',
    'solución de problemas',
    'solução de problemas',
    'risoluzione dei problemi',
    'probleemoplossing',
    'решение проблем',
    'устранение неполадок',
    'усунення несправностей',
    'rozwiązywanie problemów',
    'sorun giderme',
    'pemecahan masalah',
    'פתרון בעיות',
    'استكشاف الأخطاء',
    'عیب‌یابی',
  ],
  ['トラブルシューティング', '故障排除', '疑难解答', '문제 해결'],
);
/** Questions readers ask, answered (❓). */
const FAQ = wordsOrRuns(
  [
    'FAQs?',
    'frequently asked questions',
    'questions fréquentes',
    'foire aux questions',
    'häufige Fragen',
    'preguntas frecuentes',
    'perguntas frequentes',
    'domande frequenti',
    'veelgestelde vragen',
    'часто задаваемые вопросы',
    'часті питання',
    'często zadawane pytania',
    'sıkça sorulan sorular',
    'pertanyaan umum',
    'שאלות נפוצות',
    'الأسئلة الشائعة',
    'سوالات متداول',
  ],
  ['よくある質問', '常见问题', '常見問題', '자주 묻는 질문'],
);
/** Configuring a program: its settings, its options (⚙️). Not 配置, a layout in Japanese, an allocation in Chinese. */
const CONFIGURE = wordsOrRuns(
  [
    'configur\\p{L}*',
    'config',
    'settings',
    'Einstellungen',
    'Konfiguration',
    'paramètres',
    'impostazioni',
    'instellingen',
    'настройк\\p{L}*',
    'конфигурац\\p{L}*',
    'налаштуван\\p{L}*',
    'konfiguracja',
    'ustawienia',
    'yapılandırma',
    'konfigurasi',
    'pengaturan',
    'הגדרות',
    'إعدادات',
    'تنظیمات',
  ],
  ['設定', '설정'],
);
/** Extending a program: plugins, extensions, add-ons (🧩). */
const PLUGINS = wordsOrRuns(
  [
    'plug-?ins?',
    'extensions',
    'add-?ons?',
    'Erweiterungen',
    'extensiones',
    'extensões',
    'estensioni',
    'расширения',
    'плагин\\p{L}*',
    'eklentiler?',
    'wtyczk\\p{L}*',
    'תוספים',
    'إضافات',
  ],
  ['プラグイン', '插件', '플러그인', '拡張機能'],
);
/**
 * A program's command line: its commands, its CLI (⌨️). Not words with a second sense: Russian «команды» (teams),
 * French «commandes» (orders), Polish «polecenia» (recommendations).
 */
const COMMANDS = wordsOrRuns(
  [
    'command[- ]line',
    'CLI',
    'commands',
    'ligne de commande',
    'Kommandozeile',
    'Befehle',
    'línea de comandos',
    'linha de comando',
    'riga di comando',
    'comandi',
    'opdrachtregel',
    'командная строка',
    'командний рядок',
    // The genitive a title takes («Sztuka używania wiersza poleceń», dev10: 💻, where its Korean and Ukrainian
    // versions wear ⌨️).
    'wiersz\\p{L}? poleceń',
    'командной строки',
    'командного рядка',
    'komut satırı',
    'komutlar',
    'baris perintah',
    'שורת הפקודה',
    'سطر الأوامر',
  ],
  ['コマンド', '命令行', '커맨드', '명령어'],
);
/** An opinion, an essay, a project's philosophy: a piece of thought (💭). */
const OPINION = wordsOrRuns(
  [
    'opinion',
    'op-ed',
    'essay',
    'philosophy',
    'manifesto',
    'opinie',
    'tribune',
    // Not «essai», which is also a trial («comptes d'essai», trial accounts: dev13 wore 💭 after this rule's 💾).
    'philosophie',
    'Meinung',
    'Kommentar',
    'Gastbeitrag',
    'opinión',
    'ensayo',
    'filosofía',
    'opinião',
    'ensaio',
    'filosofia',
    'opinione',
    'мнение',
    'философия',
    'думка',
    'філософія',
    'opinia',
    'filozofia',
    'felsefe',
    'filsafat',
    'פילוסופיה',
    'فلسفة',
    'دیدگاه',
  ],
  ['哲学', '철학', '哲學'],
);

/** A newsletter or a digest: many news, mailed or posted as one issue (📬). */
const NEWSLETTER = wordsOrRuns(
  [
    'digest',
    'newsletter',
    'news ?letter',
    'revue de presse',
    "lettre d'information",
    'rundbrief',
    'boletín',
    'boletim',
    'notiziario',
    'nieuwsbrief',
    'дайджест',
    'biuletyn',
    'bülten',
    'buletin',
    // dev8: «Zpravodaj „Bitcoin Optech” č. 409» wore 🪙, the topic of its first item, where its German and Hindi
    // issues wear 📬.
    'zpravodaj',
    'рассылка',
    'розсилка',
    'nawala',
    'ניוזלטר',
    'خبرنامه',
    'النشرة الإخبارية',
    'न्यूज़लेटर',
  ],
  ['月刊', '周报', '週報', '뉴스레터', 'ニュースレター'],
);
/**
 * A recap of a period: the month, the week, the year in review (🗓️). A year's report is one too, whatever it calls
 * itself: «State of KubeVela 2025: A Year of Maturity, Community…» wore 🤝 from «Community» (dev9, «irrelevant
 * emoji»), «Unser Jahresbericht für 2020» 🔒 from the site's subject (dev9): the topics of its items are not its own.
 */
const RECAP = wordsOrRuns(
  [
    'roundup',
    'round-up',
    'recap',
    'this (?:month|week|year) in',
    '(?:year|month|week) in review',
    'monthly',
    'weekly',
    'rétrospective',
    'rückblick',
    'jahresrückblick',
    'resumen',
    'retrospectiva',
    'terugblik',
    'итоги',
    'підсумки',
    'podsumowanie',
    // «The state of X» with a year, the year's account; without one it is a subject's («The state of gRPC in the
    // browser», 🌐).
    'state of (?:the )?[\\p{L}\\p{N}.-]+(?: [\\p{L}\\p{N}.-]+)? (?:19|20)\\d\\d',
    'a year of',
    'annual report',
    'year-end report',
    'rapport annuel',
    'bilan (?:de l.année|annuel)',
    'Jahresbericht',
    'informe anual',
    'relatório anual',
    'rapporto annuale',
    'jaarverslag',
    'годовой отч[её]т',
    'річний звіт',
    'raport roczny',
    'yıllık rapor',
    'laporan tahunan',
    'výroční zpráv\\p{L}*',
    'vyrocni zprava',
  ],
  ['年度报告', '年度報告', '年次報告', '연례 보고서', '연간 보고서'],
);
/** A year, four digits standing alone («November 2025», «2025年»). */
const YEAR = /(?<!\p{N})(?:19|20)\d\d(?!\p{N})/u;

const monthsByLang = new Map<string, ReadonlySet<string>>();
/** Month names of a language and of English (Intl.DateTimeFormat, long forms), folded. */
function monthNames(lang: string): ReadonlySet<string> {
  const base = baseLang(lang);
  let months = monthsByLang.get(base);
  if (months === undefined) {
    months = new Set([base, 'en'].flatMap((locale) => calendarList(locale, 'months') ?? []).map(fold));
    monthsByLang.set(base, months);
  }
  return months;
}

/**
 * A title that names a month of a year and no day: an issue of a periodical («Out in the Open November 2025»,
 * «rOpenSci News Digest, October 2025»), whatever the periodical calls itself.
 */
function namesAnIssue(title: PhraseCounts, lang: string): boolean {
  if (!YEAR.test(title.text)) return false;
  const months = monthNames(lang);
  return title.list.some((w) => months.has(w.key)) && !title.list.some((w) => /^\d{1,2}$/u.test(w.text));
}

/**
 * A digest, a newsletter, a recap, an issue of a month: many news, and its lead is only the first of them
 * (docs/teasers.md, "Emoji" and "Hashtags").
 */
export function isDigest(text: ArticleText, tags: readonly string[]): boolean {
  const title = text.title.text;
  const filed = tags.join(' ');
  return (
    NEWSLETTER.test(title) ||
    RECAP.test(title) ||
    NEWSLETTER.test(filed) ||
    RECAP.test(filed) ||
    namesAnIssue(text.title, text.lang)
  );
}

/** A name of a periodical that gathers many news (a newsletter, a digest, «This Week in F-Droid»): see `isDigest`. */
export function namesDigest(text: string): boolean {
  return NEWSLETTER.test(text) || RECAP.test(text);
}

/**
 * A post that opens on the name of the periodical its article is an issue of, before a colon («This Week in F-Droid:
 * Pins and map pins», hook.ts's `digestName`, where the title names one item): the emoji is a digest's, not its
 * first item's topic (dev5 wore 💬 from monocles chat).
 */
function opensOnDigestName(posted: string | undefined): boolean {
  const head = posted?.match(/^([^:：.!?。]{3,60})[:：]/u)?.[1];
  return head !== undefined && namesDigest(head);
}

/**
 * A code of conduct by the words of its address, which a site writes in English under every translation
 * (…/fa-ir/version/1/4/code-of-conduct/ under «پیمان نحوه‌ی برخورد با مشارکت کننده»): 📜, as the topic is.
 */
const CODE_OF_CONDUCT = wordsOrRuns([
  'codes? of conduct',
  'code de conduite',
  'verhaltenskodex',
  'código de conducta',
  'código de conduta',
  'codice di condotta',
  'gedragscode',
]);

/**
 * A project that joins another's ecosystem, a foundation or a partnership (🤝): «Kmesh 加入了 CNCF 生态图谱»,
 * «Rspack 加入 Next.js 生态» (…/rspack-next-partner) wore 📰 on dev8 and dev11. Chinese «加入» is also «add» (加入对
 * X 的支持, adds support for X): only before an ecosystem, a foundation or an alliance.
 */
const JOINS = wordsOrRuns(
  [
    // Not «joins» alone, which a database's tables do («SQL joins explained»).
    'joins (?:the|forces|an?)',
    'partners? with',
    // An organisation that joins a project's adopters (dev7: «Welcome Bloomberg to the Karmada Adopter Group!» 📢).
    'adopters? (?:group|program|programme)',
    'partnership',
    'teams up with',
    'rejoint',
    'partenariat',
    'Partnerschaft',
    'se une a',
    'junta-se a',
    'parceria',
    'si unisce a',
    'sluit zich aan bij',
    'partnerschap',
    'присоединяется к',
    'присоединился к',
    'партн[её]рство',
    'приєднується до',
    'приєднався до',
    'партнерство',
    'dołącza do',
    'partnerstwo',
    'ortaklık',
  ],
  ['加入了?[^，。,]{0,20}?(?:生态|生態|基金会|基金會|联盟|聯盟)', '携手', '攜手', '提携', '파트너십', '합류'],
);

/** A call to take part: for papers, speakers, volunteers, feedback (🙋). */
const CALL = wordsOrRuns([
  'call for',
  '(?:proposal|paper|talk) submissions?',
  'submissions? (?:are )?open',
  'cfp',
  'get involved',
  'help wanted',
  'we need your (?:help|feedback)',
  'join us',
  'appel à',
  'aufruf',
  'convocatoria',
  'chamada',
  'oproep',
]);

/**
 * A case study: how an organisation uses a project, in its words («gRPC at VSCO», «Rust bei Dropbox»): 🏢. Its
 * title names the project and the organisation, nothing else: «<Name> at <Name>».
 */
const CASE_STUDY = wordsOrRuns([
  'case stud(?:y|ies)',
  'user stor(?:y|ies)',
  'success stor(?:y|ies)',
  // An organisation's story of moving to a project or taking it up (dev12: 📰 on «Fidelity Investments Shares Its
  // Migration Story from Terraform to OpenTofu»).
  '(?:migration|adoption|customer) stor(?:y|ies)',
  'étude de cas',
  'fallstudie',
  'caso de estudio',
  'estudo de caso',
  'caso di studio',
]);
const CASE_STUDY_TITLE = /^[\p{L}\p{N}.+#-]+ (?:at|chez|bei) \p{Lu}[\p{L}\p{N}.&-]*$/u;

/**
 * A page of a manual, a tutorial or a book, by its address: `docs.…`, `tutorial.…`, `book.…`, `…/docs/`,
 * `…/guide/`, `…/learn/`, a book's folder (`…/book/`, `…/rust-book-fr/`) or a chapter's page (`…/chapter3/`,
 * mdBook's `…/ch17-00-async-await.html`). It is no news: 📰 on a chapter of a tutorial or of a book reads as an
 * irrelevant emoji (dev7: the Spanish and French Rust books).
 */
const DOCS_HOST = /^(?:docs?|tutorials?|guides?|learn|manual|handbook|wiki|books?)\.|\.(?:guide|wiki)$/iu;
const DOCS_PATH =
  /\/(?:docs?|documentation|tutorials?|guides?|learn|manual|handbook|howto|how-to|wiki|getting-started|reference|faq|questions|(?:[a-z0-9]+-)*book(?:-[a-z0-9]+)*|chapters?-?\d*)(?:\/|$)|\/ch\d+(?:-\d+)*-[^/]*$/iu;

function isDocsPage(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    const { hostname, pathname } = new URL(url);
    return DOCS_HOST.test(hostname) || DOCS_PATH.test(pathname);
  } catch {
    return false;
  }
}

/** Sections a site files its dated pieces under: a page there is a post, whatever date it shows. */
const POSTS_PATH =
  /\/(?:blogs?|news|posts?|articles?|press|updates|stories|announcements?|releases?|events?|changelog)(?:\/|$)/iu;

/**
 * A page with no date (neither its own nor one in its address), filed under no section of posts and below the top
 * of its site, is a page of a manual or a reference (…/tr/async/, …/blob/master/fa/part2.md): 📘, not news (dev7:
 * 📰 on FastAPI's «async» page, «irrelevant emoji (📰 for docs page)»). Every such page of dev–dev12 is one; the
 * top of a site (a home page, `/index-bn-BD.html`, a slug right under the host) may be a statement or a post.
 */
function isReferencePage(url: string | undefined, published: Date | undefined): boolean {
  const pathname = published === undefined ? pathOf(url) : undefined;
  if (pathname === undefined) return false;
  return pathname.split('/').filter((s) => s !== '').length >= 2 && !POSTS_PATH.test(pathname);
}

/**
 * The requirement keywords of RFC 2119, in the capitals a specification writes them in (translations keep them:
 * semver.org's Hebrew and Ukrainian pages, conventionalcommits.org's Polish and Hindi ones). «MAY» is left out: it
 * is also a month.
 */
const NORMATIVE = /(?<![\p{L}\p{N}])(?:MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED)(?![\p{L}\p{N}])/gu;
/** A page that says what MUST be done this often is normative: one or two are a quotation. */
const NORMATIVE_WORDS = 3;

/**
 * A specification's page: an undated reference page (`isReferencePage`) whose prose is normative. The version in its
 * title («Semantic Versioning 2.0.0», «Conventional Commits 1.0.0») is the document's edition, no release: 📜, not
 * 🎉 (dev13: «irrelevant emoji» on all four such pages). No other undated page of dev–dev12 writes one keyword.
 */
function isSpecification(text: ArticleText, url: string | undefined, published: Date | undefined): boolean {
  return isReferencePage(url, published) && (text.body.text.match(NORMATIVE) ?? []).length >= NORMATIVE_WORDS;
}
const SPECIFICATION_EMOJI = '📜';

/**
 * Kinds a page's address files it under, when its title says none (…/case-studies/, …/interviews/): the section
 * a site puts a piece in is its kind.
 */
const PATH_KINDS: readonly [RegExp, string][] = [
  [/\/(?:events?|webinars?|meetups?)\//iu, '📅'],
  [/\/glossary\//iu, '📖'],
  [/\/(?:case-stud(?:y|ies)|user-stor(?:y|ies)|success-stor(?:y|ies)|customers?)\//iu, '🏢'],
  [/\/interviews?\//iu, '🎙️'],
  [/\/(?:newsletters?|digests?)\//iu, '📬'],
  [/\/(?:announcements?|press|press-releases?)\//iu, '📢'],
  [/\/(?:reports?|surveys?)\//iu, '📊'],
];

/** A glossary's entry defines a term: 📖, not a manual's 📘 nor news (glossary.cncf.io, …/glossary/). */
const GLOSSARY_HOST = /^glossary\./iu;

function kindOfAddress(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  if (GLOSSARY_HOST.test(address.hostname)) return '📖';
  if (isDocsPage(url) && !/\/glossary\//iu.test(url)) return '📘';
  return PATH_KINDS.find(([path]) => path.test(address.pathname))?.[1];
}

/**
 * The words of the address's last segment: a site writes the kind into the slug in one language for all its
 * translations (…/custom-boot-splashes.html under «시작화면 커스텀하기», …/nezisk-digital-vyzkumna-zprava).
 */
function slugOf(url: string | undefined): string {
  if (url === undefined) return '';
  try {
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    return decodeURIComponent(segments.at(-1) ?? '')
      .replace(/\.[a-z]{2,5}$/iu, '')
      .replace(/[-_+]+/gu, ' ');
  } catch {
    return '';
  }
}

/**
 * A title that only names its subject («हेगोटा», «GitHub Pages»: one or two words, no digit) leaves the kind to
 * the lead's first sentence, which says what the subject is («… is a network upgrade», «In this tutorial we deploy…»).
 */
function namesOnly(title: string): boolean {
  const words = title.trim().split(/\s+/u);
  return words.length <= 2 && !/[\p{N}?？؟]/u.test(title);
}

function firstSentence(lead: string): string {
  return lead.split(/(?<=[.!?。！？।])\s|\n/u)[0] ?? '';
}

/**
 * A title that is a name and a year («Publiek Domeindag 2024», «WidgetConf 2025»: at most four words, the year
 * last) over a lead that names an event is the report of that year's event: 📅.
 */
function namesYearsEvent(text: ArticleText): boolean {
  const words = text.title.text.trim().split(/\s+/u);
  return words.length <= 4 && YEAR_LAST.test(text.title.text) && namesEvent(text.lead, text.lang);
}
const YEAR_LAST = /(?<!\p{N})(?:19|20)\d\d$/u;

/**
 * Names only code has: snake_case (`container_memory_rss`), camelCase with a word before the hump
 * (`directIOWriter`), a dotted member (`bufio.Writer`). Brand names like «iPhone», «macOS» or «gRPC» are none.
 */
const CODE_NAME =
  /(?<![\p{L}\p{N}_])(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]{2,}[A-Z][A-Za-z0-9]{2,}|[a-z]{2,}\.[A-Z][A-Za-z]+)(?![\p{L}\p{N}_])/gu;
/** Distinct code names a write-up about a program shows in its prose: one or two are a product's name. */
const CODE_NAMES = 3;

/**
 * A piece whose prose keeps naming code is a technical write-up about a program, not news: 💻 where nothing else
 * gives a kind («Uncached I/O in Prometheus» names `container_memory_rss`, `directIOWriter`, `bufio.Writer`).
 */
function showsCode(text: ArticleText): boolean {
  const names = new Set(text.body.text.match(CODE_NAME) ?? []);
  return names.size >= CODE_NAMES;
}

/** A title that asks (and nothing above says what kind of piece it is) is an essay, an opinion: 💭. */
const ASKS = /[?？؟]/u;

/**
 * The kind of piece its title (or its address) says: a how-to, an announcement, a report, a call to take part,
 * a case study, a newsletter, a recap, an essay. Readers call 📰 generic on anything but news, so every kind a
 * project's blog publishes has its own neutral emoji (docs/teasers.md, "Emoji").
 */
function kindOf(title: string, url: string | undefined, tags: readonly string[] = [], lead = ''): string | undefined {
  // The site's tags say the kind where the title does not: 18F files «Three ways to write fearless spreadsheet
  // formulas» under «tutorial». Each tag on its own (a list of labels is no phrase).
  // A tutorial's page (📘) says less than what the page is for, which the address's slug or, under a title that only
  // names its subject, the lead's first sentence may say: «Se stai seguendo il tutorial a casa» is …/installation/.
  const fromTitle = kindOfText(title, true);
  if (fromTitle !== undefined && fromTitle !== GUIDE_EMOJI) return fromTitle;
  const fromAddress =
    kindOfText(slugOf(url), false) ?? (namesOnly(title) ? kindOfText(firstSentence(lead), false) : undefined);
  if (fromAddress !== undefined && fromAddress !== GUIDE_EMOJI) return fromAddress;
  return (
    fromTitle ??
    fromAddress ??
    kindOfAddress(url) ??
    tags.map((tag) => kindOfText(tag, false)).find((k) => k !== undefined) ??
    (ASKS.test(title) ? '💭' : undefined)
  );
}

function kindOfText(title: string, isTitle: boolean): string | undefined {
  // What the steps are for says more than that they are steps: «How to upgrade» ⬆️, a guide to deploying 🚀.
  if (UPGRADE.test(title)) return '⬆️';
  if (CUSTOMISE.test(title)) return '🎨';
  if (DEPLOY.test(title)) return '🚀';
  if (OPINION.test(title)) return '💭';
  if (TROUBLESHOOT.test(title)) return '🔧';
  if (FAQ.test(title)) return '❓';
  if (CONFIGURE.test(title)) return '⚙️';
  if (PLUGINS.test(title)) return '🧩';
  if (COMMANDS.test(title)) return '⌨️';
  if (HOW_TO.test(title)) return '🛠️';
  if (TIPS.test(title)) return '💡';
  if (GUIDE.test(title)) return GUIDE_EMOJI;
  if (CODE_OF_CONDUCT.test(title)) return '📜';
  if (HACKATHON.test(title)) return WINNERS.test(title) ? '🏆' : '📅';
  if (CALL.test(title)) return '🙋';
  if (ROADMAP.test(title)) return '🗺️';
  // Joining a foundation's sandbox is a stage reached, more than a partnership.
  if (FOUNDATION_STAGE.test(title)) return '🎉';
  if (JOINS.test(title)) return '🤝';
  // The title's only: an address's «advisory-board» is a folder's name, not the news of a body founded.
  if (isTitle && (GOVERNANCE_BODY.test(title) || (GOVERNANCE_INITIALS.test(title) && ESTABLISHED.test(title))))
    return '🏛️';
  if (WHATS_NEW.test(title)) return '✨';
  if (GRADUATION.test(title)) return '🎓';
  if (SPOKE_AT.test(title)) return '🎤';
  if (TALKS.test(title)) return TALKS_EMOJI;
  if (TURNS.test(title)) return '🎂';
  if (ANNOUNCEMENT.test(title)) return '📢';
  if (REPORT.test(title)) return REPORT_EMOJI;
  if (CASE_STUDY.test(title) || (isTitle && CASE_STUDY_TITLE.test(title))) return '🏢';
  if (NEWSLETTER.test(title)) return '📬';
  if (RECAP.test(title)) return '🗓️';
  return undefined;
}

/**
 * A thing the title names and the article is about, by its emojibase name in the article's language: one of its
 * top keywords, named by the title and again by the lead (a title word the lead does not take up is too often a
 * metaphor: «Thread», «Hooks»).
 */
function emojibaseThing(text: ArticleText, found: Keyword[]): string | undefined {
  const labels = emojibaseLabels(text.lang);
  const named = found.slice(0, 5).find((k) => text.title.has(k.key) && text.lead.has(k.key) && labels.has(k.key));
  return named === undefined ? undefined : labels.get(named.key);
}

/** The kinds that say nothing of the piece but that it is news or an announcement («generic emoji», issue #12). */
const NEUTRAL_KINDS: ReadonlySet<string> = new Set(['📰', '📢']);

/** How strongly a topic is the piece's: 3 named by the title or a tag, 2 by the lead, 1 by the body, 0 not shown. */
interface TopicEvidence {
  emoji: string;
  name: boolean;
  /** A wide subject, which only stands in for a neutral emoji. */
  wide: boolean;
  /** The post's first hashtag names it. */
  main: boolean;
  /** A generic concept (data, web, community: weight under 1), which any piece may name. */
  generic: boolean;
  inTitle: boolean;
  tier: number;
  score: number;
  order: number;
}

/** A specific topic the body alone shows must come back this often (a mention in passing is no subject). */
const BODY_ALONE = 5;
/** A specific topic the lead names must come back in the body: the lead plus at least this many mentions. */
const LEAD_AND_BODY = 3;

/**
 * A topic weaker than the kind the title states: one only the body shows, or a generic one beside a report's or a
 * survey's results. An Nginx beginner's guide that mentions HTTPS, SSL and TLS six times is a guide (📘), not about
 * certificates (🔒); «Nim Community Survey 2024 Results» is its figures (📊), not community (🤝): «irrelevant emoji»
 * on dev5 and dev6.
 */
function yieldsToKind(t: TopicEvidence, title: string): boolean {
  // The title's kind is read only for a topic that could yield: most topics are named by the title or the lead.
  if (t.tier !== 1 && !t.generic) return false;
  const kind = kindOfText(title, true);
  return kind !== undefined && (t.tier === 1 || kind === REPORT_EMOJI);
}

function tierOf(h: Hits, tagged: number, generic: boolean): number {
  if (h.title + tagged > 0) return 3;
  // A generic concept (data, web, community, packages) must be named by the title: any piece's body mentions them.
  if (generic) return 0;
  if (h.lead > 0 && h.body >= LEAD_AND_BODY) return 2;
  return h.body >= BODY_ALONE ? 1 : 0;
}

/** The emoji topics' phrases in a language, as one lexicon (`LexiconIndex`), in the order of `loadEmojiTopics`. */
const topicIndex = perLanguage((base) => new LexiconIndex(loadEmojiTopics().map((t) => t.phrases.for(base))));

function topicEvidence(text: ArticleText, tags: PhraseCounts, mainTag: PhraseCounts): TopicEvidence[] {
  const index = topicIndex(text.lang);
  const found = lexiconHits(text, index);
  const inTags = tags.countEntries(index);
  const inMainTag = mainTag.countEntries(index);
  return (
    loadEmojiTopics()
      .map((t, order) => {
        const h = found[order] as Hits;
        const generic = t.weight < 1;
        const tagged = generic ? 0 : (inTags[order] as number);
        // A platform or a language the title does not name is the piece's subject only when it is the post's
        // first hashtag: 🐧 under «Uncached I/O in Prometheus» (#Prometheus) read as odd on dev.
        const main = (inMainTag[order] as number) > 0;
        const aside = t.name && h.title + tagged === 0 && !main;
        const tier = aside ? 0 : tierOf(h, tagged, generic);
        const score = t.weight * weigh({ ...h, title: h.title + tagged }, 1);
        return { emoji: t.emoji, name: t.name, wide: t.wide, main, generic, inTitle: h.title > 0, tier, score, order };
      })
      .filter((t) => t.tier > 0)
      // At the same tier a specific topic says more than a generic one (data, web, government), whatever their counts:
      // «… Government Service Improvement Award recognizes …» is an award (🏆), not government (🏛️; dev2); and a
      // subject more than the platform it happens on: «React Native 0.71-RC0 Android outage postmortem» is an
      // incident (🚨), not React (⚛️; dev8).
      .sort(
        (a, b) =>
          b.tier - a.tier ||
          Number(a.generic) - Number(b.generic) ||
          Number(a.name) - Number(b.name) ||
          b.score - a.score ||
          a.order - b.order,
      )
  );
}

/**
 * 1–2 emoji (docs/teasers.md, "Emoji"). Readers forgive a plain neutral emoji far more than a wrong one, so each
 * needs a strong reason: 📜 a specification's page (undated, normative), else the tone the title or the tags give (🕊️ a death, 🔐 security, ⚠️ a notice, 👋 a
 * farewell, 🎉 a release, 📅 an event), else ⭐ or 🌟 for a milestone the title counts (stars; contributors or
 * downloads), else the flag of the country the piece is about, else the topic the title
 * names (config/emoji-topics.json; a specific one the lead or the body keeps showing), else the kind of piece
 * its title, its slug or (under a title that only names its subject) its first sentence says (⬆️ an upgrade, 🎨
 * customising, ⚙️ configuration, 🛠️ a how-to, 📘 a guide, 📢 an announcement), else 📅 a name and a year over an
 * event's lead, else 💻 prose that keeps naming code, else an emojibase name in the article's language among its
 * title keywords («voiture» → 🚗), else 📰. A second one
 * only when it adds what the first cannot say: the subject beside a flag (🇨🇳 … 🤖), the flag beside a tone, or
 * the named subject (a language, a platform) the title names beside a tone or a topic (🎉 … 💎, 🛡️ … 🦋); never
 * two generic topics, never a celebration on a sombre piece.
 */
export function pickEmoji(
  text: ArticleText,
  country: string | undefined,
  found: Keyword[],
  max: number,
  title = '',
  tags: readonly string[] = [],
  url?: string,
  hashtags: readonly string[] = [],
  posted?: string,
  published?: Date,
): string[] {
  if (max <= 0) return [];
  // Tags are labels, not prose: a wide gap between them, so that no phrase runs from one to the next.
  const tagCounts = new PhraseCounts(tags.join(' ; '));
  // A digest is about many things: the topic its lead names is only one of them, and the country its items share
  // is where the site is (🇩🇪 on codefor.de's monthly «Out in the Open», «irrelevant emoji» on dev2); its tone is
  // its title's.
  const digest = isDigest(text, tags) || opensOnDigestName(posted);
  const post = posted === undefined ? undefined : new PhraseCounts(posted);
  const tone = pieceTone(text, tags, url, tagCounts, post, { digest });
  const sombre = isSombre(tone);
  const flag = country === undefined || digest ? undefined : flagOf(country);
  const mainTag = new PhraseCounts(hashtags[0] ?? '');
  const topics = topicEvidence(text, tagCounts, mainTag).filter(
    (t) => !(sombre && CELEBRATING.has(t.emoji)) && t.emoji !== (tone && TONE_EMOJI[tone]),
  );
  // A wide subject (video, science, the cloud) yields to every specific one: «Ciencia Abierta… CZI otorga fondos»
  // is its grant (💰), not science (🔬); a webpack roadmap that fixes bugs after its sponsors left is 💰, not 🐛.
  const topic = digest ? undefined : topics.find((t) => !t.wide);

  // The named subject (a language, a platform) the title names: a closer that says what the first emoji cannot.
  // Where the first emoji does not show the post's subject (its first hashtag), the closer must: 🐍 beside 🎉 on
  // tidyverse.org's «yaml12: YAML 1.2 for R and Python» (#rstats) is half of it («half-relevant» on dev), while
  // 🦋 beside 🛡️ on «Moderation on Bluesky» (#Moderation) says where.
  const firstShowsMain = (first: string) =>
    loadEmojiTopics().some((t) => t.emoji === first && mainTag.countAll(t.phrases.for(text.lang)) > 0);
  const titleName = (first: string) =>
    topics.find((t) => t.name && t.inTitle && t.emoji !== first && (t.main || firstShowsMain(first)))?.emoji;
  const milestone = milestoneEmoji(text.title.text);
  const out: string[] = [];
  // A specification's page is the rules it states, whatever its title's version or its topics say.
  if ((tone === undefined || tone === 'release') && isSpecification(text, url, published)) {
    out.push(SPECIFICATION_EMOJI);
  } else if (tone !== undefined) {
    const first = tone === 'release' ? releaseEmoji(text, post) : TONE_EMOJI[tone];
    out.push(first, ...[flag ?? titleName(first)].filter((e) => e !== undefined));
  } else if (milestone !== undefined) {
    out.push(milestone, ...[flag ?? titleName(milestone)].filter((e) => e !== undefined));
  } else if (flag !== undefined) {
    out.push(flag, ...(topic !== undefined && topic.tier === 3 ? [topic.emoji] : []));
  } else if (topic !== undefined && !yieldsToKind(topic, title)) {
    out.push(topic.emoji, ...[titleName(topic.emoji)].filter((e) => e !== undefined));
  } else {
    const kind =
      kindOf(title, url, tags, text.lead.text) ??
      (digest ? '🗓️' : undefined) ??
      (RECORDINGS.test(text.lead.text) ? TALKS_EMOJI : undefined) ??
      (namesYearsEvent(text) ? '📅' : undefined) ??
      (showsCode(text) ? '💻' : undefined) ??
      emojibaseThing(text, found) ??
      '📰';
    // A wide subject only stands in for a neutral emoji (generic, said readers of 📰 and 📢), never for a kind that
    // says more: «Multilingual search engine optimization», a webinar, stays 📅; a body that only mentions it in
    // passing, under a title that states its kind, stays that kind.
    const wide = digest || !NEUTRAL_KINDS.has(kind) ? undefined : topics.find((t) => t.wide && t.tier > 1);
    if (wide === undefined) out.push(kind);
    else out.push(wide.emoji, ...[titleName(wide.emoji)].filter((e) => e !== undefined));
  }
  // An event already held is met, not marked in a calendar: 🤝 (people got together) where 📅 would lead. The
  // lead says so as well as the post: a follower reads the article's opening in its card. A report may say it in
  // no phrase of a list («Op woensdag 24 juni was developer.overheid.nl te gast»): the days it names are behind
  // the day it was published.
  const told = [text.title, text.lead, ...(post === undefined ? [] : [post])];
  const held = () =>
    reportsEvent(told, text.lang) ||
    (published !== undefined &&
      namesOnlyPastDays(
        told.map((t) => t.text),
        text.lang,
        published,
      ) &&
      !announcesEvent(told, text.lang));
  if (out[0] === '📅' && held()) out.splice(0, out[1] === '🤝' ? 2 : 1, '🤝');
  if (out[0] === '📰' && isReferencePage(url, published)) out[0] = GUIDE_EMOJI;
  return out.slice(0, max);
}
