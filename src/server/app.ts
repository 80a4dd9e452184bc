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
import { OperatorTextError } from '../teaser/operator-text.js';
import { bearerAuth } from './auth.js';
import { BODY_LIMIT, bodyErrorMessage, registerBodyParsers, registerMarkdownParser } from './bodies.js';
import { mountDashboard } from './dashboard.js';
import type { Metrics } from './metrics.js';
import { articleRoutes } from './routes/articles.js';
import { consoleRoutes } from './routes/console.js';
import { feedRoutes } from './routes/feeds.js';
import { healthRoutes } from './routes/health.js';
import { previewRoutes } from './routes/preview.js';
import { sameOriginGuard } from './same-origin.js';
import { securityHeaders } from './security-headers.js';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  /** The same queues and ledger the CLI acts on. */
  client: QueueClient;
  metrics: Metrics;
  /** Serve without a token: only when the operator said the server is local-only. */
  localOnly?: boolean;
}

/** The HTTP API, console, dashboard and metrics (`crier serve`). Every route but /healthz needs the token. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerBodyParsers(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'crier', version: '1', description: 'Articles in, teasers out to X, Bluesky and Mastodon.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // Another site's page is turned away before the token is even looked at (same-origin.ts).
  app.addHook('onRequest', sameOriginGuard({ localOnly: deps.localOnly === true }));
  app.addHook('onRequest', bearerAuth(deps.localOnly ? undefined : deps.config.apiToken));
  app.addHook('onSend', securityHeaders);
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
    if (error instanceof OperatorTextError) {
      // An edited text the platform would refuse: what, where (the platform) and how to fix it.
      return reply.code(422).send({
        error: 'Unprocessable Entity',
        message: error.message,
        platform: error.platform,
        problem: error.problem,
        hint: error.hint,
      });
    }
    if (error instanceof UnknownArticleError)
      return reply.code(404).send({ error: 'Not Found', message: error.message });
    const { statusCode: status, code } = error as { statusCode?: number; code?: string };
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: error.name, message: bodyErrorMessage(code) ?? error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: 'Internal Server Error', message: 'see the server log' });
  });

  const typed = app.withTypeProvider<ZodTypeProvider>();
  await typed.register(healthRoutes, deps);
  // Only the routes that take an article take Markdown; elsewhere it is a 415.
  await typed.register(async (scope) => {
    registerMarkdownParser(scope);
    await scope.register(previewRoutes, deps);
    await scope.register(articleRoutes, deps);
  });
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
