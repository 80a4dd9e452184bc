import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { draftTeaser } from '../../../src/teaser/draft.js';
import { hashtagKey, isValidHashtag, onlyListed, pickHashtags, toHashtag } from '../../../src/teaser/hashtags.js';
import { articleText, keywords } from '../../../src/teaser/keywords.js';
import { PhraseCounts } from '../../../src/teaser/words.js';

function article(lang: string, title: string, body: string, tags: string[] = []): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body, tags };
}

const hashtagsOf = (a: Article, maxHashtags = 3) => draftTeaser(a, { maxHashtags, maxEmoji: 2 }).hashtags;

describe('isValidHashtag: valid on X, Bluesky and Mastodon alike (docs/teasers.md, "Hashtags valid on all three platforms")', () => {
  test.each([
    ['Coopération', true],
    ['OpenSource', true],
    ['été2024', true],
    ['a_b', true],
    ['人工知能', true],
    ['보안', true],
    ['123', false],
    ['tag-dash', false],
    ['C++', false],
    ['Node.js', false],
    ['two words', false],
    ['', false],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
  ])('%s → %s', (name, valid) => {
    expect(isValidHashtag(name)).toBe(valid);
  });
});

describe('toHashtag: CamelCase for several words, accents and inner capitals kept', () => {
  test.each([
    ['open-source', 'OpenSource'],
    ['open source', 'OpenSource'],
    ['safety-critical', 'SafetyCritical'],
    ['coopération', 'Coopération'],
    ['#IA', 'IA'],
    ['RubyGems', 'RubyGems'],
    ['ReDoS', 'ReDoS'],
    ['smart city', 'SmartCity'],
    ['人工知能', '人工知能'],
    ['کتاب\u200Cخانه', undefined],
    ['2024', undefined],
    ['++', undefined],
  ])('%s → %s', (phrase, expected) => {
    expect(toHashtag(phrase)).toBe(expected);
  });
});

describe('hashtagKey: one tag whatever its case and accents', () => {
  test.each([
    ['Coopération', 'cooperation'],
    ['COOPERATION', 'cooperation'],
    ['Open_Source', 'opensource'],
  ])('%s → %s', (name, key) => {
    expect(hashtagKey(name)).toBe(key);
  });
});

describe('picking hashtags for an article', () => {
  const body = [
    'Le gouvernement publie un plan sur l’intelligence artificielle et l’open source.',
    'L’IA générative et les modèles open-source sont au cœur du plan. L’IA doit rester ouverte.',
    'Les logiciels libres et l’IA avancent ensemble, dit le plan.',
  ].join('\n\n');

  test('the operator’s tags first, in the followed spelling when known, then what the article is about', () => {
    expect(hashtagsOf(article('fr', 'Un plan pour l’IA et l’open source', body, ['node.js']))).toEqual([
      'NodeJS',
      'IA',
      'OpenSource',
    ]);
  });

  test('de-duplicated case- and accent-insensitively, and never more than asked', () => {
    const tags = hashtagsOf(article('fr', 'Un plan pour l’IA', body, ['ia', '#IA', 'intelligence artificielle']), 2);
    expect(tags).toEqual(['IA', 'OpenSource']);
  });

  test('an issue number in the title or the site’s tags («Newsletter #367», «#365») is never a tag: no platform links it', () => {
    const tags = hashtagsOf(
      article(
        'en',
        'This week in Nushell #365',
        '# This Week in Nushell #365\n\nNushell #365 lists the PRs of the week (#18865, #18863). Nushell 0.111 is out.',
        ['#365', '365'],
      ),
    );
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(isValidHashtag(tag)).toBe(true);
    expect(tags.filter((tag) => /^\p{N}+$/u.test(tag))).toEqual([]);
  });

  test('a site’s tag the article never writes is no tag of the post («Cooperation», «coopération»)', () => {
    expect(hashtagsOf(article('fr', 'Un plan pour l’IA', body, ['#Cooperation', 'coopération']))).toEqual([
      'IA',
      'OpenSource',
    ]);
  });

  test('the followed spelling depends on the language: IA in French, AI in English, KI in German', () => {
    expect(hashtagsOf(article('fr', 'L’IA en France', 'L’IA avance. L’IA change tout. L’IA est partout.'))).toContain(
      'IA',
    );
    expect(hashtagsOf(article('en', 'AI everywhere', 'AI is moving. AI changes all. AI is everywhere.'))).toContain(
      'AI',
    );
    expect(hashtagsOf(article('de', 'KI überall', 'Die KI wächst. Die KI ändert alles. Die KI ist da.'))).toContain(
      'KI',
    );
  });

  test('a word inside a followed tag is not a tag of its own (no #Open, #Source next to #OpenSource)', () => {
    const tags = hashtagsOf(
      article('en', 'Open source funding', 'Open source needs funding. Open source is everywhere. Open source wins.'),
    );
    expect(tags).toContain('OpenSource');
    expect(tags).not.toContain('Open');
    expect(tags).not.toContain('Source');
  });

  test('with no name to follow, two title words the body keeps writing together are one tag (#ProductTeams, not #Product #Teams)', () => {
    const tags = hashtagsOf(
      article(
        'en',
        'A meeting of product teams',
        'Product teams from four countries met in Paris. Each of the product teams showed its work. ' +
          'The product teams agreed to meet again next year. Product teams learn from each other.',
      ),
    );
    expect(tags).toContain('ProductTeams');
    expect(tags).not.toContain('Product');
    expect(tags).not.toContain('Teams');
  });

  test('a title pair that shares a word with a followed tag is left to that tag (no #SecurityBug beside #BugBounty)', () => {
    const tags = hashtagsOf(
      article(
        'en',
        'Security Bug Bounty Program Paused',
        'The security bug bounty program is paused. Our security bug bounty program paid researchers. ' +
          'A security bug bounty program needs funding. The security bug bounty program may come back.',
      ),
    );
    expect(tags).toContain('BugBounty');
    expect(tags).not.toContain('SecurityBug');
    expect(tags).not.toContain('BountyProgram');
  });

  test('a verb seen once in the title is not a tag; every tag is valid', () => {
    const tags = hashtagsOf(article('fr', 'La Chine appelle à coopérer', body));
    expect(tags).not.toContain('Appelle');
    for (const tag of tags) expect(isValidHashtag(tag)).toBe(true);
  });
});

describe('tags people follow, from a site’s taxonomy and the article (docs/teasers.md, "Hashtags")', () => {
  const tagsOf = (lang: string, title: string, body: string, tags: string[]) =>
    draftTeaser(article(lang, title, body, tags), { maxHashtags: 3, maxEmoji: 2 }).hashtags;

  test.each<[string, string, string, string, string[], string[]]>([
    [
      'a tag string of several words is split; common words go',
      'en',
      'Our month of contributions',
      'Thousands of people sent their first pull request this October.',
      ['hacktoberfest developers api opensource'],
      ['Hacktoberfest', 'OpenSource'],
    ],
    [
      'a country slug becomes the country’s name in the article’s language',
      'fr',
      'Une conférence au Caire',
      'La conférence réunit des développeurs au Caire cette semaine.',
      ['country-eg'],
      ['Égypte'],
    ],
    [
      'an English country name becomes the article’s own word',
      'pt',
      'Encontro da comunidade no Brasil',
      'O encontro reuniu 800 pessoas no Brasil em outubro.',
      ['Brazil'],
      ['Brasil'],
    ],
    [
      'common words are never tags',
      'en',
      'Take our yearly survey',
      'The survey is open until Friday for every Kubernetes user.',
      ['Welcome', 'Survey', 'Version'],
      ['Kubernetes'],
    ],
    [
      'ALL-CAPS taxonomy that the article writes as a common word goes; a followed name stays',
      'tr',
      'Derleyici hataları',
      'Derleyici hataları bu sürümde düzeltildi. Rust derleyici artık daha hızlı.',
      ['TEKNİK NOTLAR', 'DERLEYİCİ', 'RUST'],
      ['Rust'],
    ],
    [
      'a site’s word is a tag only where the article writes it as a name (#Kiesraad, not #Showcase)',
      'nl',
      'Waarom de Kiesraad voor Rust kiest',
      'De Kiesraad bouwt software voor de verkiezingen. Een showcase van de Kiesraad volgt later.',
      ['showcase', 'kiesraad', 'ecosystem'],
      ['Kiesraad', 'Rust'],
    ],
    [
      'a name of several capitalised words is never split into words (no #Software #Peer)',
      'pt',
      'Guia de desenvolvimento 1.0',
      'O guia de desenvolvimento foi revisto pela comunidade. Está disponível em três línguas.',
      ['Software Peer Review'],
      [],
    ],
    [
      'a slug of a site the article writes as an acronym keeps the article’s spelling',
      'nl',
      'Een dag voor de CIO',
      'Op de dag van de CIO spraken wij over open source. Iedere CIO kreeg een boek over open source.',
      ['cio'],
      ['CIO', 'OpenSource'],
    ],
    [
      'a site’s word that the article makes a name only in its lead is a name nobody follows (#Arewefastyet)',
      'en',
      'LFX Mentorship Journey',
      'This summer I worked on the "Arewefastyet" subproject of Vitess. Arewefastyet runs benchmarks.\n\n' +
        'The LFX program paired me with two mentors. Arewefastyet now has a new dashboard. Apply to LFX!',
      ['Vitess', 'Arewefastyet', 'mentorship'],
      ['Vitess', 'LFX'],
    ],
    [
      '…but a name spelled as only a name is (#BIP9)',
      'en',
      'Miners must upgrade before the soft fork',
      'The soft fork activates through BIP9 signalling. Every miner must upgrade.',
      ['soft fork', 'bip9', 'mining'],
      ['BIP9'],
    ],
  ])('%s', (_name, lang, title, body, tags, expected) => {
    const got = tagsOf(lang, title, body, tags);
    if (expected.length === 0)
      for (const t of ['Software', 'Peer', 'Review', 'SoftwarePeerReview']) expect(got).not.toContain(t);
    else expect(got.slice(0, expected.length)).toEqual(expected);
  });

  test('the last-resort tag is the most followable name: the article’s own name in its title before a followed name its body gives once (#WidgetKit, not #GitHub)', () => {
    const body =
      'We spent the winter on a small library.\n\nIt draws charts in the terminal.\n\n' +
      'WidgetKit now draws bars. WidgetKit is on GitHub.';
    expect(tagsOf('en', 'Notes on WidgetKit', body, [])).toEqual(['WidgetKit']);
  });

  test('…and a followed name the lead gives, even once, before both', () => {
    const body =
      'We run our library on Kubernetes.\n\nIt draws charts.\n\nWidgetKit draws bars. WidgetKit is on GitHub.';
    expect(tagsOf('en', 'Notes on WidgetKit', body, [])[0]).toBe('Kubernetes');
  });

  test('every post gets a tag, even without tags or known names', () => {
    expect(tagsOf('en', 'Quiet afternoon', 'Nothing happened in the garden today.', []).length).toBeGreaterThanOrEqual(
      1,
    );
  });
});

