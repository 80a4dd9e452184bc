import { parseHTML } from 'linkedom';

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
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n\n');
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child) walk(child, out);
  }
  if (name === 'TD' || name === 'TH') out.push(' · ');
  if (block) out.push('\n\n');
}

/** Text of a DOM node (a document, or Readability's article element). */
export function domToText(node: DomNode): string {
  const out: string[] = [];
  walk(node, out);
  return out
    .join('')
    .replace(/ · (\s*\n)/g, '$1')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of an HTML fragment (a JSON article's `html`, Readability's `content`). */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domToText(document.body as unknown as DomNode);
}
