import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { packagePath } from './paths.js';
import { PLATFORMS, type PlatformId } from './platforms/platform.js';

/**
 * The only module that reads `process.env` (through `loadConfig`'s default argument) and the
 * operator's settings file. Everything else receives the typed, validated `Config` it returns.
 */

export class ConfigError extends Error {
  override name = 'ConfigError';
}

// ---------- settings: config/defaults.json, overlaid by the operator's file (CRIER_CONFIG) ----------

const RateLimitSchema = z.object({
  max: z.int().positive(),
  durationMs: z.int().positive(),
});
const AccountsSchema = z.array(z.string().regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and "_"')).min(1);
const UtmSchema = z.object({ source: z.string(), medium: z.string(), campaign: z.string().optional() });

const SettingsSchema = z.object({
  teaser: z.object({
    maxHashtags: z.int().min(0).max(10),
    maxEmoji: z.int().min(0).max(2),
    /** UTM parameters added to the link, per platform (none by default). */
    utm: z.partialRecord(z.enum(PLATFORMS), UtmSchema),
  }),
  platforms: z.object({
    x: z.object({ accounts: AccountsSchema, maxWeightedLength: z.int().positive(), rateLimit: RateLimitSchema }),
    bluesky: z.object({ accounts: AccountsSchema, rateLimit: RateLimitSchema }),
    mastodon: z.object({
      accounts: AccountsSchema,
      /** Used until the instance's own limits are read from /api/v2/instance. */
      maxCharacters: z.int().positive(),
      charactersReservedPerUrl: z.int().positive(),
      visibility: z.enum(['public', 'unlisted', 'private', 'direct']),
      rateLimit: RateLimitSchema,
    }),
  }),
  schedule: z.object({
    timezone: z.string().refine(isTimeZone, 'an IANA time zone such as "Europe/Paris"'),
    /** Posting slots as cron expressions (5 fields) in `timezone`. */
    slots: z.array(z.string()),
    staggerMinutes: z.record(z.enum(PLATFORMS), z.number().min(0)),
    defaultWhen: z.enum(['now', 'slot']),
  }),
  feeds: z.object({
    defaultCron: z.string(),
    /** How many of a new feed's existing items to post on its first poll. */
    firstPollBacklog: z.int().min(0),
  }),
  /**
   * Publishing retries (docs/queue-and-ledger.md, "Retries"): a transient failure (network, 5xx, 429) is
   * tried again after `backoffMs`, doubling up to `maxBackoffMs`, until `retryHorizonMs` after the post
   * was due; only a permanent error or the end of the horizon fails a post.
   */
  delivery: z
    .object({
      backoffMs: z.int().positive(),
      maxBackoffMs: z.int().positive(),
      retryHorizonMs: z.int().positive(),
      keepCompletedJobs: z.int().min(0),
    })
    .refine((d) => d.maxBackoffMs >= d.backoffMs, {
      message: 'maxBackoffMs must be at least backoffMs',
      path: ['maxBackoffMs'],
    }),
  /** Operator control (docs/operator.md): review before posting, following an article, the X bill. */
  review: z
    .object({
      /** Every post waits in `draft` until approved. */
      all: z.boolean().default(false),
      /** Per source of the article: the CLI, the HTTP API, the feed poller. */
      sources: z.partialRecord(z.enum(['cli', 'api', 'feed']), z.boolean()).default({}),
      /** Per feed, by its id or URL (wins over the source). */
      feeds: z.record(z.string(), z.boolean()).default({}),
    })
    .default({ all: false, sources: {}, feeds: {} }),
  /** When a posted article comes back changed: `leave` it (default), `edit` it in place (Mastodon only), or `repost` (retract, post anew). */
  follow: z.partialRecord(z.enum(PLATFORMS), z.enum(['leave', 'edit', 'repost'])).default({}),
  xBill: z
    .object({
      /** US dollars per request: X's pay-per-use list (docs/platforms/x.md); media's price is the operator's. */
      prices: z
        .object({ post: z.number().min(0), postWithLink: z.number().min(0), mediaUpload: z.number().min(0) })
        .default({ post: 0.015, postWithLink: 0.2, mediaUpload: 0 }),
      monthlyBudgetUsd: z.record(z.string(), z.number().min(0)).default({}),
    })
    .default({ prices: { post: 0.015, postWithLink: 0.2, mediaUpload: 0 }, monthlyBudgetUsd: {} }),
  fetch: z.object({
    timeoutMs: z.int().positive(),
    maxBytes: z.int().positive(),
    maxRedirects: z.int().min(0),
    /** Tests and intranet deployments only: allow fetching loopback, private and link-local addresses. */
    allowPrivateAddresses: z.boolean(),
  }),
  /** The optional AI writer (docs/ai-writer.md): used only when CRIER_AI_URL and CRIER_AI_MODEL are set. */
  ai: z.object({
    /** One model call (and the one request to shorten) each get this long before the extractive post is used. */
    timeoutMs: z.int().positive(),
    /** Model calls in flight at once per worker process (the endpoint's concurrency). */
    concurrency: z.int().min(1),
    /** The answer's token budget (max_tokens). */
    maxTokens: z.int().positive(),
    /** How long a model's answer for one article version is kept in Redis (retries and re-composes reuse it). */
    cacheTtlSeconds: z.int().positive(),
    /** The system prompt, a Markdown file an operator may edit; relative paths are from the package root. */
    promptFile: z.string().min(1),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * A time zone Intl.DateTimeFormat accepts. Most are in ICU's list of canonical zones, cheap to read; only the
 * others (aliases such as "UTC", other spellings) build a formatter, whose first start-up costs every command
 * ~15 ms of CPU.
 */
function isTimeZone(tz: string): boolean {
  if (Intl.supportedValuesOf('timeZone').includes(tz)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const DEFAULTS_PATH = packagePath('config', 'defaults.json');

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the settings file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the settings file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and scalars from the overlay replace the defaults. */
function deepMerge(base: unknown, overlay: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay === undefined ? base : overlay;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/**
 * Settings and environment are parsed once per process: without zod's JIT, which compiles a parser for each
 * object schema on its first use, worth it for schemas parsed many times, not for these (bench/cli.ts).
 */
const ONCE = { jitless: true } as const;

function parseSettings(raw: unknown, where: string): Settings {
  const result = SettingsSchema.safeParse(raw, ONCE);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    throw new ConfigError(`invalid settings in ${where}:\n${problems}`);
  }
  return result.data;
}

export function loadSettings(operatorFile?: string, overrides: unknown = {}): Settings {
  const defaults = readJson(DEFAULTS_PATH);
  const operator = operatorFile ? readJson(operatorFile) : {};
  return parseSettings(deepMerge(deepMerge(defaults, operator), overrides), operatorFile ?? 'config/defaults.json');
}

// ---------- environment ----------

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));
const flag = z
  .enum(['', '0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** Seed nodes of a Redis Cluster, `host:port,host:port,…`: when set, crier connects with ioredis' cluster client. */
  REDIS_CLUSTER_NODES: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[^\s:/]+:\d{1,5}$/, 'host:port, such as 10.0.0.5:7000'))),
  CRIER_PREFIX: z
    .string()
    .regex(/^[^:\s{}]+$/, 'no ":", spaces or braces')
    .default('crier'),
  CRIER_CONFIG: optional,
  CRIER_DRY_RUN: flag,
  CRIER_OUTBOX: z.string().default('outbox.jsonl'),
  CRIER_API_TOKEN: optional,
  /** Comma-separated URLs told of every published and failed post. */
  CRIER_WEBHOOK_URLS: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  CRIER_WEBHOOK_SECRET: optional,
  /** An OpenAI-compatible base URL (https://api.openai.com/v1, http://localhost:11434/v1…): turns the AI writer on. */
  CRIER_AI_URL: z.url({ protocol: /^https?$/ }).optional(),
  CRIER_AI_MODEL: optional,
  CRIER_AI_API_KEY: optional,
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The environment variables each platform needs, for the account named "default". */
const CREDENTIAL_VARS = {
  x: { appKey: 'X_API_KEY', appSecret: 'X_API_SECRET', accessToken: 'X_ACCESS_TOKEN', accessSecret: 'X_ACCESS_SECRET' },
  bluesky: { identifier: 'BLUESKY_IDENTIFIER', password: 'BLUESKY_APP_PASSWORD' },
  mastodon: { url: 'MASTODON_URL', accessToken: 'MASTODON_ACCESS_TOKEN' },
} as const satisfies Record<PlatformId, Record<string, string>>;

/** X also accepts OAuth 2.0 user tokens instead of OAuth 1.0a: these replace the four OAuth 1.0a variables. */
const X_OAUTH2_VARS = {
  clientId: 'X_CLIENT_ID',
  clientSecret: 'X_CLIENT_SECRET',
  refreshToken: 'X_OAUTH2_REFRESH_TOKEN',
} as const;

/** Service URLs: not secret, have defaults, shared by every account of the platform unless overridden. */
const SERVICE_VARS = { x: 'X_API_URL', bluesky: 'BLUESKY_SERVICE' } as const;

export type XCredentials =
  | { kind: 'oauth1'; appKey: string; appSecret: string; accessToken: string; accessSecret: string; apiUrl?: string }
  | { kind: 'oauth2'; clientId: string; clientSecret: string; refreshToken: string; apiUrl?: string };
export interface BlueskyCredentials {
  service: string;
  identifier: string;
  password: string;
}
export interface MastodonCredentials {
  url: string;
  accessToken: string;
}
interface CredentialsByPlatform {
  x: XCredentials;
  bluesky: BlueskyCredentials;
  mastodon: MastodonCredentials;
}

export type AccountStatus<P extends PlatformId> =
  | { platform: P; account: string; enabled: true; credentials: CredentialsByPlatform[P] }
  | { platform: P; account: string; enabled: false; missing: string[] };

export interface Config {
  redisUrl: string;
  /**
   * Seed nodes (`host:port`) of a Redis Cluster, or undefined for one Redis. On a cluster, REDIS_URL still gives
   * the scheme (rediss: for TLS), user and password used for every node; its host and port are not used.
   */
  redisClusterNodes: string[] | undefined;
  prefix: string;
  dryRun: boolean;
  outbox: string;
  apiToken: string | undefined;
  /** Outgoing webhooks, when CRIER_WEBHOOK_URLS is set (then CRIER_WEBHOOK_SECRET is required). */
  webhooks: { urls: string[]; secret: string } | undefined;
  port: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  settings: Settings;
  accounts: { [P in PlatformId]: Array<AccountStatus<P>> };
  /** Every secret value found in the environment, for log redaction. */
  secrets: string[];
  /** The AI writer, when CRIER_AI_URL and CRIER_AI_MODEL are set; undefined leaves the extractive engine alone. */
  ai: AiConfig | undefined;
}

/** What the AI writer needs (src/writers/ai/options.ts describes the same shape; config.ts imports no writer). */
export interface AiConfig {
  url: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
  concurrency: number;
  maxTokens: number;
  cacheTtlSeconds: number;
  /** The text of the prompt file, read once here. */
  prompt: string;
  promptFile: string;
}

function aiConfig(e: z.infer<typeof EnvSchema>, settings: Settings): AiConfig | undefined {
  if (!e.CRIER_AI_URL && !e.CRIER_AI_MODEL) return undefined;
  if (!e.CRIER_AI_URL || !e.CRIER_AI_MODEL) {
    throw new ConfigError(
      `the AI writer is half configured: set ${e.CRIER_AI_URL ? 'CRIER_AI_MODEL' : 'CRIER_AI_URL'} as well, or unset both to keep the extractive engine alone`,
    );
  }
  const { promptFile, ...rest } = settings.ai;
  const path = isAbsolute(promptFile) ? promptFile : packagePath(promptFile);
  let prompt: string;
  try {
    prompt = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the AI prompt ${path} (settings ai.promptFile): ${(error as Error).message}`);
  }
  return {
    url: e.CRIER_AI_URL,
    model: e.CRIER_AI_MODEL,
    apiKey: e.CRIER_AI_API_KEY,
    ...rest,
    prompt,
    promptFile: path,
  };
}

/** `X_API_KEY` for the default account, `X_NEWS_API_KEY` for the account "news". */
export function accountVar(name: string, account: string): string {
  if (account === 'default') return name;
  const [platform, ...rest] = name.split('_');
  return [platform, account.toUpperCase(), ...rest].join('_');
}

type Env = Record<string, string | undefined>;

function readVars<T extends Record<string, string>>(env: Env, vars: T, account: string) {
  const values: Partial<Record<keyof T, string>> = {};
  const missing: string[] = [];
  for (const [key, name] of Object.entries(vars) as Array<[keyof T, string]>) {
    const variable = accountVar(name, account);
    const value = env[variable]?.trim();
    if (value) values[key] = value;
    else missing.push(variable);
  }
  return { values, missing, present: Object.keys(vars).length - missing.length };
}

function incomplete(platform: PlatformId, account: string, missing: string[]): ConfigError {
  return new ConfigError(
    `${platform} account "${account}" is half configured: set ${missing.join(', ')} as well, or unset its other variables to disable it`,
  );
}

function accountStatus<P extends PlatformId>(platform: P, account: string, env: Env): AccountStatus<P> {
  const main = readVars(env, CREDENTIAL_VARS[platform], account);
  if (platform === 'x' && main.present === 0) {
    const oauth2 = readVars(env, X_OAUTH2_VARS, account);
    if (oauth2.missing.length === 0) {
      const credentials = {
        kind: 'oauth2',
        ...oauth2.values,
        apiUrl: env[SERVICE_VARS.x]?.trim() || undefined,
      } as XCredentials;
      return { platform, account, enabled: true, credentials: credentials as CredentialsByPlatform[P] };
    }
    if (oauth2.present > 0) throw incomplete(platform, account, oauth2.missing);
  }
  if (main.present > 0 && main.missing.length > 0) throw incomplete(platform, account, main.missing);
  if (main.missing.length > 0) return { platform, account, enabled: false, missing: main.missing };
  const credentials =
    platform === 'x'
      ? { kind: 'oauth1', ...main.values, apiUrl: env[SERVICE_VARS.x]?.trim() || undefined }
      : platform === 'bluesky'
        ? { service: env[SERVICE_VARS.bluesky]?.trim() || 'https://bsky.social', ...main.values }
        : main.values;
  if (platform === 'mastodon') assertUrl(accountVar('MASTODON_URL', account), (credentials as MastodonCredentials).url);
  if (platform === 'bluesky') assertUrl('BLUESKY_SERVICE', (credentials as BlueskyCredentials).service);
  return { platform, account, enabled: true, credentials: credentials as CredentialsByPlatform[P] };
}

function assertUrl(variable: string, value: string): void {
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ConfigError(`${variable} must be an http(s) URL such as https://mastodon.social (got "${value}")`);
  }
}

const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|_KEY)(_|$)/;

/** Parses the environment and the settings once, at the edge. Throws ConfigError with what to fix. */
export function loadConfig(rawEnv: Env = process.env, settingsOverrides: unknown = {}): Config {
  // A variable set to "" (as in a copied .env.example) means unset.
  const env: Env = Object.fromEntries(Object.entries(rawEnv).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(env, ONCE);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`invalid environment:\n${problems}`);
  }
  const e = parsed.data;
  const settings = loadSettings(e.CRIER_CONFIG, settingsOverrides);
  if (e.CRIER_WEBHOOK_URLS.length > 0 && !e.CRIER_WEBHOOK_SECRET) {
    throw new ConfigError(
      'CRIER_WEBHOOK_URLS is set: set CRIER_WEBHOOK_SECRET too, so receivers can verify deliveries',
    );
  }
  const accounts = {
    x: settings.platforms.x.accounts.map((a) => accountStatus('x', a, env)),
    bluesky: settings.platforms.bluesky.accounts.map((a) => accountStatus('bluesky', a, env)),
    mastodon: settings.platforms.mastodon.accounts.map((a) => accountStatus('mastodon', a, env)),
  };
  const secrets = Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value && value.length >= 4)
    .map(([, value]) => value as string);
  return {
    redisUrl: e.REDIS_URL,
    redisClusterNodes: e.REDIS_CLUSTER_NODES.length > 0 ? e.REDIS_CLUSTER_NODES : undefined,
    prefix: e.CRIER_PREFIX,
    dryRun: e.CRIER_DRY_RUN,
    outbox: e.CRIER_OUTBOX,
    apiToken: e.CRIER_API_TOKEN,
    webhooks:
      e.CRIER_WEBHOOK_URLS.length > 0 && e.CRIER_WEBHOOK_SECRET
        ? { urls: e.CRIER_WEBHOOK_URLS, secret: e.CRIER_WEBHOOK_SECRET }
        : undefined,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    settings,
    accounts,
    secrets,
    ai: aiConfig(e, settings),
  };
}

/** Reads `.env` (if present) into the environment; call once, in the CLI entry point. */
export async function loadDotenv(): Promise<void> {
  // `.default`: dotenv is CommonJS, and a bundle (bin/) gives a dynamic import of it only a default export.
  const { default: dotenv } = await import('dotenv');
  dotenv.config({ quiet: true });
}
