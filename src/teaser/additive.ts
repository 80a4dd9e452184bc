import { baseLang, perLanguage } from './text.js';

/**
 * A sentence that presupposes a first item (docs/teasers.md, "Composing the hook"): an additive or alternative
 * focus word («You must also be comfortable…», «…기능도 추가되었습니다», «你还可以…», «Alternatively, you can…»,
 * «نوصي أيضًا») says «besides what was just said», and a determiner that points back («said protocol», «the
 * aforementioned bug») names what was just said. Dev6 readers: «hook out of context» on seven such posts. Such a
 * sentence may follow the sentence before it in the article when the post shows that one too (hook.ts), never alone
 * or after the title. Where the sentence gives its first item itself («not only X but also Y», «X, а также Y»,
 * «hem … hem de», 「AもBも」), it stands alone. Lists, not a model: a missed word costs a sentence out of context, a
 * wrong one a sentence declined, so the words that are also something else («too many», «auch wenn», «anche se»,
 * 정도, いつも, 还是) are left out.
 */

/**
 * Spaced languages: the additive and alternative words, per language, matched as whole words anywhere in the
 * sentence, case-insensitive. A negative look-ahead keeps the uses that are not additive.
 */
const ADDITIVE: Record<string, string> = {
  en: 'also(?! known| called| referred)|as well(?! as)|(?<=[\\p{L}\\p{N})’\'"”,] )too(?=[.!,;]|$)|alternatively|instead(?! of)|in addition(?! to)|additionally|likewise|either(?=[.!]|$)',
  fr: "aussi(?! (?:\\p{L}+ )?(?:que|qu['’]|bien|longtemps|peu|vite|simple|facilement))|également|de même|en outre|non plus|à la place(?! de| d['’])|alternativement",
  de: 'ebenfalls|ebenso|gleichfalls|außerdem|zudem|darüber hinaus|stattdessen|alternativ(?= |,)',
  es: 'también|además(?! de)|asimismo|igualmente|tampoco|en su lugar|alternativamente',
  pt: 'também|além disso|igualmente|tampouco|em vez disso|alternativamente|do mesmo modo',
  it: 'anche(?! se| quando| solo| più| meno)|inoltre|altrettanto|in alternativa|invece(?! di| che)',
  nl: 'ook(?! al| wel| niet| nooit| maar)|eveneens|tevens|daarnaast|bovendien|in plaats daarvan|als alternatief',
  pl: 'także|również|też|ponadto|dodatkowo|zamiast tego|alternatywnie',
  ru: 'тоже|также|кроме того|помимо этого|вместо этого|в качестве альтернативы|альтернативно',
  uk: 'також|теж|крім того|окрім того|замість цього|як альтернатива|альтернативно',
  cs: 'také|též|rovněž|navíc|místo toho|alternativně',
  tr: 'ayrıca|(?<=[\\p{L}\\p{N}] )(?:de|da)(?= [\\p{L}])|bunun yerine|alternatif olarak|aynı zamanda',
  id: 'juga|pula|sebagai gantinya|sebagai alternatif|selain itu',
  ar: 'أيضًا|أيضا|أيضاً|كذلك|بالإضافة إلى ذلك|علاوة على ذلك|بدلًا من ذلك|بدلا من ذلك|بدلاً من ذلك|كبديل',
  fa: 'همچنین|نیز|علاوه بر این|به علاوه|به جای آن|به‌جای آن',
  he: 'גם(?! אם| כאשר| כש)|כמו כן|בנוסף(?! ל)|במקום זאת|לחלופין',
  hi: '(?<!(?:किसी|कोई|कहीं|कभी|जहां|जहाँ|जब|जो|जिस|कुछ|सब|अभी|तब|फिर|कैसे|क्या|कितना|कितनी|कितने)\\s)भी|इसके अलावा|साथ ही|इसके बजाय|वैकल्पिक रूप से',
  bn: 'এছাড়াও|এছাড়া|তাছাড়া|এর পাশাপাশি|বরং|বিকল্পভাবে|(?!(?:কোনও|আরও|এখনও|কখনও|তবুও|যদিও|কোনো|তখনও|এখনো)(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]+ও',
};

