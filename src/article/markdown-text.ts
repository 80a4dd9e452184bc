import { decodeHTMLStrict } from 'entities';

/**
 * Markdown (CommonMark, GFM, MDX, Jekyll/Hugo templates) → the plain blocks of the body format
 * (see clean-text.ts): what a reader reads, without code, HTML, images, JSX or template tags.
 *
 * Why not remark: a full remark parse runs at ~140–230 articles/s here, below the whole pipeline's
 * target of 300 articles/s, and we only need the reader's text, not a syntax tree. This line-based
 * pass runs at several thousand articles/s. The cost is that exotic constructs (lazy continuation
 * lines inside nested blockquotes, reference definitions spanning lines) are approximated; the
 * tests in test/unit/article/markdown-text.test.ts say what is covered.
 */

/** Template blocks whose content is code or logic, never prose: dropped with their content. */
const TEMPLATE_BLOCKS = [
  /\{%-?\s*(highlight|raw|comment|capture|for|tablerow|case)\b[\s\S]*?\{%-?\s*end\1\s*-?%\}/g,
  /\{\{<\s*(highlight|code|gist|tweet|youtube|vimeo|instagram|mermaid)\b[^>]*>\}\}[\s\S]*?\{\{<\s*\/\s*\1\s*>\}\}/g,
];

/** Template tags themselves: removed, any prose between a pair is kept. */
// Hugo's `{{% x %}}` first: Liquid's `{% %}` pattern would take its inside and leave the outer braces.
const TEMPLATE_TAGS = [/\{\{[<%][\s\S]*?[>%]\}\}/g, /\{%-?[\s\S]*?-?%\}/g, /\{\{[\s\S]*?\}\}/g];

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/**
 * A fence inside a list item is indented as the item's text is (CommonMark: up to three spaces past it): dev3's Astro
 * recipe put its code four spaces in under «3. Importa la función…», and «```js title="src/pages/rss.xml.js"»
 * was read as the item's text.
 */
const FENCE_IN_LIST = /^[ \t]*(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
/**
 * An admonition's fence (Docusaurus `:::success[TL;DR]`, `:::note{title="…"}`, VitePress `::: tip Title`, the
 * closing `:::`): its title is a heading, the fence itself no text (dev: «:::success[TL;DR]» was read as a
 * paragraph, so the author's summary under it was not taken for one).
 */
const ADMONITION =
  /^ {0,3}:{3,}[ \t]*(?:[\w-]+)?[ \t]*(?:\[(.*)\]|\{[^}]*?title=["'“]?([^"'”}]*)["'”]?[^}]*\}|([^\s[{].*?))?[ \t]*$/;
/**
 * A GitHub alert's or an Obsidian callout's first line, in its block quote (`> [!NOTE]`, `> [!tip]- Title`): like an
 * admonition's fence, its title is a heading and the marker no text (dev6: Hugo's pages read «[!NOTE] Many of the
 * resources on this page…», and dev7's Hugging Face course «[!TIP] هنگامی که…»).
 */
const ALERT = /^ {0,3}\[![A-Za-z][\w-]*\][+-]?[ \t]*(.*?)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const ORDERED_ITEM = /^[ \t]*(\d{1,9})[.)][ \t]+/;
const BLOCKQUOTE = /^[ \t]{0,3}>[ \t]?/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const ATTRIBUTE_LIST = /^[ \t]*\{:[^}]*\}[ \t]*$/;
const BLANK = /^\s*$/;
/** CommonMark HTML block kinds 6 and 7: a block-level tag, or a line holding nothing but one tag. */
// Not `<br>`: a line that opens on it («<br/> *Hinweise:*<br>», an OWASP page) is Markdown with a line break,
// and read as HTML its emphasis and links stayed raw («*und*», «[A09:2021 …](A09_2021-….md)»).
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(address|article|aside|blockquote|details|dialog|dd|div|dl|dt|fieldset|figcaption|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|section|summary|ul|center|img|picture|source|link|meta|input|button|select|tbody|thead|tr|td|th)(\s|\/?>|$)/i;
const LONE_TAG = /^ {0,3}<\/?[A-Za-z][\w.:-]*(\s[^<>]*)?\/?>\s*$/;
/**
 * A line holding nothing but a container's tags (`<div dir="rtl">`, `</p>`, `</p><p dir="rtl">`): it sets the
 * direction or a style around what follows and says nothing itself. What follows is read as Markdown, not as one
 * HTML block up to the next blank line: MDX reads a tag's content as Markdown, and authors write so in Markdown
 * too (kramdown's `markdown="1"`). Read as HTML, «<div dir="rtl">» over «# بکارگیری …» (a Hugging Face course
 * page, dev7) gave the title «# بکارگیری …», and «<p dir="rtl">» over «## الفهرس» (OONI, dev4) a heading with its
 * «##» run into the paragraph after it.
 */
