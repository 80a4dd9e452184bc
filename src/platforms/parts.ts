import type { BlueskyPart } from './bluesky/part.js';
import type { MastodonPart } from './mastodon/part.js';
import type { PlatformId } from './platform.js';

/**
 * One part of a post as crier sends it and as the preview shows it (docs/architecture.md, "Contracts"):
 * `text` is exactly what is sent, `length` is the platform's own count of it, `limit` the limit used.
 */
export interface PostPart {
  text: string;
  length: number;
  limit: number;
}

/** Each platform's part type. A platform added to PLATFORMS is a type error here until it has one. */
export type PartsByPlatform = { [P in PlatformId]: PartTypes[P] };

interface PartTypes {
  x: PostPart;
  bluesky: BlueskyPart;
  mastodon: MastodonPart;
}
