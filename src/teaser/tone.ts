import { pathOf } from './hosts.js';
import type { ArticleText } from './keywords.js';
import { ScopedPhrases } from './lexicon.js';
import { hasNumber } from './text.js';
import { MAJOR_VERSION, NAMED_VERSION, PATCH_VERSION, RELEASE_VERSION } from './versions.js';
import { type Phrase, PhraseCounts } from './words.js';

/**
 * The tone of a piece, read in its title, its own tags and its lead (docs/teasers.md, "Emoji"): a death, a
 * security fix, a notice that asks something of the reader or ends something, a farewell, a release, an event.
 * The tone picks the first emoji before any topic does, and rules some out: no 🚀 or 🎉 on a shutdown, a freeze,
 * a deprecation or an obituary.
 */
export type Tone = 'mourning' | 'security' | 'advisory' | 'farewell' | 'release' | 'event';

const TONE_WORDS: Record<Tone, string[]> = {
  mourning: [
    'passed away',
    'the passing of',
    'in memoriam',
    'in memory of',
    'obituary',
    'rest in peace',
    'condolences',
    'mourn',
    'mourns',
    'mourning',
    'nous a quittés',
    'nous a quittées',
    'décès',
    'verstorben',
    'Nachruf',
    'in Gedenken',
    'falleció',
    'fallecimiento',
    'en memoria de',
    'faleceu',
    'falecimento',
    'em memória de',
    'è scomparso',
    'è scomparsa',
    'in ricordo di',
    'overleden',
    'скончался',
    'скончалась',
    '訃報',
    '逝去',
    '急逝',
    '病逝',
    '永眠',
    '去世',
    '逝世',
    '离世',
    '별세',
    '타계',
  ],
  security: [
    'security',
    'CVE',
    'CVEs',
    'vulnerability',
    'vulnerabilities',
    'vulnerable',
    'exploit',
    'exploits',
    'malicious',
    'information disclosure',
    'remote code execution',
    'RCE',
    'XSS',
    'SSRF',
    'request forgery',
    'SQL injection',
    'privilege escalation',
    'OWASP',
    'security release',
    'security advisory',
    'sécurité',
    'vulnérabilité',
    'faille',
    'Sicherheit',
    'Sicherheitslücke',
    'Schwachstelle',
    'seguridad',
    'vulnerabilidad',
    'segurança',
    'vulnerabilidade',
    'sicurezza',
    'vulnerabilità',
    'beveiliging',
    'kwetsbaarheid',
    'уязвимость',
    'безопасност',
    'güvenlik',
    'bezpieczeństwo',
    'セキュリティ',
    '脆弱性',
    '安全漏洞',
    '漏洞',
    // A security audit, where the language writes it as one word: its results «发布», published, are no release
    // (dev7: 🎉 on «Karmada 安全审计结果发布», «irrelevant emoji»).
    '安全审计',
    '安全審計',
    'Sicherheitsaudit',
    'beveiligingsaudit',
    '보안',
    '취약점',
    'ReDoS',
    'supply chain attack',
    'supply chain attacks',
    'phishing',
    'hameçonnage',
    'フィッシング',
    '피싱',
    'malware',
    'ransomware',
    'Ausnutzbarkeit',
    'keamanan',
    'kerentanan',
    'bezpieczeństwo',
    'podatność',
    'вразливість',
    'безпека',
    'أمن',
    'الأمن',
    'الأمان',
    'ثغرة',
    'ثغرات',
    'الثغرات',
    'אבטחה',
    'פגיעות',
    'सुरक्षा',
    'امنیت',
    'آسیب‌پذیری',
    'آسیب‌پذیر@fa',
    'Heartbleed',
    'خونریزی قلبی@fa',
  ],
  advisory: [
    // A notice the title calls important is one to act on, not a guide («矿工升级重要指引»).
    'important notice',
    'important update',
    'important announcement',
    'upgrade required',
    'must upgrade',
    'mandatory upgrade',
    'avis important',
    'wichtiger Hinweis',
    'aviso importante',
    'avviso importante',
    'belangrijke mededeling',
    'важное объявление',
    'важное обновление',
    'важливе оголошення',
    'önemli duyuru',
    'ważne ogłoszenie',
    'pengumuman penting',
    'إشعار مهم',
    'הודעה חשובה',
    'महत्वपूर्ण सूचना',
    'اطلاعیه مهم',
    '重要なお知らせ',
    '重要通知',
    '重要公告',
    '重要提示',
    '重要指引',
    '必须升级',
    '중요 공지',
    'action required',
    'breaking change',
    'breaking changes',
    'deprecated',
    'deprecation',
    'deprecating',
    'retirement',
    'retiring',
    'end of life',
    'end-of-life',
    'EOL',
    'shutdown',
    'shutting down',
    'shut down',
    'sunset',
    'sunsetting',
    'discontinued',
    'discontinuing',
    'paused',
    'pausing',
    'freeze',
    'frozen',
    'read-only',
    'warning',
    'advisory',
    'must migrate',
    'data loss',
    'バグ',
    '不具合',
    '削除される',
    'no longer',
    'action requise',
    'obsolète',
    'fin de vie',
    'arrêt',
    'fermeture',
    'gel@fr',
    'suspendu',
    'avertissement',
    'Handlungsbedarf',
    'veraltet',
    'eingestellt',
    'eingefroren',
    'Warnung',
    'acción requerida',
    'obsoleto',
    'fin de vida',
    'cierre',
    'congelación',
    'suspendido',
    'advertencia',
    'ação necessária',
    'fim de vida',
    'encerramento',
    'congelamento',
    'suspenso',
    'deprecato',
    'fine vita',
    'chiusura',
    'sospeso',
    'actie vereist',
    'verouderd',
    'stopgezet',
    'bevroren',
    'прекращение',
    'заморозка',
    'устаревший',
    '非推奨',
    '廃止',
    '提供終了',
    '停止',
    '凍結',
    '弃用',
    '废弃',
    '停止维护',
    '冻结',
    '终止',
    '淘汰',
    '退役',
    '은퇴',
    '지원 종료',
    '중단',
    '폐지',
    // A warning against impostors and scams asks the reader to take care: ⚠️, not news (dev3: «Misskeyを騙る
    // アカウントにご注意ください», accounts posing as Misskey's support, wore 📰). «Beware», «watch out», «be careful»
    // and the words for a scam, a scammer and impersonation, in the languages of the set; not «fraud» (fraud
    // detection is a topic of case studies) nor phishing (a security word: «phishing-resistant» keys).
    // Features a service restricts for some of its users: a change of policy to heed, ⚠️ (dev13: «Des restrictions
    // pour les comptes d'essai sur wallabag.it» wore 💾 from «sauvegarde», saving, «irrelevant emoji»). Phrases of
    // whom or what they restrict, not the bare noun: «Restrictions» is also a type system's.
    'restrictions for',
    'restrictions on',
    'new restrictions',
    'restrictions pour@fr',
    'restrictions sur@fr',
    'nouvelles restrictions@fr',
    'Einschränkungen für@de',
    'neue Einschränkungen@de',
    'restricciones para@es',
    'nuevas restricciones@es',
    'restrições para@pt',
    'novas restrições@pt',
    'restrizioni per@it',
    'nuove restrizioni@it',
    'beperkingen voor@nl',
    'ограничения для@ru',
    'новые ограничения@ru',
    'обмеження для@uk',
    'нові обмеження@uk',
    'ograniczenia dla@pl',
    'nowe ograniczenia@pl',
    'beware',
    'watch out',
    'be careful',
    'scam',
    'scams',
    'scammers',
    'impersonation',
    'impersonating',
    'impostor',
    'impostors',
    'fake accounts',
    'arnaque',
    'arnaques',
    'usurpation',
    'méfiez-vous',
    'Vorsicht',
    'Betrüger',
    'gefälschte',
    'estafa',
    'estafas',
    'suplantación',
    'cuidado con',
    'cuidado com',
    'truffa',
    'truffe',
    'attenzione a',
    'attenzione ai',
    'attenzione alle',
    'oplichters',
    'pas op',
    'мошенники',
    'осторожно',
    'остерегайтесь',
    'шахраї',
    'обережно',
    'oszuści',
    'uwaga na',
    'dikkat edin',
    'انتحال',
    'احذر',
    'احذروا',
    'جعل هویت',
    'התחזות',
    'היזהרו',
    'सावधान',
    'ご注意ください',
    '注意喚起',
    'なりすまし',
    '騙る',
    '冒充',
    '诈骗',
    '詐騙',
    '谨防',
    '謹防',
    '警惕',
    '사칭',
    '주의하세요',
    // An event called off is a notice, not a date to keep: ⚠️, not 📅 (dev12: «Fronteers Conference is cancelled»
    // wore 📅). Phrases of the event itself, not the bare verb («cancelled flights» is a story's detail).
    'is cancelled',
    'is canceled',
    'has been cancelled',
    'has been canceled',
    'is postponed',
    'has been postponed',
    'est annulé',
    'est annulée',
    'est reporté',
    'est reportée',
    'abgesagt',
    'se cancela',
    'ha sido cancelado',
    'ha sido cancelada',
    'foi cancelado',
    'foi cancelada',
    'è annullato',
    'è annullata',
    'is afgelast',
    'wordt afgelast',
    'gaat niet door',
    'отменён',
    'отменена',
    'отменяется',
    '開催中止',
    '活动取消',
  ],
  farewell: [
    'goodbye',
    'farewell',
    'adieu',
    'au revoir',
    'Abschied',
    'despedida',
    'adiós',
    'addio',
    'afscheid',
    'до свидания',
    'прощание',
    'さようなら',
    '告别',
    '再见',
    '작별',
  ],
  release: [
    'released',
    'release',
    'releases',
    'releasing',
    'launch',
    'launched',
    'launches',
    'launching',
    'now available',
    'is out',
    // General availability, a release's last stage (dev9: «Announcing Eventing RabbitMQ moving to GA» had 📢).
    'generally available',
    'general availability',
    '=GA',
    'nouvelle version',
    'sortie',
    'lancement',
    'lanzamiento',
    'lançamento',
    'lançado',
    'rilascio',
    'rilasciato',
    'uitgebracht',
    // German had no release word but «neue Version»: a translated release note's own title says «Vite 4.3 ist da!»
    // (dev11, 📢 once the German heading became its title).
    'veröffentlicht',
    'Veröffentlichung',
    'erschienen',
    'ist da',
    // «A new version» says a release in every language (French had it alone), and the set's languages that had
    // no release word: Ukrainian, Polish, Turkish, Persian, Hebrew, Hindi. Where the adjective comes before the
    // noun, see `NEW_VERSION`.
    'nueva versión',
    'nova versão',
    'nuova versione',
    'вийшов',
    'вийшла',
    'реліз',
    'premiera@pl',
    'نسخه جدید',
    'גרסה חדשה',
    'שוחרר',
    'שוחררה',
    'रिलीज़',
    'नया संस्करण',
    '新バージョン',
    '新版本',
    '새 버전',
    'вышел',
    'релиз',
    'リリース',
    '发布',
    '推出',
    '릴리스',
    '출시',
    'إطلاق',
  ],
  event: [
    'conference',
    'meetup',
    'meetups',
    'meet-up',
    'summit',
    'hackathon',
    'webinar',
    'workshop',
    // Office hours are a time to book with the project's people (dev8: 🤖, from the site's «Artificial
    // Intelligence» tag, on «Milvus 오피스 아워에 참여하여…», «irrelevant emoji»).
    'office hours',
    'Sprechstunde@de',
    'オフィスアワー',
    '오피스 아워',
    '오피스아워',
    'save the date',
    'call for papers',
    'CFP',
    'Hacktoberfest',
    'FOSDEM',
    'PyCon',
    'KubeCon',
    'conférence',
    'rencontre',
    'rencontres',
    'événement',
    'atelier',
    'Konferenz',
    '=Treffen',
    'Veranstaltung',
    'conferencia',
    'encuentro',
    'jornadas',
    'taller',
    'conferência',
    'encontro',
    'evento',
    'conferenza',
    'incontro',
    'conferentie',
    'bijeenkomst',
    'evenement',
    'конференция',
    'митап',
    'konferans',
    'konferencja',
    'カンファレンス',
    'イベント',
    '勉強会',
    '大会',
    '会议',
    '峰会',
    '活动',
    '컨퍼런스',
    '행사',
    '밋업',
    // A live stream announced (dev13: «直播预告：MOSN 的多协议机制解析», a talk streamed live, wore 📰).
    '直播',
    'ライブ配信',
  ],
};

