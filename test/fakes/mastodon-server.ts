import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import twitterText from '../../src/text/twitter-text.js';
import { readBody } from './read-body.js';

/**
 * A local Mastodon that behaves like the real one where crier can tell the difference
 * (docs/platforms/mastodon.md; upstream `statuses_controller.rb`, `post_status_service.rb`,
 * `status_length_validator.rb`, `rate_limiter.rb`, `rack_attack.rb`, the media controllers).
 *
 * It validates on its own — graphemes, scheme URLs as 23, `@user@domain` as `@user` — rather than
 * importing crier's counter, so a bug in the counter shows up as a 422 here instead of being agreed with.
 *
 * Order of checks on POST /api/v1/statuses, as upstream runs them:
 *   auth (401) → scope (403) → in_reply_to_id (404) → Idempotency-Key (same entity, 200)
 *   → scheduled_at → media (422) → text (422) → statuses rate limit (429) → create (200)
 *
 * Time is the fake's own clock (`state.advance(ms)`), so tests can expire idempotency keys (1 h) and
 * rate-limit windows (3 h) without waiting.
 */

export interface FakeAccountInput {
  username: string;
  token: string;
  /** OAuth scopes of the token; "read" and "write" cover their sub-scopes. Default ["read", "write"]. */
  scopes?: string[];
}

export interface MastodonServerOptions {
  maxCharacters?: number;
  charactersReservedPerUrl?: number;
  maxMediaAttachments?: number;
  accounts?: FakeAccountInput[];
  /** Statuses per account per window (upstream: 300 per 3 h). */
  statusesPerWindow?: number;
  statusWindowMs?: number;
  /** POST /api/v*\/media per account per window (upstream Rack::Attack: 30 per 30 min). */
  mediaPerWindow?: number;
  mediaWindowMs?: number;
  /**
   * How many GET /api/v1/media/:id answer 206 before the attachment is ready. `null` processes
   * synchronously (POST answers 200 with the url). Default 1: the POST answers 202, the first poll 206,
   * the second 200 — masto's real polling path, about 2 s in all.
   */
  mediaPollsUntilReady?: number | null;
  imageSizeLimit?: number;
  imageMatrixLimit?: number;
  descriptionLimit?: number;
  supportedMimeTypes?: string[];
}

/** A scripted misbehaviour for the next matching request(s). */
export interface FakeFault {
  /** Tested against "METHOD /path?query"; every request matches when absent. */
  match?: RegExp;
  /**
   * status: answer with `status`/`headers`/`body` without handling the request;
   * drop: destroy the socket without handling the request;
   * commit-then-drop: handle the request (commit), then destroy the socket instead of answering;
   * hang: never answer (for client timeouts).
   */
  kind: 'status' | 'drop' | 'commit-then-drop' | 'hang';
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  times?: number;
}

export interface FakeRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  authorization?: 'bearer' | 'other' | 'none';
  status?: number;
  fault?: FakeFault['kind'];
}

export interface FakeAccount {
  id: string;
  username: string;
  token: string;
  scopes: string[];
}

export interface FakeMedia {
  id: string;
  accountId: string;
  type: 'image' | 'gifv' | 'video' | 'audio' | 'unknown';
  mimeType: string;
  size: number;
  width?: number;
  height?: number;
  description: string | null;
  /** Polls left before processing finishes; 0 = ready. */
  pollsLeft: number;
  statusId: string | null;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  createdAt: number;
  /** The text as sent (upstream keeps it as `text` and renders `content`). */
  text: string;
  spoilerText: string;
  visibility: string;
  language: string | null;
  inReplyToId: string | null;
  sensitive: boolean;
  mediaIds: string[];
  idempotencyKey?: string;
  /** Set by PUT /api/v1/statuses/:id (upstream's `edited_at`). */
  editedAt?: number;
  /** Earlier texts, oldest first (upstream keeps them as status edits). */
  history?: string[];
}

export interface FakeScheduledStatus {
  id: string;
  accountId: string;
  scheduledAt: number;
  createdAt: number;
  params: Record<string, unknown>;
  mediaIds: string[];
}