describe('names people follow, not words the body uses (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, lang: string, title: string, body: string, tags: string[] = []) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags }, { maxHashtags: 3, maxEmoji: 2 }).hashtags;

  test.each<[string, string, string, string, string, string[], string[]]>([
    [
      'a title word the body writes in lower case is a common word, not a tag (#Loop, #Path)',
      'https://example.org/advisory',
      'en',
      'WebSocket endless loop',
      'A malicious server can send a WebSocket frame that makes the client loop. The loop never ends. ' +
        'This loop uses all the CPU of the WebSocket client. Fix the loop by upgrading.',
      ['WebSocket'],
      ['Loop'],
    ],
    [
      'a followed name mentioned once deep in the body is not what the piece is about (#GitHub)',
      'https://example.org/recap',
      'en',
      'A year of our Django meetups',
      'We met in twelve cities this year.\n\nEvery meetup had talks and food.\n\n' +
        'People came from many places.\n\nThe slides are on GitHub.',
      ['Django'],
      ['GitHub'],
    ],
    [
      'a followed name in the title or the lead is',
      'https://example.org/recap',
      'en',
      'Our year on GitHub',
      'We moved every project this year.',
      ['GitHub'],
      [],
    ],
    [
      'a post on a project’s own site carries the project’s followed name first (go.dev → #golang)',
      'https://go.dev/blog/sweet16',
      'en',
      'Sweet 16',
      'Go turns sixteen today. Thank you to everyone who wrote Go code this year.',
      ['golang'],
      ['Sixteen'],
    ],
    [
      'even a translated page that does not name the project (w3.org → #W3C)',
      'https://www.w3.org/International/questions/qa-forms',
      'ko',
      '다국어 형태 인코딩',
      '양식에서 사용하는 인코딩을 설명합니다.',
      ['W3C'],
      ['인코딩'],
    ],
    [
      'the topic in the article’s own language, never the English word (#Keamanan on an Indonesian advisory)',
      'https://example.org/cve',
      'id',
      'Celah keamanan pada pengontrol',
      'Celah keamanan ini memengaruhi semua versi. Perbarui sekarang.',
      ['Keamanan'],
      ['Security'],
    ],
    [
      'no English topic tag on a language that has no spelling for it',
      'https://example.org/budget',
      'sv',
      'En budget för Python',
      'Budget för Python i år.',
      ['Python'],
      ['Budget'],
    ],
    [
      'a word of an unspaced script has no capitals to mark it as a name: not a tag (#ファイル)',
      'https://example.org/wallet',
      'ja',
      'Bitcoin Coreでウォレットファイルが削除される',
      'ウォレットファイルが削除されます。ファイルを確認してください。ファイルのバックアップを取ってください。',
      ['Bitcoin'],
      ['ファイル', 'ウォレット'],
    ],
    [
      'German capitalises every noun: a capital there is no name (#Registry)',
      'https://example.org/registry',
      'de',
      'Die alte Registry für Docker wird eingefroren',
      'Die Registry wird im April eingefroren. Jede Registry braucht Pflege. Die neue Registry ist schneller.',
      ['Docker'],
      ['Registry'],
    ],
    [
      'a language’s name is not a subject people follow (#İngilizce)',
      'https://example.org/tags',
      'tr',
      'İngilizce olmayan etiketler',
      'Bu sayfa İngilizce olmayan HTML etiketlerini anlatıyor. İngilizce bilmeyenler için İngilizce yazılmadı.',
      ['HTML'],
      ['İngilizce'],
    ],
    [
      'a name written «=Vite» in the lexicon matches only as written: French «vite» is no #Vite',
      'https://example.org/vite',
      'fr',
      'Aller vite avec Python',
      'Python permet d’aller vite. Très vite. Toujours plus vite.',
      ['Python'],
      ['Vite'],
    ],
    [
      'a followed name only the body gives, one example among others, is off-focus (#GraphQL under an API risk)',
      'https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/',
      'en',
      'Unrestricted resource consumption',
      'An API without limits can be abused. Every API call costs memory. An API must cap uploads.\n\n' +
        'An API must cap the size of a page. An API must cap retries. An API must cap batch sizes.\n\n' +
        'An API must cap timeouts. An API should log usage. An API should alert on spikes.\n\n' +
        'Scenario 1: a GraphQL endpoint accepts a batch of queries. GraphQL batching multiplies the cost.\n\n' +
        'Scenario 2: GraphQL aliases repeat a query. Limit the depth of every API query.\n\n' +
        'See the GraphQL cheat sheet.',
      ['OWASP'],
      ['GraphQL'],
    ],
    [
      'a followed name the body comes back to as often as the title’s own subject is what the piece is about',
      'https://example.org/tuning',
      'en',
      'Tuning the database for large instances',
      'The database holds every account.\n\nLarge instances need care.\n\nPostgreSQL keeps its data on disk. ' +
        'PostgreSQL needs memory. PostgreSQL needs vacuum. PostgreSQL needs indexes. PostgreSQL needs backups.',
      ['PostgreSQL'],
      [],
    ],
    [
      '#OpenSource in the article’s own spelling in Japanese, a name that a passing mention does not earn',
      'https://example.org/foundation',
      'ja',
      'React Foundationを発表',
      'React Foundationはオープンソースのプロジェクトを支えます。オープンソースの開発者が集まります。オープンソースの未来のためです。',
      ['ReactJS', 'オープンソース'],
      ['OpenSource'],
    ],
    [
      'a topic in the spelling the article writes: #AI under «如何用 AI…», not #人工智能',
      'https://example.org/ai',
      'zh',
      '如何用 AI 降低维护成本',
      '我们用 AI 查问题、读代码。AI 帮助我们准备 PR。',
      ['AI'],
      ['人工智能'],
    ],
    [
      'governance is a topic people follow, spelled per language (#Governance beside the project)',
      'https://example.org/board',
      'en',
      'Tauri Board Elections 2024',
      'The Tauri Board of Directors oversees the governance of the Tauri programme. Tauri members vote in May.',
      ['Tauri', 'Governance'],
      [],
    ],
    [
      'a topic in its own script where people write it so (#인공지능, not #AI, on a Korean post)',
      'https://example.org/ai',
      'ko',
      '인공지능 시대의 오픈소스',
      '인공지능이 소프트웨어 개발을 바꾸고 있습니다.',
      ['인공지능', '오픈소스'],
      ['AI', 'OpenSource'],
    ],
  ])('%s', (_name, url, lang, title, body, expected, never) => {
    const tags = at(url, lang, title, body);
    expect(tags.slice(0, expected.length)).toEqual(expected);
    for (const t of never) expect(tags).not.toContain(t);
    expect(tags.length).toBeGreaterThanOrEqual(1);
    expect(tags.length).toBeLessThanOrEqual(3);
  });
});

describe('two tags say what the piece is about; a third must be named by its title (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, title: string, body: string, tags: string[] = []) =>
    draftTeaser({ id: 'test', url, lang: 'en', title, body, tags }, { maxHashtags: 3, maxEmoji: 2 }).hashtags;
  const body =
    'We patched a critical vulnerability in Jekyll reported to GitHub last week. The security fix is in 3.8.4.\n\n' +
    'Jekyll sites on GitHub Pages are safe. Upgrade Jekyll now. The security team thanks the reporter.\n\n' +
    'Jekyll 3.6, 3.7 and 3.8 all get the fix. Jekyll users should read the security notes.';

  test('a name the lead passes by is no third tag (#GitHub after #Jekyll #Security); Jekyll’s community is', () => {
    expect(at('https://example.org/fix', 'Jekyll Security Fixes for 3.6, 3.7 and 3.8', body)).toEqual([
      'Jekyll',
      'Security',
      'Ruby',
    ]);
  });

  test('a third name the title gives is one', () => {
    expect(at('https://example.org/fix', 'Jekyll Security Fixes for GitHub Pages users', body)).toEqual([
      'Jekyll',
      'Security',
      'GitHubPages',
    ]);
  });

  test('the site’s own tags still count', () => {
    expect(at('https://example.org/fix', 'Security fixes', body, ['Jekyll', 'GitHub', 'Security'])).toEqual([
      'Jekyll',
      'GitHub',
      'Security',
    ]);
  });

  describe('a name nobody follows that the title does not give is a tag only where nothing else says what the piece is about', () => {
    const es = (title: string, body: string) =>
      draftTeaser(
        { id: 'test', url: 'https://example.org/ch17', lang: 'es', title, body, tags: [] },
        { maxHashtags: 3, maxEmoji: 2 },
      ).hashtags;
    const chapter = (subject: string) =>
      [
        `Muchas operaciones de ${subject} tardan. Exportar un video usa toda la potencia de CPU y GPU que pueda.`,
        'Con un solo núcleo de CPU no podrías hacer nada más. La descarga no consume mucho tiempo de CPU ni de la CPU.',
        `La CPU espera a la red. ${subject} permite escribir ese código. Con ${subject} la CPU trabaja en otra cosa.`,
        'Una tarea limitada por la CPU ocupa la CPU. Una tarea limitada por la red deja libre la CPU.',
        `En ${subject} esto se llama programación asíncrona. La CPU no se bloquea, y la CPU sigue con otra tarea.`,
      ].join('\n\n');

    test('beside a followed name, the lead’s capitals are a word of the text (dev7: #CPU beside #Rust)', () => {
      expect(es('Fundamentos de la programación asíncrona', chapter('Kotlin'))).toEqual(['Kotlin']);
    });

    test('alone, it is the most followable name the piece gives', () => {
      expect(es('Fundamentos de la programación asíncrona', chapter('nuestro lenguaje'))).toEqual(['CPU']);
    });
  });

  test('an ordinal or a number with a unit is no name (#12th, #1er, #10x)', () => {
    const tags = at(
      'https://example.org/postmortem',
      'Postmortem for the ESLint outage of July 12th',
      'On July 12th, ESLint packages were broken. The 12th was a long day for ESLint maintainers. ' +
        'Builds ran 10x slower on the 12th. ESLint is fixed.',
    );
    expect(tags).toContain('ESLint');
    expect(tags).not.toContain('12th');
  });
});

describe('a month, a weekday, a quarter or a bare version is never a tag (docs/teasers.md, "Hashtags")', () => {
  const at = (lang: string, title: string, body: string, tags: string[] = []) =>
    draftTeaser({ id: 'test', url: 'https://example.org/a', lang, title, body, tags }, { maxHashtags: 3, maxEmoji: 2 })
      .hashtags;

  test.each([
    [
      'en',
      'Widgetron News, October 2025',
      'In October we shipped Widgetron 3. October was busy for Widgetron.',
      ['October'],
    ],
    ['de', 'Widgetron im Oktober', 'Im Oktober kam Widgetron 3. Der Oktober war voll für Widgetron.', ['Oktober']],
    ['en', 'Widgetron Q3 report', 'In Q3 Widgetron grew. Q3 was the best quarter for Widgetron.', ['Q3']],
    ['en', 'Widgetron v2 is here', 'Widgetron v2 adds charts. Upgrade to v2 of Widgetron.', ['V2', 'v2']],
    ['en', 'Release day', 'The team met on Monday. Monday is release day.', ['monday', 'Monday']],
  ])('%s «%s»', (lang, title, body, never) => {
    const tags = at(lang, title, body, never);
    for (const t of never) expect(tags).not.toContain(t);
    expect(tags.length).toBeGreaterThanOrEqual(1);
  });
});

describe('a site’s section names are no tags, in any language of the set', () => {
  test.each([
    ['en', ['engineering', 'culture', 'Widgetron'], ['Engineering', 'Culture']],
    ['uk', ['новини', 'Widgetron'], ['Новини']],
    ['id', ['berita', 'pengumuman', 'Widgetron'], ['Berita', 'Pengumuman']],
    ['he', ['חדשות', 'Widgetron'], ['חדשות']],
  ])('%s %j', (lang, tags, never) => {
    const body = 'Widgetron Engineering Culture Новини Berita Pengumuman חדשות. Widgetron 3.';
    const got = draftTeaser(
      { id: 'test', url: 'https://example.org/a', lang, title: 'Widgetron 3', body, tags },
      { maxHashtags: 3, maxEmoji: 2 },
    ).hashtags;
    for (const t of never) expect(got).not.toContain(t);
  });
});

describe('a site that files the post under its subjects: a name that neither they, the title, the opening nor the post give is an aside (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, lang: string, title: string, body: string, tags: string[]) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags }, { maxHashtags: 3, maxEmoji: 2 }).hashtags;

  test.each<[string, string, string, string, string, string[], string[], string[]]>([
    [
      'the framework a mentee used, beside «Vitess, Arewefastyet, mentorship» (#ReactJS)',
      'https://vitess.io/blog/lfx-mentorship-journey/',
      'en',
      'LFX Mentorship Journey',
      'This summer I joined the LFX program and contributed to Vitess. Vitess is a database for scaling MySQL. ' +
        'My mentorship was about its benchmarks.\n\n' +
        'In my mentorship I rebuilt the Arewefastyet website. I knew TypeScript from Angular and moved it to React.\n\n' +
        'React made the dashboard easier. I learned React hooks. The React pages are faster. Thanks to LFX and Vitess.',
      ['Vitess', 'Arewefastyet', 'mentorship'],
      ['Vitess', 'LFX'],
      ['ReactJS'],
    ],
    [
      'one theme of a birthday post filed under «community, birthday» (#AI)',
      'https://go.dev/blog/16years',
      'en',
      'Go’s Sweet 16',
      'This past Monday we celebrated the 16th anniversary of Go’s open source release!\n\n' +
        'Open source contributors sent thousands of changes. '.repeat(2) +
        'We released two versions this year. Meanwhile generative AI shook the industry: the Go team works on AI ' +
        'integrations.\n\nAI agents need robust servers. The Go team builds tools for AI. AI coding assistants ' +
        'know Go. We built an SDK for AI models.',
      ['community', 'birthday'],
      ['golang', 'OpenSource'],
      ['AI'],
    ],
    [
      '…but the news its post tells stays: log4shell under «Sécurité» (#Log4j)',
      'https://example.org/retour',
      'fr',
      'Retour vers la failure',
      'Nos équipes ont tenu bon cet hiver.\n\nLa faille Log4Shell a été critique pour de nombreux systèmes. ' +
        'Log4j est partout.\n\nNous avons corrigé Log4j en deux jours. La sécurité est l’affaire de tous.',
      ['Sécurité', 'communauté'],
      ['Sécurité', 'Log4j'],
      [],
    ],
    [
      'a kind of post («newsletter») is no subject: the site tells nothing of what the post is about',
      'https://ropensci.org/blog/news-october-2025/',
      'en',
      'rOpenSci News Digest, October 2025',
      'Join us for our next Community Call on Thursday at 15:00 UTC.\n\n' +
        'Three new R packages passed rOpenSci review this month. Each R package is on CRAN.\n\n' +
        'Our R packages are used by many. Read the R package guide. New R packages are welcome. rOpenSci thanks you.',
      ['newsletter'],
      ['rOpenSci', 'rstats'],
      [],
    ],
  ])('%s', (_name, url, lang, title, body, tags, expected, never) => {
    const got = at(url, lang, title, body, tags);
    expect(got).toEqual(expect.arrayContaining(expected));
    for (const t of never) expect(got).not.toContain(t);
  });
});