/**
 * A sentence that names its first item itself: «not only X but also Y», «both X and Y», «X as well as Y», «X, а
 * также Y», «nejen X, ale také Y», «hem X hem de Y», «tidak hanya X tetapi juga Y», «X وكذلك Y», and Hindi «X - इसके
 * साथ ही Y» after a comma or a dash, «X, along with it Y» (dev7: «यह पाठ्यक्रम आपको … तथा 🤗 एक्सेलेरेट - इसके साथ ही हगिंग
 * फेस हब पुस्तकालयों का उपयोग करके…» lists its own first items; opening a sentence, «साथ ही, आप सीखेंगे…» still presupposes).
 */
const GIVES_FIRST: Record<string, string> = {
  en: 'not only|not just|but also|and also|or also|while also|as well as|beyond|besides|apart from|aside from|in addition to|other than|rather than|along with',
  fr: 'non seulement|mais aussi|et aussi|mais également|et également|en plus de|outre|au-delà de|à côté de',
  de: 'sowohl|nicht nur|sondern auch|aber auch|und auch|wie auch|und ebenso|und zudem|neben|zusätzlich zu|außer|abgesehen von',
  es: 'no solo|no sólo|sino también|y también|tanto|además de|aparte de|junto con|más allá de',
  pt: 'não só|não apenas|mas também|e também|tanto|além de|junto com',
  it: 'non solo|ma anche|e anche|sia|oltre a|oltre al|oltre alla|oltre ai|oltre alle|insieme a',
  nl: 'zowel|niet alleen|maar ook|en ook|naast|behalve|afgezien van',
  pl: 'nie tylko|ale także|ale również|ale też|a także|a również|jak również|i też|oprócz|poza|obok',
  ru: 'не только|но и|а также|и также|но также|помимо|кроме|наряду с',
  uk: 'не лише|не тільки|але й|а також|і також|але також|окрім|крім|поряд з',
  cs: 'nejen|ale také|ale i|a také|i také|kromě|vedle',
  tr: 'hem|ve ayrıca|sadece|yanı sıra|dışında|ek olarak',
  id: 'tidak hanya|tidak cuma|bukan hanya|tetapi juga|namun juga|dan juga|serta|selain|di samping',
  ar: 'ليس فقط|بل أيضًا|بل أيضا|وكذلك|وأيضًا|وأيضا|بالإضافة إلى|إلى جانب|فضلا عن|فضلًا عن',
  fa: 'نه تنها|بلکه|و همچنین|و نیز|علاوه بر|به جز|در کنار',
  he: 'לא רק|אלא גם|וגם|מלבד|בנוסף ל\\p{L}+|חוץ מ\\p{L}+',
  hi: 'न केवल|न सिर्फ|बल्कि|और भी|के अलावा|के साथ-साथ|के साथ साथ|(?<=[,\\-–—]\\s?)(?:इसके )?साथ ही',
  bn: 'শুধু|কেবল|বরং|এবং',
};

/**
 * A determiner that points back at what was just named, per language: «said protocol», «the aforementioned bug»,
 * «the latter», «ledit», «besagte», «dicho», «il suddetto», «voornoemde», «wspomniany», «вышеупомянутый»,
 * «зазначений», «adı geçen», «المذكور», «یادشده», «הנ״ל», «उक्त», «উক্ত». The first of a pair («the former») too.
 */
