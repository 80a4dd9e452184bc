import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { packagePath } from '../../../src/paths.js';

/**
 * The boundaries of docs/architecture.md, checked on the import statements of src/ and queues/: the arrows
 * that must not exist, and no cycle between areas. An area is a folder under src/ (src/teaser, src/platforms…),
 * a file at src/'s top (config, log, paths), or queues/. A small reader of `from '…'` rather than a dependency
 * graph tool: crier's imports are all static ESM `import … from` / `export … from` / `import('…')` with
 * relative paths, and this stays one file that runs in milliseconds inside `npm test`.
 */
const ROOT = packagePath();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * `src/teaser/compose.ts` → `teaser`; `src/config.ts` → `config`; `queues/…` → `queues`. The list of platform
 * ids (`src/platforms/platform.ts`) is a vocabulary every area shares, the config's schema included, and
 * imports nothing: an area of its own, not a way into the platforms' code.
 */
function areaOf(path: string): string {
  const file = relative(ROOT, path).replace(/\.js$/, '.ts');
  if (file === join('src', 'platforms', 'platform.ts')) return 'platform-ids';
  const [top, second, third] = file.split(/[\\/]/);
  if (top !== 'src') return top as string;
  return third === undefined ? (second as string).replace(/\.[jt]s$/, '') : (second as string);
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every import between two different areas, as `from → to` with the file that makes it. */
const arrows = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'queues'))]
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => ({
      from: areaOf(file),
      to: areaOf(resolve(dirname(file), match[1] as string)),
      file: relative(ROOT, file),
    })),
  )
  .filter((arrow) => arrow.from !== arrow.to);

const FORBIDDEN: Array<[from: string, to: string[], why: string]> = [
  [
    'teaser',
    ['queues', 'ledger', 'config', 'server', 'cli', 'writers'],
    'the engine is pure: it gets an article and options, and knows nothing of the AI writer',
  ],
  [
    'writers',
    ['queues', 'ledger', 'config', 'server', 'cli'],
    'the writers are pure but for the model call they are handed: an article, options, the extractive floor',
  ],
  ['article', ['queues', 'cli', 'server'], 'intake turns input into an Article and knows nothing of what follows'],
  [
    'platforms',
    ['queues', 'server', 'cli', 'teaser'],
    'a platform is called by the engine and the publisher, never the reverse',
  ],
  [
    'text',
    ['article', 'teaser', 'platforms', 'queues', 'ledger', 'server', 'cli', 'config'],
    'the text module is a leaf',
  ],
  [
    'redis',
    ['article', 'teaser', 'platforms', 'queues', 'ledger', 'server', 'cli', 'config'],
    'the Redis helpers are a leaf',
  ],
];

describe('architecture', () => {
  test('the arrows that must exist are found: the engine reaches the platforms, the queues the engine', () => {
    const found = (from: string, to: string) => arrows.some((a) => a.from === from && a.to === to);
    expect([found('teaser', 'platforms'), found('queues', 'teaser'), found('platforms', 'text')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  test.each(FORBIDDEN)('%s imports none of %j (%s)', (from, to) => {
    const wrong = arrows.filter((a) => a.from === from && to.includes(a.to)).map((a) => `${a.file} → ${a.to}`);
    expect(wrong).toEqual([]);
  });

  test('no import cycle between areas', () => {
    const next = new Map<string, Set<string>>();
    for (const { from, to } of arrows) next.set(from, (next.get(from) ?? new Set()).add(to));
    const reaches = (start: string, goal: string): boolean => {
      const seen = new Set<string>();
      const stack = [...(next.get(start) ?? [])];
      while (stack.length > 0) {
        const area = stack.pop() as string;
        if (area === goal) return true;
        if (seen.has(area)) continue;
        seen.add(area);
        stack.push(...(next.get(area) ?? []));
      }
      return false;
    };
    const cycles = arrows.filter((a) => reaches(a.to, a.from)).map((a) => `${a.from} → ${a.to} (${a.file}) and back`);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