describe('the site the post is from (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, title: string, body: string) =>
    draftTeaser({ id: 'test', url, lang: 'en', title, body, tags: [] }, { maxHashtags: 3, maxEmoji: 2 }).hashtags;

  // dev15: Freifunk Bremen's security update had #Sicherheit alone, its Breminale stand #WLAN: German writes every
  // noun with a capital, so the host's «freifunk» was never read as a name, and no lexicon knew the network.
  test.each<[string, string, string]>([
    [
      'Sicherheitsupdate für alle Freifunk-Router',
      'In der Gluon-Software, die wir als Firmware für Freifunk-Router verwenden, wurde eine kritische Sicherheitslücke entdeckt.',
      'https://bremen.freifunk.net/blog/2022/05/07/sicherheitsupdate/',
    ],
    [
      'Funk Funk Funk auf der Breminale!',
      'Wir stehen in diesem Jahr auf der Breminale und funken fleißig rum. Unser kostenloses WLAN heißt wie unsere Adresse.\n\nWir sprechen mit dir gern über WLAN und über Freifunk.',
      'https://bremen.freifunk.net/blog/2023/07/03/breminale/',
    ],
  ])('a community network’s site is the network’s: «%s» leads with #Freifunk', (title, body, url) => {
    const page: Article = { id: 'test', url, lang: 'de', title, body, tags: [] };
    expect(hashtagsOf(page)[0]).toBe('Freifunk');
  });

  // dev15: preactjs.com «ends» with «reactjs» only by npm's «js»: #ReactJS came on two Preact posts that name React
  // once or twice, in passing. A host begins or ends with a name as its publisher spells it, undressed.
  test('a name a dressed host ends with only by its dress is not in the host: preactjs.com is Preact’s, not React’s', () => {
    expect(
      at(
        'https://preactjs.com/blog/preact-x-stability/',
        'Preact X, a story of stability',
        'Many of you have been waiting for Preact 11. Preact X stayed stable instead.\n\nSettling state also increased our compatibility with the React ecosystem, as many libraries now work unchanged.',
      ),
    ).toEqual(['Preact', 'JavaScript']);
  });

  test('a project’s contributor site is the project’s (kubernetes.dev → #Kubernetes first)', () => {
    expect(
      at(
        'https://www.kubernetes.dev/blog/2026/01/maintainers/',
        'Open source maintainership in the age of AI',
        'Kubernetes maintainers review more pull requests than ever. AI tools write many of them.',
      )[0],
    ).toBe('Kubernetes');
  });

  test.each<[string, string, string[]]>([
    ['https://digital.gov.au/blog/forms/', 'en', ['GovTech']],
    ['https://code.gov/news/forms/', 'en', ['GovTech']],
    ['https://18f.gsa.gov/2024/forms/', 'en', ['GovTech']],
    // An English topic is no tag on a post in another language (#GovTech: «wrong-language hashtag» on dev).
    ['https://numerique.canada.ca/2018/forms/', 'fr', []],
    ['https://developer.overheid.nl/blog/forms/', 'nl', []],
    // A government's host is not a digital service by itself.
    ['https://www.nasa.gov/blog/forms/', 'en', []],
  ])('%s (%s): a government’s digital service by its host’s shape → %j', (url, lang, expected) => {
    const got = draftTeaser(
      { id: 'test', url, lang, title: 'Forms', body: 'Forms are hard. Forms are everywhere.', tags: [] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).hashtags;
    expect(got.filter((t) => t === 'GovTech')).toEqual(expected);
  });

  test.each<[string, string, string]>([
    ['https://data.gov.uk/blog/fuel-prices/', 'en', 'OpenData'],
    ['https://datos.gob.es/es/blog/precios/', 'es', 'DatosAbiertos'],
    ['https://www.data.gouv.fr/fr/pages/prix/', 'fr', 'OpenData'],
  ])('%s: a government’s data portal publishes open data → #%s', (url, lang, expected) => {
    // In the article's own word where it writes one (#DatosAbiertos).
    const body = lang === 'es' ? 'Los datos abiertos de precios. Prices fall.' : 'Prices rise. Prices fall.';
    const got = draftTeaser(
      { id: 'test', url, lang, title: 'Prices', body, tags: [] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).hashtags;
    expect(got).toContain(expected);
  });

  test('a government’s digital service publishes on many subjects: its topic, #GovTech, comes after them', () => {
    expect(
      at(
        'https://digital.canada.ca/2019/12/13/co-location/',
        'Working next to the RCMP',
        'Our team moved next to the RCMP this fall. The RCMP and our designers now share a floor.\n\n' +
          'The RCMP asked for a new form. We built the RCMP form together.',
      ),
    ).toEqual(['RCMP', 'GovTech']);
  });
});

describe('the words of a project’s tracker and process are no tags, whatever their capitals (#SIG, #PR, #FAQ)', () => {
  test.each([
    ['en', 'SIG Docs answers the FAQ', 'SIG Docs wrote a FAQ for Widgetron. The SIG reviews each PR in a day.'],
    ['en', 'Widgetron: one PR, one bug fix', 'Every PR fixes one bug. A bug in Widgetron gets one PR and one patch.'],
  ])('%s «%s»', (lang, title, body) => {
    const got = draftTeaser(
      { id: 'test', url: 'https://example.org/a', lang, title, body, tags: ['sig', 'bug', 'patch', 'changelog'] },
      { maxHashtags: 3, maxEmoji: 2 },
    ).hashtags;
    for (const t of ['SIG', 'PR', 'FAQ', 'Bug', 'Patch', 'Changelog']) expect(got).not.toContain(t);
    expect(got.length).toBeGreaterThanOrEqual(1);
  });
});

/** Hashtags for a title, a lead, a body and the post's own sentences (`posted`), at an address. */
function tagsFor(url: string, title: string, lead: string, rest: string, posted: string): string[] {
  const text = articleText('en', title, lead, `${lead}\n\n${rest}`);
  return pickHashtags(text, [], keywords(text, title), 3, title, url, `${lead}\n${posted}`, posted);
}

describe('a name is the subject where the title, the address or the opening makes it one (docs/teasers.md, "Hashtags")', () => {
  const lead =
    'ESLint v10 drops the old configuration format. ESLint now reads only eslint.config.js, and ESLint prints a hint where it finds an old file. Thanks to all who tested the betas on GitHub.';
  const rest =
    'The migration guide lists every option. Report problems on GitHub, where GitHub Discussions hosts questions.';
  test.each([
    // The lead names ESLint thrice and GitHub once, in passing: where people talk, not the subject.
    [
      'https://example.org/blog/v10-released',
      'ESLint v10 drops the old configuration format.',
      ['ESLint', 'JavaScript'],
    ],
    // …unless the post's own sentences name it as often as any other name.
    ['https://example.org/blog/v10-released', 'Report problems on GitHub.', ['ESLint', 'GitHub', 'JavaScript']],
    // The page's address names it: the author's slug says what the page is about, as a title does.
    [
      'https://example.org/blog/v10-betas-on-github',
      'ESLint v10 drops the old configuration format.',
      ['ESLint', 'GitHub', 'JavaScript'],
    ],
  ])('%s, post «%s» → %j', (url, posted, expected) => {
    expect(tagsFor(url, 'Version 10 is out', lead, rest, posted)).toEqual(expected);
  });
});

describe('a topic beyond the title is a tag where the post says it, or where the piece is of that tone (docs/teasers.md, "Hashtags")', () => {
  const lead = 'It was a quiet month for Electron: two patch releases and a new contributor guide.';
  const rest =
    'Electron 34.2.1 and 33.4.9 include security fixes; see the security page. Both take fixes from the Chromium security team, as every security release does.';
  test.each([
    // The body lists security fixes; the post speaks of a quiet month: #Security would be a tag it does not explain.
    ['https://example.org/blog/quiet-month', 'A quiet month for Electron', lead, ['Electron', 'JavaScript']],
    // The post says it: the tag is explained.
    [
      'https://example.org/blog/quiet-month',
      'A quiet month for Electron',
      'Electron 34.2.1 includes security fixes.',
      ['Electron', 'Security', 'JavaScript'],
    ],
    // An advisory (its address names a CVE) is about security whatever words its post uses.
    [
      'https://example.org/advisories/CVE-2026-1234.html',
      'Out of bounds read for cookie paths',
      lead,
      ['Electron', 'Security', 'JavaScript'],
    ],
    // The title names the topic by one of its words: a board election is governance.
    [
      'https://example.org/blog/elections',
      'Electron Board Elections 2026',
      lead,
      ['Electron', 'Governance', 'JavaScript'],
    ],
  ])('%s «%s», post «%s» → %j', (url, title, posted, expected) => {
    expect(tagsFor(url, title, lead, rest, posted)).toEqual(expected);
  });
});

describe('a lexicon name written without accents is not a word the text writes with one (docs/teasers.md, "Hashtags")', () => {
  test.each<[string, string, string, string]>([
    ['de', 'Über das Projekt', 'Über das Projekt berichten wir hier. Über die Sensoren und über die Daten.', 'Uber'],
    ['fr', 'Un été à Nîmes', 'Nous avons passé l’été à Nîmes. Été chaud, été sec, été long.', 'Ete'],
    ['es', 'Más datos abiertos', 'Más datos, más portales, más gente que los usa.', 'Mas'],
  ])('%s «%s» carries no #%s', (lang, title, body, wrong) => {
    const got = hashtagsOf(article(lang, title, body));
    expect(got.map(hashtagKey)).not.toContain(hashtagKey(wrong));
    expect(got.length).toBeGreaterThanOrEqual(1);
  });

  test('the name without its accent still matches its plain spelling («Uber drivers» → #Uber)', () => {
    expect(hashtagsOf(article('en', 'Uber drivers organise', 'Uber drivers met in Lisbon. Uber answered.'))).toContain(
      'Uber',
    );
  });
});

describe('a word of a longer name is no tag: a person’s first or last name, a word of an institution (docs/teasers.md, "Hashtags")', () => {
  test.each<[string, string, string, string[]]>([
    [
      'en',
      'An interview with Amanda Weaver',
      'Amanda Weaver leads a research team at the Postal Service. Amanda Weaver told us about the Postal Service. ' +
        'Weaver says the Postal Service will change.',
      ['Amanda', 'Weaver', 'Postal'],
    ],
    [
      'fr',
      'Entretien avec Marie Curie',
      'Marie Curie dirige le laboratoire. Nous avons rencontré Marie Curie à Paris. Marie Curie répond.',
      ['Marie', 'Curie'],
    ],
    [
      'es',
      'Conversamos con Ana Torres',
      'Ana Torres trabaja en el Servicio Postal. Ana Torres nos habló del Servicio Postal y de su equipo.',
      ['Ana', 'Torres', 'Postal'],
    ],
  ])('%s «%s»: none of %j', (lang, title, body, never) => {
    // A government digital service's interview: its topic (#GovTech) is there, and the names' words are not.
    const got = hashtagsOf({ ...article(lang, title, body), url: 'https://18f.gsa.gov/2016/04/26/interview/' });
    for (const t of never) expect(got).not.toContain(t);
    expect(got.length).toBeGreaterThanOrEqual(1);
  });

  test('a name the article writes alone stays a tag (#Kiesraad)', () => {
    expect(
      hashtagsOf(
        article(
          'nl',
          'De Kiesraad publiceert de uitslag',
          'De Kiesraad telt de stemmen. Daarna publiceert de Kiesraad alles.',
        ),
      ),
    ).toContain('Kiesraad');
  });

  test('a site’s tag of common words («public service») is not split into a word of the title’s award name', () => {
    const got = hashtagsOf({
      ...article(
        'en',
        'Government Service Improvement Award goes to Ryan',
        'We present the Government Service Improvement Award to Ryan. The Government Service Improvement Award honours public servants.',
        ['public service'],
      ),
      url: 'https://18f.gsa.gov/2024/08/20/award/',
    });
    expect(got).not.toContain('Service');
    expect(got).not.toContain('Improvement');
  });
});

describe('a site that files the post under a subject its title names: the subject before a passing followed name (docs/teasers.md, "Hashtags")', () => {
  test.each<[string, string, string, string[], string]>([
    [
      'en',
      'Three ways to write fearless spreadsheet formulas',
      'Formulas break.\n\nHere is a formula in a cell.\n\nSome people write this in Ruby. Ruby is not needed here.',
      ['tutorial', 'spreadsheets'],
      'Spreadsheets',
    ],
    [
      'fr',
      'Trois façons d’écrire des formules de tableur',
      'Les formules cassent.\n\nVoici une formule.\n\nEn Ruby on écrit autrement. Ruby aussi.',
      ['formules'],
      'Formules',
    ],
  ])('%s «%s» → #%s', (lang, title, body, tags, expected) => {
    expect(hashtagsOf(article(lang, title, body, tags))[0]).toBe(expected);
  });

  test('a CamelCase site tag is read as words: «OpenData» → #OpenData, «DatosAbiertos» in Spanish', () => {
    expect(hashtagsOf(article('de', 'Sensoren im Wald', 'Sensoren messen im Wald.', ['OpenData']))).toContain(
      'OpenData',
    );
    expect(hashtagsOf(article('es', 'Sensores en el bosque', 'Los sensores miden.', ['OpenData']))).toContain(
      'DatosAbiertos',
    );
  });
});

describe('one mention is counted once, whatever phrases of a tag it matches (docs/teasers.md, "Hashtags")', () => {
  test('«COVID-19» once in an event’s opening is no subject (#Covid19)', () => {
    const got = hashtagsOf({
      ...article(
        'en',
        'Reach your Spanish-speaking audience during an emergency',
        'A panel will share how agencies reached Hispanic audiences during emergencies and COVID-19.\n\n' +
          'You will be able to ask questions.\n\nThe panelists work for several agencies.',
      ),
      url: 'https://digital.gov/event/2021/10/14/spanish-speaking-audience/',
    });
    expect(got).toEqual(['GovTech']);
  });
});

describe('a digest’s lead is its first item, an obituary’s the life of the person (docs/teasers.md, "Hashtags")', () => {
  test('a name only the digest’s lead gives is no tag (#Mastodon in «Out in the Open»)', () => {
    const got = hashtagsOf(
      article(
        'de',
        'Out in the Open November 2025',
        'Open Data auf Mastodon: die Szene wächst.\n\nDer Rundbrief sammelt Neuigkeiten zu Open Data.\n\n' +
          'Mastodon bleibt ein Ort für offene Daten. Mehr zu Open Data im Dezember.',
        ['OpenData'],
      ),
    );
    expect(got).toContain('OpenData');
    expect(got).not.toContain('Mastodon');
  });

  test('where the one mourned had his username is no tag (#GitHub on an obituary)', () => {
    const got = hashtagsOf({
      ...article(
        'en',
        'Goodbye, Dear Frank.',
        'The Jekyll core team learned of the passing of Frank, known by his GitHub username.\n\n' +
          'He answered issues on GitHub and kept the Jekyll docs simple. GitHub Actions ran his checks.',
      ),
      url: 'https://jekyllrb.com/news/2021/09/14/goodbye-dear-frank/',
    });
    expect(got).toEqual(['Jekyll']);
  });

  test('the same lead on a news piece keeps the name', () => {
    const got = hashtagsOf({
      ...article(
        'en',
        'New docs workflow',
        'The Jekyll core team moved its docs checks to GitHub.\n\n' +
          'Checks run on GitHub for every pull request. GitHub Actions ran the checks.',
      ),
      url: 'https://jekyllrb.com/news/2021/09/14/docs-workflow/',
    });
    expect(got).toContain('GitHub');
  });
});

describe('a site’s tag of several words is the post’s where the post writes it (docs/teasers.md, "Hashtags")', () => {
  test('«Executive Council» only in an English link of a Spanish post → no #ExecutiveCouncil', () => {
    const got = hashtagsOf(
      article(
        'es',
        'Convocatoria de candidatos para el Consejo Ejecutivo de Carpentries',
        'El Consejo Ejecutivo busca candidatos.\n\nEl Consejo Ejecutivo se elige cada año.\n\n' +
          'Puedes leer The Structure of The Carpentries Executive Council.',
        ['Executive Council', 'Governance'],
      ),
    );
    expect(got).not.toContain('ExecutiveCouncil');
    expect(got).toContain('Gobernanza');
  });
});

describe('Quarto is followed as written, not the Italian or Portuguese «quarto» (docs/teasers.md, "Hashtags")', () => {
  test.each<[string, string, string, string[]]>([
    [
      'en',
      'Publishing with Quarto',
      'Quarto renders notebooks to websites. We moved our docs to Quarto last year.',
      ['Quarto'],
    ],
    [
      'it',
      'Il quarto rilascio',
      'Il quarto rilascio di Tidepool arriva oggi. Il quarto capitolo parla di Tidepool.',
      [],
    ],
  ])('%s: %s', (lang, title, body, expected) => {
    const tags = hashtagsOf(article(lang, title, body));
    for (const tag of expected) expect(tags).toContain(tag);
    if (expected.length === 0) expect(tags).not.toContain('Quarto');
  });
});

describe('a language’s ecosystem names it (docs/teasers.md, "Hashtags")', () => {
  test('a crate added in Cargo.toml, of a library the lead says is written in Rust → #Rust', () => {
    const got = hashtagsOf({
      ...article(
        'en',
        'Announcing tauri-egui 0.1.0',
        'The Tauri team is pleased to announce the first release of tauri-egui.\n\n' +
          'egui is a GUI library written in Rust.\n\nAdd the crate to your dependencies in Cargo.toml.',
      ),
      url: 'https://tauri.app/blog/tauri-egui-0-1/',
    });
    expect(got).toContain('Rust');
  });
});

describe('a site no lexicon knows goes by the name its host spells, where the article writes it as a name (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, lang: string, title: string, body: string, max = 3) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags: [] }, { maxHashtags: max, maxEmoji: 2 }).hashtags;

  test('two capitalised words that spell the host are its name, first, before a name the body passes by', () => {
    expect(
      at(
        'https://quillnotes.app/en/2026-01-05-sync-servers',
        'en',
        'New Guide for Setting up Sync Servers for Quill Notes',
        'Every once in a while we get asked which sync server suits Quill Notes best. Most servers work well.\n\n' +
          'Read more on GitHub about how to set one up. We are happy about any feedback on the guide.',
      )[0],
    ).toBe('QuillNotes');
  });

  test('a hyphen of the host parts its name off («pebblemark-hub.net» → #Pebblemark), a Latin name in Japanese text too', () => {
    expect(
      at(
        'https://pebblemark-hub.net/ja/blog/2026-03-05-release/',
        'ja',
        'NEW RELEASE: v3.1.0',
        'Pebblemark Projectは3月5日、Pebblemark v3.1.0 をリリースしました！\n\n' +
          '今回のリリースでは、バグ修正に加え、新機能の追加が含まれています。Pebblemarkのウィジェットを改善しました。HTMLの表示も直りました。',
      ),
    ).toEqual(['Pebblemark']);
  });

  test('the most specific name the host spells wins, and a country is never the site’s name', () => {
    const got = at(
      'https://developers.italia.it/it/news/2026/01/10/community',
      'it',
      'La community di Developers Italia cresce',
      'Developers Italia riunisce chi sviluppa software pubblico in Italia. In Italia i comuni usano Developers Italia ogni giorno.',
    );
    expect(got[0]).toBe('DevelopersItalia');
    expect(got).not.toContain('Italia');
  });

  test('a title that spells the host in lowercase names the site («quillmark 8.0.0 Released» on quillmark.io)', () => {
    expect(
      at(
        'https://quillmark.io/news/2026/09/16/quillmark-8-0-0-released/',
        'en',
        'quillmark 8.0.0 Released',
        'We are happy to announce the release of quillmark 8.0.0. This release drops Node.js 16 and 18.',
      ),
    ).toContain('Quillmark');
  });

  test.each([
    // A common word the title writes is not the site's name for all that («Digital services that last»).
    ['https://digital.gov/2026/01/05/practices/', 'Digital services that last', 'Ten practices help teams.'],
    // The host written as an address, or a word of a compound, is no name.
    [
      'https://digital.gov/2026/01/05/practices/',
      'Ten practices that last',
      'Read them on Digital.gov. A Digital-First plan helps teams.',
    ],
    // One capitalised word at the start of sentences says nothing: any sentence starts with a capital.
    [
      'https://harvest.example/blog/autumn',
      'Autumn is here',
      'Harvest comes early this year. Harvest is when the farm hires the most.',
    ],
  ])('%s: no tag from the host', (url, title, body) => {
    expect(at(url, 'en', title, body).map((t) => t.toLowerCase())).not.toContainEqual(
      expect.stringMatching(/^(digital|harvest)$/u),
    );
  });

  // A book whose sources, it says at the end, are on the platform: the site's name spelled by its host was the
  // platform's (dev7: #GitHub on both Rust books at github.io, «meaningless hashtag»).
  const book = (platform: string) =>
    [
      'Bienvenue dans Le langage de programmation Kotlin, un livre d’initiation à Kotlin.',
      'Kotlin vous aide à écrire des logiciels plus fiables. Ce livre part des bases.',
      'Chaque chapitre ajoute un outil. Les premiers chapitres installent Kotlin et écrivent un programme.',
      'Les chapitres suivants parlent des types, des fonctions et des modules.',
      `Les sources de ce livre sont disponibles sur ${platform}. La version française est aussi sur ${platform}.`,
    ].join('\n\n');

  test.each([
    ['https://someone.github.io/tide-book/ch00-00-introduction.html', 'GitHub'],
    ['https://someone.gitlab.io/tide-book/intro.html', 'GitLab'],
    ['https://tide-book.readthedocs.io/en/latest/intro.html', 'ReadTheDocs'],
    ['https://tide-book.netlify.app/intro', 'Netlify'],
  ])('a hosting platform’s domain names the host, not the publisher: %s gives no #%s', (url, platform) => {
    expect(at(url, 'fr', 'Introduction', book(platform))).toEqual(['Kotlin']);
  });

  test('the site’s own name under a hosting platform’s domain still is one («tidepool-fr.github.io» → #Tidepool)', () => {
    const tidepool = book('GitHub').replace(/Kotlin/gu, 'Tidepool');
    expect(at('https://tidepool-fr.github.io/livre/intro.html', 'fr', 'Introduction', tidepool)).toEqual(['Tidepool']);
  });

  test.each([
    ['https://pebblecd.io/blog/2026/06/pebble-v2.9.0/', 'a delivery tool’s «cd»'],
    ['https://getpebble.org/blog/2026/06/pebble-v2.9.0/', 'a verb asking the reader in'],
  ])('%s: the host’s name without %s is the project (dev7: #Git alone under «Announcing Flux 2.9 GA»)', (url) => {
    const got = at(
      url,
      'en',
      'Announcing Pebble 2.9 GA',
      'Pebble v2.9 introduces the Pebble CLI Plugin System. This release also brings Git integrations.\n\n' +
        'Plugins extend the pebble command, and the Pebble docs list them. Run pebble plugin install to add one.\n\n' +
        'Pebble signs Git commits now. Upgrade to Pebble v2.9 before you use the Pebble Operator.',
    );
    expect(got[0]).toBe('Pebble');
  });

  test.each([
    ['https://doc.kotlin-kr.org/ch17-00-oop.html', ['OOP', 'Kotlin']],
    ['https://kotlinlang-kr.github.io/ch17-00-oop.html', ['OOP', 'Kotlin']],
    ['https://doc.kotlin-korea.org/ch17-00-oop.html', ['OOP']],
  ])(
    'a project’s community in one language, named so by its host (%s), is the project’s: the name its page writes in Hangul',
    (url, tags) => {
      const body =
        '객체 지향 프로그래밍 (object-oriented programming, OOP) 은 프로그램을 모델링하는 방식입니다.\n\n' +
        'OOP 에서 객체는 데이터와 동작을 묶습니다. 코틀린은 OOP 의 몇 가지 기능을 가지고 있습니다.\n\n' +
        '이 장에서는 코틀린의 OOP 기능을 살펴봅니다. OOP 를 코틀린으로 구현해 봅시다.';
      expect(at(url, 'ko', '코틀린의 객체 지향 프로그래밍 기능들', body)).toEqual(tags);
    },
  );

  test('named only once, in the lead, it comes last: the site saying where the reader is, not the subject', () => {
    const got = at(
      'https://tidepoolmaps.org/blog/rcmp-maps',
      'en',
      'Mapping with the RCMP',
      'If you are reading Tidepool Maps, you care about maps. The RCMP asked us for new coastal maps this year.\n\n' +
        'The RCMP and our team now share a floor. The RCMP maps are online.',
    );
    expect(got).toEqual(['RCMP', 'TidepoolMaps']);
  });

  test('named once deep in the body, it is a credit: no tag', () => {
    const got = at(
      'https://tidepoolmaps.org/blog/rcmp-maps',
      'en',
      'Mapping with the RCMP',
      'The RCMP asked us for new coastal maps this year. The RCMP and our team now share a floor.\n\n' +
        'The RCMP maps are online.\n\nThanks to everyone.\n\nSome of these maps also appear on Tidepool Maps.',
    );
    expect(got).not.toContain('TidepoolMaps');
  });

  test('the site’s name says who speaks, not what about: two names of the title or lead may still follow it', () => {
    expect(
      at(
        'https://quillnotes.app/en/2026-02-01-kubernetes',
        'en',
        'Quill Notes now runs on Kubernetes',
        'Quill Notes moved its sync servers to Kubernetes and Prometheus this winter. Prometheus watches every server.\n\n' +
          'Kubernetes restarts a server that fails. Prometheus alerts us when Kubernetes does. Quill Notes users saw no downtime.',
      ),
    ).toEqual(['QuillNotes', 'Kubernetes', 'Prometheus']);
  });
});

