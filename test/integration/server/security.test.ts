import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { request } from 'undici';
import { QUEUES } from '../../../queues/names.js';
import { type ApiServer, startApiServer, TOKEN } from './server-harness.js';

/**
 * Each probe of issue #10 ("any web page the operator visits can publish through crier") as a row:
 * what an attacker, or a careless client, sends to `crier serve`, and the 4xx with its reason that it
 * gets, or how the text is read. Nothing here may be enqueued.
 */

const bearer = `Bearer ${TOKEN}`;
const basic = `Basic ${Buffer.from(`operator:${TOKEN}`).toString('base64')}`;

const ARTICLE = `---
title: Les abeilles sauvages reviennent en ville
url: https://example.org/abeilles
lang: fr
---

Les abeilles sauvages reviennent dans les parcs urbains, selon une étude publiée ce mois-ci.
`;

let server: ApiServer;
let local: ApiServer;
/** A page server on a loopback port: an open port, to compare with a closed one. */
let open: Server;
let openPort = 0;

beforeAll(async () => {
  [server, local] = await Promise.all([startApiServer(), startApiServer({ localOnly: true })]);
  open = createServer((_request, response) => response.end('<html><title>open</title></html>'));
  await new Promise<void>((resolve) => open.listen(0, '127.0.0.1', resolve));
  openPort = (open.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => open.close(resolve));
  await Promise.all([server.close(), local.close()]);
});

interface Probe {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** A raw HTTP request (undici's, not fetch): the headers exactly as given, a browser's Origin or a forged Host. */
async function send(target: ApiServer, { method = 'POST', url, headers = {}, body }: Probe) {
  const res = await request(`${target.base}${url}`, { method, headers, body });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, json: () => JSON.parse(text), body: text };
}

async function nothingEnqueued(target: ApiServer) {
  expect(await target.client.ledger.recentArticles(10)).toEqual([]);
  const compose = await target.client.queues.get(QUEUES.compose).getJobCounts();
  expect(Object.values(compose).every((n) => n === 0)).toBe(true);
}

const enqueue = '/v1/articles?platforms=x,bluesky,mastodon';

describe('another site cannot change anything through the operator’s browser (CSRF)', () => {
  test.each<[string, Probe, number, RegExp]>([
    [
      'an HTML form with enctype="text/plain" and the cached Basic login',
      { url: enqueue, headers: { authorization: basic, 'content-type': 'text/plain' }, body: ARTICLE },
      415,
      /send the body as application\/json, text\/markdown or text\/vnd\.crier\.plain, not text\/plain/,
    ],
    [
      'an HTML form, url-encoded',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'title=x',
      },
      415,
      /not application\/x-www-form-urlencoded/,
    ],
    [
      'an HTML form, multipart',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'multipart/form-data; boundary=b' },
        body: '--b--',
      },
      415,
      /not multipart\/form-data/,
    ],
    [
      'a body without a content type',
      { url: enqueue, headers: { authorization: bearer }, body: ARTICLE },
      415,
      /not without a Content-Type/,
    ],
    [
      'Markdown from a page on another site (Origin)',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'text/markdown', origin: 'https://evil.example' },
        body: ARTICLE,
      },
      403,
      /a page from https:\/\/evil\.example cannot change anything/,
    ],
    [
      'a sandboxed page (Origin: null)',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'text/markdown', origin: 'null' },
        body: ARTICLE,
      },
      403,
      /a page from null cannot change anything/,
    ],
    [
      'another site (Sec-Fetch-Site: cross-site)',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'text/markdown', 'sec-fetch-site': 'cross-site' },
        body: ARTICLE,
      },
      403,
      /a page on another site \(Sec-Fetch-Site: cross-site\)/,
    ],
    [
      'another port of the same host (Sec-Fetch-Site: same-site)',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'text/markdown', 'sec-fetch-site': 'same-site' },
        body: ARTICLE,
      },
      403,
      /Sec-Fetch-Site: same-site/,
    ],
    [
      'another port of the same host, from a browser that sends only Origin',
      {
        url: enqueue,
        headers: { authorization: basic, 'content-type': 'text/markdown', origin: 'http://127.0.0.1:1' },
        body: ARTICLE,
      },
      403,
      /a page from http:\/\/127\.0\.0\.1:1 cannot change anything/,
    ],
    [
      'a no-cors retry without a body (Origin only)',
      { url: '/v1/articles/abc/retry', headers: { authorization: basic, origin: 'http://localhost:9' } },
      403,
      /cannot change anything/,
    ],
    [
      'a cancel from another site',
      { method: 'DELETE', url: '/v1/articles/abc', headers: { authorization: basic, origin: 'https://evil.example' } },
      403,
      /cannot change anything/,
    ],
    [
      'a feed from another site',
      {
        url: '/v1/feeds',
        headers: { authorization: basic, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
        body: '{"url":"https://example.org/feed.xml"}',
      },
      403,
      /cannot change anything/,
    ],
    [
      'a bull-board action from another site',
      {
        method: 'PUT',
        url: `/admin/queues/api/queues/${QUEUES.compose}/retry/failed`,
        headers: { authorization: basic, origin: 'https://evil.example' },
      },
      403,
      /cannot change anything/,
    ],
  ])('%s is refused', async (_name, probe, status, message) => {
    const res = await send(server, probe);
    expect(res.status).toBe(status);
    expect(res.json().message).toMatch(message);
    await nothingEnqueued(server);
  });

  test.each([
    ['the console, directly', undefined, undefined],
    ['the console behind a TLS proxy', 'crier.example', 'https://crier.example'],
    ['the console behind a TLS proxy that names the port', 'crier.example:443', 'https://crier.example'],
  ])('%s: its own request (same origin, Markdown) still goes through', async (_name, host, origin) => {
    const own = host ?? new URL(server.base).host;
    const res = await send(server, {
      url: '/v1/preview',
      headers: {
        authorization: basic,
        host: own,
        origin: origin ?? server.base,
        'sec-fetch-site': 'same-origin',
        'content-type': 'text/markdown',
      },
      body: ARTICLE,
    });
    expect(res.status).toBe(200);
    expect(res.json().article.title).toBe('Les abeilles sauvages reviennent en ville');
  });
});