const WRAPPER_LINE = /^ {0,3}(?:<\/?(?:div|p|section|article|main|aside|header|footer|center)(?:\s[^<>]*)?>[ \t]*)+$/i;
const MDX_STATEMENT = /^(import|export)\s/;
/**
 * A wrapper line leaves Markdown only when Markdown follows it: a line that starts at the margin and is no tag. Under
 * `<p>` an indented `<span …>` or indented text is generated HTML laid out by a formatter (dev8: the Milvus
 * translations, whose whole body is such HTML under front matter): read as Markdown, its four-space indent made it
 * code, and the Arabic release post came out with an empty body.
 */
function wrapsMarkdown(lines: readonly string[], at: number): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const next = lines[j] ?? '';
    if (BLANK.test(next)) continue;
    return !/^[ \t]|^</.test(next);
  }
  return false;
}

/**
 * A Svelte logic tag on a line of its own, as Hugging Face's course pages switch between frameworks (`{#if fw ===
 * 'pt'}` … `{:else}` … `{/if}`; also `{#each …}`, `{@html …}`): no text (dev7: «{/if}» was the body's first block).
 * The page shows one branch: the first is read, the others (from `{:else}` to `{/if}`) skipped, so that each
 * framework's copy of a paragraph is not read twice.
 */
