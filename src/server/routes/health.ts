import { z } from 'zod';
import type { ServerDeps } from '../app.js';
import type { TypedApp } from '../typed-app.js';

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
        summary: 'Redis is reachable and workers are registered',
        response: {
          200: z.object({ ready: z.boolean(), redis: z.boolean(), workers: z.number() }),
          503: z.object({ ready: z.boolean(), redis: z.boolean(), workers: z.number() }),
        },
      },
    },
    async (_request, reply) => {
      const state = await deps.operations.readiness().catch(() => ({ redis: false, workers: 0 }));
      const ready = state.redis && state.workers > 0;
      return reply.code(ready ? 200 : 503).send({ ready, ...state });
    },
  );
}
