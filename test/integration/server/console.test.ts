import { mkdirSync, readFileSync } from 'node:fs';
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

      await page.getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL').fill(ARTICLE);
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
        await expect(card.getByRole('textbox').inputValue()).resolves.toContain(
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
      await page.locator('#posts .state-published').nth(2).waitFor();

      mkdirSync(packagePath('test-results'), { recursive: true });
      const shot = await page.screenshot({ path: packagePath('test-results', 'console.png'), fullPage: true });
      expect(shot.byteLength).toBeGreaterThan(10_000);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('edit, hold for review, approve; cancel; retract with a confirmation: each post marked dry run, its text shown', async () => {
    const pool = await server.harness.start(
      ['x', 'bluesky', 'mastodon'].map((platform) =>
        createDryRunAdapter({ platform: platform as 'x', account: 'default', outbox: server.harness.outbox }),
      ),
    );
    try {
      await page.goto(server.base);
      const url = 'https://example.org/console-edit';
      await page
        .getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL')
        .fill(
          ARTICLE.replace('https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties', url).replace(
            'title: Security',
            'title: Edited Security',
          ),
        );
      const x = page.getByRole('article', { name: 'X post' });
      await x.waitFor();
      // Edit the X card: the counter is X's own, from the server.
      const edited = `Node.js pauses its bug bounty: reports still welcome, without payouts. ${url}`;
      await x.getByRole('textbox').fill(edited);
      await x.locator('.count', { hasText: `${edited.length - url.length + 23} / 280` }).waitFor();
      // Too long: the platform's count and the reason, before anything is sent.
      await x.getByRole('textbox').fill(`${'a'.repeat(300)} ${url}`);
      await x.getByRole('alert').waitFor();
      await expect(x.getByRole('alert').textContent()).resolves.toMatch(/324 of 280 .* shorten it by 44/);
      await x.getByRole('textbox').fill(edited);
      await x.getByRole('alert').waitFor({ state: 'detached' });

      await page.getByLabel('Hold for review (draft)').check();
      await page.getByRole('button', { name: 'Enqueue' }).click();
      await page
        .getByRole('status')
        .getByText(/^Enqueued .* \(draft/)
        .waitFor();
      const id = ((await page.getByRole('status').textContent()) ?? '').split(' ')[1] ?? '';
      const xPost = page.getByRole('listitem', { name: /^X post of Edited Security/ });
      await xPost.getByText('draft, edited').waitFor();
      await expect(xPost.textContent()).resolves.toContain(edited);
      // Drafts show in the schedule, by day and time.
      await expect(page.locator('#scheduled').textContent()).resolves.toContain('(draft)');

      for (const name of ['X', 'Bluesky', 'Mastodon']) {
        await page
          .getByRole('listitem', { name: new RegExp(`^${name} post of Edited Security`) })
          .getByRole('button', { name: 'Approve' })
          .click();
      }
      for (const platform of ['x', 'bluesky', 'mastodon']) {
        await server.harness.waitFor(`${id}.${platform}.default`, ['published']);
      }
      const record = await server.harness.ledger.get(`${id}.x.default`);
      expect((record?.sent?.[0] as { text?: string } | undefined)?.text).toBe(edited);
      // Live state: the list catches up by itself; published dry-run posts are marked, with no link to follow.
      await xPost.getByText('published, edited', { exact: true }).waitFor();
      await expect(xPost.locator('.badge').textContent()).resolves.toBe('dry run');
      await expect(xPost.getByRole('link', { name: 'open post' }).count()).resolves.toBe(0);

      // Retract, confirming the dialog.
      page.once('dialog', (dialog) => {
        expect(dialog.message()).toMatch(/Delete this post from X/);
        void dialog.accept();
      });
      await xPost.getByRole('button', { name: 'Retract' }).click();
      await server.harness.waitFor(`${id}.x.default`, ['retracted']);
      await xPost.getByText('retracted, edited', { exact: true }).waitFor();

      // Cancel: a post at a later time, cancelled from the list.
      await page
        .getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL')
        .fill(
          ARTICLE.replace(
            'https://nodejs.org/en/blog/announcements/discontinuing-security-bug-bounties',
            `${url}-later`,
          ).replace('title: Security', 'title: Later Security'),
        );
      await page.getByLabel('Hold for review (draft)').uncheck();
      await page.locator('input[name=when][value=at]').check();
      await page.getByLabel('Date and time').fill('2099-01-02T09:30');
      await page.getByRole('button', { name: 'Enqueue' }).click();
      await page
        .getByRole('status')
        .getByText(new RegExp(`^Enqueued (?!${id})`))
        .waitFor();
      const later = ((await page.getByRole('status').textContent()) ?? '').split(' ')[1] ?? '';
      await server.harness.waitFor(`${later}.x.default`, ['scheduled']);
      await page.locator('#scheduled', { hasText: '2099' }).waitFor();
      const laterPost = page.getByRole('listitem', { name: /^X post of Later Security/ });
      await laterPost.getByRole('button', { name: 'Cancel' }).click();
      for (const platform of ['x', 'bluesky', 'mastodon']) {
        await server.harness.waitFor(`${later}.${platform}.default`, ['cancelled']);
      }
    } finally {
      await pool.close();
    }
  }, 120_000);

  test('"At" without a date is refused, not posted now', async () => {
    await page.goto(server.base);
    const before = await server.harness.ledger.recentArticles(1000);
    await page.getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL').fill(ARTICLE);
    await page.getByRole('article', { name: 'X post' }).waitFor();
    await page.locator('input[name=when][value=at]').check();
    await page.getByRole('button', { name: 'Enqueue' }).click();
    await page
      .getByRole('status')
      .getByText(/Choose the date and time/)
      .waitFor();
    expect(await server.harness.ledger.recentArticles(1000)).toEqual(before);
  }, 60_000);

  test('plain text is read as the CLI reads it (the seed article)', async () => {
    await page.goto(server.base);
    await page
      .getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL')
      .fill(readFileSync(packagePath('..', 'shared', 'seed-article.txt'), 'utf8'));
    await page.getByLabel('Canonical URL (when the article has none)').fill('https://example.org/chine-ia');
    await page.getByRole('article', { name: 'Mastodon post' }).waitFor();
    await expect(page.locator('#preview article.post').count()).resolves.toBe(3);
    await expect(page.getByRole('article', { name: 'X post' }).getByRole('textbox').inputValue()).resolves.toContain(
      'https://example.org/chine-ia',
    );
  }, 60_000);

  test('at 390 px wide (a phone) nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(server.base);
    await page.getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL').fill(ARTICLE);
    await page.getByRole('article', { name: 'X post' }).waitFor();
    await page.locator('#posts li').first().waitFor();
    const widths = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
    )) as { scroll: number; client: number };
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.client).toBe(390);
    mkdirSync(packagePath('test-results'), { recursive: true });
    await page.screenshot({ path: packagePath('test-results', 'console-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 60_000);

  test("a post waiting to be tried again says so, with the next attempt's time", async () => {
    // A post whose last attempt failed on a transient error, as the publish processor leaves it (queues/processors/publish.ts).
    const postId = 'retrying-article.x.default';
    const next = new Date('2099-01-02T03:04:05.000Z');
    await server.client.ledger.schedule({
      postId,
      articleId: 'retrying-article',
      platform: 'x',
      account: 'default',
      dueAt: new Date(),
      parts: [{ text: 'p' }],
      move: false,
      slot: false,
    });
    await server.client.ledger.begin(postId);
    await server.client.ledger.markRetrying(postId, 'x: 503 Service Unavailable', {
      uncertain: false,
      nextAttemptAt: next,
    });
    await page.goto(server.base);
    const shown = (await page.evaluate(`new Date(${JSON.stringify(next.toISOString())}).toLocaleString()`)) as string;
    await page.locator('#posts li', { hasText: `retrying, next attempt at ${shown}` }).waitFor();
  }, 60_000);

  test('a preview of bad input shows the reason, not a crash', async () => {
    await page.goto(server.base);
    await page
      .getByLabel('Markdown with front matter, plain text, a JSON article, or a page URL')
      .fill('{"body": "no title"}');
    await page.locator('#preview .error').waitFor();
    await expect(page.locator('#preview .error').textContent()).resolves.toMatch(/title/);
  }, 60_000);
});
