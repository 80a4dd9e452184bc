import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this file whether it runs from `src/` (tests) or `dist/src/` (built):
 * `config/` and the bundled sample are read relative to it.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('crier: cannot find the package root');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findRoot();

export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}

/**
 * The `crier` command as npm installs it: the package's `bin` under `root` (the bundle that `npm run build`
 * writes, src/cli/bundle.ts). Tests and benchmarks run this file, as `npx crier` does.
 */
export function binPath(root: string = PACKAGE_ROOT): string {
  const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: string | { crier: string } };
  return join(root, typeof bin === 'string' ? bin : bin.crier);
}