describe('an acronym the article also writes in small letters is a common word set in capitals (docs/teasers.md, "Hashtags")', () => {
  test('«ZIP files» beside «zip files» is no #ZIP; a name written only in capitals stays one', () => {
    const body =
      'Web apps in Cheogram can ship as ZIP files. A ZIP file holds the code, and Cheogram runs it.\n\n' +
      'Here are a few zip files to try. Send the zip file to a group in Cheogram, and the ZIP runs there.';
    expect(hashtagsOf(article('en', 'Replacing platforms with ZIP files', body))).toEqual(['Cheogram']);
    expect(hashtagsOf(article('en', 'Replacing platforms with WXDC files', body.replace(/zip/giu, 'WXDC')))).toContain(
      'WXDC',
    );
  });
});

describe('a name is the whole name the article writes, not a word cut from it or around it (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, lang: string, title: string, body: string, summary?: string) =>
    draftTeaser(
      { id: 'test', url, lang, title, body, tags: [], ...(summary === undefined ? {} : { summary }) },
      { maxHashtags: 3, maxEmoji: 2 },
    ).hashtags;

  test('a JavaScript project’s host spells its name with «js»: quarkjs.dev is #Quark, not a tech its body names', () => {
    expect(
      at(
        'https://quarkjs.dev/ja/blog/quark-v3-1/',
        'ja',
        'Quark v3.1',
        'Quark 3.1をリリースしました！バグ修正に加え、高速化が含まれています。\n\n型推論も改善しました。\n\nHTMLの整形も直りました。HTMLのパーサーも速くなりました。',
      ),
    ).toEqual(['Quark']);
  });

  test('a site’s name that only the author’s summary gives still says what the page is about, before a link to GitHub', () => {
    expect(
      at(
        'https://quarkjs.dev/fr/internals/philosophy/',
        'fr',
        'Philosophie',
        'Cette liste inclut l’esprit général du projet.\n\nNous parlons en public, dans les discussions de GitHub.',
        'Comment nous pensons au développement de Quark.',
      ),
    ).toEqual(['Quark']);
  });

  test.each([
    [
      'cs',
      'Český projekt Kvítek vyhrál soutěž Evropské komise',
      'Pomoc digitálně vyloučeným je cílem projektu Kvítek, který zvítězil v soutěži Evropské komise. Soutěž je iniciativou Evropské komise.',
      'Evropské',
    ],
    [
      'ru',
      'Российский проект Квиток получил премию Европейской комиссии',
      'Помощь людям — цель проекта Квиток, который победил в конкурсе Европейской комиссии. Конкурс — инициатива Европейской комиссии.',
      'Европейской',
    ],
  ])(
    '%s: a capitalised adjective of a Slavic language opens a longer name, never a name of its own',
    (lang, title, body, word) => {
      expect(at('https://example.org/a', lang, title, body)).not.toContain(word);
    },
  );

  test('a name with inner capitals the article never writes without the next word is cut from it: no #SkyLark of «SkyLark Menu++»', () => {
    const got = at(
      'https://wiki.example.org/he-IL/skylark/backgrounds.html',
      'he',
      'כיצד להתקין רקעים עבור Unbootx באמצעות SkyLark Menu++',
      'באמצעות SkyLark Menu++ ניתן להתקין רקעים עבור Unbootx. פתחו את SkyLark Menu++ ובחרו רקע.',
    );
    expect(got).not.toContain('SkyLark');
  });

  test('an acronym before a word is its organisation’s own name: #LFX of «LFX Mentorship» stays', () => {
    const got = at(
      'https://example.org/blog/mentorship',
      'en',
      'Our LFX Mentorship term',
      'This summer two mentees joined us through the LFX Mentorship. The LFX Mentorship pays its mentees.',
    );
    expect(got).toContain('LFX');
  });

  test('a followed name the title writes only as the first word of a longer one is that name: «GitHub Pages» → #GitHubPages', () => {
    const got = at(
      'https://example.org/es/docs/github-pages',
      'es',
      'GitHub Pages',
      'En este tutorial, usaremos GitHub Actions para desplegar GitHub Pages. Sube los ficheros a GitHub.\n\n' +
        'Crea un repositorio en GitHub. Después, GitHub publica el sitio en GitHub Pages.',
    );
    expect(got).toContain('GitHubPages');
    expect(got).not.toContain('GitHub');
  });

  test('a followed name the lead gives once beside the site’s own name given twice is where to ask: no #GitHub', () => {
    const got = at(
      'https://quillnotes.app/ru/docs/',
      'ru',
      'Документация',
      'Добро пожаловать в документацию Quill Notes. Если возникнут проблемы при использовании Quill Notes, поднимите вопрос на GitHub.\n\n' +
        'Установка занимает минуту.\n\nИсходный код лежит на GitHub, релизы тоже на GitHub.',
    );
    expect(got[0]).toBe('QuillNotes');
    expect(got).not.toContain('GitHub');
  });

  test('a topic one example of a list in the lead names is no last resort: no #Bezpečnost', () => {
    const got = at(
      'https://example.org/2025/03/projekt',
      'cs',
      'Projekt Kvítek hlásí další úspěchy',
      'Projekt Kvítek školí sociální pracovníky a zvýšil digitální gramotnost bezmála 10 000 lidí.\n\n' +
        'Mezi největší výzvy patří například práce s datovými schránkami, digitální bezpečnost nebo online komunikace.',
    );
    expect(got.map((t) => t.toLowerCase())).not.toContain('bezpečnost');
  });
});

