import { z } from 'zod';
import type { Article } from '../article/article.js';
import { loadArticle, parseArticle } from '../article/load.js';
import type { Settings } from '../config.js';

/**
 * `POST /v1/articles` and `POST /v1/preview` take the same bodies (docs/architecture.md, "Contracts"):
 * a JSON article, Markdown with front matter (`Content-Type: text/markdown`), or `{ "url": … }` to fetch.
 */
const FetchBodySchema = z.strictObject({ url: z.url({ protocol: /^https?$/ }) });

/** `{ "url" }` alone means "fetch this page"; anything else is a JSON article and needs its title. */
const JsonBodySchema = z
  .looseObject({
    title: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    body: z.string().optional(),
    lang: z.string().optional(),
    tags: z.array(z.string()).optional(),
  })
  .superRefine((value, ctx) => {
    const fetchOnly = Object.keys(value).length === 1 && value.url !== undefined;
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
  z.string().min(1).describe('Markdown with YAML front matter (Content-Type: text/markdown)'),
]);

export const ArticleQuerySchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .optional()
    .describe('canonical URL, when the body has none'),
  lang: z.string().optional().describe('language (BCP 47), when it should not be detected'),
});

export async function articleFromBody(
  body: z.infer<typeof ArticleBodySchema>,
  query: z.infer<typeof ArticleQuerySchema>,
  fetch: Settings['fetch'],
): Promise<Article> {
  const options = { url: query.url, lang: query.lang, fetch };
  if (typeof body === 'string')
    return parseArticle(body, 'markdown', { url: query.url, lang: query.lang, source: 'request body' });
  const fetched = FetchBodySchema.safeParse(body);
  if (fetched.success) return loadArticle(fetched.data.url, options);
  return parseArticle(JSON.stringify(body), 'json', { url: query.url, lang: query.lang, source: 'request body' });
}
