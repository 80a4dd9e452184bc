import type { Redis } from 'ioredis';
import type { Settings } from '../src/config.js';
import type { PlatformId } from '../src/platforms/platform.js';
import { slotTag } from '../src/redis/keys.js';
import { loadScript, runScript } from '../src/redis/script.js';

const TAKE = loadScript(new URL('./scripts/take-budget.lua', import.meta.url));

/**
 * Each account's rate budget, kept in Redis so every worker process shares it (docs/queue-and-ledger.md, "Many
 * accounts"): `settings.platforms.<platform>.rateLimit` posts per window, and a 429's reset, which stops the
 * account alone. The publisher asks before each post; a post out of budget waits as a delayed job, so the other
 * accounts' posts in the platform's one queue go first.
 * Keys: `<prefix>:budget:<platform>.<account>` (the window's count) and `…:blocked` (until a 429's reset), one
 * hash tag on a cluster, so the script touches one slot (src/redis/keys.ts).
 */
export class AccountBudget {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limits: { [P in PlatformId]: Settings['platforms'][P]['rateLimit'] },
  ) {}

  private key(platform: PlatformId, account: string): string {
    return `${this.prefix}:budget:${slotTag(this.redis, `${platform}.${account}`)}`;
  }

  /** Counts one post in the account's budget: 0 when it may go now, else how many ms until it may try again. */
  async take(platform: PlatformId, account: string): Promise<number> {
    const key = this.key(platform, account);
    const { max, durationMs } = this.limits[platform];
    return Number(await runScript(this.redis, TAKE, [key, `${key}:blocked`], [max, durationMs]));
  }

  /** The platform answered 429: no post of this account starts before the reset (the last 429 says when). */
  async block(platform: PlatformId, account: string, ms: number): Promise<void> {
    await this.redis.set(`${this.key(platform, account)}:blocked`, '1', 'PX', Math.max(1, Math.ceil(ms)));
  }
}