/**
 * «A new version», where a word may stand between: «Neue stabile Version 2023.1.1+bremen1» (dev15: Freifunk Bremen's
 * firmware wore 📰, «generic emoji»), «a new major version», «nowa stabilna wersja». The languages that put the
 * adjective before the noun; the others say «nueva versión estable», which the release words match.
 */
const NEW_VERSION =
  /(?<![\p{L}\p{N}])(?:new|neue|nieuwe|новая|нова|nowa|yeni)(?:\s+\p{L}+)?\s+(?:version|versie|версия|версія|wersja|sürüm)(?![\p{L}\p{N}])/iu;

/**
 * Words that say something is out only when the title names what, by a number («Ruby 3.4 disponible»,
 * «React Native 0.74 veröffentlicht»): alone they say «available» or «published» of anything (a report, the
 * slides, a survey).
 */
const WEAK_RELEASE = [
  // «¡Vite 8.0 ya está aquí!» (dev12, 📢), Ukrainian «випуск» («Шлях до випуску Helm v4», whose lead says the first
  // alpha is out; dev9, 📰).
  'is here',
  'ya está aquí',
  'ya está aqui',
  'chegou',
  'è arrivato',
  'випуск',
  'випуску',
  'disponible',
  'disponibles',
  'veröffentlicht',
  'erschienen',
  'verfügbar',
  'publicado',
  'publicada',
  'disponível',
  'disponibile',
  'beschikbaar',
  'выпуск',
  'wydanie',
  'yayınlandı',
  'منتشر شد@fa',
  'انتشار@fa',
  'を公開',
  '公開しました',
  '公開されました',
  '一般公開',
  'إصدار',
];
/**
 * Words that announce or present something: a release when the title names a version by its number («Anunciando a
 * Vite 2.0», «Introducing Foo 1.4»), not a year («Announcing Google Summer of Code 2025 selected projects»).
 * dev3: Vite 2.0's Portuguese announcement wore 📢.
 */
