import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadConfig } from '../../../src/config.js';
import {
  deliverWebhook,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifySignature,
  type WebhookEvent,
} from '../../../src/webhooks/webhook.js';

const SECRET = 'whsec-test-1234';
const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
let answer = 204;
const receiver = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => {
    body += c;
  });
  req.on('end', () => {
    received.push({ headers: req.headers, body });
    res.writeHead(answer).end();
  });
});
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

const event: WebhookEvent = {
  type: 'published',
  articleId: 'a1',
  platform: 'mastodon',
  account: 'default',
  url: 'https://social.example/@crier/1',
  remoteId: '1',
  at: '2026-11-28T12:00:00.000Z',
};

describe('outgoing webhooks', () => {
  test('a delivery carries the event and a signature the receiver can verify', async () => {
    answer = 204;
    await deliverWebhook({ url, secret: SECRET }, event, { deliveryId: 'd1' });
    const delivery = received.at(-1);
    expect(JSON.parse(delivery?.body ?? '')).toEqual(event);
    expect(delivery?.headers['x-crier-event']).toBe('published');
    const headers = {
      signature: String(delivery?.headers[SIGNATURE_HEADER]),
      timestamp: String(delivery?.headers[TIMESTAMP_HEADER]),
    };
    expect(verifySignature(SECRET, headers, delivery?.body ?? '')).toBe(true);
    expect(verifySignature('another-secret', headers, delivery?.body ?? '')).toBe(false);
    expect(verifySignature(SECRET, headers, `${delivery?.body} `)).toBe(false);
  });

  test('an old delivery is refused even with a valid signature (replay)', async () => {
    await deliverWebhook({ url, secret: SECRET }, event, { deliveryId: 'd2', now: () => Date.now() - 3_600_000 });
    const delivery = received.at(-1);
    const headers = {
      signature: String(delivery?.headers[SIGNATURE_HEADER]),
      timestamp: String(delivery?.headers[TIMESTAMP_HEADER]),
    };
    expect(verifySignature(SECRET, headers, delivery?.body ?? '')).toBe(false);
  });

  test.each([
    [500, true],
    [503, true],
    [429, true],
    [408, true],
    [400, false],
    [410, false],
  ])('a %i answer is retryable: %s', async (status, retryable) => {
    answer = status;
    await expect(deliverWebhook({ url, secret: SECRET }, event, { deliveryId: 'd3' })).rejects.toMatchObject({
      retryable,
    });
  });

  test('webhook URLs without a secret are refused at start', () => {
    expect(() => loadConfig({ CRIER_WEBHOOK_URLS: 'https://hooks.example/a' })).toThrow(/CRIER_WEBHOOK_SECRET/);
    expect(
      loadConfig({ CRIER_WEBHOOK_URLS: 'https://hooks.example/a', CRIER_WEBHOOK_SECRET: SECRET }).webhooks,
    ).toEqual({
      urls: ['https://hooks.example/a'],
      secret: SECRET,
    });
  });
});