describe('--local-only answers only requests addressed to a loopback name (DNS rebinding)', () => {
  test.each([
    ['evil.example:8080', 403],
    ['rebind.evil.example', 403],
    ['10.0.0.5:8080', 403],
    ['127.0.0.1:8080', 200],
    ['localhost:8080', 200],
    ['[::1]:8080', 200],
  ])('Host: %s → %i', async (host, status) => {
    const res = await send(local, { method: 'GET', url: '/v1/articles', headers: { host } });
    expect(res.status).toBe(status);
    if (status === 403) expect(res.json().message).toMatch(/--local-only .* localhost, 127\.0\.0\.1 or \[::1\]/);
  });

  test('without a token, another site’s form is still refused', async () => {
    const res = await send(local, {
      url: enqueue,
      headers: { host: '127.0.0.1:8080', origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: ARTICLE,
    });
    expect(res.status).toBe(403);
    await nothingEnqueued(local);
  });
});

describe('bodies: one depth and size limit, a 4xx with the reason, never a 500', () => {
  test.each<[string, Probe, number, RegExp]>([
    [
      'JSON nested 5,000 deep (10 KB)',
      {
        url: enqueue,
        headers: { authorization: bearer, 'content-type': 'application/json' },
        body: `{"title":"t","url":"https://e.example/a","x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      },
      400,
      /nests arrays and objects more than 32 deep/,
    ],
    [
      'JSON over the size limit',
      {
        url: '/v1/preview',
        headers: { authorization: bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 't', body: 'a'.repeat(1.1 * 1024 * 1024) }),
      },
      413,
      /the body is over 1 MB, the most crier takes/,
    ],
    [
      'JSON that is not UTF-8',
      {
        url: '/v1/preview',
        headers: { authorization: bearer, 'content-type': 'application/json' },
        body: iconv.encode('{"title":"Café","url":"https://e.example/a"}', 'latin1'),
      },
      400,
      /the JSON body is not valid UTF-8/,
    ],
    [
      'Markdown to a route that takes JSON',
      {
        url: '/v1/feeds',
        headers: { authorization: bearer, 'content-type': 'text/markdown' },
        body: 'url: https://e.example/feed',
      },
      415,
      /this route takes a JSON body \(application\/json\)/,
    ],
    [
      'malformed JSON',
      { url: '/v1/preview', headers: { authorization: bearer, 'content-type': 'application/json' }, body: '{"a":' },
      400,
      /the body is not valid JSON/,
    ],
  ])('%s is refused', async (_name, probe, status, message) => {
    const res = await send(server, probe);
    expect(res.status).toBe(status);
    expect(res.json().message).toMatch(message);
  });
});

describe('URLs: http(s) only, no private address, the same words at the API as at intake', () => {
  const json = { authorization: bearer, 'content-type': 'application/json' };
  test.each<[string, string, unknown, number, RegExp]>([
    [
      'a feed on a loopback address',
      '/v1/feeds',
      { url: 'http://127.0.0.1:6391/' },
      422,
      /127\.0\.0\.1:6391 is a private address\. crier does not fetch loopback, private or link-local addresses/,
    ],
    [
      'a feed on a name for a loopback address',
      '/v1/feeds',
      { url: 'http://localhost:6391/feed' },
      422,
      /localhost:6391 is a private address \((127\.0\.0\.1|::1)\)/,
    ],
    ['a feed on the metadata address', '/v1/feeds', { url: 'http://169.254.169.254/' }, 422, /private address/],
    [
      'a gopher feed',
      '/v1/feeds',
      { url: 'gopher://127.0.0.1:6379/_' },
      400,
      /only http and https URLs are accepted, not gopher:/,
    ],
    [
      'a file: article',
      '/v1/preview',
      { url: 'file:///etc/passwd' },
      400,
      /only http and https URLs are accepted, not file:/,
    ],
    ['a gopher: article', '/v1/preview', { url: 'gopher://127.0.0.1:6379/_' }, 400, /not gopher:/],
    ['a data: article', '/v1/preview', { url: 'data:text/html,<h1>x</h1>' }, 400, /not data:/],
    ['a javascript: canonical link', '/v1/preview', { title: 'T', url: 'javascript:alert(1)' }, 400, /not javascript:/],
    [
      'an article on a closed loopback port',
      '/v1/preview',
      { url: 'http://localhost:1/' },
      422,
      /localhost:1 is a private address/,
    ],
  ])('%s is refused', async (_name, url, payload, status, message) => {
    const res = await send(server, { url, headers: json, body: JSON.stringify(payload) });
    expect(res.status).toBe(status);
    expect(res.json().message).toMatch(message);
    expect((await send(server, { method: 'GET', url: '/v1/feeds', headers: json })).json().items).toEqual([]);
  });

  test('an open and a closed loopback port get the same answer: nothing is connected to before the check', async () => {
    const answers = await Promise.all(
      [openPort, 1].map(async (port) => {
        const res = await send(server, {
          url: '/v1/preview',
          headers: json,
          body: JSON.stringify({ url: `http://localhost:${port}/` }),
        });
        return [res.status, res.json().message.replaceAll(`localhost:${port}`, 'localhost:PORT')];
      }),
    );
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]?.[1]).toMatch(/localhost:PORT is a private address/);
  });
});

