import { createHash } from 'node:crypto';
import {
  type AtpSessionData,
  type AtpSessionEvent,
  type ComAtprotoServerRefreshSession,
  CredentialSession,
} from '@atproto/api';
import type { Redis } from 'ioredis';
import type { Logger } from '../../log.js';
import { deleteIfEqual, withRedisLock } from '../../redis/lock.js';

export interface SessionOptions {
  service: string;
  identifier: string;
  password: string;
  redis: Redis;
  /** `${prefix}:bluesky:${account}`: the session and its lock live under it. */
  keyBase: string;
  /** Every HTTP call is aborted after this long (login and refresh included). */
  timeoutMs: number;
  logger?: Logger;
}

/** Refresh tokens live 90 days on the PDS; a stored session older than that is useless. */
const SESSION_TTL_MS = 89 * 24 * 3600 * 1000;
/** An access token this close to its expiry is refreshed before use rather than after a refusal. */
const EXPIRY_MARGIN_MS = 60_000;
/**
 * One Bluesky session per account, shared through Redis by every worker, so crier logs in once
 * (createSession is limited to 30 per 5 minutes, 100 a day on bsky.social) and then only refreshes.
 *
 * Built on `CredentialSession` used by a plain `Agent` — the replacement the library names for the
 * soon-deprecated `AtpAgent` — because subclassing it gives the two hooks this needs:
 *  - `persistSession` events write each new session (tokens rotate on every refresh) to Redis;
 *  - `refreshSession`, which the library calls itself when a call is refused with 401 or
 *    400 ExpiredToken, runs under a Redis lock: a worker that finds a session newer than its own in
 *    Redis (another worker already refreshed, which spent the refresh token they shared) adopts it
 *    instead of refreshing with a spent token.
 * Tokens never leave this object except into Redis; nothing here logs them.
 */
export class RedisCredentialSession extends CredentialSession {
  private readonly options: SessionOptions;
  private readonly sessionKey: string;
  private readonly lockKey: string;
  /** The exact JSON last written to or read from Redis: "is Redis newer than me?" and compare-and-delete. */
  private stored: string | undefined;
  /** The Redis write started by the latest persistSession event (the callback itself cannot be awaited). */
  private persisting: Promise<unknown> = Promise.resolve();
  private starting: Promise<void> | undefined;
  private refreshing: Promise<ComAtprotoServerRefreshSession.Response> | undefined;

  constructor(options: SessionOptions) {
    // The callback runs only on login or refresh, long after the constructor returned.
    super(new URL(options.service), timedFetch(options.timeoutMs), (event, session) =>
      this.onSessionEvent(event, session),
    );
    this.options = options;
    this.sessionKey = sessionKey(options);
    this.lockKey = `${this.sessionKey}:lock`;
  }