const SVELTE_TAG = /^[ \t]*\{([#:/@])([a-z]+)\b[^{}\n]*\}[ \t]*$/;

/** Lines that open a block of raw HTML whose text is not prose. */
const HTML_DROP_BLOCK = /^<(script|style|pre|textarea|table|figure|iframe|video|audio|svg|object|noscript)\b/i;

/**
 * An MDX component named for code or a console (`<ConsoleBlockMulti>`, `<Sandpack>`, `<CodeBlock>`,
 * `<TerminalOutput>`): what it holds is program output, dropped up to its closing tag. React's docs print a
 * deprecation warning so («create-react-app is deprecated. {'\n\n'} You can find…»: read as a paragraph on dev).
 * Other components (`<Intro>`, `<Note>`, `<Pitfall>`) hold prose and are read.
 */
const CODE_COMPONENT = /^ {0,3}<((?:[A-Z]\w*)?(?:Console|Terminal|Code|Sandpack|Shell|Snippet|Playground)\w*)[\s>]/;

/** If the line opens an HTML (or JSX) block, the pattern of the line that closes it. */
function htmlBlockEnd(line: string): RegExp | undefined {
  if (/^ {0,3}<!--/.test(line)) return /-->/;
  const drop = HTML_DROP_BLOCK.exec(line.trim());
  if (drop?.[1]) return new RegExp(`</${drop[1]}>`, 'i');
  const component = CODE_COMPONENT.exec(line);
  if (component?.[1] && !/\/>\s*$/.test(line)) return new RegExp(`</${component[1]}\\s*>`);
  if (HTML_BLOCK_TAG.test(line) || LONE_TAG.test(line) || /^ {0,3}<[A-Z][\w.]*[\s/>]/.test(line)) return BLANK;
  return undefined;
}

function stripTemplates(source: string): string {
  let text = source;
  for (const block of TEMPLATE_BLOCKS) text = text.replace(block, '\n');
  for (const tag of TEMPLATE_TAGS) text = text.replace(tag, '\uE000');
  // "Ruby {{ release.version }}." must not leave "Ruby ." behind.
  return text.replace(/[ \t]*\uE000+[ \t]*(?=[.,;:!?)])/g, '').replace(/\uE000/g, '');
}

/** A Markdown link, its label captured: [text](url "title"), nested brackets one level deep. */
const LINK_SOURCE = String.raw`\[((?:[^[\]]|\[[^\]]*\])*)\]\((?:<[^>\n]*>|(?:[^()\s]|\([^)]*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\)`;
const LINK = new RegExp(LINK_SOURCE, 'g');
/** A parenthesis that holds a link (one level of parentheses inside, for URLs that have them). */
const PARENTHESIS_WITH_LINK = /[ \t]*\((?=[^()]*(?:\([^()]*\)[^()]*)*\]\()((?:[^()]|\([^()]*\))*)\)/g;
/**
 * What may stand between links in a list of them, and the words that only point at one («see», «here», «link»):
 * a parenthesis holding nothing else is a list of link labels (below).
 */
const BETWEEN_LINKS =
  /[\s,;/|·、，:–—-]+|\b(?:and|or|et|ou|y|o|e|und|oder|en|of|i|lub|ve|veya|dan|atau|и|или|та|або|و|או|और|या|和|或)\b/giu;
const POINTER_WORDS =
  /^(?:see|here|link|links|source|sources|more|details|via|cf\.?|voir|ici|lien|siehe|hier|ver|aquí|enlace|veja|aqui|vedi|qui|zie|см\.?|здесь|ссылка|тут|tutaj|zobacz|bakınız|burada|lihat|di sini|انظر|هنا|اینجا|כאן|देखें|यहाँ|こちら|ここ|参见|这里|這裡|여기|참고|pdf|video|vídeo|slides|web|website|site)$/iu;
/**
 * Labels that name where a link goes rather than what the sentence says: a channel, a format, a site («IRC»,
 * «web», «PDF», «GitHub»), or the language of the page behind it («en idioma inglés», «in English»). A list of
 * links with one of them is navigation; «(Inglês, Espanhol e Português)» after «trilíngue» is content and stays.
 */
const RESOURCE_LABEL =
  /^(?:web|website|site|sitio|página|irc|matrix|discord|slack|zulip|gitter|telegram|forum|foro|fórum|chat|mailing list|lista de correo|wiki|blog|github|gitlab|codeberg|repo|repository|code|código|source|download|descargar|pdf|html|epub|video|vídeo|slides|youtube|twitter|x|mastodon|bluesky|linkedin|facebook|instagram|rss|feed|docs|documentation|documentación|here|link|aquí|ici|hier|qui|aqui|(?:en|in|em|auf) (?:idioma )?(?:inglés|english|anglais|englisch|inglês|inglese|engels))$/iu;
/**
 * The language of a linked page, set after its link: «[bewirb Dich …](https://wiki.xmpp.org/…)[EN]», «…(…) [en]»
 * (dev12: the XMPP Newsletter's German issue posted «…Weltzeit (UTC)[EN].», «broken text»). The link stays.
 */
const LINK_LANGUAGE = /(\]\([^)\s]*\))\s?\[[A-Za-z]{2}(?:-[A-Za-z]{2})?\]/g;
/** A link whose label is a footnote number: «[1](#f1)», «[[2]](#note-2)». */
const FOOTNOTE_LINK = /\[\[?\d{1,3}\]?\]\(#[^)\s]*\)/g;
/**
 * A superscript that only holds a footnote mark: «<sup id="a1">[1](#f1)</sup>», «<sup>2</sup>», «<sup>*</sup>»,
 * also in bold or italics («Segwit2x<sup><b>1</b></sup>», dev10's Bitcoin.org statement, posted as «Segwit2x1»,
 * «broken text (footnote marker)»).
 */
const FOOTNOTE_SUP =
  /<sup\b[^>]*>\s*(?:<(?:b|strong|i|em)>\s*)*(?:\[?\d{1,3}\]?|\[\[?\d{1,3}\]?\]\([^)]*\)|[*†‡]+)\s*(?:<\/(?:b|strong|i|em)>\s*)*<\/sup>/gi;
