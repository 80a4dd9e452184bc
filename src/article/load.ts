import { extname } from 'node:path';
import type { Settings } from '../config.js';
import type { Article } from './article.js';
import { buildArticle } from './build.js';
import type { ArticleDraft, DraftHints } from './draft.js';
import type { ContentKind } from './fetch-url.js';
import { httpUrlProblem } from './http-url.js';
import { IntakeError } from './intake-error.js';
import { readArticleFile } from './read-file.js';

export type { ContentKind } from './fetch-url.js';
export { IntakeError } from './intake-error.js';

export interface LoadOptions {
  /** The canonical URL, when the source does not carry one (or to override it). */
  url?: string;
  /** The language, when it should not be read from the source or detected. */
  lang?: string;
  fetch: Settings['fetch'];
  /** Told, in one line, what the operator should know but that does not stop intake (a legacy encoding). */
  warn?: (message: string) => void;
}

/** File extensions by the kind of article they hold; a file without extension is plain text. */
const EXTENSIONS: Record<string, ContentKind> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdx': 'markdown',
  '.json': 'json',
  '.txt': 'text',
  '.text': 'text',
  '': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  // Lektor's content files (contents.lr): read by the Markdown intake, as their body is Markdown (lektor.ts).
  '.lr': 'markdown',
};

function kindOfPath(path: string): ContentKind {
  const extension = extname(path).toLowerCase();
  const kind = EXTENSIONS[extension];
  if (kind) return kind;
  const supported = Object.keys(EXTENSIONS).filter(Boolean).join(' ');
  throw new IntakeError(
    path,
    `unknown file type "${extension}"`,
    `Give a file ending in one of ${supported} (or no extension, for plain text), or an http(s) URL`,
  );
}

/**
 * Each kind's parser is loaded when an article of that kind comes: the HTML one brings a DOM (linkedom,
 * Readability), the Markdown one gray-matter and a TOML parser, and `crier preview` of a text file needs none.
 */
async function parse(
  source: string,
  content: string,
  kind: ContentKind,
  pageUrl?: string,
): Promise<[ArticleDraft, DraftHints]> {
  switch (kind) {
    case 'markdown': {
      const { parseMarkdown, MARKDOWN_HINTS } = await import('./markdown.js');
      return [parseMarkdown(source, content, { lektor: extname(source).toLowerCase() === '.lr' }), MARKDOWN_HINTS];
    }
    case 'json': {
      const { parseJson, JSON_HINTS } = await import('./json.js');
      return [parseJson(source, content), JSON_HINTS];
    }
    case 'html': {
      const { parseHtml, HTML_HINTS } = await import('./html.js');
      return [parseHtml(source, content, pageUrl), HTML_HINTS];
    }
    case 'text': {
      const { parsePlainText, TEXT_HINTS } = await import('./plain-text.js');
      return [parsePlainText(source, content), TEXT_HINTS];
    }
  }
}

/**
 * Parses an article already in memory (a request body of the HTTP API). `source` names it in
 * error messages ("request body").
 */
export async function parseArticle(
  content: string,
  kind: ContentKind,
  options: Omit<LoadOptions, 'fetch'> & { source?: string },
): Promise<Article> {
  const source = options.source ?? 'article';
  if (content.trim() === '') throw new IntakeError(source, 'it is empty', 'Send an article with a title and some text');
  try {
    const [draft, hints] = await parse(source, content, kind);
    return await buildArticle(source, draft, hints, options);
  } catch (error) {
    throw asIntakeError(source, error);
  }
}

/** A parser's own failure (a stack overflow on hostile nesting, a bug) still reads as one line naming the source. */
function asIntakeError(source: string, error: unknown): IntakeError {
  if (error instanceof IntakeError) return error;
  return new IntakeError(source, `cannot read this article (${(error as Error).message})`, 'Please report this', {
    cause: error,
  });
}

/**
 * Reads one article from a file path or an http(s) URL, by its extension or content type.
 * Every failure is an IntakeError saying what is wrong, where, and how to fix it.
 */
export async function loadArticle(source: string, options: LoadOptions): Promise<Article> {
  try {
    if (/^https?:\/\//i.test(source)) {
      const bad = httpUrlProblem(source);
      if (bad) throw new IntakeError(source, bad.problem, bad.hint);
      // The HTTP client (undici) only for a URL source.
      const { fetchArticle } = await import('./fetch-url.js');
      const fetched = await fetchArticle(source, options.fetch);
      if (fetched.note) options.warn?.(fetched.note);
      const [draft, hints] = await parse(source, fetched.content, fetched.kind, fetched.url);
      // A page's own URL is a fair canonical link when it names none.
      return await buildArticle(source, { ...draft, url: draft.url ?? fetched.url }, hints, options);
    }
    // A scheme of two letters or more ("file:", "data:", "gopher:"): a URL, not a path such as "C:\\notes".
    const scheme = /^[a-z][a-z0-9+.-]+:/i.test(source) ? httpUrlProblem(source) : undefined;
    if (scheme) throw new IntakeError(source, scheme.problem, `${scheme.hint} or a file path`);
    const kind = kindOfPath(source);
    const { text, note } = await readArticleFile(source, options.fetch.maxBytes);
    if (note) options.warn?.(note);
    const [draft, hints] = await parse(source, text, kind);
    return await buildArticle(source, draft, hints, options);
  } catch (error) {
    throw asIntakeError(source, error);
  }
}