const ANNOUNCING = [
  'announcing',
  'introducing',
  'annonce',
  'annonçons',
  'présentation de',
  'Ankündigung',
  'kündigen',
  'anunciando',
  'anunciamos',
  'presentamos',
  'apresentamos',
  'apresentando',
  'annunciamo',
  'annunciando',
  'presentiamo',
  'aankondiging',
  'представляем',
  'анонс',
  'представляємо',
  'przedstawiamy',
  'ogłaszamy',
  'duyuruyoruz',
  'معرفی',
  'نعلن',
  'מכריזים',
  'מציגים',
  'प्रस्तुत',
  'のお知らせ',
  // «SvelteKit 1.0 発表», «Svelte 4 発表» (dev15): 発表 is a talk as well, so only beside a version, as every word here.
  '発表',
  '宣布',
  '소개',
];

/** A title about how releases are made, not about one («Release notes», «Our release process»). */
const NOT_A_RELEASE = [
  'release notes',
  'release process',
  'release cadence',
  'release schedule',
  'release team',
  'release managers',
  'release management',
  'press release',
  'communiqué de presse',
  'Pressemitteilung',
  'nota de prensa',
  'comunicado de prensa',
  // Results or a report «published» («发布», the word of a release) are a publication, not a release to celebrate.
  '结果发布',
  '結果發布',
  '报告发布',
  '報告發布',
];

