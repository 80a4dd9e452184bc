import twitterText from '../../../text/twitter-text.js';
import { tidy } from './tidy.js';

/** Other schemes' URLs (`ftp://…`, `mailto:…`); http(s) ones are twitter-text's, which knows where they end. */
const SCHEME_URL = /\b(?!https?:)[a-z][a-z0-9+.-]*:\/\/[^\s)\]>]+|\bmailto:[^\s)\]>]+/giu;

/**
 * crier adds the article's link itself (once, where each platform shows it best): a URL or domain the model
 * writes is removed. What counts as one is what X would link (twitter-text, domains without a scheme included:
 * X would charge 23 for it and Bluesky would link it too), plus any `scheme://` address.
 */
export function stripLinks(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  let kept = text.replace(SCHEME_URL, (url) => {
    removed.push(url);
    return ' ';
  });
  const found = twitterText.extractUrlsWithIndices(kept, { extractUrlsWithoutProtocol: true });
  for (const { url, indices } of [...found].reverse()) {
    removed.unshift(url);
    kept = `${kept.slice(0, indices[0])} ${kept.slice(indices[1])}`;
  }
  return { text: removed.length > 0 ? tidy(kept) : text, removed };
}
