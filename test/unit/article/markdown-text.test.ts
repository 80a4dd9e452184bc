import { describe, expect, test } from '@jest/globals';
import { cleanText } from '../../../src/article/clean-text.js';
import { markdownToText } from '../../../src/article/markdown-text.js';

describe('markdownToText: what a reader reads, nothing else', () => {
  test.each([
    ['headings are their own blocks', '# Title\nText\n## TL;DR\nShort.', 'Title\n\nText\n\nTL;DR\n\nShort.'],
    ['setext headings', 'En bref\n-------\nText', 'En bref\n\nText'],
    ['heading ids', '## Contexte {#context}', 'Contexte'],
    [
      'links keep their words',
      'See [the docs](https://x.org "t") and [ref][1].\n\n[1]: https://y.org',
      'See the docs and ref.',
    ],
    ['images go', 'Before ![a cat](cat.png) after', 'Before after'],
    ['inline code keeps its words', 'The `proc-macro1` crate', 'The proc-macro1 crate'],
    ['emphasis markers go, snake_case stays', '**bold** _it_ ~~no~~ my_var', 'bold it no my_var'],
    ['fenced code goes', 'A\n\n```js\nconst x = 1;\n```\n\nB', 'A\n\nB'],
    ['tilde fences go', 'A\n~~~\ncode\n~~~\nB', 'A\n\nB'],
    ['indented code goes', 'A\n\n    code()\n\nB', 'A\n\nB'],
    [
      'list items are blocks; a numbered one keeps its number (a step)',
      '- one\n- two\n1. three\n2) four',
      'one\n\ntwo\n\n1. three\n\n2. four',
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
    ['relative links keep their words', 'Read [the tutorial](/doc/tutorial/generics).', 'Read the tutorial.'],
    ['links in angle brackets keep their words', 'A [b c](<../x y.md> "t") d', 'A b c d'],
    ['an inline tag leaves no gap in CJK text', '请<a href="/x">阅读版本发布说明</a>。', '请阅读版本发布说明。'],
    ['Hugo paired shortcodes keep their prose', '{{% note %}}Upgrade now.{{% /note %}}', 'Upgrade now.'],
    ['Liquid output inside a link goes', 'See [the docs]({{ site.url }}/docs).', 'See the docs.'],
    ['tables read as rows', '| a | b |\n|---|---|\n| 1 | 2 |', 'a · b\n\n1 · 2'],
    ['thematic breaks go', 'A\n\n---\n\nB', 'A\n\nB'],
    ['footnote marks go', 'Claim[^1].', 'Claim.'],
    ['escapes resolved', '1\\. not a list \\*', '1. not a list *'],
  ])('%s', (_name, markdown, expected) => {
    // cleanText finishes every parser's output (whitespace, entities already decoded).
    expect(cleanText(markdownToText(markdown))).toBe(expected);
  });
});
