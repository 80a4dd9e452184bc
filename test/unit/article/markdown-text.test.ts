import { describe, expect, test } from '@jest/globals';
import { cleanText } from '../../../src/article/clean-text.js';
import { htmlFragmentToText } from '../../../src/article/html-text.js';
import { markdownToText } from '../../../src/article/markdown-text.js';

describe('markdownToText: what a reader reads, nothing else', () => {
  test.each([
    ['headings are their own blocks', '# Title\nText\n## TL;DR\nShort.', 'Title\n\nText\n\nTL;DR\n\nShort.'],
    ['setext headings', 'En bref\n-------\nText', 'En bref\n\nText'],
    ['heading ids', '## Contexte {#context}', 'Contexte'],
    [
      'heading ids spaced out (MkDocs attr_list)',
      '# Geschichte und Zukunft { #history-and-future }',
      'Geschichte und Zukunft',
    ],
    [
      'links keep their words',
      'See [the docs](https://x.org "t") and [ref][1].\n\n[1]: https://y.org',
      'See the docs and ref.',
    ],
    ['images go', 'Before ![a cat](cat.png) after', 'Before after'],
    ['inline code keeps its words', 'The `proc-macro1` crate', 'The proc-macro1 crate'],
    ['emphasis markers go, snake_case stays', '**bold** _it_ my_var', 'bold it my_var'],
    ['emphasis nested in emphasis goes whole', '*Ready? **👉** **[Look](/x).***', 'Ready? 👉 Look.'],
    [
      'struck-out text goes with its words: the page no longer says it',
      'The deadline is ~~**2 April 2024**~~ **19 April**, or <del>never</del> <s>soon</s> now.',
      'The deadline is 19 April, or now.',
    ],
    [
      'code keeps its words as written: a «*» in it is no emphasis marker',
      'Set `--forwarded-allow-ips="*"` to trust the **proxy**; the glob `**/src/*.js` and `a &amp; b`.',
      'Set --forwarded-allow-ips="*" to trust the proxy; the glob **/src/*.js and a &amp; b.',
    ],
    ['a tag in code is named, without its brackets', 'On `<script type="x">` elements.', 'On script elements.'],
    ['an e-mail autolink keeps the address', 'Write to <security@pypi.org>.', 'Write to security@pypi.org.'],
    [
      'code fenced inside a list item goes, however deep the item indents it',
      '3. Import it:\n\n    ```js title="rss.xml.js"\n    import rss from "x";\n    ```\n\nDone.',
      '3. Import it:\n\nDone.',
    ],
    ['fenced code goes', 'A\n\n```js\nconst x = 1;\n```\n\nB', 'A\n\nB'],
    ['tilde fences go', 'A\n~~~\ncode\n~~~\nB', 'A\n\nB'],
    ['indented code goes', 'A\n\n    code()\n\nB', 'A\n\nB'],
    [
      'list items are blocks that keep their marker: «- », or a numbered one its number (a step)',
      '- one\n- two\n1. three\n2) four',
      '- one\n\n- two\n\n1. three\n\n2. four',
    ],
    ['block quotes keep their text', '> quoted\n> text', 'quoted text'],
    ['raw HTML blocks go', 'A\n\n<table>\n<tr><td>1</td></tr>\n</table>\n\nB', 'A\n\nB'],
    ['HTML comments go', 'A\n<!-- hidden\nstill -->\nB', 'A\n\nB'],
    ['inline HTML tags go, their text stays', 'a <span class="x">b</span><br/>c', 'a b c'],
    ['entities decoded', 'Quoi&nbsp;? &amp; co', 'Quoi\u00a0? & co'],
    ['MDX imports and exports go', "import X from './x'\nexport const meta = {\n  a: 1,\n}\n\nText", 'Text'],
    ['JSX components go', 'A\n\n<Callout type="info" />\n\nB', 'A\n\nB'],
    ['Liquid tags go', 'Ruby {{ release.version }}.\n{% assign x = 1 %}Done', 'Ruby. Done'],
    ['Liquid highlight blocks go whole', 'A\n{% highlight ruby %}\ndef x; end\n{% endhighlight %}\nB', 'A\n\nB'],
    ['Liquid loops go whole', 'A\n{% for i in x %}\n{{ i }}\n{% endfor %}\nB', 'A\n\nB'],
    [
      'Hugo shortcodes go',
      'A {{< figure src="x.png" >}} B\n\n{{< highlight go >}}\nfunc(){}\n{{< /highlight >}}',
      'A B',
    ],
    [
      'kramdown attribute lists after a link go',
      'See [the notes](/notes){:target="_blank"} now.',
      'See the notes now.',
    ],
    ['kramdown attribute lists on their own line go', 'Text.\n{: .note}\n\nMore.', 'Text.\n\nMore.'],
    [
      'a link in a link keeps its words',
      'By [[Guillaume Martres](https://g.me/)](https://g.me/).',
      'By Guillaume Martres.',
    ],
    ['relative links keep their words', 'Read [the tutorial](/doc/tutorial/generics).', 'Read the tutorial.'],
    ['links in angle brackets keep their words', 'A [b c](<../x y.md> "t") d', 'A b c d'],
    ['an inline tag leaves no gap in CJK text', '请<a href="/x">阅读版本发布说明</a>。', '请阅读版本发布说明。'],
    ['Hugo paired shortcodes keep their prose', '{{% note %}}Upgrade now.{{% /note %}}', 'Upgrade now.'],
    ['Liquid output inside a link goes', 'See [the docs]({{ site.url }}/docs).', 'See the docs.'],
    ['tables read as rows', '| a | b |\n|---|---|\n| 1 | 2 |', 'a · b\n\n1 · 2'],
    ['thematic breaks go', 'A\n\n---\n\nB', 'A\n\nB'],
    ['footnote marks go', 'Claim[^1].', 'Claim.'],
    ["an admonition's title is a heading, its fences no text", ':::success[**TL;DR**]\nShort.\n:::', 'TL;DR\n\nShort.'],
    ['an admonition without a title leaves its text', ':::note\nText.\n:::', 'Text.'],
    ["a VitePress admonition's title", '::: tip En bref\nText.\n:::', 'En bref\n\nText.'],
    ['an admonition titled as an attribute', ':::info{title="Résumé"}\nText.\n:::', 'Résumé\n\nText.'],
    ['escapes resolved', '1\\. not a list \\*', '1. not a list *'],
    ['MDX comments go (React’s heading anchors)', '## Linting {/*linting*/}\n\nText.', 'Linting\n\nText.'],
    ['JSX string expressions are a space', "Deprecated.{'\\n\\n'}Use a framework.", 'Deprecated. Use a framework.'],
    [
      'a component named for code or a console goes with what it holds',
      'A\n\n<ConsoleBlockMulti>\n<ConsoleLogLine level="error">\n\ncreate-react-app is deprecated.\n\n</ConsoleLogLine>\n</ConsoleBlockMulti>\n\nB',
      'A\n\nB',
    ],
    ['a component of prose keeps its text', 'A\n\n<Intro>\n\nThe gist.\n\n</Intro>\n\nB', 'A\n\nThe gist.\n\nB'],
    ['a self-closing code component goes alone', 'A\n\n<CodeBlock src="x.js" />\n\nB', 'A\n\nB'],
    ["a GitHub alert's marker is no text", '> [!NOTE]\n> Many resources are old.', 'Many resources are old.'],
    ["an Obsidian callout's title is a heading", '> [!tip]- En bref\n> Text.', 'En bref\n\nText.'],
    ['a link at the start of a quote is not an alert', '> [Docs](/d) moved.', 'Docs moved.'],
    [
      'Svelte logic tags go, and the first branch is read (a course page switching frameworks)',
      "{#if fw === 'pt'}\n\nPyTorch.\n\n{:else}\n\nTensorFlow.\n\n{/if}\n\nBoth.",
      'PyTorch.\n\nBoth.',
    ],
    [
      'a block nested in the other branch does not end it',
      '{#if a}\nA.\n{:else}\n{#if b}\nB.\n{/if}\nC.\n{/if}\nD.',
      'A.\n\nD.',
    ],
    [
      'a line that opens on <br> is Markdown, not an HTML block',
      '- Block the traffic.\n<br/> *Notes:*<br>\nLog [every flow](flows.md).',
      '- Block the traffic. Notes: Log every flow.',
    ],
  ])('%s', (_name, markdown, expected) => {
    // cleanText finishes every parser's output (whitespace, entities already decoded).
    expect(cleanText(markdownToText(markdown))).toBe(expected);
  });
});