describe('a tag is a name, in a script without case too, and said once (docs/teasers.md, "Hashtags")', () => {
  const at = (url: string, lang: string, title: string, body: string, max = 3) =>
    draftTeaser({ id: 'test', url, lang, title, body, tags: [] }, { maxHashtags: max, maxEmoji: 2 }).hashtags;

  test.each([
    [
      'th',
      'ความมุ่งมั่นของชุมชนต่อคำจำกัดความซอฟต์แวร์เสรี',
      'เราขอประกาศว่าซอฟต์แวร์เสรีถูกกำหนดโดยคำจำกัดความซอฟต์แวร์เสรี (FSD) เวอร์ชัน 1.9 เท่านั้น.\n\n' +
        'การแก้ไขหรือคำจำกัดความใหม่ใดๆ จะได้รับการยอมรับเฉพาะเมื่อมีการเห็นพ้องร่วมกันอย่างชัดเจนจากชุมชน.',
    ],
    [
      'fa',
      'تعهد جامعه به تعریف نرم‌افزار آزاد',
      'ما اعلام می‌کنیم که نرم‌افزار آزاد تنها توسط تعریف نرم‌افزار آزاد (FSD) نسخه 1.9 تعریف می‌شود.\n\n' +
        'هرگونه اصلاح یا تعریف جدید تنها با اجماع واضح جامعه به رسمیت شناخته خواهد شد.',
    ],
  ])(
    'the last resort in %s is the acronym the lead gives, not a common word of the title («คำ», «تعریف»)',
    (lang, title, body) => {
      expect(at('https://declaration.example/index', lang, title, body)).toEqual(['FSD']);
    },
  );

  test.each([
    [
      'fa',
      'پیمان نحوه‌ی برخورد با مشارکت کننده',
      'ما متعهد می‌شویم که مشارکت در پروژه تجربه‌ای بدون آزار برای همگان باشد.',
    ],
    ['he', 'קוד התנהגות לתורם', 'אנו מתחייבים להפוך את ההשתתפות בפרויקט לחוויה נטולת הטרדה עבור כולם.'],
  ])(
    'where the %s page writes no name at all, the name its host spells, not a word of the title («conduct», «code»)',
    (lang, title, body) => {
      expect(at('https://www.contributor-covenant.org/version/1/4/code-of-conduct', lang, title, body)).toEqual([
        'ContributorCovenant',
      ]);
    },
  );

  test('an abbreviation the article gives for the name it is about is no second tag: no #PD beside #PebbleDesktop', () => {
    const got = at(
      'https://pebbledesktop.org/releases/10-1/',
      'en',
      'Pebble Desktop 10.1 (PD 10.1) is out',
      'Pebble Desktop 10.1 is the first minor release of PD 10. PD 10.1 adds new drivers.\n\n' +
        'Upgrade from PD 10.0 with one command. Pebble Desktop keeps PD 9 supported until 2030.',
    );
    expect(got[0]).toBe('PebbleDesktop');
    expect(got).not.toContain('PD');
  });

  test('a capitalised word of a hyphenated name is cut from it: no #Central of «E-Central»', () => {
    const body =
      'The summit will take place at the E-Central Downtown Hotel. Book a room at E-Central and stay.\n\n' +
      'The E-Central lobby opens at eight. Talks at E-Central start at nine, and E-Central serves lunch.';
    expect(at('https://example.org/summit', 'en', 'Summit venue announced', body)).not.toContain('Central');
  });

  test('the site’s name, once in the lead, comes before a company the lead names in passing: #QDroid before #Google', () => {
    const got = at(
      'https://q-droid.org/2026/04/23/md3.html',
      'en',
      'A visual refresh',
      'The next release of the Q-Droid app brings a small visual refresh, following how Google thinks apps should look.\n\n' +
        'Thanks go out to the contributor who did the heavy lifting on this.',
    );
    expect(got[0]).toBe('QDroid');
  });

  test('a Persian word that spells the host’s name in its letters is that name: «داک‌پرس» on docpress.dev → #DocPress', () => {
    const body =
      'داک‌پرس یک ابزار برای ساخت سایت مستندات است. می‌توانید داک‌پرس را در مرورگر امتحان کنید.\n\n' +
      'برای نصب داک‌پرس به Node.js نسخه 22 نیاز دارید. راهنمای عیب‌یابی Vite را ببینید.';
    expect(at('https://docpress.dev/fa/guide/getting-started', 'fa', 'شروع کار', body)).toEqual(['DocPress']);
  });
});

