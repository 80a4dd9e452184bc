import { extname } from 'node:path';
import type { Settings } from '../config.js';
import type { Article } from './article.js';
import { buildArticle } from './build.js';
import type { ArticleDraft, DraftHints } from './draft.js';
import { type ContentKind, fetchArticle } from './fetch-url.js';
import { HTML_HINTS, parseHtml } from './html.js';
import { IntakeError } from './intake-error.js';
import { JSON_HINTS, parseJson } from './json.js';
import { MARKDOWN_HINTS, parseMarkdown } from './markdown.js';
import { parsePlainText, TEXT_HINTS } from './plain-text.js';
import { readArticleFile } from './read-file.js';

export type { ContentKind } from './fetch-url.js';
export { IntakeError } from './intake-error.js';

export interface LoadOptions {
  /** The canonical URL, when the source does not carry one (or to override it). */
  url?: string;
  /** The language, when it should not be read from the source or detected. */
  lang?: string;
  fetch: Settings['fetch'];
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

function parse(source: string, content: string, kind: ContentKind, pageUrl?: string): [ArticleDraft, DraftHints] {
  switch (kind) {
    case 'markdown':
      return [parseMarkdown(source, content), MARKDOWN_HINTS];
    case 'json':
      return [parseJson(source, content), JSON_HINTS];
    case 'html':
      return [parseHtml(source, content, pageUrl), HTML_HINTS];
    case 'text':
      return [parsePlainText(source, content), TEXT_HINTS];
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
  const [draft, hints] = parse(source, content, kind);
  return buildArticle(source, draft, hints, options);
}

/**
 * Reads one article from a file path or an http(s) URL, by its extension or content type.
 * Every failure is an IntakeError saying what is wrong, where, and how to fix it.
 */
export async function loadArticle(source: string, options: LoadOptions): Promise<Article> {
  try {
    if (/^https?:\/\//i.test(source)) {
      if (!URL.canParse(source)) throw new IntakeError(source, 'this is not a valid URL', 'Check the address');
      const fetched = await fetchArticle(source, options.fetch);
      const [draft, hints] = parse(source, fetched.content, fetched.kind, fetched.url);
      // A page's own URL is a fair canonical link when it names none.
      return await buildArticle(source, { ...draft, url: draft.url ?? fetched.url }, hints, options);
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source))
      throw new IntakeError(source, 'only http and https URLs can be fetched', 'Give an http(s) URL or a file path');
    const kind = kindOfPath(source);
    const content = await readArticleFile(source, options.fetch.maxBytes);
    const [draft, hints] = parse(source, content, kind);
    return await buildArticle(source, draft, hints, options);
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    // A parser bug must still read as one line naming the source, with the cause kept for --debug.
    throw new IntakeError(source, `cannot read this article (${(error as Error).message})`, 'Please report this', {
      cause: error,
    });
  }
}
