import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { postId } from '../../../queues/names.js';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import { postView } from '../../../src/ledger/view.js';
import type { PlatformId } from '../../../src/platforms/platform.js';
import { type Stack, startStack } from './stack.js';

/**
 * What churn must not cost, end to end (real workers, the real adapters from buildRegistry, the X and
 * Mastodon fakes and the real PDS behind fault proxies):
 *   - X's duplicate answer proves the post exists: it is recorded `id-unknown`, never failed nor posted
 *     again, until recovery finds its id;
 *   - an article image that cannot be had costs the image, never the post, and the ledger says so.
 */

jest.setTimeout(120_000);

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

let counter = 0;
function article(image: string): Article {
  counter++;
  const id = `churn${Date.now().toString(36)}${counter}`;
  return ArticleSchema.parse({
    id,
    url: `https://example.org/articles/${id}`,
    title: 'Le tramway de nuit prolongé jusqu’à l’aube',
    lang: 'fr',
    image: { url: image, alt: 'Un tramway éclairé dans la nuit' },
    body: 'Le tramway de nuit roulera jusqu’à cinq heures. La ville teste ce service pendant six mois sur deux lignes.',
  });
}

const post = (a: Article, platform: PlatformId) => postId({ articleId: a.id, platform, account: 'default' });

describe('X says "duplicate": the post is there', () => {
  test('the id not found yet: id-unknown (never failed, never posted again), then found and published', async () => {
    stack = await startStack({ proxied: true });
    const proxies = stack.proxies;
    if (!proxies) throw new Error('no proxies');
    // The answer to the post is lost; then the account's timeline answers empty (as X's lags behind its
    // writes) until the test clears it, so neither recovery nor the duplicate's own lookup finds the post.
    proxies.x.inject({ match: /^POST \/2\/tweets/, kind: 'commit-then-drop' });
    proxies.x.inject({
      match: /^GET \/2\/users\/\d+\/tweets/,
      kind: 'status',
      status: 200,
      body: { meta: { result_count: 0 } },
      times: 1_000,
    });
    const a = article(`${stack.image.url}`);
    await stack.enqueue(a);

    const unknown = await stack.waitFor(post(a, 'x'), ['id-unknown', 'failed', 'published']);
    expect(unknown.state).toBe('id-unknown');
    expect(unknown.lastError).toMatch(/duplicate content/);
    const view = postView(unknown);
    expect(view.state).toBe('id-unknown');
    expect(Date.parse(view.nextAttemptAt ?? '')).toBeGreaterThan(0);
    // X refused the second post as a duplicate: it holds one.
    expect(stack.x.state.tweets).toHaveLength(1);

    proxies.x.clear();
    const published = await stack.waitFor(post(a, 'x'), ['published', 'failed']);
    expect(published.state).toBe('published');
    expect(published.done.map((d) => d.remoteId)).toEqual([stack.x.state.tweets[0]?.id]);
    // The post X holds is the first attempt's, with its image: found on the timeline with its media, no note.
    expect(stack.x.state.tweets[0]?.mediaIds).toHaveLength(1);
    expect(published.notes).toEqual([]);
    expect(stack.x.state.tweets).toHaveLength(1);
    // A create after the first one could only have been refused as a duplicate; after id-unknown, none is sent.
    const creates = proxies.x.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/2/tweets'));
    expect(creates).toHaveLength(2);
  });
});

