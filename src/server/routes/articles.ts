import { z } from 'zod';
import { readCard } from '../../../queues/articles.js';
import type { When } from '../../../queues/jobs.js';
import { cancelArticle, retryArticle, UnknownArticleError } from '../../../queues/operator.js';
import { enqueueArticle } from '../../../queues/producers.js';
import { POST_STATES } from '../../ledger/ledger.js';
import { postView } from '../../ledger/view.js';
import { readWriters } from '../../ledger/writers.js';
import { PLATFORMS } from '../../platforms/platform.js';
import { parseWhen } from '../../schedule/when.js';
import type { ServerDeps } from '../app.js';
import { ArticleBodySchema, ArticleQuerySchema, articleFromBody, warned } from '../article-body.js';
import { FlagQuery, PlatformsQuery } from '../query.js';
import type { TypedApp } from '../typed-app.js';

const IdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an article id as returned on enqueue') });

export async function articleRoutes(app: TypedApp, deps: ServerDeps) {
  const { client } = deps;

  /** The article's posts from the ledger; a 404 (UnknownArticleError) when it has none. */
  const articleStatus = async (id: string) => {
    const posts = await client.ledger.postsOf(id);
    if (posts.length === 0) {
      throw new UnknownArticleError(`no article with id "${id}" (a new article shows up once composed)`);
    }
    const [card, writers] = await Promise.all([
      readCard(client.redis, client.prefix, id).catch(() => undefined),
      // Which writer wrote each post, when the AI writer was configured (docs/ai-writer.md).
      readWriters(client.redis, client.prefix, id),
    ]);
    const view = (post: (typeof posts)[number]) => {
      const writer = writers[post.platform];
      return writer ? { ...postView(post), writer } : postView(post);
    };
    return { id, title: card?.title, url: card?.url, posts: posts.map(view) };
  };

  app.post(
    '/v1/articles',
    {
      schema: {
        summary: 'Enqueue an article: its posts go out now, at a time, or in the next posting slot',
        description: 'Answers 202 with the article id; follow `Location` for the state of each post.',
        body: ArticleBodySchema,
        querystring: ArticleQuerySchema.extend({
          platforms: PlatformsQuery,
          at: z.string().optional().describe('ISO-8601 with offset, or relative such as +90m'),
          slot: FlagQuery,
          thread: FlagQuery,
        }),
      },
    },
    async (request, reply) => {
      const { platforms = [...PLATFORMS], at, slot, thread } = request.query;
      if (at && slot) {
        return reply.code(400).send({ error: 'Bad Request', message: 'querystring: give "at" or "slot", not both' });
      }
      const when: When = at
        ? { kind: 'at', at: parseWhen(at, new Date()).toISOString() }
        : slot || deps.config.settings.schedule.defaultWhen === 'slot'
          ? { kind: 'slot' }
          : { kind: 'now' };
      const { article, warnings } = await articleFromBody(
        request.body,
        request.query,
        deps.config.settings.fetch,
        request.bodyNote,
      );
      await enqueueArticle(client.queues, deps.config.settings, { article, platforms, thread, when });
      return reply
        .code(202)
        .header('location', `/v1/articles/${article.id}`)
        .send({ id: article.id, title: article.title, url: article.url, platforms, when, ...warned(warnings) });
    },
  );

  app.get(
    '/v1/articles',
    {
      schema: {
        summary: 'Recent articles and the state of their posts, newest first',
        querystring: z.object({
          state: z.enum(POST_STATES).optional().describe('only articles with a post in this state'),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => {
      const { state, offset, limit } = request.query;
      // Newest first from the ledger's index; a state filter reads further until the page is full.
      const items = [];
      const batch = 200;
      for (let start = 0; items.length < offset + limit; start += batch) {
        const ids = await client.ledger.recentArticles(start + batch);
        const page = ids.slice(start);
        for (const id of page) {
          const status = await articleStatus(id).catch(() => undefined);
          if (status && (!state || status.posts.some((p) => p.state === state))) items.push(status);
        }
        if (page.length < batch) break;
      }
      return { items: items.slice(offset, offset + limit), offset, limit };
    },
  );

  app.get(
    '/v1/articles/:id',
    { schema: { summary: 'Per-platform state, remote URLs, attempts and last error', params: IdParams } },
    async (request) => articleStatus(request.params.id),
  );

  app.post(
    '/v1/articles/:id/retry',
    {
      schema: {
        summary: 'Retry the failed posts of an article (published posts are never posted again)',
        params: IdParams,
        querystring: z.object({ platform: z.enum(PLATFORMS).optional() }),
      },
    },
    async (request) => {
      const changes = await retryArticle(client, request.params.id, request.query.platform);
      return { ...(await articleStatus(request.params.id)), changes };
    },
  );

  app.delete(
    '/v1/articles/:id',
    { schema: { summary: 'Cancel the posts of an article that have not gone out yet', params: IdParams } },
    async (request, reply) => {
      const changes = await cancelArticle(client, request.params.id);
      // A post already being published cannot be stopped: say so with 409, the rest is cancelled.
      const conflict = changes.some((c) => !c.changed && c.state === 'publishing');
      return reply.code(conflict ? 409 : 200).send({ ...(await articleStatus(request.params.id)), changes });
    },
  );
}
