import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { IntakeError, loadArticle } from '../../../src/article/load.js';
import { isPrivateAddress } from '../../../src/article/private-address.js';
import type { Settings } from '../../../src/config.js';
import { rejection } from '../../support/rejection.js';
import { FETCH } from './support.js';

const HTML = `<!doctype html><html lang="en"><head><title>Fetched page</title></head>
<body><article><p>This page was fetched over HTTP by the intake test, and it has enough text to be an article.</p></article></body></html>`;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/article': (_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML),
  '/markdown': (_q, r) =>
    r.writeHead(200, { 'content-type': 'text/markdown' }).end('---\ntitle: From Markdown\nlang: en\n---\n\nText.'),
  '/json': (_q, r) =>
    r
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ title: 'From JSON', lang: 'en', body: 'Text.' })),
  '/latin1': (_q, r) =>
    r
      .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
      .end(
        Buffer.from(
          '<html lang="fr"><head><title>Café crème</title></head><body><p>Texte.</p></body></html>',
          'latin1',
        ),
      ),
  '/meta-1252': (_q, r) =>
    r
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        Buffer.from(
          '<html lang="fr"><head><meta charset="windows-1252"><title>Caf\xe9 \x93cr\xe8me\x94</title></head><body><p>Texte.</p></body></html>',
          'latin1',
        ),
      ),
  '/feed': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss></rss>'),
  '/image': (_q, r) => r.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])),
  '/big': (_q, r) =>
    r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2048) }).end('x'.repeat(2048)),
  '/big-chunked': (_q, r) => {
    r.writeHead(200, { 'content-type': 'text/html' });
    r.write('x'.repeat(1024));
    r.end('x'.repeat(1024));
  },
  '/slow': (_q, r) => {
    setTimeout(() => r.writeHead(200, { 'content-type': 'text/html' }).end(HTML), 3_000).unref();
  },
  '/missing': (_q, r) => r.writeHead(404).end(),
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // /redirect/N answers with N more redirects before the article.
    const hops = /^\/redirect\/(\d+)$/.exec(url.pathname);
    if (hops?.[1]) {
      const left = Number(hops[1]);
      response.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : '/article' }).end();
      return;
    }
    (routes[url.pathname] ?? routes['/missing'])?.(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const local: Settings['fetch'] = { ...FETCH, allowPrivateAddresses: true };

describe('fetching an article by URL', () => {
  test('an HTML page: its own address is the canonical URL when it names none', async () => {
    const article = await loadArticle(`${base}/article`, { fetch: local });
    expect(article).toMatchObject({ title: 'Fetched page', lang: 'en', url: `${base}/article` });
  });

  test.each([
    ['/markdown', 'From Markdown'],
    ['/json', 'From JSON'],
  ])('the content type picks the parser: %s', async (path, title) => {
    const article = await loadArticle(`${base}${path}`, { url: 'https://example.org/a', fetch: local });
    expect(article.title).toBe(title);
  });

  test.each([
    ['/latin1', 'Café crème', /\/latin1: read as iso-8859-1, as its Content-Type says$/],
    ['/meta-1252', 'Café “crème”', /\/meta-1252: read as windows-1252, as its <meta charset> says$/],
  ])('a declared charset is honoured, and said: %s', async (path, title, warning) => {
    const warnings: string[] = [];
    const article = await loadArticle(`${base}${path}`, {
      url: 'https://example.org/a',
      fetch: local,
      warn: (line) => warnings.push(line),
    });
    expect(article.title).toBe(title);
    expect(warnings).toEqual([expect.stringMatching(warning)]);
  });

  test('redirects are followed up to the limit, and the final address is the page URL', async () => {
    const article = await loadArticle(`${base}/redirect/5`, { fetch: local });
    expect(article.url).toBe(`${base}/article`);
  });

  test.each([
    ['one redirect too many', '/redirect/6', local, /too many redirects \(more than 5/],
    ['redirects disabled', '/redirect/1', { ...local, maxRedirects: 0 }, /too many redirects \(more than 0/],
    [
      'a declared size over the cap',
      '/big',
      { ...local, maxBytes: 1024 },
      /the page is 2 KB, more than the 1 KB an article may have/,
    ],
    [
      'a streamed size over the cap',
      '/big-chunked',
      { ...local, maxBytes: 1024 },
      /the page is larger than the 1 KB an article may have/,
    ],
    ['a timeout', '/slow', { ...local, timeoutMs: 300 }, /did not answer within 0\.3 s/],
    [
      'a feed',
      '/feed',
      local,
      /serves a feed or an XML document, not an article\. Add a feed with `crier feed add URL`/,
    ],
    ['an image', '/image', local, /serves media \(image\/png\), not an article/],
    ['a 404', '/missing', local, /answered HTTP 404\. Check the URL/],
  ])('refused: %s', async (_name, path, settings, message) => {
    const error = await rejection(
      IntakeError,
      loadArticle(`${base}${path}`, { url: 'https://example.org/a', fetch: settings }),
    );
    expect(error.message).toMatch(message);
  });

  test('a private address is refused by default', async () => {
    const error = await rejection(IntakeError, loadArticle(`${base}/article`, { fetch: FETCH }));
    expect(error.message).toMatch(
      /127\.0\.0\.1:\d+ is a private address\. crier does not fetch loopback, private or link-local/,
    );
    expect(error.message).toMatch(/fetch\.allowPrivateAddresses/);
  });

  test('a hostname that resolves to a private address is refused after DNS, before connecting', async () => {
    const port = (server.address() as AddressInfo).port;
    const error = await rejection(IntakeError, loadArticle(`http://localhost:${port}/article`, { fetch: FETCH }));
    expect(error.message).toMatch(/localhost:\d+ is a private address \((127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)\)/);
  });
});

describe('isPrivateAddress', () => {
  test.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['[::1]', true],
    ['93.184.216.34', false],
    ['2606:4700::1111', false],
    ['example.org', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
