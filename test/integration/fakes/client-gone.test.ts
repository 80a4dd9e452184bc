import net from 'node:net';
import { describe, expect, test } from '@jest/globals';
import { startMastodonServer } from '../../fakes/mastodon-server.js';
import { startXServer } from '../../fakes/x-server.js';

/**
 * A client that goes away in the middle of its request body (a worker SIGKILLed during an upload) costs that
 * request only: the fake keeps answering the next ones, as a real server does. A fake whose process fell over here
 * failed every later post of a bench:chaos run for a reason no platform has.
 */

/** Sends the head of a POST that announces 10 kB, 10 bytes of it, then drops the connection. */
async function leaveMidBody(base: string, path: string): Promise<void> {
  const { hostname, port } = new URL(base);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Length: 10000\r\n\r\n0123456789`);
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('a client that leaves mid-body', () => {
  test('the Mastodon fake answers the next request', async () => {
    const mastodon = await startMastodonServer();
    try {
      await leaveMidBody(mastodon.url, '/api/v2/media');
      const reply = await fetch(`${mastodon.url}/api/v1/instance`);
      expect(reply.status).toBeLessThan(500);
    } finally {
      await mastodon.close();
    }
  });

  test('the X fake answers the next request', async () => {
    const x = await startXServer();
    try {
      await leaveMidBody(x.url, '/2/tweets');
      const reply = await fetch(`${x.url}/2/users/me`);
      expect(reply.status).toBeLessThan(500);
    } finally {
      await x.close();
    }
  });
});
