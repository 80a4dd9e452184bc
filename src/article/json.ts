import type { ArticleDraft, DraftHints } from './draft.js';
import { draftFromFields } from './fields.js';
import { htmlFragmentToText } from './html-text.js';
import { IntakeError } from './intake-error.js';
import { type BodyLink, markdownToText } from './markdown-text.js';
import { listItemsAsBlocks } from './plain-text.js';

export const JSON_HINTS: DraftHints = {
  title: 'Add a "title" field',
  url: 'Pass --url URL, or add a "url" field with the canonical link',
};

/**
 * " at line 3, column 14: Expected ',' or '}' after property value" from JSON.parse's error on `content`: the place
 * counted in `content`, the reason without V8's own position and copy of the text.
 */
export function jsonFault(content: string, error: unknown): string {
  const message = (error as Error).message;
  const reason = message
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, '');
  const position = /in JSON at position (\d+)/.exec(message)?.[1];
  const before = content.slice(0, position === undefined ? faultOffset(content) : Number(position)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${reason}`;
}

/**
 * Where JSON.parse stops reading `content`, for the errors whose message gives no position (Node 20's «Unexpected
 * token 'x', "…" is not valid JSON»): the end of its longest prefix that some JSON text could still continue, found by
 * halving (a prefix is such when JSON.parse fails only at its end, or reads it whole).
 */
function faultOffset(content: string): number {
  const continues = (length: number): boolean => {
    try {
      JSON.parse(content.slice(0, length));
      return true;
    } catch (error) {
      const message = (error as Error).message;
      return message === 'Unexpected end of JSON input' || message.includes(`in JSON at position ${length}`);
    }
  };
  let [low, high] = [0, content.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (continues(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A JSON article: the fields of front matter, with the text in `body` (plain text), `markdown`,
 * `html`, or JSON Feed's `content_text` / `content_html`.
 */
export function parseJson(source: string, content: string): ArticleDraft {
  const json = content.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new IntakeError(
      source,
      `invalid JSON${jsonFault(json, error)}`,
      'Fix the JSON (a trailing comma or an unquoted key is the usual cause)',
      { cause: error },
    );
  }
  return draftFromJsonValue(source, data);
}

function draftFromJsonValue(source: string, data: unknown): ArticleDraft {
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new IntakeError(
      source,
      `the JSON is ${Array.isArray(data) ? 'a list' : typeof data}, not an article object`,
      'Give one object such as {"title": "…", "url": "https://…", "body": "…"}',
    );
  const fields = data as Record<string, unknown>;
  const str = (name: string): string | undefined => {
    const value = fields[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const markdown = str('markdown');
  const html = str('html') ?? str('content_html');
  const plain = str('body') ?? str('content_text') ?? str('text') ?? str('content');
  // A plain `body` writes its lists as a plain text does: one item a line (plain-text.ts).
  // A plain body comes with the labels of its links where crier wrote the article (an article a preview printed).
  const given = fields.links;
  const links: BodyLink[] =
    plain !== undefined && Array.isArray(given)
      ? given.flatMap((link: unknown) => {
          if (link === null || typeof link !== 'object') return [];
          const { text, href } = link as Record<string, unknown>;
          if (typeof text !== 'string') return [];
          return [typeof href === 'string' ? { text, href } : { text }];
        })
      : [];
  const body =
    (plain === undefined
      ? undefined
      : plain
          .split(/\n[ \t\r]*\n/)
          .flatMap(listItemsAsBlocks)
          .join('\n\n')) ??
    (markdown !== undefined
      ? markdownToText(markdown, htmlFragmentToText, links)
      : html !== undefined
        ? htmlFragmentToText(html, links)
        : '');
  return { ...draftFromFields(fields), body, links };
}
