import { describe, expect, test } from '@jest/globals';
import { accountVar, ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  test('with no credentials, every platform is disabled and says which variables it lacks', () => {
    const config = loadConfig({});
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.accounts.x[0]).toMatchObject({ enabled: false, missing: expect.arrayContaining(['X_API_KEY']) });
    expect(config.accounts.mastodon[0]).toMatchObject({ enabled: false });
  });

  test('a platform with all its variables is enabled; its secrets are listed for redaction', () => {
    const config = loadConfig({ MASTODON_URL: 'https://social.example', MASTODON_ACCESS_TOKEN: 'tok-123456' });
    expect(config.accounts.mastodon[0]).toMatchObject({
      enabled: true,
      credentials: { url: 'https://social.example', accessToken: 'tok-123456' },
    });
    expect(config.secrets).toContain('tok-123456');
  });

  test.each([
    [{ X_API_KEY: 'k' }, /X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_SECRET/],
    [{ BLUESKY_IDENTIFIER: 'me.bsky.social' }, /BLUESKY_APP_PASSWORD/],
    [{ MASTODON_URL: 'not a url', MASTODON_ACCESS_TOKEN: 't' }, /MASTODON_URL must be an http\(s\) URL/],
    [{ REDIS_URL: 'http://nope' }, /REDIS_URL/],
    [{ REDIS_CLUSTER_NODES: '10.0.0.5' }, /REDIS_CLUSTER_NODES.*host:port/],
    [{ REDIS_CLUSTER_NODES: 'redis://10.0.0.5:7000' }, /REDIS_CLUSTER_NODES.*host:port/],
    [{ CRIER_PREFIX: '{crier}' }, /CRIER_PREFIX.*braces/],
  ])('half or wrong configuration is refused at start: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  test('a named account reads its own variables', () => {
    expect(accountVar('MASTODON_ACCESS_TOKEN', 'news')).toBe('MASTODON_NEWS_ACCESS_TOKEN');
    expect(accountVar('X_API_KEY', 'default')).toBe('X_API_KEY');
  });
});

test.each([
  [{}, undefined],
  [{ REDIS_CLUSTER_NODES: '10.0.0.5:7000' }, ['10.0.0.5:7000']],
  [{ REDIS_CLUSTER_NODES: ' 10.0.0.5:7000, redis-2.internal:7001 ,' }, ['10.0.0.5:7000', 'redis-2.internal:7001']],
])('REDIS_CLUSTER_NODES %j: the cluster seed nodes %j', (env, nodes) => {
  expect(loadConfig(env).redisClusterNodes).toEqual(nodes);
});

test('variables left empty, as in a copied .env.example, count as unset', () => {
  const config = loadConfig({ PORT: '', CRIER_CONFIG: '', X_API_KEY: '', X_API_URL: '', MASTODON_URL: ' ' });
  expect(config.port).toBe(8080);
  expect(config.accounts.x[0]?.enabled).toBe(false);
  expect(config.accounts.mastodon[0]?.enabled).toBe(false);
});

describe('delivery: retries until a horizon', () => {
  test('by default: 5 s first backoff, doubling up to 10 min, for 24 h after the post was due', () => {
    expect(loadConfig({}).settings.delivery).toMatchObject({
      backoffMs: 5_000,
      maxBackoffMs: 600_000,
      retryHorizonMs: 86_400_000,
    });
  });

  test.each([
    [{ maxBackoffMs: 1_000, backoffMs: 5_000 }, /delivery\.maxBackoffMs: maxBackoffMs must be at least backoffMs/],
    [{ retryHorizonMs: 0 }, /delivery\.retryHorizonMs/],
  ])('a setting that cannot work is refused with where it is: %j', (delivery, message) => {
    expect(() => loadConfig({}, { delivery })).toThrow(message);
  });
});

describe('follow the article (docs/operator.md)', () => {
  test('leave by default; edit and repost per platform', () => {
    expect(loadConfig({}).settings.follow).toEqual({});
    const follow = { mastodon: 'edit', bluesky: 'repost', x: 'leave' };
    expect(loadConfig({}, { follow }).settings.follow).toEqual(follow);
  });

  test('anything else is refused with where it is', () => {
    expect(() => loadConfig({}, { follow: { x: 'delete' } })).toThrow(/follow\.x/);
  });
});

describe('the schedule time zone', () => {
  // ICU's list of canonical zones answers most; the others are asked of Intl.DateTimeFormat (config.ts).
  test.each(['Europe/Paris', 'America/New_York', 'UTC', 'Etc/GMT+5', 'europe/paris', 'Asia/Kolkata'])(
    '%s is accepted',
    (timezone) => {
      expect(loadConfig({}, { schedule: { timezone } }).settings.schedule.timezone).toBe(timezone);
    },
  );

  test.each(['Europe/Lyon', 'Paris', '', 'UTC+1'])('%j is refused with where it is', (timezone) => {
    expect(() => loadConfig({}, { schedule: { timezone } })).toThrow(/schedule\.timezone: an IANA time zone/);
  });
});

describe('the AI writer', () => {
  test('unset: nothing changes', () => {
    expect(loadConfig({}).ai).toBeUndefined();
  });

  test('set: the endpoint, the model, the key (redacted like every key), the prompt read once', () => {
    const config = loadConfig({
      CRIER_AI_URL: 'http://localhost:11434/v1',
      CRIER_AI_MODEL: 'llama3.1',
      CRIER_AI_API_KEY: 'sk-secret-abcdef',
    });
    expect(config.ai).toMatchObject({
      url: 'http://localhost:11434/v1',
      model: 'llama3.1',
      apiKey: 'sk-secret-abcdef',
    });
    expect(config.ai?.prompt).toMatch(/social media editor/);
    expect(config.secrets).toContain('sk-secret-abcdef');
  });

  test.each([
    [{ CRIER_AI_URL: 'https://api.openai.com/v1' }, /set CRIER_AI_MODEL as well/],
    [{ CRIER_AI_MODEL: 'gpt-4o-mini' }, /set CRIER_AI_URL as well/],
    [{ CRIER_AI_URL: 'not a url', CRIER_AI_MODEL: 'm' }, /CRIER_AI_URL/],
  ])('half or wrong: a clear error at start (%j)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
