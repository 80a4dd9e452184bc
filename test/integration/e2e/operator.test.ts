import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals';
import { postId, QUEUES } from '../../../queues/names.js';
import { approveArticle, cancelArticle, editPost, retractArticle } from '../../../queues/operator.js';
import { type Article, ArticleSchema } from '../../../src/article/article.js';
import type { PostRecord } from '../../../src/ledger/ledger.js';
import { xSpend } from '../../../src/ledger/x-bill.js';
import type { PlatformId } from '../../../src/platforms/platform.js';
import { composeTeasers } from '../../../src/teaser/compose.js';
import { operatorParts } from '../../../src/teaser/operator-text.js';
import { teaserOptions } from '../../../src/teaser/options.js';
import type { Fault } from '../../fakes/fault-proxy.js';
import { testPdsUrl } from '../../support/env.js';
import { runCrier } from '../../support/run-crier.js';
import { until } from '../../support/until.js';
import { MASTODON_USER, type Stack, startStack } from './stack.js';

/**
 * The operator's hand on posts (docs/operator.md), end to end: real Redis, the real BullMQ workers and
 * adapters, the X and Mastodon fakes and the real Bluesky PDS. Drafts edited per platform and approved;
 * a retraction that leaves nothing on the three servers and nothing else touched; a corrected article
 * editing its Mastodon post in place; a cancel before compose; a retraction through injected faults;
 * an X budget that holds the post that would go over it.
 */
jest.setTimeout(120_000);

const PLATFORMS: PlatformId[] = ['x', 'bluesky', 'mastodon'];

let counter = 0;
function article(topic: string, overrides: Partial<Article> = {}): Article {
  counter++;
  const id = `op${Date.now().toString(36)}${counter}`;
  return ArticleSchema.parse({
    id,
    url: `https://example.org/articles/${id}`,
    title: `Les abeilles sauvages reviennent en ville (${topic})`,
    lang: 'fr',
    tags: ['abeilles'],
    body: [
      `Les abeilles sauvages reviennent en ville, selon une étude menée pendant trois ans (${topic}).`,
      'Les chercheurs ont compté plus de cent vingt espèces, dont plusieurs que l’on croyait disparues.',
      'Les prairies fauchées tard et les friches laissées en paix expliquent l’essentiel de ce retour.',
    ].join(' '),
    ...overrides,
  });
}

const pid = (a: Article, platform: PlatformId) => postId({ articleId: a.id, platform, account: 'default' });

async function waitAll(s: Stack, a: Article, states: PostRecord['state'][]) {
  const records = await Promise.all(PLATFORMS.map((p) => s.waitFor(pid(a, p), states, 60_000)));
  return Object.fromEntries(PLATFORMS.map((p, i) => [p, records[i]])) as Record<PlatformId, PostRecord>;
}

/** The account's post records on the real PDS (public reads). */
async function blueskyUris(s: Stack): Promise<Map<string, string>> {
  const reader = new AtpAgent({ service: testPdsUrl() });
  const { data } = await reader.com.atproto.repo.listRecords({ repo: s.pds.did, collection: 'app.bsky.feed.post' });
  return new Map(data.records.map((r) => [r.uri, (r.value as { text: string }).text]));
}

const remote = (record: PostRecord) => record.done[0]?.remoteId ?? '';

function crier(s: Stack, args: string[]) {
  return runCrier(args, { env: { REDIS_URL: s.config.redisUrl, CRIER_PREFIX: s.config.prefix } });
}

