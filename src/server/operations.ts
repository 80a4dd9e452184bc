import type { Article } from '../article/article.js';
import type { PlatformId } from '../platforms/platform.js';

/**
 * What the HTTP API asks of the rest of crier. The server only translates HTTP to these calls;
 * `queues/` implements them on BullMQ and the ledger, so the CLI and the API share one behaviour.
 */
export interface EnqueueOptions {
  platforms?: PlatformId[];
  /** ISO-8601 with offset, or relative such as "+90m". */
  at?: string;
  /** The next free posting slot of each account. */
  slot?: boolean;
  thread?: boolean;
}

export type PostState = 'scheduled' | 'publishing' | 'published' | 'failed' | 'cancelled';

export interface PostStatus {
  platform: PlatformId;
  account: string;
  state: PostState;
  attempts: number;
  dueAt?: string;
  remoteId?: string;
  url?: string;
  parts?: Array<{ remoteId: string; url: string }>;
  lastError?: string;
  updatedAt?: string;
}

export interface ArticleStatus {
  id: string;
  title: string;
  url: string;
  createdAt?: string;
  posts: PostStatus[];
}

export interface EnqueueResult {
  id: string;
  posts: Array<{ platform: PlatformId; account: string; dueAt: string }>;
}

export interface FeedView {
  id: string;
  url: string;
  cron: string;
  registeredAt: string;
  lastPolledAt?: string;
  lastError?: string;
}

export interface Operations {
  enqueue(article: Article, options: EnqueueOptions): Promise<EnqueueResult>;
  status(id: string): Promise<ArticleStatus | null>;
  list(query: { state?: PostState; offset: number; limit: number }): Promise<{ items: ArticleStatus[]; total: number }>;
  retry(id: string, platform?: PlatformId): Promise<ArticleStatus | null>;
  cancel(id: string): Promise<ArticleStatus | null>;
  feeds: {
    add(url: string, cron?: string): Promise<FeedView>;
    list(): Promise<FeedView[]>;
    remove(id: string): Promise<boolean>;
  };
  /** Redis reachable, and how many workers are registered on the publish queues. */
  readiness(): Promise<{ redis: boolean; workers: number }>;
}