describe('a list survives intake as items, each on its own line with its marker (teaser/blocks.ts reads them)', () => {
  test.each([
    ['CommonMark bullets, all three markers', '- one\n* two\n+ three', ['- one', '- two', '- three']],
    ['kramdown: «*» items and an attribute list after the list', '* one\n* two\n{: .compact}', ['- one', '- two']],
    ['a task list: the box goes, the marker stays', '- [ ] to do\n- [x] done', ['- to do', '- done']],
    [
      'an item wrapped onto the next lines stays one item',
      '- Faster ingestion\n  for large corpora.\n- New providers.',
      ['- Faster ingestion for large corpora.', '- New providers.'],
    ],
    ['a nested item is an item too', '- parent\n  - child', ['- parent', '- child']],
    [
      'inline markup inside an item goes, the marker stays',
      '- **Bold** [link](/x) `code`{: .c}\n- {{< ref "x" >}}Hugo',
      ['- Bold link code', '- Hugo'],
    ],
    ['an item left with no text (an image) leaves nothing, not a lone marker', '- ![logo](x.png)\n- text', ['- text']],
    ['a list in a block quote', '> - quoted item\n> - another', ['- quoted item', '- another']],
    ['numbered items keep their own numbers', '3. third\n4) fourth', ['3. third', '4. fourth']],
    [
      'MDX: a list inside a prose component; the tags go',
      "import X from './x'\n\n<Intro>\n\n- Learn React.\n- Ship it.\n\n</Intro>",
      ['- Learn React.', '- Ship it.'],
    ],
    ['a paragraph after the list is prose again', '- item\n\nProse after it.', ['- item', 'Prose after it.']],
  ])('%s', (_name, markdown, expected) => {
    expect(cleanText(markdownToText(markdown)).split('\n\n')).toEqual(expected);
  });

  test('an HTML list in Markdown gives items the same way', () => {
    const html = '<ul>\n  <li>One point.</li>\n  <li><p>Another.</p></li>\n</ul>\n\n<ol><li>A step.</li></ol>';
    expect(cleanText(markdownToText(html, htmlFragmentToText)).split('\n\n')).toEqual([
      '- One point.',
      '- Another.',
      '1. A step.',
    ]);
  });
});

