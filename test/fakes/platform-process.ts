import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { AtpAgent } from '@atproto/api';
import type { FromServer, ServedPlatform, ToServer } from '../../bench/platform-ipc.js';
import { packagePath } from '../../src/paths.js';
import { createPdsAccount } from '../support/env.js';
import { startMastodonServer } from './mastodon-server.js';
import { startXServer } from './x-server.js';

/**
 * One platform's server in a process of its own, for the pipeline benchmark: `fork` this file with
 * `x`, `mastodon` or `bluesky`. A real platform is another machine; in crier's process, a fake's work
 * (or the PDS's signing and SQLite) would run on the workers' event loop and be counted as theirs.
 * The fakes' own rate limits are lifted (the benchmark measures crier, not a 100-per-15-min window).
 *
 * It answers over the IPC channel (bench/platform-ipc.ts) and stops when told or when its parent goes.
 */
interface Served {
  env: Record<string, string>;
  posts(): Promise<number>;
  close(): Promise<void>;
}

const UNLIMITED = 1_000_000_000;
const secret = () => randomBytes(12).toString('hex');

async function serveX(): Promise<Served> {
  const oauth1 = {
    appKey: secret(),
    appSecret: secret(),
    accessToken: `1500000000000000001-${secret()}`,
    accessSecret: secret(),
  };
  const x = await startXServer({ oauth1 });
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
    posts: async () => x.state.tweets.length,
    close: () => x.close(),
  };
}

async function serveMastodon(): Promise<Served> {
  const token = secret();
  const mastodon = await startMastodonServer({
    accounts: [{ username: 'crier', token }],
    statusesPerWindow: UNLIMITED,
    mediaPollsUntilReady: null,
  });
  return {
    env: { MASTODON_URL: mastodon.url, MASTODON_ACCESS_TOKEN: token },
    posts: async () => mastodon.state.statuses.length,
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
  return {
    env: {
      BLUESKY_SERVICE: account.service,
      BLUESKY_IDENTIFIER: account.identifier,
      BLUESKY_APP_PASSWORD: account.password,
    },
    async posts() {
      let count = 0;
      let cursor: string | undefined;
      do {
        const { data } = await agent.com.atproto.repo.listRecords({
          repo: account.did,
          collection: 'app.bsky.feed.post',
          limit: 100,
          cursor,
        });
        count += data.records.length;
        cursor = data.records.length > 0 ? data.cursor : undefined;
      } while (cursor);
      return count;
    },
    close: () => pds.close(),
  };
}

const SERVERS: Record<ServedPlatform, () => Promise<Served>> = {
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
const served = await start();
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
  else {
    const { user, system } = process.cpuUsage();
    void served.posts().then((posts) => send({ kind: 'usage', cpuMs: (user + system) / 1_000, posts }));
  }
});
send({ kind: 'ready', env: served.env });