const HOUR = 3_600_000;
const STATUS_VISIBILITIES = ['public', 'unlisted', 'private', 'direct'];
const DEFAULT_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/heic',
  'image/heif',
  'image/webp',
  'image/avif',
  'video/webm',
  'video/mp4',
  'video/quicktime',
  'audio/mpeg',
  'audio/ogg',
  'audio/wav',
];
const SCHEDULE_MIN_OFFSET_MS = 5 * 60_000;
const SCHEDULED_DAILY_LIMIT = 25;
const SCHEDULED_TOTAL_LIMIT = 300;

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** The state of the fake, readable and scriptable by tests. */
export class MastodonFakeState {
  maxCharacters: number;
  charactersReservedPerUrl: number;
  maxMediaAttachments: number;
  mediaPollsUntilReady: number | null;
  readonly accounts: FakeAccount[] = [];
  readonly statuses: FakeStatus[] = [];
  readonly scheduled: FakeScheduledStatus[] = [];
  readonly media = new Map<string, FakeMedia>();
  readonly requests: FakeRequest[] = [];
  /** `${accountId}:${key}` → what it created and until when it is honoured. */
  readonly idempotency = new Map<string, { kind: 'status' | 'scheduled'; id: string; expiresAt: number }>();
  readonly faults: Array<FakeFault & { remaining: number }> = [];
  private clockOffset = 0;
  private sequence = 0;
  private readonly counters = new Map<string, number>();

  constructor(readonly options: Required<Omit<MastodonServerOptions, 'accounts' | 'mediaPollsUntilReady'>>) {
    this.maxCharacters = options.maxCharacters;
    this.charactersReservedPerUrl = options.charactersReservedPerUrl;
    this.maxMediaAttachments = options.maxMediaAttachments;
    this.mediaPollsUntilReady = 1;
  }

  now(): number {
    return Date.now() + this.clockOffset;
  }

  /** Moves the fake's clock forward (expire idempotency keys, open a new rate-limit window). */
  advance(ms: number): void {
    this.clockOffset += ms;
  }

  addAccount(input: FakeAccountInput): FakeAccount {
    const account = {
      id: String(100 + this.accounts.length + 1),
      username: input.username,
      token: input.token,
      scopes: input.scopes ?? ['read', 'write'],
    };
    this.accounts.push(account);
    return account;
  }

  account(username: string): FakeAccount {
    const account = this.accounts.find((a) => a.username === username);
    if (!account) throw new Error(`the fake has no account "${username}"`);
    return account;
  }

  /** The statuses of one account, oldest first. */
  statusesOf(username: string): FakeStatus[] {
    const { id } = this.account(username);
    return this.statuses.filter((s) => s.accountId === id);
  }

  /** Scripts the next matching request(s) to misbehave. */
  failNext(fault: FakeFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  takeFault(line: string): FakeFault | undefined {
    const index = this.faults.findIndex((f) => f.remaining > 0 && (!f.match || f.match.test(line)));
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining === 0) this.faults.splice(index, 1);
    return fault;
  }

  /** Snowflake-like ids as upstream: milliseconds << 16 | sequence, so ids sort by time. */
  nextId(): string {
    this.sequence = (this.sequence + 1) & 0xffff;
    return ((BigInt(this.now()) << 16n) | BigInt(this.sequence)).toString();
  }

  /**
   * Upstream `RateLimiter`: fixed windows aligned on multiples of the period since the epoch;
   * the reset is the end of the current window, written as `iso8601(6)`.
   */
  rateWindow(family: string, accountId: string, limit: number, periodMs: number) {
    const now = this.now();
    const window = Math.floor(now / periodMs);
    const key = `${family}:${accountId}:${window}`;
    const resetAt = new Date((window + 1) * periodMs);
    const used = this.counters.get(key) ?? 0;
    return {
      exceeded: used >= limit,
      record: () => this.counters.set(key, (this.counters.get(key) ?? 0) + 1),
      headers: (): Record<string, string> => ({
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(Math.max(0, limit - (this.counters.get(key) ?? 0))),
        'X-RateLimit-Reset': iso8601Micro(resetAt),
      }),
    };
  }
}

