import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { IntakeError, loadArticle, parseArticle } from '../../../src/article/load.js';
import { rejection } from '../../support/rejection.js';
import { FETCH } from './support.js';

const scratch = mkdtempSync(join(tmpdir(), 'crier-intake-'));

/**
 * Broken inputs are written here by the test rather than kept in test/fixtures: the repository's
 * formatter would "fix" them (or fail on them) otherwise.
 */
const BAD_FILES: Record<string, string | Uint8Array> = {
  'empty.md': '',
  'blank.txt': '   \n\n  \n',
  'picture.txt': Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]),
  'article.docx': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0]),
  'invalid-yaml.md': '---\ntitle: Broken\ntags: [a, b\nurl: https://example.org/x\n---\n\nText.\n',
  'invalid-yaml-below-blank-lines.md':
    '\n\n---\ntitle: Broken\ntags: [a, b\nurl: https://example.org/x\n---\n\nText.\n',
  'invalid.json': '{\n  "title": "Broken",\n  "url": "https://example.org/x",\n}\n',
  'no-title.md': '---\nurl: https://example.org/no-title\nlang: en\n---\n\n```\ncode, no text\n```\n',
  'invalid-json-front-matter.md': '{\n  "title": "Broken",\n  "tags": ["a", "b"],\n}\n\nText.\n',
  'invalid-ziggy.md': '---\n.title = "Broken",\n.date = "2025-11-26"\n.author = "A"\n---\n\nText.\n',
  'bare-value-front-matter.md': '---\nJust a sentence, no fields\n---\n\nText.\n',
  'no-url.md': '---\ntitle: No link here\nlang: en\n---\n\nSome text.\n',
};
for (const [name, content] of Object.entries(BAD_FILES)) writeFileSync(join(scratch, name), content);

