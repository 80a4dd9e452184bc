import { parseHTML } from 'linkedom';

/**
 * Recognising a part among the account's own statuses. Mastodon answers with the rendered HTML
 * (`content`), not the text that was sent:
 *
 *   sent     "Un titre\n\nhttps://example.org/a-long-article-path #IA"
 *   content  <p>Un titre</p><p><a href="https://example.org/…"><span class="invisible">https://</span>
 *            <span class="ellipsis">example.org/a-long-article-pa</span><span class="invisible">th</span></a>
 *            <a href="…/tags/ia" class="mention hashtag" rel="tag">#<span>IA</span></a></p>
 *
 * The hidden spans still hold the whole URL, so the text content gives the sent text back, up to
 * whitespace (paragraphs and <br />): compare with whitespace collapsed.
 */
export function statusText(content: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  for (const br of [...document.querySelectorAll('br')]) br.replaceWith('\n');
  for (const p of [...document.querySelectorAll('p')]) p.append('\n\n');
  return (document.body.textContent ?? '').trim();
}

/**
 * Equal up to whitespace, and up to mentions: Mastodon shows a resolved `@user@domain` as `@user`
 * (the domain is only in the link's href).
 */
export function sameText(a: string, b: string): boolean {
  const normal = (s: string) =>
    s
      .normalize('NFC')
      .replace(/(^|[^\p{L}\p{N}_/=])@([\p{L}\p{N}_.-]+)@[\p{L}\p{N}_.-]*[\p{L}\p{N}_]/gu, '$1@$2')
      .replace(/\s+/gu, ' ')
      .trim();
  return normal(a) === normal(b);
}

export interface TimelineStatus {
  id: string;
  url?: string | null;
  uri: string;
  content: string;
  inReplyToId?: string | null;
  mediaAttachments?: readonly unknown[];
}

/**
 * The status that is this part: the same text, replying to the same parent (none for the first part).
 * The timeline comes newest first; if the part is there twice, the oldest is the one to keep.
 */
export function findPart(
  statuses: readonly TimelineStatus[],
  text: string,
  parentId: string | null,
): TimelineStatus | undefined {
  let found: TimelineStatus | undefined;
  for (const status of statuses) {
    if ((status.inReplyToId ?? null) === parentId && sameText(statusText(status.content), text)) found = status;
  }
  return found;
}
