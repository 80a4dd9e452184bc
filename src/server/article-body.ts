import { z } from 'zod';
import type { Article } from '../article/article.js';
import { HttpUrlSchema } from '../article/http-url.js';
import { loadArticle, parseArticle } from '../article/load.js';
import type { Settings } from '../config.js';
import { PLATFORMS, type PlatformId } from '../platforms/platform.js';

/**
 * `POST /v1/articles` and `POST /v1/preview` take the same bodies (docs/architecture.md, "Contracts"):
 * a JSON article, Markdown with front matter (`Content-Type: text/markdown`), or `{ "url": … }` to fetch.
 */
const FetchBodySchema = z.strictObject({ url: HttpUrlSchema });

/** `{ "url" }` alone means "fetch this page"; anything else is a JSON article and needs its title. */
const JsonBodySchema = z
  .looseObject({
    title: z.string().min(1).optional(),
    url: HttpUrlSchema.optional(),
    body: z.string().optional(),
    lang: z.string().optional(),
    tags: z.array(z.string()).optional(),
    posts: z
      .partialRecord(z.enum(PLATFORMS), z.string())
      .optional()
      .describe('the operator\'s own text per platform, in place of the teaser (docs/operator.md, "Edit")'),
  })
  .superRefine((value, ctx) => {
    const fetchOnly = Object.keys(value).filter((k) => k !== 'posts').length === 1 && value.url !== undefined;
    if (!fetchOnly && value.title === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'a JSON article needs a title (or send only { "url": … } to fetch and read the page)',
      });
    }
  })
  .describe('a JSON article (the fields of a Markdown front matter, plus body), or { "url": … } to fetch a page');

export const ArticleBodySchema = z.union([
  JsonBodySchema,
  z
    .string()
    .min(1)
    .describe('Markdown with YAML front matter (Content-Type: text/markdown), or plain text (text/vnd.crier.plain)'),
]);

export const ArticleQuerySchema = z.object({
  url: HttpUrlSchema.optional().describe('canonical URL, when the body has none'),
  lang: z.string().optional().describe('language (BCP 47), when it should not be detected'),
});

/** The article a request carries, and the lines to tell its sender (a body or page that was not UTF-8). */
export async function articleFromBody(
  body: z.infer<typeof ArticleBodySchema>,
  query: z.infer<typeof ArticleQuerySchema>,
  fetch: Settings['fetch'],
  bodyNote?: string,
  bodyKind: 'markdown' | 'text' = 'markdown',
): Promise<{ article: Article; warnings: string[]; texts?: Partial<Record<PlatformId, string>> }> {
  const warnings = bodyNote ? [bodyNote] : [];
  const options = { url: query.url, lang: query.lang, fetch, warn: (line: string) => warnings.push(line) };
  const source = 'request body';
  // The operator's texts travel beside the article, not in it.
  const { posts: texts, ...fields } = typeof body === 'string' ? { posts: undefined } : body;
  const fetched = typeof body === 'string' ? undefined : FetchBodySchema.safeParse(fields);
  const article =
    typeof body === 'string'
      ? await parseArticle(body, bodyKind, { ...options, source })
      : fetched?.success
        ? await loadArticle(fetched.data.url, options)
        : await parseArticle(JSON.stringify(fields), 'json', { ...options, source });
  return { article, warnings, ...(texts ? { texts } : {}) };
}

/** `{ warnings }` in a response only when there is something to say, so a clean answer keeps its shape. */
export function warned(warnings: string[]): { warnings?: string[] } {
  return warnings.length > 0 ? { warnings } : {};
}
