import type { AppBskyRichtextFacet } from '@atproto/api';
import { utf8Length } from '../../text/graphemes.js';
import type { BlueskyFacet } from './part.js';
import { detectFacets, UnicodeString } from './rich-text.js';

const LINK = 'app.bsky.richtext.facet#link';
const TAG = 'app.bsky.richtext.facet#tag';

type Feature = BlueskyFacet['features'][number];

/** Only link and tag features: a mention detected offline carries a handle, not a DID, and the PDS refuses it. */
function keptFeature(feature: { $type?: string; uri?: unknown; tag?: unknown }): Feature | null {
  if (feature.$type === LINK && typeof feature.uri === 'string') return { $type: LINK, uri: feature.uri };
  if (feature.$type === TAG && typeof feature.tag === 'string') return { $type: TAG, tag: feature.tag };
  return null;
}

export interface ShownLink {
  /** The text shown in the post. */
  display: string;
  /** Where it leads (the full link, UTM parameters included). */
  uri: string;
}

/**
 * The record's facets, UTF-8 byte offsets, end exclusive, in text order. Tags and any other links come from
 * Bluesky's own detection, as `RichText.detectFacetsWithoutResolution` finds them (docs/platforms/bluesky.md); the post's own link
 * is placed here on its last occurrence, so its `uri` is the full link even when `display` is shortened
 * or ends in punctuation the detector would strip.
 * ```
 * "🇨🇳 … ?\n\n#IA #OpenSource\nhttps://example.org/chine-ia"
 *             ^^^ ^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *             tag    tag       link (uri = the full link)
 * ```
 */
export function blueskyFacets(text: string, link?: ShownLink): BlueskyFacet[] {
  const at = link === undefined ? -1 : text.lastIndexOf(link.display);
  const read = link !== undefined && endsAfterSpace(text, at, link.display) ? text.slice(0, at) : text;
  const detected: AppBskyRichtextFacet.Main[] = detectFacets(new UnicodeString(read)) ?? [];
  let own: BlueskyFacet | undefined;
  if (link) {
    if (at !== -1) {
      const byteStart = utf8Length(text.slice(0, at));
      own = {
        index: { byteStart, byteEnd: byteStart + utf8Length(link.display) },
        features: [{ $type: LINK, uri: link.uri }],
      };
    }
  }
  const facets: BlueskyFacet[] = [];
  for (const facet of detected) {
    const features = facet.features.map(keptFeature).filter((f): f is Feature => f !== null);
    if (features.length === 0) continue;
    const { byteStart, byteEnd } = facet.index;
    if (own && byteStart < own.index.byteEnd && own.index.byteStart < byteEnd) continue;
    facets.push({ index: { byteStart, byteEnd }, features });
  }
  if (own) facets.push(own);
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}

/**
 * The post's own link ends the text after a space, as every layout puts it: detection then reads only the text before
 * it. No link, tag or mention reaches across a space, and whatever detection finds in the link gives way to the own
 * facet, so the facets are the same. Bluesky checks a bare domain against some 1,400 TLDs one by one, and the shown
 * link's (read as «www.ruby» in «www.ruby-lang.org/…»: no TLD) was most of what detection cost a post.
 */
function endsAfterSpace(text: string, at: number, display: string): boolean {
  return at > 0 && at + display.length === text.length && /\s/u.test(text.charAt(at - 1));
}
