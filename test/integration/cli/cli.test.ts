import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { createRedis } from '../../../queues/connection.js';
import { Ledger } from '../../../src/ledger/ledger.js';
import { packagePath } from '../../../src/paths.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';
import { runCrier } from '../../support/run-crier.js';

/**
 * The `crier` command as an operator runs it: the built CLI (`npm test` builds first) in a process of its
 * own, in an empty folder (no .env), with only the environment each case gives it.
 */
const SEED = packagePath('..', 'shared', 'seed-article.txt');
const cwd = mkdtempSync(join(tmpdir(), 'crier-cli-'));

function crier(args: string[], env: Record<string, string> = {}) {
  return runCrier(args, { cwd, env });
}

/** A message for a person: one line or two, no stack trace. */
function expectClearError(stderr: string, what: RegExp) {
  expect(stderr).toMatch(what);
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('crier preview', () => {
  test('--json prints the preview contract (docs/architecture.md) for the seed', async () => {
    const { code, stdout } = await crier(['preview', SEED, '--url', 'https://example.org/chine-ia', '--json']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { article, posts } = JSON.parse(lines[0] ?? '');
    expect(article).toMatchObject({ url: 'https://example.org/chine-ia', lang: 'fr' });
    expect(article.body).toContain('coopération');
    const [x] = posts.x;
    expect(x).toEqual({ text: expect.any(String), length: expect.any(Number), limit: 280 });
    expect(x.text.startsWith('🇨🇳 La Chine appelle à une coopération mondiale en IA')).toBe(true);
    expect(x.text.match(/https:\/\/example\.org\/chine-ia/g)).toHaveLength(1);
    expect(posts.bluesky[0]).toMatchObject({
      limit: 300,
      langs: ['fr'],
      facets: expect.arrayContaining([
        expect.objectContaining({
          features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.org/chine-ia' }],
        }),
      ]),
      embed: {
        $type: 'app.bsky.embed.external',
        external: expect.objectContaining({ uri: 'https://example.org/chine-ia' }),
      },
    });
    expect(posts.mastodon[0]).toMatchObject({ limit: 500, language: 'fr', visibility: 'public' });
    expect(posts.mastodon[0].text).toContain('vision collaborative');
    expect(JSON.stringify(posts)).not.toContain('🇹🇳');
  });

  test('without --json, a readable view with each count and limit', async () => {
    const { code, stdout } = await crier(['preview', SEED, '--url', 'https://example.org/chine-ia']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/── X · \d+\/280/);
    expect(stdout).toMatch(/── Bluesky · \d+\/300/);
    expect(stdout).toMatch(/── Mastodon · \d+\/500/);
  });

  test('in a batch, a bad source is reported and the others still print; the exit code says one failed', async () => {
    const good = join(cwd, 'good.md');
    writeFileSync(good, '---\ntitle: Ruby 3.4 is out\nurl: https://example.org/ruby\n---\nRuby 3.4 is out today.\n');
    const { code, stdout, stderr } = await crier(['preview', join(cwd, 'missing.md'), good, '--json']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expectClearError(stderr, /missing\.md/);
  });

  test.each([
    [['preview', 'notes.docx'], /notes\.docx/],
    [['preview', SEED], /canonical URL.*--url/s],
    [['preview', SEED, '--url', 'https://example.org/x', '--platforms', 'x,myspace'], /myspace/],
  ])('bad input %j gets a clear error and a non-zero exit', async (args, message) => {
    const { code, stderr } = await crier(args);
    expect(code).not.toBe(0);
    expectClearError(stderr, message);
  });
});

describe('what crier is given, checked where it is given (issue #10)', () => {
  const latin1 = join(cwd, 'latin1.txt');
  writeFileSync(
    latin1,
    Buffer.from(
      'Les abeilles sauvages reviennent en ville\n\nLes abeilles sauvages reviennent dans les parcs urbains, selon une étude publiée ce mois-ci.\n',
      'latin1',
    ),
  );
  const garbled = join(cwd, 'garbled.txt');
  writeFileSync(
    garbled,
    Buffer.from([...Buffer.from('Title\n\nText '), 0xff, 0xfe, 0xc3, 0x28, 0x80, 0x81, 0x8d, 0x9d]),
  );

  test('a Latin-1 file is read as Latin-1, and a warning says so', async () => {
    const { code, stdout, stderr } = await crier([
      'preview',
      latin1,
      '--url',
      'https://example.org/abeilles',
      '--json',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).article.body).toContain('une étude publiée ce mois-ci');
    expect(stderr).toMatch(/^warning: .*latin1\.txt: not UTF-8: read as ISO-8859-1 \(detected, \d+% likely\)\n$/);
  });

  test.each([
    [['preview', garbled, '--url', 'https://example.org/x'], /garbled\.txt: it is not UTF-8, and .*Save it as UTF-8/],
    [['preview', 'file:///etc/passwd'], /only http and https URLs are accepted, not file:/],
    [['preview', 'gopher://127.0.0.1:6379/_FLUSHALL'], /only http and https URLs are accepted, not gopher:/],
    [['preview', 'data:text/plain,hello'], /only http and https URLs are accepted, not data:/],
    [['preview', 'http://localhost:1/'], /localhost:1 is a private address/],
    [
      ['feed', 'add', 'http://127.0.0.1:6391/'],
      /127\.0\.0\.1:6391 is a private address\. .*fetch\.allowPrivateAddresses/,
    ],
    [['feed', 'add', 'gopher://example.org/feed'], /only http and https URLs are accepted, not gopher:/],
  ])('%j is refused with the reason and a non-zero exit', async (args, message) => {
    const { code, stderr } = await crier(args, { REDIS_URL: testRedisUrl(), CRIER_PREFIX: uniquePrefix() });
    expect(code).not.toBe(0);
    expectClearError(stderr, message);
  });
});

describe('start-up checks', () => {
  test('serve refuses to start without CRIER_API_TOKEN unless told it is local-only', async () => {
    const { code, stderr } = await crier(['serve'], { REDIS_URL: testRedisUrl() });
    expect(code).toBe(1);
    expectClearError(stderr, /CRIER_API_TOKEN.*--local-only/);
  });

  test('a half-configured platform is refused at start, naming the missing variables, never echoing secrets', async () => {
    const { code, stderr } = await crier(['worker'], { REDIS_URL: testRedisUrl(), X_API_KEY: 'key-SECRET-1234' });
    expect(code).toBe(1);
    expectClearError(stderr, /X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET/);
    expect(stderr).not.toContain('key-SECRET-1234');
  });

  test('invalid settings are named in English, zod messages included (the bundle keeps English only, bundle.ts)', async () => {
    const settings = join(cwd, 'bad-settings.json');
    writeFileSync(settings, JSON.stringify({ teaser: { maxEmoji: 5 }, schedule: { timezone: 'Mars/Olympus' } }));
    const { code, stderr } = await crier(['preview', SEED, '--url', 'https://example.org/x'], {
      CRIER_CONFIG: settings,
    });
    expect(code).toBe(1);
    expectClearError(
      stderr,
      /invalid settings in .*bad-settings\.json:\n {2}teaser\.maxEmoji: Too big: expected number to be <=2\n/,
    );
    expect(stderr).toMatch(/schedule\.timezone: an IANA time zone such as "Europe\/Paris"/);
  });

  test('an unreachable Redis is said in one line', async () => {
    const { code, stderr } = await crier(['status'], { REDIS_URL: 'redis://127.0.0.1:1' });
    expect(code).toBe(1);
    expectClearError(stderr, /Redis/);
  });

  test('status on an empty queue says how to start', async () => {
    const { code, stdout } = await crier(['status'], { REDIS_URL: testRedisUrl(), CRIER_PREFIX: uniquePrefix() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/crier enqueue/);
  });
});

describe('crier enqueue --edit, approve, cancel (docs/operator.md)', () => {
  /** An $EDITOR that replaces the X section's text with `text` (a shell script, as EDITOR may be). */
  function editor(text: string): string {
    const script = join(cwd, `editor-${Math.random().toString(36).slice(2)}.cjs`);
    writeFileSync(
      script,
      `const fs = require('node:fs'); const file = process.argv[2];
       const out = fs.readFileSync(file, 'utf8').replace(/=== x ===\\n[\\s\\S]*?(?=\\n=== |$)/, ${JSON.stringify(`=== x ===\n${text}\n`)});
       fs.writeFileSync(file, out);`,
    );
    return `${process.execPath} ${script}`;
  }
  const url = 'https://example.org/chine-ia';

  test('a text X would refuse stops the enqueue: exit 1, the file and line, what is wrong and how to fix it', async () => {
    const env = {
      REDIS_URL: testRedisUrl(),
      CRIER_PREFIX: uniquePrefix(),
      EDITOR: editor(`${'a'.repeat(270)} ${url}`),
    };
    const { code, stdout, stderr } = await crier(['enqueue', SEED, '--url', url, '--dry-run', '--edit'], env);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expectClearError(stderr, /crier-edit-.*\.txt:\d+: x text: 294 of 280 by X's own count; shorten it by 14/);
    const status = await crier(['status', '--dry-run'], env);
    expect(status.stdout).toMatch(/no articles yet/);
  });

  test('an edited text is queued (as a draft, with --review), and a cancel before compose stops it', async () => {
    const env = { REDIS_URL: testRedisUrl(), CRIER_PREFIX: uniquePrefix(), EDITOR: editor(`Relu ${url}`) };
    const queued = await crier(['enqueue', SEED, '--url', url, '--dry-run', '--edit', '--review', '--json'], env);
    expect(queued.stderr).toBe('');
    expect(queued.code).toBe(0);
    const { id, review, edited } = JSON.parse(queued.stdout);
    expect({ review, edited }).toEqual({ review: true, edited: ['x'] });
    // No worker runs here: the article is not composed yet, and cancel still stops it.
    const cancelled = await crier(['cancel', id, '--dry-run'], env);
    expect(cancelled.code).toBe(0);
    expect(cancelled.stdout).toBe('cancelled before compose: nothing will be posted\n');
  });
});

describe('crier status: what churn leaves behind', () => {
  test('id-unknown, the next attempt and notes, in text and in --json', async () => {
    const prefix = uniquePrefix();
    const redis = createRedis(testRedisUrl(), 'producer');
    const ledger = new Ledger({ redis, prefix });
    const articleId = 'churned';
    const next = new Date('2030-01-02T03:04:05.000Z');
    const posts = {
      x: `${articleId}.x.default`,
      bluesky: `${articleId}.bluesky.default`,
      mastodon: `${articleId}.mastodon.default`,
    };
    for (const [platform, id] of Object.entries(posts)) {
      await ledger.schedule({
        postId: id,
        articleId,
        platform: platform as 'x',
        account: 'default',
        dueAt: new Date(),
        parts: [{ text: 'p' }],
        move: false,
        slot: false,
      });
      await ledger.begin(id);
    }
    await ledger.markIdUnknown(posts.x, 'x: X says this post already exists (403 duplicate content)', {
      nextAttemptAt: next,
    });
    await ledger.markRetrying(posts.bluesky, 'bluesky: 502 Bad Gateway', {
      uncertain: false,
      nextAttemptAt: next,
      notes: ['image dropped: uploading: 502'],
    });
    await ledger.markPublished(posts.mastodon, {
      posted: [{ remoteId: '1', url: 'https://social.example/@crier/1' }],
      notes: ['image dropped: fetching: 404'],
    });
    await redis.quit();
    const env = { REDIS_URL: testRedisUrl(), CRIER_PREFIX: prefix };

    const text = await crier(['status', articleId], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /x:default\s+id-unknown\s+on x; its id is looked for, next look 2030-01-02T03:04:05\.000Z/,
    );
    expect(text.stdout).toMatch(/bluesky:default\s+scheduled\s+next attempt 2030-01-02T03:04:05\.000Z/);
    expect(text.stdout).toMatch(/note: image dropped: uploading: 502/);
    expect(text.stdout).toMatch(
      /mastodon:default\s+published\s+https:\/\/social\.example\/@crier\/1\n\s+note: image dropped: fetching: 404/,
    );

    const json = await crier(['status', articleId, '--json'], env);
    const byPlatform = Object.fromEntries(
      (JSON.parse(json.stdout) as { posts: Array<{ platform: string }> }).posts.map((p) => [p.platform, p]),
    );
    expect(byPlatform).toMatchObject({
      x: { state: 'id-unknown', nextAttemptAt: next.toISOString() },
      bluesky: { state: 'scheduled', nextAttemptAt: next.toISOString(), notes: ['image dropped: uploading: 502'] },
      mastodon: { state: 'published', notes: ['image dropped: fetching: 404'] },
    });
  });
});
