import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { binPath, packagePath } from '../../../src/paths.js';
import twitterText from '../../../src/text/twitter-text.js';

/**
 * twitter-text's build requires core-js 2, whose feature tests set `constructor` on a regular expression: V8
 * then turns off its fast path for split, replace and match with a regular expression in the whole process
 * (a split measured about 70× slower). crier loads it without core-js (src/text/twitter-text.ts).
 * Checked in a plain Node process running the built code (Jest has a module registry of its own), with V8's
 * own flag for that fast path.
 */
function fastRegExpsAfterLoading(...modules: string[][]): string {
  const urls = modules.map((parts) => pathToFileURL(packagePath('dist', ...parts)).href);
  const script = `
    for (const url of ${JSON.stringify(urls)}) await import(url);
    // twitter-text's functions load on first call (src/text/twitter-text.ts): call each.
    const { default: tt } = await import(${JSON.stringify(pathToFileURL(packagePath('dist', 'src', 'text', 'twitter-text.js')).href)});
    for (const fn of Object.values(tt)) fn('Hello https://example.org #tag @someone');
    console.log(%RegExpSpeciesProtector());`;
  return execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  }).trim();
}

describe('twitter-text as crier loads it', () => {
  it('works: URLs weigh 23, emoji and CJK 2', () => {
    expect(twitterText.parseTweet('Hello https://example.org/a-long-path 🇨🇳 中文').weightedLength).toBe(
      6 + 23 + 1 + 2 + 1 + 4,
    );
  });

  it.each(Object.keys(twitterText) as Array<keyof typeof twitterText>)(
    '%s, loaded from its own module, answers as the entry point’s',
    (name) => {
      // After src/text/twitter-text.ts, so the entry point loads without core-js here too.
      const entry = createRequire(import.meta.url)('twitter-text') as Record<string, (text: string) => unknown>;
      const text = 'Hello https://example.org/a-long-path #tag @someone example.com 🇨🇳 中文';
      expect((twitterText[name] as (text: string) => unknown)(text)).toEqual(entry[name]?.(text));
    },
  );

  it('keeps V8 fast regular expressions in a worker, with the teaser engine and every platform client loaded', () => {
    expect(
      fastRegExpsAfterLoading(
        ['src', 'teaser', 'compose.js'],
        ['queues', 'workers.js'],
        ['src', 'platforms', 'registry.js'],
      ),
    ).toBe('true');
  });

  it('keeps them in crier preview, whose bundle holds twitter-text without core-js (src/cli/bundle.ts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crier-regexp-'));
    const check = join(dir, 'check.cjs');
    writeFileSync(
      check,
      "process.on('exit', () => process.stderr.write('species protector: ' + %RegExpSpeciesProtector()));",
    );
    const seed = packagePath('config', 'sample-article.md');
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '-r', check, binPath(), 'preview', seed], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', XDG_CACHE_HOME: dir },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/── X/);
    expect(run.stderr).toBe('species protector: true');
  });

  it('would lose them if twitter-text were loaded as it comes (the check can fail)', () => {
    const script = `require('twitter-text'); console.log(%RegExpSpeciesProtector());`;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], {
      encoding: 'utf8',
      cwd: packagePath(),
    });
    expect(out.trim()).toBe('false');
  });
});
