import type { Redis } from 'ioredis';
import type { Settings } from '../src/config.js';
import { requestUpdate } from '../src/ledger/follow.js';
import { Ledger } from '../src/ledger/ledger.js';
import type { PlatformId } from '../src/platforms/platform.js';
import { releaseSlot, reserveSlot } from '../src/schedule/slots.js';
import { staggerMs } from '../src/schedule/stagger.js';
import type { Teasers } from '../src/teaser/teasers.js';
import type { Queues } from './handles.js';
import type { ComposeResult, When } from './jobs.js';
import { type PostRef, postId } from './names.js';
import { addAmendJob, addPublishJob, ensurePublishJob, removePublishJob } from './producers.js';

/**
 * After compose: one ledger record and one publish job per (article, platform, account), due now,
 * at the given time, or in the account's next free posting slot, plus the platform's stagger.
 * Safe to run twice (a compose job run again after a crash): the ledger keeps what it has.
 */
export async function fanOut(options: {
  redis: Redis;
  prefix: string;
  settings: Settings;
  queues: Queues;
  articleId: string;
  teasers: Teasers;
  when: When;
  now?: Date;
  /** The compose's cancel epoch (docs/operator.md): behind the article's, every post is recorded cancelled. */
  epoch?: number;
  /** Hold every post in `draft` until approved. */
  review?: boolean;
  /** The platforms whose text the operator wrote. */
  edited?: readonly string[];
}): Promise<ComposeResult> {
  const { redis, prefix, settings, queues, articleId, teasers, when } = options;
  const now = options.now ?? new Date();
  const ledger = new Ledger({ redis, prefix });
  const posts: ComposeResult['posts'] = [];
  // An explicit time or slot moves a post that is still waiting (reschedule); "now" leaves it as it is.
  const move = when.kind !== 'now';

  const targets = (Object.entries(teasers) as Array<[PlatformId, unknown[] | undefined]>).flatMap(
    ([platform, parts]) =>
      parts && parts.length > 0
        ? settings.platforms[platform].accounts.map((account) => ({ platform, account, parts }))
        : [],
  );
  /**
   * The article came back and this post is out: with `follow.<platform>` = `edit` on a platform that edits in
   * place (Mastodon), a changed text edits the post (docs/operator.md, "Follow the article"); else it is left.
   */
  const follow = async (ref: PostRef, parts: unknown[]) => {
    if (ref.platform !== 'mastodon' || settings.follow[ref.platform] !== 'edit') return;
    const id = postId(ref);
    const post = await ledger.get(id);
    const sent = post?.sent as Array<{ text?: string }> | undefined;
    const next = parts as Array<{ text?: string }>;
    if (!post || post.retraction || !sent || sent[0]?.text === next[0]?.text) return;
    await requestUpdate(redis, prefix, id, parts);
    await addAmendJob(queues, settings, 'update', ref);
  };

  // The posts are independent: schedule them side by side.
  await Promise.all(
    targets.map(async ({ platform, account, parts }) => {
      const ref = { articleId, platform, account };
      const id = postId(ref);
      const slotAccount = `${platform}:${account}`;
      if (when.kind === 'slot') {
        // Do not take a slot for a post that has gone out or is going out.
        const existing = await ledger.get(id);
        if (existing && (existing.state === 'published' || existing.state === 'publishing')) {
          if (existing.state === 'published') await follow(ref, parts);
          posts.push({ postId: id, dueAt: existing.dueAt.toISOString(), outcome: existing.state });
          return;
        }
      }
      const base =
        when.kind === 'at'
          ? new Date(when.at)
          : when.kind === 'slot'
            ? await reserveSlot({
                redis,
                prefix,
                account: slotAccount,
                slots: settings.schedule.slots,
                timezone: settings.schedule.timezone,
                after: now,
              })
            : now;
      const dueAt = new Date(base.getTime() + staggerMs(platform, settings));
      const result = await ledger.schedule({
        postId: id,
        articleId,
        platform,
        account,
        dueAt,
        parts,
        move,
        slot: when.kind === 'slot',
        epoch: options.epoch ?? 0,
        draft: options.review === true,
        edited: options.edited?.includes(platform) === true,
      });
      if (result.outcome === 'cancelled') {
        // Cancelled before compose: nothing to post, and the slot is not needed.
        if (when.kind === 'slot') {
          await releaseSlot({ redis, prefix, account: slotAccount, at: slotTime(dueAt, platform, settings) });
        }
        posts.push({ postId: id, dueAt: dueAt.toISOString(), outcome: 'cancelled' });
        return;
      }
      const moved = result.outcome === 'moved' || result.outcome === 'revived';
      if (result.previousSlot && result.previousDueAt && moved) {
        await releaseSlot({
          redis,
          prefix,
          account: slotAccount,
          at: slotTime(result.previousDueAt, platform, settings),
        });
      }
      if (result.outcome === 'published') await follow(ref, parts);
      if (result.outcome === 'published' || result.outcome === 'publishing' || result.outcome === 'kept') {
        const keptDue = result.previousDueAt ?? dueAt;
        // Still make sure a waiting post has its job (a crash between ledger and queue, or a trimmed job).
        if (result.outcome === 'kept') await ensurePublishJob(queues, settings, ref, keptDue, now);
        posts.push({ postId: id, dueAt: keptDue.toISOString(), outcome: result.outcome });
        return;
      }
      if (result.draft) {
        // A draft has no job until it is approved (queues/operator.ts approveArticle); a job left from before goes.
        if (result.outcome !== 'new') await removePublishJob(queues, ref);
        posts.push({ postId: id, dueAt: dueAt.toISOString(), outcome: 'draft' });
        return;
      }
      if (result.outcome === 'new') await addPublishJob(queues, settings, ref, dueAt, now);
      else await ensurePublishJob(queues, settings, ref, dueAt, now);
      posts.push({ postId: id, dueAt: dueAt.toISOString(), outcome: result.outcome });
    }),
  );
  return { posts };
}

/** The reserved slot behind a due time (the due time includes the platform's stagger). */
export function slotTime(dueAt: Date, platform: PlatformId, settings: Settings): Date {
  return new Date(dueAt.getTime() - staggerMs(platform, settings));
}
