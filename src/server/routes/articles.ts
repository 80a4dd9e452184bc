import { z } from 'zod';
import { PLATFORMS } from '../../platforms/platform.js';
import type { ServerDeps } from '../app.js';
import { ArticleBodySchema, ArticleQuerySchema, articleFromBody } from '../article-body.js';
import { FlagQuery, PlatformsQuery } from '../query.js';
import type { TypedApp } from '../typed-app.js';

const STATES = ['scheduled', 'publishing', 'published', 'failed', 'cancelled'] as const;
const IdParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an article id as returned on enqueue') });

const notFound = (id: string) => ({ error: 'Not Found', message: `no article with id "${id}"` });

export async function articleRoutes(app: TypedApp, deps: ServerDeps) {
  const ops = deps.operations;

  app.post(
    '/v1/articles',
    {
      schema: {
        summary: 'Enqueue an article: its posts go out now, at a time, or in the next posting slot',
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
      const article = await articleFromBody(request.body, request.query, deps.config.settings.fetch);
      const { platforms, at, slot, thread } = request.query;
      if (at && slot) {
        return reply.code(400).send({ error: 'Bad Request', message: 'query: give either "at" or "slot", not both' });
      }
      const result = await ops.enqueue(article, { platforms: platforms ?? [...PLATFORMS], at, slot, thread });
      return reply.code(202).header('location', `/v1/articles/${result.id}`).send(result);
    },
  );

  app.get(
    '/v1/articles',
    {
      schema: {
        summary: 'Articles and the state of their posts, newest first',
        querystring: z.object({
          state: z.enum(STATES).optional(),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
    },
    async (request) => ops.list(request.query),
  );

  app.get(
    '/v1/articles/:id',
    { schema: { summary: 'Per-platform state, remote URLs, attempts and last error', params: IdParams } },
    async (request, reply) => {
      const status = await ops.status(request.params.id);
      return status ?? reply.code(404).send(notFound(request.params.id));
    },
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
    async (request, reply) => {
      const status = await ops.retry(request.params.id, request.query.platform);
      return status ?? reply.code(404).send(notFound(request.params.id));
    },
  );

  app.delete(
    '/v1/articles/:id',
    {
      schema: {
        summary: 'Cancel the posts of an article that have not gone out yet',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const status = await ops.cancel(request.params.id);
      return status ?? reply.code(404).send(notFound(request.params.id));
    },
  );
}
