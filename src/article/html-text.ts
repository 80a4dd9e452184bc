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

/** Around a numbered item, so that its number joins its text even when the item wraps it in a <p>. */
const STEP_START = '\uE001';
const STEP_END = '\uE002';

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
  let step = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (!child) continue;
    // An item of a numbered list keeps its number, as Markdown's do (clean-text.ts): a step, not prose.
    const numbered = name === 'OL' && child.nodeName.toUpperCase() === 'LI';
    if (numbered) out.push(`\n\n${STEP_START}${++step}. `);
    walk(child, out);
    if (numbered) out.push(STEP_END);
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
    .replace(new RegExp(`${STEP_START}\\d+\\. \\s*${STEP_END}`, 'g'), '') // an empty item
    .replace(new RegExp(`${STEP_START}(\\d+\\. )\\s*`, 'g'), '$1')
    .replaceAll(STEP_END, '')
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