const POINTS_BACK: Record<string, string> = {
  en: '(?<!(?:\\b(?:i|you|he|she|we|they|it|who|which|that|has|have|had|was|were|is|be|been|being|and|or)) )said(?= (?!that|to|in|on|at|by|about|so|it|he|she|they|we|i|you|the|a|an|this|these|his|her|their|our|its)\\p{Ll}{3,}(?:[ .,;:!?]|$))|aforementioned|abovementioned|above-mentioned|the latter|the former',
  fr: 'ledit|ladite|lesdits|lesdites|susmentionnée?s?|précitée?s?|ce dernier|cette dernière|ces derniers|ces dernières',
  de: 'besagte[nmrs]?|vorgenannte[nmrs]?|oben genannte[nmrs]?|obengenannte[nmrs]?|letztere[nmrs]?|erstere[nmrs]?',
  es: 'dicho|dicha|el mencionado|la mencionada|los mencionados|las mencionadas|el citado|la citada|este último|esta última|estos últimos|estas últimas',
  pt: 'o referido|a referida|os referidos|as referidas|o citado|a citada|este último|esta última|estes últimos|estas últimas|o mencionado|a mencionada',
  it: "suddett[oaie]|sopracitat[oaie]|summenzionat[oaie]|quest[’']ultim[oaie]|quest[oaie] ultim[oaie]",
  nl: 'voornoemde|bovengenoemde|laatstgenoemde|eerstgenoemde',
  pl: 'wspomnian(?:y|a|e|ego|ej|ych|ym|ymi)|wyżej wymienion\\p{L}+|ów|owa|owe|owego|owej|tenże|tegoż',
  ru: 'вышеупомянут\\p{L}+|вышеуказанн\\p{L}+|упомянут\\p{L}+ выше|последн(?:ий|яя|ее|ие) из н\\p{L}+',
  uk: 'вищезгадан\\p{L}+|вищезазначен\\p{L}+|згадан\\p{L}+ вище|останн(?:ій|я|є|і) з н\\p{L}+',
  cs: 'zmíněn\\p{L}+|výše uveden\\p{L}+|dotyčn\\p{L}+|posledně jmenovan\\p{L}+',
  tr: 'adı geçen|bahsi geçen|sözü edilen|yukarıda (?:bahsedilen|belirtilen|anılan)',
  id: 'yang disebutkan di atas|yang telah disebutkan|yang disebut di atas',
  ar: 'المذكورة?|السالف الذكر|سالفة الذكر|الآنف الذكر|آنفة الذكر|المشار إليها?',
  fa: 'مذکور|یادشده|یاد شده|فوق‌الذکر|فوق الذکر|مزبور',
  he: 'הנ"ל|הנ״ל|האמור|האמורה|האמורים|האמורות|הנזכר|הנזכרת',
  hi: 'उक्त|उपर्युक्त|उपरोक्त|पूर्वोक्त',
  bn: 'উক্ত|উপরোক্ত|উল্লিখিত|পূর্বোক্ত',
};

/**
 * Unspaced scripts, where a particle is glued to its noun. Chinese «还»/«也»/«亦» as adverbs before a verb or a
 * modal («你还可以…», «也支持…»), not inside words (还是 «or, still», 也许 «perhaps», 也就是 «that is», 还原 «restore»,
 * 归还, 偿还); «此外», «另外» and «同样» open a sentence (leaning.ts already has them there) and «前者», «后者», «上述»,
 * «该» point back anywhere. Japanese 「も」 after a noun, a katakana word, a Latin word or 「に」 («機能も追加されました»,
 * 「にも」), not inside a word or an idiom (いつも, とも, でも, もし, もう, もっと, もの, 最も, 何も, 誰も, 一度も, 何百も),
 * nor in 「AもBも」 («both A and B»); 「また」 inside the sentence after a clause («…し、また…») gives its first item.
 * Korean 「도」 as a particle ending a word after a noun or a particle («기능도», «API도», «에서도»), not the nouns that
 * end in it (정도, 속도, 시도, 용도…) nor the verb endings (해도, 어도, 라도, 하도록), nor «A도 B도». Thai «ด้วย» at the
 * end, «นอกจากนี้», «ยัง…อีกด้วย», «แทน» («instead»).
 */
