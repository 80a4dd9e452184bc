import { createHash, randomUUID } from 'node:crypto';
import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Settings } from '../../src/config.js';
import { postGeneration } from '../../src/ledger/follow.js';
import type { Ledger } from '../../src/ledger/ledger.js';
import type { Logger } from '../../src/log.js';
import type { PlatformAdapter, PublishedPart, PublishRequest } from '../../src/platforms/adapter.js';
import {
  DuplicateError,
  OutcomeUnknownError,
  PermanentError,
  PublishError,
  RateLimitedError,
  RetryableError,
} from '../../src/platforms/errors.js';
import { holdLock } from '../../src/redis/lock.js';
import type { AccountBudget } from '../account-budget.js';
import { parseCard, readCard } from '../articles.js';
import { jitteredBackoff } from '../backoff.js';
import { PublishJobSchema, type PublishResult, readJobData } from '../jobs.js';
import { postId } from '../names.js';
import { type FirstPart, notesAfterAttempt } from './post-notes.js';

export interface PublishContext {
  redis: Redis;
  prefix: string;
  ledger: Ledger;
  /** The platform's adapters, by account: the platform's one queue holds every account's posts. */
  adapters: ReadonlyMap<string, PlatformAdapter>;
  /** Each account's rate budget and 429 wait, shared by every worker process. */
  budget: AccountBudget;
  /** How long the per-post lock lives without renewal (renewed at a third of it). */
  lockTtlMs: number;
  /** Backoff and retry horizon (docs/queue-and-ledger.md, "Retries"). */
  delivery: Pick<Settings['delivery'], 'backoffMs' | 'maxBackoffMs' | 'retryHorizonMs'>;
  logger?: Logger;
  /**
   * Before anything is sent: may this post go? (The X budget, src/ledger/x-bill.ts.) A reason means no: the post
   * is held with it, and nothing is sent.
   */
  gate?: (post: { postId: string; account: string; parts: unknown[]; image: boolean }) => Promise<string | undefined>;
  /** Holds a post with a reason, ending the attempt (src/ledger/review.ts). */
  hold?: (postId: string, reason: string, lockToken: string) => Promise<unknown>;
  /** Told of every attempt's outcome (metrics, webhooks); its failures never affect delivery. */
  onOutcome?: (event: PublishOutcomeEvent) => Promise<void>;
}

export interface PublishOutcomeEvent {
  postId: string;
  articleId: string;
  platform: PlatformAdapter['platform'];
  account: string;
  outcome: 'published' | 'failed' | 'retried' | 'rate-limited' | 'id-unknown';
  /** The error's kind ('retryable', 'permanent', …) for metrics labels. */
  kind?: string;
  /** The platform's own words, for people (webhooks, logs). */
  reason?: string;
  parts: PublishedPart[];
  latencyMs: number;
  waitMs?: number;
}

/**
 * Stable for the post: the platform sees the same key on every attempt (Mastodon Idempotency-Key, Bluesky rkey).
 * A repost (docs/operator.md, "Follow the article") is a new generation of the post, with its own key.
 */
export function idempotencyKey(id: string, generation = 0): string {
  return createHash('sha256')
    .update(generation > 0 ? `${id}#${generation}` : id)
    .digest('hex')
    .slice(0, 32);
}

/**
 * A platform's publish queue's processor: one job = one post (thread) to one account on that platform.
 * The account's budget first: out of it (its window is spent, or a 429 asked it to wait), the job is delayed until
 * it may go, and the other accounts' posts go first. Then the ledger, not the job id, decides whether anything is
 * sent:
 *   1. take the post's lock (a stalled job run again never overlaps the live attempt);
 *   2. begin in the ledger: published or cancelled → done without posting;
 *   3. if the last attempt may have reached the platform, ask the adapter to recover it first;
 *   4. publish the remaining parts, recording each one before the next goes out; mark published, which
 *      records the last part in the same step (a crash before it: step 3 finds the part next time).
 * Errors map to BullMQ: retryable/outcome-unknown → the job is delayed by a capped exponential backoff with
 * jitter, the next attempt's time in the ledger, until the retry horizon after the post was due; rate-limited
 * → the account waits until the platform's reset (its posts are delayed to then, no spinning); permanent → failed at once with the platform's
 * reason. A duplicate answer proves the part exists: found by recovery, or else the post is `id-unknown`
 * (out, never posted again, never failed) and recovery looks again later until it finds the id.
 */
