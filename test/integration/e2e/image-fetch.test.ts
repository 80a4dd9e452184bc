import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { fetchImage, ImageFetchError } from '../../../src/article/fetch-image.js';
import type { Settings } from '../../../src/config.js';

/**
 * The article image fetcher the registry gives the adapters: intake's guards (private addresses,
 * redirect limit, size cap, deadline) and image content types only. A local server plays the web.
 */

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
let server: http.Server;
let base = '';
const timers = new Set<NodeJS.Timeout>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (hops) {
      const left = Number(hops[1]);
      res.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : '/image.png' }).end();
    } else if (path === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png; charset=binary' }).end(PNG);
    } else if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html></html>');
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(new Uint8Array(4096));
    } else if (path === '/slow') {
      timers.add(setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG), 2_000));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const timer of timers) clearTimeout(timer);
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const settings = (overrides: Partial<Settings['fetch']> = {}): Settings['fetch'] => ({
  timeoutMs: 5_000,
  maxBytes: 1_024,
  maxRedirects: 2,
  allowPrivateAddresses: true,
  ...overrides,
});

describe('fetchImage', () => {
  test('an image, after redirects within the limit: the bytes and the bare media type', async () => {
    const image = await fetchImage(`${base}/hop/1`, settings());
    expect(image).toEqual({ bytes: PNG, mimeType: 'image/png' });
  });

  test.each([
    ['a private address unless allowed', '/image.png', { allowPrivateAddresses: false }, /private address/],
    ['more redirects than allowed', '/hop/2', {}, /too many redirects \(more than 2\)/],
    ['a page instead of an image', '/page', {}, /serves text\/html, not an image/],
    ['an image over the size cap', '/big', {}, /over the 1024 bytes cap/],
    ['an HTTP error', '/missing.png', {}, /answered HTTP 404/],
    ['no answer before the deadline', '/slow', { timeoutMs: 300 }, /could not be reached/],
  ])('refuses %s', async (_name, path, overrides, reason) => {
    const error: unknown = await fetchImage(`${base}${path}`, settings(overrides)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageFetchError);
    expect((error as Error).message).toMatch(reason);
  });
});