describe('an image that cannot be had never costs the post', () => {
  test.each([
    [
      'the image address answers 404',
      (s: Stack) => `${s.image.url}-missing`,
      undefined,
      /image dropped: fetching: .*404/,
    ],
    [
      'every platform fails the upload (5xx) on each of its tries',
      (s: Stack) => s.image.url,
      {
        x: /^POST \/2\/media\/upload\/initialize/,
        bluesky: /^POST \/xrpc\/com\.atproto\.repo\.uploadBlob/,
        mastodon: /^POST \/api\/v2\/media/,
      } as Record<PlatformId, RegExp>,
      /image dropped: uploading: /,
    ],
  ])('%s: every post goes out without it, with a note', async (_name, imageUrl, uploads, note) => {
    stack = await startStack({ proxied: true });
    const proxies = stack.proxies;
    if (!proxies) throw new Error('no proxies');
    if (uploads) {
      for (const p of ['x', 'bluesky', 'mastodon'] as const) {
        proxies[p].inject({ match: uploads[p], kind: 'status', status: 503, times: 1_000 });
      }
    }
    const a = article(imageUrl(stack));
    await stack.enqueue(a);
    for (const platform of ['x', 'bluesky', 'mastodon'] as const) {
      const record = await stack.waitFor(post(a, platform), ['published', 'failed']);
      expect(record.state).toBe('published');
      expect(record.notes).toEqual([expect.stringMatching(note)]);
      expect(postView(record).notes).toEqual(record.notes);
    }
    expect(stack.x.state.tweets[0]?.mediaIds).toEqual([]);
    expect(stack.mastodon.state.statuses[0]?.mediaIds).toEqual([]);
    if (uploads) {
      // The defaults: each request sent 4 times on its own, the upload tried 3 times, then the post without it.
      for (const p of ['x', 'bluesky', 'mastodon'] as const) {
        expect(proxies[p].requests.filter((r) => uploads[p].test(`${r.method} ${r.path}`))).toHaveLength(12);
      }
    }
  });
});

