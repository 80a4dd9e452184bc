import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Browser, type BrowserContext, chromium, type Response } from 'playwright-core';
import { QUEUES } from '../../../queues/names.js';
import { type ApiServer, startApiServer, TOKEN } from './server-harness.js';

/**
 * Issue #10 in a real headless Chromium: the operator has logged in to the console (HTTP Basic, cached by
 * the browser), then opens another site's page, which auto-submits a text/plain form and fires a no-cors
 * fetch at crier. Both get a 403 and nothing is enqueued. The other site is another origin and another
 * site: 127.0.0.2 against crier's 127.0.0.1.
 */

const ARTICLE =
  '---\ntitle: Posted by another site\nurl: https://evil.example/owned\n---\n\nThis was never meant to go out.';

let server: ApiServer;
let attacker: Server;
let attackerBase = '';
let browser: Browser;
let context: BrowserContext;

function attackPage(target: string): string {
  const action = `${target}/v1/articles?platforms=x,bluesky,mastodon`;
  // A text/plain form sends "name=value": the name carries the Markdown, the "=" lands in the body text.
  return `<!doctype html><html><head><title>cute cats</title></head><body>
<form id="form" method="POST" enctype="text/plain" action="${action}">
<input type="hidden" name="${ARTICLE.replaceAll('\n', '&#10;')}" value="">
</form>
<script>
fetch(${JSON.stringify(action)}, { method: 'POST', mode: 'no-cors', credentials: 'include',
  headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(ARTICLE)} })
  .finally(() => document.getElementById('form').submit());
</script></body></html>`;
}

beforeAll(async () => {
  server = await startApiServer();
  attacker = createServer((request, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(request.url === '/frame' ? `<iframe src="${server.base}/"></iframe>` : attackPage(server.base)),
  );
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.2', resolve));
  attackerBase = `http://127.0.0.2:${(attacker.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  context = await browser.newContext({ httpCredentials: { username: 'operator', password: TOKEN } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => attacker?.close(resolve));
  await server?.close();
});

describe('a page on another site, opened while logged in to the console', () => {
  test('its text/plain form and its no-cors fetch get 403, and nothing is enqueued', async () => {
    const page = await context.newPage();
    await page.goto(server.base); // the operator's login: the browser now holds the Basic credentials
    await expect(page.title()).resolves.toBe('crier console');

    const answers = new Promise<Response[]>((resolve) => {
      const seen: Response[] = [];
      page.on('response', (response) => {
        // POSTs only: the console's own list request (a GET) may still be answering.
        if (response.url().includes('/v1/articles') && response.request().method() === 'POST') seen.push(response);
        if (seen.length === 2) resolve(seen);
      });
    });
    await page.goto(attackerBase);
    const attempts = await answers;

    const statuses = attempts.map((r) => ({ method: r.request().method(), status: r.status() }));
    expect(statuses).toEqual([
      { method: 'POST', status: 403 },
      { method: 'POST', status: 403 },
    ]);
    // The form navigated to crier's answer: the reason, as JSON.
    await page.waitForURL(/\/v1\/articles/);
    expect(JSON.parse((await page.textContent('body')) ?? '{}').message).toMatch(/cannot change anything/);
    expect(await server.client.ledger.recentArticles(10)).toEqual([]);
    const counts = await server.client.queues.get(QUEUES.compose).getJobCounts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
    await page.close();
  }, 60_000);

  test('a post address that is not http(s) is shown as text, never as a link', async () => {
    const { ledger } = server.client;
    const postId = 'evil-answer.mastodon.default';
    await ledger.schedule({
      postId,
      articleId: 'evil-answer',
      platform: 'mastodon',
      account: 'default',
      dueAt: new Date(),
      parts: [],
      move: false,
      slot: false,
    });
    await ledger.begin(postId);
    // What a compromised or buggy instance might answer as the post's URL.
    await ledger.recordPart(postId, 0, { remoteId: '1', url: 'javascript:alert(document.domain)' });
    await ledger.markPublished(postId);

    const page = await context.newPage();
    await page.goto(server.base);
    await page.locator('#posts .state-published').waitFor();
    await expect(page.locator('#posts a').count()).resolves.toBe(0);
    await page.close();
  }, 60_000);

  test('bull-board still runs under its Content-Security-Policy', async () => {
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text()) && /script/.test(message.text())) blocked.push(message.text());
    });
    await page.goto(`${server.base}/admin/queues`);
    await page.getByText(QUEUES.compose, { exact: true }).first().waitFor();
    expect(blocked).toEqual([]);
    await page.close();
  }, 60_000);

  test('its page cannot frame the console (to trick a click on Enqueue)', async () => {
    const page = await context.newPage();
    const framed = page.waitForEvent('framenavigated', (frame) => frame !== page.mainFrame());
    await page.goto(`${attackerBase}/frame`);
    // Refused by frame-ancestors 'none' (and X-Frame-Options: DENY): the frame holds Chromium's error page.
    expect((await framed).url()).toMatch(/^chrome-error:/);
    await page.close();
  }, 60_000);
});