/** A notice that ends something, asks something of the reader, or mourns: no celebration on it. */
const SOMBRE: readonly Tone[] = ['mourning', 'security', 'advisory', 'farewell'];
export const TONE_EMOJI: Record<Tone, string> = {
  mourning: '🕊️',
  security: '🔐',
  advisory: '⚠️',
  farewell: '👋',
  release: '🎉',
  event: '📅',
};
/** Emoji that celebrate: never on a sombre piece. */
export const CELEBRATING = new Set(['🚀', '🎉', '🤝', '🥳', '✨', '🏆', '🎂']);

/** A title that calls the release one of fixes, whatever its number. */
const FIX_RELEASE = [
  'patch release',
  'bugfix release',
  'bug-fix release',
  'bug fix release',
  'maintenance release',
  'point release',
  'hotfix',
  'Patch-Release@de',
  'Bugfix-Release@de',
  'version corrective@fr',
  'патч-релиз@ru',
  'патч-реліз@uk',
];
let fixRelease: ScopedPhrases | undefined;

/**
 * The emoji of a release (docs/teasers.md, "Emoji", the tone): 🎉 celebrates what a release brings, which a
 * patch does not: its news is what it fixes (dev4: 🎉 on Istio 1.28.1, «Виправлено конфлікти…», «🎉 feels off for
 * a bug-fix release»). A patch is 🔧, or 🔐 where the lead states security twice and the post says it too (CoreDNS
 * 1.12.4 «fixes several security vulnerabilities»), as a sombre tone of the lead is (`leadStates`).
 */
