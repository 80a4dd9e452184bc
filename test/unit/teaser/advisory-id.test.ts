import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { advisoryId, plainAdvisoryLine, withAdvisoryId } from '../../../src/teaser/advisory-id.js';
import { draftTeaser } from '../../../src/teaser/draft.js';

describe('an advisory about one vulnerability names its CVE id (docs/teasers.md, "Composing the hook")', () => {
  test.each([
    ['Out of bounds read for cookie path', 'https://curl.se/docs/CVE-2025-9086.html', 'CVE-2025-9086'],
    ['A flaw in Widget (cve-2024-12345)', 'https://example.org/a', 'CVE-2024-12345'],
    ['Fixes for CVE-2024-1 and CVE-2024-2', 'https://example.org/a', undefined],
    ['Widget 1.2 released', 'https://example.org/2024/widget-1-2', undefined],
  ])('«%s» at %s → %s', (title, url, id) => {
    expect(advisoryId(title, url)).toBe(id);
  });

  test('the id goes before the first sentence, once', () => {
    expect(withAdvisoryId(['Out of bounds read.', 'Upgrade now.'], 'CVE-2025-9086')).toEqual([
      'CVE-2025-9086: Out of bounds read.',
      'Upgrade now.',
    ]);
    expect(withAdvisoryId(['A flaw (CVE-2025-9086) in Widget.'], 'CVE-2025-9086')).toEqual([
      'A flaw (CVE-2025-9086) in Widget.',
    ]);
  });

  test('in the post, not in the link card, which shows the page', () => {
    const article: Article = {
      id: 'a',
      url: 'https://curl.se/docs/CVE-2025-9086.html',
      lang: 'en',
      title: 'Out of bounds read for cookie path',
      body: 'A cookie path can be read out of bounds by a malicious server in some setups. Upgrade curl to version 8.16.0.',
      tags: [],
    };
    const draft = draftTeaser(article, { maxHashtags: 3, maxEmoji: 2 });
    expect(draft.sentences[0]).toMatch(/^CVE-2025-9086: /u);
    expect(draft.description).not.toContain('CVE-2025-9086');
  });
});

describe('an advisory’s list line keeps the CVE id and the description', () => {
  test.each([
    [
      'CVE-2026-39350 / GHSA-9gcg-w975-3rjh: (оцінка CVSS 5.4, Середній): Інʼєкція regex у serviceAccounts.',
      'CVE-2026-39350: Інʼєкція regex у serviceAccounts.',
    ],
    [
      'CVE-2026-41413 / GHSA-fgw5-hp8f-xfhc: (CVSS score 5.0, Moderate): SSRF via jwksUri.',
      'CVE-2026-41413: SSRF via jwksUri.',
    ],
    ['CVE-2026-41413 (CVSS 5.0): SSRF via jwksUri.', 'CVE-2026-41413: SSRF via jwksUri.'],
    // A score after the description, and an id in running text, are left.
    ['Source Code Exposure: CVE-2025-55183 (CVSS 5.3)', 'Source Code Exposure: CVE-2025-55183 (CVSS 5.3)'],
    ['A flaw (CVE-2025-9086) in Widget.', 'A flaw (CVE-2025-9086) in Widget.'],
  ])('«%s» → «%s»', (line, plain) => {
    expect(plainAdvisoryLine(line)).toBe(plain);
  });
});
