import { describe, expect, test } from '@jest/globals';
import { hostName } from '../../../src/teaser/hosts.js';

describe('hostName: the name a site’s host spells, as a tag (docs/teasers.md, "Hashtags", rule 7)', () => {
  test.each([
    ['https://www.contributor-covenant.org/fa-ir/version/1/4/code-of-conduct/', 'ContributorCovenant'],
    ['https://helm.sh/ko/blog/celebrating-helms-cncf-graduation/', 'Helm'],
    ['https://fluxcd.io/blog/2026/06/flux-v2.9.0/', 'Flux'],
    ['https://www.example.co.uk/news/a', 'Example'],
    ['https://rust-br.github.io/rust-book-pt-br/', 'RustBr'],
  ])('%s → %s', (url, name) => {
    expect(hostName(url)).toBe(name);
  });

  test.each([
    ['no address', undefined],
    ['a government’s bare domain', 'https://www.gov.cn/a'],
    ['an address that does not parse', 'not a url'],
  ])('none for %s', (_, url) => {
    expect(hostName(url)).toBeUndefined();
  });
});
