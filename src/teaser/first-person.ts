import { publisherTag } from './lexicon.js';
import { baseLang, fold, perLanguage } from './text.js';

/**
 * A sentence in the first person («We released…», «Je vous présente…», «quienes desarrollamos», 「私たちは…」)
 * speaks for someone. In a post it stands alone only when the post names who that is (docs/teasers.md, "Sentences
 * that are never taken"): a project's own site whose followed name the post carries as a hashtag (go.dev →
 * #golang, vitess.io → #Vitess), or a publisher the title or the sentence names (the host's name: «Bitcoin Core»
 * on bitcoincore.org), or a group they name («the Jekyll core team», «SIG», «Working Group»). Readers of the dev
 * split took «We released Go 1.24…» on go.dev, «We're stoked to announce…» on tidyverse.org and «I … contributed to
 * Vitess» on vitess.io, and found an interviewer's «Can you tell us about yourself…?» out of context.
 *
 * Pronouns and possessives per language; where a language drops the pronoun, the verb endings that are only the
 * first person (Spanish and Portuguese «-amos/-emos/-imos», Italian «-iamo», Polish «-śmy», Ukrainian «-ємо»,
 * Turkish «-yoruz», Persian «می‌…یم»). Words in quotation marks are someone quoted, not the post speaking.
 */

const AROUND = '\\p{L}\\p{M}\\p{N}';
/**
 * Arabic «me» is a suffix: «انضموا إليّ» (join me), «اسمحوا لي» (let me), «دعوني» (let me), «معي» (with me), and «I
 * will» a prefix, «سأ…» («سأشرح», not «سأل», he asked). On milvus.io «انضموا إليّ لإلقاء نظرة على هذه الميزات…»
 * followed the title as the project's words (dev8, «hook out of context ('join me' with no author)»). Not a bare
 * «لي» nor «بي»: a name («لي») and a letter («بي بي سي»).
 */
const AR_SINGULAR = 'إليّ|(?:انضموا|انضم|تعالوا) إلي|اسمحوا لي|اسمح لي|اسمحي لي|دعوني|دعني|معي|سأ(?!ل)\\p{L}{2,}';

/** Spaced scripts: whole words, case-insensitive. */
const PRONOUNS: Record<string, string> = {
  fr: "je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos",
  de: 'ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|wir|uns|unser|unsere|unseren|unserem|unserer|unseres',
  es: 'yo|me|mi|mis|mío|mía|míos|mías|nosotros|nosotras|nos|nuestro|nuestra|nuestros|nuestras|conmigo',
  pt: 'eu|me|mim|meu|minha|meus|minhas|nós|nosso|nossa|nossos|nossas|comigo|conosco|connosco',
  it: 'io|mi|me|mio|mia|miei|mie|noi|nostro|nostra|nostri|nostre',
  nl: 'ik|mij|me|mijn|wij|we|ons|onze',
  pl: 'ja|mnie|mi|mój|moja|moje|moi|moim|mojej|my|nas|nam|nami|nasz|nasza|nasze|naszą|naszej|naszym|naszych|naszego',
  ru: 'я|меня|мне|мной|мой|моя|моё|мое|мои|моего|моей|моих|мы|нас|нам|нами|наш|наша|наше|наши|нашего|нашей|нашем|наших|нашим|нашими|нашу',
  uk: 'я|мене|мені|мною|мій|моя|моє|мої|мого|моєї|моїх|ми|нас|нам|нами|наш|наша|наше|наші|нашого|нашої|наших|нашим|нашу',
  tr: 'ben|beni|bana|benim|bende|benden|biz|bizi|bize|bizim|bizde|bizden',
  id: 'saya|aku|kami|kita',
  ms: 'saya|aku|kami|kita',
  ar: `أنا|نحن|إننا|أننا|إنني|أنني|لنا|لدينا|علينا|قمنا|يسرنا|يسعدنا|نود|عندنا|${AR_SINGULAR}`,
  fa: 'من|ما|مرا|ما را|هستیم|داریم|کردیم|بودیم|خواهیم|کنیم|می‌خواهیم',
  he: 'אני|אנחנו|אנו|שלנו|שלי|לנו|אותנו|אותי|אצלנו|עלינו',
  hi: 'मैं|मैंने|मुझे|मुझसे|मेरा|मेरी|मेरे|हम|हमने|हमें|हमसे|हमारा|हमारी|हमारे',
};