describe('raw HTML in Markdown, read as the HTML intake reads it', () => {
  test.each([
    [
      'a page written in HTML keeps its text (a Mozilla advisory came out with an empty body)',
      '<h3>Description</h3>\n\n<p>The URLs were <strong>leaked</strong>\nto the next page.\n</p>\n\n<ul>\n  <li><a href="https://x.org">Bug 1254688</a></li>\n</ul>',
      'Description\n\nThe URLs were leaked to the next page.\n\n- Bug 1254688',
    ],
    [
      'a block-level tag reads as a paragraph',
      'A\n\n<div class="note">\nDu HTML brut.\n</div>\n\nB',
      'A\n\nDu HTML brut.\n\nB',
    ],
    [
      'a line of nothing but a wrapper tag leaves what it wraps to Markdown: a heading is a heading (MDX, fa)',
      '<div dir="rtl">\n# بکارگیری مدل‌ها\n\nمتن.\n</div>',
      'بکارگیری مدل‌ها\n\nمتن.',
    ],
    [
      'a closing and an opening tag on one line wrap too: the heading does not run into the paragraph (ar)',
      '<p dir="rtl">\n## الفهرس\n\n* بي بي سي\n</p><p dir="rtl">\n## بي بي سي\nنص <a href="x">الرابط</a>.\n</p>',
      'الفهرس\n\n- بي بي سي\n\nبي بي سي\n\nنص الرابط.',
    ],
    [
      'a wrapper over indented HTML is that HTML, not Markdown: its indent is no code block (dev8, Milvus, ar)',
      '<p>\n  <span class="img-wrapper">\n    <img src="a.png" />\n  </span>\n</p>\n<p>يُعد الإصدار Milvus 2.3 إصدارًا بارزًا.</p>',
      'يُعد الإصدار Milvus 2.3 إصدارًا بارزًا.',
    ],
    [
      'code fenced inside a wrapper goes, as anywhere',
      'A\n\n<p dir="ltr">\n```\ncurl -v https://x.org\n```\n</p>\n\nB',
      'A\n\nB',
    ],
    [
      'Markdown inside an HTML block is read (kramdown «markdown="1"»), code in it stays as written',
      '<aside markdown="1">\n  <img src="a.png">\nRead every **issue** and <em>each</em> *pull request*.\n<p markdown="1">— [@gaearon](https://x.org/g), <code>**/x</code></p>\n</aside>',
      'Read every issue and each pull request.\n\n— @gaearon, **/x',
    ],
    ['a table still goes', 'A\n\n<table>\n<tr><td>1</td></tr>\n</table>\n\nB', 'A\n\nB'],
    ['a component still goes', 'A\n\n<Callout type="info">\nHidden.\n</Callout>\n\nB', 'A\n\nB'],
    ['an image alone leaves nothing', 'A\n\n<p align="center"><img src="logo.png"></p>\n\nB', 'A\n\nB'],
  ])('%s', (_name, markdown, expected) => {
    expect(cleanText(markdownToText(markdown, htmlFragmentToText))).toBe(expected);
  });
});

