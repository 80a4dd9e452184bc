import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { type Browser, chromium, type Page } from 'playwright-core';
import { packagePath } from '../../../src/paths.js';
import { createDryRunAdapter } from '../../../src/platforms/dry-run/adapter.js';
import { type ApiServer, startApiServer, TOKEN } from './server-harness.js';

/**
 * The operator console in a real headless Chromium (Debian's package, driven by playwright-core):
 * paste an article, watch the three previews and their counters, enqueue, see the post published.
 */
const ARTICLE = `---
title: Security Bug Bounty Program Paused Due to Loss of Funding
url: https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties
lang: en
tags: [nodejs]
---

The Node.js project's security bug bounty program is being paused due to the discontinuation of its external
funding source. Reports still go through HackerOne, without payouts.
`;

let server: ApiServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startApiServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ httpCredentials: { username: 'operator', password: TOKEN } });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the console', () => {
  test('shows live previews with each platform counter, enqueues, and lists the published post', async () => {
    const pool = await server.harness.start(
      ['x', 'bluesky', 'mastodon'].map((platform) =>
        createDryRunAdapter({ platform: platform as 'x', account: 'default', outbox: server.harness.outbox }),
      ),
    );
    try {
      await page.goto(server.base);
      await expect(page.title()).resolves.toBe('crier console');

      await page.getByLabel('Markdown with front matter, a JSON article, or a page URL').fill(ARTICLE);
      const posts = page.locator('#preview article.post');
      await posts.first().waitFor();
      await expect(posts.count()).resolves.toBe(3);
      for (const [name, limit] of [
        ['X', 280],
        ['Bluesky', 300],
        ['Mastodon', 500],
      ] as const) {
        const card = page.getByRole('article', { name: `${name} post` });
        // Bluesky shows the link as its app does (host and the start of the path); its facet carries it whole.
        await expect(card.locator('pre').textContent()).resolves.toContain(
          name === 'Bluesky'
            ? 'nodejs.org/en/blog/anno...'
            : 'https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties',
        );
        const [count, max] = ((await card.locator('.count').textContent()) ?? '').split(' / ').map(Number);
        expect(max).toBe(limit);
        expect(count).toBeLessThanOrEqual(limit);
      }

      await page.getByRole('button', { name: 'Enqueue' }).click();
      await page
        .getByRole('status')
        .getByText(/^Enqueued /)
        .waitFor();
      const id = ((await page.getByRole('status').textContent()) ?? '').replace('Enqueued ', '');
      await server.harness.waitFor(`${id}.mastodon.default`, ['published']);
      await server.harness.waitFor(`${id}.x.default`, ['published']);
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.locator('#posts td.state-published').nth(2).waitFor();

      mkdirSync(packagePath('test-results'), { recursive: true });
      const shot = await page.screenshot({ path: packagePath('test-results', 'console.png'), fullPage: true });
      expect(shot.byteLength).toBeGreaterThan(10_000);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('a preview of bad input shows the reason, not a crash', async () => {
    await page.goto(server.base);
    await page.getByLabel('Markdown with front matter, a JSON article, or a page URL').fill('{"body": "no title"}');
    await page.locator('#preview .error').waitFor();
    await expect(page.locator('#preview .error').textContent()).resolves.toMatch(/title/);
  }, 60_000);
});
