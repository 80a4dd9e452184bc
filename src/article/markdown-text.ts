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
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const ORDERED_ITEM = /^[ \t]*(\d{1,9})[.)][ \t]+/;
const BLOCKQUOTE = /^[ \t]{0,3}>[ \t]?/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$/;
const ATTRIBUTE_LIST = /^[ \t]*\{:[^}]*\}[ \t]*$/;
const BLANK = /^\s*$/;
/** CommonMark HTML block kinds 6 and 7: a block-level tag, or a line holding nothing but one tag. */
const HTML_BLOCK_TAG =
  /^ {0,3}<\/?(address|article|aside|blockquote|details|dialog|dd|div|dl|dt|fieldset|figcaption|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|section|summary|ul|center|br|img|picture|source|link|meta|input|button|select|tbody|thead|tr|td|th)(\s|\/?>|$)/i;
const LONE_TAG = /^ {0,3}<\/?[A-Za-z][\w.:-]*(\s[^<>]*)?\/?>\s*$/;
const MDX_STATEMENT = /^(import|export)\s/;

/** Lines that open a block of raw HTML whose text is not prose. */
const HTML_DROP_BLOCK = /^<(script|style|pre|textarea|table|figure|iframe|video|audio|svg|object|noscript)\b/i;

/** If the line opens an HTML (or JSX) block, the pattern of the line that closes it. */
function htmlBlockEnd(line: string): RegExp | undefined {
  if (/^ {0,3}<!--/.test(line)) return /-->/;
  const drop = HTML_DROP_BLOCK.exec(line.trim());
  if (drop?.[1]) return new RegExp(`</${drop[1]}>`, 'i');
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

/** Inline Markdown → text: links keep their words, images and footnote marks go, code keeps its words. */
export function markdownInlineToText(line: string): string {
  // Most lines of prose have no markup at all.
  if (!/[[\]!<>`*_~\\&{]/.test(line)) return line;
  return decodeHTMLStrict(
    line
      // Images, inline and by reference, then images wrapped in links.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[\s*\]\([^)]*\)/g, '')
      // Inline HTML comments and tags (<br>, <span>, <Component prop={x} />); their text stays.
      .replace(/<!--[\s\S]*?-->/g, '')
      // A line break or block tag separates words; an inline tag (<a>, <span>, <em>) does not: «请<a>阅读</a>»
      // must not become «请 阅读».
      .replace(/<(?:br|p|div|li|hr|h[1-6]|td|th|tr)\b[^<>]*\/?>|<\/(?:p|div|li|h[1-6]|td|th|tr)>/gi, ' ')
      .replace(/<\/?[A-Za-z][\w.:-]*(\s+[^<>]*?)?\/?>/g, '')
      // Kramdown inline attribute lists after a span or link: [text](url){:target="_blank"}, *x*{: .class}.
      .replace(/\{:[^}\n]*\}/g, '')
      // Footnote references.
      .replace(/\[\^[^\]]+\]/g, '')
      // Links: [text](url "title"), [text][ref], [text][] → text. Nested brackets one level deep.
      .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\(<[^>\n]*>(?:\s+["'(][^"')]*["')])?\)/g, '$1')
      .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\)/g, '$1')
      .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\[[^\]]*\]/g, '$1')
      // Autolinks keep the address as the reader sees it.
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // Code spans keep their words (`proc-macro1`).
      .replace(/(`+)\s?([^`]*?)\s?\1/g, '$2')
      // Emphasis and strike-through markers; a "_" inside a word (snake_case) is not emphasis.
      .replace(/(\*{1,3}|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\p{L}\p{N}_])(_{1,3})(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}_])/gu, '$1$3')
      // Kramdown/Hugo heading ids and attribute lists: "## Title {#anchor}".
      .replace(/\s*\{[#:.][^}]*\}\s*$/g, '')
      // Hard-break backslashes and escapes.
      .replace(/\\\n/g, ' ')
      .replace(/\\([!-/:-@[-`{-~])/g, '$1'),
  );
}

/**
 * Converts a Markdown document (without front matter) to body blocks, separated by blank lines.
 * The result still needs `cleanText` (encoding repair, whitespace) like every parser's output.
 */
export function markdownToText(markdown: string): string {
  const lines = stripTemplates(markdown.replace(/\r\n?/g, '\n')).split('\n');
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    // The paragraph as a whole: a link's text may wrap onto the next line («[Go 1.25 in\nAugust](/blog/go1.25)»).
    const text = markdownInlineToText(paragraph.join('\n')).trim();
    if (text !== '') blocks.push(text);
    paragraph = [];
  };
  let fence: string | undefined;
  let htmlBlock: { until: RegExp } | undefined;
  let inJsxExpression = 0;
  let previousBlank = true;
  let inList = false;

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (htmlBlock) {
      if (htmlBlock.until.test(raw)) htmlBlock = undefined;
      continue;
    }
    if (inJsxExpression > 0) {
      inJsxExpression += depth(raw);
      continue;
    }
    const fenceMatch = FENCE.exec(raw);
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
    const html = htmlBlockEnd(line);
    if (html) {
      flush();
      if (!html.test(line) || html === BLANK) htmlBlock = { until: html };
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      paragraph.push(heading[2] ?? '');
      flush();
      continue;
    }
    if (SETEXT.test(line) && paragraph.length > 0) {
      flush();
      continue;
    }
    if (LINK_DEFINITION.test(line) || ATTRIBUTE_LIST.test(line) || TABLE_DELIMITER.test(line)) continue;
    if (LIST_ITEM.test(line)) {
      flush();
      inList = true;
      // A numbered item keeps its number: it is a step of a procedure, which the teaser must not take for prose.
      const number = ORDERED_ITEM.exec(line)?.[1];
      paragraph.push(`${number === undefined ? '' : `${number}. `}${line.replace(LIST_ITEM, '')}`);
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

/** Net brace depth of a line, for multi-line `export const x = {…}` statements in MDX. */
function depth(line: string): number {
  let d = 0;
  for (const char of line) {
    if (char === '{' || char === '(' || char === '[') d++;
    else if (char === '}' || char === ')' || char === ']') d--;
  }
  return d;
}
