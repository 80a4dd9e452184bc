import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { ApiResponseError } from 'twitter-api-v2';
import { accountVar } from '../../config.js';
import { deleteIfEqual, tryLock } from '../../redis/lock.js';
import { PermanentError, RetryableError } from '../errors.js';
import { createXAppClient, type XClientOptions } from './client.js';
import { problemDetail, toXError } from './errors.js';

/**
 * OAuth 2.0 user tokens shared by every worker of one account, through Redis.
 *
 * X rotates the refresh token on every refresh and the old one stops working at once, so:
 *   - the newest refresh token lives in Redis (`…:oauth2:refresh`); the environment's
 *     X_OAUTH2_REFRESH_TOKEN only seeds it. The seed's hash is kept beside it, so an operator who
 *     re-authorises and sets a new variable wins over the stale Redis copy;
 *   - refreshing happens under a Redis lock (`…:oauth2:lock`), and whoever gets the lock first
 *     re-reads the cached access token: two workers never spend the same refresh token;
 *   - the access token is cached (`…:oauth2:access`) until shortly before it expires.
 */

interface OAuth2Credentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface OAuth2StoreOptions {
  account: string;
  credentials: OAuth2Credentials;
  redis: Redis;
  /** `${prefix}:x:${account}` */
  keyPrefix: string;
  client: XClientOptions;
  /** How long before its expiry an access token stops being used. */
  marginMs?: number;
  lockTtlMs?: number;
  lockWaitMs?: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class OAuth2TokenStore {
  private readonly keys: { access: string; refresh: string; seed: string; lock: string };
  private readonly marginMs: number;
  private readonly lockTtlMs: number;
  private readonly lockWaitMs: number;

  constructor(private readonly options: OAuth2StoreOptions) {
    const base = `${options.keyPrefix}:oauth2`;
    this.keys = { access: `${base}:access`, refresh: `${base}:refresh`, seed: `${base}:seed`, lock: `${base}:lock` };
    this.marginMs = options.marginMs ?? 60_000;
    // The lock must outlive the refresh call, or a second worker could spend the same token meanwhile.
    this.lockTtlMs = options.lockTtlMs ?? Math.max(30_000, 2 * (options.client.timeoutMs ?? 30_000) + 5_000);
    this.lockWaitMs = options.lockWaitMs ?? this.lockTtlMs + 5_000;
  }

  /** A valid access token: the cached one, or a fresh one from a refresh. */
  async accessToken(): Promise<string> {
    const cached = await this.options.redis.get(this.keys.access);
    if (cached) return cached;
    const deadline = Date.now() + this.lockWaitMs;
    let lockValue = await tryLock(this.options.redis, this.keys.lock, this.lockTtlMs);
    while (lockValue === null) {
      await sleep(50);
      const refreshed = await this.options.redis.get(this.keys.access);
      if (refreshed) return refreshed;
      if (Date.now() > deadline) {
        throw new RetryableError(
          'x',
          `account "${this.options.account}": another worker is still refreshing the token`,
        );
      }
      lockValue = await tryLock(this.options.redis, this.keys.lock, this.lockTtlMs);
    }
    try {
      // Someone may have refreshed between our cache miss and our lock.
      const refreshed = await this.options.redis.get(this.keys.access);
      if (refreshed) return refreshed;
      return await this.refresh();
    } finally {
      await deleteIfEqual(this.options.redis, this.keys.lock, lockValue);
    }
  }

  /** After a 401 with `token`: forget it so the next call refreshes (unless another worker already did). */
  async invalidate(token: string): Promise<void> {
    await deleteIfEqual(this.options.redis, this.keys.access, token);
  }

  private async currentRefreshToken(): Promise<string> {
    const { redis, credentials } = this.options;
    const [stored, seed] = await redis.mget(this.keys.refresh, this.keys.seed);
    const envSeed = sha256(credentials.refreshToken);
    if (stored && seed === envSeed) return stored;
    // First use, or the operator set a new X_OAUTH2_REFRESH_TOKEN: the environment's token starts a new chain.
    return credentials.refreshToken;
  }

  private async refresh(): Promise<string> {
    const { redis, credentials, account } = this.options;
    const refreshToken = await this.currentRefreshToken();
    const app = createXAppClient(
      { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
      this.options.client,
    );
    let result: Awaited<ReturnType<typeof app.refreshOAuth2Token>>;
    try {
      result = await app.refreshOAuth2Token(refreshToken);
    } catch (error) {
      if (error instanceof ApiResponseError && error.code >= 400 && error.code < 500 && error.code !== 429) {
        const vars = ['X_CLIENT_ID', 'X_CLIENT_SECRET', 'X_OAUTH2_REFRESH_TOKEN'].map((v) => accountVar(v, account));
        throw new PermanentError(
          'x',
          `account "${account}": the OAuth 2.0 token refresh was refused (${error.code} ${problemDetail(error)}): authorise the app again and set ${vars.join(', ')}`,
          error.code,
          { cause: error },
        );
      }
      throw toXError(error, { account, credentials: { kind: 'oauth2' }, action: 'refreshing the OAuth 2.0 token' });
    }
    const lifetimeMs = result.expiresIn * 1000;
    const ttlMs = Math.max(1_000, lifetimeMs - Math.min(this.marginMs, lifetimeMs / 2));
    const transaction = redis.multi().set(this.keys.access, result.accessToken, 'PX', ttlMs);
    // Rotation: the old refresh token is dead now; without the new one the account would be locked out.
    if (result.refreshToken) {
      transaction.set(this.keys.refresh, result.refreshToken).set(this.keys.seed, sha256(credentials.refreshToken));
    }
    await transaction.exec();
    return result.accessToken;
  }
}
