import { pointsAtMissing, pointsElsewhere } from './deixis.js';
import { type Speakers, speakersOf, speaksForSomeoneUnnamed } from './first-person.js';
import { baseLang, perLanguage } from './text.js';
import { DOTTED_VERSION } from './versions.js';

/**
 * Sentences that cannot stand alone in a post (docs/teasers.md, "Composing the hook"), per language:
 * - they lean on what came before: a connective («However», «Mais», «Außerdem») or a word that points back
 *   («These anomalies», «Ce projet», «Diese Änderung», «quienes desarrollamos», «この変更»);
 * - they speak of the article itself («In this post», «Dans cet article», 本文);
 * - they only point at a link the post does not carry («Read the release notes», «Visit the download page»,
 *   «请阅读版本发布说明»): navigation, not content.
 * Lists, not a model: each entry was seen in articles, and a missed one only costs a weaker sentence.
 */

/**
 * Openers that lean on the sentence before (connectives and anaphora), matched at the start, case-insensitive.
 * A demonstrative pronoun as the subject sums up what came before («These are just a few ways…», «Das sind nur ein
 * paar Möglichkeiten…», «Voilà quelques…», «Estas son solo algunas…», «Đây là…»: dev5, a German LearnOSM page).
 * «In practice, …», «अभ्यास में, …» set the sentence against a rule said before it (dev: a Hindi W3C page, "hook
 * out of context"). A particle of emphasis before a pronoun («Právě oni často patří…», «Именно они…», «Саме це…»,
 * «Właśnie oni…», «precisely they») stresses someone the sentence before named: the pronoun leans as it would
 * alone, the particle only hid it from the list (Czech, Slovak, Russian, Ukrainian, Polish: their pro-drop keeps a
 * pronoun subject for such stress, so the phrase is rarely anything else).
 */
const LEANING: Record<string, string> = {
  en: "this|these|that|those|it|it's|its|they|they're|their|them|he|she|his|her|such|here|there|the latter|the former|both|another|also|then|thus|hence|so|but|and|or|however|moreover|furthermore|additionally|in addition|therefore|instead|meanwhile|otherwise|still|yet|as a result|for example|for instance|in fact|indeed|likewise|similarly|that's|this's|which|in practice|in reality",
  fr: "ce|cet|cette|ces|cela|ceci|ça|c'est|c’est|il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|lui|leur|leurs|son|sa|ses|mais|donc|ainsi|aussi|puis|alors|en effet|de plus|par ailleurs|cependant|pourtant|toutefois|néanmoins|en outre|enfin|et|or|sinon|d'ailleurs|d’ailleurs|par exemple|pour cela|là|en pratique|dans la pratique|en réalité|à l'époque|à cette époque|à ce moment-là",
  de: 'dies|diese|dieser|dieses|diesen|diesem|das ist|das war|das wird|das hat|das sind|das waren|das alles|das heißt|das bedeutet|es|er|ihr|ihre|sein|seine|dort|dabei|damit|dazu|darum|daher|deshalb|deswegen|dennoch|trotzdem|aber|jedoch|außerdem|zudem|auch|und|so|somit|denn|hierbei|hier|dafür|darüber|davon|allerdings|in der praxis|in wirklichkeit|damals|zu dieser zeit|zu jener zeit',
  es: 'esto|esta|este|estos|estas|eso|esa|ese|esos|esas|ello|él|ella|ellos|ellas|su|sus|allí|aquí|pero|además|sin embargo|por eso|por lo tanto|así|también|quienes|los cuales|las cuales|y|o|no obstante|por ejemplo|de hecho|en la práctica|en realidad|en ese momento|en aquel momento|en aquella época|por aquel entonces|en aquel entonces',
  pt: 'isto|isso|este|esta|estes|estas|esse|essa|esses|essas|ele|ela|eles|elas|seu|sua|seus|suas|mas|além disso|no entanto|portanto|assim|também|aqui|lá|e|ou|contudo|todavia|por exemplo|de fato|na prática|na realidade|porém|entretanto|na época|naquela época|naquele momento|nessa época',
  it: "questo|questa|questi|queste|quello|quella|ciò|esso|essa|lui|lei|loro|ma|inoltre|tuttavia|quindi|anche|qui|e|o|però|infatti|per esempio|in pratica|in realtà|comunque|all'epoca|a quel tempo|in quel periodo",
  nl: 'dit|deze|dat|die|het is|hij|zij|ze|hun|maar|ook|daarom|echter|bovendien|hier|daar|en|of|dus|toch|daarnaast|in de praktijk|in werkelijkheid|destijds|toentertijd',
  ru: 'это|этот|эта|эти|этого|он|она|они|оно|его|её|их|но|также|однако|поэтому|кроме того|тем не менее|и|а|так|там|здесь|на практике|в действительности|именно (?:он|она|оно|они|это|этот|эта|эти)|в то время(?! как)|тогда|в тот момент|на тот момент',
  uk: 'це|цей|ця|ці|він|вона|воно|вони|але|також|однак|тому|і|а|на практиці|насправді|саме (?:він|вона|воно|вони|це|цей|ця|ці)|проте|тоді|у той час|в той час|на той момент',
  pl: 'to|ten|ta|te|ci|on|ona|oni|ich|jego|jej|ale|jednak|również|także|dlatego|i|a|tutaj|potem|następnie|w praktyce|w rzeczywistości|właśnie (?:on|ona|ono|oni|one|to|ten|ta|te|ci)|jednakże|wtedy|w tamtym czasie',
  sv: 'detta|denna|dessa|det|den|han|hon|de|men|också|därför|dock|och',
  da: 'dette|denne|disse|det|den|han|hun|de|men|også|derfor|dog|og',
  nb: 'dette|denne|disse|det|den|han|hun|de|men|også|derfor|likevel|og',
  cs: 'to|tento|tato|toto|tyto|on|ona|ono|oni|ony|jeho|její|jejich|ale|také|rovněž|proto|však|a|tam|zde|tady|pak|potom|poté|následně|právě (?:on|ona|ono|oni|ony|to|ten|ta|ty|tento|tato|toto|tyto)',
  sk: 'to|tento|táto|toto|tieto|on|ona|ono|oni|ony|jeho|jej|ich|ale|tiež|preto|však|a|tam|potom|následne|práve (?:on|ona|ono|oni|ony|to|ten|tá|tie|tento|táto|toto|tieto)',
  tr: 'bu|bunlar|şu|o|onlar|ancak|ama|fakat|ayrıca|bu nedenle|ve|pratikte|uygulamada|aslında',
  id: 'ini|itu|mereka|dia|ia|namun|tetapi|selain itu|oleh karena itu|dan|juga|dalam praktiknya|dalam praktik|pada praktiknya|kenyataannya',
  ca: 'això|aquest|aquesta|aquests|aquestes|ell|ella|ells|però|a més|també|i',
  eo: 'ĉi tio|tio|ili|li|ŝi|sed|ankaŭ|kaj',
  fi: 'tämä|nämä|se|ne|hän|he|mutta|myös|siksi|kuitenkin|ja',
  hu: 'ez|ezek|az|azok|ő|ők|de|azonban|ezért|továbbá|és',
  el: 'αυτό|αυτή|αυτά|αυτός|αυτοί|αλλά|επίσης|ωστόσο|και',
  vi: 'điều này|những điều này|đây là|đó là|đây chỉ là|đó chỉ là|chúng tôi cũng|chúng ta cũng|bạn cũng|nó|họ|nhưng|tuy nhiên|ngoài ra|và',
  hi: 'यह|ये|इस|इसका|इसकी|इसके|इसे|इसलिए|वह|वे|उस|उसका|उसकी|उनका|लेकिन|परंतु|और|भी|तो|इसी|अभ्यास में|व्यवहार में|वास्तव में',
  ar: 'هذا|هذه|ذلك|تلك|هؤلاء|هو|هي|هم|لكن|ولكن|وهذا|وهذه|وذلك|لذلك|لذا|لهذا|كما|أيضا|أيضًا|ومع ذلك|بالإضافة إلى ذلك|في الممارسة|عمليًا|عمليا|في الواقع|فعند|فإن|فإذا|فلو|فقد|فهذا|فهذه|فهو|فهي|فهم|فبعد|فلذلك|وعند|وبعدها|وبعد ذلك',
  fa: 'این|آن|اینها|آنها|او|ایشان|اما|ولی|همچنین|بنابراین|علاوه بر این|در نتیجه|و|در عمل|در واقع|اینجا|اینجاست|آنجا|آنجاست',
  he: 'זה|זו|זאת|אלה|אלו|הוא|היא|הם|הן|אבל|אך|גם|לכן|בנוסף|עם זאת|כמו כן|בפועל|למעשה',
};

/**
 * Connectives that continue a list or an argument the post does not show (sequence: «Next,», «Ensuite»,
 * «Anschließend»; contrast: «On the other hand», «En revanche»; consequence: «Consequently», «Por consiguiente»;
 * rewording: «In other words», «Es decir») and words for what was named before: «the others», «the rest», «the
 * same», «the latter». Per language, matched like LEANING. A word that is also a plain adverb or a number
 * («Next week», «Second-hand», «Después de 5 años», 「之前的版本」, 「즉시」) counts only with its comma. A summing-up opener
 * («In short», «En bref», «Kurz gesagt», «En resumen», «Вкратце», 「要するに」, «总之») sums up what came before it
 * (dev3: Delta Chat's «In short - most mail servers will work well…» answered the question of the sentence before
 * it, 2/10, "hook out of context; awkward sentence"); the author's summary labelled so at a paragraph's start
 * («TL;DR:», «In short:») loses its label in blocks.ts first and stays the summary. A pointer at what follows
 * («Voici…», «Ecco…», «Вот полный список изменений.», «İşte…», «إليك…», «הנה…», 「以下は」; English «Here's» and German
 * «Hier» are in LEANING) announces a list, a table or a recap the post does not carry (dev3: Organic Maps' «Вот
 * полный список изменений.» after the title). Left out: «Finally» and its kin, which also say «at last» («Finally,
 * Node 22 is here» is news); Dutch «Toen» and Hebrew «שם» are also «when» and «name», «Even» («Incluso», «Zelfs»)
 * reads alone, and Hebrew «מאז» is also «since 2019». A step of a procedure opening on its sequence word
 * («그러고 나서, TWiLight Menu++ 설정에서…», «Then…», «Danach…», «Ensuite…», «Luego…», «Затем…», 「次に」, «然后», «ثم»)
 * is a later step whose first one the post does not show (dev4: a Korean DS homebrew guide, 4/10, «starts with a
 * 'then' step, first step missing»); every language says «then» so, hence one entry per language. An ordinal with
 * no noun before its verb («The second is scheduled to take place…», «La seconde aura lieu…», «Der zweite
 * findet…») stands for a noun the sentence before named, and the first of the set is not in the post. «Previously,»
 * («以前，», «此前，», «Earlier,») contrasts with a present the sentence before told: alone it has no subject (dev4:
 * OONI's «以前，封锁仅限于维基百科的中文版…» led its post, 5/10, "who blocks?"); with its comma only, so «以前的版本» reads.
 */