describe('operator control, end to end', () => {
  let s: Stack;
  beforeAll(async () => {
    s = await startStack({ settings: { follow: { mastodon: 'edit', bluesky: 'repost' } } });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('an article is drafted, edited per platform, approved and published with the edited texts', async () => {
    const a = article('brouillon');
    await s.enqueue(a, false, { review: true });
    await waitAll(s, a, ['draft']);
    expect(s.x.state.tweets.filter((t) => t.text.includes(a.url))).toHaveLength(0);

    const texts: Record<PlatformId, string> = {
      x: `Relu pour X : les abeilles sauvages reviennent ${a.url}`,
      bluesky: `Relu pour Bluesky : 120 espèces en ville ${a.url} #abeilles`,
      mastodon: `Relu pour Mastodon : trois ans d’étude, quarante parcs.\n\n${a.url}`,
    };
    const options = { platforms: PLATFORMS, teaser: teaserOptions(s.config.settings) };
    for (const p of PLATFORMS) {
      const changes = await editPost(s.client, a.id, p, operatorParts(p, texts[p], a, options));
      expect(changes).toEqual([expect.objectContaining({ state: 'draft', changed: true })]);
    }
    const drafts = await s.ledger.postsOf(a.id);
    expect(drafts.map((d) => [d.state, d.edited])).toEqual(PLATFORMS.map(() => ['draft', true]));

    const approved = await approveArticle(s.client, a.id);
    expect(approved.map((c) => c.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    const records = await waitAll(s, a, ['published']);

    expect(s.x.state.tweets.find((t) => t.id === remote(records.x))?.text).toBe(texts.x);
    expect(s.mastodon.state.statuses.find((st) => st.id === remote(records.mastodon))?.text).toBe(texts.mastodon);
    expect((await blueskyUris(s)).get(remote(records.bluesky))).toBe(texts.bluesky);
    // The ledger keeps what went out, marked edited.
    for (const p of PLATFORMS) {
      expect(records[p].edited).toBe(true);
      expect((records[p].sent?.[0] as { text?: string } | undefined)?.text).toBe(texts[p]);
    }
  });

  test('a retracted article is gone from all three servers; a second retract exits 0 and changes nothing; another article is untouched', async () => {
    const gone = article('retrait');
    const kept = article('témoin');
    await s.enqueue(gone);
    await s.enqueue(kept);
    const published = await waitAll(s, gone, ['published']);
    const other = await waitAll(s, kept, ['published']);

    const changes = await retractArticle(s.client, gone.id);
    expect(changes.map((c) => [c.platform, c.state, c.changed])).toEqual(
      expect.arrayContaining(PLATFORMS.map((p) => [p, 'retracting', true])),
    );
    const retracted = await waitAll(s, gone, ['retracted']);
    expect(Object.values(retracted).map((r) => r.retraction?.state)).toEqual(['retracted', 'retracted', 'retracted']);

    expect(s.x.state.tweets.some((t) => t.id === remote(published.x))).toBe(false);
    expect(s.x.state.deleted.filter((id) => id === remote(published.x))).toHaveLength(1);
    expect(s.mastodon.state.statuses.some((st) => st.id === remote(published.mastodon))).toBe(false);
    const onPds = await blueskyUris(s);
    expect(onPds.has(remote(published.bluesky))).toBe(false);

    // Again, as an operator would: exit 0, every post already retracted, no new DELETE anywhere.
    const deletesBefore = s.mastodon.state.requests.filter((r) => r.method === 'DELETE').length;
    const again = await crier(s, ['retract', gone.id]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split('\n')).toEqual(PLATFORMS.map((p) => `${p}:default  already retracted`).sort());
    expect(s.x.state.deleted.filter((id) => id === remote(published.x))).toHaveLength(1);
    expect(s.mastodon.state.requests.filter((r) => r.method === 'DELETE')).toHaveLength(deletesBefore);
    // And it stays retracted: enqueueing it again does not post it again.
    expect((await s.ledger.get(pid(gone, 'x')))?.state).toBe('retracted');

    // The unrelated article is still up everywhere, and still published in the ledger.
    expect(s.x.state.tweets.some((t) => t.id === remote(other.x))).toBe(true);
    expect(s.mastodon.state.statuses.some((st) => st.id === remote(other.mastodon))).toBe(true);
    expect(onPds.has(remote(other.bluesky))).toBe(true);
    expect((await s.ledger.postsOf(kept.id)).map((r) => r.state)).toEqual(['published', 'published', 'published']);
  });

  test('a changed article edits its Mastodon post in place (follow.mastodon = edit); X is left', async () => {
    const first = article('suivi');
    await s.enqueue(first);
    const published = await waitAll(s, first, ['published']);
    const status = s.mastodon.state.statuses.find((st) => st.id === remote(published.mastodon));
    const tweet = s.x.state.tweets.find((t) => t.id === remote(published.x));
    const before = status?.text;

    const corrected = ArticleSchema.parse({
      ...first,
      title: 'Correction : les abeilles sauvages reviennent, mais pas partout',
      body: `Correction : l’étude ne couvre que vingt parcs, pas quarante. ${first.body}`,
    });
    await s.enqueue(corrected);
    const expected = composeTeasers(corrected, {
      platforms: ['mastodon'],
      teaser: teaserOptions(s.config.settings),
      mastodonLimits: { maxCharacters: s.mastodon.state.maxCharacters, charactersReservedPerUrl: 23 },
    }).mastodon?.[0]?.text;
    expect(expected).not.toBe(before);
    await until('the Mastodon status is edited', () => status?.editedAt !== undefined);
    expect(status?.text).toBe(expected);
    expect(status?.history).toEqual([before]);
    // Same status: same id, nothing deleted, nothing new.
    expect(s.mastodon.state.statusesOf(MASTODON_USER).filter((st) => st.text.includes(first.url))).toHaveLength(1);
    // X follows the default (leave): untouched (Bluesky reposts: the next test).
    expect(s.x.state.tweets.find((t) => t.id === remote(published.x))?.text).toBe(tweet?.text);
    await until('the ledger keeps the new text', async () => {
      const record = await s.ledger.get(pid(first, 'mastodon'));
      return (record?.sent?.[0] as { text?: string } | undefined)?.text === expected && record?.edited;
    });
  });

  test('a changed article is retracted and posted anew on Bluesky (follow.bluesky = repost), once; unchanged again, nothing moves', async () => {
    const first = article('republié');
    await s.enqueue(first);
    const published = await waitAll(s, first, ['published']);
    const oldUri = remote(published.bluesky);
    const before = (await blueskyUris(s)).get(oldUri);
    expect(before).toBeDefined();

    const corrected = ArticleSchema.parse({
      ...first,
      title: 'Correction : les abeilles sauvages reviennent, mais pas partout',
      body: `Correction : l’étude ne couvre que vingt parcs, pas quarante. ${first.body}`,
    });
    await s.enqueue(corrected);
    const expected = composeTeasers(corrected, {
      platforms: ['bluesky'],
      teaser: teaserOptions(s.config.settings),
    }).bluesky?.[0]?.text;
    expect(expected).toBeDefined();
    expect(expected).not.toBe(before);
    let reposted: PostRecord | undefined;
    await until('the Bluesky post is posted anew', async () => {
      reposted = await s.ledger.get(pid(first, 'bluesky'));
      return reposted?.state === 'published' && remote(reposted) !== oldUri;
    }).catch(async (error) => {
      const jobs = await s.client.queues.get(QUEUES.amend).getJobs();
      throw new Error(
        `${error}: ${JSON.stringify(reposted)} ${JSON.stringify(jobs.map((j) => [j.id, j.failedReason, j.returnvalue]))}`,
      );
    });
    const newUri = remote(reposted as unknown as PostRecord);
    const onPds = await blueskyUris(s);
    // The old post is gone; exactly one post of this article is up, with the new text.
    expect(onPds.has(oldUri)).toBe(false);
    const ofArticle = [...onPds].filter(([, text]) => text.includes('(republié)'));
    expect(ofArticle).toEqual([[newUri, expected]]);
    expect((reposted as unknown as PostRecord).retraction).toBeUndefined();
    expect(((reposted as unknown as PostRecord).sent?.[0] as { text?: string } | undefined)?.text).toBe(expected);

    // The same corrected article again: nothing is retracted nor posted.
    await s.enqueue(corrected);
    const composed = await until('the second enqueue is composed', async () => {
      const jobs = await s.client.queues.get(QUEUES.compose).getJobs(['completed']);
      return jobs.filter((j) => (j.data as { articleId?: string }).articleId === first.id).length >= 3;
    });
    expect(composed).toBeTruthy();
    const amend = await s.client.queues.get(QUEUES.amend).getJobs(['waiting', 'active', 'delayed']);
    expect(amend.filter((j) => String(j.id).includes(first.id))).toEqual([]);
    expect(await blueskyUris(s)).toEqual(onPds);
    const after = await s.ledger.get(pid(first, 'bluesky'));
    expect([after?.state, after && remote(after)]).toEqual(['published', newUri]);
  });

  test('a retract while a repost waits wins: the post stays down, nothing is posted anew', async () => {
    const first = article('retiré avant republication');
    await s.enqueue(first);
    const published = await waitAll(s, first, ['published']);
    const amend = s.client.queues.get(QUEUES.amend);
    await amend.pause();
    try {
      await s.enqueue(
        ArticleSchema.parse({ ...first, title: 'Correction : pas partout', body: `Correction. ${first.body}` }),
      );
      await until('the repost job waits', async () =>
        (await amend.getJobs(['waiting'])).some((j) => String(j.id).startsWith(`repost.${first.id}`)),
      );
      await retractArticle(s.client, first.id, 'bluesky');
    } finally {
      await amend.resume();
    }
    const record = await s.waitFor(pid(first, 'bluesky'), ['retracted']);
    await until('the repost job is done', async () =>
      (await amend.getJobs(['completed'])).some((j) => String(j.id).startsWith(`repost.${first.id}`)),
    );
    expect(remote(record)).toBe(remote(published.bluesky));
    expect([...(await blueskyUris(s)).values()].filter((t) => t.includes('retiré avant republication'))).toEqual([]);
    expect((await s.ledger.get(pid(first, 'bluesky')))?.state).toBe('retracted');
  });

  test('a cancel before compose posts nothing', async () => {
    const compose = s.client.queues.get(QUEUES.compose);
    await compose.pause();
    const a = article('annulé');
    try {
      await s.enqueue(a);
      expect(await cancelArticle(s.client, a.id)).toEqual([]);
    } finally {
      await compose.resume();
    }
    const records = await waitAll(s, a, ['cancelled']);
    expect(Object.values(records).map((r) => r.attempts)).toEqual([0, 0, 0]);
    expect(s.x.state.tweets.some((t) => t.text.includes(a.url))).toBe(false);
    expect(s.mastodon.state.statuses.some((st) => st.text.includes(a.url))).toBe(false);
    expect([...(await blueskyUris(s)).values()].some((text) => text.includes(a.url))).toBe(false);
  });
});

const DELETE: Record<PlatformId, RegExp> = {
  x: /^DELETE \/2\/tweets\/\d+/,
  bluesky: /^POST \/xrpc\/com\.atproto\.repo\.deleteRecord/,
  mastodon: /^DELETE \/api\/v1\/statuses\/\d+/,
};

function rateLimitedDelete(platform: PlatformId): Fault {
  // The reset is a second after the proxy serves the 429, not after injection (a past reset is no reset).
  const headers = (): Record<string, string> => {
    const reset = Math.ceil(Date.now() / 1000) + 1;
    const byPlatform: Record<PlatformId, Record<string, string>> = {
      x: { 'x-rate-limit-limit': '50', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
      bluesky: { 'RateLimit-Limit': '100', 'RateLimit-Remaining': '0', 'RateLimit-Reset': String(reset) },
      mastodon: {
        'X-RateLimit-Limit': '300',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': new Date(reset * 1000).toISOString(),
      },
    };
    return byPlatform[platform];
  };
  const body: Record<PlatformId, unknown> = {
    x: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    bluesky: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    mastodon: { error: 'Too many requests' },
  };
  return { match: DELETE[platform], kind: 'status', status: 429, headers, body: body[platform] };
}

describe('retraction under faults, and the X budget (through the fault proxy)', () => {
  let s: Stack;
  beforeAll(async () => {
    // One post with a link is $0.20 at X's price: the budget lets one through, not two.
    s = await startStack({ proxied: true, settings: { xBill: { monthlyBudgetUsd: { default: 0.3 } } } });
  });
  afterAll(async () => {
    await s?.close();
  });

  test('a 5xx, a 429 and a dropped answer on the DELETE: the post ends gone and the ledger retracted', async () => {
    const proxies = s.proxies;
    if (!proxies) throw new Error('no proxies');
    const a = article('pannes');
    await s.enqueue(a);
    const published = await waitAll(s, a, ['published']);
    for (const p of PLATFORMS) {
      proxies[p].inject({ match: DELETE[p], kind: 'status', status: 503, body: { error: 'unavailable' } });
      proxies[p].inject(rateLimitedDelete(p));
      proxies[p].inject({ match: DELETE[p], kind: 'commit-then-drop' });
    }
    await retractArticle(s.client, a.id);
    const retracted = await waitAll(s, a, ['retracted']);
    for (const p of PLATFORMS) {
      // Each fault happened on that platform's delete, and a later attempt finished the retraction.
      const faulted = proxies[p].requests.filter((r) => DELETE[p].test(`${r.method} ${r.path}`) && r.fault);
      expect(faulted.map((r) => r.fault)).toEqual(['status', 'status', 'commit-then-drop']);
      expect(retracted[p].retraction?.attempts).toBeGreaterThanOrEqual(4);
    }
    expect(s.x.state.tweets.some((t) => t.id === remote(published.x))).toBe(false);
    expect(s.mastodon.state.statuses.some((st) => st.id === remote(published.mastodon))).toBe(false);
    expect((await blueskyUris(s)).has(remote(published.bluesky))).toBe(false);
  });

  test('an X budget holds the post that would exceed it, with the reason; the other platforms post', async () => {
    const a = article('budget');
    await s.enqueue(a);
    const held = await s.waitFor(pid(a, 'x'), ['held'], 60_000);
    expect(held.lastError).toMatch(/X budget: this post would cost about \$0\.200 .* spent \$0\.200 of its \$0\.30/);
    await Promise.all(['bluesky', 'mastodon'].map((p) => s.waitFor(pid(a, p as PlatformId), ['published'], 60_000)));
    expect(s.x.state.tweets.some((t) => t.text.includes(a.url))).toBe(false);
    expect(await xSpend(s.client.redis, s.config.prefix, ['default'])).toEqual([
      expect.objectContaining({ account: 'default', usd: 0.2 }),
    ]);
    // The operator decides: approved, it goes out over the budget.
    await approveArticle(s.client, a.id, 'x');
    await s.waitFor(pid(a, 'x'), ['published'], 60_000);
    expect(s.x.state.tweets.filter((t) => t.text.includes(a.url))).toHaveLength(1);
  });
});
