import { describe, expect, test } from '@jest/globals';
import type { XCredentials } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import type { PublishRequest } from '../../../src/platforms/adapter.js';
import { PermanentError, type PublishError } from '../../../src/platforms/errors.js';
import { createXAdapter } from '../../../src/platforms/x/adapter.js';
import { startXServer, type XServer } from '../../fakes/x-server.js';
import { uniquePrefix } from '../../support/env.js';
import { closingAfterEach, testRedis } from '../../support/resources.js';

/**
 * OAuth 2.0 user tokens: X rotates the refresh token on every refresh and the old one dies, so the
 * newest one lives in Redis, refreshes happen under a lock, and access tokens are cached until expiry.
 */

const APP = { clientId: 'client-id-abc', clientSecret: 'client-secret-never-shown' };
const FIRST_REFRESH = 'rt-first-from-the-environment';

const redis = testRedis();
const closeAfter = closingAfterEach();

async function server(): Promise<XServer> {
  const x = await startXServer({ oauth2: { ...APP, refreshToken: FIRST_REFRESH } });
  closeAfter(() => x.close());
  return x;
}

function adapter(x: XServer, prefix: string, refreshToken = FIRST_REFRESH, extra = {}) {
  const credentials: XCredentials = { kind: 'oauth2', ...APP, refreshToken, apiUrl: x.url };
  return createXAdapter({ account: 'default', credentials, redis, prefix, ...extra });
}

const request = (text: string): PublishRequest<'x'> => ({
  article: { id: 'a1', url: 'https://example.org/a1', title: 't', lang: 'en' },
  parts: [{ text, length: 0, limit: 280 }],
  idempotencyKey: 'a1:x:default',
  done: [],
});

/** Two hours later: X no longer accepts the access token, and its Redis cache entry has expired. */
async function expireAccessToken(x: XServer, prefix: string): Promise<void> {
  x.state.expireAccessTokens();
  await redis.del(`${prefix}:x:default:oauth2:access`);
}

const accepted = (x: XServer) => x.state.tokenRefreshes.filter((r) => r.accepted).length;
const refused = (x: XServer) => x.state.tokenRefreshes.filter((r) => !r.accepted).length;

describe('the fake token endpoint, as X documents it', () => {
  test('accepts a form-encoded refresh too, rotates, and refuses a reused token', async () => {
    const x = await server();
    const refreshWith = (token: string) =>
      fetch(`${x.url}/2/oauth2/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${APP.clientId}:${APP.clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token }),
      });
    const first = await refreshWith(FIRST_REFRESH);
    expect(first.status).toBe(200);
    const body = (await first.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      token_type: 'bearer',
      expires_in: 7200,
      refresh_token: x.state.currentRefreshToken(),
    });
    const again = await refreshWith(FIRST_REFRESH);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_request' });
    expect(x.state.tokenRefreshes.map((r) => [r.bodyType, r.accepted])).toEqual([
      ['form', true],
      ['form', false],
    ]);
  });
});

describe('OAuth 2.0 user tokens', () => {
  test('the first refresh spends the env token; the rotated one is kept in Redis; the access token is cached', async () => {
    const x = await server();
    const prefix = uniquePrefix('x');
    const a = adapter(x, prefix);
    await a.publish(request('first'));
    await a.publish(request('second'));

    expect(accepted(x)).toBe(1);
    expect(x.state.tokenRefreshes[0]?.bodyType).toBe('json'); // what twitter-api-v2 1.29.1 sends
    expect(await redis.get(`${prefix}:x:default:oauth2:refresh`)).toBe(x.state.currentRefreshToken());
    expect(x.state.currentRefreshToken()).not.toBe(FIRST_REFRESH);
    expect(x.state.requests.filter((r) => r.path === '/2/tweets').map((r) => r.auth)).toEqual(['bearer', 'bearer']);
  });

  test('after the access token expires, the Redis copy of the refresh token wins over the spent env token', async () => {
    const x = await server();
    const prefix = uniquePrefix('x');
    await adapter(x, prefix).publish(request('one'));
    for (const text of ['two', 'three']) {
      await expireAccessToken(x, prefix);
      // A restarted worker still has the spent X_OAUTH2_REFRESH_TOKEN in its environment.
      await adapter(x, prefix).publish(request(text));
    }

    expect(accepted(x)).toBe(3);
    expect(refused(x)).toBe(0);
    expect(x.state.tweets.map((t) => t.text)).toEqual(['one', 'two', 'three']);
  });

  test('two workers sharing Redis never spend one refresh token twice', async () => {
    const x = await server();
    const prefix = uniquePrefix('x');
    const workers = [adapter(x, prefix), adapter(x, prefix), adapter(x, prefix)];
    await Promise.all(workers.map((w, i) => w.publish(request(`from worker ${i}`))));

    expect(accepted(x)).toBe(1);
    expect(refused(x)).toBe(0);
    expect(x.state.tweets).toHaveLength(3);
  });

  test('a token X stops accepting early (401) is dropped and refreshed once', async () => {
    const x = await server();
    const prefix = uniquePrefix('x');
    const a = adapter(x, prefix);
    await a.publish(request('before'));
    x.state.expireAccessTokens(); // revoked while still cached in Redis
    await a.publish(request('after'));

    expect(accepted(x)).toBe(2);
    expect(x.state.tweets.map((t) => t.text)).toEqual(['before', 'after']);
  });

  test('an operator who re-authorises and sets a new X_OAUTH2_REFRESH_TOKEN wins over the old Redis chain', async () => {
    const x = await server();
    const prefix = uniquePrefix('x');
    await adapter(x, prefix).publish(request('old chain'));
    await expireAccessToken(x, prefix);
    // Simulate re-authorisation: X issued a brand-new token outside crier; Redis still holds the old chain.
    const fresh = x.state.currentRefreshToken() ?? '';
    await redis.set(`${prefix}:x:default:oauth2:refresh`, 'rt-stale-chain');
    await adapter(x, prefix, fresh).publish(request('new chain'));
    expect(x.state.tweets.map((t) => t.text)).toEqual(['old chain', 'new chain']);
  });

  test('a refused refresh token is a PermanentError naming the variables, without any secret', async () => {
    const x = await server();
    let out = '';
    const logger = createLogger({
      level: 'debug',
      secrets: [],
      destination: {
        write: (line: string) => {
          out += line;
        },
      },
    });
    const a = adapter(x, uniquePrefix('x'), 'rt-revoked-secret-value', { logger });
    let error: PublishError | undefined;
    try {
      await a.verify();
    } catch (e) {
      error = e as PublishError;
    }
    expect(error).toBeInstanceOf(PermanentError);
    expect(error?.message).toBe(
      'x: account "default": the OAuth 2.0 token refresh was refused (400 Value passed for the token was invalid.): authorise the app again and set X_CLIENT_ID, X_CLIENT_SECRET, X_OAUTH2_REFRESH_TOKEN',
    );
    logger.error({ err: error }, 'verify failed');
    const prefix = uniquePrefix('x');
    await adapter(x, prefix, FIRST_REFRESH, { logger }).publish(request('ok'));
    const accessToken = (await redis.get(`${prefix}:x:default:oauth2:access`)) ?? 'missing';
    const seen = `${out}${JSON.stringify(error)}${String(error?.cause)}`;
    const secrets = [
      APP.clientSecret,
      'rt-revoked-secret-value',
      FIRST_REFRESH,
      x.state.currentRefreshToken() ?? '',
      accessToken,
    ];
    for (const secret of secrets) {
      expect(seen).not.toContain(secret);
    }
  });
});
