import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type QueueClient, UnknownArticleError } from '../../queues/operator.js';
import { IntakeError } from '../article/load.js';
import type { Config } from '../config.js';
import { FeedError } from '../feeds/errors.js';
import type { Logger } from '../log.js';
import { ScheduleError } from '../schedule/errors.js';
import { bearerAuth } from './auth.js';
import { mountDashboard } from './dashboard.js';
import type { Metrics } from './metrics.js';
import { articleRoutes } from './routes/articles.js';
import { consoleRoutes } from './routes/console.js';
import { feedRoutes } from './routes/feeds.js';
import { healthRoutes } from './routes/health.js';
import { previewRoutes } from './routes/preview.js';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  /** The same queues and ledger the CLI acts on. */
  client: QueueClient;
  metrics: Metrics;
  /** Serve without a token: only when the operator said the server is local-only. */
  localOnly?: boolean;
}

const BODY_LIMIT = 1024 * 1024;

/** The HTTP API, console, dashboard and metrics (`crier serve`). Every route but /healthz needs the token. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addContentTypeParser(['text/markdown', 'text/plain'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'crier', version: '1', description: 'Articles in, teasers out to X, Bluesky and Mastodon.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  app.addHook('onRequest', bearerAuth(deps.localOnly ? undefined : deps.config.apiToken));
  app.setErrorHandler((error: Error, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((v) => ({
        field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        problem: v.message ?? 'invalid',
      }));
      return reply.code(400).send({ error: 'Bad Request', message: describe(problems), problems });
    }
    if (error instanceof IntakeError || error instanceof FeedError) {
      return reply.code(422).send({ error: 'Unprocessable Entity', message: error.message });
    }
    if (error instanceof ScheduleError) return reply.code(400).send({ error: 'Bad Request', message: error.message });
    if (error instanceof UnknownArticleError)
      return reply.code(404).send({ error: 'Not Found', message: error.message });
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: error.name, message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'Internal Server Error', message: 'see the server log' });
  });

  const typed = app.withTypeProvider<ZodTypeProvider>();
  await typed.register(healthRoutes, deps);
  await typed.register(previewRoutes, deps);
  await typed.register(articleRoutes, deps);
  await typed.register(feedRoutes, deps);
  await typed.register(consoleRoutes, deps);
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.header('content-type', deps.metrics.registry.contentType);
    return deps.metrics.registry.metrics();
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await mountDashboard(app, deps.metrics.queues);
  return app;
}

function describe(problems: Array<{ field: string; problem: string }>): string {
  return problems.map((p) => `${p.field}: ${p.problem}`).join('; ');
}