const CONTINUING: Record<string, string> = {
  en: "in short|in a nutshell|in brief|to sum up|in summary|to summarize|to summarise|in sum|long story short|first,|firstly|second,|secondly|third,|thirdly|lastly|next,|further,|besides|nevertheless|nonetheless|consequently|accordingly|subsequently|afterwards|afterward|later,|earlier,|previously,|formerly,|again,|on the other hand|in contrast|by contrast|conversely|in turn|as such|to that end|to this end|at the same time|in other words|that said|having said that|even so|since then|back then|at that time|until then|the rest|the remaining|the other|others|other|the same|the above|all of this|all of these|none of this|none of these|some of them|many of them|most of them|one of them|each of them|all of them|what's more|on top of that|apart from that|as an example|as one example|in the end|the previous|the (?:first|second|third|fourth|fifth|last|latter|former) (?:one )?(?:is|was|will|has|had|are|were|takes|took|comes|came|covers|focuses|runs)",
  fr: "certains d'entre eux|certaines d'entre elles|certains d’entre eux|certaines d’entre elles|beaucoup d'entre eux|beaucoup d’entre eux|la plupart d'entre eux|la plupart d’entre eux|en résumé|en bref|bref,|en somme|pour résumer|en un mot|voici|voilà|ensuite|d'abord|d’abord|tout d'abord|tout d’abord|premièrement|deuxièmement|troisièmement|en revanche|par contre|du coup|de même|également|en conséquence|par conséquent|pour autant|à cela|à ceci|de son côté|de leur côté|quant à|autrement dit|en d'autres termes|en d’autres termes|depuis,|depuis lors|plus tard|auparavant|entre-temps|entretemps|d'autre part|d’autre part|les autres|l'autre|l’autre|le reste|le même|la même|les mêmes|au contraire|cette fois|celle-là|celui-là|ceux-là|celles-là|celles-ci|ce dernier|cette dernière|ces derniers|avec cela|après cela|malgré cela|pour ça|avec ça|(?:le|la) (?:premier|première|second|seconde|deuxième|troisième|dernier|dernière) (?:est|sera|a|aura|était|se|porte|aura lieu)",
  de: 'einige davon|einige von ihnen|viele davon|viele von ihnen|die meisten davon|manche davon|kurz gesagt|kurzum|zusammengefasst|kurz und gut|alles in allem|zusammenfassend|zunächst|erstens|zweitens|drittens|danach|anschließend|daraufhin|ebenfalls|ebenso|weiterhin|ferner|stattdessen|folglich|infolgedessen|demnach|demzufolge|andererseits|hingegen|im gegenzug|im übrigen|übrigens|später|vorher|zuvor|seitdem|seither|letztlich|mit anderen worten|die übrigen|die anderen|der rest|derselbe|dieselbe|dasselbe|genauso|gleichzeitig|zugleich|letzterer|letztere|letzteres|zum beispiel|beispielsweise|(?:der|die|das) (?:erste|zweite|dritte|letzte) (?:ist|war|wird|hat|findet|soll)',
  es: 'algunos de ellos|algunas de ellas|muchos de ellos|muchas de ellas|la mayoría de ellos|la mayoría de ellas|en resumen|en pocas palabras|en síntesis|en suma|resumiendo|he aquí|primero,|segundo,|luego|después,|después de eso|entonces,|por último|por otro lado|por una parte|por otra parte|en cambio|a su vez|asimismo|igualmente|del mismo modo|de igual modo|por consiguiente|en consecuencia|aun así|a pesar de ello|más tarde|posteriormente|anteriormente|desde entonces|es decir|o sea|en otras palabras|los demás|las demás|el resto|los otros|las otras|el mismo|la misma|lo mismo|los mismos|las mismas|ahí|por ello|por esto|con esto|con ello|a esto|a eso|para esto|para eso|de esto|de eso|tras esto|ante esto|(?:el|la) (?:primero|primera|segundo|segunda|tercero|tercera|último|última) (?:es|será|fue|tiene|tendrá|se)',
  pt: 'alguns deles|algumas delas|muitos deles|muitas delas|a maioria deles|a maioria delas|em resumo|resumindo|em suma|em síntese|em poucas palavras|eis|primeiro,|depois,|então,|em seguida|por fim|por outro lado|em contrapartida|por sua vez|além do mais|da mesma forma|do mesmo modo|igualmente|consequentemente|por conseguinte|mesmo assim|ainda assim|mais tarde|posteriormente|anteriormente|desde então|ou seja|em outras palavras|isto é|os demais|as demais|o resto|os outros|as outras|o mesmo|a mesma|os mesmos|as mesmas|aí|nesse caso|neste caso|dessa forma|desta forma|deste modo|desse modo|com isso|por isso|a isso|para isso|disso|nisso|disto|nisto|após isso|(?:o|a) (?:primeiro|primeira|segundo|segunda|terceiro|terceira|último|última) (?:é|será|foi|tem|terá|se)',
  it: "alcuni di essi|alcune di esse|alcuni di loro|molti di loro|molti di essi|la maggior parte di essi|in breve|insomma|in sintesi|in poche parole|riassumendo|in sostanza|ecco|poi|dopo,|allora|invece|d'altra parte|d’altra parte|dall'altra parte|dall’altra parte|per contro|a sua volta|allo stesso modo|analogamente|di conseguenza|pertanto|comunque|eppure|ciononostante|più tardi|successivamente|in seguito|precedentemente|da allora|cioè|ovvero|in altre parole|gli altri|le altre|il resto|lo stesso|la stessa|gli stessi|le stesse|per questo|in questo modo|in tal modo|così|anzi|oltre a ciò|a questo|con questo|dopo questo|per ciò|(?:il|la) (?:primo|prima|secondo|seconda|terzo|terza|ultimo|ultima) (?:è|sarà|era|ha|si)",
  nl: 'sommige daarvan|sommigen van hen|veel daarvan|velen van hen|de meeste daarvan|kortom|samengevat|in het kort|hier is|hier zijn|hier vind|verder|tevens|vervolgens|daarna|later,|eerder,|voorheen|sindsdien|ten eerste|ten tweede|ten slotte|tot slot|anders gezegd|met andere woorden|enerzijds|anderzijds|daarentegen|desondanks|niettemin|immers|evenzo|eveneens|de rest|de overige|de andere|dezelfde|hetzelfde|bijvoorbeeld|(?:de|het) (?:eerste|tweede|derde|laatste) (?:is|was|wordt|zal|heeft|vindt)|zo(?![’\u0027-]n)',
  ru: 'некоторые из них|многие из них|одни из них|большинство из них|часть из них|вкратце|короче говоря|короче,|одним словом|в двух словах|в общем,|итак|вот|затем|потом|после этого|далее|во-первых|во-вторых|в-третьих|с другой стороны|в свою очередь|аналогично|следовательно|тем самым|всё же|все же|впрочем|зато|позже|позднее|ранее|с тех пор|иными словами|другими словами|то есть|остальные|другие|тот же|та же|то же|те же|при этом|более того|к тому же|например|(?:первый|первая|второй|вторая|третий|третья|последний|последняя) (?:состоится|пройдёт|пройдет|будет|был|была|—)',
  uk: 'деякі з них|багато з них|одні з них|більшість з них|частина з них|коротко кажучи|коротше кажучи|одним словом|у двох словах|отже,|ось|потім|після цього|далі|по-перше|по-друге|з іншого боку|у свою чергу|отже|проте|втім|зате|пізніше|раніше|відтоді|тобто|іншими словами|решта|інші|той самий|та сама|ті самі|при цьому|крім того|більше того|до того ж|так само|наприклад',
  pl: 'niektóre z nich|niektórzy z nich|wiele z nich|większość z nich|część z nich|w skrócie|krótko mówiąc|podsumowując|słowem|oto|później|wcześniej|po pierwsze|po drugie|z drugiej strony|z kolei|podobnie|zatem|więc|mimo to|poza tym|ponadto|co więcej|oprócz tego|od tego czasu|czyli|innymi słowy|pozostałe|pozostali|inne|inni|ten sam|ta sama|to samo|ci sami|te same|przy tym|tam|stąd|dzięki temu|w ten sposób|na przykład|przykładowo',
  tr: 'bunlardan bazıları|bunların bazıları|bunların çoğu|kısacası|özetle|sözün kısası|kısaca|işte|İşte|ardından|sonra|daha sonra|sonrasında|ilk olarak|ikinci olarak|son olarak|öte yandan|diğer yandan|buna karşın|buna rağmen|bununla birlikte|bunun yerine|böylece|dolayısıyla|yani|başka bir deyişle|diğerleri|geri kalan|aynı şekilde|benzer şekilde|bunu|buna|bunda|bundan|bunun|onu|ona|onda|ondan|onun|böyle|örneğin|mesela',
  id: 'beberapa di antaranya|beberapa dari mereka|sebagian dari mereka|sebagian besar dari mereka|singkatnya|ringkasnya|intinya|berikut|kemudian|lalu|setelah itu|selanjutnya|pertama,|kedua,|di sisi lain|sebaliknya|demikian pula|begitu pula|oleh sebab itu|maka|jadi|dengan demikian|meskipun demikian|walaupun begitu|sebelumnya|sejak itu|sejak saat itu|dengan kata lain|yaitu|yakni|sisanya|yang lain|lainnya|hal ini|hal tersebut|tersebut|di sana|di sini|misalnya|contohnya|sebagai contoh',
  ar: 'باختصار|خلاصة القول|إليك|إليكم|وإليك|وإليكم|ثم|بعد ذلك|وبعد ذلك|من ناحية أخرى|في المقابل|بالمقابل|بدلا من ذلك|بدلًا من ذلك|بالتالي|وبالتالي|إذن|رغم ذلك|على الرغم من ذلك|لاحقا|لاحقًا|سابقا|سابقًا|منذ ذلك الحين|بعبارة أخرى|كذلك|وكذلك|الباقي|الآخرون|وهو|وهي|وهم|فهو|فهي|إنه|إنها|على سبيل المثال|مثلا|مثلًا',
  fa: 'به طور خلاصه|به‌طور خلاصه|خلاصه اینکه|در یک کلام|در اینجا|سپس|بعد از آن|پس از آن|از سوی دیگر|از طرف دیگر|در مقابل|به جای آن|با این حال|با این وجود|بعدا|بعداً|قبلا|قبلاً|از آن زمان|به عبارت دیگر|یعنی|بقیه|دیگران|چنین|اینجا|آنجا|برای مثال|به عنوان مثال|مثلا|مثلاً',
  he: 'בקיצור|לסיכום|הנה|אחר כך|לאחר מכן|בהמשך|ראשית|שנית|מצד שני|מנגד|לעומת זאת|במקום זאת|לפיכך|על כן|אם כן|אף על פי כן|למרות זאת|בכל זאת|מאוחר יותר|קודם לכן|במילים אחרות|כלומר|השאר|האחרים|כאן|לדוגמה|למשל',
  hi: 'संक्षेप में|कुल मिलाकर|यह रहा|ये रहे|ये हैं|फिर|इसके बाद|उसके बाद|बाद में|दूसरी ओर|दूसरी तरफ|इसके विपरीत|इसके बजाय|अतः|फिर भी|तथापि|तब से|दूसरे शब्दों में|यानी|अर्थात|बाकी|वहाँ|वहां|यहाँ|यहां|उन्हें|उन्होंने|इन्हें|इन्होंने|इससे|उससे|उदाहरण के लिए|उदाहरण के तौर पर',
};
/**
 * «Of course…», «Natürlich…», «Bien sûr…»: the sentence concedes what follows from something said before it, which
 * the post does not show (dev13: xHain's «Natürlich machen wir uns nun schon eine Weile Gedanken…» led its post,
 * 2/10, "hook out of context"). A word that is also «clear» or «sure» counts only with its comma.
 */
const CONCEDES: Record<string, string> = {
  en: 'of course|naturally,|obviously,',
  fr: 'bien sûr|bien entendu|évidemment|naturellement',
  de: 'natürlich|selbstverständlich|selbstredend|freilich',
  es: 'por supuesto|desde luego|claro,|naturalmente,|obviamente,',
  pt: 'claro,|é claro|naturalmente,|obviamente,|com certeza,',
  it: 'naturalmente|ovviamente|certo,|certamente,',
  nl: 'natuurlijk|uiteraard|vanzelfsprekend',
  ru: 'конечно|разумеется|естественно,',
  uk: 'звісно|звичайно,|звичайно ж|зрозуміло,|природно,',
  pl: 'oczywiście|naturalnie,|rzecz jasna',
  cs: 'samozřejmě|přirozeně,',
  sk: 'samozrejme|prirodzene,',
  sv: 'naturligtvis|självklart|givetvis',
  da: 'selvfølgelig|naturligvis',
  nb: 'selvfølgelig|naturligvis',
  fi: 'tietenkin|tietysti|luonnollisesti,',
  hu: 'természetesen|persze',
  el: 'φυσικά|βεβαίως|βέβαια',
  tr: 'elbette|tabii ki|tabii',
  id: 'tentu saja|tentunya|tentu,',
  vi: 'tất nhiên|dĩ nhiên|đương nhiên',
  hi: 'बेशक|ज़ाहिर है|जाहिर है|स्वाभाविक रूप से',
  ar: 'بالطبع|طبعا|طبعًا|بطبيعة الحال',
  fa: 'البته|طبیعتا|طبیعتاً|بدیهی است',
  he: 'כמובן|באופן טבעי',
};

/**
 * «The first part…», «Der zweite Teil…», «بخش اول…»: one part of a whole the sentence before divided («Middleware
 * usually has two parts:»), which the post does not show (dev13: Gin's Persian middleware guide led with «بخش اول یک
 * بار اجرا می‌شود…», "the first part runs once…", 5/10, "hook out of context"). A part «of» something named right
 * there («The first part of the migration…») names its whole. Not a step: «La première étape consiste à installer
 * Rust.» opens a procedure, and needs nothing before it (dev7).
 */