describe('bad input: one IntakeError that says what, where and how to fix it', () => {
  test.each([
    ['an empty file', 'empty.md', {}, /empty\.md: it is empty\. Give an article/],
    ['a file of blank lines', 'blank.txt', {}, /blank\.txt: it holds only blank space/],
    [
      'a binary file with a text extension',
      'picture.txt',
      {},
      /picture\.txt: this is a binary file, not text\. Give a Markdown \(\.md\)/,
    ],
    [
      'invalid YAML, with its line',
      'invalid-yaml.md',
      {},
      /invalid-yaml\.md: invalid YAML front matter at line 4: .+\. Fix the front matter/,
    ],
    [
      'invalid YAML below blank lines, with its line in the file',
      'invalid-yaml-below-blank-lines.md',
      {},
      /invalid-yaml-below-blank-lines\.md: invalid YAML front matter at line 6: /,
    ],
    [
      'invalid JSON, with its place',
      'invalid.json',
      {},
      /invalid\.json: invalid JSON at line 4, column 1: .+\. Fix the JSON/,
    ],
    [
      'invalid JSON front matter, with its place',
      'invalid-json-front-matter.md',
      {},
      /invalid-json-front-matter\.md: invalid JSON front matter at line 4, column 1: .+\. Fix the front matter \(JSON: "key": "value" pairs separated by commas, no comma after the last/,
    ],
    [
      'invalid Ziggy, with its line',
      'invalid-ziggy.md',
      {},
      /invalid-ziggy\.md: invalid Ziggy front matter at line 4: expected a comma, found `\.`\. Fix the front matter \(Ziggy: one `\.key = "value",` a line/,
    ],
    [
      'front matter that is neither YAML, TOML nor Ziggy',
      'bare-value-front-matter.md',
      {},
      /bare-value-front-matter\.md: the front matter between the --- lines is one value, not fields: it reads as none of YAML \(`title: …`\), TOML \(`title = "…"`\) and Ziggy \(`\.title = "…",`\)\. Write its fields/,
    ],
    [
      'no title and no text to take one from',
      'no-title.md',
      {},
      /no-title\.md: no title\. Add a `title:` line to the front matter \(between the --- lines at the top\), or text below it/,
    ],
    ['no canonical URL', 'no-url.md', {}, /no-url\.md: no canonical URL\. Pass --url URL/],
    [
      'an unknown extension',
      'article.docx',
      {},
      /article\.docx: unknown file type "\.docx"\. Give a file ending in one of \.md \.markdown \.mdx \.json \.txt/,
    ],
    ['a missing file', 'nope.md', {}, /nope\.md: no such file\. Check the path/],
    [
      'a relative --url',
      'no-url.md',
      { url: '/blog/x' },
      /the canonical URL "\/blog\/x" \(from --url\) is not an absolute http\(s\) URL/,
    ],
    [
      'a --lang that is not a tag',
      'no-url.md',
      { url: 'https://example.org/x', lang: 'French!' },
      /"French!" is not a language tag\. Pass --lang as a BCP 47 tag/,
    ],
  ])('%s', async (_name, file, options, message) => {
    const error = await rejection(IntakeError, loadArticle(join(scratch, file), { ...options, fetch: FETCH }));
    expect(error.message).toMatch(message);
    // One line for the operator: no stack trace, no "[object Object]".
    expect(error.message).not.toMatch(/\n|\bat .+:\d+:\d+|object Object/);
  });

  test('a 50 MB file is refused by its size, before it is read', async () => {
    const path = join(scratch, 'huge.md');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024);
    const error = await rejection(IntakeError, loadArticle(path, { fetch: FETCH }));
    expect(error.message).toMatch(/huge\.md: the file is 50 MB, more than the 5 MB an article may have/);
  });

  test('a folder is not an article', async () => {
    const error = await rejection(IntakeError, loadArticle(`${scratch}/`, { fetch: FETCH }));
    expect(error.message).toMatch(/folder|no such file|unknown file type/);
  });

  test('an unknown host', async () => {
    const error = await rejection(
      IntakeError,
      loadArticle('http://crier-no-such-host.invalid/article', { fetch: { ...FETCH, timeoutMs: 5_000 } }),
    );
    // Without a resolver at all (an offline CI), the lookup may time out instead of failing.
    expect(error.message).toMatch(/the host crier-no-such-host\.invalid cannot be found|cannot reach|did not answer/);
  });

  test('a host that refuses the connection', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await rejection(
      IntakeError,
      loadArticle(`http://127.0.0.1:${port}/article`, { fetch: { ...FETCH, allowPrivateAddresses: true } }),
    );
    expect(error.message).toMatch(/127\.0\.0\.1:\d+ refused the connection\. Check the URL and your network/);
  });

  test.each([
    ['ftp://example.org/a.md', 'ftp:'],
    ['file:///etc/passwd', 'file:'],
    ['gopher://127.0.0.1:6379/_FLUSHALL', 'gopher:'],
    ['data:text/plain,hello', 'data:'],
  ])('a scheme other than http(s): %s', async (source, scheme) => {
    const error = await rejection(IntakeError, loadArticle(source, { fetch: FETCH }));
    expect(error.message).toBe(
      `${source}: only http and https URLs are accepted, not ${scheme}. Give an http(s) address or a file path`,
    );
  });

  test.each([
    ['an empty body', '', 'markdown', /it is empty/],
    ['a JSON list', '[1, 2]', 'json', /the JSON is a list, not an article object/],
    [
      'a bad publishAt',
      '{"title": "T", "url": "https://example.org/a", "lang": "en", "publishAt": "tomorrow"}',
      'json',
      /publishAt "tomorrow" is not a date\. Write it as ISO 8601/,
    ],
  ] as const)('parseArticle refuses %s', async (_name, content, kind, message) => {
    const error = await rejection(IntakeError, parseArticle(content, kind, { source: 'request body' }));
    expect(error.message).toMatch(/^request body: /);
    expect(error.message).toMatch(message);
  });
});
