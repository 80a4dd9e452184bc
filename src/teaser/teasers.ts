import type { PlatformId } from '../platforms/platform.js';

/**
 * The preview contract (DESIGN.md): what crier would send, part by part.
 * `text` is exactly what is sent, `length` is the platform's own count of it, `limit` the limit used.
 */
export interface PostPart {
  text: string;
  length: number;
  limit: number;
}

/** A Bluesky rich-text facet as stored in the record: UTF-8 byte offsets, end exclusive. */
export interface BlueskyFacet {
  index: { byteStart: number; byteEnd: number };
  features: Array<
    { $type: 'app.bsky.richtext.facet#link'; uri: string } | { $type: 'app.bsky.richtext.facet#tag'; tag: string }
  >;
}

/** The link card; its thumb is uploaded as a blob at publish time, from the article image. */
interface BlueskyExternalEmbed {
  $type: 'app.bsky.embed.external';
  external: { uri: string; title: string; description: string };
}

export interface BlueskyPart extends PostPart {
  facets: BlueskyFacet[];
  langs: string[];
  /** On the first part of a thread only. */
  embed?: BlueskyExternalEmbed;
}

export type MastodonVisibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface MastodonPart extends PostPart {
  language: string;
  visibility: MastodonVisibility;
}

export interface PartsByPlatform {
  x: PostPart;
  bluesky: BlueskyPart;
  mastodon: MastodonPart;
}

/** Each platform's thread to post (usually one part). Platforms not asked for are absent. */
export type Teasers = { [P in PlatformId]?: Array<PartsByPlatform[P]> };
