import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { scheduleFeedPolling } from '../../../queues/producers.js';
import { addFeed, getFeed } from '../../../src/feeds/store.js';
import { until } from '../../support/until.js';
import { createHarness, type Harness, ScriptedAdapter } from './harness.js';

/** Feeds wired into BullMQ: the poll job enqueues new items; a failing feed is recorded and retried. */
jest.setTimeout(60_000);
let harness: Harness;
let server: Server | undefined;
afterEach(async () => {
  await harness?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

function rss(items: Array<{ guid: string; date: Date }>): string {
  const entries = items
    .map(
      (i) =>
        `<item><title>Item ${i.guid}</title><link>https://example.org/${i.guid}</link><guid>${i.guid}</guid><pubDate>${i.date.toUTCString()}</pubDate><description>News about ${i.guid}. It matters.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org</link><description>D</description>${entries}</channel></rss>`;
}

async function serve(handler: (send: (status: number, body: string) => void) => void): Promise<string> {
  const listening = createServer((_req, res) =>
    handler((status, body) => {
      res.writeHead(status, { 'content-type': 'application/rss+xml' });
      res.end(body);
    }),
  );
  server = listening;
  await new Promise<void>((r) => listening.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/feed.xml`;
}

describe('feeds', () => {
  test('a poll enqueues the items newer than the registration, once; the backlog is not posted', async () => {
    harness = createHarness({ fetch: { allowPrivateAddresses: true } });
    const registered = new Date();
    const url = await serve((send) =>
      send(
        200,
        rss([
          { guid: 'old', date: new Date(registered.getTime() - 86_400_000) },
          { guid: 'new', date: new Date(registered.getTime() + 1_000) },
        ]),
      ),
    );
    const feed = await addFeed({ redis: harness.redis, prefix: harness.config.prefix, url, now: registered });
    await scheduleFeedPolling(harness.queues, harness.config.settings, feed);
    const adapter = new ScriptedAdapter('x');
    await harness.start([adapter]);
    const feeds = harness.queues.get('feeds');
    const poll = async () => {
      const job = await feeds.add('poll', { feedId: feed.id });
      await until('the poll ran', async () => (await job.getState()) === 'completed');
      await harness.idle();
    };
    await poll();
    expect(adapter.posts).toBe(1);
    // The second poll finds the same items: once what it enqueued (nothing) has run, still one post.
    await poll();
    expect(adapter.posts).toBe(1);
    expect(
      (await getFeed({ redis: harness.redis, prefix: harness.config.prefix, id: feed.id }))?.lastPolledAt,
    ).toBeDefined();
    expect(await feeds.getJobSchedulersCount()).toBe(1);
  });

  test('a failing feed is recorded on the feed and the worker keeps going', async () => {
    harness = createHarness({ fetch: { allowPrivateAddresses: true } });
    const url = await serve((send) => send(503, 'down for maintenance'));
    const feed = await addFeed({ redis: harness.redis, prefix: harness.config.prefix, url, now: new Date() });
    await harness.start([new ScriptedAdapter('x')]);
    await harness.queues.get('feeds').add('poll', { feedId: feed.id }, { attempts: 2, backoff: 100 });
    const stored = await until('the feed recorded two failures', async () => {
      const found = await getFeed({ redis: harness.redis, prefix: harness.config.prefix, id: feed.id });
      return (found?.failures ?? 0) >= 2 && found;
    });
    expect(stored?.failures).toBe(2);
    expect(stored?.lastError).toMatch(/503/);
  });
});