const PART_OF_WHOLE: Record<string, string> = {
  en: 'the (?:first|second|third|last|final|other) (?:part|half)(?!\\s+of(?![\\p{L}]))',
  fr: "la (?:première|deuxième|seconde|troisième|dernière|autre) (?:partie|moitié)(?!\\s+(?:de|du|des|d['’]))",
  de: '(?:der|die|das) (?:erste|zweite|dritte|letzte|andere) (?:teil|hälfte)(?!\\s+(?:des|der|von)(?![\\p{L}]))',
  es: 'la (?:primera|segunda|tercera|última|otra) (?:parte|mitad)(?!\\s+(?:de|del)(?![\\p{L}]))',
  pt: 'a (?:primeira|segunda|terceira|última|outra) (?:parte|metade)(?!\\s+(?:de|do|da|dos|das)(?![\\p{L}]))',
  it: "la (?:prima|seconda|terza|ultima|altra) (?:parte|metà)(?!\\s+(?:di|del|della|dei|delle|dell['’]))",
  nl: 'het (?:eerste|tweede|derde|laatste|andere) (?:deel|gedeelte)(?!\\s+van(?![\\p{L}]))',
  ru: '(?:первая|вторая|третья|последняя|другая) (?:часть|половина)',
  uk: '(?:перша|друга|третя|остання|інша) (?:частина|половина)',
  pl: '(?:pierwsza|druga|trzecia|ostatnia) (?:część|połowa)',
  tr: '(?:ilk|birinci|ikinci|üçüncü|son) (?:kısım|bölüm|yarı)',
  id: 'bagian (?:pertama|kedua|ketiga|terakhir)(?!\\s+dari(?![\\p{L}]))',
  ar: '(?:الجزء|القسم) (?:الأول|الثاني|الثالث|الأخير)',
  fa: '(?:بخش|قسمت) (?:اول|دوم|سوم|آخر)',
  he: 'החלק (?:הראשון|השני|השלישי|האחרון)',
  hi: '(?:पहला|दूसरा|तीसरा|अंतिम) (?:भाग|हिस्सा)',
};

/** German and Dutch pronominal adverbs («Dadurch», «Hierfür», «Daarmee», «Hiervoor») point back at what was said. */
const PRONOMINAL_ADVERB: Record<string, string> = {
  de: '(?:da|dar|hier)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)',
  nl: '(?:daar|hier|er)(?:aan|achter|bij|binnen|boven|buiten|door|in|langs|mee|na|naar|naast|om|onder|op|over|tegen|toe|tussen|uit|van|voor|zonder)',
};

/** Unspaced scripts: openers are prefixes, not words. */
const LEANING_PREFIX: Record<string, string> = {
  // Then the connectives of CONTINUING, and Japanese «同社», «同氏» (the company, the person named before).
  ja: '後に|のちに|そのうち|その中には|結果として|その結果|要するに|要約すると|まとめると|一言で言えば|簡単に言えば|以下が|以下は|これ|この|それ|その|あれ|あの|こちら|そこ|ここ|しかし|また|さらに|そして|なお|ただし|でも|だから|つまり|そのため|本記事|この記事|実際には|次に|まず|第一に|第二に|一方|他方|逆に|代わりに|したがって|従って|よって|ところが|ところで|それから|さて|加えて|同様に|同じく|前述|先述|すなわち|言い換えれば|残りの|他の|ほかの|彼|当時|こうした|こうして|そうした|同社|同氏|同団体|同プロジェクト|例えば|たとえば|実は|もちろん',
  zh: '总之|總之|简而言之|簡而言之|总而言之|總而言之|总的来说|總的來說|一句话|一句話|以下是|下面是|这|這|那|它|他们|他們|她|他|其|此|但是|但|此外|而且|另外|因此|所以|同时|同時|本文|这篇|這篇|实际上|實際上|在实践中|在實踐中|然后|然後|接着|接著|随后|隨後|之后，|之後，|之后,|之後,|首先|其次|另一方面|相反|反之|因而|于是|於是|然而|不过|不過|尽管如此|儘管如此|即便如此|后来|後來|从那时起|從那時起|从那以后|從那以後|自那以后|自那以後|自那时起|自那時起|之前，|之前,|以前，|以前,|此前，|此前,|先前，|先前,|换句话说|換句話說|也就是说|也就是說|其余|其餘|同样|同樣|上述|前者|后者|後者|对此|對此|为此|為此|由此|例如|比如|譬如|事实上|事實上|除此以外|除此之外|由于以上|由於以上|基于以上|基於以上|当时|當時|当然',
  ko: '몇몇은|그중 일부|그 중 일부|요약하면|요컨대|한마디로|결론적으로|간단히 말해|다음은|아래는|이 |이것|이번|그 |그것|그러나|또한|하지만|그리고|따라서|이는|이를|그는|그녀는|실제로는|그다음|그 다음|다음으로|그러고 나서|그러고나서|그런 다음|그런 뒤|그 뒤|그러면|이어서|두 번째로|먼저|우선 |우선,|첫째|둘째|반면|한편|대신|그래서|그러므로|그럼에도|그런데|게다가|더욱이|마찬가지로|이후|그 후|그후|즉 |즉,|다시 말해|나머지|다른 |같은 |이처럼|이렇게|그렇게|여기서|거기서|예를 들어|예를 들면|한 예로|이러한|이런 |그러한|그런 |이곳|당시|물론',
  th: 'นี่|นี้|มัน|พวกเขา|แต่|นอกจากนี้|ดังนั้น',
};

/**
 * The article speaking of itself: a sentence about «this post» is about the page, not the news. So is one about a
 * section of it («本节介绍 HAMi v2.8.0 的核心特性与能力更新…», «In this section…»: dev14, HAMi's, under its heading,
 * followed the title and pointed at a section the post does not show) or about the video the page carries («As with
 * previous releases, we created a video that introduces the main changes.», dev10: Strimzi 1.2.0's).
 */
const SELF_REFERENCE =
  /\b(?:this|the following|today's|in this|our) (?:post|article|blog post|write-up|piece|blog)\b|\b(?:in )?this section\b|\b(?:dans )?cette section\b|\b(?:in )?diese[mnrs]? abschnitt|\b(?:en )?esta sección\b|\b(?:nesta|esta) seção\b|\b(?:in )?questa sezione\b|\b(?:in )?deze sectie\b|\bwe(?:['’]ve| have)? (?:created|made|recorded|prepared|put together|produced) (?:a|this) (?:video|screencast)\b|本节(?!点)|本節(?!點)|这一节|這一節|この節|このセクション|\b(?:cet|ce|le présent) (?:article|billet|post)\b|\b(?:diese[mnrs]?|dieser) (?:beitrag|artikel|blogpost|post)|\b(?:este|esta|el presente) (?:artículo|post|entrada|publicación)\b|\b(?:neste|este|esta) (?:artigo|post|texto)\b|\b(?:questo|questa) (?:articolo|post)\b|\b(?:dit|deze) (?:artikel|bericht|blog)\b|本文|本篇|这篇文章|這篇文章|この記事|本記事|本稿|이 글|이번 글/iu;

/**
 * A sentence that points at a link («Read the release notes», «请阅读…») or at a part of the page («Jump to the
 * deployment section…», «Salta a sección despliegue…», «Passez à la section…»): a docs page's own navigation,
 * which assumes the page around it (dev4: Hexo's Spanish GitHub Pages guide, 3/10, "hook out of context").
 */
const NAVIGATION =
  /^(?:please\s+)?(?:read|see|visit|check out|head (?:over )?to|go to|jump to|skip to|skip ahead to|salta a|saltar a|passez à|allez à|springe zu|springen sie zu|spring zu|pule para|salte para|vai alla|salta alla|ga naar|spring naar|przejdź do|перейти к|click|follow|find|learn more|more (?:info|information|details)|for (?:more|further|full|the full|details)|details|you can (?:read|find|see|learn|download|get|watch)|take a look|have a look|lisez|lire|consultez|voir|voyez|rendez-vous|cliquez|retrouvez|découvrez|plus d.informations|pour en savoir plus|pour plus de|lesen sie|siehe|besuchen sie|klicken sie|mehr (?:dazu|infos|informationen)|weitere informationen|alle details|lea|lee|consulta|consulte|visita|visite|haz clic|más información|para más|puedes (?:leer|encontrar|ver)|leia|veja|clique|mais informações|para mais|saiba mais|confira|leggi|visita|clicca|per (?:maggiori|ulteriori) informazioni|scopri|lees|bekijk|bezoek|klik|meer informatie|zie|читайте|подробнее|см\.|посетите|перейдите|czytaj|zobacz|więcej informacji)\b/iu;
const NAVIGATION_UNSPACED =
  /^(?:请|請)?(?:阅读|閱讀|参阅|參閱|访问|訪問|查看|参见|參見|详见|詳見|点击|點擊|更多信息|更多資訊|详情|詳情)|詳しくは|詳細は|をご覧ください|ご覧下さい|を参照|をお読みください|자세한 내용은|참고하세요|확인하세요|방문하세요/u;
/** What navigation points at: a sentence starting like navigation but without any of these is kept. */
const POINTED_AT =
  /\b(?:page|notes|post|blog|link|links|here|site|website|docs|documentation|announcement|details|article|information|changelog|guide|below|above|faq|repository|repo|issue|tracker|thread|ici|page|hier|seite|aquí|página|aqui|qui|pagina|hier|здесь|страниц|strona|tutaj|section|sección|seção|secção|abschnitt|sezione|sectie|sekcj|chapter|chapitre|capítulo|kapitel|capitolo)\w*/iu;

const leaningPattern = perLanguage((base): RegExp | null => {
  const words = [LEANING[base], CONTINUING[base], PRONOMINAL_ADVERB[base], CONCEDES[base], PART_OF_WHOLE[base]]
    .filter(Boolean)
    .join('|');
  const prefix = LEANING_PREFIX[base];
  const quote = `^[\\s«“"„'(¿¡]*`;
  if (words) return new RegExp(`${quote}(?:${words})(?=[\\s,;:.!?’'،]|$)`, 'iu');
  return prefix ? new RegExp(`${quote}(?:${prefix})`, 'u') : null;
});

/**
 * «This week», «These days», «This past Monday»: a demonstrative before a word of time points at the calendar,
 * not at an earlier sentence («This past Monday, we celebrated the 16th anniversary…» stands on its own).
 */