/** «()», «( , )», «（）» after a space: what is left where a link or an image was. «init()» keeps its own. */
export const EMPTY_PARENTHESES = /(?:^|[ \t]+)\(\s*[,;:]?\s*\)|（\s*）/gu;

/**
 * Where the source put links in a parenthesis and nothing else, to say where to go («([en idioma inglés](…),
 * [IRC](…), [web](…))», «([here](…))», «(see [here](…))»), their labels read as a broken list once the links are
 * gone: the parenthesis goes. Links whose labels say something («([CVE-2025-1234](…))», «([Inglês](…),
 * [Espanhol](…) e [Português](…))») stay as their words.
 */
export function withoutLinkOnlyParentheses(text: string): string {
  return text.replace(PARENTHESIS_WITH_LINK, (whole, inside: string) => {
    const labels: string[] = [];
    const rest = inside.replace(LINK, (_link, label: string) => {
      labels.push(label.trim());
      return ' ';
    });
    if (labels.length === 0) return whole;
    const left = rest.replace(BETWEEN_LINKS, ' ').trim();
    if (left !== '' && !left.split(/\s+/u).every((w) => POINTER_WORDS.test(w))) return whole;
    const navigation =
      labels.length >= 2
        ? labels.some((l) => RESOURCE_LABEL.test(l))
        : labels.every((l) => POINTER_WORDS.test(l) || RESOURCE_LABEL.test(l) || /^\d{1,3}$/u.test(l));
    return navigation ? '' : whole;
  });
}

/** A code span: its backticks and the one space inside each end that CommonMark strips. */
const CODE_SPAN = /(`+)\s?([^`]*?)\s?\1/g;
/** Where a code span stood while the rest of the line is read (private-use marks around its index). */
const CODE_SLOT = /\uE010(\d+)\uE011/g;
/**
 * Struck-out text, `~~…~~` or `<del>`/`<s>`/`<strike>`: what the page no longer says, gone with its words. dev2's
 * Carpentries call read «the end of the day on **2 April 2024** 19 April» from «~~**2 April 2024**~~ **19 April**»:
 * the old deadline beside the new one, and its bold markers left.
 */
const STRUCK = /~~(?=\S)[\s\S]*?\S~~|<(del|s|strike)\b[^<>]*>[\s\S]*?<\/\1\s*>/gi;

/** A link of the body: its label as the text reads it, and where it goes as the source wrote it (when it says). */
export interface BodyLink {
  text: string;
  href?: string | undefined;
}

/**
 * Around a link's label while a line is read, where its links are asked for (`markdownInlineToText`), the number of
 * its target after the label: «\uE005label\uE0073\uE006».
 */
const LABEL_OPEN = '\uE005';
const LABEL_TARGET = '\uE007';
const LABEL_CLOSE = '\uE006';
/** A marked label holding no other: the innermost first, so that a link in a link's label is one of its own. */
const MARKED_LABEL = /\uE005([^\uE005\uE006\uE007]*)\uE007(\d+)\uE006/gu;

/**
 * Inline Markdown → text: links keep their words, images and footnote marks go, code keeps its words. With `links`,
 * each link is added to it, its label as the text reads it (the engine tells a name given as a pointer to where to
 * read more from one the sentence says: docs/teasers.md, "Hashtags").
 */