/** Ruby's `Time#iso8601(6)` in UTC: 2026-11-28T15:00:00.000000Z. */
function iso8601Micro(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

// ---------- counting (upstream StatusLengthValidator#countable_text), independent of src/ ----------

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

const WORD = '\\p{L}\\p{M}\\p{N}\\p{Pc}';
/** Account::MENTION_RE: @user, or @user@domain (counted as @user). */
const MENTION = new RegExp(
  `(?<![=/${WORD}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[${WORD}]+(?:[.-]+[${WORD}]+)*)?`,
  'giu',
);
/** Tag::HASHTAG_RE (simplified to its common branch): after start or space, a name with at least one letter. */
const HASHTAG = new RegExp(`(?<=^|\\s)[#＃]([${WORD}_·・\\u200c]*\\p{L}[${WORD}_·・\\u200c]*)`, 'gu');

interface TextEntity {
  start: number;
  end: number;
  kind: 'url' | 'mention' | 'hashtag';
  value: string;
}

function entities(text: string, kinds: ReadonlyArray<TextEntity['kind']>): TextEntity[] {
  const found: TextEntity[] = [];
  if (kinds.includes('url')) {
    for (const u of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
      found.push({ start: u.indices[0], end: u.indices[1], kind: 'url', value: u.url });
    }
  }
  if (kinds.includes('mention')) {
    for (const m of text.matchAll(MENTION)) {
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'mention', value: m[1] ?? '' });
    }
  }
  if (kinds.includes('hashtag')) {
    for (const m of text.matchAll(HASHTAG)) {
      found.push({ start: m.index, end: m.index + m[0].length, kind: 'hashtag', value: m[1] ?? '' });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const kept: TextEntity[] = [];
  for (const e of found) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  return kept;
}

export function fakeMastodonLength(text: string, reservedPerUrl = 23): number {
  let out = '';
  let at = 0;
  for (const e of entities(text, ['url', 'mention'])) {
    out += text.slice(at, e.start) + (e.kind === 'url' ? 'x'.repeat(reservedPerUrl) : `@${e.value}`);
    at = e.end;
  }
  return graphemeCount(out + text.slice(at));
}

// ---------- rendering (upstream TextFormatter) ----------

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** TextFormatter.shortened_link: the scheme hidden, 30 characters shown, the rest hidden. */
function shortenedLink(url: string): string {
  const prefix = /^(https?:\/\/(www\.)?)/.exec(url)?.[0] ?? '';
  const rest = url.slice(prefix.length);
  const display = rest.slice(0, 30);
  const suffix = rest.slice(30);
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span><span class="${rest.length > 30 ? 'ellipsis' : ''}">` +
    `${escapeHtml(display)}</span><span class="invisible">${escapeHtml(suffix)}</span></a>`
  );
}

function normalizeTag(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}_]/gu, '');
}

function renderContent(text: string, base: string): { html: string; tags: string[] } {
  const tags: string[] = [];
  let html = '';
  let at = 0;
  for (const e of entities(text, ['url', 'mention', 'hashtag'])) {
    html += escapeHtml(text.slice(at, e.start));
    if (e.kind === 'url') html += shortenedLink(e.value);
    else if (e.kind === 'hashtag') {
      tags.push(normalizeTag(e.value));
      html += `<a href="${base}/tags/${encodeURIComponent(normalizeTag(e.value))}" class="mention hashtag" rel="tag">#<span>${escapeHtml(e.value)}</span></a>`;
    } else html += escapeHtml(text.slice(e.start, e.end)); // unknown accounts stay plain text
    at = e.end;
  }
  html += escapeHtml(text.slice(at));
  // simple_format: blank lines separate paragraphs, single newlines become <br />.
  const paragraphs = html.split(/\n\s*\n/).map((p) => `<p>${p.replace(/\n/g, '<br />')}</p>`);
  return { html: paragraphs.join(''), tags: [...new Set(tags)] };
}

// ---------- entities ----------

function accountEntity(account: FakeAccount, state: MastodonFakeState, base: string) {
  const count = state.statuses.filter((s) => s.accountId === account.id).length;
  return {
    id: account.id,
    username: account.username,
    acct: account.username,
    display_name: account.username,
    locked: false,
    bot: true,
    discoverable: true,
    group: false,
    created_at: '2026-01-01T00:00:00.000Z',
    note: '',
    url: `${base}/@${account.username}`,
    uri: `${base}/users/${account.username}`,
    avatar: `${base}/avatars/original/missing.png`,
    avatar_static: `${base}/avatars/original/missing.png`,
    header: `${base}/headers/original/missing.png`,
    header_static: `${base}/headers/original/missing.png`,
    followers_count: 0,
    following_count: 0,
    statuses_count: count,
    last_status_at: null,
    emojis: [],
    fields: [],
  };
}