export function releaseEmoji(text: ArticleText, post?: PhraseCounts): string {
  compiled ??= compileTones();
  // A release dedicated to someone who died is no party: dev14's «Vim 9.1» post, «dedicated to Bram Moolenaar, who
  // died in August» beside 🎉, read «celebratory emoji next to death notice» (7/10). One mourning word in the lead
  // or the post is enough: a release note mentions a death for no other reason.
  const mourning = compiledOf('mourning', text.lang);
  if (countIn(text.lead, mourning) + countIn(post, mourning) > 0) return TONE_EMOJI.mourning;
  fixRelease ??= new ScopedPhrases(FIX_RELEASE);
  const patch = PATCH_VERSION.test(text.title.text) || countIn(text.title, fixRelease.for(text.lang)) > 0;
  if (!patch) return TONE_EMOJI.release;
  const security = compiledOf('security', text.lang);
  return leadStates(countIn(text.lead, security), security, post) ? TONE_EMOJI.security : '🔧';
}

let compiled: Array<[Tone, ScopedPhrases]> | undefined;
let weakRelease: ScopedPhrases | undefined;
let notARelease: ScopedPhrases | undefined;
let announcing: ScopedPhrases | undefined;

/**
 * A real release (docs/teasers.md, "Emoji"): a version in the title; else a release word, unless the title is
 * about how releases are made; else a word that announces beside a version's number, or a word for «available» or
 * «published» beside a number in the title.
 */
function isRelease(text: ArticleText, tags: PhraseCounts | undefined, phrases: Phrase[]): boolean {
  if (RELEASE_VERSION.test(text.title.text)) return true;
  weakRelease ??= new ScopedPhrases(WEAK_RELEASE, { purpose: false });
  notARelease ??= new ScopedPhrases(NOT_A_RELEASE);
  if (countIn(text.title, phrases) + countIn(tags, phrases) > 0 || NEW_VERSION.test(text.title.text))
    return countIn(text.title, notARelease.for(text.lang)) === 0;
  if (NAMED_VERSION.test(text.title.text) || announcesMajor(text.title.text)) {
    announcing ??= new ScopedPhrases(ANNOUNCING);
    if (countIn(text.title, announcing.for(text.lang)) > 0) return true;
  }
  if (PRE_RELEASE.test(text.title.text) && (NAMED_VERSION.test(text.title.text) || MAJOR_VERSION.test(text.title.text)))
    return true;
  return hasNumber(text.title.text) && countIn(text.title, weakRelease.for(text.lang)) > 0;
}

