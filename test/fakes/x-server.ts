import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twitterText from '../../src/text/twitter-text.js';
import { readBody } from './read-body.js';

/**
 * A local X API v2 (docs/platforms/x.md), reached by the real twitter-api-v2 client through the
 * X_API_URL plugin. It validates what X validates (twitter-text length, duplicates, media and reply
 * references, OAuth 2.0 refresh-token rotation), answers with X's status codes, problem bodies and
 * rate-limit headers, and lets tests read what was posted and script faults.
 */

export interface XServerOptions {
  user?: { id: string; username: string; name?: string };
  /** When given, OAuth 1.0a requests must carry these keys and a valid HMAC-SHA1 over the local URL. */
  oauth1?: { appKey: string; appSecret: string; accessToken: string; accessSecret: string };
  /** When given, POST /2/oauth2/token refreshes user tokens, rotating the refresh token. */
  oauth2?: { clientId: string; clientSecret: string; refreshToken: string; accessTokenTtlSeconds?: number };
  /** Replace URLs with t.co links in the text X gives back, as X does (default true). */
  shortenUrls?: boolean;
  /** STATUS polls answered "in_progress" (check_after_secs 1) before an upload succeeds (default 0). */
  processingPolls?: number;
  /** Seconds since the epoch; tests may move time. */
  now?: () => number;
}

export interface FakeTweet {
  id: string;
  /** Exactly as sent (after NFC), before any t.co shortening. */
  text: string;
  authorId: string;
  inReplyTo?: string;
  conversationId: string;
  mediaIds: string[];
  createdAt: string;
}

export interface FakeMedia {
  id: string;
  mediaType: string;
  totalBytes: number;
  /** Bytes per segment index: X keeps the last APPEND of an index, so an APPEND sent twice counts once. */
  received: Map<number, number>;
  segments: number[];
  finalized: boolean;
  polls: number;
  altText?: string;
}

export interface ScriptedFault {
  /** Tested against "METHOD /path?query"; every request matches when absent. */
  match?: RegExp;
  /**
   * status: answer `status` with `body`/`headers` without doing anything;
   * drop: destroy the socket without doing anything; commit-then-drop: do it, then destroy the socket.
   */
  kind?: 'status' | 'drop' | 'commit-then-drop';
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before handling the request (any kind). */
  delayMs?: number;
  times?: number;
}

export interface RateWindow {
  limit: number;
  remaining: number;
  /** Unix seconds. */
  reset: number;
}

export type WindowName = 'window' | 'userDay' | 'appDay';

export interface XServerState {
  /** Every post, oldest first. */
  tweets: FakeTweet[];
  /** Ids of the posts deleted (DELETE /2/tweets/:id), in order. */
  deleted: string[];
  media: Map<string, FakeMedia>;
  requests: Array<{ method: string; path: string; auth: 'oauth1' | 'bearer' | 'basic' | 'none'; status: number }>;
  tokenRefreshes: Array<{ bodyType: 'json' | 'form'; accepted: boolean }>;
  failNext(fault: ScriptedFault): void;
  /** Sets a rate-limit window of an endpoint ("POST /2/tweets", "GET /2/users/me", …). */
  setRateLimit(endpoint: string, window: WindowName, value: Partial<RateWindow>): void;
  /** The current refresh token (after rotations). */
  currentRefreshToken(): string | undefined;
  /** Expires every issued access token, as if two hours had passed. */
  expireAccessTokens(): void;
}

export interface XServer {
  url: string;
  state: XServerState;
  close(): Promise<void>;
}

const FIFTEEN_MINUTES = 15 * 60;
const DAY = 24 * 60 * 60;
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const problem = (status: number, title: string, detail: string, type = 'about:blank'): Reply => ({
  status,
  body: { title, detail, type, status },
  headers: { 'content-type': 'application/problem+json' },
});
const invalid = (detail: string) =>
  problem(400, 'Invalid Request', detail, 'https://api.twitter.com/2/problems/invalid-request');

const percentEncode = (s: string) =>
  encodeURIComponent(s).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function parseOAuthHeader(header: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const match of header.slice('OAuth '.length).matchAll(/([\w]+)="([^"]*)"/g)) {
    const [, key, value] = match;
    if (key !== undefined && value !== undefined) params.set(decodeURIComponent(key), decodeURIComponent(value));
  }
  return params;
}