/** Verbs that are the first person where the pronoun is dropped: whole words ending so. */
const VERB_ENDINGS: Record<string, RegExp> = {
  // «presentamos», «hemos», «decidimos», «teníamos»; not an adjective («mínimos», «últimos»: an accent before the
  // ending) nor «gramos», «extremos», «supremos», «ramos», «primos».
  es: /(?<![\p{L}\p{M}])(?![\p{L}]*(?:gramos|extremos|supremos)(?![\p{L}]))(?!(?:ramos|primos|amos|remos)(?![\p{L}]))[a-zñ]{2,}(?:amos|emos|imos)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])\p{L}{2,}(?:íamos|ábamos)(?![\p{L}\p{M}])/iu,
  pt: /(?<![\p{L}\p{M}])(?![\p{L}]*(?:gramas|gramos|extremos|supremos)(?![\p{L}]))(?!(?:ramos|primos|amos|remos)(?![\p{L}]))[a-zç]{2,}(?:amos|emos|imos)(?![\p{L}\p{M}])|(?<![\p{L}\p{M}])\p{L}{2,}(?:íamos|ávamos|ámos)(?![\p{L}\p{M}])/iu,
  it: /(?<![\p{L}\p{M}])\p{L}{2,}iamo(?![\p{L}\p{M}])/iu,
  // «byliśmy», «zrobiłem», «pracujemy», «dziękujemy»: not «programy», «problemy» (nouns in «-my»).
  pl: /(?<![\p{L}\p{M}])\p{L}{2,}(?:śmy|łem|łam|ujemy)(?![\p{L}\p{M}])/iu,
  uk: /(?<![\p{L}\p{M}])\p{L}{3,}(?:ємо|їмо|имо|емо)(?![\p{L}\p{M}])/iu,
  // «yapıyoruz», «yapacağız», «projemiz» (not «temiz»): the past («-dık») is left out, «politik» and «periyodik» end so.
  tr: /(?<![\p{L}\p{M}])(?!temiz(?![\p{L}]))\p{L}{2,}(?:yoruz|yorum|acağız|eceğiz|acağım|eceğim|m[ıiuü]z)(?![\p{L}\p{M}])/iu,
  // «می‌کنیم», «می‌خواهم» (present, first person), «کرده‌ایم» (perfect).
  fa: /(?<![\p{L}\p{M}])(?:می\u200c\p{L}+(?:یم|م)|\p{L}+\u200c(?:ایم|ام))(?![\p{L}\p{M}])/u,
};

/** Unspaced scripts: substrings. 私 is not 私立 (private), 我 is not 自我 (self). */
const UNSPACED: Record<string, RegExp> = {
  ja: /私(?![立有的設鉄服物])|わたし|僕|ぼく|我々|われわれ|弊社|当社|我が|筆者/u,
  zh: /(?<!自)我|本人|咱们|咱們|笔者|筆者/u,
  ko: /(?<![\p{L}])(?:저는|제가|저희|저의|저를|저에게|우리|나는|내가|나의|나를)/u,
};

