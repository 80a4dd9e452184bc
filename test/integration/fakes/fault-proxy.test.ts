import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type FaultProxy, startFaultProxy } from '../../fakes/fault-proxy.js';

/** A server that counts the posts it committed. */
let committed = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.method === 'POST') committed++;
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: committed }));
  });
});
let proxy: FaultProxy;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => server.close(resolve));
});

const post = () => fetch(`${proxy.url}/posts`, { method: 'POST', body: '{}' });

describe('the fault-injecting proxy', () => {
  test('forwards untouched when no fault is armed', async () => {
    const before = committed;
    const res = await post();
    expect(res.status).toBe(201);
    expect(committed).toBe(before + 1);
  });

  test('answers a scripted status itself; the server never sees it', async () => {
    const before = committed;
    proxy.inject({
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '7' },
      body: { error: 'RateLimitExceeded' },
    });
    const res = await post();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(committed).toBe(before);
  });

  test('reset-before drops the connection and nothing is committed', async () => {
    const before = committed;
    proxy.inject({ kind: 'reset-before' });
    await expect(post()).rejects.toThrow();
    expect(committed).toBe(before);
  });

  test('commit-then-drop lets the server commit, then the client gets no answer', async () => {
    const before = committed;
    proxy.inject({ kind: 'commit-then-drop', match: /^POST \/posts/ });
    await expect(post()).rejects.toThrow();
    expect(committed).toBe(before + 1);
    expect(proxy.requests.at(-1)).toMatchObject({ fault: 'commit-then-drop', status: 201 });
  });

  test('a fault applies to `times` matching requests only', async () => {
    proxy.inject({ kind: 'status', status: 503, times: 2, match: /^POST/ });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post()).status);
    expect(statuses).toEqual([503, 503, 201]);
  });
});