test('a release’s stage is no tag: no #Beta beside the project (dev9)', () => {
  const got = hashtagsOf(
    article('en', 'Quillo v2 Beta for Windows', 'Quillo v2 Beta is out for Windows. Try the Quillo v2 Beta today.'),
  );
  expect(got).toContain('Quillo');
  expect(got).not.toContain('Beta');
});

describe('a followed name brings its community where the post has room (docs/teasers.md, "Hashtags")', () => {
  const body = (name: string) =>
    `${name} 4.2 is out. ${name} now builds twice as fast, and ${name} ships a new plugin API.\n\n` +
    `Upgrade ${name} with your package manager. Thanks to every contributor of ${name}.`;
  const tags = (lang: string, title: string, name: string, maxHashtags = 3) =>
    hashtagsOf(article(lang, title, body(name)), maxHashtags);

  test('a framework’s language, a project’s ecosystem: #ReactJS #JavaScript, #Istio #Kubernetes', () => {
    expect(tags('en', 'React 4.2 released', 'React')).toEqual(['ReactJS', 'JavaScript']);
    expect(tags('en', 'Istio 4.2 released', 'Istio')).toEqual(['Istio', 'Kubernetes']);
  });

  test('spelled as its own entry spells it in the post’s language: #IA in French, #KI in German', () => {
    expect(tags('fr', 'Ollama 4.2 est sorti', 'Ollama')).toEqual(['Ollama', 'IA']);
    expect(tags('de', 'Ollama 4.2 ist erschienen', 'Ollama')).toEqual(['Ollama', 'KI']);
    expect(tags('pt', 'Prometheus 4.2 foi lançado', 'Prometheus')).toEqual(['Prometheus', 'Observabilidade']);
    expect(tags('zh', 'Prometheus 4.2 发布', 'Prometheus')).toEqual(['Prometheus', '可观测性']);
    expect(tags('ko', 'Prometheus 4.2 출시', 'Prometheus')).toEqual(['Prometheus', 'Observability']);
  });

  test('never past the operator’s maximum, and never a second time', () => {
    expect(tags('en', 'React 4.2 released', 'React', 1)).toEqual(['ReactJS']);
    expect(hashtagsOf(article('en', 'React 4.2 for JavaScript developers', body('React')))).toEqual([
      'ReactJS',
      'JavaScript',
    ]);
  });

  test('not under a piece about a person: an obituary keeps its names alone', () => {
    const obituary = article(
      'en',
      'In memoriam: Ada Example',
      'We are sad to share that Ada Example, a React maintainer since 2015, passed away last week. Ada wrote the React docs.',
    );
    expect(hashtagsOf(obituary)).not.toContain('JavaScript');
  });

  test('a name without a community gets none', () => {
    expect(tags('en', 'Zulip 4.2 released', 'Zulip')).toEqual(['Zulip']);
  });
});

/** An article at an address, with its body's links (Article.links), as intake gives it. */
function linked(
  lang: string,
  url: string,
  title: string,
  body: string,
  links: Array<{ text: string; href?: string }> = [],
): Article {
  return { id: 'test', url, lang, title, body, tags: [], links };
}

describe('a name the article points at is no tag: a link to its site, an address, a citation (docs/teasers.md, "Hashtags")', () => {
  // dev10's hacker-laws translations: each law ends with a link «… en Wikipedia» to the law's article there.
  const laws = [
    'Ley de Conway',
    'Ley de Brooks',
    'Ley de Hofstadter',
    'Ley de Murphy',
    'Ley de Parkinson',
    'Ley de Gall',
  ];
  const body = laws
    .map(
      (law) => `${law}\n\n${law} en Wikipedia\n\nLa ${law.toLowerCase()} dice algo útil sobre los equipos y el código.`,
    )
    .join('\n\n');
  const links = laws.map((law) => ({
    text: `${law} en Wikipedia`,
    href: `https://es.wikipedia.org/wiki/${law.replace(/ /g, '_')}`,
  }));

  test('«… en Wikipedia» linking to wikipedia.org again and again says where to read, not what the piece is about', () => {
    const page = linked('es', 'https://example.org/leyes', 'Leyes para programadores', body, links);
    expect(hashtagsOf(page)).not.toContain('Wikipedia');
  });

  test('the same words without the links are the piece’s own sentences: then the name is its subject', () => {
    const page = linked('es', 'https://example.org/leyes', 'Leyes para programadores', body);
    expect(hashtagsOf(page)).toContain('Wikipedia');
  });

  test('a name linked to its own site in a sentence («a popular linter is ESLint») is still the sentence’s', () => {
    const text =
      'A popular linter is ESLint. Install ESLint with the options for React. Integrate ESLint in your editor with eslint-plugin-react-hooks. ESLint then finds bugs early, and ESLint fixes most of them.';
    const page = linked('en', 'https://example.org/editor-setup', 'Editor setup', text, [
      { text: 'ESLint', href: 'https://eslint.org/' },
      {
        text: 'Install ESLint with the options for React',
        href: 'https://www.npmjs.com/package/eslint-config-react-app',
      },
      { text: 'eslint-plugin-react-hooks', href: 'https://www.npmjs.com/package/eslint-plugin-react-hooks' },
    ]);
    expect(hashtagsOf(page)).toContain('ESLint');
  });

  test('an address written out is a pointer: #GitHub from the pull requests of release notes is none', () => {
    // dev10: CoreDNS 1.11.0's notes give «github» 23 times, each in a pull request's address; #GitHub was its only tag.
    const changes = ['plugin/forward: fix metrics', 'plugin/health: poll localhost', 'doq: add server support']
      .flatMap((change, i) => [`- ${change} (https://github.com/coredns/coredns/pull/${6100 + i})`])
      .join('\n\n');
    const page = linked(
      'en',
      'https://coredns.io/2023/07/25/coredns-1.11.0-release/',
      'CoreDNS-1.11.0 Release',
      `Adds support for DNS over QUIC.\n\n${changes}\n\n${changes}`,
    );
    expect(hashtagsOf(page)).toEqual(['CoreDNS']);
  });

  test('a citation (a parenthesis that gives an address) points too: an image credit names where the image is from', () => {
    const credit = '(Diagram: Foobar628 at English Wikipedia, CC BY-SA 3.0, https://en.wikipedia.org/wiki/File:X.svg)';
    const text = Array.from({ length: 6 }, (_, i) => `Law ${i + 1} says something about teams. ${credit}`).join('\n\n');
    expect(hashtagsOf(linked('en', 'https://example.org/laws', 'Laws for programmers', text))).not.toContain(
      'Wikipedia',
    );
  });
});

describe('release notes are about the product the title gives a version (docs/teasers.md, "Hashtags")', () => {
  test.each([
    // dev10: Kitex's notes name gRPC 4 times and nothing else people follow: #gRPC alone, «meaningless».
    ['zh', 'https://www.cloudwego.io/zh/blog/2025/09/29/kitex-release-v0.15.1/', 'Kitex Release v0.15.1', 'Kitex'],
    ['en', 'https://example.org/blog/rocky-10-1', 'Rocky Linux 10.1 is out', 'RockyLinux'],
    ['en', 'https://example.org/blog/flux-2-9', 'Announcing Flux 2.9 GA', 'Flux'],
  ])('%s «%s» → #%s first', (lang, url, title, product) => {
    const notes =
      lang === 'zh'
        ? '本次版本修复了 gRPC 流的问题。\n\n- 修复 gRPC 超时。\n\n- 优化 gRPC 连接。\n\n- 更新 gRPC 依赖。'
        : 'Rocky Linux 10.1 and Flux bring many fixes.\n\n- Faster start.\n\n- Smaller images.';
    expect(hashtagsOf(linked(lang, url, title, notes))[0]).toBe(product);
  });

  test('a version after a common word names no product («What is new in Release 1.2»)', () => {
    const page = linked(
      'en',
      'https://example.org/v1-2',
      'What is new in Release 1.2',
      'Kubernetes users get faster starts.',
    );
    expect(hashtagsOf(page)[0]).toBe('Kubernetes');
  });
});

describe('a page of a code forge is its repository’s (docs/teasers.md, "Hashtags")', () => {
  test('a title that is only the repository’s name names it: #HackerLaws, not #GitHub', () => {
    const page = linked(
      'tr',
      'https://github.com/dwmkerr/hacker-laws/blob/main/translations/tr.md',
      '💻📖 hacker-laws',
      'Programcıların faydalı bulacağı yasalar, teoriler, prensipler ve desenler.',
    );
    expect(hashtagsOf(page)).toEqual(['HackerLaws']);
  });

  test('a translated page that names nothing else people follow still has its repository’s name', () => {
    const page = linked(
      'id',
      'https://github.com/dwmkerr/hacker-laws/blob/main/translations/id.md',
      'Undang Undang Peretas',
      'Hukum, teori, prinsip dan pola yang berguna bagi pengembang.',
    );
    expect(hashtagsOf(page)).toEqual(['HackerLaws']);
  });
});

describe('a repository named like a document is no tag; the topic its title gives is (docs/teasers.md, "Hashtags")', () => {
  // dev10: The Art of Command Line's translations had #TheArtOfCommandLine alone, «meaningless hashtag», 3/10.
  const url = 'https://github.com/jlevy/the-art-of-command-line/blob/master/README-uk.md';
  const body = 'Вільне володіння командним рядком — це навичка. Bash і shell щодня.';

  test('a name with an article or a preposition among its words is a title CamelCased: no #TheArtOfCommandLine', () => {
    expect(hashtagsOf(linked('uk', url, 'Мистецтво командного рядка', body))).not.toContain('TheArtOfCommandLine');
  });

  test('the followed topic of its title stands in: #CommandLine', () => {
    expect(hashtagsOf(linked('uk', url, 'Мистецтво командного рядка', body))[0]).toBe('CommandLine');
  });

  test('a name of two words is still the project’s (#HackerLaws stays, above)', () => {
    const page = linked('en', 'https://github.com/dwmkerr/hacker-laws/blob/main/README.md', 'hacker-laws', 'Laws.');
    expect(hashtagsOf(page)).toEqual(['HackerLaws']);
  });

  test('a name of three words and none of them a title’s small word is a project’s: #FreeProgrammingBooks stays', () => {
    // Read side by side, #GitHub alone lost all six readings to #FreeProgrammingBooks #GitHub (the project named nowhere else).
    const page = linked(
      'en',
      'https://github.com/EbookFoundation/free-programming-books/blob/main/docs/HOWTO.md',
      'How-To at a glance',
      'Welcome to Free-Programming-Books! We welcome newcomers making their first Pull Request on GitHub.',
    );
    expect(hashtagsOf(page)).toContain('FreeProgrammingBooks');
  });
});

describe('a name only the body gives must come back through it, not 6 times in 5,000 words (docs/teasers.md, "Hashtags")', () => {
  const filler = 'Use the shell to move through files and join commands with pipes every day. ';
  // Past the opening: the lead would make it the subject.
  const section = (n: number) => `${filler.repeat(30)}${n >= 2 && n < 8 ? 'Python runs one-liners too.' : ''}`;
  const long = Array.from({ length: 12 }, (_, i) => section(i)).join('\n\n');

  // dev10: The Art of Command Line (4,000–5,500 words) had #Python, #Linux, #macOS from 6 to 11 mentions each.
  const url = 'https://github.com/jlevy/the-art-of-command-line/blob/master/README-de.md';

  test('in a long guide, «Python» six times is one item of many: no #Python', () => {
    expect(hashtagsOf(linked('en', url, 'Die Kunst der Kommandozeile', long))).toEqual(['CommandLine']);
  });

  test('in a short piece, the same six mentions make it the subject', () => {
    const short = Array.from({ length: 6 }, () => `${filler}Python runs one-liners too.`).join('\n\n');
    expect(hashtagsOf(linked('en', url, 'Die Kunst der Kommandozeile', short))).toContain('Python');
  });
});

test('a language’s English name is no tag either: a title that lists translations («… ∙ English ∙ …»)', () => {
  const page = linked(
    'pl',
    'https://example.org/README-pl.md',
    'Čeština ∙ Deutsch ∙ English ∙ Español ∙ polski',
    'Sztuka używania wiersza poleceń. Płynność w wierszu poleceń to umiejętność.',
  );
  expect(hashtagsOf(page)).not.toContain('English');
});