export async function startXServer(options: XServerOptions = {}): Promise<XServer> {
  const user = { name: 'Crier Test', ...(options.user ?? { id: '1500000000000000001', username: 'crier_test' }) };
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const shorten = options.shortenUrls ?? true;
  let nextId = 1860000000000000000n;
  const snowflake = () => {
    nextId += 4096n + BigInt(Math.floor(Math.random() * 1000));
    return nextId.toString();
  };

  const tweets: FakeTweet[] = [];
  /** Ids of the posts deleted, in order. */
  const deleted: string[] = [];
  const media = new Map<string, FakeMedia>();
  const requests: XServerState['requests'] = [];
  const tokenRefreshes: XServerState['tokenRefreshes'] = [];
  const faults: Array<ScriptedFault & { remaining: number }> = [];
  const accessTokens = new Map<string, number>();
  let refreshToken = options.oauth2?.refreshToken;
  const spentRefreshTokens = new Set<string>();
  const limits = new Map<string, Partial<Record<WindowName, RateWindow>>>();

  const windowsOf = (endpoint: string): Partial<Record<WindowName, RateWindow>> => {
    let windows = limits.get(endpoint);
    if (!windows) {
      const t = now();
      windows =
        endpoint === 'POST /2/tweets'
          ? {
              window: { limit: 100, remaining: 100, reset: t + FIFTEEN_MINUTES },
              userDay: { limit: 100, remaining: 100, reset: t + DAY },
              appDay: { limit: 1667, remaining: 1667, reset: t + DAY },
            }
          : { window: { limit: 900, remaining: 900, reset: t + FIFTEEN_MINUTES } };
      limits.set(endpoint, windows);
    }
    for (const [name, w] of Object.entries(windows) as Array<[WindowName, RateWindow]>) {
      if (now() >= w.reset) {
        w.remaining = w.limit;
        w.reset = now() + (name === 'window' ? FIFTEEN_MINUTES : DAY);
      }
    }
    return windows;
  };

  const rateHeaders = (windows: Partial<Record<WindowName, RateWindow>>): Record<string, string> => {
    const headers: Record<string, string> = {};
    const put = (prefix: string, w: RateWindow | undefined) => {
      if (!w) return;
      headers[`${prefix}-limit`] = String(w.limit);
      headers[`${prefix}-remaining`] = String(w.remaining);
      headers[`${prefix}-reset`] = String(w.reset);
    };
    put('x-rate-limit', windows.window);
    put('x-user-limit-24hour', windows.userDay);
    put('x-app-limit-24hour', windows.appDay);
    return headers;
  };

  /** The text as X gives it back: t.co links instead of URLs, `&<>` escaped, a link to the media appended. */
  const displayed = (tweet: FakeTweet) => {
    let text = tweet.text;
    const urls: Array<{ url: string; expanded_url: string; display_url: string }> = [];
    if (shorten) {
      for (const url of [...new Set(twitterText.extractUrls(text))].sort((a, b) => b.length - a.length)) {
        const tco = `https://t.co/${randomBytes(5).toString('hex')}`;
        urls.push({ url: tco, expanded_url: url, display_url: url.replace(/^https?:\/\//, '') });
        text = text.split(url).join(tco);
      }
      if (tweet.mediaIds.length > 0) text += ` https://t.co/${randomBytes(5).toString('hex')}`;
    }
    text = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return { text, urls };
  };

  const tweetObject = (tweet: FakeTweet, fields: Set<string>) => {
    const { text, urls } = displayed(tweet);
    const out: Record<string, unknown> = { id: tweet.id, text, edit_history_tweet_ids: [tweet.id] };
    if (fields.has('conversation_id')) out.conversation_id = tweet.conversationId;
    if (fields.has('created_at')) out.created_at = tweet.createdAt;
    if (fields.has('author_id')) out.author_id = tweet.authorId;
    if (fields.has('referenced_tweets') && tweet.inReplyTo) {
      out.referenced_tweets = [{ type: 'replied_to', id: tweet.inReplyTo }];
    }
    if (fields.has('in_reply_to_user_id') && tweet.inReplyTo) out.in_reply_to_user_id = tweet.authorId;
    if (fields.has('entities') && urls.length > 0) out.entities = { urls };
    if (fields.has('attachments') && tweet.mediaIds.length > 0) {
      out.attachments = { media_keys: tweet.mediaIds.map((id) => `3_${id}`) };
    }
    return out;
  };

  type Auth = 'oauth1' | 'bearer' | 'basic' | 'none';
  const authenticate = (req: http.IncomingMessage, url: URL, form: URLSearchParams | undefined): Auth | Reply => {
    const header = req.headers.authorization ?? '';
    const unauthorized = problem(401, 'Unauthorized', 'Unauthorized');
    if (header.startsWith('Bearer ')) {
      const expires = accessTokens.get(header.slice('Bearer '.length));
      return expires !== undefined && expires > now() ? 'bearer' : unauthorized;
    }
    if (header.startsWith('OAuth ')) {
      const expected = options.oauth1;
      if (!expected) return 'oauth1';
      const params = parseOAuthHeader(header);
      if (params.get('oauth_consumer_key') !== expected.appKey || params.get('oauth_token') !== expected.accessToken) {
        return unauthorized;
      }
      const signature = params.get('oauth_signature');
      params.delete('oauth_signature');
      const all: Array<[string, string]> = [...params, ...url.searchParams, ...(form ?? [])];
      const paramString = all
        .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
        .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
        .map(([k, v]) => `${k}=${v}`)
        .join('&');
      // The client signed the URL it called, which is this server's (or a proxy's: Host tells).
      const base = `${req.method}&${percentEncode(`http://${req.headers.host}${url.pathname}`)}&${percentEncode(paramString)}`;
      const key = `${percentEncode(expected.appSecret)}&${percentEncode(expected.accessSecret)}`;
      const computed = createHmac('sha1', key).update(base).digest('base64');
      return computed === signature ? 'oauth1' : unauthorized;
    }
    return unauthorized;
  };

  const refresh = (req: http.IncomingMessage, raw: Buffer): Reply => {
    const contentType = req.headers['content-type'] ?? '';
    const bodyType = contentType.includes('json') ? 'json' : 'form';
    let fields: Record<string, string> = {};
    try {
      fields =
        bodyType === 'json'
          ? (JSON.parse(raw.toString('utf8')) as Record<string, string>)
          : Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    } catch {
      return { status: 400, body: { error: 'invalid_request', error_description: 'Malformed body.' } };
    }
    const app = options.oauth2;
    const basic = req.headers.authorization?.startsWith('Basic ')
      ? Buffer.from(req.headers.authorization.slice(6), 'base64').toString('utf8')
      : undefined;
    const clientOk =
      app && (basic === `${app.clientId}:${app.clientSecret}` || (!basic && fields.client_id === app.clientId));
    if (!clientOk) {
      tokenRefreshes.push({ bodyType, accepted: false });
      return {
        status: 401,
        body: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' },
      };
    }
    const given = fields.refresh_token;
    if (fields.grant_type !== 'refresh_token' || !given || given !== refreshToken || spentRefreshTokens.has(given)) {
      tokenRefreshes.push({ bodyType, accepted: false });
      return {
        status: 400,
        body: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' },
      };
    }
    spentRefreshTokens.add(given);
    refreshToken = `rt-${randomBytes(12).toString('hex')}`;
    const accessToken = `at-${randomBytes(12).toString('hex')}`;
    const ttl = app.accessTokenTtlSeconds ?? 7200;
    accessTokens.set(accessToken, now() + ttl);
    tokenRefreshes.push({ bodyType, accepted: true });
    return {
      status: 200,
      body: {
        token_type: 'bearer',
        expires_in: ttl,
        access_token: accessToken,
        refresh_token: refreshToken,
        scope: 'tweet.read tweet.write users.read offline.access media.write',
      },
    };
  };

  const createTweet = (raw: Buffer): Reply => {
    let body: { text?: unknown; media?: { media_ids?: unknown }; reply?: { in_reply_to_tweet_id?: unknown } };
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body;
    } catch {
      return invalid('Request body is not valid JSON.');
    }
    const text = typeof body.text === 'string' ? body.text.normalize('NFC') : undefined;
    const mediaIds = body.media?.media_ids;
    if (!text && !mediaIds)
      return invalid('One or more parameters to your request was invalid: text or media is required.');
    if (text) {
      const parsed = twitterText.parseTweet(text);
      if (!parsed.valid) {
        return invalid(`Your Tweet text is too long (weighted length ${parsed.weightedLength}, limit 280).`);
      }
      if (tweets.some((t) => t.authorId === user.id && t.text === text)) {
        return problem(403, 'Forbidden', 'You are not allowed to create a Tweet with duplicate content.');
      }
    }
    const ids: string[] = [];
    if (mediaIds !== undefined) {
      if (!Array.isArray(mediaIds) || mediaIds.length < 1 || mediaIds.length > 4) {
        return invalid('media.media_ids must hold 1 to 4 ids.');
      }
      for (const id of mediaIds) {
        const m = typeof id === 'string' ? media.get(id) : undefined;
        if (!m?.finalized) return invalid(`Your media IDs are invalid: ${String(id)}.`);
        ids.push(m.id);
      }
    }
    const parentId = body.reply?.in_reply_to_tweet_id;
    let parent: FakeTweet | undefined;
    if (parentId !== undefined) {
      parent = tweets.find((t) => t.id === parentId);
      if (!parent) return invalid('Reply to a deleted or not visible Tweet.');
    }
    const id = snowflake();
    const tweet: FakeTweet = {
      id,
      text: text ?? '',
      authorId: user.id,
      inReplyTo: parent?.id,
      conversationId: parent?.conversationId ?? id,
      mediaIds: ids,
      createdAt: new Date(now() * 1000).toISOString(),
    };
    tweets.push(tweet);
    const { text: shown } = displayed(tweet);
    return { status: 201, body: { data: { id, text: shown, edit_history_tweet_ids: [id] } } };
  };

  /** DELETE /2/tweets/:id: the author's own post goes; one that is not there is a 404 (as X answers). */
  const deleteTweet = (id: string): Reply => {
    const index = tweets.findIndex((t) => t.id === id);
    const tweet = tweets[index];
    if (!tweet) return problem(404, 'Not Found Error', `Could not find tweet with id: [${id}].`);
    if (tweet.authorId !== user.id) return problem(403, 'Forbidden', 'You are not allowed to delete this Tweet.');
    tweets.splice(index, 1);
    deleted.push(id);
    return { status: 200, body: { data: { deleted: true } } };
  };

  const timeline = (id: string, url: URL): Reply => {
    const max = Number(url.searchParams.get('max_results') ?? '10');
    if (!Number.isInteger(max) || max < 5 || max > 100) {
      return invalid(`The \`max_results\` query parameter value [${max}] is not between 5 and 100`);
    }
    const fields = new Set((url.searchParams.get('tweet.fields') ?? '').split(',').filter(Boolean));
    // Pages, newest first, as X gives them: `meta.next_token` while there are more, sent back as
    // `pagination_token` (an opaque string to the client; here, where the next page starts).
    const token = url.searchParams.get('pagination_token');
    const from = token === null ? 0 : Number.parseInt(token.replace(/^p/, ''), 36);
    if (!Number.isInteger(from) || from < 0) return invalid('The `pagination_token` query parameter value is invalid');
    const all = tweets.filter((t) => t.authorId === id).reverse();
    const own = all.slice(from, from + max);
    if (own.length === 0) return { status: 200, body: { meta: { result_count: 0 } } };
    const next = from + max < all.length ? `p${(from + max).toString(36)}` : undefined;
    return {
      status: 200,
      body: {
        data: own.map((t) => tweetObject(t, fields)),
        meta: {
          result_count: own.length,
          newest_id: own[0]?.id,
          oldest_id: own.at(-1)?.id,
          ...(next ? { next_token: next } : {}),
        },
      },
    };
  };

  const initialize = (raw: Buffer): Reply => {
    let body: { media_type?: unknown; total_bytes?: unknown; media_category?: unknown };
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body;
    } catch {
      return invalid('Request body is not valid JSON.');
    }
    const total = Number(body.total_bytes);
    if (typeof body.media_type !== 'string' || !Number.isInteger(total) || total <= 0) {
      return invalid('media_type and total_bytes are required.');
    }
    if (body.media_category === 'tweet_image' && total > MAX_IMAGE_BYTES) {
      return invalid(`File size exceeds ${MAX_IMAGE_BYTES} bytes.`);
    }
    const id = snowflake();
    media.set(id, {
      id,
      mediaType: body.media_type,
      totalBytes: total,
      received: new Map(),
      segments: [],
      finalized: false,
      polls: 0,
    });
    return { status: 200, body: { data: { id, media_key: `3_${id}`, expires_after_secs: DAY } } };
  };

  const append = (m: FakeMedia, req: http.IncomingMessage, raw: Buffer): Reply => {
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('multipart/form-data')) return invalid('append expects multipart/form-data.');
    const form = parseMultipart(raw, contentType);
    const segment = Number(form.get('segment_index')?.toString('utf8'));
    const chunk = form.get('media');
    if (!Number.isInteger(segment) || !chunk) return invalid('segment_index and media are required.');
    if (!m.received.has(segment)) m.segments.push(segment);
    m.received.set(segment, chunk.length);
    return { status: 200, body: { data: { expires_at: now() + DAY } } };
  };

  const finalize = (m: FakeMedia): Reply => {
    const received = [...m.received.values()].reduce((sum, bytes) => sum + bytes, 0);
    if (received !== m.totalBytes) {
      return invalid(`File size mismatch: received ${received} bytes of ${m.totalBytes}.`);
    }
    m.finalized = true;
    const polls = options.processingPolls ?? 0;
    const data: Record<string, unknown> = {
      id: m.id,
      media_key: `3_${m.id}`,
      size: m.totalBytes,
      expires_after_secs: DAY,
    };
    if (polls > 0) data.processing_info = { state: 'pending', check_after_secs: 1 };
    return { status: 200, body: { data } };
  };

  const status = (url: URL): Reply => {
    const m = media.get(url.searchParams.get('media_id') ?? '');
    if (!m || url.searchParams.get('command') !== 'STATUS') return invalid('Unknown media_id or command.');
    m.polls++;
    const done = m.polls > (options.processingPolls ?? 0);
    return {
      status: 200,
      body: {
        data: {
          id: m.id,
          media_key: `3_${m.id}`,
          processing_info: done
            ? { state: 'succeeded', progress_percent: 100 }
            : { state: 'in_progress', check_after_secs: 1 },
        },
      },
    };
  };

  const metadata = (raw: Buffer): Reply => {
    let body: { id?: unknown; metadata?: { alt_text?: { text?: unknown } } };
    try {
      body = JSON.parse(raw.toString('utf8')) as typeof body;
    } catch {
      return invalid('Request body is not valid JSON.');
    }
    const m = typeof body.id === 'string' ? media.get(body.id) : undefined;
    if (!m) return invalid('Unknown media id.');
    const alt = body.metadata?.alt_text?.text;
    if (alt !== undefined) {
      if (typeof alt !== 'string' || Array.from(alt).length > 1000)
        return invalid('alt_text.text must be at most 1000 characters.');
      m.altText = alt;
    }
    return { status: 200, body: { data: { id: m.id, associated_metadata: body.metadata ?? {} } } };
  };

  /** Routes an authenticated request; `endpoint` is the rate-limit bucket. */
  const route = async (
    req: http.IncomingMessage,
    url: URL,
    raw: Buffer,
  ): Promise<{ endpoint?: string; reply: Reply }> => {
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (method === 'POST' && path === '/2/tweets') return { endpoint: 'POST /2/tweets', reply: createTweet(raw) };
    if (method === 'GET' && path === '/2/users/me') {
      return { endpoint: 'GET /2/users/me', reply: { status: 200, body: { data: user } } };
    }
    const deleteMatch = /^\/2\/tweets\/(\d+)$/.exec(path);
    if (method === 'DELETE' && deleteMatch?.[1]) {
      return { endpoint: 'DELETE /2/tweets/:id', reply: deleteTweet(deleteMatch[1]) };
    }
    const timelineMatch = /^\/2\/users\/(\d+)\/tweets$/.exec(path);
    if (method === 'GET' && timelineMatch?.[1]) {
      return { endpoint: 'GET /2/users/:id/tweets', reply: timeline(timelineMatch[1], url) };
    }
    if (method === 'POST' && path === '/2/media/upload/initialize') {
      return { endpoint: 'POST /2/media/upload', reply: initialize(raw) };
    }
    const mediaMatch = /^\/2\/media\/upload\/(\d+)\/(append|finalize)$/.exec(path);
    if (method === 'POST' && mediaMatch?.[1]) {
      const m = media.get(mediaMatch[1]);
      if (!m) return { reply: invalid('Unknown media id.') };
      return {
        endpoint: 'POST /2/media/upload',
        reply: mediaMatch[2] === 'append' ? append(m, req, raw) : finalize(m),
      };
    }
    if (method === 'GET' && path === '/2/media/upload') return { endpoint: 'GET /2/media/upload', reply: status(url) };
    if (method === 'POST' && path === '/2/media/metadata')
      return { endpoint: 'POST /2/media/metadata', reply: metadata(raw) };
    return { reply: problem(404, 'Not Found Error', `No route for ${method} ${path}`) };
  };

  const send = (res: http.ServerResponse, reply: Reply) => {
    const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(payload);
  };

  const server = http.createServer(async (req, res) => {
    const raw = await readBody(req);
    if (raw === undefined) return;
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const line = `${req.method} ${url.pathname}${url.search}`;
    const index = faults.findIndex((f) => f.remaining > 0 && (!f.match || f.match.test(line)));
    const fault = faults[index];
    if (fault) {
      fault.remaining--;
      if (fault.remaining === 0) faults.splice(index, 1);
    }
    const record = { method: req.method ?? 'GET', path: url.pathname + url.search, auth: 'none' as Auth, status: 0 };
    requests.push(record);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault && (fault.kind ?? 'status') === 'status') {
      record.status = fault.status ?? 503;
      send(res, { status: record.status, body: fault.body ?? {}, headers: fault.headers });
      return;
    }

    let reply: Reply;
    if (req.method === 'POST' && url.pathname === '/2/oauth2/token') {
      record.auth = 'basic';
      reply = refresh(req, raw);
    } else {
      const form = (req.headers['content-type'] ?? '').includes('x-www-form-urlencoded')
        ? new URLSearchParams(raw.toString('utf8'))
        : undefined;
      const auth = authenticate(req, url, form);
      if (typeof auth !== 'string') reply = auth;
      else {
        record.auth = auth;
        const { endpoint, reply: routed } = await peekLimit(req, url, raw);
        reply = routed;
        if (endpoint) reply.headers = { ...reply.headers, ...rateHeaders(windowsOf(endpoint)) };
      }
    }
    record.status = reply.status;
    if (fault?.kind === 'commit-then-drop') {
      req.socket.destroy();
      return;
    }
    send(res, reply);
  });

  /** Counts the request against its endpoint's windows; an exhausted window answers 429 instead. */
  const peekLimit = async (req: http.IncomingMessage, url: URL, raw: Buffer) => {
    const endpoint = endpointOf(req.method ?? 'GET', url.pathname);
    if (endpoint) {
      const windows = windowsOf(endpoint);
      if (Object.values(windows).some((w) => w.remaining <= 0)) {
        return { endpoint, reply: problem(429, 'Too Many Requests', 'Too Many Requests') };
      }
      for (const w of Object.values(windows)) w.remaining--;
    }
    return route(req, url, raw);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state: {
      tweets,
      deleted,
      media,
      requests,
      tokenRefreshes,
      failNext(fault) {
        faults.push({ ...fault, remaining: fault.times ?? 1 });
      },
      setRateLimit(endpoint, name, value) {
        const windows = windowsOf(endpoint);
        const current = windows[name] ?? {
          limit: 100,
          remaining: 100,
          reset: now() + (name === 'window' ? FIFTEEN_MINUTES : DAY),
        };
        windows[name] = { ...current, ...value };
      },
      currentRefreshToken: () => refreshToken,
      expireAccessTokens() {
        for (const token of accessTokens.keys()) accessTokens.set(token, 0);
      },
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The rate-limit bucket of a route, as X keys them. */
function endpointOf(method: string, path: string): string | undefined {
  if (method === 'POST' && path === '/2/tweets') return 'POST /2/tweets';
  if (method === 'GET' && path === '/2/users/me') return 'GET /2/users/me';
  if (method === 'GET' && /^\/2\/users\/\d+\/tweets$/.test(path)) return 'GET /2/users/:id/tweets';
  if (method === 'DELETE' && /^\/2\/tweets\/\d+$/.test(path)) return 'DELETE /2/tweets/:id';
  if (method === 'POST' && path.startsWith('/2/media/upload')) return 'POST /2/media/upload';
  if (method === 'GET' && path === '/2/media/upload') return 'GET /2/media/upload';
  if (method === 'POST' && path === '/2/media/metadata') return 'POST /2/media/metadata';
  return undefined;
}

/**
 * multipart/form-data as twitter-api-v2 sends it: the `media` part has no filename, so a WHATWG
 * FormData parser would turn the bytes into a string; parts are kept as bytes here.
 */
function parseMultipart(raw: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const parts = new Map<string, Buffer>();
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  let start = raw.indexOf(marker);
  while (start !== -1) {
    const next = raw.indexOf(marker, start + marker.length);
    if (next === -1) break;
    const part = raw.subarray(start + marker.length + 2, next - 2); // skip CRLF after the marker and before the next
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    if (name !== undefined && split !== -1) parts.set(name, part.subarray(split + 4));
    start = next;
  }
  return parts;
}
