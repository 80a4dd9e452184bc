import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AppBskyRichtextFacet, UnicodeString as Unicode } from '@atproto/api';

/**
 * Bluesky's own detection, the very function `RichText.detectFacetsWithoutResolution` calls, loaded from its
 * module files: `@atproto/api`'s entry point also loads every lexicon and the XRPC client, ~40 MB in each
 * compose thread that needs none of them (these two files and theirs: ~6 MB). The package exports only
 * ".", so the files are found beside its entry point (the version is pinned; tests hold the result equal
 * to `RichText`'s). The CLI bundle (src/cli/bundle.ts) replaces this module with static imports of the same
 * two files, which a bundler can follow.
 */
const richText = new URL('./rich-text/', pathToFileURL(createRequire(import.meta.url).resolve('@atproto/api')));

export const { detectFacets } = (await import(new URL('detection.js', richText).href)) as {
  detectFacets(text: Unicode): AppBskyRichtextFacet.Main[] | undefined;
};
export const { UnicodeString } = (await import(new URL('unicode.js', richText).href)) as {
  UnicodeString: typeof Unicode;
};
