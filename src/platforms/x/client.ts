import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import {
  type IClientSettings,
  type ITwitterApiClientPlugin,
  type ITwitterApiRequestErrorHookArgs,
  type ITwitterApiResponseErrorHookArgs,
  TwitterApi,
  type TwitterApiOAuth2Init,
  TwitterApiPluginResponseOverride,
  type TwitterApiTokens,
} from 'twitter-api-v2';

export interface XClientOptions {
  /** `X_API_URL`: where api.x.com / upload.x.com requests go instead (a proxy, a test server). */
  apiUrl?: string;
  /** Per-request socket timeout. */
  timeoutMs?: number;
  /** Aborting destroys the request in flight. */
  signal?: AbortSignal;
  /**
   * Sends a failed request again on its own (src/platforms/repeat.ts), given its first failure and how to send
   * it again; for calls whose every request is harmless to repeat (a media upload), never for a post.
   */
  repeat?: (failure: unknown, send: () => Promise<unknown>) => Promise<unknown>;
}

const X_HOST = /(^|\.)(x|twitter)\.com$/;

function redirectPlugin(base: string | undefined, options: XClientOptions): ITwitterApiClientPlugin {
  const root = base?.replace(/\/+$/, '');
  const watched = new WeakSet<object>();
  return {
    onBeforeRequestConfig({ params }) {
      if (root) {
        const url = new URL(params.url.startsWith('http') ? params.url : `https://${params.url}`);
        if (X_HOST.test(url.hostname)) {
          // v1.1 upload: the library guesses the body type from the hostname, which is about to change.
          if (url.pathname === '/1.1/media/upload.json') params.forceBodyMode ??= 'form-data';
          params.url = root + url.pathname + url.search;
        }
      }
      if (options.timeoutMs !== undefined) params.timeout ??= options.timeoutMs;
      const signal = options.signal;
      // A request sent again (repeatPlugin) passes here again with the same parameters: one watcher is enough.
      if (signal && !watched.has(params)) {
        watched.add(params);
        // The library takes no AbortSignal; its debug hook is the one place that sees the socket.
        const previous = params.requestEventDebugHandler;
        params.requestEventDebugHandler = (event, data?: { socket?: Socket }) => {
          previous?.(event, data);
          if (event !== 'socket' || !data?.socket) return;
          const socket = data.socket;
          if (signal.aborted) socket.destroy(new Error('aborted'));
          else {
            const abort = () => socket.destroy(new Error('aborted'));
            signal.addEventListener('abort', abort, { once: true });
            socket.once('close', () => signal.removeEventListener('abort', abort));
          }
        };
      }
    },
  };
}

/**
 * The library's error hooks see each request that failed with its parameters, so one request of a
 * multi-request call (uploadMedia: initialize, append, finalize) can be sent again without the others.
 * A request sent again from here passes through these hooks too; its failure goes back to `repeat`.
 */
function repeatPlugin(repeat: NonNullable<XClientOptions['repeat']>): ITwitterApiClientPlugin {
  const repeating = new WeakSet<object>();
  const onError = async ({
    client,
    params,
    error,
  }: ITwitterApiRequestErrorHookArgs | ITwitterApiResponseErrorHookArgs) => {
    if (repeating.has(params)) return undefined;
    repeating.add(params);
    try {
      return new TwitterApiPluginResponseOverride(await repeat(error, () => client.send(params)));
    } finally {
      repeating.delete(params);
    }
  };
  return { onRequestError: onError, onResponseError: onError };
}

function settingsFor(options: XClientOptions): Partial<IClientSettings> {
  const base = options.apiUrl?.trim() || undefined;
  const plugins = [redirectPlugin(base, options), ...(options.repeat ? [repeatPlugin(options.repeat)] : [])];
  const settings: Partial<IClientSettings> = { plugins };
  // A fresh agent per client without keep-alive: a socket reused from an earlier request would hide
  // whether a lost request was ever written (errors.ts decides "sent" from the request's own socket).
  settings.httpAgent = base?.startsWith('http:') ? new http.Agent() : new https.Agent();
  return settings;
}

/** OAuth 1.0a user context (HMAC-SHA1 over the final URL), or an OAuth 2.0 user access token. */
/**
 * Builds twitter-api-v2 clients that honour crier's settings. The library has no base-URL option
 * (its prefixes are constants), so a plugin rewrites every URL, the absolute OAuth ones included,
 * before the request is built (docs/platforms/x.md); an `http:` base also needs an `http.Agent`,
 * or Node refuses the protocol.
 */
export function createXClient(auth: TwitterApiTokens | string, options: XClientOptions = {}): TwitterApi {
  return typeof auth === 'string'
    ? new TwitterApi(auth, settingsFor(options))
    : new TwitterApi(auth, settingsFor(options));
}

/** The app client that refreshes OAuth 2.0 user tokens (Basic auth with the client id and secret). */
export function createXAppClient(app: TwitterApiOAuth2Init, options: XClientOptions = {}): TwitterApi {
  return new TwitterApi(app, settingsFor(options));
}
