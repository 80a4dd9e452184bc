import type { ArticleDraft, DraftHints } from './draft.js';
import { draftFromFields } from './fields.js';
import { htmlFragmentToText } from './html-text.js';
import { IntakeError } from './intake-error.js';
import { markdownToText } from './markdown-text.js';
import { listItemsAsBlocks } from './plain-text.js';

export const JSON_HINTS: DraftHints = {
  title: 'Add a "title" field',
  url: 'Pass --url URL, or add a "url" field with the canonical link',
};

/** "at line 3, column 14" from V8's "… in JSON at position 57 (line 3 column 14)" or from the position. */
function jsonErrorPlace(content: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return '';
  const offset = Number(position[1]);
  const before = content.slice(0, offset).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * A JSON article: the fields of front matter, with the text in `body` (plain text), `markdown`,
 * `html`, or JSON Feed's `content_text` / `content_html`.
 */
export function parseJson(source: string, content: string): ArticleDraft {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw new IntakeError(
      source,
      `invalid JSON${jsonErrorPlace(content, message)}: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`,
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
  const body =
    (plain === undefined
      ? undefined
      : plain
          .split(/\n[ \t\r]*\n/)
          .flatMap(listItemsAsBlocks)
          .join('\n\n')) ??
    (markdown !== undefined
      ? markdownToText(markdown, htmlFragmentToText)
      : html !== undefined
        ? htmlFragmentToText(html)
        : '');
  return { ...draftFromFields(fields), body };
}
