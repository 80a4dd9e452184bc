import type { Redis } from 'ioredis';
import { fetchImage } from '../article/fetch-image.js';
import type { AccountStatus, BlueskyCredentials, Config, MastodonCredentials, XCredentials } from '../config.js';
import type { Logger } from '../log.js';
import type { PlatformAdapter } from './adapter.js';
import { createDryRunAdapter } from './dry-run/adapter.js';
import type { MastodonLimits } from './mastodon/counter.js';
import { PLATFORMS, type PlatformId } from './platform.js';

/**
 * Builds one adapter per enabled account from the Config, and says which platforms are enabled and
 * which are disabled, and why ("mastodon: disabled (set MASTODON_URL and MASTODON_ACCESS_TOKEN)").
 * In dry-run mode every configured account gets the dry-run target, credentials or not.
 */
export interface Registry {
  readonly adapters: PlatformAdapter[];
  /** One line per platform for the operator, e.g. "x: enabled (default)". */
  readonly summary: string[];
  get(platform: PlatformId, account: string): PlatformAdapter | undefined;
  /**
   * The limits the Mastodon teaser is fitted to: the strictest of every Mastodon account's instance (each
   * cached by its adapter; the settings' for one that cannot be read), or undefined without Mastodon accounts.
   */
  mastodonLimits(): Promise<MastodonLimits | undefined>;
  close(): Promise<void>;
}

export interface RegistryOptions {
  config: Config;
  redis: Redis;
  logger?: Logger;
  dryRun: boolean;
  /** Only these platforms (default: all). */
  platforms?: readonly PlatformId[];
  /** Benchmark switch: dry-run adapters that write nothing. */
  noop?: boolean;
}

type MastodonAdapter = PlatformAdapter<'mastodon'> & { limits(): Promise<MastodonLimits> };

/** How long an instance whose limits could not be read counts with the settings' before it is asked again. */
const LIMITS_RETRY_MS = 60_000;

export async function buildRegistry(options: RegistryOptions): Promise<Registry> {
  const { config, redis, logger } = options;
  const wanted = options.platforms ?? PLATFORMS;
  const adapters: PlatformAdapter[] = [];
  const summary: string[] = [];
  const mastodons: MastodonAdapter[] = [];
  const unreadableUntil = new Map<MastodonAdapter, number>();

  for (const platform of PLATFORMS) {
    const accounts = config.accounts[platform] as Array<AccountStatus<PlatformId>>;
    if (!wanted.includes(platform)) {
      summary.push(`${platform}: disabled (not in --platforms)`);
      continue;
    }
    if (options.dryRun) {
      for (const { account } of accounts) {
        adapters.push(createDryRunAdapter({ platform, account, outbox: config.outbox, noop: options.noop }));
      }
      summary.push(`${platform}: dry run (${accounts.map((a) => a.account).join(', ')}) → ${config.outbox}`);
      continue;
    }
    const enabled: string[] = [];
    const disabled: string[] = [];
    for (const status of accounts) {
      if (!status.enabled) {
        disabled.push(
          accounts.length === 1
            ? `set ${joinAnd(status.missing)}`
            : `${status.account}: set ${joinAnd(status.missing)}`,
        );
        continue;
      }
      const adapter = await createAdapter(status, { redis, prefix: config.prefix, logger, config });
      if (adapter.platform === 'mastodon') mastodons.push(adapter as MastodonAdapter);
      adapters.push(adapter);
      enabled.push(status.account);
    }
    if (enabled.length > 0 && disabled.length === 0) summary.push(`${platform}: enabled (${enabled.join(', ')})`);
    else if (enabled.length > 0)
      summary.push(`${platform}: enabled (${enabled.join(', ')}); disabled (${disabled.join('; ')})`);
    else summary.push(`${platform}: disabled (${disabled.join('; ')})`);
  }

  return {
    adapters,
    summary,
    get: (platform, account) => adapters.find((a) => a.platform === platform && a.account === account),
    async mastodonLimits() {
      const { maxCharacters, charactersReservedPerUrl } = config.settings.platforms.mastodon;
      const configured = { maxCharacters, charactersReservedPerUrl };
      const limits = await Promise.all(
        mastodons.map(async (adapter): Promise<MastodonLimits> => {
          // An instance that just failed is not asked again for a while: every compose job would wait
          // for its timeout, X and Bluesky posts included.
          if ((unreadableUntil.get(adapter) ?? 0) > Date.now()) return configured;
          try {
            return await adapter.limits();
          } catch (error) {
            unreadableUntil.set(adapter, Date.now() + LIMITS_RETRY_MS);
            logger?.warn(
              { err: error, account: adapter.account },
              'cannot read the Mastodon instance limits; using the settings for this account',
            );
            return configured;
          }
        }),
      );
      const [first, ...rest] = limits;
      return first && strictestLimits([first, ...rest]);
    },
    async close() {
      await Promise.all(adapters.map((a) => a.close?.()));
    },
  };
}

/**
 * Limits that every one of the given instances accepts: the smallest post length and the largest count for
 * a link. One Mastodon teaser per article goes to all Mastodon accounts, so it is fitted to these: a text
 * within them is within each instance's own (a link counted as more than an instance counts it only makes
 * the text look longer to crier than to that instance).
 */
function strictestLimits(limits: readonly [MastodonLimits, ...MastodonLimits[]]): MastodonLimits {
  return {
    maxCharacters: Math.min(...limits.map((l) => l.maxCharacters)),
    charactersReservedPerUrl: Math.max(...limits.map((l) => l.charactersReservedPerUrl)),
  };
}

function joinAnd(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

interface FactoryContext {
  redis: Redis;
  prefix: string;
  logger?: Logger;
  config: Config;
}

async function createAdapter(
  status: Extract<AccountStatus<PlatformId>, { enabled: true }>,
  context: FactoryContext,
): Promise<PlatformAdapter> {
  const fetchSettings = context.config.settings.fetch;
  const common = {
    account: status.account,
    redis: context.redis,
    prefix: context.prefix,
    logger: context.logger,
    // The article image (card thumb, attachment, media) through intake's guards: timeout, size cap,
    // redirect limit, no private addresses unless allowed, image content types only.
    fetchImage: (url: string) => fetchImage(url, fetchSettings),
  };
  // Imported on demand: a worker that posts to one platform never loads the others' clients.
  switch (status.platform) {
    case 'x': {
      const { createXAdapter } = await import('./x/adapter.js');
      return createXAdapter({ ...common, credentials: status.credentials as XCredentials });
    }
    case 'bluesky': {
      const { createBlueskyAdapter } = await import('./bluesky/adapter.js');
      return createBlueskyAdapter({ ...common, credentials: status.credentials as BlueskyCredentials });
    }
    case 'mastodon': {
      const { createMastodonAdapter } = await import('./mastodon/adapter.js');
      return createMastodonAdapter({
        ...common,
        credentials: status.credentials as MastodonCredentials,
        visibility: context.config.settings.platforms.mastodon.visibility,
      });
    }
  }
}

/** A registry of ready-made adapters (tests, benchmarks, embedding crier). */
export function staticRegistry(adapters: PlatformAdapter[]): Registry {
  return {
    adapters,
    summary: adapters.map((a) => `${a.platform}: enabled (${a.account})`),
    get: (platform, account) => adapters.find((a) => a.platform === platform && a.account === account),
    mastodonLimits: async () => undefined,
    close: async () => undefined,
  };
}
