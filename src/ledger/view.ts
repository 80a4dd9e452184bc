import type { PostRecord, RetractionView } from './ledger.js';

/** The texts of a post's parts (what went out, or what is to go out), for people. */
function texts(parts: unknown[] | undefined): string[] | undefined {
  if (!parts) return undefined;
  return parts.map((part) =>
    part && typeof part === 'object' && 'text' in part && typeof part.text === 'string' ? part.text : '',
  );
}

/** A post as operators see it (`crier status --json`, the HTTP API): the ledger's view, kept after jobs are trimmed. */
export function postView(post: PostRecord) {
  return {
    id: post.postId,
    article: post.articleId,
    platform: post.platform,
    account: post.account,
    /** scheduled, publishing, published, failed, cancelled, draft, held, retracting, retracted (docs/operator.md). */
    state: post.state,
    /** The operator wrote (or replaced) the text, or the post was edited in place after the article changed. */
    edited: post.edited,
    attempts: post.attempts,
    dueAt: post.dueAt.toISOString(),
    publishedAt: post.publishedAt?.toISOString(),
    remote: post.done.map((p) => ({ id: p.remoteId, url: p.url })),
    /** The text of each part: as it went out once published, else as it will go. */
    text: texts(post.sent ?? post.parts),
    lastError: post.lastError,
    retraction: post.retraction && retractionView(post.retraction),
    /** When a post waiting to be tried again (or whose id is looked for) is next tried. */
    nextAttemptAt: post.nextAttemptAt?.toISOString(),
    /** What went out differently from the plan ("image dropped: …"). */
    notes: post.notes.length > 0 ? post.notes : undefined,
  };
}

function retractionView(retraction: RetractionView) {
  return { ...retraction, retractedAt: retraction.retractedAt?.toISOString() };
}