describe('link remnants: what a reader would see where links went', () => {
  // Markdown and HTML give the same text (html-text.ts writes links the Markdown way before this step).
  test.each([
    [
      'a parenthesis that lists where to go goes (es)',
      'Únete a la comunidad ([en idioma inglés](https://a.org), [IRC](irc://b), [web](https://c.org)).',
      'Únete a la comunidad (<a href="https://a.org">en idioma inglés</a>, <a href="irc://b">IRC</a>, <a href="https://c.org">web</a>).',
      'Únete a la comunidad.',
    ],
    [
      '«(see here)» goes (en)',
      'Read the notes (see [here](https://x.org)).',
      'Read the notes (see <a href="https://x.org">here</a>).',
      'Read the notes.',
    ],
    [
      'a lone link to a format goes (fr)',
      'Les diapositives ([PDF](https://x.org/a.pdf)) sont en ligne.',
      'Les diapositives (<a href="https://x.org/a.pdf">PDF</a>) sont en ligne.',
      'Les diapositives sont en ligne.',
    ],
    [
      'links whose labels say something stay as words (pt)',
      'O guia é trilíngue ([Inglês](https://a.org), [Espanhol](https://b.org) e [Português](https://c.org))!',
      'O guia é trilíngue (<a href="https://a.org">Inglês</a>, <a href="https://b.org">Espanhol</a> e <a href="https://c.org">Português</a>)!',
      'O guia é trilíngue (Inglês, Espanhol e Português)!',
    ],
    [
      'a single link with a label of its own stays (en)',
      'A flaw ([CVE-2025-1234](https://cve.org/x)) was fixed.',
      'A flaw (<a href="https://cve.org/x">CVE-2025-1234</a>) was fixed.',
      'A flaw (CVE-2025-1234) was fixed.',
    ],
    [
      'a footnote mark goes, not glued to the word (en)',
      'Google and Improbable<sup id="a1">[1](#f1)</sup> started.',
      'Google and Improbable<sup id="a1"><a href="#f1">1</a></sup> started<a href="#n2">[2]</a>.',
      'Google and Improbable started.',
    ],
    [
      'the language of a linked page, set after its link, goes (de, dev12)',
      'Bewirb Dich [vor dem 23. November](https://wiki.xmpp.org/web/Membership_Applications)[EN].',
      'Bewirb Dich <a href="https://wiki.xmpp.org/web/Membership_Applications">vor dem 23. November</a>.',
      'Bewirb Dich vor dem 23. November.',
    ],
    [
      'a footnote mark in bold goes too (en, dev10)',
      'the so-called Segwit2x<sup><b>1</b></sup> (S2X) hard fork.',
      'the so-called Segwit2x<sup><b>1</b></sup> (S2X) hard fork.',
      'the so-called Segwit2x (S2X) hard fork.',
    ],
    [
      'empty parentheses left by an image go (de)',
      'Das Logo (![Logo](logo.png)) ist neu.',
      'Das Logo (<img src="logo.png" alt="Logo">) ist neu.',
      'Das Logo ist neu.',
    ],
    [
      'struck-out text goes, the correction stays (en)',
      'Submit by ~~2 April~~ 19 April.',
      'Submit by <del>2 April</del> <s>3 April</s> 19 April.',
      'Submit by 19 April.',
    ],
    [
      'a call keeps its parentheses (en)',
      'Call `init()` first.',
      'Call <code>init()</code> first.',
      'Call init() first.',
    ],
  ])('%s', (_name, markdown, html, expected) => {
    expect(cleanText(markdownToText(markdown))).toBe(expected);
    expect(cleanText(htmlFragmentToText(`<p>${html}</p>`))).toBe(expected);
  });
});