describe('a word joined to a longer name by a particle in small letters is a part of it (docs/teasers.md, "Hashtags")', () => {
  // dev11: es.react.dev's «Componentes de React en el Servidor» had #ReactJS #Componentes #Servidor.
  const body = Array.from(
    { length: 4 },
    () => 'Hablamos de los Componentes de React en el Servidor. Los Componentes de React en el Servidor cargan datos.',
  ).join('\n\n');
  const page = linked('es', 'https://example.org/rsc', 'Presentación de los componentes de React en el servidor', body);

  test('«Componentes de React en el Servidor»: no #Componentes, no #Servidor', () => {
    expect(hashtagsOf(page)).not.toContain('Componentes');
    expect(hashtagsOf(page)).not.toContain('Servidor');
  });

  test('the name it is a part of stays: #ReactJS', () => {
    expect(hashtagsOf(page)[0]).toBe('ReactJS');
  });

  test('«and» lists names, it does not join one: «Podman, Buildah and Skopeo» keeps #Buildah', () => {
    const list = linked(
      'en',
      'https://example.org/ubuntu',
      'Podman, Buildah and Skopeo on Ubuntu 22.04 LTS',
      'Podman, Buildah and Skopeo are in Ubuntu. Podman, Buildah and Skopeo get no updates. Buildah builds images.',
    );
    expect(hashtagsOf(list)).toContain('Buildah');
  });
});

describe('a topic the article says once, in passing, is no tag (docs/teasers.md, "Hashtags")', () => {
  // dev11: Psiphon on Uganda's election had #Psiphon #Climate, from «a growing climate of intimidation».
  const lead =
    'In the lead-up to the election, media outlets raised concern about a consolidation of power and a growing climate of intimidation.';
  const rest = 'On election day, social media were blocked. Ugandans turned to Psiphon to get around the blocking.';

  test('one «climate» in the lead that the post repeats: no #Climate', () => {
    const page = linked('en', 'https://psiphon.ca/en/blog/uganda', 'Ugandans Find Their Way', `${lead}\n\n${rest}`);
    expect(hashtagsOf(page)).not.toContain('Climate');
  });

  test('said again further on, it is the piece’s: #Climate', () => {
    const again = `${lead}\n\n${rest} The climate crisis makes it worse.`;
    expect(hashtagsOf(linked('en', 'https://psiphon.ca/en/blog/uganda', 'Ugandans Find Their Way', again))).toContain(
      'Climate',
    );
  });
});

describe('the host’s own label is the site’s name even inside a longer one (docs/teasers.md, "Hashtags")', () => {
  // dev12: fronteers.nl's «Fronteers Conference is cancelled» had #Conference alone, «generic hashtag».
  const page = linked(
    'en',
    'https://fronteers.nl/nl/blog/2023/07/fronteers-conference-is-cancelled',
    'Fronteers Conference is cancelled',
    'We are not able to hold our 14th conference. Fronteers Conference will not happen this year. We thank everyone who bought a ticket for Fronteers Conference.',
  );

  test('«Fronteers Conference» on fronteers.nl: #Fronteers, not #Conference', () => {
    expect(hashtagsOf(page)).toEqual(['Fronteers']);
  });
});

describe('copyright is a topic people follow, in their language (docs/teasers.md, "Hashtags")', () => {
  // dev5: CC Korea's «CC 라이선스 배경과 목적» had #CreativeCommons alone, «English-only hashtag, no Korean tag».
  const lead =
    '현재의 저작권은 원칙적으로 다른 이의 이용을 금지하는 형태입니다. 크리에이티브 커먼즈 라이선스는 저작권을 지키면서 공유합니다.';
  const page = linked(
    'ko',
    'https://ccl.cckorea.org/vision/',
    'CC 라이선스 배경과 목적',
    `${lead}\n\n저작권자는 Creative Commons 라이선스를 고릅니다.`,
  );

  test('a Korean piece on licences and 저작권: #저작권 beside #CreativeCommons', () => {
    expect(hashtagsOf(page)).toEqual(expect.arrayContaining(['저작권', 'CreativeCommons']));
  });

  test('a passing «copyright» at the foot of an English post is no tag', () => {
    const credit = linked(
      'en',
      'https://example.org/post',
      'Kubernetes 1.30 released',
      'Kubernetes 1.30 is out.\n\nCopyright the authors.',
    );
    expect(hashtagsOf(credit)).not.toContain('Copyright');
  });
});

describe('a name people write in their own script is tagged so where the article writes it (docs/teasers.md, "Hashtags")', () => {
  // dev4: OONI on China's blocking of Wikipedia had #OONI #中国 #Wikipedia, «mixed-language hashtags».
  const body = '维基百科在中国被封锁。我们测试了维基百科的所有语言版本。维基百科的域名都被封锁了。';

  test('a Chinese page that writes 维基百科: #维基百科', () => {
    const page = linked('zh', 'https://example.org/zh/wikipedia', '中国封锁所有语言版本的维基百科', body);
    expect(hashtagsOf(page)).toContain('维基百科');
  });

  test('a page that writes only «Wikipedia» keeps #Wikipedia', () => {
    const page = linked(
      'zh',
      'https://example.org/zh/wikipedia',
      '中国封锁所有语言版本的 Wikipedia',
      body.replace(/维基百科/gu, 'Wikipedia'),
    );
    expect(hashtagsOf(page)).toContain('Wikipedia');
  });
});

describe('a name the body lists among others is an example, not the subject (docs/teasers.md, "Hashtags")', () => {
  // dev13: SemVer's Hebrew spec had #Python alone, from «(PCRE, Perl, PHP, R, Python ו-Go)» in a regex note.
  const spec = (lang: string, title: string, lead: string, note: string) =>
    linked(lang, `https://semver.org/lang/${lang}/`, title, `${lead}\n\n${'גרסה. '.repeat(300)}\n\n${note}`);

  test('onlyListed: every mention an item of a list of three or more', () => {
    const listed = (body: string, name: string) => onlyListed(new PhraseCounts(body), name);
    expect(listed('Engines: PCRE, Perl, PHP, R, Python and Go. Others too.', 'Python')).toBe(true);
    expect(listed('We use Python. Also (Perl, PHP, Python).', 'Python')).toBe(false);
    expect(listed('Written in CPython, Ruby, Java.', 'Python')).toBe(false);
  });

  test('a Hebrew spec that lists Python among regex engines: the site’s own name, not #Python', () => {
    const page = spec(
      'he',
      'גרסאות סמנטיות 2.0.0',
      'בהינתן מספר גרסה, העלה את הגרסה הראשית.',
      'ביטוי רגולרי (מערכות תומכות: PCRE, Perl, PHP, R, Python ו-Go). עוד (PCRE, Perl, PHP, R, Python ו-Go).',
    );
    const tags = hashtagsOf(page);
    expect(tags).not.toContain('Python');
    expect(tags.length).toBeGreaterThan(0);
  });

  test('a word set in capitals that the text also writes otherwise is no acronym: not #MAJOR', () => {
    const page = spec(
      'he',
      'גרסאות סמנטיות 2.0.0',
      'גרסה ראשית (MAJOR) כאשר אתה עושה שינויים. Major עולה.',
      'Major, Minor ו-Patch.',
    );
    expect(hashtagsOf(page)).not.toContain('MAJOR');
  });
});

describe('a short name nobody follows gets the ecosystem the article names (docs/teasers.md, "Hashtags")', () => {
  // dev13: Gin's release notes in Japanese and Arabic had #Gin alone, «ambiguous hashtag (#Gin, no #golang)».
  const notes = (name: string) =>
    linked(
      'en',
      `https://example.org/blog/${name.toLowerCase()}-1-11-0`,
      `${name} 1.11.0 release announcement`,
      `We are happy to announce ${name} v1.11.0, with HTTP/3 support and faster forms.\n\nForms bind arrays now. Routes are faster. It now requires Go 1.25.`,
    );

  test('«Gin 1.11.0» that requires Go 1.25: #Gin #golang', () => {
    expect(hashtagsOf(notes('Gin'))).toEqual(expect.arrayContaining(['Gin', 'golang']));
  });

  test('a longer name says which project it is: «Wailsify 1.11.0» gets no #golang', () => {
    expect(hashtagsOf(notes('Wailsify'))).not.toContain('golang');
  });
});

describe('a title-cased common word is no name where the body writes it in small letters (docs/teasers.md, "Hashtags")', () => {
  // dev13: OpenTR's «ATOM Mentorluk Programı OpenTR'ye Taşındı» read #Taşındı («moved»), «meaningless hashtag».
  test('Turkish title case: #OpenTR, not #Taşındı', () => {
    const page = linked(
      'tr',
      'https://opentr.netlify.app/blog/2024/06/01/atom-tasindi/',
      "ATOM Mentorluk Programı OpenTR'ye Taşındı",
      "JUG Istanbul'da başlayan ATOM Mentorluk programı, OpenTR topluluğuna taşındı! Program artık OpenTR ile sürüyor. İlk dönem taşındı ve bitti.",
    );
    const tags = hashtagsOf(page);
    expect(tags).not.toContain('Taşındı');
    expect(tags).toContain('OpenTR');
  });

  test('with no name beside it, the Turkish lowercase (ı, not i) still tells the verb: not #Taşındı', () => {
    const page = linked(
      'tr',
      'https://example.org/blog/x/',
      'Mentorluk Programı Taşındı',
      "JUG Istanbul'da başlayan Mentorluk programı taşındı! Program artık yeni yerinde. Her şey taşındı.",
    );
    const tags = hashtagsOf(page);
    expect(tags).not.toContain('Taşındı');
    expect(tags.length).toBeGreaterThan(0);
  });

  test('a Turkish «I» lowercases to «ı»: «Işıklı» whose body says «ışıklı» is not #Işıklı', () => {
    const page = linked(
      'tr',
      'https://example.org/blog/x/',
      'Mentorluk Programı Işıklı',
      "JUG Istanbul'da başlayan Mentorluk programı ışıklı! Program artık yeni yerinde. Her şey ışıklı.",
    );
    expect(hashtagsOf(page)).not.toContain('Işıklı');
  });

  test('German title case: «Unser Hackspace Bleibt» whose body says «bleibt» is not #Bleibt', () => {
    const page = linked(
      'de',
      'https://example.org/blog/x/',
      'Unser Hackspace Bleibt',
      'Die xHain bleibt! Unser Hackspace bleibt in Friedrichshain. Der Verein bleibt.',
    );
    expect(hashtagsOf(page)).not.toContain('Bleibt');
  });
});

describe('a title that writes the site’s address names the site by its label (docs/teasers.md, "Hashtags")', () => {
  // dev13: wallabag.it's posts had #OpenSource, #Kobo, #RSS and never #wallabag, «generic hashtag».
  test('«wallabag.it will fund … wallabag»: #Wallabag first, though written in small letters', () => {
    const page = linked(
      'en',
      'https://wallabag.it/en/blog/2026/06/30/wallabag-it-funds-open-source-development/',
      'wallabag.it will fund development work contributed back to wallabag',
      'For the first time, wallabag.it will fund open source features contributed back to the wallabag project.\n\nThe open source wallabag project gets the code.',
    );
    expect(hashtagsOf(page)[0]).toBe('Wallabag');
  });

  test('a common word of a title on a host of that word stays none: «Digital services» on digital.gov', () => {
    const page = linked(
      'en',
      'https://digital.gov/2024/01/01/digital-services/',
      'Digital services for everyone',
      'We build digital services. Digital teams help agencies with digital work.',
    );
    expect(hashtagsOf(page)).not.toContain('Digital');
  });
});

