import type { PostRecord } from './ledger.js';

/** A post as operators see it (`crier status --json`, the HTTP API): the ledger's view, kept after jobs are trimmed. */
export function postView(post: PostRecord) {
  return {
    id: post.postId,
    article: post.articleId,
    platform: post.platform,
    account: post.account,
    state: post.state,
    attempts: post.attempts,
    dueAt: post.dueAt.toISOString(),
    publishedAt: post.publishedAt?.toISOString(),
    remote: post.done.map((p) => ({ id: p.remoteId, url: p.url })),
    lastError: post.lastError,
    /** When a post waiting to be tried again (or whose id is looked for) is next tried. */
    nextAttemptAt: post.nextAttemptAt?.toISOString(),
    /** What went out differently from the plan ("image dropped: …"). */
    notes: post.notes.length > 0 ? post.notes : undefined,
  };
}
