import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server whose responses a test sets per path, and changes between polls. */
export interface Route {
  status?: number;
  type?: string;
  body: string;
  headers?: Record<string, string>;
}

export interface FeedServer {
  url(path: string): string;
  set(path: string, route: Route): void;
  /** Serves test/fixtures/feeds/<name> at `path` with the content type for its extension. */
  serveFixture(path: string, name: string): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  xml: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json',
  html: 'text/html; charset=utf-8',
};

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const server: Server = createServer((request, response) => {
    const route = routes.get(request.url ?? '');
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response
      .writeHead(route.status ?? 200, { 'content-type': route.type ?? TYPES.xml, ...route.headers })
      .end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, route) => routes.set(path, route),
    serveFixture(path, name) {
      const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
      routes.set(path, { body, type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream' });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
