import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { request } from 'undici';
import { QUEUES } from '../../../queues/names.js';
import { type ApiServer, startApiServer, TOKEN } from './server-harness.js';

/**
 * Random and hostile bodies to every route of `crier serve` (the API, the console, bull-board's): whatever
 * comes in, the answer is never a 5xx. The number of runs is bounded so the suite stays fast; a failure
 * prints fast-check's seed and the shrunk request, to replay it.
 */

let server: ApiServer;
let routes: Array<{ method: string; path: string }> = [];

/** Every route and method, read from Fastify's route tree ("├── v1/articles (POST, GET, HEAD)"). */
function listRoutes(tree: string): Array<{ method: string; path: string }> {
  const found: Array<{ method: string; path: string }> = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([\s│]*)[└├]── (\S+) \(([^)]+)\)$/.exec(line);
    if (!match) continue;
    const [, indent = '', segment = '', methods = ''] = match;
    const depth = indent.length / 4;
    const parent = parents[depth - 1] ?? '';
    const path =
      parent === '' || parent.endsWith('/') || segment.startsWith('/') ? parent + segment : `${parent}/${segment}`;
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of methods.split(', ')) if (method !== 'HEAD') found.push({ method, path });
  }
  return found;
}

beforeAll(async () => {
  server = await startApiServer();
  // /readyz answers 503 by design while no worker runs: that is its job, not a failure.
  routes = listRoutes(server.app.printRoutes({ commonPrefix: false })).filter((r) => r.path !== '/readyz');
});

afterAll(() => server.close());

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/markdown',
  'text/markdown; charset=iso-8859-1',
  'text/markdown; charset=utf-16le',
  'text/markdown; charset=no-such-charset',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  undefined,
];

/** Addresses an attacker would try: every one of them is private or not http(s), so nothing is fetched. */
const URLS = [
  'http://localhost:1/',
  'http://127.0.0.1:6379/',
  'http://[::1]/',
  'http://2130706433/',
  'http://169.254.169.254/latest/meta-data/',
  'file:///etc/passwd',
  'gopher://127.0.0.1:6379/_FLUSHALL',
  'data:text/html,<h1>x</h1>',
  'javascript:alert(1)',
  'http://',
];

const nested = (depth: number, open: string, close: string, inner = '1') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

const body: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record({
      title: fc.jsonValue(),
      url: fc.oneof(fc.constantFrom(...URLS), fc.jsonValue()),
      body: fc.jsonValue(),
      tags: fc.jsonValue(),
      lang: fc.jsonValue(),
    })
    .map((value) => JSON.stringify(value)),
  fc.constantFrom(...URLS).map((url) => JSON.stringify({ url })),
  fc.integer({ min: 1, max: 20_000 }).map((n) => nested(n, '[', ']')),
  fc.integer({ min: 1, max: 20_000 }).map((n) => nested(n, '{"a":', '}')),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((n) => `---\ntitle: ${nested(n, '[', ']')}\nurl: https://e.example/a\n---\nText.`),
  fc.string({ unit: 'binary', maxLength: 400 }).map((text) => `---\n${text}\n---\n${text}`),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.uint8Array({ maxLength: 2_000 }),
);

async function send(method: string, path: string, payload: string | Uint8Array | undefined, type?: string) {
  const res = await request(`${server.base}${path}`, {
    method: method as 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, ...(type ? { 'content-type': type } : {}) },
    body: payload,
  });
  const text = await res.body.text();
  return { status: res.statusCode, text };
}

/** A route's path with its parameters filled in: a real queue, and values a route must refuse cleanly. */
const path = (template: string) =>
  fc
    .tuple(fc.constantFrom(QUEUES.compose, 'nope', 'a'.repeat(300), '%00', '..%2F..'), fc.string({ maxLength: 20 }))
    .map(([queue, value]) =>
      template
        .replace(':queueName', encodeURIComponent(queue))
        .replace(/:(\w+)|\*/g, () => encodeURIComponent(value) || 'x'),
    );

describe('no request body makes crier serve answer 5xx', () => {
  test('the route list covers the API, the console and the dashboard', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: 'POST', path: '/v1/articles' },
        { method: 'POST', path: '/v1/preview' },
        { method: 'POST', path: '/v1/feeds' },
        { method: 'DELETE', path: '/v1/feeds/:id' },
        { method: 'GET', path: '/' },
        { method: 'PUT', path: '/admin/queues/api/queues/:queueName/clean/:queueStatus' },
      ]),
    );
  });

  test('hostile bodies (deep, huge, not UTF-8, not JSON) to every route that takes one', async () => {
    const huge = JSON.stringify({ title: 't', body: 'a'.repeat(1.2 * 1024 * 1024) });
    const hostile = [nested(10_000, '[', ']'), huge, Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80])];
    const failures: string[] = [];
    for (const { method, path: template } of routes.filter((r) => r.method !== 'GET')) {
      const target = template.replace(':queueName', QUEUES.compose).replace(/:\w+|\*/g, 'x');
      for (const payload of hostile) {
        for (const type of ['application/json', 'text/markdown']) {
          const res = await send(method, target, payload, type);
          if (res.status >= 500) failures.push(`${method} ${target} (${type}): ${res.status} ${res.text}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  test('random bodies, content types and parameters to random routes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes).chain((route) => fc.tuple(fc.constant(route), path(route.path))),
        body,
        fc.constantFrom(...CONTENT_TYPES),
        async ([route, target], payload, type) => {
          const res = await send(route.method, target, route.method === 'GET' ? undefined : payload, type);
          if (res.status >= 500)
            throw new Error(`${route.method} ${target} (${type}) answered ${res.status}: ${res.text}`);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