const UNSPACED: Record<string, RegExp> = {
  zh: /(?<![\p{Script=Han}])(?:你|您|我们|我們|用户|用戶|它|其|并|並|都)?(?:还|還|也|亦)(?=可以|可|能|会|會|能够|能夠|支持|支援|提供|包括|包含|有|需要|需|将|將|是一|允许|允許|增加|新增|添加|加入|引入|推出|修复|修復|改进|改進|带来|帶來|计划|計劃|同时|同時|适用|適用|开始|開始|发布|發布|欢迎|歡迎)|前者|后者|後者|上述|(?<![应應])[该該](?=[\p{Script=Han}])|此外|另外|除此之外|同样|同樣|与此同时|與此同時|取而代之|作为替代|作為替代/u,
  ja: /(?:(?<=[\p{Script=Han}\p{Script=Katakana}ーA-Za-z）)」』])(?<!最|何|誰|一度|一つ|一人|少し|毛|百|千|万|度|今|雲|子|共|尤|若|猶|又|但|兎|角)|(?<=[^\p{Script=Hiragana}]に))(?<!\p{N}[^、。]{0,3}|今後|何[^、。]{0,3})も(?![しのうっちとらつたれ]|増して)|前述の|上記の|(?<!と)同様に|^代わりに/u,
  ko: /(?<=[\p{Script=Hangul}A-Za-z0-9)）`'"])(?<![정속시용의제태빈한강밀각온지보인이뢰족성요잡명상사확감해돼되어아여라그래적구진전채고궤하조차까머])(?<!어떤 [^ ]{0,8})도(?=[\s,.!?，。]|$)(?! 불구)|앞서 언급한|전술한|또한|뿐만 아니라|대신에?(?=[\s,])/u,
  th: /ด้วย(?=[\s.!]|$)|นอกจากนี้|ดังกล่าว|แทน(?=[\s.]|$)|อีกด้วย/u,
};
/** Unspaced: the sentence names its first item itself («AもBも», «A도 B도», «不仅…还…», «既…也…», «ไม่เพียง…»). */
const UNSPACED_GIVES_FIRST: Record<string, RegExp> = {
  zh: /不仅|不僅|不只|不但|既|并且|並且|而且|同时也|同時也|以及|即使|即便|哪怕|就算|除了|继(?![续續])/u,
  ja: /だけでなく|のみならず|ばかりでなく|[、，]また|だけではなく|の他に|のほかに|に加えて|とともに|と共に|も[^、。]{1,12}も/u,
  ko: /뿐만 아니라|뿐 아니라|도 .{1,20}도|및/u,
  th: /ไม่เพียง|ไม่เพียงแต่|ไม่ใช่แค่|และยัง/u,
};

/** What presupposesFirst asks of a pattern. */
interface Test {
  test(text: string): boolean;
}
/**
 * A table's words as whole words. Every whole word is one of the words found alone, and those are found without a
 * look-behind tried at every position: a cheap first test that rules out most sentences (about half the time).
 */
const wordsPattern = (words: string | undefined): Test | null => {
  if (words === undefined) return null;
  const whole = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}’'-])(?:${words})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
  const anywhere = new RegExp(words, 'iu');
  return { test: (text) => anywhere.test(text) && whole.test(text) };
};
const additivePattern = perLanguage((base): Test | null => UNSPACED[base] ?? wordsPattern(ADDITIVE[base]));
const backPattern = perLanguage((base): Test | null => wordsPattern(POINTS_BACK[base]));
const givesFirstPattern = perLanguage((base): RegExp | null => {
  const unspaced = UNSPACED_GIVES_FIRST[base];
  if (unspaced !== undefined) return unspaced;
  const words = GIVES_FIRST[base];
  return words === undefined ? null : new RegExp(`(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`, 'iu');
});

/**
 * The sentence presupposes a first item the post must show before it: an additive or alternative word, unless the
 * sentence names that first item itself, or a determiner pointing back (see above).
 */
/**
 * «another» before what it adds to («another of Rust's major goals», 「Rustの別の主な目標」, «otro de los objetivos»,
 * «ещё один», «또 다른»): the first goal, reason or example was told before (dev7: 「並行性を安全かつ効率的に扱うことは、
 * Rustの別の主な目標です。」 led the Japanese Rust book's concurrency chapter, "another main goal", 6/10, "slightly out
 * of context"). Only before a word of that kind: «another release is out» is news of its own.
 */
const ANOTHER: Record<string, RegExp> = {
  en: /(?<![\p{L}])another (?:(?:major|main|key|important|big|great|primary) )?(?:goal|aim|reason|way|example|of)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:un autre|une autre) (?:(?:grand|grande|important|importante) )?(?:objectif|but|raison|exemple|façon|manière|des)(?![\p{L}])/iu,
  es: /(?<![\p{L}])(?:otro|otra) (?:de (?:los|las)|(?:gran )?(?:objetivo|meta|razón|ejemplo|forma|manera))(?![\p{L}])/iu,
  pt: /(?<![\p{L}])(?:outro|outra) (?:d(?:os|as)|(?:grande )?(?:objetivo|meta|razão|exemplo|forma|maneira))(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:un altro|un['’]altra) (?:dei|delle|(?:grande )?(?:obiettivo|scopo|motivo|esempio|modo))(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:ein weiteres|eine weitere|ein weiterer|ein anderes) (?:(?:großes|wichtiges|zentrales) )?(?:ziel|grund|beispiel)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:ещё|еще) (?:одн\p{L}+)(?: из)?(?![\p{L}])/iu,
  uk: /(?<![\p{L}])ще (?:одн\p{L}+)(?: з)?(?![\p{L}])/iu,
  ja: /(?:もう一つ|もうひとつ|もう1つ)の|別の(?:主な|大きな|重要な)?(?:目標|目的|理由|方法|例)/u,
  zh: /另一(?:个|個|项|項)?(?:主要|重要)?(?:目标|目標|原因|理由|例子)/u,
  ko: /또 (?:다른|하나의)|또다른/u,
};

export function presupposesFirst(sentence: string, lang: string): boolean {
  if (backPattern(lang)?.test(sentence)) return true;
  if (ANOTHER[baseLang(lang)]?.test(sentence)) return true;
  // Chinese, Japanese, Korean and Thai: a clause before the particle gives its first item («…，也能确保…»,
  // «…急増し、バグレポートも…», «…작동할 것이며, 설치 아티팩트 또한…»); only the first clause is read.
  const base = baseLang(lang);
  const text = UNSPACED[base] === undefined ? sentence : (sentence.split(CLAUSE)[0] ?? '');
  if (!(additivePattern(lang)?.test(text) ?? false)) return false;
  return !(givesFirstPattern(lang)?.test(sentence) ?? false);
}
const CLAUSE = /[，、,]/u;

/** Where a candidate sits in the article: its block and its index there (hook.ts). */
export interface Place {
  block: number;
  index: number;
}

/**
 * The sentence that gives a presupposing sentence its first item is shown: the place it needs (`after`, the
 * sentence right before it in the article; null when that one was a heading or nothing) is one of the post's.
 */
export function firstItemShown(after: Place | null | undefined, shown: readonly (Place | undefined)[]): boolean {
  if (after === undefined) return true;
  return after !== null && shown.some((s) => s !== undefined && s.block === after.block && s.index === after.index);
}

/** A title that names two things: «New Guide for Setting up Mail Servers - and Upcoming Workshops!», «X & Y», «X, Y». */
const TITLE_COORDINATOR = /\s(?:[-–—]\s)?(?:and|&|et|und|y|e|en|и|і|та|i|oraz|ve|dan)\s|[,،、，]\s?|\s\+\s/iu;

/**
 * The title gives the first item itself: it names two things, and the sentence speaks of the second («…you can also
 * attend one of our workshops» under «New Guide for Setting up Mail Servers for Delta Chat - and Upcoming
 * Workshops!»: the guide is the first item, dev3).
 */
export function titleGivesFirst(title: string, sentence: string): boolean {
  const parts = title.split(TITLE_COORDINATOR);
  if (parts.length < 2) return false;
  const lower = sentence.toLowerCase();
  const last = (parts[parts.length - 1] ?? '').toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return last.some((word) => lower.includes(word.slice(0, Math.max(4, word.length - 2))));
}
