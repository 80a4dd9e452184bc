import { z } from 'zod';
import type { ServerDeps } from '../app.js';
import type { TypedApp } from '../typed-app.js';

export async function feedRoutes(app: TypedApp, deps: ServerDeps) {
  const feeds = deps.operations.feeds;

  app.get('/v1/feeds', { schema: { summary: 'The feeds crier polls' } }, async () => ({ items: await feeds.list() }));

  app.post(
    '/v1/feeds',
    {
      schema: {
        summary: 'Poll an RSS, Atom or JSON feed on a cron and enqueue its new items',
        body: z.strictObject({
          url: z.url({ protocol: /^https?$/ }),
          cron: z.string().optional().describe('5-field cron expression in the configured time zone'),
        }),
      },
    },
    async (request, reply) => reply.code(201).send(await feeds.add(request.body.url, request.body.cron)),
  );

  app.delete(
    '/v1/feeds/:id',
    { schema: { summary: 'Stop polling a feed', params: z.object({ id: z.string().min(1) }) } },
    async (request, reply) => {
      const removed = await feeds.remove(request.params.id);
      if (!removed)
        return reply.code(404).send({ error: 'Not Found', message: `no feed with id "${request.params.id}"` });
      return reply.code(204).send();
    },
  );
}
