import type { PartsByPlatform } from '../platforms/parts.js';
import type { PlatformId } from '../platforms/platform.js';

/** Each platform's thread to post (usually one part). Platforms not asked for are absent. */
export type Teasers = { [P in PlatformId]?: Array<PartsByPlatform[P]> };