describe('the name the page is published as, where its host spells it short or alone (docs/teasers.md, "Hashtags")', () => {
  // dev14: wz2100.net's posts had #Internetseite and #OpenGL and never #Warzone2100, «meaningless», «irrelevant».
  test('a host that abbreviates the name the article writes names the site: «Warzone 2100» on wz2100.net', () => {
    const page = linked(
      'de',
      'https://wz2100.net/de/news/neue-internetseite/',
      'Neue Internetseite veröffentlicht',
      'Warzone 2100 hat jetzt eine brandneue Internetseite, gestaltet von Freiwilligen.\n\nMelde Fehler auf der Internetseite.',
    );
    expect(hashtagsOf(page)).toEqual(['Warzone2100']);
  });

  test.each([
    ['under a subdomain', 'https://blog.wz2100.net/de/news/neue-internetseite/'],
    ['under a web server’s www', 'https://www.wz2100.net/de/news/neue-internetseite/'],
    ['under a country’s second level', 'https://wz2100.org.uk/de/news/neue-internetseite/'],
  ])('the host’s own label is what it abbreviates, %s: %s is Warzone 2100’s', (_, url) => {
    const page = linked(
      'de',
      url,
      'Neue Internetseite veröffentlicht',
      'Warzone 2100 hat jetzt eine brandneue Internetseite, gestaltet von Freiwilligen.\n\nMelde Fehler auf der Internetseite.',
    );
    expect(hashtagsOf(page)).toEqual(['Warzone2100']);
  });

  test('a subdomain is no abbreviation of the site’s name: Bremerhaven on bremen.freifunk.net is not Freifunk’s', () => {
    const page = linked(
      'de',
      'https://bremen.freifunk.net/blog/2023/07/03/stand/',
      'Unser Stand am Wochenende',
      'Am Samstag sind wir in Bremerhaven mit einem Stand. Komm vorbei und frag uns alles über offenes WLAN.',
    );
    expect(hashtagsOf(page)).not.toContain('Bremerhaven');
  });

  test('a title announcing a version of no named product announces the site’s own, however deep its name', () => {
    const page = linked(
      'de',
      'https://wz2100.net/de/news/version-4-2-2/',
      'Version 4.2.2 veröffentlicht',
      'Wir freuen uns, die Veröffentlichung von 4.2.2 bekanntzugeben, einem Bug-Fix-Release.\n\n- Korrekturen für die Initialisierung von OpenGL / Vulkan auf bestimmten Systemen\n- Schaden verringert\n\nFür Windows ist Warzone 2100 ab sofort im Microsoft Store verfügbar.',
    );
    expect(hashtagsOf(page)[0]).toBe('Warzone2100');
  });

  // dev14: 12factor.net's translated chapters had #Python, #OpenSource, #Rails #Ruby: «misleading», «doesn't name
  // 12-factor».
  test('a methodology’s chapter that names a framework only as an example is tagged with the site: #12Factor', () => {
    const page = linked(
      'en',
      'https://12factor.net/config',
      'III. Config',
      'An app’s config is everything that is likely to vary between deploys.\n\nApps sometimes store config as constants in the code, such as config/routes.rb in Rails.\n\nAnother approach is config files such as config/database.yml in Rails.\n\nApps batch config into named groups such as the development and production environments in Rails.',
    );
    expect(hashtagsOf(page)).toEqual(['12Factor']);
  });

  test('a title’s own word still comes before the host’s label: «Digitaltag Köln 2025» on codefor.de', () => {
    const page = linked(
      'de',
      'https://codefor.de/blog/2025-07-17-digitaltag-koeln/',
      'Digitaltag Köln 2025',
      'Am Digitaltag waren wir mit einem Stand dabei.\n\nDer Digitaltag bringt viele Menschen zusammen. Digitaltag!',
    );
    expect(hashtagsOf(page)).not.toContain('Codefor');
  });
});

describe('an acronym the article spells out as a part of a tagged name is no tag of its own (docs/teasers.md, "Hashtags")', () => {
  // dev14: «The OpenFunction TOC Officially Established!» had #OpenFunction #TOC, «#TOC ambiguous».
  test('«the OpenFunction Technical Oversight Committee (TOC)»: #OpenFunction, no #TOC', () => {
    const page = linked(
      'en',
      'https://openfunction.dev/blog/2023/03/22/toc-established/',
      'The OpenFunction TOC Officially Established!',
      'The OpenFunction Steering Committee established the OpenFunction Technical Oversight Committee (**TOC**). The TOC oversees the technical direction of OpenFunction.\n\nThe TOC members were elected by OpenFunction maintainers.',
    );
    const tags = hashtagsOf(page);
    expect(tags).toContain('OpenFunction');
    expect(tags).not.toContain('TOC');
  });

  test('an acronym spelled out on its own, with no tagged name before it, stays: «Kubernetes Enhancement Proposal (KEP)»', () => {
    const page = linked(
      'en',
      'https://example.org/blog/kep-4222/',
      'KEP 4222 graduates in Kubernetes',
      'Each Kubernetes Enhancement Proposal (KEP) is reviewed by SIG Architecture. KEP 4222 adds CBOR.\n\nKEP 4222 graduates to beta in Kubernetes.',
    );
    expect(hashtagsOf(page)).toContain('KEP');
  });
});

describe('a word the article never writes without the same next word is that whole name’s (docs/teasers.md, "Hashtags")', () => {
  // dev14: «OSRD au Dreiländer Hack à Vienne» had #OSRD #Dreiländer, «weak».
  test('«Dreiländer Hack», «Dreiländer hack»: #DreiländerHack, not #Dreiländer', () => {
    const page = linked(
      'fr',
      'https://osrd.fr/fr/blog/2023/07/19/osrd-au-dreilander-hack/',
      'OSRD au Dreiländer Hack à Vienne',
      '## Le Dreiländer hack, le rendez-vous des entreprises ferroviaires germanophones\n\nLes 29 et 30 juin derniers s’est tenu à Vienne (Autriche) le Dreiländer hack (le hackathon des trois pays). Organisé par Deutsche Bahn, ÖBB et SBB, c’est un rendez-vous annuel.\n\nNous avons eu le plaisir d’y présenter OSRD. Au Dreiländer Hack, OSRD a montré son éditeur.\n\nLe Dreiländer hack de cette année portait sur les chemins de fer ouverts. Merci aux organisateurs du Dreiländer Hack !',
    );
    // This short page earns the event no tag of its own; dev14's longer one has #OSRD #DreiländerHack.
    expect(hashtagsOf(page)).not.toContain('Dreiländer');
  });
});

describe('a version’s suffix is part of the version, never a tag (docs/teasers.md, "Hashtags")', () => {
  // dev15: Freifunk Bremen's «Neue stabile Version 2023.1.1+bremen1» had #Bremen1 alone, «meaningless».
  test.each([
    ['a distribution’s build', 'Neue stabile Version 2023.1.1+kiel1', 'kiel1'],
    ['a release candidate', 'Meshbox 2.9.0-rc1 is out', 'rc1'],
    ['a candidate run into the number', 'Meshbox 1.21rc1 is out', 'rc1'],
  ])('%s: %s → no tag of «%s»', (_kind, title, suffix) => {
    const version = title.split(' ').find((w) => w.includes(suffix)) ?? '';
    const page = linked(
      'en',
      'https://kiel.meshnet.example/blog/2025/06/20/stable.html',
      title,
      `We move the mesh from 2021.1.2+kiel1 to ${version}. The new firmware has run as testing for a year.\n\nOld devices stay on 2021.1.2+kiel1 and keep their place in the mesh. The ${version} images are on the download server.`,
    );
    expect(hashtagsOf(page).filter((tag) => hashtagKey(tag).includes(suffix))).toEqual([]);
  });

  test('a name of letters and digits that stands on its own stays one (#Plumber2)', () => {
    const page = linked(
      'en',
      'https://example.org/blog/plumber2/',
      'Plumber2 0.2.0 is out',
      'plumber2 0.2.0 brings async handlers. We rewrote plumber2 from scratch.\n\nplumber2 now serves static files.',
    );
    expect(hashtagsOf(page)).toContain('Plumber2');
  });
});

describe('a name written with a dot between capitalised words is one name (docs/teasers.md, "Hashtags")', () => {
  // dev4: Česko.Digital's prize had #Česko, «vague hashtag»; its Pomáháme.Digital post #Česko too.
  test('the organisation the body names: «Civic.Works» → #CivicWorks, not #Civic', () => {
    const page = linked(
      'en',
      'https://blog.example.org/2024/07/prize',
      'Our inclusion project wins a European prize',
      'The team of the nonprofit Civic.Works won first place in the European Digital Skills Awards.\n\n“Good practice can spread,” says Ana Kral of Civic.Works, who designs the service.\n\nThe goal of Civic.Works is a modern society that uses technology well. Civic groups across the country join the project.',
    );
    expect(hashtagsOf(page)).toEqual(['CivicWorks']);
  });

  test('the project the title names, a sentence’s first word too: «Sousedé.Digital» → #SousedéDigital', () => {
    const page = linked(
      'cs',
      'https://blog.example.cz/2025/03/tz-sousede',
      'Stát digitalizuje, ale lidé mu nerozumí. Projekt Sousedé.Digital to mění',
      'Projekt Sousedé.Digital pomáhá lidem s digitálními službami státu.\n\nJak projekt vznikl? Sousedé.Digital vychází z výzkumu. Dnes Sousedé.Digital spolupracuje s obcemi.\n\nSousedé.Digital hledá dobrovolníky. Podpořte Sousedé.Digital.',
    );
    expect(hashtagsOf(page)).toEqual(['SousedéDigital']);
  });

  test('a part in small letters after the dot is a format’s or an address’s: «Quark.js» stays #Quark', () => {
    const page = linked(
      'en',
      'https://blog.example.org/2024/07/quark',
      'Why we moved to Quark.js',
      'We moved our front end to Quark.js last year. Quark renders fast.\n\nQuark.js has a small core, and Quark plugins cover the rest. We like Quark.',
    );
    expect(hashtagsOf(page)).toEqual(['Quark']);
  });
});

describe('a name negated by «non-» is no mention of it (docs/teasers.md, "Hashtags")', () => {
  // dev3: delta.chat's «A big user surge…» had #DeltaChat #Google, «meaningless hashtag (#Google)».
  const surge = (sources: string) =>
    linked(
      'en',
      'https://parley.chat/en/2025-06-04-surge',
      'A big user surge and funding for decentralized scale',
      `Beginning June we saw a sudden surge of Parley Chat usage in the US and Cuba. Parley Chat apps work on all platforms.\n\nLet us look at some indicators of the surge, then at the risks of centralization.\n\n1.8 Million Google/Apple push notifications per day\n\nThis number reflects users who installed their app from Google Play or Apple store.\n\nGoogle Play downloads crossed 500K downloads\n\nWe generally recommend F-droid or ${sources} of installing Parley Chat apps and guess that at most half of Android users use ${sources}.\n\nFunding for a globally scaled relay network\n\nThere are many community-operated relays on all continents but most new users choose the default relay in Germany. We are now seeking to finance key development work through donations, aiming to provide decentralized secure messaging at global scale.`,
    );

  test('«non-Google sources» twice leave Google three mentions in the body, a passing name: no #Google', () => {
    expect(hashtagsOf(surge('non-Google sources'))).toEqual(['ParleyChat']);
  });

  test('«Google sources» are five mentions, as many as a name of the body alone needs', () => {
    expect(hashtagsOf(surge('Google sources'))).toEqual(['ParleyChat', 'Google']);
  });
});

describe('the site’s tag the title opens with is the piece’s subject, its first tag (docs/teasers.md, "Hashtags")', () => {
  const filed = (url: string, title: string, body: string, tags: string[]) => ({
    ...linked('en', url, title, body),
    tags,
  });

  // dev: tidyverse.org's «ragnar 0.3.0» had #rstats #AI, the package missing.
  test('a brand in small letters with its version: «ragnar 0.3.0» filed under «ragnar» is #Ragnar first', () => {
    const page = filed(
      'https://www.tidyverse.org/blog/2026/01/ragnar-0-3-0/',
      'ragnar 0.3.0',
      'The new release of ragnar adds faster ingestion for the tidyverse.\n\nInstall ragnar from CRAN. A ragnar store keeps your documents.',
      ['ragnar', 'ai'],
    );
    expect(hashtagsOf(page)[0]).toBe('Ragnar');
  });

  // dev15: d7y.io's paper post had #IEEE alone.
  test('a name the article never writes in small letters: «Dragonfly Project Paper…» filed under «dragonfly»', () => {
    const page = filed(
      'https://d7y.io/blog/2025/09/05/paper/',
      'Dragonfly Project Paper Accepted by IEEE Transactions on Networking',
      'Our paper was accepted by IEEE Transactions on Networking.\n\nEmpowering Dragonfly: the scheduler predicts bandwidth.',
      ['dragonfly'],
    );
    expect(hashtagsOf(page)[0]).toBe('Dragonfly');
  });

  test('a common word the body writes in small letters is none: «Ecosystem 2023 Recap» filed under «ecosystem»', () => {
    const page = filed(
      'https://www.electronjs.org/blog/ecosystem-2023-recap',
      'Ecosystem 2023 Recap',
      'A look back at the Electron ecosystem this year.\n\nThe developer ecosystem grew with many new apps.',
      ['ecosystem', 'showcase'],
    );
    expect(hashtagsOf(page)).not.toContain('Ecosystem');
  });
});
