import type { Redis } from 'ioredis';
import { estimateXCost, type XPrices } from '../platforms/x/price.js';
import { slotTag } from '../redis/keys.js';
import { loadScript, runScript } from '../redis/script.js';
import { ledgerKeys } from './ledger.js';

/**
 * The X bill (docs/operator.md, "The X bill"): each X post's estimated cost is counted against its account's
 * monthly budget (UTC calendar month) in the step that decides whether it may go; a post that would go over
 * is held with the reason instead of sent. Spend is kept in Redis, in micro-dollars, so every worker shares it
 * and /metrics reads it.
 */
const CHARGE = loadScript(new URL('./scripts/charge.lua', import.meta.url));
const MICRO = 1_000_000;

export interface XBillSettings {
  prices: XPrices;
  /** US dollars per calendar month (UTC), per X account; an account without one has no limit. */
  monthlyBudgetUsd: Partial<Record<string, number>>;
}

const month = (at: Date) => at.toISOString().slice(0, 7);
/**
 * The account's spend this month, and the posts already counted in it: one hash tag on a cluster, so the charge
 * stays in one slot (src/redis/keys.ts); the post's own `approved` flag is read before, from the post's slot.
 */
const spendKey = (redis: object, prefix: string, account: string, at: Date) =>
  `${prefix}:xbill:${slotTag(redis, `${account}:${month(at)}`)}`;

export type ChargeVerdict = { kind: 'ok'; costUsd: number } | { kind: 'over'; reason: string };

export async function chargeXPost(options: {
  redis: Redis;
  prefix: string;
  settings: XBillSettings;
  postId: string;
  account: string;
  parts: ReadonlyArray<{ text: string }>;
  image: boolean;
  now?: Date;
}): Promise<ChargeVerdict> {
  const now = options.now ?? new Date();
  const cost = estimateXCost(options.parts, options.settings.prices, options.image);
  const budget = options.settings.monthlyBudgetUsd[options.account];
  const approved = await options.redis.hget(ledgerKeys(options.prefix, options.redis).post(options.postId), 'approved');
  const spend = spendKey(options.redis, options.prefix, options.account, now);
  const [verdict, spent] = (await runScript(
    options.redis,
    CHARGE,
    [spend, `${spend}:billed`],
    [
      Math.round(cost.usd * MICRO),
      budget === undefined ? -1 : Math.round(budget * MICRO),
      62 * 86_400,
      options.postId,
      approved === '1' ? 1 : 0,
    ],
  )) as [string, number];
  if (verdict !== 'over') return { kind: 'ok', costUsd: cost.usd };
  const usd = (micro: number) => `$${(micro / MICRO).toFixed(3)}`;
  return {
    kind: 'over',
    reason:
      `X budget: this post would cost about $${cost.usd.toFixed(3)} (${cost.lines.join(' + ')}); ` +
      `account "${options.account}" has spent ${usd(Number(spent))} of its $${(budget ?? 0).toFixed(2)} for ${month(now)}. ` +
      'Raise xBill.monthlyBudgetUsd, or send it anyway with `crier approve`.',
  };
}

/** This month's estimated spend per X account, in US dollars (for /metrics). */
export async function xSpend(redis: Redis, prefix: string, accounts: readonly string[], now = new Date()) {
  // One GET per account, not MGET: on a cluster the accounts' keys live in different slots.
  const values = await Promise.all(accounts.map((a) => redis.get(spendKey(redis, prefix, a, now))));
  return accounts.map((account, i) => ({ account, month: month(now), usd: Number(values[i] ?? 0) / MICRO }));
}
