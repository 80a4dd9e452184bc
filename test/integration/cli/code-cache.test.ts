import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';
import { testRedisUrl, uniquePrefix } from '../../support/env.js';
import { runCrier } from '../../support/run-crier.js';

/**
 * `crier preview` (and `status`) through V8's code cache (src/cli/code-cache.ts), as an operator runs it: the built CLI in a
 * process of its own, its cache in a folder of the test's own ($XDG_CACHE_HOME).
 */
const SEED = packagePath('..', 'shared', 'seed-article.txt');
const ARGS = ['preview', SEED, '--url', 'https://example.org/chine-ia', '--json'];

/** Front matter (YAML), a raw HTML block and a heading: what gray-matter, js-yaml and linkedom read. */
const MARKDOWN = `---
title: Release 2.0 is out
url: https://example.org/blog/release-2-0
tags: [release]
---

Version 2.0 of the tool ships today with a faster parser and a new plugin interface.

<div class="note"><p>Upgrade before March: version 1 gets no more security fixes.</p></div>

## What changed
The parser is twice as fast on large files.
`;

function setUp() {
  const home = mkdtempSync(join(tmpdir(), 'crier-code-cache-'));
  const dir = join(home, 'crier');
  const run = (args = ARGS) => runCrier(args, { cwd: home, env: { XDG_CACHE_HOME: home } });
  const files = () => {
    try {
      return readdirSync(dir).map((name) => join(dir, name));
    } catch {
      return [];
    }
  };
  return { home, dir, run, files };
}

describe('crier preview and status with a code cache', () => {
  test('the first run writes the cache (mode 600); the next uses it as it is and prints the same bytes', async () => {
    const { dir, run, files } = setUp();
    const first = await run();
    expect(first.code).toBe(0);
    const [cache, ...more] = files();
    expect(more).toEqual([]);
    expect(cache).toMatch(/preview-[0-9a-f]{32}\.v8$/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(cache as string).mode & 0o777).toBe(0o600);
    const written = readFileSync(cache as string);

    const second = await run();
    expect(second).toEqual(first);
    // Accepted data is not written again: the same bytes, the same file.
    expect(files()).toEqual([cache]);
    expect(readFileSync(cache as string).equals(written)).toBe(true);
  });

  test('crier status has a cache of its own, used the same way', async () => {
    const { home, files } = setUp();
    const env = { XDG_CACHE_HOME: home, REDIS_URL: testRedisUrl(), CRIER_PREFIX: uniquePrefix() };
    const first = await runCrier(['status', '--json'], { cwd: home, env });
    expect(first.code).toBe(0);
    const [cache, ...more] = files();
    expect(more).toEqual([]);
    expect(cache).toMatch(/status-[0-9a-f]{32}\.v8$/);
    const written = readFileSync(cache as string);
    expect(await runCrier(['status', '--json'], { cwd: home, env })).toEqual(first);
    expect(readFileSync(cache as string).equals(written)).toBe(true);
  });

  test('a Markdown preview loads the markup packages from a bundle of their own, with a cache of its own', async () => {
    // A plain-text piece needs none of them (the seed's run above writes preview's file only).
    const { run, files } = setUp();
    const markdown = join(mkdtempSync(join(tmpdir(), 'crier-markdown-')), 'post.md');
    writeFileSync(markdown, MARKDOWN);
    const args = ['preview', markdown, '--json'];
    const first = await run(args);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).article).toMatchObject({ title: 'Release 2.0 is out', tags: ['release'] });
    expect(first.stdout).toContain('Upgrade before March');
    expect(files().map((file) => file.replace(/.*\//, '').replace(/-[0-9a-f]{32}\.v8$/, ''))).toEqual([
      'markup',
      'preview',
    ]);
    expect(await run(args)).toEqual(first);
  });

  test('the bundles are ASCII, so V8 keeps their text at one byte a character', () => {
    for (const name of ['preview', 'status', 'markup']) {
      const text = readFileSync(packagePath('dist', 'bin', `${name}.cjs`), 'latin1');
      expect({ name, nonAscii: text.match(/[^\0-\x7f]+/)?.[0] }).toEqual({ name, nonAscii: undefined });
    }
  });

  test("writing a command's cache removes its earlier ones (an earlier build's), not another command's", async () => {
    const { dir, run, files } = setUp();
    mkdirSync(dir, { mode: 0o700 });
    const stale = join(dir, `preview-${'0'.repeat(32)}.v8`);
    const status = join(dir, `status-${'0'.repeat(32)}.v8`);
    writeFileSync(stale, 'an earlier build', { mode: 0o600 });
    writeFileSync(status, 'status', { mode: 0o600 });
    expect((await run()).code).toBe(0);
    const left = files();
    expect(left).toHaveLength(2);
    expect(left).toContain(status);
    expect(left).not.toContain(stale);
  });

  test('a corrupt cache is rejected: the same output, and the cache is written anew', async () => {
    const { run, files } = setUp();
    const first = await run();
    const [cache] = files() as [string];
    writeFileSync(cache, Buffer.alloc(statSync(cache).size, 7));
    const second = await run();
    expect(second).toEqual(first);
    expect(readFileSync(cache).equals(Buffer.alloc(statSync(cache).size, 7))).toBe(false);
    expect(await run()).toEqual(first);
  });

  test('a failed run writes no cache', async () => {
    const { run, files } = setUp();
    const failed = await run(['preview', '/no/such/article.md']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/no such file/);
    expect(files()).toEqual([]);
  });

  test('a cache folder others may write to is neither read nor written', async () => {
    const { dir, run, files } = setUp();
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const first = await run();
    expect(first.code).toBe(0);
    expect(files()).toEqual([]);
  });

  test('without a cache folder it can create, preview runs as usual', async () => {
    const home = mkdtempSync(join(tmpdir(), 'crier-code-cache-'));
    const notADir = join(home, 'file');
    writeFileSync(notADir, '');
    const withCache = await runCrier(ARGS, { cwd: home, env: { XDG_CACHE_HOME: home } });
    const without = await runCrier(ARGS, { cwd: home, env: { XDG_CACHE_HOME: notADir } });
    expect(without).toEqual(withCache);
    expect(without.code).toBe(0);
  });
});
