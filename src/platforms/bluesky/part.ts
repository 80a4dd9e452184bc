import type { PostPart } from '../parts.js';

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