function mediaEntity(media: FakeMedia, base: string) {
  const ready = media.pollsLeft === 0;
  return {
    id: media.id,
    type: media.type,
    url: ready ? `${base}/system/media_attachments/files/${media.id}/original.bin` : null,
    preview_url: `${base}/system/media_attachments/files/${media.id}/small.bin`,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: media.width && media.height ? { original: { width: media.width, height: media.height } } : {},
    description: media.description,
    blurhash: null,
  };
}

function statusEntity(status: FakeStatus, state: MastodonFakeState, base: string) {
  const account = state.accounts.find((a) => a.id === status.accountId);
  if (!account) throw new Error(`status ${status.id} has no account`);
  const { html, tags } = renderContent(status.text, base);
  const parent = status.inReplyToId ? state.statuses.find((s) => s.id === status.inReplyToId) : undefined;
  return {
    id: status.id,
    created_at: new Date(status.createdAt).toISOString(),
    in_reply_to_id: status.inReplyToId,
    in_reply_to_account_id: parent?.accountId ?? null,
    sensitive: status.sensitive,
    spoiler_text: status.spoilerText,
    visibility: status.visibility,
    language: status.language,
    uri: `${base}/users/${account.username}/statuses/${status.id}`,
    url: `${base}/@${account.username}/${status.id}`,
    replies_count: state.statuses.filter((s) => s.inReplyToId === status.id).length,
    reblogs_count: 0,
    favourites_count: 0,
    edited_at: status.editedAt ? new Date(status.editedAt).toISOString() : null,
    content: html,
    reblog: null,
    application: { name: 'crier', website: null },
    account: accountEntity(account, state, base),
    media_attachments: status.mediaIds.flatMap((id) => {
      const m = state.media.get(id);
      return m ? [mediaEntity(m, base)] : [];
    }),
    mentions: [],
    tags: tags.map((name) => ({ name, url: `${base}/tags/${name}` })),
    emojis: [],
    card: null,
    poll: null,
  };
}

function scheduledEntity(s: FakeScheduledStatus, state: MastodonFakeState, base: string) {
  return {
    id: s.id,
    scheduled_at: new Date(s.scheduledAt).toISOString(),
    params: s.params,
    media_attachments: s.mediaIds.flatMap((id) => {
      const m = state.media.get(id);
      return m ? [mediaEntity(m, base)] : [];
    }),
  };
}

// ---------- request parsing ----------

type Params = Record<string, unknown>;

/** JSON, url-encoded or multipart bodies become one params object; `key[]` collects into an array. */
async function parseBody(req: http.IncomingMessage, body: Buffer): Promise<Params> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (body.length === 0) return {};
  if (type === 'application/json') {
    try {
      const parsed: unknown = JSON.parse(body.toString('utf8'));
      return typeof parsed === 'object' && parsed !== null ? (parsed as Params) : {};
    } catch {
      throw new HttpProblem(400, 'Error while parsing request body');
    }
  }
  const entries: Array<[string, unknown]> = [];
  if (type === 'application/x-www-form-urlencoded') {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) entries.push([k, v]);
  } else if (type === 'multipart/form-data') {
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body,
    }).formData();
    for (const [k, v] of form) entries.push([k, v]);
  }
  const params: Params = {};
  for (const [key, value] of entries) {
    if (key.endsWith('[]')) {
      const name = key.slice(0, -2);
      const list = Array.isArray(params[name]) ? (params[name] as unknown[]) : [];
      list.push(value);
      params[name] = list;
    } else params[key] = value;
  }
  return params;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function bool(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}

function hasScope(account: FakeAccount, scope: string): boolean {
  const [family] = scope.split(':');
  return account.scopes.includes(scope) || (family !== undefined && account.scopes.includes(family));
}

// ---------- the server ----------

export interface MastodonServer {
  url: string;
  state: MastodonFakeState;
  close(): Promise<void>;
}