/**
 * A capitalised name and a whole major of one or two digits («Svelte 4», «Webpack 5», «Widget v3») that ends the
 * title or stands before a word of an unspaced script («Svelte 4 発表»): «Announcing 2 new maintainers» counts people.
 */
const NAME_AND_MAJOR =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}+#.-]*\s?v?\d{1,2}(?=\s*[!！.。]?\s*$|\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/u;
/** Beside the name and its major, room for the word that announces it and a preposition: «Ankündigung von Svelte 4». */
const MAJOR_TITLE_WORDS = 4;

/**
 * A title that is only a name, its whole major and the word that announces it («Svelte 4 発表», «Announcing Widget
 * 5»): a release (dev15: «Svelte 4 発表» wore 📰, while «SvelteKit 1.0 発表» had 📢 from its address). A longer title
 * numbers other things («Introducing Tier 2 support for…»).
 */
function announcesMajor(title: string): boolean {
  return NAME_AND_MAJOR.test(title) && title.trim().split(/\s+/u).length <= MAJOR_TITLE_WORDS;
}

/**
 * A beta, an alpha, a release candidate of a version the title numbers («Wails v2 Beta for Windows», dev9, 📰): a
 * release. Beside any number it is not («12 initiatives Covid19 accompagnées par beta.gouv.fr», the corpus: 🎉 on
 * a site's name).
 */
const PRE_RELEASE = /(?<![\p{L}\p{N}.])(?:beta|alpha|release candidate)(?![\p{L}\p{N}.])/iu;

function countIn(counts: PhraseCounts | undefined, phrases: Phrase[]): number {
  return counts === undefined ? 0 : counts.countAll(phrases);
}

/**
 * The piece's tone from its title, its own tags and its lead (the body is never read for the tone, and is the
 * costly part to search). What the title or a tag says wins, in order of precedence (a death, security, a notice,
 * a farewell, a release, an event); else a sombre tone the lead states twice (one mention in passing is not the
 * news); a release or an event is the title's news or not the piece's at all.
 */
function toneOf(text: ArticleText, tags?: PhraseCounts, post?: PhraseCounts): Tone | undefined {
  compiled ??= compileTones();
  const lead = new Map<Tone, number>();
  for (const [tone, scoped] of compiled) {
    const phrases = scoped.for(text.lang);
    if (tone === 'release') {
      if (isRelease(text, tags, phrases)) return tone;
      continue;
    }
    if (countIn(text.title, phrases) + countIn(tags, phrases) > 0) {
      // «Goodbye, Frank» over a lead that tells of his death is an obituary, not a farewell.
      if (tone === 'farewell' && countIn(text.lead, compiledOf('mourning', text.lang)) > 0) return 'mourning';
      return tone;
    }
    lead.set(tone, countIn(text.lead, phrases));
  }
  return SOMBRE.find((tone) => leadStates(lead.get(tone) ?? 0, compiledOf(tone, text.lang), post));
}

/**
 * A tone the lead states, by how often its phrases come there: twice (one mention in passing is not the news), and
 * the post says it too. The lead is the article's, not the post's (#Security and 🔐 on a «quiet month» release post
 * whose lead mentions security fixes read as unexplained).
 */
function leadStates(inLead: number, phrases: Phrase[], post: PhraseCounts | undefined): boolean {
  return inLead >= 2 && (post === undefined || countIn(post, phrases) > 0);
}

function compileTones(): Array<[Tone, ScopedPhrases]> {
  return (Object.keys(TONE_WORDS) as Tone[]).map((tone) => [
    tone,
    new ScopedPhrases(TONE_WORDS[tone], { purpose: tone !== 'release' }),
  ]);
}

