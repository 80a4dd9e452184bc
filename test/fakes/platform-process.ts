import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { AtpAgent } from '@atproto/api';
import type { FromServer, ServedPlatform, ServerChaos, ToServer } from '../../bench/platform-ipc.js';
import { packagePath } from '../../src/paths.js';
import { createPdsAccount } from '../support/env.js';
import { type RandomFaults, startFaultProxy } from './fault-proxy.js';
import { startMastodonServer } from './mastodon-server.js';
import { startXServer } from './x-server.js';

/**
 * One platform's server in a process of its own, for the pipeline benchmark: `fork` this file with
 * `x`, `mastodon` or `bluesky`. A real platform is another machine; in crier's process, a fake's work
 * (or the PDS's signing and SQLite) would run on the workers' event loop and be counted as theirs.
 * The fakes' own rate limits are lifted (the benchmark measures crier, not a 100-per-15-min window).
 *
 * It answers over the IPC channel (bench/platform-ipc.ts) and stops when told or when its parent goes.
 * With a second argument (JSON `ServerChaos`, for bench/chaos.ts) a fault-injecting proxy stands in
 * front of the server and crier is pointed at the proxy.
 */
interface Served {
  env: Record<string, string>;
  /** The variable that holds the server's URL (the proxy's when there is chaos). */
  urlVar: string;
  /** 429 answers as this platform words them. */
  rateLimitAnswer: RandomFaults['rateLimitAnswer'];
  posts(): Promise<number>;
  /** Every post, as JSON naming its article (with its media: the chaos bench counts posts without the image). */
  list(): Promise<string[]>;
  close(): Promise<void>;
}

const inSeconds = (s: number) => Math.floor(Date.now() / 1000) + s;

const UNLIMITED = 1_000_000_000;
const secret = () => randomBytes(12).toString('hex');

async function serveX(chaos: boolean): Promise<Served> {
  const oauth1 = {
    appKey: secret(),
    appSecret: secret(),
    accessToken: `1500000000000000001-${secret()}`,
    accessSecret: secret(),
  };
  // Behind a proxy the client signs the proxy's URL, so the fake cannot check the signature there.
  const x = await startXServer(chaos ? {} : { oauth1 });
  for (const window of ['window', 'userDay', 'appDay'] as const) {
    x.state.setRateLimit('POST /2/tweets', window, { limit: UNLIMITED, remaining: UNLIMITED });
  }
  return {
    env: {
      X_API_URL: x.url,
      X_API_KEY: oauth1.appKey,
      X_API_SECRET: oauth1.appSecret,
      X_ACCESS_TOKEN: oauth1.accessToken,
      X_ACCESS_SECRET: oauth1.accessSecret,
    },
    urlVar: 'X_API_URL',
    rateLimitAnswer: () => ({
      headers: {
        'x-rate-limit-limit': '100',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(inSeconds(2)),
      },
      body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    }),
    posts: async () => x.state.tweets.length,
    list: async () => x.state.tweets.map((t) => JSON.stringify({ text: t.text, mediaIds: t.mediaIds })),
    close: () => x.close(),
  };
}

async function serveMastodon(): Promise<Served> {
  const token = secret();
  const mastodon = await startMastodonServer({
    accounts: [{ username: 'crier', token }],
    statusesPerWindow: UNLIMITED,
    mediaPerWindow: UNLIMITED,
    mediaPollsUntilReady: null,
  });
  return {
    env: { MASTODON_URL: mastodon.url, MASTODON_ACCESS_TOKEN: token },
    urlVar: 'MASTODON_URL',
    rateLimitAnswer: () => ({
      headers: {
        'x-ratelimit-limit': '300',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': new Date(Date.now() + 2_000).toISOString(),
      },
      body: { error: 'Too many requests' },
    }),
    posts: async () => mastodon.state.statuses.length,
    list: async () => mastodon.state.statuses.map((s) => JSON.stringify(s)),
    close: () => mastodon.close(),
  };
}

async function serveBluesky(): Promise<Served> {
  // The reference PDS (rate limits off) and its in-memory PLC directory, as the Jest global setup starts them.
  const { startTestPds } = createRequire(import.meta.url)(packagePath('test', 'support', 'pds-harness.cjs')) as {
    startTestPds(): Promise<{ url: string; close(): Promise<void> }>;
  };
  const pds = await startTestPds();
  const account = await createPdsAccount(pds.url);
  const agent = new AtpAgent({ service: pds.url });
  await agent.login({ identifier: account.identifier, password: account.password });
  const records = async () => {
    const all: Array<{ value: unknown }> = [];
    let cursor: string | undefined;
    do {
      const { data } = await agent.com.atproto.repo.listRecords({
        repo: account.did,
        collection: 'app.bsky.feed.post',
        limit: 100,
        cursor,
      });
      all.push(...data.records);
      cursor = data.records.length > 0 ? data.cursor : undefined;
    } while (cursor);
    return all;
  };
  return {
    env: {
      BLUESKY_SERVICE: account.service,
      BLUESKY_IDENTIFIER: account.identifier,
      BLUESKY_APP_PASSWORD: account.password,
    },
    urlVar: 'BLUESKY_SERVICE',
    rateLimitAnswer: () => ({
      headers: { 'ratelimit-limit': '5000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(inSeconds(2)) },
      body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
    }),
    async posts() {
      return (await records()).length;
    },
    async list() {
      return (await records()).map((r) => JSON.stringify(r.value));
    },
    close: () => pds.close(),
  };
}

const SERVERS: Record<ServedPlatform, (chaos: boolean) => Promise<Served>> = {
  x: serveX,
  mastodon: serveMastodon,
  bluesky: serveBluesky,
};

const platform = process.argv[2] as ServedPlatform;
const start = SERVERS[platform];
if (!start || !process.send) {
  process.stderr.write('usage: fork(platform-process.js, ["x" | "mastodon" | "bluesky"]) with an IPC channel\n');
  process.exit(2);
}
const send = (message: FromServer) => process.send?.(message);
const chaos = process.argv[3] ? (JSON.parse(process.argv[3]) as ServerChaos) : undefined;
const served = await start(chaos !== undefined);
if (chaos) {
  const target = served.env[served.urlVar] as string;
  const proxy = await startFaultProxy(target, { ...chaos, rateLimitAnswer: served.rateLimitAnswer });
  // The PDS's service URL may carry a path; the proxy forwards paths as they come.
  served.env[served.urlVar] = `${proxy.url}${new URL(target).pathname.replace(/\/$/, '')}`;
}
let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await served.close().catch(() => undefined);
  process.exit(0);
};
process.on('disconnect', () => void close());
process.on('message', (message: ToServer) => {
  if (message.kind === 'close') void close();
  else if (message.kind === 'posts') void served.list().then((posts) => send({ kind: 'posts', posts }));
  else {
    const { user, system } = process.cpuUsage();
    void served.posts().then((posts) => send({ kind: 'usage', cpuMs: (user + system) / 1_000, posts }));
  }
});
send({ kind: 'ready', env: served.env });
