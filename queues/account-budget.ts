import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Settings } from '../src/config.js';
import type { PlatformId } from '../src/platforms/platform.js';
import { slotTag } from '../src/redis/keys.js';
import { loadScript, runScript } from '../src/redis/script.js';

const TAKE = loadScript(new URL('./scripts/take-budget.lua', import.meta.url));

/**
 * Each account's rate budget, kept in Redis so every worker process shares it (docs/queue-and-ledger.md, "Many
 * accounts"): at most `settings.platforms.<platform>.rateLimit.max` posts start in any `durationMs`, and none
 * before a 429's reset, which stops that account alone. The publisher asks before each post; a post out of budget
 * is given its start time and waits for it as a delayed job, so the other accounts' posts in the platform's one
 * queue go first, and a backlog is looked at once per post, not once per window.
 * Keys: `<prefix>:budget:<platform>.<account>` (starts), `…:blocked` (until a 429's reset), `…:reserved` (the
 * times kept for delayed posts), one hash tag on a cluster, so the script touches one slot (src/redis/keys.ts).
 */
export class AccountBudget {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly platforms: { [P in PlatformId]: Pick<Settings['platforms'][P], 'rateLimit'> },
  ) {}

  private key(platform: PlatformId, account: string): string {
    return `${this.prefix}:budget:${slotTag(this.redis, `${platform}.${account}`)}`;
  }

  /**
   * Counts the post of job `jobId` in its account's budget: 0 when it may start now, else how many ms until the
   * start time kept for it (or until a 429's reset), when it asks again.
   */
  async take(platform: PlatformId, account: string, jobId: string, now = Date.now()): Promise<number> {
    const key = this.key(platform, account);
    const { max, durationMs } = this.platforms[platform].rateLimit;
    const keys = [key, `${key}:blocked`, `${key}:reserved`];
    return Number(await runScript(this.redis, TAKE, keys, [max, durationMs, now, jobId, `${now}:${randomUUID()}`]));
  }

  /** The platform answered 429: no post of this account starts before the reset (the last 429 says when). */
  async block(platform: PlatformId, account: string, ms: number): Promise<void> {
    await this.redis.set(`${this.key(platform, account)}:blocked`, '1', 'PX', Math.max(1, Math.ceil(ms)));
  }
}
