import { tidy } from './tidy.js';

/**
 * `@name`, `@name@instance.social` (Mastodon) or `@handle.bsky.social` (Bluesky), where a platform would see
 * a mention: at the start or after something that is not a word character (an e-mail's «a@b» is not one).
 */
const MENTION = /(?<![\p{L}\p{N}_@＠])[@＠]([\p{L}\p{N}_]+)((?:[.@＠][\p{L}\p{N}_-]+)*)/gu;

/**
 * No `@mention` of anyone: every platform would notify that account, a stranger to the article. The name stays
 * as a word («@nodejs» → «nodejs»), its handle's domain goes; the facts guard then checks that name like any other.
 */
export function stripMentions(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const kept = text.replace(MENTION, (mention, name: string) => {
    removed.push(mention);
    return name;
  });
  return { text: removed.length > 0 ? tidy(kept) : text, removed };
}