function compiledOf(tone: Tone, lang: string): Phrase[] {
  return compiled?.find(([t]) => t === tone)?.[1].for(lang) ?? [];
}

let mourningPhrases: ScopedPhrases | undefined;

/**
 * The title tells of a death («In Memoriam: Hans Petter Langtangen», «nous a quittés»): hook.ts keeps it leading,
 * since a sentence that names the person and what they did would post the life without the death (dev2).
 */
export function titleMourns(title: string, lang: string): boolean {
  mourningPhrases ??= new ScopedPhrases(TONE_WORDS.mourning, { purpose: true });
  return countIn(new PhraseCounts(title), mourningPhrases.for(lang)) > 0;
}

/**
 * Words that report an event already held (a recap, «was a success», «a eu lieu», «fand statt», «прошёл», 「開催されました」):
 * 📅 says «put it in your calendar», odd on a report (dev, blind readers: «📅 for a past event» on the React Native
 * summit's recap, Global Elixir Meetups' «was a success», R-Ladies' «got together»). Per language with `@`, like
 * the tones' words; matched in the title, the lead and the post's own sentences.
 */
const REPORTED = [
  'recap',
  'wrap-up',
  // A trip report tells of a trip made (the corpus's «Trip report: Node.js collaboration summit» wore 📅).
  'trip report',
  'was a success',
  'were a success',
  'took place',
  'was held',
  'were held',
  'we hosted',
  'got together',
  'looking back',
  'thanks for joining',
  'thank you for joining',
  'Rückblick@de',
  'Nachlese@de',
  'fand statt@de',
  'fanden statt@de',
  'war ein Erfolg@de',
  'retour sur@fr',
  "s'est tenu@fr",
  "s'est tenue@fr",
  's’est tenu@fr',
  's’est tenue@fr',
  'a eu lieu@fr',
  'ont eu lieu@fr',
  'compte rendu@fr',
  'compte-rendu@fr',
  'crónica@es',
  // «Resumen de React Conf 2021» (dev11) is the summary of an event: it was held.
  'resumen de@es',
  'resumo do@pt',
  'resumo da@pt',
  'se llevó a cabo@es',
  'se celebró@es',
  'tuvo lugar@es',
  'fue un éxito@es',
  'se reunieron@es',
  'aconteceu@pt',
  'foi realizado@pt',
  'foi realizada@pt',
  'foi um sucesso@pt',
  'terugblik@nl',
  'vond plaats@nl',
  'was een succes@nl',
  'si è svolto@it',
  'si è svolta@it',
  'si è tenuto@it',
  'si è tenuta@it',
  'resoconto@it',
  'итоги@ru',
  'підсумки@uk',
  'состоялся@ru',
  'состоялась@ru',
  'прошёл@ru',
  'прошла@ru',
  'прошли@ru',
  'відбувся@uk',
  'відбулася@uk',
  'odbył się@pl',
  'odbyła się@pl',
  'relacja z@pl',
  '開催されました',
  '開催しました',
  '振り返り',
  '回顾',
  '回顧',
  '圆满结束',
  '圓滿結束',
  '후기',
  '개최되었습니다',
];
let reported: ScopedPhrases | undefined;

/**
 * Words that announce an event still to come («will take place», «将于», 「開催予定」): a site may date the
 * announcement after the day (dev11: Seata's Hangzhou meetup, «将于12月21号…召开», is dated 25 December), and the
 * words say more than the dates (`namesOnlyPastDays`, dates.ts).
 */
const UPCOMING = [
  'will take place',
  'will be held',
  'will be hosted',
  'save the date',
  'register now',
  'wird stattfinden@de',
  'findet statt@de',
  'aura lieu@fr',
  'se tiendra@fr',
  'tendrá lugar@es',
  'se celebrará@es',
  'se llevará a cabo@es',
  'acontecerá@pt',
  'será realizado@pt',
  'será realizada@pt',
  'si terrà@it',
  'si svolgerà@it',
  'vindt plaats@nl',
  'zal plaatsvinden@nl',
  'состоится@ru',
  'пройдёт@ru',
  'пройдет@ru',
  'відбудеться@uk',
  'odbędzie się@pl',
  '将于',
  '即将',
  '開催予定',
  '開催します',
  '예정',
];
let upcoming: ScopedPhrases | undefined;

