import { describe, expect, test } from '@jest/globals';
import { hostLabel, publisherLabel } from '../../../src/teaser/hosts.js';

describe('hostLabel: the name a site’s host spells (docs/teasers.md, "Hashtags", rule 7)', () => {
  test.each([
    ['https://www.contributor-covenant.org/fa-ir/version/1/4/code-of-conduct/', 'contributor-covenant'],
    ['https://helm.sh/ko/blog/celebrating-helms-cncf-graduation/', 'helm'],
    ['https://fluxcd.io/blog/2026/06/flux-v2.9.0/', 'flux'],
    // dev14: ergoplatform.org is Ergo's (its posts had #Seguridad #Privacidad, «no #Ergo»).
    ['https://ergoplatform.org/es/blog/2022-01-06-ergohack-iii-registration-information/', 'ergo'],
    ['https://www.example.co.uk/news/a', 'example'],
    ['https://rust-br.github.io/rust-book-pt-br/', 'rust-br'],
  ])('%s → %s', (url, name) => {
    expect(hostLabel(url)).toBe(name);
  });

  test.each([
    ['no address', undefined],
    ['a government’s bare domain', 'https://www.gov.cn/a'],
    ['an address that does not parse', 'not a url'],
  ])('none for %s', (_, url) => {
    expect(hostLabel(url)).toBeUndefined();
  });
});

describe('publisherLabel: the same label as it is, digits and all (the last-resort host tag, #12Factor)', () => {
  test.each([
    ['https://12factor.net/fa/processes', '12factor'],
    ['https://wz2100.net/de/news/version-4-2-2/', 'wz2100'],
    ['https://www.example.co.uk/news/a', 'example'],
    ['https://rust-br.github.io/rust-book-pt-br/', 'rust-br'],
  ])('%s → %s', (url, label) => {
    expect(publisherLabel(url)).toBe(label);
  });

  test('none for an address that does not parse', () => {
    expect(publisherLabel('not a url')).toBeUndefined();
  });
});
