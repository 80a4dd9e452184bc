import twitterText from '../../text/twitter-text.js';

/**
 * Recognising one of our own posts on the account's timeline. X has no idempotency key, so after
 * a lost answer the only way to know whether a part was committed is to look for it.
 *
 * X does not give the text back as sent: it is NFC, `&`, `<`, `>` come back HTML-escaped, every URL
 * becomes a t.co link (the original only in `entities.urls[].expanded_url`), and a post with media
 * gets one more t.co link appended. So two texts are compared after NFC, unescaping, and with every
 * URL removed and the spaces folded; a reply must also answer the same post.
 */

export interface TimelineTweet {
  id: string;
  text: string;
  referenced_tweets?: Array<{ type: string; id: string }>;
  /** ISO 8601, when asked for (`tweet.fields=created_at`). */
  created_at?: string;
  /** The post's media, when asked for (`tweet.fields=attachments`); absent when it has none. */
  attachments?: { media_keys?: string[] };
}

export function comparableText(text: string): string {
  let plain = text.normalize('NFC').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  // Longest first, so that a URL never survives as the tail of a longer one.
  const urls = [...new Set(twitterText.extractUrls(plain))].sort((a, b) => b.length - a.length);
  for (const url of urls) plain = plain.split(url).join(' ');
  return plain.replace(/\s+/gu, ' ').trim();
}

function repliedTo(tweet: TimelineTweet): string | undefined {
  return tweet.referenced_tweets?.find((ref) => ref.type === 'replied_to')?.id;
}

/** The newest tweet that is this part: same text (as above) and same parent (none for a first part). */
export function findPart(
  timeline: readonly TimelineTweet[],
  text: string,
  inReplyTo: string | undefined,
): TimelineTweet | undefined {
  const wanted = comparableText(text);
  return timeline.find((tweet) => repliedTo(tweet) === inReplyTo && comparableText(tweet.text) === wanted);
}
