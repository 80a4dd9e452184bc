import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { GuardedFetchError, guardedGet } from '../../../src/article/guarded-get.js';
import type { Settings } from '../../../src/config.js';

/**
 * guardedGet on its own, for what the three fetchers' tests cannot see: a refusal made on the
 * headers does not wait for (or download) the body. The server sends a first chunk, then never ends.
 */

const SETTINGS: Settings['fetch'] = {
  timeoutMs: 10_000,
  maxBytes: 1024 * 1024,
  maxRedirects: 2,
  allowPrivateAddresses: true,
};

const endless: Record<string, [number, OutgoingHttpHeaders]> = {
  '/video': [200, { 'content-type': 'video/mp4' }],
  '/error-page': [500, { 'content-type': 'text/html' }],
  '/download': [200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }],
};

let server: Server;
let base = '';
/** Resolves when the client has hung up on the request to that path. */
const hungUp = new Map<string, Promise<void>>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    const [status, headers] = endless[path] ?? [404, {}];
    hungUp.set(path, new Promise((resolve) => response.on('close', () => resolve())));
    response.writeHead(status, headers);
    response.write(Buffer.alloc(16 * 1024));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('guardedGet refuses on the headers, without reading the body', () => {
  test.each([
    ['a refused content type', '/video', { kind: 'content-type', serves: 'video/mp4' }],
    ['an HTTP error', '/error-page', { kind: 'http', status: 500 }],
    ['a declared size over the cap', '/download', { kind: 'too-large', size: 50 * 1024 * 1024 }],
  ])('%s', async (_name, path, problem) => {
    const started = Date.now();
    const error = await guardedGet(`${base}${path}`, SETTINGS, {
      headers: { accept: 'text/html' },
      accepts: (contentType) => contentType === 'text/html' || contentType,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuardedFetchError);
    expect((error as GuardedFetchError).problem).toEqual(problem);
    // long before the deadline: the endless body was dropped, not read to its end or the timeout
    expect(Date.now() - started).toBeLessThan(2_000);
    await hungUp.get(path);
  });
});
