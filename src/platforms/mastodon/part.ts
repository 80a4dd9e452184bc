import type { PostPart } from '../parts.js';

export type MastodonVisibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface MastodonPart extends PostPart {
  language: string;
  visibility: MastodonVisibility;
}