const POINTS_AT_TIME =
  /^[\s«“"„'(]*(?:this|these|that) (?:past |coming |last |next )?(?:week|weekend|month|year|morning|afternoon|evening|spring|summer|fall|autumn|winter|quarter|release cycle|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)s?\b/iu;
/** «Those who registered…», «Those interested…»: the people the sentence names next, not earlier ones. */
const THOSE_WHO = /^[\s«“"„'(]*those (?:who|whose|interested|wishing|looking)\b/iu;
/**
 * A pointing word after a short preposition or a participle leans too: «In aid of this, …», «Because of these, …»,
 * «For these reasons, …», «Besides that, …», «Recognizing this, …», «Drawing from that experience, …» (English,
 * where these were seen; other languages' lists only match the start).
 */
const LEANING_PHRASE =
  /^[\s«“"„'(]*(?:in|for|because|due|despite|as|on|after|before|besides|given|beyond|apart|with|like|unlike|thanks|according|\p{L}+ing)(?:\s+\p{L}+){0,2}\s+(?:this|these|that|those|it|them)(?:\s+\p{L}+)?\s*,/iu;

/**
 * A connective that only links the sentence to the one before, before a clause of its own: a contrast set off by a
 * comma («However, the Podman team has set up a COPR… so that you can still install Podman…», dev9: Podman 4's
 * workaround, refused for it), a consequence in Korean («그래서 오늘(2020-10-10) webpack 5.0.0이 릴리스했지만…»,
 * «따라서 webpack 5는…», dev11: webpack 5's release, led by webpack 4's instead). Without it the clause says the
 * same; unlike a pointing phrase, it leaves nothing unsaid that the clause needs.
 */
const CONNECTIVE_ONLY: Record<string, RegExp> = {
  en: /^[\s«“"„'(]*(?:however|nevertheless|nonetheless),\s*(?=\p{L})/iu,
  ko: /^(?:그래서|따라서|그러므로)\s+(?=\S)/u,
};

/** The sentence without a connective that only links it to the one before (see CONNECTIVE_ONLY). Else the sentence. */
export function withoutConnective(sentence: string, lang: string): string {
  const m = CONNECTIVE_ONLY[baseLang(lang)]?.exec(sentence);
  if (m === undefined || m === null) return sentence;
  const rest = sentence.slice(m[0].length);
  return `${rest.charAt(0).toLocaleUpperCase(lang)}${rest.slice(1)}`;
}

/**
 * The sentence without a pointing phrase that opens it (LEANING_PHRASE: «Recognizing this, the Prometheus team
 * established a Working Group…»): what follows the comma is a clause with its own subject, and an editor keeps it
 * (dev: Prometheus's new UX working group, whose founding sentence was refused for its «Recognizing this,»; the post
 * followed the title with «Prometheus has always prioritized…», «hook out of context»). English, like the phrase.
 */
export function withoutLeaningPhrase(sentence: string, lang: string): string {
  if (baseLang(lang) !== 'en') return sentence;
  const m = LEANING_PHRASE.exec(sentence);
  if (m === null) return sentence;
  const rest = sentence.slice(m[0].length).trimStart();
  return `${rest.charAt(0).toLocaleUpperCase('en')}${rest.slice(1)}`;
}

/**
 * «these» and «those» point back wherever they stand («The voting PR for these updates…», «…highlighted several
 * of these issues»), except «these days» and «those who/that/of…» (English).
 */
const POINTS_BACK =
  /\b(?:these(?! days\b)|those(?! (?:who|that|which|of|with|in|whose|interested|wishing|looking)\b))\b/iu;
/** What POINTS_BACK needs: a pattern opening on «\b» is tried at every character, this one is not. */
const POINTS_BACK_HINT = /th[eo]se/iu;

/**
 * «After rebooting into the new snapshot, your system should…», «Once installed, you…», «Après avoir redémarré,
 * votre système…»: the outcome of a step addressed to the reader, after a step the post does not show (dev4:
 * openSUSE's signing key, «hook out of context ('new snapshot' unexplained)»; the article's instruction, «…you can
 * refresh the repository metadata…», is the hook). Only with the reader after the comma: «After learning from our
 * problems…, we looked…» tells a story. English and French, where the shape was seen.
 */
const AFTER_STEP =
  /^[\s«“"„'(]*(?:(?:after|once) (?:\p{L}+ing|\p{L}+ed)(?![\p{L}])|après (?:avoir|être) \p{L}+)[^,.!?]{0,80},\s*(?:you|your|vous|votre|vos|tu|ton|ta|tes)(?![\p{L}])/iu;

/** «6 ans plus tard», «Two years later», «Ein Jahr später»: later than what the sentence before told. */
const LATER =
  /^[\s«“"„'(]*(?:\p{N}+|\p{L}+) (?:years?|months?|weeks?|days?|ans?|années?|mois|semaines?|jours?|jahre?|monate?|wochen?|tage?|años?|meses?|semanas?|días?|anos?|dias?) (?:later|after|plus tard|après|später|danach|después|más tarde|depois|mais tarde)\b/iu;

/**
 * A connective inside the sentence, set off by commas («Over time, however, users have expressed…», «…, though.»,
 * «…, sin embargo, …», «…, однако, …»), or, in German, Dutch and Polish, which set none off, anywhere after the
 * first word («Das ist jedoch…», «Dit is echter…», «Nie jest to jednak…»): the sentence answers one the post
 * does not show, as when it opens on one (dev: «Over time, however, users have expressed a variety of
 * experience-related pain points.» passed, where «However, over time…» was refused). Also the Dutch and German
 * pronominal adverbs of «here» anywhere («Een mooi voorbeeld hiervan is…», «…hierfür…») and Dutch «diezelfde»
 * («that same»). Per language; a word that is also a conjunction («but», «aber», «mais») is left out.
 */
const SET_OFF: Record<string, string> = {
  en: 'however|therefore|nevertheless|nonetheless|moreover|furthermore|consequently|in turn|as a result|for example|for instance|in fact|in other words|likewise|similarly|instead|though|too',
  fr: "cependant|toutefois|pourtant|néanmoins|donc|en revanche|par conséquent|en effet|par exemple|de plus|d’ailleurs|d'ailleurs|quant à (?:lui|elle|eux)|elle aussi|lui aussi|eux aussi|non plus",
  es: 'sin embargo|no obstante|por lo tanto|por tanto|en cambio|además|por ejemplo|por su parte|a su vez|de hecho|asimismo|por consiguiente',
  pt: 'no entanto|porém|contudo|todavia|portanto|entretanto|por exemplo|por sua vez|além disso|de fato|aliás|por conseguinte',
  it: 'tuttavia|però|quindi|invece|comunque|pertanto|infatti|ad esempio|per esempio|inoltre|peraltro|a sua volta',
  ru: 'однако|поэтому|впрочем|тем не менее|всё же|все же|например|кроме того|к тому же|следовательно|в свою очередь',
  uk: 'однак|проте|тому|втім|наприклад|крім того|отже|у свою чергу',
  id: 'namun demikian|oleh karena itu|misalnya|sebagai contoh|dengan demikian',
  tr: 'ancak|örneğin|dolayısıyla|bu nedenle|yine de',
};
const ANYWHERE: Record<string, string> = {
  de: 'jedoch|allerdings|hingegen|dennoch|trotzdem|ebenfalls|zudem|außerdem|beispielsweise|hier(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu)',
  nl: 'echter|daarentegen|bovendien|immers|evenwel|eveneens|desondanks|diezelfde|datzelfde|hier(?:aan|bij|door|in|mee|na|naar|om|onder|op|over|uit|van|voor)',
  pl: 'jednak|natomiast|zatem|ponadto|z kolei|mimo to',
};
/**
 * Korean puts its subject first and the pronoun for what came before after it: «AWS는 이에 대응해…» ("AWS, in response
 * to this, …"), «Elastic은 이를 견제하기 위해…» (dev13: SK Telecom's Elasticsearch post, «hook out of context»). The
 * pronoun «이» with a particle, anywhere; not after a comma, where it sums up its own sentence's clause («…했고, 이를
 * 통해…»), as Chinese «，这是…» does (deixis.ts).
 */
const KOREAN_BACK = /(?<![,，])\s(?:이에|이를|이로|이로써|이와|이에게)(?![\p{L}])/u;

const setOffPattern = perLanguage((base): RegExp | null => {
  const commas = SET_OFF[base];
  const anywhere = ANYWHERE[base];
  // The comma first: a pattern opening on it is tried only where the sentence has one.
  if (commas) return new RegExp(`[,،]\\s*(?:${commas})(?:\\s*[,،]|[.!?]+["»”’)]*$)`, 'iu');
  return anywhere ? new RegExp(`\\s(?:${anywhere})(?![\\p{L}])`, 'iu') : null;
});

/**
 * A sentence that ends on a demonstrative pronoun («…because of that.», «Nobody wanted this.», «…à cause de
 * cela.», «…por eso.»): what it stands for came before (dev: «You might imagine that Babel became less relevant
 * because of that.» passed).
 */
const ENDS_ON: Record<string, string> = {
  en: 'this|that',
  fr: 'cela|ça|ceci',
  de: 'dies|das',
  es: 'esto|eso|ello',
  pt: 'isso|isto',
  it: 'ciò|questo',
  nl: 'dit|dat',
  ru: 'это|этого|этим',
  uk: 'це|цього|цим',
  pl: 'to|tego|tym',
  // Arabic writes the pronoun onto the preposition: «فيها» «in it», «منها», «عليها», «لها»…
  ar: '(?:في|من|على|عن|إلى|ل|ب)(?:ها|ه|هم|هن|هما)',
};
/**
 * A demonstrative that closes the sentence stands for what was said before it («…because of that.»). So does an
 * Arabic pronoun written onto a closing preposition, unless a relative clause gives it its noun in the sentence
 * («…للبرامج التي يشاركون فيها», «the programs they take part in»). Dev2: the author's summary «دليل للمبتدئين
 * والمحترفين حول كيفية المساهمة فيها» («a guide … on how to contribute to them») followed the title of
 * opensource.guide's Arabic page, its «فيها» pointing at the projects of the summary's first sentence: «awkward
 * pronoun». Personal pronouns of the other languages («…fix it.», «…in them.») were tried and left out: on dev
 * their noun was in the same sentence four times out of five («…send that comment with slurs in it.»).
 */
const endsOnPattern = perLanguage((base) => {
  const words = ENDS_ON[base];
  return words === undefined ? null : new RegExp(`\\s(?:${words})[.!?؟]+["»”’)]*$`, 'iu');
});
/** An Arabic relative pronoun: the closing pronoun after it is the relative clause's own. */
const ARABIC_RELATIVE =
  /(?<![\p{L}])(?:ال)?(?:تي|ذي|ذين|لتي|لذي|لذين|لواتي|لاتي)(?![\p{L}])|(?<![\p{L}])(?:التي|الذي|الذين|اللواتي|اللاتي|اللتان|اللذان)(?![\p{L}])/u;

function endsOnPronoun(sentence: string, lang: string): boolean {
  // Its last words only: a pattern anchored at the end is still tried at every space of the sentence.
  if (!(endsOnPattern(lang)?.test(sentence.slice(-16)) ?? false)) return false;
  return baseLang(lang) !== 'ar' || !ARABIC_RELATIVE.test(sentence);
}

/**
 * English «this» standing for a thing, not before one: before a verb, a preposition or a stop («We are doing
 * this to push…», «…and this is why…», «…we changed this.»). At the start of a sentence it is LEANING's.
 */
const THIS_PRONOUN =
  /\sthis(?:\s+(?:is|was|will|would|has|had|means|meant|to|in|for|with|and|or|by|because|can|could|should|may|might|also|at|on|from|as|makes|made|allows|lets|helps|gives|requires|way)(?![\p{L}-])|\s*[,;:!?])/iu;

/**
 * «such» before a noun, anywhere in the sentence («A list of such tools…», «Список таких инструментов…», «de tels
 * outils», «solche Werkzeuge», «tales herramientas»): the kind it names was described in the sentence before, which
 * the post does not show. Not «such as», «such a», «таких как», «tels que», «tales como», which name or stress
 * what follows. Dev2: «Список таких инструментов можно найти в разделе observability…» followed a Russian glossary
 * entry, «hook out of context».
 */
const SUCH: Record<string, string> = {
  en: '(?<!\\bas\\s)such(?!\\s+(?:as|a|an|that)(?![\\p{L}]))',
  fr: "(?:de |d’|d')?(?:tels|telles|tel|telle)(?!\\s+(?:que|qu’|qu'|quel|quels|quelle|quelles)(?![\\p{L}]))",
  de: 'solche[nmrs]?|derartige[nmrs]?|ebensolche[nmrs]?',
  es: 'tales(?!\\s+como(?![\\p{L}]))|dichos|dichas|semejantes',
  pt: 'tais(?!\\s+como(?![\\p{L}]))',
  it: 'tali(?!\\s+(?:come|da)(?![\\p{L}]))|siffatti|siffatte',
  nl: 'zulke|dergelijke|zulk',
  ru: '(?:таки[хемй]|такими|такое|такая|такую|такого|такому|такой)(?![\\s,]+как(?![\\p{L}]))',
  uk: '(?:таки[хм]|такими|такі|таке|така|такого|такому)(?![\\s,]+як(?![\\p{L}]))',
  pl: '(?:takich|takie|takimi|takiego|takiej|tego typu|tego rodzaju)(?![\\s,]+jak(?![\\p{L}]))',
  tr: 'bu tür|bu gibi|böyle|söz konusu',
  id: 'semacam itu|seperti itu|sejenis itu',
  ar: 'مثل هذه|مثل هذا|مثل تلك',
  fa: 'چنین|این‌گونه|اینگونه|این چنین',
  he: 'כאלה|כאלו|כזה|כזאת|כזו',
};
const SUCH_UNSPACED: Record<string, RegExp> = {
  ja: /(?:そのような|このような|こうした|そうした|こういった|そういった)/u,
  zh: /(?:这样的|這樣的|这类|這類|此类|此類|这种|這種)/u,
  ko: /(?:이러한|그러한|이런|그런)\s/u,
};
const ASIDE = /\([^()]*\)/gu;
const suchPattern = perLanguage((base): RegExp | null => {
  const unspaced = SUCH_UNSPACED[base];
  if (unspaced !== undefined) return unspaced;
  const words = SUCH[base];
  return words === undefined ? null : new RegExp(`(?<![\\p{L}\\p{M}’'])(?:${words})(?![\\p{L}\\p{M}])`, 'iu');
});

/**
 * A pointer at another page, per language, wherever it stands (FOUND_ON is the older, Western European one):
 * «…можно найти в разделе…», «si può trovare sul sito», «is te vinden op», «można znaleźć na stronie»,
 * «يمكن العثور على…», 「…で確認できます」, «可以在…找到». Dev2: «Список таких инструментов можно найти в разделе
 * observability на Cloud Native Landscape», a link's sentence, followed a glossary entry.
 */
const FOUND_ELSEWHERE: Record<string, RegExp> = {
  ru: /(?<![\p{L}])можно (?:найти|посмотреть|ознакомиться|прочитать|узнать)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])можна (?:знайти|переглянути|ознайомитися|прочитати|дізнатися)(?![\p{L}])/iu,
  pl: /(?<![\p{L}])można (?:znaleźć|zobaczyć|przeczytać|sprawdzić)(?![\p{L}])/iu,
  it: /(?<![\p{L}])(?:si (?:può|possono)|è possibile) (?:trovare|consultare|leggere)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:is|zijn) (?:hier |daar )?te (?:vinden|lezen|bekijken|raadplegen)(?![\p{L}])|(?<![\p{L}])vindt u (?:op|in|hier|onder)(?![\p{L}])/iu,
  tr: /(?:bulabilirsiniz|ulaşabilirsiniz|göz atabilirsiniz|inceleyebilirsiniz)(?![\p{L}])/iu,
  id: /(?<![\p{L}])(?:dapat|bisa) (?:ditemukan|dilihat|dibaca|diakses) (?:di|pada)(?![\p{L}])/iu,
  ar: /(?<![\p{L}])يمكن(?:ك|كم)? (?:العثور|الاطلاع|الاطّلاع|إيجاد|قراءة)(?![\p{L}])/u,
  fa: /(?:می‌توانید|میتوانید|می توانید)(?:[^.!?؟]{0,60})(?:پیدا کنید|مشاهده کنید|ببینید|بخوانید)/u,
  he: /(?<![\p{L}])(?:ניתן|אפשר) (?:למצוא|לקרוא|לראות|לעיין)(?![\p{L}])/u,
  hi: /(?:पाया|देखा|पढ़ा) जा सकता|(?:पा|देख|पढ़) सकते हैं/u,
  ja: /(?:で確認できます|でご覧いただけます|をご覧いただけます|で見ることができます|で入手できます)/u,
  zh: /(?:可以在|可在).{1,30}?(?:找到|查看|看到|查阅|查閱)/u,
  ko: /에서 (?:찾을|확인할|볼) 수 있/u,
};

/** A sentence that points at another page, in the languages FOUND_ON does not cover. */
function pointsAtAnotherPage(sentence: string, lang: string): boolean {
  return FOUND_ELSEWHERE[baseLang(lang)]?.test(sentence) ?? false;
}

/**
 * A verb in the third person opening the sentence, its subject left out: the subject is the heading above it or
 * the sentence before («Adds support for…» under «### Faster builds», «Permite ejecutar…», «Bietet…»,
 * «Позволяет…»). Shown alone it says what something does without saying what. So does a copula that puts its
 * dropped subject among others, in the languages that drop it («Es uno de los eventos de críquet más concurridos…»
 * after «La Indian Premier League (IPL) es…»: dev2, «hook out of context ('Es uno' refers to unnamed IPL)»). «It works» does too
 * («Funciona tanto en repositorios privados como públicos.» after «…usaremos GitHub Actions para desplegar GitHub
 * Pages»: dev4, what works is in the sentence before). Verbs that describe a feature, per
 * language where the subject comes first (verb-final and verb-first languages are left out); German and Dutch put
 * a question's verb first, so a question is not judged here.
 */
const SUBJECTLESS: Record<string, string> = {
  en: 'adds|allows|brings|enables|fixes|improves|introduces|lets|offers|provides|removes|supports|includes|contains|requires|helps|ensures|handles|makes it',
  de: 'bietet|ermöglicht|erlaubt|verbessert|behebt|unterstützt|enthält|erfordert|liefert|verwendet|nutzt',
  fr: 'permet|ajoute|apporte|offre|fournit|améliore|corrige|supprime|prend en charge|inclut|contient|nécessite|requiert|propose|fonctionne|fonctionnent',
  es: 'permite|añade|agrega|ofrece|proporciona|corrige|elimina|incluye|contiene|requiere|aporta|admite|soporta|funciona|funcionan|(?:es|fue|era) (?:uno|una) de',
  pt: 'permite|adiciona|oferece|fornece|corrige|inclui|contém|requer|suporta|traz|funciona|funcionam|(?:é|foi|era) (?:um dos|uma das)',
  it: 'permette|aggiunge|offre|fornisce|corregge|rimuove|include|contiene|richiede|supporta|introduce|funziona|funzionano|(?:è|era) (?:uno dei|uno degli|una delle|tra i|tra le)|(?:è stato uno dei|è stata una delle)',
  nl: 'biedt|verbetert|verwijdert|ondersteunt|bevat|vereist|zorgt voor',
  pl: 'pozwala|umożliwia|dodaje|oferuje|zapewnia|poprawia|naprawia|usuwa|obsługuje|zawiera|wymaga',
  ru: 'позволяет|добавляет|предоставляет|предлагает|обеспечивает|улучшает|исправляет|удаляет|поддерживает|содержит|требует',
  uk: 'дозволяє|додає|надає|пропонує|забезпечує|покращує|виправляє|видаляє|підтримує|містить|вимагає',
  id: 'memungkinkan|menambahkan|menyediakan|menawarkan|meningkatkan|memperbaiki|menghapus|mendukung|berisi|membutuhkan',
  ms: 'membolehkan|menambah|menyediakan|menawarkan|meningkatkan|membaiki|menyokong',
};
const subjectlessPattern = perLanguage((base): RegExp | null => {
  const verbs = SUBJECTLESS[base];
  return verbs === undefined ? null : new RegExp(`^[\\s«“"„'(]*(?:${verbs})(?=\\s)`, 'iu');
});
const ASKS = /[?？؟]["»”’)\]」』）]*\s*$/u;

function opensWithoutSubject(sentence: string, lang: string): boolean {
  return !ASKS.test(sentence) && (subjectlessPattern(lang)?.test(sentence) ?? false);
}

/**
 * The sentence leans on one before it (a connective or a word pointing back): shown alone, it answers nothing.
 * `subjectNamed`: the title named the subject the sentence opened on («This release contains…» under a release's
 * title, read as «contains…»), so its verb has one.
 */
export function leansOnAntecedent(sentence: string, lang: string, subjectNamed = false): boolean {
  if (LATER.test(sentence) || AFTER_STEP.test(sentence) || announcesWhatFollows(sentence)) return true;
  if (baseLang(lang) === 'en') {
    if (LEANING_PHRASE.test(sentence) || (POINTS_BACK_HINT.test(sentence) && POINTS_BACK.test(sentence))) return true;
    if (THIS_HINT.test(sentence) && THIS_PRONOUN.test(sentence)) return true;
    if (DOES_THAT.test(sentence)) return true;
    if (POINTS_AT_TIME.test(sentence) || THOSE_WHO.test(sentence)) return false;
  }
  if (endsOnPronoun(sentence, lang) || (setOffPattern(lang)?.test(sentence) ?? false)) return true;
  if (baseLang(lang) === 'ko' && KOREAN_BACK.test(sentence)) return true;
  // «(oder solche mit …)»: an aside names its own noun's kind.
  if (suchPattern(lang)?.test(sentence.includes('(') ? sentence.replace(ASIDE, '') : sentence)) return true;
  if (!subjectNamed && opensWithoutSubject(sentence, lang)) return true;
  if (
    (baseLang(lang) === 'hi' && CUT_BEFORE_AND.test(sentence)) ||
    opensWithRelative(sentence, lang) ||
    (subordinatePronounPattern(lang)?.test(sentence) ?? false)
  )
    return true;
  return leaningPattern(lang)?.test(sentence) ?? false;
}
/**
 * A sentence that closes on a pointer at what follows («The winners are as follows:», «Les dates sont les
 * suivantes :», «Die Termine lauten wie folgt:», «立ち上げ当初の記事は以下になります。», «主要更新如下：») announces a
 * list, a link, a quote or a table the post does not carry («…言葉を引用いたします。») (dev14: vim-jp's «vim-jp 立ち上げ当初の記事は以下になります。», 5/10,
 * "hook out of context; «以下になります» points to a missing list"). The pointer must end the sentence: «below» or
 * 「以下」 inside it («5歳以下», «below zero») measures. Chinese bare 「以下」 is «under» too, so only 「如下」 there.
 */
const ANNOUNCES_WHAT_FOLLOWS =
  /(?:(?<![\p{L}])(?:as follows|the following|(?:listed|shown|found|see|are|is) below|wie folgt|(?:sind|lauten) (?:die )?folgenden?|(?:sont|est) (?:les |la |le )?suivante?s?|ci-dessous|(?:son|es) (?:los |las |el |la )?siguientes?|a continuación|(?:são|é) (?:os |as |o |a )?seguintes?|abaixo|a seguir|sono (?:i |le )?seguenti|di seguito|следующ(?:ие|ее|им образом)|нижче|ниже)|以下(?:に(?:なります|なる)|の(?:通り|とおり)(?:です|になります)?|です|をご覧ください)|次の(?:通り|とおり)(?:です)?|下記(?:になります|の(?:通り|とおり)です|をご覧ください)|を引用(?:いた)?します|如下|下面(?:是|列出)?)\s*[.:：。!！]?[\s"»”」』)]*$/iu;

/** What may follow the phrase: spaces, a stop or a colon, closing quotes and brackets. */
const AFTER_ANNOUNCE = /[\s"»”」』).:：。!！]/u;

/**
 * `ANNOUNCES_WHAT_FOLLOWS` on the sentence's end only: anchored at the end alone, the pattern is tried at every
 * offset of the sentence. The phrase ends on a letter, right before the trailing run of what may follow it, and is
 * shorter than 40 code units; the slice keeps a character before it for the lookbehind.
 */
function announcesWhatFollows(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && AFTER_ANNOUNCE.test(sentence[end - 1] as string)) end--;
  return ANNOUNCES_WHAT_FOLLOWS.test(end > 64 ? sentence.slice(end - 64) : sentence);
}
/**
 * A relative pronoun opening the sentence («Which…», «dont…», «который…», «जो…»): a clause cut from the sentence
 * before it, whose noun it stands for (dev7: «जो पारंपरिक NLP मॉडल … को कवर करता है, जो…», "which covers…", led
 * Hugging Face's Hindi course introduction, 2/10, "broken text (starts mid-sentence)"). A question is not judged
 * here («Который час?»). Hindi opens a sentence on «जो» when a correlative answers it later («जो लोग…, वे…»,
 * "those who…, they…"): only without one is it a cut clause. Per language; German «welche» also opens an indirect
 * question as a subject and is left out, and Spanish «lo que» («what») too.
 */
const RELATIVE: Record<string, string> = {
  en: 'whose|whom|wherein|whereby',
  fr: 'qui|dont|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|auxquelles|duquel|desquels|desquelles',
  es: 'cuyo|cuya|cuyos|cuyas|el cual|la cual|lo cual',
  pt: 'cujo|cuja|cujos|cujas|o qual|a qual|os quais|as quais',
  it: 'il quale|la quale|i quali|le quali|cui',
  ru: 'котор\\p{L}+',
  uk: 'котр\\p{L}+|як(?:ий|а|е|і|ого|ому|ої|их|ими)',
  pl: 'któr\\p{L}+',
  hi: 'जो|जिस|जिसे|जिसमें|जिसके|जिसकी|जिसका|जिन्हें|जिनके|जिनकी|जिनका|जिनमें|जिन',
};
const relativePattern = perLanguage((base): RegExp | null => {
  const words = RELATIVE[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(]*(?:${words})(?![\\p{L}\\p{M}])`, 'iu');
});
/** A Hindi correlative that answers an opening «जो» («जो लोग…, वे…»). */
const HINDI_CORRELATIVE = /(?<![\p{L}\p{M}])(?:वह|वे|वो|उस|उसे|उन|उन्हें|उसका|उसकी|उसके|उनका|उनकी|उनके)(?![\p{L}\p{M}])/u;

function opensWithRelative(sentence: string, lang: string): boolean {
  const m = relativePattern(lang)?.exec(sentence);
  if (m === null || m === undefined || ASKS.test(sentence)) return false;
  return baseLang(lang) !== 'hi' || !HINDI_CORRELATIVE.test(sentence.slice(m[0].length));
}

/**
 * A subordinating conjunction before a pronoun subject («Although it…», «Because they…», «Mặc dù nó…», «Bien
 * qu'il…», «Aunque esto…», «Хотя он…»): the conjunction only hid the pronoun from the start of the sentence, and it
 * still stands for what the sentence before named (dev5: «Mặc dù nó sẽ trì hoãn bạn…», "although it will delay
 * you…", followed LearnOSM's Vietnamese humanitarian mapping page, 4/10, "hook out of context"). Only personal and
 * demonstrative pronouns count after it: «When there is…» and «If you…» name no one before. German is left out: its
 * «es» is often the empty subject («Obwohl es viele Optionen gibt…»).
 */
const SUBORDINATOR: Record<string, string> = {
  en: 'although|though|even though|while|whereas|because|since|when|whenever|if|unless|once',
  fr: "bien qu['’]?|quoiqu['’]?|parce qu['’]?|puisqu['’]?|lorsqu['’]?|quand|si|s['’]|même si|alors qu['’]?|tandis qu['’]?",
  es: 'aunque|porque|ya que|cuando|si|mientras|puesto que',
  pt: 'embora|porque|quando|se|enquanto|já que',
  it: 'sebbene|benché|anche se|perché|quando|se|mentre',
  ru: 'хотя|потому что|так как|когда|если|поскольку',
  uk: 'хоча|тому що|оскільки|коли|якщо',
  vi: 'mặc dù|dù|tuy|bởi vì|vì|khi|nếu',
  id: 'meskipun|walaupun|karena|ketika|jika|kalau',
};
const SUBJECT_PRONOUN: Record<string, string> = {
  en: 'it|its|they|their|them|he|she|his|her|this|these|that|those',
  fr: 'il|elle|ils|elles|ce|cela|ceci|ça|celui-ci|celle-ci',
  es: 'él|ella|ellos|ellas|esto|eso|este|esta|estos|estas|ese|esa',
  pt: 'ele|ela|eles|elas|isso|isto|este|esta|esse|essa',
  it: 'esso|essa|lui|lei|loro|questo|questa|ciò',
  ru: 'он|она|оно|они|это|этот|эта|эти|его|её|их',
  uk: 'він|вона|воно|вони|це|цей|ця|ці',
  vi: 'nó|họ|điều này|điều đó|cái này|cái đó',
  id: 'ini|itu|dia|ia|mereka',
};
const subordinatePronounPattern = perLanguage((base): RegExp | null => {
  const conjunctions = SUBORDINATOR[base];
  const pronouns = SUBJECT_PRONOUN[base];
  if (conjunctions === undefined || pronouns === undefined) return null;
  return new RegExp(
    `^[\\s«“"„'(]*(?:${conjunctions})(?:[\\s,]+|(?<=['’]))(?:${pronouns})(?![\\p{L}\\p{M}\\p{N}-])`,
    'iu',
  );
});

/**
 * A Hindi sentence that opens on a postposition's phrase, a comma and «और» («डेटासेट पर, और हब पर अपने परिणाम साझा
 * करें!», "on the dataset, and share your results on the Hub!»): the tail of a sentence the full stop cut, whose verb
 * is in the one before (dev7: Hugging Face's Hindi course introduction). Two words at most before the comma. (Tried
 * in every language with its «and», it also refused «The "Web", and the HTTP protocol…», a whole sentence.)
 */
const CUT_BEFORE_AND = /^[\s«“"„'(]*(?:[^\s,]+\s)?(?:पर|में|से|को|तक|के लिए)\s*,\s*और\s/u;

/** What THIS_PRONOUN needs. */
const THIS_HINT = /this/iu;
/**
 * «…to do that intentionally», «…did this»: the deed the verb stands for was told before (English). Without the
 * subject «This release» the rest of «This release makes it easier to do that intentionally» is judged, and its
 * «that» points back.
 */
// A literal space first and no case folding: the pattern is scanned for quickly in every English sentence.
const DOES_THAT = / d(?:o|oes|id|oing|one) th(?:at|is)(?![\p{L}-])/u;

/**
 * Sentences every article of a kind carries, which say nothing of this one (docs/teasers.md, "Composing the
 * hook"): a CVE advisory's «The CVE project has assigned the name CVE-… to this issue», a guest post's «Our guest
 * post today comes from…», «This post was written by…», «Posted by…». A reader flags them as boilerplate.
 */
const BOILERPLATE =
  /\bhas assigned the name CVE-|\bassigned (?:the )?(?:identifier|id) CVE-|\bguest (?:post|article|blog post)\b|^(?:this (?:post|article) (?:was|is) )?(?:written|posted|authored|contributed) by\b|^(?:thanks|thank you) to .{0,40} for (?:writing|contributing) this\b/iu;

/** A byline left in the text: «On May 3, 2023, written by Dan Abramov…», «كتبه …», «Écrit par …». */
const BYLINE =
  /\b(?:written|posted) by\b|\b(?:écrit|rédigé) par\b|\b(?:geschrieben|verfasst) von\b|\bescrito por\b|(?:^|[\s،,])(?:كتبه|بقلم)(?=[\s،,:]|$)/iu;

/**
 * What every phrase of BOILERPLATE and BYLINE contains: most sentences are ruled out without the two long
 * case-insensitive patterns, which cost more than all the other checks together (docs/teasers.md, "What the checks cost").
 * The verbs with their «by», «par», «von», «por»: those alone let through every sentence that says «used by».
 */
const BOILERPLATE_HINT =
  /cve-|guest|thank|(?:written|posted|authored|contributed) by|(?:écrit|rédigé) par|(?:geschrieben|verfasst) von|escrito por|كتبه|بقلم/iu;
/** For the test that holds BOILERPLATE_HINT to BOILERPLATE and BYLINE. */
export const BOILERPLATE_PATTERNS = { hint: BOILERPLATE_HINT, full: [BOILERPLATE, BYLINE] } as const;

/**
 * The page's licence, said to the reader («Puedes reutilizarla libremente bajo licencia CC by 4.0, solo tienes que
 * citarla.», «This work is licensed under CC BY-SA 4.0.»): a Creative Commons licence named beside a word of
 * licensing. Dev: it followed the title of MetaDocencia's commentary in an earlier round.
 */
const LICENCE_NOTE =
  /(?<![\p{L}])(?:licen[cs]\p{L}*|lizen\p{L}*|licença|licenza|licentie|licencj\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:CC[\s-]?BY|CC0|Creative Commons)|(?:CC[\s-]?BY|CC0|Creative Commons)[^.]{0,40}(?<![\p{L}])(?:licen[cs]\p{L}*|lizen\p{L}*|licença|licenza|licentie)/iu;
const LICENCE_HINT = /CC[\s-]?BY|CC0|Creative Commons/iu;

function isBoilerplate(sentence: string): boolean {
  if (LICENCE_HINT.test(sentence) && LICENCE_NOTE.test(sentence)) return true;
  return BOILERPLATE_HINT.test(sentence) && (BOILERPLATE.test(sentence) || BYLINE.test(sentence));
}

/** The sentence speaks of the article itself or only points at a link: not news. */
/** What every self-reference contains: most sentences are ruled out without the long pattern. */
const SELF_REFERENCE_HINT =
  /post|artic|artíc|artig|artik|beitrag|bericht|blog|billet|piece|write-up|entrada|publicac|texto|section|abschnitt|sección|seção|sezione|sectie|video|screencast|本|篇|記事|稿|글|节|節|セクション/iu;

/** «Read about his journey», «Learn how…», «Find out more»: an invitation to open the link, whatever follows. */
const READ_ABOUT =
  /^(?:please\s+)?(?:read|learn|find out|discover|découvrez|lisez|erfahren sie|descubre|descubra|scopri)\s+(?:about|more|how|why|what|all about|comment|pourquoi|mehr|wie|cómo|por qué|como|por que|come|perché)\b/iu;
/** What every mention of a blog post contains: most sentences are ruled out without the long pattern. */
const BLOG_HINT = /blog|блог|博客|ブログ|블로그/iu;
/** A sentence about another post of the blog («We published a blog post about…», «ein Blogbeitrag»). */
const OTHER_POST =
  /\bblog ?post|\bblogbeitrag|\bblogartikel|\bbillet de blog|\barticle de blog|\bentrada (?:de|del) blog|\bartículo (?:de|del) blog|\bpost (?:do|no|del) blog|\bartigo (?:do|no) blog|\barticolo (?:del|sul) blog|\bblogbericht|\bwpis (?:na )?blog|\bпост в блоге|\bзапис(?:і|ь)? в блозі|博客文章|ブログ記事|블로그 (?:글|게시물)/iu;

/**
 * «More details can be found on the governance page», «…est disponible sur la page…», «…finden Sie auf der
 * Seite…»: a pointer at another page, wherever it opens (NAVIGATION only matches an opening verb). Dev: «Additional
 * details can be found on the Tauri Governance page.»
 */
const FOUND_ON =
  /\b(?:can|may|will) be (?:found|read|seen|consulted|viewed) (?:on|at|in) (?:the|our|this)\b|\b(?:se trouve|se trouvent|sont disponibles|est disponible) sur (?:la|le|notre) (?:page|site)\b|\bfinden (?:Sie|sich) (?:auf|unter|in) (?:der|dem|unserer|unserem) (?:Seite|Website|Dokumentation)|\bse (?:puede|pueden) (?:encontrar|consultar) en (?:la|el|nuestra|nuestro) (?:página|sitio|documentación)|\b(?:pode|podem) ser (?:encontrad|consultad)\p{L}* (?:na|no|em)\b/iu;
const FOUND_HINT =
  / be (?:found|read|seen|consulted|viewed)|trouve|disponible|finden|encontrar|consultar|encontrad|consultad/iu;

function isMetaOrNavigation(sentence: string, lang: string): boolean {
  if (SELF_REFERENCE_HINT.test(sentence) && SELF_REFERENCE.test(sentence)) return true;
  if (FOUND_HINT.test(sentence) && FOUND_ON.test(sentence)) return true;
  if (pointsAtAnotherPage(sentence, lang)) return true;
  if (READ_ABOUT.test(sentence) || (BLOG_HINT.test(sentence) && OTHER_POST.test(sentence))) return true;
  if (NAVIGATION_UNSPACED.test(sentence)) return true;
  return NAVIGATION.test(sentence) && (POINTED_AT.test(sentence) || isShort(sentence));
}

/**
 * «Read the Event Recap.», «See the slides.»: an opening verb of navigation and at most five words is a link's
 * label left in the text, whatever it points at (dev2: «… during emergencies. Read the Event Recap.» closed a
 * digital.gov post, «dangling»).
 */
function isShort(sentence: string): boolean {
  return sentence.trim().split(/\s+/u).length <= 5;
}

/**
 * A sentence that opens with a label or a heading glued on («Note: …», «KV: …», «Current status: …», «Makers now
 * run in parallel: In Electron Forge 6, …», «Hinweis: …», «注意：…»): a line of the page's layout, not a sentence
 * of the article. A short head (five words at most) before a colon, then a new sentence (a capital, in scripts
 * with case); in scripts without case, a known label word or a head of two words at most.
 */
const LABEL_HEAD = /^[\s«“"„'(]*((?:[^:：.!?。！？]|\.(?=\S))[^:：!?。！？]{0,59}?)\s*(?::\s+|：\s*)(?=\S)/u;
/**
 * Labels that say «this is a note» (not «Tip:», «Warning:»): note-label.ts takes them off, since what follows is a
 * sentence of the article. Alternatives of a regular expression.
 */
export const NOTE_WORDS = String.raw`note|nb|n\.b\.?|update|updated|edit|important|remarque|mise à jour|hinweis|anmerkung|wichtig|nota|nota bene|aviso|actualización|importante|atualização|aggiornamento|opmerking|let op|uwaga|aktualizacja|примечание|обновление|важно|примітка|оновлення|not|güncelleme|önemli|catatan|pembaruan|penting|ملاحظة|تحديث|مهم|نکته|به‌روزرسانی|הערה|עדכון|חשוב|नोट|अपडेट|महत्वपूर्ण|注|注意|更新|重要|备注|備註|참고|업데이트|중요`;
/** Labels of a tip, a warning, an aside: with NOTE_WORDS, the words a label head may be. */
const OTHER_LABEL_WORDS =
  'notes|warning|caution|tip|hint|attention|avertissement|astuce|hinweise|anmerkungen|achtung|tipp|atención|consejo|atenção|dica|avviso|suggerimento|waarschuwing|wskazówka|внимание|совет|увага|порада|uyarı|ipucu|peringatan|تنبيه|تحذير|توجه|هشدار|שימו לב|אזהרה|ध्यान दें|चेतावनी|備考|ヒント|警告|注释|提示|주의|경고|팁';
const LABEL_WORDS = new RegExp(`^(?:${NOTE_WORDS}|${OTHER_LABEL_WORDS})$`, 'iu');
/** Copulas and auxiliaries: a head with one is a clause, not a label. */
const HEAD_VERB =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|be|will|can|est|sont|était|a|ont|sera|ist|sind|war|hat|haben|wird|es|son|era|fue|ha|han|está|están|é|são|foi|tem|è|sono|era|ha|hanno|zijn|was|heeft|hebben|wordt|jest|są|był|есть|был|было|є|був|dir|oldu|adalah|ialah)(?![\p{L}])/iu;
const STARTS_CAPITAL = /^[\s«“"„'(]*[\p{Lu}\p{N}]/u;
const HAS_CASE = /[\p{Lu}\p{Ll}]/u;
const UNCASED_LETTER = /^(?![\p{Lu}\p{Ll}])\p{L}/u;
const UNCASED_ANYWHERE = /(?![\p{Lu}\p{Ll}])\p{L}/u;

/**
 * A head in a script with case, and none of a script without, before text that opens in a script without case
 * («Reactivity: 버전 카운팅…»): a feature's name kept from the source over the article's own sentence.
 */
function casedOverUncased(head: string, rest: string): boolean {
  return HAS_CASE.test(head) && !UNCASED_ANYWHERE.test(head) && UNCASED_LETTER.test(rest);
}

/** «Note, however, …», «नोट, मगर, …»: a label word set off by a comma. */
const LABEL_COMMA = /^[\s«“"„'(]*([^\s,，،]+(?:\s[^\s,，،]+)?)\s*[,，،]/u;

/**
 * A line of a release's list of what it brings, without the feature's name set before a colon («Go 版本支持变化：Kitex
 * 最低声明 Go 版本调整至 Go1.20…» → «Kitex 最低声明…», «Generic calls: the v2 API supports…»): the statement after it is
 * whole, where the label alone is a heading. Else the line.
 */
export function withoutFeatureLabel(line: string, title = ''): string {
  if (!opensWithLabel(line, title)) return line;
  const m = LABEL_HEAD.exec(line);
  return m === null ? line : line.slice(m[0].length);
}

/**
 * A list line without its label, when the label is in a script with case and the sentence after it in one without
 * («Reactivity: 버전 카운팅·이중 연결 리스트로 구조를 재설계해…»): the feature's name kept from the source, in English, over
 * the article's own sentence (dev6: Vue's Korean release history pasted «Reactivity:» into the hook). The sentence is
 * the article's; a label in the sentence's own script is left to `standsAlone`, which refuses the line (taking such
 * labels off every list line of several sentences let 4 more dev posts swap their news for a line of a list: Tokio's «What: Two days of
 * talks…» over its «20 free tickets»). Else the line.
 */
export function withoutCasedLabel(line: string, title = ''): string {
  const m = LABEL_HEAD.exec(line);
  const head = m?.[1] ?? '';
  if (m === null || !casedOverUncased(head, line.slice(m[0].length))) return line;
  return withoutFeatureLabel(line, title);
}

export function opensWithLabel(sentence: string, title = ''): boolean {
  if (LABEL_WORDS.test(LABEL_COMMA.exec(sentence)?.[1] ?? '')) return true;
  const m = LABEL_HEAD.exec(sentence);
  if (m === null) return false;
  const head = (m[1] ?? '').trim();
  // The title's own head before its colon («AlmaLinux Day: Los Angeles will take place…» under «AlmaLinux Day: LA —
  // Venue Confirmed…») is a name, not a label (dev5: the event's date and registration were refused so).
  if (title !== '' && title.toLowerCase().startsWith(`${head.toLowerCase()}:`)) return false;
  const rest = sentence.slice(m[0].length);
  if (LABEL_WORDS.test(head)) return true;
  const words = head.split(/\s+/u).filter(Boolean).length;
  // «The explanation is simple: RAM is not…» is a sentence with a colon: its head has a verb. A date before the
  // colon («May 13, 2026: Let’s Encrypt will switch…») is when, not a label.
  if (HEAD_VERB.test(head) || /(?<!\p{N})(?:19|20)\d\d(?!\p{N})/u.test(head)) return false;
  // A Latin head before a sentence in a script without case is a label, a feature's name kept from the source
  // («Reactivity: 버전 카운팅·이중 연결 리스트로…», «Custom Element: …», dev6: Vue's Korean release list): the sentence has
  // no capital to open on.
  // A head with letters of that script is the sentence's own clause («长期以来，使用 webpack 的开发者饱受两个问题的困扰：…»).
  if (casedOverUncased(head, rest)) return words <= 3;
  if (HAS_CASE.test(rest.charAt(0)) || HAS_CASE.test(head)) {
    // «Babel 8.0.0-rc is also out today: go try it out!» goes on in lowercase: one sentence, not a label.
    return words <= 5 && STARTS_CAPITAL.test(rest) && rest.split(/\s+/u).length >= 3;
  }
  return words <= 2 && [...head].length <= 12;
}

/**
 * What is left where a link went («see here», «click here», «… finden Sie hier.», «(en idioma inglés, IRC, web)»
 * cleaned at intake aside), a pair of empty parentheses, a colon before nothing: broken text for a reader.
 */
const REMNANT =
  /\b(?:see|click|tap|read|available|found|listed|look|go|details|more) here\b|\b(?:voir|cliquez|cliquer|disponible|consultez) ici\b|\b(?:siehe|klicken sie|klick|findet ihr|finden sie) hier\b|(?:ver|haz clic|pulsa|consulta|disponible) aquí|(?:veja|clique|disponível) aqui|(?:vedi|clicca|disponibile) qui\b|(?:zie|klik) hier\b|(?:こちら|ここ)(?:を(?:クリック|ご覧)|から|をお読み)|点击这里|點擊這裡|여기(?:를|에서) (?:클릭|확인)/iu;
/** What every phrase of REMNANT contains: a cheap test first (a long case-insensitive pattern is slow). */
const REMNANT_HINT = /here|ici|hier|aqu[íi]|qui|こちら|ここ|这里|這裡|여기/iu;
/** «… here.» closing a sentence: the word a link stood on, per language («hier» is «yesterday» in French). */
const HERE_AT_END: Record<string, string> = {
  // «… we think pnpm has a real chance here.» is no link: in English, only what is found or read «here».
  en: '(?:found|available|read|seen|listed|downloaded|accessed|viewed|published|posted|guide|details|information|instructions|notes|announcement|report|documentation|docs|slides|recording|video|more) here',
  fr: 'ici',
  de: 'hier',
  nl: 'hier',
  es: 'aquí',
  pt: 'aqui',
  it: 'qui',
  ru: 'здесь|тут',
  uk: 'тут',
  pl: 'tutaj',
  id: 'di sini',
  ar: 'هنا',
  fa: 'اینجا',
  he: 'כאן',
  hi: 'यहाँ|यहां',
  zh: '这里|這裡|此处|此處',
};
const hereAtEnd = perLanguage((base) => {
  const words = HERE_AT_END[base];
  return words === undefined ? null : new RegExp(`(?<![\\p{L}])(?:${words})[\\s.!।。！)）]*$`, 'iu');
});

function endsOnHere(sentence: string, lang: string): boolean {
  return hereAtEnd(lang)?.test(sentence) ?? false;
}
const EMPTY_PARENS = /(?:^|\s)\(\s*[,;:]?\s*\)|（\s*）/u;
/** A parenthesis listing where links went («(en idioma inglés, IRC, web)»): a list with a channel or a format. */
const LINK_LABEL_LIST =
  /\((?=[^()]*[,،、])[^()]*(?<![\p{L}])(?:web|irc|pdf|github|gitlab|discord|slack|matrix|telegram|youtube|twitter|mastodon|wiki|rss)(?![\p{L}])[^()]*\)/iu;
const DANGLING_COLON = /[:：]\s*[.。!?)）]/u;
/** A stop or a comma cut off from its word and glued to the next («डब्ल्यू .3 सी.», «the data ,the code»). */
// The space first: a pattern opening on a look-behind is tried at every character.
const DETACHED_PUNCTUATION = /\s(?:(?<=[\p{L}\p{M}]\s)[.,](?=\p{N})|,(?=\p{L}))/u;

/**
 * An aside: a sentence that opens on a parenthesis closed by a comma («(ISO 10646 या यूनिकोड), जिसका अर्थ है…», the
 * end of a sentence cut after a stop that was no end, «अर्थात्.»), or a sentence wholly in parentheses («(It would
 * be unusual to find one…)», a remark on the sentence before). Dev: the Hindi W3C pages, "broken text".
 */
const OPENS_ON_ASIDE = /^[(（][^()（）]*[)）](?:\s*[,，、،]|[\s.。!?！？]*$)/u;

/**
 * A parenthesis closed that was never opened, or opened and never closed («למזלנו, prettier) ינקה…», a typo of the
 * source around a link; a sentence cut inside an aside), or a sentence that opens on a sign of markup («~ Protokollieren
 * aller…», «* Hinweis», «| …», «> …»): broken text for a reader. A list's «1)» or «a)» closes nothing and is fine.
 */
const MARKUP_START = /^[~|>*•·=^]/u;

function unbalancedParentheses(sentence: string): boolean {
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      if (depth === 0 && !ITEM_MARK.test(sentence.slice(Math.max(0, i - 3), i))) return true;
      depth = Math.max(0, depth - 1);
    }
  }
  return depth > 0;
}
/** «1)», «12)», «a)» before a closing parenthesis: an item's mark, not an aside closed. */
const ITEM_MARK = /(?:^|[\s(])(?:\p{N}{1,2}|\p{L})$/u;

export function isLinkRemnant(sentence: string, lang: string): boolean {
  return (
    MARKUP_START.test(sentence) ||
    ((sentence.includes('(') || sentence.includes(')') || sentence.includes('（') || sentence.includes('）')) &&
      unbalancedParentheses(sentence)) ||
    OPENS_ON_ASIDE.test(sentence) ||
    (REMNANT_HINT.test(sentence) && REMNANT.test(sentence)) ||
    EMPTY_PARENS.test(sentence) ||
    LINK_LABEL_LIST.test(sentence) ||
    DETACHED_PUNCTUATION.test(sentence) ||
    DANGLING_COLON.test(sentence) ||
    endsOnHere(sentence, lang)
  );
}

/** «in other ways», «the same way», «as well as these»: a comparison with what the post does not show. */
const COMPARES_BACK =
  /\b(?:in other ways|other ways to|in the same way|the same goes|as mentioned|as noted|as before)\b/iu;
/** What every phrase of COMPARES_BACK contains: a cheap test first. */
const COMPARES_HINT = /way|same|mentioned|noted|before/iu;

/**
 * A sentence that opens on an order to the reader, where the form says it is one (docs/teasers.md, "Composing
 * the hook"): German «Installieren Sie…», French «Installez…», Polish «Zrób sobie przerwę…», «Zrelaksuj się…»,
 * Russian «Установите…», Ukrainian «Встановіть…», and in English the verbs a tutorial starts its steps with.
 * Out of its tutorial it orders every follower about (dev: «Zrób sobie przerwę i zrelaksuj się.», 4/10, "out of
 * context"). Languages whose imperative looks like another form (Spanish, Italian) or comes last (Turkish, Hindi,
 * Japanese) are left out: a missed order costs less than a refused statement.
 */
const ORDER: Record<string, RegExp> = {
  en: /^(?:please\s+)?(?:take|make sure|open|go ahead|run|create|add|set up|copy|paste|type|click|save|remember|don't|do not|let's|follow|enter|select|choose|put|write|keep|relax|grab|head|start by|make)\s/iu,
  de: /^(?:bitte\s+)?\p{L}+e?n Sie(?![\p{L}])(?![^?]*\?\s*$)/u,
  fr: /^(?!(?:chez|assez|nez)(?![\p{L}]))\p{L}{2,}ez(?![\p{L}])(?:-vous)?(?![^?]*\?\s*$)/iu,
  pl: /^(?!(?:kraj|rodzaj|zwyczaj|obyczaj|maj|tramwaj|urodzaj)(?![\p{L}]))(?:\p{L}+(?:uj|aj|ij|yj)|zrób|weź|idź|pobierz|otwórz|sprawdź|wpisz|uruchom|zobacz)(?![\p{L}])/iu,
  ru: /^\p{L}{3,}(?:йте|ите|ьте)(?![\p{L}])(?![^?]*\?\s*$)/iu,
  uk: /^\p{L}{3,}(?:йте|іть|іте|ьте)(?![\p{L}])(?![^?]*\?\s*$)/iu,
};

export function ordersReader(sentence: string, lang: string): boolean {
  return ORDER[baseLang(lang)]?.test(sentence.replace(/^[\s«“"„'(¿¡]+/u, '')) ?? false;
}

/**
 * An obligation put on a group the sentence names («Contributors must disclose when AI tools have been used…»,
 * «Maintainers should…», «Die Betreiber müssen…»): under a section's heading it is a rule of what that section
 * describes (a project's policy), not a call to the follower. Taken as one from «Transparency first», it made a
 * dev post on an essay about maintainership read as if the essay said it of everyone («misleading»). In the opening
 * or under a heading that says what to do («Recommendations») it stays a call to act.
 */
const OBLIGES_OTHERS =
  /^(?:(?:all|the|die|alle|les|tous les|los|todos los|os|todos os|i|tutti i|de|alle)\s+)?(?!(?:you|we|i|vous|nous|on|sie|du|ihr|wir|usted|ustedes|você|vocês|voi|noi|jij|je|u|wij)\s)\p{L}+\s+(?:must|should|need to|are required to|müssen|sollten|doivent|devraient|deben|deberían|devem|deveriam|devono|dovrebbero|moeten|zouden moeten)\s/iu;

export function obligesOthers(sentence: string): boolean {
  return OBLIGES_OTHERS.test(sentence);
}

/**
 * A sentence that opens on a definite article and a word for something that happened in the talk around the news
 * («The discussion was restarted in March 2026…», «La discussion a repris…», «Die Debatte…», «La decisión…»)
 * points at it as if it had been told: the article names it before, and the post does not (dev3: PyPI's note on
 * releases older than 14 days, «hook out of context ('the discussion')»). Such words name a conversation or its
 * outcome, never the subject of a piece, so the list holds in every article; where the title names it («The
 * proposal» under «Proposal 42 accepted»), it is the title's. Languages with a definite article only. Not «the
 * vote»: a vote's outcome is the news of a governance piece («The vote closed after just 4 days with 9 votes…» under
 * «Updating Falco’s governance documentation», which dev readers took).
 */
const UNNAMED_TOPIC: Record<string, string> = {
  en: 'the (?:discussion|debate|conversation|decision|proposal|consensus|idea|talks?|thread|dispute)',
  fr: "(?:la|le|l[’']) ?(?:discussion|débat|conversation|décision|proposition|consensus|idée|échange)",
  de: '(?:die|der|das) (?:diskussion|debatte|unterhaltung|entscheidung|vorschlag|idee|konsens)',
  es: '(?:la|el) (?:discusión|debate|conversación|decisión|propuesta|idea|consenso)',
  pt: '(?:a|o) (?:discussão|debate|conversa|decisão|proposta|ideia|consenso)',
  it: "(?:la|il|l[’']) ?(?:discussione|dibattito|conversazione|decisione|proposta|idea|consenso)",
  nl: '(?:de|het) (?:discussie|debat|gesprek|besluit|beslissing|voorstel|idee|consensus)',
};
const unnamedTopicPattern = perLanguage((base): RegExp | null => {
  const words = UNNAMED_TOPIC[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(¿¡]*(?:${words})(?![\\p{L}])`, 'iu');
});

/** The sentence opens on a talk or a decision the post does not name (UNNAMED_TOPIC), and the title does not name it either. */
function opensOnUnnamedTopic(sentence: string, lang: string, title: string): boolean {
  const m = unnamedTopicPattern(lang)?.exec(sentence);
  if (m === null || m === undefined) return false;
  const noun =
    m[0]
      .trim()
      .split(/[\s’']/u)
      .pop() ?? '';
  const stem = noun.toLowerCase().slice(0, 5);
  return !title.toLowerCase().includes(stem);
}

/** What a sentence is judged against: the title and who could be speaking (see first-person.ts). */
export interface PostContext {
  title: string;
  speakers: Speakers;
  /** The title names a version («Vite 4.3이 출시되었습니다!», «Misskey v2026.3.0 がリリースされました！»). */
  release: boolean;
}

export function postContext(title: string, url: string | undefined): PostContext {
  return { title, speakers: speakersOf(title, url), release: DOTTED_VERSION.test(title) };
}

/**
 * «This release», «cette version», «diese Version», «эта версия», «이번 릴리스», 「今回のリリース」, «本次发布»,
 * opening a sentence under a title that names a version: the release it points at is the title's, which the post
 * shows (dev3: Vite 4.3's Korean announcement, whose news «이번 마이너 릴리스에서는 개발 서버 성능 향상에
 * 집중했습니다» was refused for its «이번» and left the title alone, «misses headline speed gains»; Korean «이번»
 * says «the present one», like «this week»). Per language, matched at the start; the rest of the sentence must
 * still stand alone. Only the release: «this sprint», «이번 스프린트» point at work the title does not name.
 */
const THIS_RELEASE: Record<string, string> = {
  en: 'this (?:new |latest |minor |major |patch )?(?:release|version|update)',
  fr: 'cette (?:nouvelle )?(?:version|mise à jour)|avec cette (?:nouvelle )?version',
  de: '(?:diese[sr]?|in diese[mr]) (?:neuen? )?(?:version|release|update|aktualisierung)',
  es: '(?:en )?esta (?:nueva )?(?:versión|actualización)|este (?:nuevo )?lanzamiento',
  pt: '(?:nesta|esta) (?:nova )?(?:versão|atualização)|este (?:novo )?lançamento',
  it: '(?:in )?questa (?:nuova )?(?:versione|release)|questo (?:nuovo )?aggiornamento',
  nl: '(?:in )?deze (?:nieuwe )?(?:versie|release|update)',
  ru: '(?:в )?(?:эта|этот|этой|этом) (?:нов\\p{L}+ )?(?:версия|версии|релиз|релизе|выпуск|выпуске|обновление|обновлении)',
  uk: '(?:у |в )?(?:ця|цей|цій|цьому) (?:нов\\p{L}+ )?(?:версія|версії|реліз|релізі|випуск|випуску|оновлення|оновленні)',
  pl: '(?:w )?(?:ta|tej) (?:nowa |nowej )?(?:wersja|wersji|aktualizacja|aktualizacji)|to wydanie',
  tr: 'bu (?:yeni )?(?:sürüm|güncelleme)\\p{L}*',
  id: '(?:dalam |pada )?(?:rilis|versi|pembaruan) (?:baru )?ini',
};
const THIS_RELEASE_UNSPACED: Record<string, RegExp> = {
  ja: /^(?:今回の|この)(?:リリース|バージョン|アップデート)/u,
  zh: /^(?:本次|这次|這次)(?:发布|發布|更新|版本)|^(?:此|这个|這個|该|該)版本/u,
  // Not «이번 스프린트» («this sprint»): a sprint is the work behind a release, which the title does not name (dev3:
  // «이번 스프린트는 Vite 4.2와 비교하여 전반적인 속도 향상을 가져왔습니다» followed Vite 4.3's title, «hook out of context»).
  ko: /^(?:이번|이) (?:마이너 |메이저 |패치 )?(?:릴리스|버전|업데이트)/u,
};
const thisReleasePattern = perLanguage((base): RegExp | null => {
  const unspaced = THIS_RELEASE_UNSPACED[base];
  if (unspaced !== undefined) return unspaced;
  const words = THIS_RELEASE[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(¿¡]*(?:${words})(?![\\p{L}])`, 'iu');
});

/**
 * «This course», «ce guide», «diese Anleitung», «este tutorial», «यह पाठ्यक्रम», 「このガイド」, «本教程», «이 튜토리얼»
 * opening a sentence: the article's own kind, so the post's link is what it points at, as «this release» points at
 * the title's (dev7: the Hindi Hugging Face course's introduction, «यह पाठ्यक्रम आपको … Hugging Face पारिस्थितिकी तंत्र …
 * के बारे में सिखाएगा», was refused for its «यह» and the post was «परिचय।» alone, «title only, no added hook»). Only the
 * kinds a page of teaching is as a whole (a course, a guide, a tutorial): «this section» is a part of the
 * page the post does not show, «this book» and «this series» are more than the page linked, and «this article»,
 * «this post» speak of the page, not of its subject (`SELF_REFERENCE`). Nor a chapter or a lesson: one page of a
 * sequence, it speaks of its place in it (dev7: «В этой главе мы сделаем ещё один проект, чтобы закрепить несколько
 * тем из последних глав…», «one more project» after «the last chapters», would have replaced the Rust book's web
 * server). The rest must still stand alone: «In this tutorial we'll…» still needs its «we» named.
 */
const THIS_PAGE: Record<string, string> = {
  en: '(?:in )?this (?:course|guide|tutorial)',
  fr: '(?:dans )?(?:ce (?:cours|guide|tutoriel)|cette formation)',
  de: '(?:in )?(?:diese[mnrs]?) (?:kurs|leitfaden|anleitung|tutorial)',
  es: '(?:en )?(?:este (?:curso|tutorial)|esta guía)',
  pt: '(?:neste|este) (?:curso|tutorial|guia)',
  it: '(?:in )?(?:questo (?:corso|tutorial)|questa guida)',
  nl: '(?:in )?deze (?:cursus|gids|handleiding|tutorial)',
  ru: '(?:в )?(?:этот|этом|это) (?:курс|курсе|руководство|руководстве|учебник|учебнике)',
  uk: '(?:у |в )?(?:цей|цьому|це) (?:курс|курсі|посібник|посібнику|підручник|підручнику|керівництво|керівництві)',
  pl: '(?:w )?(?:ten|tym) (?:kurs|kursie|przewodnik|przewodniku|poradnik|poradniku|samouczek|samouczku)',
  tr: 'bu (?:kurs|rehber|eğitim)\\p{L}*',
  id: '(?:dalam |pada |di )?(?:kursus|panduan|tutorial) ini',
  hi: '(?:यह|इस) (?:पाठ्यक्रम|कोर्स|गाइड|ट्यूटोरियल)(?: में)?',
  fa: '(?:در )?این (?:دوره|راهنما|آموزش)',
  ar: '(?:في )?(?:هذه الدورة|هذا الدليل)',
  he: 'ב?(?:קורס|מדריך) זה|ב?(?:הקורס|המדריך) הזה',
};
const THIS_PAGE_UNSPACED: Record<string, RegExp> = {
  ja: /^(?:この|本)(?:コース|ガイド|チュートリアル|講座)(?:では|は|で)?/u,
  zh: /^(?:在)?(?:本|这门|這門|这个|這個)(?:课程|課程|教程|指南)(?:中|里|裡)?/u,
  ko: /^(?:이|본) (?:강좌|과정|코스|가이드|튜토리얼)(?:에서는|에서|은|는)?/u,
};
const thisPagePattern = perLanguage((base): RegExp | null => {
  const unspaced = THIS_PAGE_UNSPACED[base];
  if (unspaced !== undefined) return unspaced;
  const words = THIS_PAGE[base];
  return words === undefined ? null : new RegExp(`^[\\s«“"„'(¿¡]*(?:${words})(?![\\p{L}\\p{M}])[\\s,،]*`, 'iu');
});

/**
 * The sentence without «this release» opening it, where the title names the release, or without «this course»
 * (`THIS_PAGE`) under any title; else the sentence.
 */
function withoutThisRelease(sentence: string, lang: string, context: PostContext): string {
  const page = thisPagePattern(lang)?.exec(sentence);
  if (page !== null && page !== undefined) return sentence.slice(page[0].length).trimStart();
  if (!context.release) return sentence;
  const m = thisReleasePattern(lang)?.exec(sentence);
  return m === null || m === undefined ? sentence : sentence.slice(m[0].length).trimStart();
}

/**
 * The sentence stands alone in a post that shows the title and the link (docs/teasers.md, "Sentences that are
 * never taken"): it leans on nothing before it, speaks of no page, points at no link nor another place, says no
 * boilerplate, has no label glued on, no link remnant, no first person without a named speaker, no demonstrative
 * pointing at what the post does not carry.
 */
export function standsAlone(
  text: string,
  lang: string,
  context: PostContext,
  inSummary = false,
  releaseList = false,
): boolean {
  // «This release…» under a release's title points at the title (THIS_RELEASE): the rest is what must stand alone.
  const sentence = withoutThisRelease(text, lang, context);
  // What is left opens on the release's verb («…містить виправлення помилок…», «…contains bug fixes…»): its
  // subject is the title's release, not one left out (dev4: Istio 1.28.1's Ukrainian notes, whose news «Цей реліз
  // містить виправлення помилок для покращення надійності» was refused so, and one fix line followed the title).
  // A line of a release's list of what it brings («## Release Highlights», «* Adds support for DNS over QUIC.»)
  // has the release for its subject, as «This release…» does (dev10: CoreDNS 1.11.0's title was posted alone).
  if (
    isMetaOrNavigation(sentence, lang) ||
    leansOnAntecedent(sentence, lang, sentence !== text || (releaseList && context.release))
  )
    return false;
  if (isBoilerplate(sentence)) return false;
  if (opensWithLabel(sentence, context.title) || isLinkRemnant(sentence, lang) || pointsElsewhere(sentence, lang))
    return false;
  if (baseLang(lang) === 'en' && COMPARES_HINT.test(sentence) && COMPARES_BACK.test(sentence)) return false;
  if (speaksForSomeoneUnnamed(sentence, lang, context.speakers)) return false;
  if (!inSummary && opensOnUnnamedTopic(sentence, lang, context.title)) return false;
  // The author's summary speaks of the article: its demonstrative points at what the article is about («…was not
  // easy for this RCMP developer-turned-product manager», the author), not at a sentence the post leaves out.
  return inSummary || !pointsAtMissing(sentence, lang, context.title);
}
