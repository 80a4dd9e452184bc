import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type PlatformAdapter, type PublishedPart, type PublishRequest, postRemainingParts } from '../adapter.js';
import type { PlatformId } from '../platform.js';

/**
 * The dry-run target: instead of calling the platform, appends exactly what would be sent to the
 * outbox file, one JSON line per part. It behaves like a well-mannered platform: a part already in
 * the outbox under the same idempotency key is found by `recover` and never written twice.
 */
export interface OutboxLine {
  at: string;
  platform: PlatformId;
  account: string;
  articleId: string;
  idempotencyKey: string;
  /** Position in the thread (0 = the first post). */
  index: number;
  /** The part exactly as the teaser engine wrote it: text, counts and the platform's fields. */
  part: unknown;
  /** What the real adapter would reply to (the previous part's remote id), for threads. */
  inReplyTo?: string;
  remoteId: string;
  url: string;
}

export interface DryRunAdapterOptions<P extends PlatformId> {
  platform: P;
  account: string;
  outbox: string;
  /** Benchmark switch: do nothing at all (no file), to measure the queue alone. */
  noop?: boolean;
}

export function createDryRunAdapter<P extends PlatformId>(options: DryRunAdapterOptions<P>): PlatformAdapter<P> {
  const { platform, account, outbox } = options;
  const remote = (key: string, index: number): PublishedPart => ({
    remoteId: `dry-run-${key}-${index}`,
    url: `dry-run://${platform}/${account}/${key}/${index}`,
  });

  async function linesFor(key: string): Promise<OutboxLine[]> {
    let text: string;
    try {
      text = await readFile(outbox, 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OutboxLine)
      .filter((l) => l.idempotencyKey === key && l.platform === platform && l.account === account);
  }

  return {
    platform,
    account,
    async publish(request: PublishRequest<P>): Promise<PublishedPart[]> {
      if (!options.noop) await mkdir(dirname(outbox), { recursive: true });
      return postRemainingParts(request, async (content, index, thread) => {
        request.signal?.throwIfAborted();
        const part = remote(request.idempotencyKey, index);
        if (!options.noop) {
          const line: OutboxLine = {
            at: new Date().toISOString(),
            platform,
            account,
            articleId: request.article.id,
            idempotencyKey: request.idempotencyKey,
            index,
            part: content,
            inReplyTo: thread.at(-1)?.remoteId,
            ...part,
          };
          await appendFile(outbox, `${JSON.stringify(line)}\n`);
        }
        return part;
      });
    },
    async recover(request: PublishRequest<P>): Promise<PublishedPart | null> {
      if (options.noop) return null;
      const next = request.done.length;
      const line = (await linesFor(request.idempotencyKey)).find((l) => l.index === next);
      return line ? { remoteId: line.remoteId, url: line.url } : null;
    },
    async remove(): Promise<'deleted'> {
      // Nothing was posted anywhere: there is nothing to take down.
      return 'deleted';
    },
    async verify(): Promise<string> {
      return `dry run → ${outbox}`;
    },
  };
}
