import type { ServerDeps } from '../app.js';
import { CONSOLE_PAGE } from '../console/page.js';
import type { TypedApp } from '../typed-app.js';

export async function consoleRoutes(app: TypedApp, _deps: ServerDeps) {
  app.get('/', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(CONSOLE_PAGE),
  );
}
