import { z } from 'zod';
import type { ServerDeps } from '../app.js';
import type { TypedApp } from '../typed-app.js';

const Readiness = z.object({ ready: z.boolean(), redis: z.boolean(), workers: z.number() });

export async function healthRoutes(app: TypedApp, deps: ServerDeps) {
  app.get(
    '/healthz',
    { schema: { summary: 'The process is up', security: [], response: { 200: z.object({ ok: z.literal(true) }) } } },
    async () => ({ ok: true as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Redis is reachable and workers are registered on the queues',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_request, reply) => {
      const redis = await deps.client.redis.ping().then(
        (pong) => pong === 'PONG',
        () => false,
      );
      const counts = redis ? await Promise.all(deps.metrics.queues.map((q) => q.getWorkersCount().catch(() => 0))) : [];
      const workers = counts.reduce((a, b) => a + b, 0);
      const ready = redis && workers > 0;
      return reply.code(ready ? 200 : 503).send({ ready, redis, workers });
    },
  );
}
