import matter from 'gray-matter';
import { load as loadYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import type { ArticleDraft, DraftHints } from './draft.js';
import { draftFromFields } from './fields.js';
import { IntakeError } from './intake-error.js';
import { markdownInlineToText, markdownToText } from './markdown-text.js';

export const MARKDOWN_HINTS: DraftHints = {
  title: 'Add a `title:` line to the front matter (between the --- lines at the top)',
  url: 'Pass --url URL, or add `url: https://…` (or `canonical:`) to the front matter',
};

interface YamlError {
  name?: string;
  reason?: string;
  mark?: { line?: number; column?: number };
  line?: number;
  column?: number;
}

/**
 * Markdown or MDX with YAML (`---`) or TOML (`+++`, Hugo and Zola) front matter → draft.
 * Options are always passed to gray-matter: without them it caches every document it has seen,
 * keyed by its full text, for the life of the process.
 */
export function parseMarkdown(source: string, content: string): ArticleDraft {
  const toml = /^\uFEFF?\+\+\+[ \t]*\r?\n/.test(content);
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(content.replace(/^\uFEFF/, ''), {
      language: toml ? 'toml' : 'yaml',
      delimiters: toml ? '+++' : '---',
      engines: {
        toml: (text: string) => parseToml(text) as object,
        // A key written twice (`type: post` then `type: posts`): the last wins, as Jekyll and Hugo read it
        // (js-yaml's `json` mode), where gray-matter's own js-yaml refuses the file.
        yaml: (text: string) => (loadYaml(text, { json: true }) ?? {}) as object,
      },
    });
  } catch (error) {
    throw frontMatterError(source, error as YamlError, toml);
  }
  const data: unknown = file.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new IntakeError(
      source,
      'the front matter is not a list of `key: value` fields',
      'Write it as `title: …` lines',
    );
  const fields = draftFromFields(data as Record<string, unknown>);
  let body = markdownToText(file.content);
  let title = fields.title === undefined ? undefined : markdownInlineToText(fields.title);
  if (title === undefined) {
    // No title in front matter: a first-level heading opening the document is the title.
    const heading = /^\s*#\s+(.+?)\s*#*\s*$/m.exec(file.content.trimStart().split('\n')[0] ?? '');
    if (heading?.[1]) {
      title = markdownInlineToText(heading[1]);
      body = body.split('\n\n').slice(1).join('\n\n');
    }
  }
  return {
    ...fields,
    title,
    summary: fields.summary === undefined ? undefined : markdownInlineToText(fields.summary),
    body,
  };
}

/** "invalid YAML at line 4" counted in the file, not in the front matter. */
function frontMatterError(source: string, error: YamlError, toml: boolean): IntakeError {
  const kind = toml ? 'TOML' : 'YAML';
  // gray-matter hands the parser the text after the opening "---" including its line break, so
  // js-yaml's 0-based line and smol-toml's 1-based line both land on the file's 1-based line.
  const line = toml ? error.line : error.mark?.line === undefined ? undefined : error.mark.line + 1;
  const where = line === undefined ? '' : ` at line ${line}`;
  const reason = (error.reason ?? (error as Error).message ?? 'unreadable').split('\n')[0];
  return new IntakeError(
    source,
    `invalid ${kind} front matter${where}: ${reason}`,
    toml
      ? 'Fix the front matter (TOML: key = "value", strings in double quotes)'
      : 'Fix the front matter; quote values that contain ": " or start with a special character such as [, {, * or @',
    { cause: error },
  );
}
