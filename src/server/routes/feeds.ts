import { z } from 'zod';
import { addFeedPolling, removeFeedPolling } from '../../../queues/operator.js';
import { HttpUrlSchema } from '../../article/http-url.js';
import { assertFeedUrl } from '../../feeds/check-url.js';
import { listFeeds } from '../../feeds/store.js';
import type { ServerDeps } from '../app.js';
import type { TypedApp } from '../typed-app.js';

export async function feedRoutes(app: TypedApp, deps: ServerDeps) {
  const { client } = deps;

  app.get('/v1/feeds', { schema: { summary: 'The feeds crier polls, with their last poll and error' } }, async () => ({
    items: await listFeeds({ redis: client.redis, prefix: client.prefix }),
  }));

  app.post(
    '/v1/feeds',
    {
      schema: {
        summary: 'Poll an RSS, Atom or JSON feed on a cron and enqueue its new items (not its backlog)',
        body: z.strictObject({
          url: HttpUrlSchema,
          cron: z.string().optional().describe('5-field cron in the configured time zone'),
        }),
      },
    },
    async (request, reply) => {
      await assertFeedUrl(request.body.url, deps.config.settings.fetch);
      return reply.code(201).send(await addFeedPolling(client, request.body.url, request.body.cron));
    },
  );

  app.delete(
    '/v1/feeds/:id',
    { schema: { summary: 'Stop polling a feed', params: z.object({ id: z.string().regex(/^[a-f0-9]{12}$/) }) } },
    async (request, reply) => {
      if (!(await removeFeedPolling(client, request.params.id))) {
        return reply.code(404).send({ error: 'Not Found', message: `no feed "${request.params.id}"` });
      }
      return reply.code(204).send();
    },
  );
}
