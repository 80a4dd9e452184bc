import twitterText from '../../text/twitter-text.js';
import type { PostPart } from '../parts.js';

/**
 * X's pay-per-use prices, in US dollars per request (docs/platforms/x.md, "The bill"): creating a post, creating
 * a post that holds a URL, uploading one image. The operator sets them (`xBill.prices`); the defaults are X's
 * published figures for the first two, and 0 for media, whose price crier could not confirm.
 */
export interface XPrices {
  post: number;
  postWithLink: number;
  mediaUpload: number;
}

export interface XCost {
  /** US dollars for the whole thread. */
  usd: number;
  /** One line per request, for people: "post with link $0.200". */
  lines: string[];
}

/** What sending `parts` would cost: each part priced by whether X sees a URL in it, plus the image upload. */
export function estimateXCost(parts: readonly Pick<PostPart, 'text'>[], prices: XPrices, image: boolean): XCost {
  const lines: string[] = [];
  let usd = 0;
  for (const part of parts) {
    const linked = twitterText.extractUrls(part.text).length > 0;
    const price = linked ? prices.postWithLink : prices.post;
    usd += price;
    lines.push(`${linked ? 'post with link' : 'post'} $${price.toFixed(3)}`);
  }
  if (image && parts.length > 0 && prices.mediaUpload > 0) {
    usd += prices.mediaUpload;
    lines.push(`image upload $${prices.mediaUpload.toFixed(3)}`);
  }
  return { usd: Math.round(usd * 1e6) / 1e6, lines };
}