  /** A usable session: this process's, else the one in Redis, else a new login (once, under the lock). */
  async ready(): Promise<void> {
    if (this.session) return;
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /**
   * Forgets the session after the PDS refused it, here and in Redis (unless another worker already
   * stored a newer one), so the next `ready()` starts over.
   */
  async drop(): Promise<void> {
    const json = this.stored;
    this.session = undefined;
    this.stored = undefined;
    if (json) await deleteIfEqual(this.options.redis, this.sessionKey, json);
  }

  override refreshSession(): Promise<ComAtprotoServerRefreshSession.Response> {
    this.refreshing ??= withRedisLock(
      this.options.redis,
      this.lockKey,
      () => this.refreshLocked(),
      this.lockTimes(),
    ).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refreshLocked(): Promise<ComAtprotoServerRefreshSession.Response> {
    const held = this.session;
    const latest = await this.load();
    if (held && latest && latest.json !== this.stored && latest.session.did === held.did) {
      this.session = latest.session;
      this.stored = latest.json;
      this.options.logger?.debug({ did: held.did }, 'bluesky: adopted the session another worker refreshed');
      if (!expiresSoon(latest.session.accessJwt)) return adopted(latest.session);
    }
    const response = await super.refreshSession();
    await this.persisting;
    return response;
  }

  private async start(): Promise<void> {
    await withRedisLock(
      this.options.redis,
      this.lockKey,
      async () => {
        const latest = await this.load();
        if (latest) {
          this.session = latest.session;
          this.stored = latest.json;
          if (!expiresSoon(latest.session.accessJwt)) return;
          try {
            await super.refreshSession();
            await this.persisting;
            return;
          } catch (error) {
            // A spent or expired refresh token leaves no session: log in below. Anything else (network) is thrown.
            if (this.session) throw error;
          }
        }
        await this.login({ identifier: this.options.identifier, password: this.options.password });
        await this.persisting;
        this.options.logger?.info({ did: this.did }, 'bluesky: logged in (new session stored in Redis)');
      },
      this.lockTimes(),
    );
  }

  /** The lock outlives the slowest holder (refresh, getSession, login: each bounded by the call timeout). */
  private lockTimes() {
    const { timeoutMs } = this.options;
    return { ttlMs: 3 * timeoutMs + 5_000, waitMs: 3 * timeoutMs + 10_000 };
  }

  private async load(): Promise<{ json: string; session: AtpSessionData } | undefined> {
    const json = await this.options.redis.get(this.sessionKey);
    if (!json) return undefined;
    try {
      const session = JSON.parse(json) as AtpSessionData;
      if (typeof session.accessJwt === 'string' && typeof session.refreshJwt === 'string') return { json, session };
    } catch {
      // an unreadable entry is as good as none: a login replaces it
    }
    return undefined;
  }

  private onSessionEvent(event: AtpSessionEvent, session: AtpSessionData | undefined): void {
    const { redis } = this.options;
    if ((event === 'create' || event === 'update') && session) {
      const json = JSON.stringify(session);
      this.stored = json;
      this.persisting = redis.set(this.sessionKey, json, 'PX', SESSION_TTL_MS);
    } else if (event === 'expired' && this.stored) {
      // Only the session we hold is removed; a newer one written by another worker stays.
      this.persisting = deleteIfEqual(redis, this.sessionKey, this.stored);
      this.stored = undefined;
    }
    this.persisting = this.persisting.catch((error: unknown) => {
      this.options.logger?.warn({ event, err: String(error) }, 'bluesky: could not store the session in Redis');
    });
    this.options.logger?.debug({ event }, 'bluesky: session event');
  }
}

/**
 * Where an account's session lives: under the account, and under the service and identifier it was
 * made for, so that pointing the account at another Bluesky account (or PDS) never reuses the old
 * one's session, and posts go where the configuration says. The hash hides nothing secret.
 */
export function sessionKey(options: Pick<SessionOptions, 'keyBase' | 'service' | 'identifier'>): string {
  const login = createHash('sha256').update(`${options.service}\n${options.identifier.toLowerCase()}`).digest('hex');
  return `${options.keyBase}:session:${login.slice(0, 16)}`;
}

/** `fetch` with a deadline on every call, on top of the caller's own signal. */
function timedFetch(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (input instanceof Request) signals.push(input.signal);
    if (init?.signal) signals.push(init.signal);
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
}

/** Reads `exp` from the JWT's payload (no verification needed: it is only a hint to refresh early). */
function expiresSoon(jwt: string): boolean {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp !== 'number' || payload.exp * 1000 - Date.now() < EXPIRY_MARGIN_MS;
  } catch {
    return true;
  }
}

/** The answer `refreshSession` gives when it adopted a session instead of calling the PDS. */
function adopted(session: AtpSessionData): ComAtprotoServerRefreshSession.Response {
  return {
    success: true,
    headers: {},
    data: {
      accessJwt: session.accessJwt,
      refreshJwt: session.refreshJwt,
      handle: session.handle,
      did: session.did,
      active: session.active,
    },
  };
}
