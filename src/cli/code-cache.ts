import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { packagePath } from '../paths.js';

/**
 * What a bundle's function is given: Node's CommonJS wrapper; what the ESM build has from import.meta and
 * import(), which a script lacks; and `__crierBundle`, which loads another bundle the same way (bundle.ts: the
 * packages only some commands' inputs need are in one of their own).
 */
export const CJS_WRAPPER_PARAMETERS = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  '__crierUrl',
  '__crierResolve',
  '__crierImport',
  '__crierBundle',
] as const;

/**
 * Runs a command's CommonJS bundle (`dist/bin/<name>.cjs`, src/cli/bundle.ts) with V8's code cache, so that
 * its functions are not parsed and compiled again on every run. Node 20 caches no code for ES modules
 * (`module.enableCompileCache` is Node 22); for a script, `vm.Script` takes V8's cached data. The
 * v8-compile-cache package (MIT, 2.4.0) does this for `require`, but caches what V8 compiled before the code
 * ran, not the functions compiled lazily while it ran (most of a command's).
 *
 * The cache is written after a run that succeeded (`createCachedData` then holds every function compiled so
 * far) to `$XDG_CACHE_HOME/crier` or `~/.cache/crier` (no cache without either variable): one file per bundle
 * content, Node version and architecture; writing one removes the command's others (earlier builds'). It is
 * code: it is read only from a directory and a file owned by this user and writable by no one else, and
 * written with mode 600 through a rename. V8 rejects data from another V8 version or other flags (and checks
 * the source's length only, hence the content hash in the file's name); rejected or unreadable data means
 * compiling as usual and writing it anew. A cache that cannot be written (read-only or missing directory) is
 * left alone. Resolves false when there is no such bundle.
 */
export async function runCached(name: string): Promise<boolean> {
  for (const flag of V8_FLAGS[name] ?? []) setFlagsFromString(flag);
  const command = loadBundle(name) as { run(): Promise<void> } | undefined;
  if (command === undefined) return false;
  await command.run();
  return true;
}

const loaded = new Map<string, unknown>();

/** The exports of `dist/bin/<name>.cjs`, run once per process through the code cache; undefined if no such file. */
function loadBundle(name: string): unknown {
  if (loaded.has(name)) return loaded.get(name);
  const file = packagePath('dist', 'bin', `${name}.cjs`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const key = createHash('sha256').update(bytes).update(`${process.version} ${process.arch}`).digest('hex');
  const dir = cacheDir();
  const cacheFile = dir === undefined ? undefined : join(dir, `${name}-${key.slice(0, 32)}.v8`);
  const cachedData = cacheFile === undefined ? undefined : readOwn(cacheFile);
  // The bundle is one function expression (bundle.ts writes it), called below with CJS_WRAPPER_PARAMETERS.
  const script = new Script(bytes.toString('utf8'), { filename: file, cachedData });
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    // After a failed run (a typo, a missing file) the cache would hold little of what a preview compiles.
    process.once('exit', (code) => {
      if (code === 0) writeOwn(cacheFile, () => script.createCachedData(), `${name}-`);
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
    pathToFileURL(file).href,
    (specifier: string) => import.meta.resolve(specifier),
    (specifier: string) => import(specifier),
    (other: string) => {
      const exports = loadBundle(other);
      if (exports === undefined) throw new Error(`crier's build has no dist/bin/${other}.cjs: run npm run build`);
      return exports;
    },
  );
  loaded.set(name, module.exports);
  return module.exports;
}

/**
 * V8 flags set before a command's bundle is compiled, so that its code cache is written and read under the same
 * flags (V8 rejects data written under other flags). `--no-regexp-tier-up`: by default V8 runs a regular
 * expression's first match in its bytecode interpreter, then compiles it again, to machine code, for the next
 * ones. A preview compiles the teaser engine's expressions (over a hundred, most with Unicode classes such as
 * `[\p{L}\p{M}\p{N}]`, costly to build) and runs most of them more than once: compiling each once, to machine
 * code, spends about a tenth fewer instructions on the seed (docs/operating.md, "How quickly the CLI starts").
 * What an expression matches does not depend on how V8 runs it. `--max-opt=1`: no optimising compiler beyond
 * Sparkplug's baseline code. A preview runs for a fraction of a second, and TurboFan's work (on other threads,
 * but with memory of its own) came back as less CPU and ~7 MB less resident memory with it off, on the seed and
 * on a 470 KB HTML page alike (docs/operating.md). What the code computes does not depend on the tier either.
 */
const V8_FLAGS: Record<string, readonly string[]> = { preview: ['--no-regexp-tier-up', '--max-opt=1'] };

function cacheDir(): string | undefined {
  const base = process.env.XDG_CACHE_HOME || (process.env.HOME ? join(process.env.HOME, '.cache') : undefined);
  return base === undefined ? undefined : join(base, 'crier');
}

/** Owned by this user, writable by no one else (getuid is POSIX only: elsewhere, no cache). */
function trusted(stats: { uid: number; mode: number }): boolean {
  return process.getuid !== undefined && stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

function readOwn(path: string): Buffer | undefined {
  try {
    if (!trusted(lstatSync(dirname(path)))) return undefined;
    const fd = openSync(path, 'r');
    try {
      const stats = fstatSync(fd);
      return stats.isFile() && trusted(stats) ? readFileSync(fd) : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Writes `path`, then removes the other files of the same command (earlier builds'), which no run will read. */
function writeOwn(path: string, data: () => Buffer, prefix: string): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!trusted(lstatSync(dir))) return;
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, data(), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, path);
    for (const other of readdirSync(dir)) {
      if (other.startsWith(prefix) && other.endsWith('.v8') && other !== basename(path)) rmSync(join(dir, other));
    }
  } catch {
    // No cache this time: the next run compiles as usual.
  }
}
