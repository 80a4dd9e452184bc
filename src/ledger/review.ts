import type { Redis } from 'ioredis';
import { loadScript, runScript } from '../redis/script.js';
import { ledgerKeys, type PostState } from './ledger.js';

/**
 * The operator's hand on a post before it goes out (docs/operator.md): approve a draft (or a held post),
 * replace its text, hold it back. Each is one Lua script on the post's record, so none interleaves with
 * a publisher's `begin`.
 */
const script = (name: string) => loadScript(new URL(`./scripts/${name}.lua`, import.meta.url));
const APPROVE = script('approve');
const EDIT = script('edit');
const HOLD = script('hold');

export interface ReviewOptions {
  redis: Redis;
  prefix: string;
  now?: () => Date;
}

export class Review {
  private readonly keys: ReturnType<typeof ledgerKeys>;
  private readonly now: () => Date;
  constructor(private readonly options: ReviewOptions) {
    this.keys = ledgerKeys(options.prefix, options.redis);
    this.now = options.now ?? (() => new Date());
  }

  /** A draft or held post becomes scheduled, due at its time or now if that has passed. */
  async approve(postId: string): Promise<{ state: PostState | 'missing'; dueAt?: Date }> {
    const [state, due] = (await runScript(
      this.options.redis,
      APPROVE,
      [this.keys.post(postId)],
      [this.now().getTime()],
    )) as [string, string];
    return { state: state as PostState | 'missing', dueAt: due ? new Date(Number(due)) : undefined };
  }

  /** Replaces the parts of a post not yet sent; answers the state it was in (or why it could not). */
  async edit(postId: string, parts: unknown[]): Promise<string> {
    return (await runScript(
      this.options.redis,
      EDIT,
      [this.keys.post(postId)],
      [this.now().getTime(), JSON.stringify(parts)],
    )) as string;
  }

  /** Ends the attempt holding the post's lock by holding the post back, with the reason. */
  async hold(postId: string, reason: string, lockToken: string): Promise<string> {
    return (await runScript(
      this.options.redis,
      HOLD,
      [this.keys.post(postId), this.keys.lock(postId)],
      [this.now().getTime(), reason, lockToken],
    )) as string;
  }
}
