import type { Article } from '../article/article.js';
import { PermanentError } from './errors.js';
import type { PartsByPlatform } from './parts.js';
import type { PlatformId } from './platform.js';

/** One part of a thread as it exists on the platform. */
export interface PublishedPart {
  remoteId: string;
  url: string;
  /** Bluesky needs the CID as well as the URI to reply to a post. */
  cid?: string;
  /**
   * Whether the first part carries the article image as the platform holds it, when the adapter tries the image and
   * can tell: from what it sent, or from the platform's answer about a part an earlier attempt sent (recovery, a
   * duplicate, an idempotent repeat). It decides the ledger's "image dropped" note (docs/queue-and-ledger.md,
   * "Optional image"); it is not stored with the part.
   */
  image?: boolean;
}

export interface PublishRequest<P extends PlatformId = PlatformId> {
  /** What the link card and image need; never secrets. */
  article: Pick<Article, 'id' | 'url' | 'title' | 'lang' | 'summary' | 'image'>;
  parts: Array<PartsByPlatform[P]>;
  /**
   * Stable for this (article, platform, account): the same key on every attempt, so a repeated
   * attempt can be recognised by the platform (Mastodon Idempotency-Key, Bluesky record key).
   */
  idempotencyKey: string;
  /** Parts already posted by an earlier attempt, in order; publishing resumes after them. */
  done: PublishedPart[];
  /** Called after each part is posted, so the ledger can record it before the next part. */
  onPosted?: (index: number, part: PublishedPart) => Promise<void> | void;
  /** Tells what goes out differently from the plan, for the ledger and the operator ("image dropped: …"). */
  note?: (text: string) => void;
  /**
   * No part of this post can be older than this (the post's record was created after it): recovery that
   * reads a timeline, newest first, stops there.
   */
  notBefore?: Date;
  signal?: AbortSignal;
}

/**
 * One account on one platform. Each adapter owns its client, its error mapping and its recovery;
 * it throws only the errors of `./errors.ts`.
 */
export interface PlatformAdapter<P extends PlatformId = PlatformId> {
  readonly platform: P;
  readonly account: string;
  /** Posts the parts not yet in `done`; returns every part of the thread. */
  publish(request: PublishRequest<P>): Promise<PublishedPart[]>;
  /**
   * After an outcome-unknown attempt: find what the platform actually committed for `request`
   * (the next part after `done`), or null when it did not. Never posts.
   */
  recover(request: PublishRequest<P>): Promise<PublishedPart | null>;
  /**
   * Checks the credentials once at start (log in, read the account). Resolves to the account's
   * public handle; rejects with a PermanentError naming the platform and the variable to fix.
   */
  verify(): Promise<string>;
  /**
   * Deletes one posted part (a retraction, docs/operator.md). `gone` when the platform no longer has it (404):
   * a delete whose answer was lost, tried again, ends there, so deleting is safe to repeat.
   */
  remove?(part: PublishedPart, signal?: AbortSignal): Promise<'deleted' | 'gone'>;
  /** Replaces the text of a posted part in place (Mastodon only: docs/operator.md, "Follow the article"). */
  update?(part: PublishedPart, content: PartsByPlatform[P], signal?: AbortSignal): Promise<void>;
  close?(): Promise<void>;
}

/** A 404 on a delete: the part is already gone, which is what a retraction wants. */
export function goneOn404(error: unknown): 'gone' {
  if (error instanceof PermanentError && error.status === 404) return 'gone';
  throw error;
}

/**
 * The loop every adapter's `publish` runs: posts the parts not yet in `request.done`, in order, each by
 * `post` (given the thread so far, so a part can reply to the one before), and reports each to `onPosted`
 * before the next goes out, so a crash between two parts resumes after the last one recorded.
 * Returns every part of the thread.
 */
export async function postRemainingParts<P extends PlatformId>(
  request: PublishRequest<P>,
  post: (part: PartsByPlatform[P], index: number, thread: readonly PublishedPart[]) => Promise<PublishedPart>,
): Promise<PublishedPart[]> {
  const thread = [...request.done];
  for (let index = thread.length; index < request.parts.length; index++) {
    const published = await post(request.parts[index] as PartsByPlatform[P], index, thread);
    thread.push(published);
    await request.onPosted?.(index, published);
  }
  return thread;
}
