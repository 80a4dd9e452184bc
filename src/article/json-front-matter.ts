import { IntakeError } from './intake-error.js';
import { jsonFault } from './json.js';

/**
 * Hugo's JSON front matter: a Markdown file that opens on a JSON object, its closing `}` followed by a line break,
 * then the body (https://gohugo.io/content-management/front-matter/):
 *
 *     {
 *       "title": "Unser Jahresbericht für 2020",
 *       "tags": ["jahresbericht"]
 *     }
 *
 *     Hinter uns liegt ein weiteres Jahr…
 *
 * Only an opening that reads as an object's first key (`{`, blank space, then `"`) is taken for one: a page that opens
 * on a Hugo shortcode (`{{< … >}}`), a Liquid tag (`{% … %}`) or a kramdown attribute list (`{: .note}`) is text.
 */
const OPENING = /^\{\s*["}]/;

/**
 * The fields and the Markdown below them, or undefined when the file does not open on a JSON object followed by a line
 * break (its text is then all body). An opening that reads as JSON but does not parse is an error naming its place.
 */
export function splitJsonFrontMatter(
  source: string,
  content: string,
): { data: Record<string, unknown>; body: string } | undefined {
  if (!OPENING.test(content)) return undefined;
  const end = objectEnd(content);
  const lineBreak = end < 0 ? undefined : /^[ \t]*(?:\r?\n|$)/.exec(content.slice(end));
  // An object with more on its closing line is text that happens to open on braces, as Hugo would not write it.
  if (end >= 0 && !lineBreak) return undefined;
  // JSON.parse on the whole object, or on the whole file when no brace closes it: its first error is the first fault.
  const json = end < 0 ? content : content.slice(0, end);
  try {
    // A key given twice keeps its last value, as in Hugo.
    const data = JSON.parse(json) as Record<string, unknown>;
    return { data, body: content.slice(end + (lineBreak?.[0].length ?? 0)) };
  } catch (error) {
    throw new IntakeError(
      source,
      `invalid JSON front matter${jsonFault(json, error)}`,
      'Fix the front matter (JSON: "key": "value" pairs separated by commas, no comma after the last, keys and strings in double quotes, the closing } on its own line)',
      { cause: error },
    );
  }
}

/**
 * The offset just past the `}` that closes the object opening the text, or -1 when none does: braces are counted
 * outside strings (a `}` inside a title does not close it), as Hugo's own reader finds the end of JSON front matter.
 */
function objectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}
