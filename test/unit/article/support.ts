import { fileURLToPath } from 'node:url';
import type { Settings } from '../../../src/config.js';

/** The shared folder sits beside the repository (../shared), on a developer's machine and in CI. */
export const SHARED = fileURLToPath(new URL('../../../../shared/', import.meta.url));
export const CORPUS = `${SHARED}corpus/`;
export const FIXTURES = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

export const FETCH: Settings['fetch'] = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateAddresses: false,
};

export interface ManifestEntry {
  file: string;
  lang: string;
  url: string;
  title: string;
}