describe('the "image dropped" note tells the post that went out, not an attempt that posted nothing', () => {
  const uploads: Record<PlatformId, RegExp> = {
    x: /^POST \/2\/media\/upload\/initialize/,
    bluesky: /^POST \/xrpc\/com\.atproto\.repo\.uploadBlob/,
    mastodon: /^POST \/api\/v2\/media/,
  };
  const creates: Record<PlatformId, RegExp> = {
    x: /^POST \/2\/tweets/,
    bluesky: /^POST \/xrpc\/com\.atproto\.repo\.putRecord/,
    mastodon: /^POST \/api\/v1\/statuses/,
  };

  /** Whether the post as the platform holds it carries the image (Bluesky: the card's thumb, read from the PDS). */
  async function carriesImage(s: Stack, platform: PlatformId, remoteId: string): Promise<boolean> {
    if (platform === 'x') return (s.x.state.tweets.find((t) => t.id === remoteId)?.mediaIds.length ?? 0) > 0;
    if (platform === 'mastodon') {
      return (s.mastodon.state.statuses.find((t) => t.id === remoteId)?.mediaIds.length ?? 0) > 0;
    }
    const [repo, collection, rkey] = remoteId.replace('at://', '').split('/');
    const query = new URLSearchParams({ repo: repo ?? '', collection: collection ?? '', rkey: rkey ?? '' });
    const answer = await fetch(`${s.pds.service}/xrpc/com.atproto.repo.getRecord?${query}`);
    const { value } = (await answer.json()) as { value: { embed?: { external?: { thumb?: unknown } } } };
    return value.embed?.external?.thumb !== undefined;
  }

  test.each([
    {
      label: 'its post then refused with a 503: the next attempt posts with the image, and no note stays',
      create: { kind: 'status', status: 503 } as const,
      image: true,
    },
    {
      label: 'its post then cut off before the platform had it: the next attempt posts with the image, no note',
      create: { kind: 'reset-before' } as const,
      image: true,
    },
    {
      label: 'its post then out, the answer lost: recovery finds the post without the image, and the note stays',
      create: { kind: 'commit-then-drop' } as const,
      image: false,
    },
  ])('the first attempt drops the image (every upload fails), $label', async ({ create, image }) => {
    stack = await startStack({ proxied: true });
    const proxies = stack.proxies;
    if (!proxies) throw new Error('no proxies');
    for (const p of ['x', 'bluesky', 'mastodon'] as const) {
      // The first attempt's 12 upload sends (4 × 3 tries) fail, then its post; the next attempt's upload goes up.
      proxies[p].inject({ match: uploads[p], kind: 'status', status: 503, times: 12 });
      proxies[p].inject({ match: creates[p], ...create });
    }
    const a = article(stack.image.url);
    await stack.enqueue(a);
    for (const platform of ['x', 'bluesky', 'mastodon'] as const) {
      const record = await stack.waitFor(post(a, platform), ['published', 'failed']);
      expect(record.state).toBe('published');
      expect(record.attempts).toBe(2);
      const remoteId = record.done[0]?.remoteId ?? '';
      expect(await carriesImage(stack, platform, remoteId)).toBe(image);
      // What `crier status` and the API show.
      const notes = image ? [] : [expect.stringMatching(/^image dropped: uploading: /)];
      expect(record.notes).toEqual(notes);
      expect(postView(record).notes).toEqual(image ? undefined : notes);
    }
    // One post each, whatever the attempts.
    expect(stack.x.state.tweets).toHaveLength(1);
    expect(stack.mastodon.state.statuses).toHaveLength(1);
  });

  test('the next attempt gets the image up, but the post the platform answers with is the first attempt’s, without it: the note stays', async () => {
    stack = await startStack({ proxied: true });
    const proxies = stack.proxies;
    if (!proxies) throw new Error('no proxies');
    for (const p of ['x', 'bluesky', 'mastodon'] as const) {
      // The first attempt drops the image, its post goes out and the answer is lost.
      proxies[p].inject({ match: uploads[p], kind: 'status', status: 503, times: 12 });
      proxies[p].inject({ match: creates[p], kind: 'commit-then-drop' });
    }
    // Recovery does not find the post, so the next attempt uploads the image and sends the post again; what answers
    // is the first attempt's post: X's 403 duplicate (the timeline still empty: id-unknown), Mastodon's idempotent
    // repeat of the same key, Bluesky's record already at the planned key (InvalidSwap, then read back).
    proxies.x.inject({
      match: /^GET \/2\/users\/\d+\/tweets/,
      kind: 'status',
      status: 200,
      body: { meta: { result_count: 0 } },
      times: 1_000,
    });
    proxies.mastodon.inject({
      match: /^GET \/api\/v1\/accounts\/[^/]+\/statuses/,
      kind: 'status',
      status: 200,
      body: [],
    });
    proxies.bluesky.inject({
      match: /^GET \/xrpc\/com\.atproto\.repo\.getRecord/,
      kind: 'status',
      status: 400,
      body: { error: 'RecordNotFound', message: 'Could not locate record' },
      times: 2,
    });
    const a = article(stack.image.url);
    await stack.enqueue(a);
    const dropped = [expect.stringMatching(/^image dropped: uploading: /)];

    // On X the post is out, its id not found yet: the note of the attempt that sent it.
    const unknown = await stack.waitFor(post(a, 'x'), ['id-unknown', 'failed', 'published']);
    expect(unknown.state).toBe('id-unknown');
    expect(unknown.notes).toEqual(dropped);
    proxies.x.clear();

    for (const platform of ['x', 'bluesky', 'mastodon'] as const) {
      const record = await stack.waitFor(post(a, platform), ['published', 'failed']);
      expect(record.state).toBe('published');
      expect(await carriesImage(stack, platform, record.done[0]?.remoteId ?? '')).toBe(false);
      expect(record.notes).toEqual(dropped);
    }
    // The post was sent twice on each platform, and the second send was answered with the first one's post.
    for (const p of ['x', 'bluesky', 'mastodon'] as const) {
      expect(proxies[p].requests.filter((r) => creates[p].test(`${r.method} ${r.path}`))).toHaveLength(2);
    }
    // The second attempt's image went up on each platform, and went unused.
    expect(
      proxies.x.requests.filter((r) => uploads.x.test(`${r.method} ${r.path}`) && r.fault === undefined),
    ).toHaveLength(1);
    expect(
      proxies.mastodon.requests.filter((r) => uploads.mastodon.test(`${r.method} ${r.path}`) && r.fault === undefined),
    ).toHaveLength(1);
    expect(stack.x.state.tweets).toHaveLength(1);
    expect(stack.mastodon.state.statuses).toHaveLength(1);
  });
});