export function markdownInlineToText(line: string, links?: BodyLink[]): string {
  // Most lines of prose have no markup at all.
  if (!/[[\]!<>`*_~\\&{]/.test(line)) return line;
  // Code keeps its words as written: set aside while emphasis and escapes are read, so that a «*» in it is not
  // taken for a marker (dev7: `--forwarded-allow-ips="*"` paired with a later «**представника**» and left
  // «*представник**»; dev4: Biome's glob `**/src/*.js` came out «**/src//.js»), nor an entity in it decoded.
  const code: string[] = [];
  const text = line.replace(CODE_SPAN, (_span, _ticks: string, inside: string) => {
    // A tag in code is named, not written («on `<script>` elements» reads «on script elements»): angle brackets in
    // a post read as markup left behind, and the tag's name is what the sentence says.
    code.push(inside.replace(/<\/?([A-Za-z][\w.:-]*)(?:\s[^<>]*)?\/?>/g, '$1'));
    return `\uE010${code.length - 1}\uE011`;
  });
  // A link's label, marked where its links are asked for: the marks pass through the steps below untouched, its
  // target kept aside by number (an address's «_» or «*» would read as emphasis).
  const targets: Array<string | undefined> = [];
  const label =
    links === undefined
      ? (_link: string, words: string) => words
      : (_link: string, words: string, href?: string) => {
          targets.push(href);
          return `${LABEL_OPEN}${words}${LABEL_TARGET}${targets.length - 1}${LABEL_CLOSE}`;
        };
  const read = decodeHTMLStrict(
    withoutLinkOnlyParentheses(
      text.replace(STRUCK, '').replace(FOOTNOTE_SUP, '').replace(FOOTNOTE_LINK, '').replace(LINK_LANGUAGE, '$1'),
    )
      // Images, inline and by reference, then images wrapped in links.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[\s*\]\([^)]*\)/g, '')
      // Inline HTML comments and tags (<br>, <span>, <Component prop={x} />); their text stays.
      .replace(/<!--[\s\S]*?-->/g, '')
      // MDX comments, as React's docs anchor their headings («## Linting {/*linting*/}»: the emphasis rule below
      // left «{/linting/}» in the heading), and JSX string expressions («{'\n\n'}», «{" "}»): a space.
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/\{\s*(['"])(?:\\.|(?!\1)[^\\\n])*\1\s*\}/g, ' ')
      // A line break or block tag separates words; an inline tag (<a>, <span>, <em>) does not: «请<a>阅读</a>»
      // must not become «请 阅读».
      .replace(/<(?:br|p|div|li|hr|h[1-6]|td|th|tr)\b[^<>]*\/?>|<\/(?:p|div|li|h[1-6]|td|th|tr)>/gi, ' ')
      .replace(/<\/?[A-Za-z][\w.:-]*(\s+[^<>]*?)?\/?>/g, '')
      // Kramdown inline attribute lists after a span or link: [text](url){:target="_blank"}, *x*{: .class}.
      .replace(/\{:[^}\n]*\}/g, '')
      // Footnote references.
      .replace(/\[\^[^\]]+\]/g, '')
      // Links: [text](url "title"), [text][ref], [text][] → text. Nested brackets one level deep.
      .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\(<([^>\n]*)>(?:\s+["'(][^"')]*["')])?\)/g, label)
      .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\(((?:[^()\s]|\([^)]*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\)/g, label)
      // A link in a link's label («[[Guillaume Martres](…)](…)», dev6) is left whole by the pass above: once more.
      .replace(/\[([^[\]]*)\]\(((?:[^()\s]|\([^)]*\))*)\)/g, label)
      .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\[[^\]]*\]/g, (link: string, words: string) => label(link, words))
      // Autolinks keep the address as the reader sees it, an e-mail address's too («<security@pypi.org>»).
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/g, '$1')
      // Emphasis markers, the strong pairs first so that emphasis nested in emphasis pairs up («*Splňujete…? **👉**
      // **[Podívejte se na to](…).***», dev4, kept a «*» at each end when the first «*» paired with a «**»);
      // a "_" inside a word (snake_case) is not emphasis.
      .replace(/(\*\*\*)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(\*\*)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(\*)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
      // Kramdown/Hugo heading ids and attribute lists: "## Title {#anchor}"; MkDocs's attr_list spaces them out,
      // "# Geschichte, Design und Zukunft { #history-design-and-future }" (dev7's FastAPI translations).
      .replace(/\s*\{\s*[#:.][^}]*\}\s*$/g, '')
      // Hard-break backslashes and escapes.
      .replace(/\\\n/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(EMPTY_PARENTHESES, ''),
  ).replace(CODE_SLOT, (_slot, index: string) => code[Number(index)] ?? '');
  if (links === undefined || !read.includes(LABEL_OPEN)) return read;
  let unmarked = read;
  for (let before = ''; before !== unmarked; ) {
    before = unmarked;
    unmarked = unmarked.replace(MARKED_LABEL, (_marked, words: string, at: string) => {
      const href = targets[Number(at)]?.trim();
      if (words.trim() !== '') links.push(href ? { text: words.trim(), href } : { text: words.trim() });
      return words;
    });
  }
  return unmarked.replace(/[\uE005\uE006]|\uE007\d*/gu, '');
}

/**
 * Converts a Markdown document (without front matter) to body blocks, separated by blank lines.
 * The result still needs `cleanText` (encoding repair, whitespace) like every parser's output.
 * `readHtml` reads a block of raw HTML that opens on a block-level tag (`<h3>`, `<p>`, `<ul>`: CommonMark's
 * HTML block kind 6) as the HTML intake does (html-text.ts, passed in: it imports this module): a Mozilla
 * advisory written as HTML in a Markdown file has all its text there, and came out with an empty body. Without
 * it, and for comments, scripts, tables, components and lone tags, the block is dropped.
 * `headings` receives the blocks that were headings, as they read in the result: the blocks alone no longer say
 * so, and a page without a title is titled by its opening heading whole (plain-text.ts, `titleFromOpening`).
 */
export function markdownToText(
  markdown: string,
  readHtml?: (html: string, links?: BodyLink[]) => string,
  links?: BodyLink[],
  headings?: string[],
): string {
  const lines = stripTemplates(markdown.replace(/\r\n?/g, '\n')).split('\n');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  // The marker of the list item the paragraph is: «- », or its number «3. ».
  let marker = '';
  const flush = (): void => {
    // The paragraph as a whole: a link's text may wrap onto the next line («[Go 1.25 in\nAugust](/blog/go1.25)»).
    const text = markdownInlineToText(paragraph.join('\n'), links).trim();
    if (text !== '') blocks.push(marker + text);
    paragraph = [];
    marker = '';
  };
  const flushHeading = (): void => {
    const before = blocks.length;
    flush();
    const heading = blocks[before];
    if (heading !== undefined) headings?.push(heading);
  };
  let fence: string | undefined;
  let htmlBlock: { until: RegExp; prose?: string[] } | undefined;
  let inJsxExpression = 0;
  // Inside an `{:else}` branch: the depth of `{#if}` blocks opened since, so that a nested block's `{/if}` does not end it.
  let otherBranch: number | undefined;
  let previousBlank = true;
  let inList = false;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (htmlBlock) {
      const ends = htmlBlock.until.test(raw);
      if (!ends) htmlBlock.prose?.push(raw);
      if (ends || i === lines.length - 1) {
        if (htmlBlock.prose && readHtml) pushHtml(blocks, readHtml(markdownInHtml(htmlBlock.prose.join('\n')), links));
        htmlBlock = undefined;
      }
      continue;
    }
    if (inJsxExpression > 0) {
      inJsxExpression += depth(raw);
      continue;
    }
    const svelte = SVELTE_TAG.exec(raw);
    if (svelte) {
      flush();
      const [, sigil, name] = svelte;
      if (otherBranch !== undefined && name === 'if') {
        if (sigil === '#') otherBranch++;
        else if (sigil === '/') otherBranch = otherBranch === 0 ? undefined : otherBranch - 1;
      } else if (otherBranch === undefined && sigil === ':' && name === 'else') otherBranch = 0;
      continue;
    }
    const fenceMatch = (inList ? FENCE_IN_LIST : FENCE).exec(raw);
    if (otherBranch !== undefined) {
      if (fenceMatch?.[1]) fence = fenceMatch[1];
      continue;
    }
    if (fenceMatch?.[1]) {
      flush();
      fence = fenceMatch[1];
      previousBlank = false;
      continue;
    }
    if (raw.trim() === '') {
      flush();
      previousBlank = true;
      continue;
    }
    if (previousBlank && !/^\s/.test(raw)) inList = false;
    // Indented code: four spaces after a blank line, unless it continues a list item.
    if (previousBlank && paragraph.length === 0 && !inList && /^( {4}|\t)/.test(raw)) continue;
    previousBlank = false;
    const line = raw.replace(BLOCKQUOTE, '').replace(BLOCKQUOTE, '');
    if (MDX_STATEMENT.test(line)) {
      flush();
      inJsxExpression = Math.max(0, depth(line));
      continue;
    }
    if (WRAPPER_LINE.test(line) && wrapsMarkdown(lines, i)) {
      flush();
      continue;
    }
    const html = htmlBlockEnd(line);
    if (html) {
      flush();
      const prose = html === BLANK && readHtml !== undefined && HTML_BLOCK_TAG.test(line);
      if (prose && i === lines.length - 1) pushHtml(blocks, readHtml(markdownInHtml(line), links));
      else if (!html.test(line) || html === BLANK) htmlBlock = prose ? { until: html, prose: [line] } : { until: html };
      continue;
    }
    if (SETEXT.test(line) && paragraph.length > 0) {
      // A line of «=» or «-» under a paragraph underlines a heading, before it could be a thematic break
      // (CommonMark); under a list item's text it is only a break.
      if (marker === '') flushHeading();
      else flush();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    const admonition = ADMONITION.exec(line);
    if (admonition) {
      flush();
      paragraph.push(admonition[1] ?? admonition[2] ?? admonition[3] ?? '');
      flush();
      continue;
    }
    const alert = line !== raw ? ALERT.exec(line) : null;
    if (alert) {
      flush();
      paragraph.push(alert[1] ?? '');
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      paragraph.push(heading[2] ?? '');
      flushHeading();
      continue;
    }
    if (LINK_DEFINITION.test(line) || ATTRIBUTE_LIST.test(line) || TABLE_DELIMITER.test(line)) continue;
    if (LIST_ITEM.test(line)) {
      flush();
      inList = true;
      // An item keeps its marker, «- » or its number, so that the teaser knows a list's line from prose
      // (teaser/blocks.ts): out of its list, a bullet is a fragment and a numbered step an order.
      const number = ORDERED_ITEM.exec(line)?.[1];
      marker = number === undefined ? '- ' : `${number}. `;
      paragraph.push(line.replace(LIST_ITEM, ''));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      // A table row: its cells read as one line.
      flush();
      paragraph.push(
        line
          .trim()
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((cell) => cell.trim())
          .filter(Boolean)
          .join(' · '),
      );
      flush();
      continue;
    }
    paragraph.push(line);
  }
  flush();
  return blocks.join('\n\n');
}

/** A tag, or the text between two tags. */
const TAG_OR_TEXT = /<[^<>]*>|[^<]+|</g;

/**
 * Markdown written inside a block of HTML («<aside markdown="1">», kramdown's way, as the Open Source Guides quote
 * their contributors: «قراءة كل **issue** و**pull request**», «— [@errietta](https://github.com/errietta)»): its text
 * between the tags is read as Markdown before the HTML is, so no «**» nor «[…](…)» is left (dev2). The text of
 * `<code>` and `<pre>` is code and stays as written.
 */
function markdownInHtml(html: string): string {
  if (!/[*_`[]/.test(html)) return html;
  let inCode = 0;
  return html.replace(TAG_OR_TEXT, (piece) => {
    if (piece.startsWith('<')) {
      const tag = /^<(\/?)(code|pre)\b/i.exec(piece);
      if (tag) inCode = Math.max(0, inCode + (tag[1] === '/' ? -1 : 1));
      return piece;
    }
    if (inCode > 0 || !/[*_`[]/.test(piece)) return piece;
    return markdownInlineToText(piece).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  });
}

function pushHtml(blocks: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed !== '') blocks.push(trimmed);
}

/** Net brace depth of a line, for multi-line `export const x = {…}` statements in MDX. */
function depth(line: string): number {
  let d = 0;
  for (const char of line) {
    if (char === '{' || char === '(' || char === '[') d++;
    else if (char === '}' || char === ')' || char === ']') d--;
  }
  return d;
}