describe('text that is not UTF-8 is read as its legacy encoding and said so, or refused', () => {
  const latin1 = iconv.encode(ARTICLE, 'latin1');
  test.each<[string, string, Uint8Array, number, RegExp]>([
    [
      'Latin-1, declared',
      'text/markdown; charset=iso-8859-1',
      latin1,
      200,
      /read as iso-8859-1, as its Content-Type says/,
    ],
    ['Latin-1, undeclared', 'text/markdown', latin1, 200, /not UTF-8: read as ISO-8859-1 \(detected, \d+% likely\)/],
  ])('%s', async (_name, type, body, status, warning) => {
    const res = await send(server, {
      url: '/v1/preview',
      headers: { authorization: bearer, 'content-type': type },
      body,
    });
    expect(res.status).toBe(status);
    expect(res.json().article.body).toContain('une étude publiée ce mois-ci');
    expect(res.json().warnings).toEqual([expect.stringMatching(warning)]);
  });

  test('bytes no encoding reads confidently are refused', async () => {
    const garbage = Buffer.concat([
      Buffer.from('---\ntitle: T\nurl: https://e.example/a\n---\n\n'),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x80, 0x81, 0x8d, 0x20, 0x9d, 0x90]),
    ]);
    const res = await send(server, {
      url: '/v1/preview',
      headers: { authorization: bearer, 'content-type': 'text/markdown' },
      body: garbage,
    });
    expect(res.status).toBe(422);
    expect(res.json().message).toMatch(/request body: it is not UTF-8, and .*\. Save it as UTF-8 and give it again/);
  });

  test('a UTF-8 body has no warning', async () => {
    const res = await send(server, {
      url: '/v1/preview',
      headers: { authorization: bearer, 'content-type': 'text/markdown' },
      body: ARTICLE,
    });
    expect(res.json()).not.toHaveProperty('warnings');
  });
});

describe('pages and the token', () => {
  test.each(['/', '/admin/queues'])('%s cannot be framed, sniffed or leak its URL', async (url) => {
    const res = await send(server, { method: 'GET', url, headers: { authorization: bearer } });
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  test.each([
    [`bearer ${TOKEN}`, 200],
    [`BEARER ${TOKEN}`, 200],
    [`Bearer  ${TOKEN}`, 200],
    [`basic ${Buffer.from(`me:${TOKEN}`).toString('base64')}`, 200],
    ['bearer wrong', 401],
  ])('Authorization: %s → %i (the scheme is case-insensitive)', async (authorization, status) => {
    const res = await send(server, { method: 'GET', url: '/v1/articles', headers: { authorization } });
    expect(res.status).toBe(status);
  });
});
