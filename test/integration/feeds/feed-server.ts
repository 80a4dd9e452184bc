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
  /** The request headers received for `path`, oldest first. */
  requests(path: string): Array<Record<string, string | string[] | undefined>>;
  /** Serves test/fixtures/feeds/<name> at `path` with the content type for its extension. */
  serveFixture(path: string, name: string, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  xml: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json',
  html: 'text/html; charset=utf-8',
};

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const seen = new Map<string, Array<Record<string, string | string[] | undefined>>>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    seen.set(path, [...(seen.get(path) ?? []), request.headers]);
    const route = routes.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = route.headers?.etag;
    if (etag !== undefined && request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
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
    requests: (path) => seen.get(path) ?? [],
    serveFixture(path, name, headers = {}) {
      const body = readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
      routes.set(path, { body, type: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', headers });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