describe('the body’s links: each label as the text reads it, and where it goes (docs/teasers.md, "Hashtags")', () => {
  test('Markdown: inline, angle-bracketed and reference links, in the order the body gives them', () => {
    const links: Array<{ text: string; href?: string }> = [];
    const text = markdownToText(
      '- [Ley de Conway en **Wikipedia**](https://es.wikipedia.org/wiki/Ley_de_Conway)\n- [Fitts_law](<https://en.wikipedia.org/wiki/Fitts%27s_law>) and [ref][1]\n\n[1]: https://y.org',
      undefined,
      links,
    );
    expect(text).toBe('- Ley de Conway en Wikipedia\n\n- Fitts_law and ref');
    expect(links).toEqual([
      { text: 'Ley de Conway en Wikipedia', href: 'https://es.wikipedia.org/wiki/Ley_de_Conway' },
      { text: 'Fitts_law', href: 'https://en.wikipedia.org/wiki/Fitts%27s_law' },
      { text: 'ref' },
    ]);
  });

  test('a parenthesis that only says where to go is no text, and none of its links a label of the body', () => {
    const links: Array<{ text: string; href?: string }> = [];
    expect(markdownToText('Join us ([IRC](irc://x), [web](https://x.org)).', undefined, links)).toBe('Join us.');
    expect(links).toEqual([]);
  });

  test('HTML: each <a>, with its href as written', () => {
    const links: Array<{ text: string; href?: string }> = [];
    const text = htmlFragmentToText(
      '<p>A linter: <a href="https://eslint.org/">ESLint</a>. <a href="/docs">Docs</a> (<a href="https://x.org">web</a>)</p>',
      links,
    );
    expect(text).toBe('A linter: ESLint. Docs');
    expect(links).toEqual([
      { text: 'ESLint', href: 'https://eslint.org/' },
      { text: 'Docs', href: '/docs' },
    ]);
  });

  test('without a list asked for, the text is the same', () => {
    const md = 'See [the docs](https://x.org "t") and *[more](https://y.org)*.';
    expect(markdownToText(md, undefined, [])).toBe(markdownToText(md));
  });
});