const MAX_NOTES = 5;
const UNKNOWN_ACCOUNT_RETRY_MS = 60_000;
export function createPublishProcessor(ctx: PublishContext) {
  const { ledger } = ctx;

  const { backoffMs, maxBackoffMs, retryHorizonMs } = ctx.delivery;

  return async function publish(job: Job, token?: string, signal?: AbortSignal): Promise<PublishResult> {
    const data = readJobData(job.queueName, PublishJobSchema, job.data);
    const id = postId(data);
    const log = ctx.logger?.child({ post: id, job: job.id, attempt: job.attemptsMade + 1 });
    const adapter = ctx.adapters.get(data.account);
    if (!adapter) {
      // This process was started without the account (another worker may have it): never fail the post for that.
      log?.warn({ account: data.account }, 'account not configured in this worker; checking again in a minute');
      await job.moveToDelayed(Date.now() + UNKNOWN_ACCOUNT_RETRY_MS, token);
      throw new DelayedError();
    }
    const outOfBudgetMs = await ctx.budget.take(data.platform, data.account, job.id ?? id);
    if (outOfBudgetMs > 0) {
      await job.moveToDelayed(Date.now() + outOfBudgetMs, token);
      throw new DelayedError();
    }
    const lockToken = randomUUID();
    const started = Date.now();
    const tell = async (
      event: Omit<PublishOutcomeEvent, 'postId' | 'articleId' | 'platform' | 'account' | 'latencyMs'>,
    ) => {
      const full = { postId: id, articleId: data.articleId, platform: adapter.platform, account: adapter.account };
      await ctx.onOutcome?.({ ...full, ...event, latencyMs: Date.now() - started }).catch((error: unknown) => {
        log?.warn({ err: error }, 'could not record the outcome (metrics/webhooks); the post itself is unaffected');
      });
    };
    // One step: take the post's lock, check the ledger, start the attempt, read the article's card.
    const begun = await ledger.begin(id, { token: lockToken, ttlMs: ctx.lockTtlMs }, data.articleId);
    if (begun.kind === 'locked') {
      // A live attempt (another worker, or this job's stalled twin) holds the post: look again later.
      log?.info('post is being published by another attempt; checking again later');
      await job.moveToDelayed(Date.now() + ctx.lockTtlMs, token);
      throw new DelayedError();
    }
    if (begun.kind === 'published') return { outcome: 'already-published', parts: 0 };
    if (begun.kind === 'cancelled' || begun.kind === 'draft' || begun.kind === 'held') {
      // A draft waits for approval, a held post for the operator: their job ends; approval adds a new one.
      log?.info({ state: begun.kind }, 'post is not to be sent now; not posting');
      return { outcome: begun.kind, parts: 0 };
    }
    if (begun.kind !== 'go') throw new UnrecoverableError(`post ${id} has no ledger record`);
    const lock = holdLock({ redis: ctx.redis, key: ledger.lockKey(id), token: lockToken, ttlMs: ctx.lockTtlMs });
    try {
      const { record } = begun;
      const done: PublishedPart[] = [...record.done];
      const parts = record.parts ?? [];
      /** What this attempt's adapter said went out differently (an image dropped); kept only as notesAt decides. */
      const said: string[] = [];
      /** How the first part got on the platform in this attempt, and whether it carries the image there. */
      let firstOut: { by: 'posted' | 'found'; image?: boolean } | undefined;
      let recovering = false;
      /** The notes the ledger keeps once the attempt ends (queues/processors/post-notes.ts). */
      const notesAt = (end: 'out' | 'duplicate' | 'uncertain' | 'certain'): string[] => {
        const first: FirstPart =
          record.done.length > 0
            ? 'before'
            : firstOut
              ? firstOut.by
              : end === 'duplicate'
                ? 'duplicate'
                : // Begun uncertain: the earlier attempt's part may be out even if this one surely posted nothing.
                  end === 'uncertain' || record.uncertain
                  ? 'maybe'
                  : 'not';
        // An article without an image has nothing to drop, whatever an adapter reports.
        const image = request.article.image === undefined ? undefined : firstOut?.image;
        return notesAfterAttempt({ first, earlier: record.notes, said, image });
      };
      /** When the next attempt would be, after this one (the ledger's attempts count this one). */
      const nextAttempt = () =>
        new Date(Date.now() + jitteredBackoff(record.attempts, backoffMs, Math.random, maxBackoffMs));
      const horizonEnd = record.dueAt.getTime() + retryHorizonMs;
      /**
       * A part on the platform: recorded before the next part goes out (a reply must never lose its
       * parent), except the last, which the attempt's end records (one round trip fewer per post).
       * Should the worker die before that, the post is left `publishing`: the next attempt treats it
       * as uncertain and recovers the part instead of posting it again.
       */
      const posted = async (index: number, { image, ...part }: PublishedPart) => {
        if (index !== done.length) return;
        if (index === 0) firstOut = { by: recovering ? 'found' : 'posted', image };
        // Known before it is recorded, so a failed record is still recorded with the attempt's end.
        done.push(part);
        if (index < parts.length - 1) await ledger.recordPart(id, index, part);
      };
      const request: PublishRequest = {
        article: { id: data.articleId, url: '', title: '', lang: '' },
        parts: parts as PublishRequest['parts'],
        idempotencyKey: idempotencyKey(id, await postGeneration(ctx.redis, ctx.prefix, id)),
        done,
        onPosted: posted,
        note: (text) => {
          if (!said.includes(text) && said.length < MAX_NOTES) said.push(text);
        },
        notBefore: new Date(record.createdAt.getTime() - 60_000),
        signal: signal ? AbortSignal.any([signal, lock.signal]) : lock.signal,
      };
      const recover = async () => {
        let found = 0;
        while (done.length < parts.length) {
          const part = await adapter.recover({ ...request, done: [...done] });
          if (!part) break;
          recovering = true;
          await posted(done.length, part).finally(() => {
            recovering = false;
          });
          found++;
        }
        if (found > 0) log?.info({ found }, 'recovered parts an earlier attempt had posted');
        return found;
      };

      try {
        if (parts.length === 0) throw new UnrecoverableError(`post ${id} has no parts to publish`);
        request.article = begun.card ? parseCard(begun.card) : await readCard(ctx.redis, ctx.prefix, data.articleId);
        const heldFor = await ctx.gate?.({
          postId: id,
          account: data.account,
          parts,
          image: request.article.image !== undefined,
        });
        if (heldFor !== undefined && ctx.hold) {
          await ctx.hold(id, heldFor, lockToken);
          lock.forget();
          log?.warn({ reason: heldFor }, 'held: not sent');
          return { outcome: 'held', parts: 0 };
        }
        const unknownPart = record.idUnknownPart === done.length ? record.idUnknownPart : undefined;
        if (unknownPart !== undefined) {
          // The platform said it has this part: only recovery may find it; posting it again is never tried,
          // and a failed look leaves it as it is.
          await recover().catch((error: unknown) =>
            log?.warn({ err: String(error) }, 'recovery failed; looking later'),
          );
          if (done.length === unknownPart) {
            return await stillUnknown(record.lastError ?? `${adapter.platform}: the platform has the part`);
          }
        } else if (record.uncertain) await recover();
        // A duplicate means the platform has the next part already: find it, then go on with the rest.
        for (let round = 0; done.length < parts.length; round++) {
          try {
            const all = await adapter.publish({ ...request, done: [...done] });
            // onPosted normally took each part already; this catches an adapter that only returns them
            // (the attempt's end records them: nothing else goes out in this attempt).
            for (let i = done.length; i < Math.min(all.length, parts.length); i++) {
              const returned = all[i];
              if (!returned) break;
              const { image, ...part } = returned;
              if (i === 0) firstOut = { by: 'posted', image };
              done.push(part);
            }
            if (done.length < parts.length) {
              throw new RetryableError(
                adapter.platform,
                `the adapter returned ${done.length} of ${parts.length} parts`,
              );
            }
          } catch (error) {
            if (!(error instanceof DuplicateError) || round >= parts.length) throw error;
            const before = done.length;
            await recover().catch((lookError: unknown) =>
              log?.warn({ err: String(lookError) }, 'recovery after a duplicate failed; looking later'),
            );
            if (done.length === before)
              return await stillUnknown(`${error.message}; the post is there, its id not found yet`);
          }
        }
        await ledger.markPublished(id, { lockToken, posted: done, notes: notesAt('out') });
        lock.forget();
        log?.info({ parts: parts.length }, 'published');
        await tell({ outcome: 'published', parts: done });
        return { outcome: 'published', parts: parts.length };
      } catch (error) {
        return await onFailure(error);
      }

      /** Waits for the next attempt: the job is delayed, not failed (BullMQ counts no attempt). */
      async function later(at: Date): Promise<never> {
        await job.moveToDelayed(at.getTime(), token);
        throw new DelayedError();
      }

      /**
       * The platform has the next part but recovery did not find it (yet): the post is out and stays
       * `id-unknown`, never failed and never posted again; recovery looks again after a backoff.
       */
      async function stillUnknown(reason: string): Promise<never> {
        lock.forget();
        const nextAttemptAt = nextAttempt();
        await ledger.markIdUnknown(id, reason, {
          lockToken,
          posted: done,
          notes: notesAt('duplicate'),
          nextAttemptAt,
        });
        log?.warn({ next: nextAttemptAt.toISOString() }, 'the platform has the post; its id is looked for again later');
        await tell({ outcome: 'id-unknown', kind: 'duplicate', reason, parts: done });
        return later(nextAttemptAt);
      }

      async function onFailure(error: unknown): Promise<never> {
        if (error instanceof DelayedError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        const lost = lock.signal.aborted;
        // Each ledger change below also records the parts posted and lets go of the post's lock.
        lock.forget();
        /** Past the horizon: the post fails with the reason and how long it was tried. */
        const giveUp = async (uncertain: boolean): Promise<never> => {
          const why = `${reason} (still failing after ${record.attempts} attempts, at the end of the retry horizon)`;
          const notes = notesAt(uncertain ? 'uncertain' : 'certain');
          await ledger.markFailed(id, why, { uncertain, lockToken, posted: done, notes });
          log?.error({ reason }, 'failed at the end of the retry horizon');
          const kind = error instanceof PublishError ? error.kind : 'error';
          await tell({ outcome: 'failed', kind, reason: why, parts: done });
          throw new UnrecoverableError(why);
        };
        if (error instanceof RateLimitedError) {
          if (error.resetAt.getTime() > horizonEnd) return giveUp(false);
          const waitMs = Math.max(1_000, error.resetAt.getTime() - Date.now());
          await ledger.markRetrying(id, reason, {
            uncertain: false,
            lockToken,
            posted: done,
            notes: notesAt('certain'),
            nextAttemptAt: new Date(Date.now() + waitMs),
          });
          log?.warn({ resetAt: error.resetAt.toISOString() }, 'rate limited; the account waits until the reset');
          await tell({ outcome: 'rate-limited', kind: error.kind, reason, parts: done, waitMs });
          await ctx.budget.block(data.platform, data.account, waitMs);
          return later(new Date(Date.now() + waitMs));
        }
        if (error instanceof PermanentError || error instanceof UnrecoverableError) {
          await ledger.markFailed(id, reason, { lockToken, posted: done, notes: notesAt('certain') });
          log?.error({ reason }, 'failed for good');
          await tell({
            outcome: 'failed',
            kind: error instanceof PublishError ? error.kind : 'permanent',
            reason,
            parts: done,
          });
          throw new UnrecoverableError(reason);
        }
        // Outcome unknown, or the lock was lost mid-post: the platform may have the part; recover first next time.
        const uncertain =
          error instanceof OutcomeUnknownError ||
          lost ||
          !(error instanceof PublishError || error instanceof UnrecoverableError);
        const nextAttemptAt = nextAttempt();
        if (nextAttemptAt.getTime() > horizonEnd) return giveUp(uncertain);
        const notes = notesAt(uncertain ? 'uncertain' : 'certain');
        await ledger.markRetrying(id, reason, { uncertain, lockToken, posted: done, notes, nextAttemptAt });
        log?.warn({ reason, uncertain, next: nextAttemptAt.toISOString() }, 'will retry');
        const kind = error instanceof PublishError ? error.kind : 'error';
        await tell({ outcome: 'retried', kind, reason, parts: done });
        return later(nextAttemptAt);
      }
    } finally {
      await lock.release().catch(() => undefined);
    }
  };
}