export async function startMastodonServer(options: MastodonServerOptions = {}): Promise<MastodonServer> {
  const state = new MastodonFakeState({
    maxCharacters: options.maxCharacters ?? 500,
    charactersReservedPerUrl: options.charactersReservedPerUrl ?? 23,
    maxMediaAttachments: options.maxMediaAttachments ?? 4,
    statusesPerWindow: options.statusesPerWindow ?? 300,
    statusWindowMs: options.statusWindowMs ?? 3 * HOUR,
    mediaPerWindow: options.mediaPerWindow ?? 30,
    mediaWindowMs: options.mediaWindowMs ?? 30 * 60_000,
    imageSizeLimit: options.imageSizeLimit ?? 16 * 1024 * 1024,
    imageMatrixLimit: options.imageMatrixLimit ?? 33_177_600,
    descriptionLimit: options.descriptionLimit ?? 1500,
    supportedMimeTypes: options.supportedMimeTypes ?? DEFAULT_MIME_TYPES,
  });
  if (options.mediaPollsUntilReady !== undefined) state.mediaPollsUntilReady = options.mediaPollsUntilReady;
  for (const a of options.accounts ?? [{ username: 'crier', token: 'good-token' }]) state.addAccount(a);
  let base = '';

  const authenticate = (req: http.IncomingMessage, record: FakeRequest): FakeAccount | undefined => {
    const header = req.headers.authorization;
    record.authorization = header ? (/^Bearer /i.test(header) ? 'bearer' : 'other') : 'none';
    const token = header?.match(/^Bearer (.+)$/i)?.[1];
    return token ? state.accounts.find((a) => a.token === token) : undefined;
  };
  const requireAccount = (req: http.IncomingMessage, record: FakeRequest, scope: string): FakeAccount => {
    const account = authenticate(req, record);
    if (!account) throw new HttpProblem(401, 'The access token is invalid');
    if (!hasScope(account, scope)) throw new HttpProblem(403, 'This action is outside the authorized scopes');
    return account;
  };

  type Reply = { status: number; body: unknown; headers?: Record<string, string> };

  async function createStatus(req: http.IncomingMessage, record: FakeRequest, body: Buffer): Promise<Reply> {
    const account = requireAccount(req, record, 'write:statuses');
    const p = await parseBody(req, body);
    const inReplyToId = str(p.in_reply_to_id) || null;
    if (inReplyToId && !state.statuses.some((s) => s.id === inReplyToId)) {
      throw new HttpProblem(404, 'The post you are trying to reply to does not appear to exist.');
    }

    const key = req.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key !== '' ? key : undefined;
    if (idempotencyKey) {
      const seen = state.idempotency.get(`${account.id}:${idempotencyKey}`);
      if (seen && seen.expiresAt > state.now()) {
        const existing =
          seen.kind === 'status'
            ? state.statuses.find((s) => s.id === seen.id)
            : state.scheduled.find((s) => s.id === seen.id);
        if (existing) {
          const entity =
            seen.kind === 'status'
              ? statusEntity(existing as FakeStatus, state, base)
              : scheduledEntity(existing as FakeScheduledStatus, state, base);
          return { status: 200, body: entity };
        }
      }
    }

    let scheduledAt: number | null = null;
    const rawScheduledAt = str(p.scheduled_at);
    if (rawScheduledAt) {
      const t = Date.parse(rawScheduledAt);
      if (Number.isNaN(t)) throw new HttpProblem(422, 'Validation failed: Scheduled at is invalid');
      // Upstream: a time in the past is dropped and the status is posted now.
      if (t > state.now()) scheduledAt = t;
    }

    const mediaIds = (Array.isArray(p.media_ids) ? p.media_ids : []).map((id) => str(id) ?? '');
    if (mediaIds.length > state.maxMediaAttachments) {
      throw new HttpProblem(422, `Cannot attach more than ${state.maxMediaAttachments} files`);
    }
    const media = mediaIds.map((id) => state.media.get(id));
    const missing = mediaIds.filter((_id, i) => {
      const m = media[i];
      return !m || m.accountId !== account.id || m.statusId !== null;
    });
    if (missing.length > 0) {
      throw new HttpProblem(422, `Media with IDs ${missing.join(', ')} not found or already attached to another post`);
    }
    if (media.some((m) => m && m.pollsLeft > 0)) {
      throw new HttpProblem(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
    }

    const text = str(p.status) ?? '';
    const spoilerText = str(p.spoiler_text) ?? '';
    if (text.trim() === '' && mediaIds.length === 0)
      throw new HttpProblem(422, "Validation failed: Text can't be blank");
    if (fakeMastodonLength(spoilerText + text, state.charactersReservedPerUrl) > state.maxCharacters) {
      throw new HttpProblem(422, `Validation failed: Text character limit of ${state.maxCharacters} exceeded`);
    }
    const visibility = str(p.visibility) ?? 'public';
    if (!STATUS_VISIBILITIES.includes(visibility)) {
      throw new HttpProblem(422, `Validation failed: '${visibility}' is not a valid visibility`);
    }
    const language = str(p.language) || null;

    if (scheduledAt !== null) {
      if (scheduledAt - state.now() < SCHEDULE_MIN_OFFSET_MS) {
        throw new HttpProblem(422, 'Validation failed: Scheduled at The scheduled date must be in the future');
      }
      const mine = state.scheduled.filter((s) => s.accountId === account.id);
      if (mine.length >= SCHEDULED_TOTAL_LIMIT) {
        throw new HttpProblem(
          422,
          `Validation failed: You have exceeded the limit of ${SCHEDULED_TOTAL_LIMIT} scheduled posts`,
        );
      }
      const day = new Date(scheduledAt).toISOString().slice(0, 10);
      if (
        mine.filter((s) => new Date(s.scheduledAt).toISOString().slice(0, 10) === day).length >= SCHEDULED_DAILY_LIMIT
      ) {
        throw new HttpProblem(
          422,
          `Validation failed: You have exceeded the limit of ${SCHEDULED_DAILY_LIMIT} scheduled posts for today`,
        );
      }
      const scheduled: FakeScheduledStatus = {
        id: state.nextId(),
        accountId: account.id,
        scheduledAt,
        createdAt: state.now(),
        params: {
          text,
          visibility,
          language,
          spoiler_text: spoilerText || null,
          in_reply_to_id: inReplyToId,
          media_ids: mediaIds.length > 0 ? mediaIds : null,
          sensitive: bool(p.sensitive) || null,
          scheduled_at: null,
          poll: null,
          idempotency: idempotencyKey ?? null,
          with_rate_limit: false,
          application_id: 1,
        },
        mediaIds,
      };
      state.scheduled.push(scheduled);
      for (const m of media) if (m) m.statusId = scheduled.id;
      if (idempotencyKey) {
        state.idempotency.set(`${account.id}:${idempotencyKey}`, {
          kind: 'scheduled',
          id: scheduled.id,
          expiresAt: state.now() + HOUR,
        });
      }
      return { status: 200, body: scheduledEntity(scheduled, state, base) };
    }

    const limiter = state.rateWindow(
      'statuses',
      account.id,
      state.options.statusesPerWindow,
      state.options.statusWindowMs,
    );
    if (limiter.exceeded) throw new HttpProblem(429, 'Too many requests', limiter.headers());
    limiter.record();
    const status: FakeStatus = {
      id: state.nextId(),
      accountId: account.id,
      createdAt: state.now(),
      text,
      spoilerText,
      visibility,
      language,
      inReplyToId,
      sensitive: bool(p.sensitive),
      mediaIds,
      idempotencyKey,
    };
    state.statuses.push(status);
    for (const m of media) if (m) m.statusId = status.id;
    if (idempotencyKey) {
      state.idempotency.set(`${account.id}:${idempotencyKey}`, {
        kind: 'status',
        id: status.id,
        expiresAt: state.now() + HOUR,
      });
    }
    return { status: 200, body: statusEntity(status, state, base), headers: limiter.headers() };
  }

  async function createMedia(req: http.IncomingMessage, record: FakeRequest, body: Buffer): Promise<Reply> {
    const account = requireAccount(req, record, 'write:media');
    // Rack::Attack counts every POST to the media endpoints, valid or not, before the controller runs.
    const limiter = state.rateWindow('media', account.id, state.options.mediaPerWindow, state.options.mediaWindowMs);
    if (limiter.exceeded) throw new HttpProblem(429, 'Too many requests', { ...limiter.headers() });
    limiter.record();
    const p = await parseBody(req, body);
    const file = p.file;
    if (!(file instanceof Blob)) throw new HttpProblem(422, "Validation failed: File can't be blank");
    const mimeType = file.type.split(';')[0]?.trim() ?? '';
    if (!state.options.supportedMimeTypes.includes(mimeType)) {
      throw new HttpProblem(422, 'Validation failed: File content type is invalid, File is invalid');
    }
    const description = str(p.description) ?? null;
    if (description !== null && [...description].length > state.options.descriptionLimit) {
      throw new HttpProblem(
        422,
        `Validation failed: Description is too long (maximum is ${state.options.descriptionLimit} characters)`,
      );
    }
    const bytes = Buffer.from(await file.arrayBuffer());
    const isImage = mimeType.startsWith('image/');
    let width: number | undefined;
    let height: number | undefined;
    if (isImage) {
      if (bytes.length > state.options.imageSizeLimit) {
        throw new HttpProblem(
          422,
          `Validation failed: File file size must be less than ${Math.round(state.options.imageSizeLimit / 1024 / 1024)} MB`,
        );
      }
      try {
        const meta = await sharp(bytes).metadata();
        width = meta.width;
        height = meta.height;
      } catch {
        throw new HttpProblem(422, 'Validation failed: File has contents that are not what they are reported to be');
      }
      if (width && height && width * height > state.options.imageMatrixLimit) {
        // Upstream's exact wording for this case is unverified.
        throw new HttpProblem(422, 'Validation failed: File dimensions are too large');
      }
    }
    const media: FakeMedia = {
      id: state.nextId(),
      accountId: account.id,
      type: isImage ? (mimeType === 'image/gif' ? 'gifv' : 'image') : mimeType.startsWith('video/') ? 'video' : 'audio',
      mimeType,
      size: bytes.length,
      width,
      height,
      description,
      pollsLeft: state.mediaPollsUntilReady === null ? 0 : state.mediaPollsUntilReady + 1,
      statusId: null,
    };
    state.media.set(media.id, media);
    // 202 while processing continues in the background; 200 when it was synchronous.
    return { status: media.pollsLeft > 0 ? 202 : 200, body: mediaEntity(media, base) };
  }

  function getMedia(req: http.IncomingMessage, record: FakeRequest, id: string): Reply {
    const account = requireAccount(req, record, 'write:media');
    const media = state.media.get(id);
    if (!media || media.accountId !== account.id) throw new HttpProblem(404, 'Record not found');
    // Each poll moves processing along; the poll that finds it done answers 200 with the url.
    if (media.pollsLeft > 0) media.pollsLeft--;
    return { status: media.pollsLeft > 0 ? 206 : 200, body: mediaEntity(media, base) };
  }

  function instance(): Reply {
    return {
      status: 200,
      body: {
        domain: new URL(base).host,
        title: 'Fake Mastodon',
        version: '4.5.0',
        source_url: 'https://github.com/mastodon/mastodon',
        description: 'A local Mastodon for crier tests',
        usage: { users: { active_month: state.accounts.length } },
        thumbnail: { url: `${base}/thumbnail.png` },
        languages: ['en', 'fr'],
        configuration: {
          urls: { streaming: base.replace(/^http/, 'ws') },
          accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
          statuses: {
            max_characters: state.maxCharacters,
            max_media_attachments: state.maxMediaAttachments,
            characters_reserved_per_url: state.charactersReservedPerUrl,
          },
          media_attachments: {
            supported_mime_types: state.options.supportedMimeTypes,
            description_limit: state.options.descriptionLimit,
            image_size_limit: state.options.imageSizeLimit,
            image_matrix_limit: state.options.imageMatrixLimit,
            video_size_limit: 103_809_024,
            video_frame_rate_limit: 120,
            video_matrix_limit: 8_294_400,
          },
          polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2_629_746 },
          translation: { enabled: false },
        },
        registrations: { enabled: false, approval_required: false, message: null },
        contact: { email: 'admin@fake.invalid', account: null },
        rules: [],
      },
    };
  }

  function accountStatuses(req: http.IncomingMessage, record: FakeRequest, id: string, query: URLSearchParams): Reply {
    const account = state.accounts.find((a) => a.id === id);
    if (!account) throw new HttpProblem(404, 'Record not found');
    const viewer = authenticate(req, record);
    const limit = Math.min(Math.max(Number(query.get('limit') ?? 20) || 20, 1), 40);
    const maxId = query.get('max_id');
    const sinceId = query.get('since_id') ?? query.get('min_id');
    let list = state.statuses
      .filter((s) => s.accountId === id)
      .filter((s) => viewer?.id === id || s.visibility === 'public' || s.visibility === 'unlisted')
      .filter((s) => !(bool(query.get('exclude_replies')) && s.inReplyToId))
      .filter((s) => !maxId || BigInt(s.id) < BigInt(maxId))
      .filter((s) => !sinceId || BigInt(s.id) > BigInt(sinceId))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    list = list.slice(0, limit);
    const headers: Record<string, string> = {};
    const last = list.at(-1);
    const first = list[0];
    if (first && last) {
      const path = `${base}/api/v1/accounts/${id}/statuses`;
      headers.Link = `<${path}?limit=${limit}&max_id=${last.id}>; rel="next", <${path}?limit=${limit}&min_id=${first.id}>; rel="prev"`;
    }
    return { status: 200, body: list.map((s) => statusEntity(s, state, base)), headers };
  }

  async function route(req: http.IncomingMessage, record: FakeRequest, body: Buffer): Promise<Reply> {
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const accountStatusesPath = path.match(/^\/api\/v1\/accounts\/(\d+)\/statuses$/);
    const statusPath = path.match(/^\/api\/v1\/statuses\/(\d+)$/);
    const mediaPath = path.match(/^\/api\/v1\/media\/(\d+)$/);
    if (method === 'GET' && path === '/api/v2/instance') return instance();
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') {
      const account = requireAccount(req, record, 'read:accounts');
      return {
        status: 200,
        body: {
          ...accountEntity(account, state, base),
          source: { privacy: 'public', sensitive: false, language: null, note: '', fields: [] },
        },
      };
    }
    if (method === 'GET' && accountStatusesPath) {
      return accountStatuses(req, record, accountStatusesPath[1] ?? '', url.searchParams);
    }
    if (method === 'POST' && path === '/api/v1/statuses') return createStatus(req, record, body);
    if (statusPath) {
      const status = state.statuses.find((s) => s.id === statusPath[1]);
      if (method === 'GET') {
        if (!status) throw new HttpProblem(404, 'Record not found');
        return { status: 200, body: statusEntity(status, state, base) };
      }
      if (method === 'PUT') {
        // Upstream: the author edits text, language, spoiler, sensitivity; id, URL and replies stay.
        const account = requireAccount(req, record, 'write:statuses');
        if (!status || status.accountId !== account.id) throw new HttpProblem(404, 'Record not found');
        const p = await parseBody(req, body);
        const text = str(p.status);
        if (!text) throw new HttpProblem(422, "Validation failed: Text can't be blank");
        if (fakeMastodonLength(text, state.charactersReservedPerUrl) > state.maxCharacters) {
          throw new HttpProblem(422, `Validation failed: Text character limit of ${state.maxCharacters} exceeded`);
        }
        status.history = [...(status.history ?? []), status.text];
        status.text = text;
        if (str(p.language)) status.language = str(p.language) ?? null;
        status.editedAt = state.now();
        return { status: 200, body: statusEntity(status, state, base) };
      }
      if (method === 'DELETE') {
        const account = requireAccount(req, record, 'write:statuses');
        if (!status || status.accountId !== account.id) throw new HttpProblem(404, 'Record not found');
        state.statuses.splice(state.statuses.indexOf(status), 1);
        return { status: 200, body: { ...statusEntity(status, state, base), text: status.text } };
      }
    }
    if (method === 'POST' && (path === '/api/v2/media' || path === '/api/v1/media')) {
      return createMedia(req, record, body);
    }
    if (method === 'GET' && mediaPath) return getMedia(req, record, mediaPath[1] ?? '');
    if (method === 'GET' && path === '/api/v1/scheduled_statuses') {
      const account = requireAccount(req, record, 'read:statuses');
      return {
        status: 200,
        body: state.scheduled.filter((s) => s.accountId === account.id).map((s) => scheduledEntity(s, state, base)),
      };
    }
    throw new HttpProblem(404, 'Record not found');
  }

  const server = http.createServer(async (req, res) => {
    const record: FakeRequest = { method: req.method ?? 'GET', path: req.url ?? '/' };
    const key = req.headers['idempotency-key'];
    if (typeof key === 'string') record.idempotencyKey = key;
    state.requests.push(record);
    const body = await readBody(req);
    if (body === undefined) return;

    const fault = state.takeFault(`${record.method} ${record.path}`);
    record.fault = fault?.kind;
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'drop') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      record.status = fault.status ?? 503;
      const payload = typeof fault.body === 'string' ? fault.body : JSON.stringify(fault.body ?? {});
      res.writeHead(record.status, { 'Content-Type': 'application/json; charset=utf-8', ...fault.headers });
      res.end(payload);
      return;
    }

    let reply: Reply;
    try {
      reply = await route(req, record, body);
    } catch (error) {
      reply =
        error instanceof HttpProblem
          ? { status: error.status, body: { error: error.message }, headers: error.headers }
          : { status: 500, body: { error: `fake bug: ${(error as Error).message}` } };
    }
    record.status = reply.status;
    if (fault?.kind === 'commit-then-drop') {
      req.socket.destroy();
      return;
    }
    const payload = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(payload)),
      ...reply.headers,
    });
    res.end(payload);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    state,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