/** One of the texts announces an event still to come (`UPCOMING`). */
export function announcesEvent(counts: readonly PhraseCounts[], lang: string): boolean {
  upcoming ??= new ScopedPhrases(UPCOMING);
  const phrases = upcoming.for(lang);
  return counts.some((c) => c.countAll(phrases) > 0);
}

/** One of the texts (the title, the lead, the post) reports an event already held (`REPORTED`). */
export function reportsEvent(counts: readonly PhraseCounts[], lang: string): boolean {
  reported ??= new ScopedPhrases(REPORTED);
  const phrases = reported.for(lang);
  return counts.some((c) => c.countAll(phrases) > 0);
}

/** The text names an event (a conference, a meetup, «evenement», 「イベント」…): the event tone's words. */
export function namesEvent(counts: PhraseCounts, lang: string): boolean {
  compiled ??= compileTones();
  return countIn(counts, compiledOf('event', lang)) > 0;
}

export function isSombre(tone: Tone | undefined): boolean {
  return tone !== undefined && SOMBRE.includes(tone);
}

/** An advisory's address names it: a CVE or GHSA identifier, or an `advisories` folder (curl.se/docs/CVE-2025-4947.html). */
const ADVISORY_PATH = /(?:^|[/_.-])(?:cve-\d{4}-\d+|ghsa(?:-[a-z0-9]{4}){3})|\/(?:security-)?advisor(?:y|ies)\//iu;
/**
 * A release's address ends with its version, the way blogs write it into a slug (…/yaml12-0-1-0/, …/8.0.0): a
 * major of one or two digits, so that a date (…-2025-03-24) is none.
 */
const VERSION_SLUG = /(?:^|\/|[\p{L}\p{N}][-_])v?\d{1,2}[-.]\d{1,3}[-.]\d{1,3}(?:\.html?)?\/?$/iu;

/**
 * A slug that says a version is out, in the English a site writes under every translation (…/wails-v2-released
 * under «Publication Wails v2», dev9: 📰): a version's number, then «released», «is out» or «now available».
 */
const RELEASED_SLUG = /(?:^|\/|[-_])v?\d+(?:[-_.]\d+)*[-_](?:released|is[-_]out|now[-_]available)(?:\.html?)?\/?$/iu;

/** The tone a page's address gives when its title and tags give none: an advisory, a release. */
function toneOfAddress(url: string | undefined): Tone | undefined {
  const pathname = pathOf(url);
  if (pathname === undefined) return undefined;
  if (ADVISORY_PATH.test(pathname)) return 'security';
  return VERSION_SLUG.test(pathname) || RELEASED_SLUG.test(pathname) ? 'release' : undefined;
}

/**
 * The tone of the piece: the one its title and tags give (or its lead, where the post's own sentences say it too),
 * else its address's.
 */
export function pieceTone(
  text: ArticleText,
  tags: readonly string[],
  url: string | undefined,
  tagCounts = new PhraseCounts(tags.join(' ; ')),
  post?: PhraseCounts,
  { digest = false } = {},
): Tone | undefined {
  return (digest ? titleTone(text) : toneOf(text, tagCounts, post)) ?? toneOfAddress(url);
}

/**
 * A digest's or a recap's tone is its title's alone: its tags and its lead list its items, each one of many
 * (dev3: PyPI's «A Year in Review», filed under «new features, security, organizations», wore 🔐).
 */
function titleTone(text: ArticleText): Tone | undefined {
  const title = { ...text, lead: EMPTY };
  return toneOf(title, undefined, undefined);
}
const EMPTY = new PhraseCounts('');
