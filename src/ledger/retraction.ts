import type { Redis } from 'ioredis';
import type { PublishedPart } from '../platforms/adapter.js';
import { loadScript, runScript } from '../redis/script.js';
import { Ledger, ledgerKeys } from './ledger.js';

/**
 * Taking a published post down, with the guarantees of publishing (docs/operator.md, "Retract"):
 *
 *   published ──request──► retracting ──(every part deleted)──► retracted
 *                              │  ▲
 *                              └──┘ retryable error, 429, lost answer: the job tries again
 *                              └────► failed (a permanent refusal; `crier retract` asks again)
 *
 * The published record is never touched: a retracted post is still "never posted again" (enqueueing the
 * article again does not repost it). The retraction lives beside it in `${prefix}:ledger:retraction:<postId>`.
 * Deleting is idempotent on every platform (a second delete answers 404, which counts as gone), so a
 * crash or a dropped answer between the delete and the ledger only costs one more DELETE.
 */
const script = (name: string) => loadScript(new URL(`./scripts/${name}.lua`, import.meta.url));
const REQUEST = script('retract-request');
const BEGIN = script('retract-begin');
const PART = script('retract-part');
const FINISH = script('retract-finish');

export type RetractRequestOutcome = 'requested' | 'retracting' | 'retracted' | 'not-published';
export type RetractBegin =
  | { kind: 'go'; parts: PublishedPart[]; deleted: number }
  | { kind: 'retracted' | 'failed' | 'missing' | 'locked' };

export class Retractions {
  private readonly keys: ReturnType<typeof ledgerKeys>;
  private readonly ledger: Ledger;
  private readonly now: () => Date;

  constructor(private readonly options: { redis: Redis; prefix: string; now?: () => Date }) {
    this.keys = ledgerKeys(options.prefix, options.redis);
    this.ledger = new Ledger(options);
    this.now = options.now ?? (() => new Date());
  }

  private run(name: typeof REQUEST, keys: string[], args: Array<string | number>) {
    return runScript(this.options.redis, name, keys, args);
  }

  async request(postId: string): Promise<RetractRequestOutcome> {
    return (await this.run(
      REQUEST,
      [this.keys.published(postId), this.keys.retraction(postId)],
      [this.now().getTime()],
    )) as RetractRequestOutcome;
  }

  async begin(postId: string, lock: { token: string; ttlMs: number }): Promise<RetractBegin> {
    const [state, , deleted] = (await this.run(
      BEGIN,
      [this.keys.published(postId), this.keys.retraction(postId), this.keys.lock(postId)],
      [this.now().getTime(), lock.token, lock.ttlMs],
    )) as [string, string?, string?];
    if (state !== 'go') return { kind: state as 'retracted' | 'failed' | 'missing' | 'locked' };
    // The record's parts, read through the ledger's own reader of the compact layout.
    const record = await this.ledger.get(postId);
    return { kind: 'go', parts: record?.done ?? [], deleted: Number(deleted ?? 0) };
  }

  async recordDeleted(postId: string, count: number): Promise<void> {
    await this.run(PART, [this.keys.retraction(postId)], [count, this.now().getTime()]);
  }

  async finish(
    postId: string,
    outcome: 'retracted' | 'retrying' | 'failed',
    lockToken: string,
    reason = '',
  ): Promise<void> {
    await this.run(
      FINISH,
      [this.keys.retraction(postId), this.keys.lock(postId)],
      [outcome, this.now().getTime(), reason, lockToken],
    );
  }

  lockKey(postId: string): string {
    return this.keys.lock(postId);
  }
}
