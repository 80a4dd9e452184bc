import { parseHTML } from 'linkedom';
import { type BodyLink, EMPTY_PARENTHESES, withoutLinkOnlyParentheses } from './markdown-text.js';

/**
 * HTML → the blocks of the body format (clean-text.ts): each paragraph, heading, list item or
 * quote its own block; code, media, forms, navigation and scripts dropped.
 */

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'PRE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'IMG',
  'PICTURE',
  'FIGCAPTION',
  'NAV',
  'FORM',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'MATH',
  // Struck-out text is what the page no longer says («<del>2 April</del> 19 April»), as `~~…~~` in Markdown.
  'DEL',
  'S',
  'STRIKE',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'FIGURE',
  'HR',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'BODY',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

/** Around a list item, so that its marker joins its text even when the item wraps it in a <p>. */
const ITEM_START = '\uE001';
const ITEM_END = '\uE002';
/**
 * A link's label is marked while the text is walked, then written as a Markdown link to a private-use target: a
 * parenthesis that holds only links is found the same way in both formats (markdown-text.ts); the label stays.
 */
const LINK_OPEN = '\uE003';
const LINK_CLOSE = '\uE004';
const FOOTNOTE_MARK = /^\s*(?:\[?\d{1,3}\]?|[*†‡]+)\s*$/u;

/** A footnote mark: a superscript number or asterisk, or a link to a note of the page labelled with a number. */
function isFootnoteMark(name: string, node: DomNode): boolean {
  if (name !== 'SUP' && name !== 'A') return false;
  if (!FOOTNOTE_MARK.test(node.textContent ?? '')) return false;
  return name === 'SUP' || (node.getAttribute?.('href') ?? '').startsWith('#');
}

function walk(node: DomNode, out: string[], hrefs: Array<string | undefined>): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name) || isFootnoteMark(name, node)) return;
  if (name === 'A') {
    out.push(LINK_OPEN);
    hrefs.push(node.getAttribute?.('href') ?? undefined);
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child, out, hrefs);
    }
    out.push(LINK_CLOSE);
    return;
  }
  if (name === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  const children = node.childNodes;
  let step = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    // An item keeps its marker, as Markdown's do (clean-text.ts): «- », or its number in a numbered list (a step).
    const item = (name === 'OL' || name === 'UL') && child.nodeName.toUpperCase() === 'LI';
    if (item) out.push(`\n\n${ITEM_START}${name === 'OL' ? `${++step}.` : '-'} `);
    walk(child, out, hrefs);
    if (item) out.push(ITEM_END);
  }
  if (name === 'TD' || name === 'TH') out.push(' · ');
  if (block) out.push('\n\n');
}

/** An item with no text of its own: empty, or opening on a list of its own (whose items carry the markers). */
const ITEM_EMPTY = new RegExp(`${ITEM_START}(?:-|\\d+\\.) \\s*(?:${ITEM_END}|(?=${ITEM_START}))`, 'g');
const ITEM_MARKER = new RegExp(`${ITEM_START}(-|\\d+\\.) \\s*`, 'g');

/** Text of a DOM node (a document, or Readability's article element); with `links`, its links' labels added to it. */
export function domToText(node: DomNode, links?: BodyLink[]): string {
  const out: string[] = [];
  const hrefs: Array<string | undefined> = [];
  walk(node, out, hrefs);
  const joined = out.join('');
  // Each link by the number of its target, in the order the walk met them.
  let nth = 0;
  const text = joined.includes(LINK_OPEN)
    ? withoutLinkOnlyParentheses(
        joined.replace(/\uE003([^\uE003\uE004]*)\uE004/gu, (_m, label: string) => `[${label}](${LINK_OPEN}${nth++})`),
      )
        .replace(/\[([^\]]*)\]\(\uE003(\d+)\)/gu, (_link, label: string, at: string) => {
          const href = hrefs[Number(at)]?.trim();
          if (label.trim() !== '') links?.push(href ? { text: label.trim(), href } : { text: label.trim() });
          return label;
        })
        .replace(/\uE003\d*|\uE004/gu, '')
    : joined;
  return text
    .replace(EMPTY_PARENTHESES, '')
    .replace(ITEM_EMPTY, '')
    .replace(ITEM_MARKER, '$1 ')
    .replaceAll(ITEM_END, '')
    .replace(/ · (\s*\n)/g, '$1')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of an HTML fragment (a JSON article's `html`, Readability's `content`); with `links`, as `domToText`. */
export function htmlFragmentToText(html: string, links?: BodyLink[]): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body as unknown as DomNode, links);
}