/** English: «I» only as a capital, not in «I/O» nor «Type-I»; «us» not as «US». */
const ENGLISH =
  /(?<![\p{L}\p{M}\p{N}/-])I(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{M}\p{N}/-])|(?<![\p{L}\p{M}\p{N}])(?:[Ww]e(?:['’](?:re|ve|ll|d))?|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|us|[Oo]urs?|[Oo]urselves)(?![\p{L}\p{M}\p{N}])/u;

/** What quotation marks hold: someone quoted, not the post. */
const QUOTED = /«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"|「[^」]*」|『[^』]*』/gu;

const pronounPattern = perLanguage((base) => {
  const words = PRONOUNS[base];
  // An elided pronoun is followed by its verb: «J’ai», «m’a» (the word edge after it is the apostrophe).
  return words === undefined ? null : new RegExp(`(?<![${AROUND}])(?:${words})(?:(?<=['’])|(?![${AROUND}]))`, 'iu');
});

/**
 * A community counting itself («taught many of us how to do numerical computing», «most of us», «viele von uns»,
 * «beaucoup d'entre nous», «многие из нас»): a share of everyone who reads, not the writer's «I» or «we» (dev2: the
 * Carpentries' obituary of Hans Petter Langtangen, whose books «taught many of us…», was the title alone, 4/10).
 * «Those of us who…» is left: it is the writers' own group. Removed before the pronouns are looked for.
 */
const COMMUNITY =
  /(?<![\p{L}\p{M}])(?:(?:many|most|some|all|few|several|each|none|both|lots|a lot) of us|(?:beaucoup|la plupart|certains|certaines|nombre|chacun|plusieurs) d['’]entre nous|(?:viele|die meisten|einige|manche|jeder|alle) von uns|(?:muchos|muchas|la mayoría|algunos|algunas|cada uno) de nosotr[oa]s|(?:muitos|muitas|a maioria|alguns|algumas|cada um) de nós|(?:molti|molte|la maggior parte|alcuni|ognuno) di noi|(?:velen|de meesten|sommigen|ieder) van ons|(?:многие|большинство|некоторые|каждый|многим|многих) из нас|(?:багато хто|більшість|дехто|кожен) (?:з|із) нас|(?:wielu|większość|niektórzy|każdy) z nas)(?![\p{L}\p{M}])/giu;
/** What every COMMUNITY phrase contains. */
const COMMUNITY_HINT = /of us|nous|von uns|nosotr|de nós|di noi|van ons|из нас|з нас|z nas/iu;

/** The sentence speaks in the first person (outside quotation marks). */
export function speaksInFirstPerson(sentence: string, lang: string): boolean {
  const base = baseLang(lang);
  let text = sentence.includes('"') || /[«“„「『]/u.test(sentence) ? sentence.replace(QUOTED, ' ') : sentence;
  if (COMMUNITY_HINT.test(text)) text = text.replace(COMMUNITY, ' ');
  if (base === 'en') return ENGLISH.test(text);
  const unspaced = UNSPACED[base];
  if (unspaced !== undefined) return unspaced.test(text);
  if (pronounPattern(base)?.test(text)) return true;
  return VERB_ENDINGS[base]?.test(text) ?? false;
}

/** Host labels that name no one: subdomains of kind, not of owner. */
const GENERIC_LABELS = new Set([
  'www',
  'blog',
  'blogs',
  'news',
  'docs',
  'doc',
  'developer',
  'developers',
  'dev',
  'tutorial',
  'learn',
  'community',
  'digital',
  'about',
  'info',
  'static',
  'github',
  'gitlab',
  'medium',
  'substack',
  'wordpress',
  'blogspot',
]);
/** How a project's host often extends its name: electronjs.org, julialang.org, rust-lang.org, vuejs.org. */
const NAME_SUFFIX = /(?:-?lang|-?js|hq|-?project|-?org)$/u;

/**
 * Names the publisher goes by, from the link's host: each label but the top-level domain, language subdomains
 * and labels of kind (www, blog, docs), and without a «js»/«lang» suffix.
 */
export function publisherNames(url: string | undefined): string[] {
  if (url === undefined) return [];
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  const labels = host.split('.').slice(0, -1);
  const names = new Set<string>();
  for (const [i, label] of labels.entries()) {
    const sub = i < labels.length - 1;
    if (GENERIC_LABELS.has(label) || (sub && /^[a-z]{2}(?:-[a-z]{2,4})?$/u.test(label))) continue;
    const name = label.replace(/[^a-z0-9]/gu, '');
    if (name.length < 2) continue;
    names.add(name);
    const short = name.replace(NAME_SUFFIX, '');
    if (short.length >= 2 && short !== name) names.add(short);
  }
  return [...names];
}

/**
 * A group that speaks as «we»: a team, a SIG, a working group, in the set's languages; whole words (not the «sig»
 * of «design»: a case-insensitive «SIG» anywhere let «Our new partners … “design research”» name its speaker).
 */
const GROUP =
  /(?<![\p{L}])(?:team|core team|maintainers|sig|working group|committee|board|steering|équipe|comité|mainteneurs|groupe de travail|equipo|comité|grupo de trabajo|equipe|grupo de trabalho|squadra|gruppo di lavoro|arbeitsgruppe|mitwirkende|kernteam|werkgroep|zespół|grupa robocza|команда|рабочая группа|команда|робоча група|ekip|ekibi|çalışma grubu|tim|kelompok kerja|فريق|مجموعة العمل|تیم|گروه کاری|צוות|קבוצת העבודה|टीम|समूह)(?![\p{L}])|团队|團隊|小组|小組|工作组|工作組|チーム|ワーキンググループ|팀|워킹 그룹/iu;
/** «SIG» in capitals, also between CJK characters («语义约定SIG»), but not inside a Latin word. */
const SIG = /(?<![A-Za-z])SIGs?(?![A-Za-z])/u;

export interface Speakers {
  /** Folded publisher names from the host («vitess», «go», «react») and its followed name («rust», «bluesky»). */
  names: string[];
  /**
   * The post names a speaker whatever the sentence: the title names the publisher or a group, or the host is a
   * project's own site (`sites` in config/hashtags.json), whose followed name the post carries as a hashtag.
   */
  named: boolean;
}

export function speakersOf(title: string, url: string | undefined): Speakers {
  // The followed name of a project's own site («blog.rust-lang.org» → Rust), as hashtags.ts finds it.
  const words = publisherTag(url)?.words;
  const names = [...new Set([...publisherNames(url), ...(words ?? []).filter((w) => w.length >= 2)])];
  return { names, named: words !== undefined || namesSpeaker(title, names) };
}

/** The text names the publisher («Go», «Bitcoin Core» for bitcoincore.org) or, when `groups`, a group. */
function namesSpeaker(text: string, names: readonly string[], groups = true): boolean {
  if (groups && (GROUP.test(text) || SIG.test(text))) return true;
  if (names.length === 0) return false;
  const folded = fold(text);
  const squeezed = folded.replace(/[^\p{L}\p{N}]+/gu, '');
  for (const name of names) if (name.length >= 4 ? squeezed.includes(name) : wholeWord(name).test(folded)) return true;
  return false;
}

/**
 * A short name as a whole word («go», «r»), compiled once per name: it is asked of every first-person sentence, and
 * compiling a pattern costs more than running it. A worker meets many names: the memory is emptied past a thousand.
 */
const wholeWords = new Map<string, RegExp>();
function wholeWord(name: string): RegExp {
  let re = wholeWords.get(name);
  if (re === undefined) {
    if (wholeWords.size >= 1_000) wholeWords.clear();
    re = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u');
    wholeWords.set(name, re);
  }
  return re;
}

/**
 * «you» in every language of the set: an interviewer's question to the guest, a cheer to the reader («Du bist der
 * Hammer!»). Polish drops the pronoun: the verb's second person («możesz», «odwaliłaś», «jesteś») says it.
 */
const SECOND_PERSON: Record<string, RegExp> = {
  en: /\b(?:you|your|yourself|yourselves)\b/iu,
  fr: /(?<![\p{L}])(?:vous|tu|te|votre|vos|ton|ta|tes)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:Sie|Ihnen|Ihr|Ihre|[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein|[Dd]eine|[Dd]einen|[Ee]uch|[Ee]uer)(?![\p{L}])/u,
  es: /(?<![\p{L}])(?:usted|ustedes|tú|te|tu|tus|vosotros|os)(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:você|vocês|tu|te|teu|tua|seu|sua)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:Lei|tu|ti|tuo|tua|voi|vi|vostro)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:u|je|jij|jou|jouw|uw|jullie)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])(?:ty|ciebie|cię|tobie|ci|twój|twoja|twoje|wy|was|wam|wasz|pan|pani|państwo|jesteś|\p{L}{2,}(?:łaś|łeś|esz|isz|ysz))(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашей|вашего|вашу|вашим|ваших|вашем|ты|тебя|тебе|твой|твоя|твоё)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(?:ви|вас|вам|вами|ваш|ваша|ваше|ваші|вашої|вашого|вашу|вашим|ваших|ти|тебе|тобі|твій|твоя|твоє)(?![\p{L}])/iu,
  tr: /(?<![\p{L}])(?:sen|seni|sana|senin|siz|sizi|size|sizin)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(?:Anda|kamu|kalian|engkau)(?![\p{L}])/iu,
  ms: /(?<![\p{L}])(?:anda|awak|kamu)(?![\p{L}])/iu,
  ar: /(?<![\p{L}\p{M}])(?:أنت|أنتم|أنتِ|لك|لكم|عليك|عليكم)(?![\p{L}\p{M}])/u,
  fa: /(?<![\p{L}\p{M}])(?:شما|تو)(?![\p{L}\p{M}])/u,
  he: /(?<![\p{L}\p{M}])(?:אתה|את|אתם|אתן|לך|לכם|שלך|שלכם)(?![\p{L}\p{M}])/u,
  hi: /(?<![\p{L}\p{M}])(?:आप|आपको|आपका|आपकी|आपके|तुम|तुम्हें|तुम्हारा)(?![\p{L}\p{M}])/u,
  ja: /あなた|皆さん|皆様|みなさん/u,
  zh: /你|您/u,
  ko: /(?<![\p{L}])(?:당신|여러분|귀하)/u,
};

/** The sentence speaks to the reader («you», «vous», «Anda», 「あなた」), outside quotation marks. */
export function speaksToReader(sentence: string, lang: string): boolean {
  const text = sentence.includes('"') || /[«“„「『]/u.test(sentence) ? sentence.replace(QUOTED, ' ') : sentence;
  return SECOND_PERSON[baseLang(lang)]?.test(text) ?? false;
}
const ASKS = /[?？؟]["»”’)\]」』）]*\s*$/u;

/**
 * A question to someone the post does not show: an interviewer's «Can you tell us about yourself…?» (first and
 * second person together). «Do you find yourself…?», to the reader, stays.
 */
function interviewQuestion(sentence: string, lang: string): boolean {
  return ASKS.test(sentence) && speaksToReader(sentence, lang);
}

/**
 * «I», «je», «ich», 「私」 and their possessives: one person speaking. A group the sentence names does not say who
 * that is («I joined the occupational health and safety committee» names a committee, not the «I»: 4/10 on dev,
 * "hook out of context; misleading"). Per language, outside quotation marks like the rest.
 */
const SINGULAR: Record<string, RegExp> = {
  en: /(?<![\p{L}\p{M}\p{N}/-])I(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{M}\p{N}/-])|(?<![\p{L}\p{M}\p{N}])(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\p{L}\p{M}\p{N}])/u,
  fr: /(?<![\p{L}\p{M}])(?:j['’]|(?:je|moi|mon|ma|mes)(?![\p{L}\p{M}]))/iu,
  de: /(?<![\p{L}\p{M}])(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines)(?![\p{L}\p{M}])/iu,
  es: /(?<![\p{L}\p{M}])(?:yo|mi|mis|mío|mía|conmigo)(?![\p{L}\p{M}])/iu,
  pt: /(?<![\p{L}\p{M}])(?:eu|mim|meu|minha|meus|minhas|comigo)(?![\p{L}\p{M}])/iu,
  it: /(?<![\p{L}\p{M}])(?:io|mio|mia|miei|mie)(?![\p{L}\p{M}])/iu,
  nl: /(?<![\p{L}\p{M}])(?:ik|mij|mijn)(?![\p{L}\p{M}])/iu,
  pl: /(?<![\p{L}\p{M}])(?:ja|mnie|mój|moja|moje|moim|mojej|\p{L}{2,}(?:łem|łam))(?![\p{L}\p{M}])/iu,
  ru: /(?<![\p{L}\p{M}])(?:я|меня|мне|мной|мой|моя|моё|мое|мои|моего|моей|моих)(?![\p{L}\p{M}])/iu,
  uk: /(?<![\p{L}\p{M}])(?:я|мене|мені|мною|мій|моя|моє|мої|мого|моєї|моїх)(?![\p{L}\p{M}])/iu,
  tr: /(?<![\p{L}\p{M}])(?:ben|beni|bana|benim|bende|benden|\p{L}{2,}(?:yorum|acağım|eceğim))(?![\p{L}\p{M}])/iu,
  id: /(?<![\p{L}\p{M}])(?:saya|aku)(?![\p{L}\p{M}])/iu,
  ms: /(?<![\p{L}\p{M}])(?:saya|aku)(?![\p{L}\p{M}])/iu,
  ar: new RegExp(`(?<![\\p{L}\\p{M}])(?:أنا|إنني|أنني|${AR_SINGULAR})(?![\\p{L}\\p{M}])`, 'u'),
  fa: /(?<![\p{L}\p{M}])(?:من|مرا)(?![\p{L}\p{M}])/u,
  he: /(?<![\p{L}\p{M}])(?:אני|שלי|אותי)(?![\p{L}\p{M}])/u,
  hi: /(?<![\p{L}\p{M}])(?:मैं|मैंने|मुझे|मुझसे|मेरा|मेरी|मेरे)(?![\p{L}\p{M}])/u,
  ja: /私(?![立有的設鉄服物た])|わたし(?!たち)|僕|ぼく|筆者/u,
  zh: /(?<!自)我(?![们們])|本人|笔者|筆者/u,
  ko: /(?<![\p{L}])(?:저는|제가|저의|저를|저에게|나는|내가|나의|나를)/u,
};

function speaksAsOne(sentence: string, lang: string): boolean {
  const text = sentence.includes('"') || /[«“„「『]/u.test(sentence) ? sentence.replace(QUOTED, ' ') : sentence;
  return SINGULAR[baseLang(lang)]?.test(text) ?? false;
}

/** A first-person sentence whose speaker the post does not name, or an interviewer's question. */
export function speaksForSomeoneUnnamed(sentence: string, lang: string, speakers: Speakers): boolean {
  if (!speaksInFirstPerson(sentence, lang)) return false;
  if (interviewQuestion(sentence, lang)) return true;
  // One person speaking is never the project's account, whatever site it is on: on vitess.io «This summer, I had
  // the incredible opportunity to participate in the LFX Mentorship program…» is a guest's (5/10 on dev, "first-
  // person 'I' confusing on project account"). Nor is a group the sentence names the «I».
  if (speaksAsOne(sentence, lang)) return true;
  if (speakers.named) return false;
  return !namesSpeaker(sentence, speakers.names);
}
