/**
 * A build step (`npm run build` runs the compiled file after tsc; nothing imports it): bundles the compiled CLI
 * (`dist/src/cli/main.js`) into `dist/bin/crier.js`, the package's `bin`, with one chunk per command loaded on
 * demand. Node resolves, reads and compiles every module file on its own; `crier preview` loaded ~350 of them
 * (zod alone ~100, Bluesky's facet detection and its @atproto packages ~80), which cost more than the command's
 * work (bench/cli.ts shows both). `crier preview` and `crier status` are also written as one CommonJS file each
 * (`dist/bin/<command>.cjs`, from src/cli/bundles/), which the bin runs through V8's code cache (code-cache.ts).
 *
 * What the bundle changes, and how it stays the same program:
 * - Files found at run time beside a module (`.lua` scripts, the eld JSON, the compose thread's file, config/):
 *   each module's `import.meta.url` is replaced with the URL of its compiled file in dist/, which the build keeps,
 *   so they are found where they always were.
 * - Packages: only those in BUNDLED are copied into the bundle (with what they import). The others stay
 *   imports of `node_modules`, as before: BullMQ, ioredis, sharp, pino, fastify and the platform clients read
 *   their own files, start workers or load native code, and only `crier worker`/`serve`/`enqueue` need them.
 *   A package bundled once must not also be imported from outside the bundle (two copies of zod would not
 *   know each other's schemas), hence fastify-type-provider-zod with zod.
 * - Loads through `createRequire` (twitter-text without its polyfills, JSON data of the teaser engine) and
 *   computed `import()`s stay loads at run time. Bluesky's facet detection (rich-text.ts), found beside
 *   `@atproto/api`'s entry point by a computed import, is given to the bundler as static imports of the same two
 *   files.
 */
import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parseSync } from 'oxc-parser';
import { packagePath } from '../paths.js';
import { CJS_WRAPPER_PARAMETERS } from './code-cache.js';

const OUT = packagePath('dist', 'bin');

/** Pure JavaScript packages that the quick commands (help, preview, status) load. */
const BUNDLED = new Set([
  'commander',
  'zod',
  'fastify-type-provider-zod',
  'dotenv',
  'iconv-lite',
  'chardet',
  'entities',
  'gray-matter',
  'js-yaml',
  'smol-toml',
  'linkedom',
  '@mozilla/readability',
  'p-limit',
]);

const packageName = (specifier: string): string => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** crier's own compiled modules (a package's files may sit under a `dist/src/` of their own). */
const OWN = [packagePath('dist', 'src'), packagePath('dist', 'queues')].map((dir) => `${dir}${sep}`);
const isOwn = (path: string): boolean => OWN.some((dir) => path.startsWith(dir));

/** Bare imports of crier's own modules: bundled if the package is in BUNDLED, else left to Node. */
const packages: Plugin = {
  name: 'packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || !isOwn(args.importer)) return undefined;
      return BUNDLED.has(packageName(args.path)) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * Each module's `import.meta.url` is its compiled file's, found from the bundle's own URL. A CommonJS bundle run
 * by code-cache.ts has no import.meta and no `import()` (vm.Script has none without an experimental flag):
 * there they are the wrapper's `__crierUrl`, `__crierResolve` and, for computed specifiers (URLs of files in
 * node_modules), `__crierImport`; esbuild turns the others into requires or bundled code.
 */
const moduleUrls = (format: 'esm' | 'cjs'): Plugin => ({
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!isOwn(args.path)) return undefined;
      return { contents: await ownSource(args.path, format), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
});

async function ownSource(path: string, format: 'esm' | 'cjs'): Promise<string> {
  const source = (await readFile(path, 'utf8')).replaceAll(
    'import.meta.url',
    `new URL(${JSON.stringify(relative(OUT, path))}, ${format === 'esm' ? 'import.meta.url' : '__crierUrl'}).href`,
  );
  if (format === 'esm') return source;
  return source.replaceAll('import.meta.resolve(', '__crierResolve(').replace(/\bimport\((?!['"])/g, '__crierImport(');
}

/**
 * rich-text.js as static imports of the two files of `@atproto/api` it loads. Those two import one function,
 * `graphemeLen` (to drop a tag over 64 grapheme clusters), from `@atproto/common-web`, whose entry point also
 * loads its DID documents, CIDs, a copy of zod 3 and a grapheme ponyfill with its Unicode tables (~150 KB that
 * `crier preview` parsed and ran for nothing): they get crier's own count, text/graphemes.ts, which counts as
 * `Intl.Segmenter` does, as common-web's does on Node (tests compare it with RichText's).
 */
const richText: Plugin = {
  name: 'rich-text',
  setup(b) {
    const require = createRequire(import.meta.url);
    const dir = new URL('./rich-text/', pathToFileURL(require.resolve('@atproto/api')));
    const file = (name: string) => JSON.stringify(fileURLToPath(new URL(name, dir)));
    b.onResolve({ filter: /\/rich-text\.js$/ }, (args) =>
      args.importer.endsWith('/platforms/bluesky/facets.js') ? { path: args.path, namespace: 'rich-text' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'rich-text' }, () => ({
      contents: `export { detectFacets } from ${file('detection.js')};\nexport { UnicodeString } from ${file('unicode.js')};\n`,
      loader: 'js',
      resolveDir: fileURLToPath(dir),
    }));
    b.onResolve({ filter: /^@atproto\/common-web$/ }, (args) =>
      args.importer.startsWith(fileURLToPath(dir)) ? { path: args.path, namespace: 'grapheme-len' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'grapheme-len' }, () => {
      const graphemes = packagePath('dist', 'src', 'text', 'graphemes.js');
      return {
        contents: `export { countGraphemes as graphemeLen } from ${JSON.stringify(graphemes)};\n`,
        loader: 'js',
        resolveDir: dirname(graphemes),
      };
    });
  },
};

/**
 * zod's namespace (`z`, which crier imports) carries its error messages in 48 languages, `z.locales`, about
 * half of its code, compiled by every command that validates settings. crier never switches zod's language
 * (its messages are English, zod's default, set from `locales/en.js` directly), so the bundle's `z.locales`
 * holds English only.
 */
const zodLocales: Plugin = {
  name: 'zod-locales',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js';\n",
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * In preview's CommonJS bundle, twitter-text's function files are bundled too, so that the code cache holds
 * them and nothing is resolved in node_modules at run time (both were ~80 ms of a preview: ~50 files, each
 * found, read and compiled). text/twitter-text.ts requires each file on first use; here each is a static
 * `require` of the same file, still on first use. The core-js modules of its build are empty modules, as
 * twitter-text.ts makes them at run time (why, there), so its call that does so, 23 lookups in node_modules
 * (~5 ms), is dropped.
 */
const EMPTY_CORE_JS = '\nemptyCoreJs();';
const twitterText: Plugin = {
  name: 'twitter-text',
  setup(b) {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the call's text in twitter-text.js, not a template
    const load = 'fromTwitterText(`./${name}.js`)';
    const file = packagePath('dist', 'src', 'text', 'twitter-text.js');
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]text[\\/]twitter-text\.js$/ }, async (args) => {
      const source = await ownSource(args.path, 'cjs');
      if (args.path !== file || !source.includes(load) || !source.includes(EMPTY_CORE_JS))
        throw new Error(`bundle.ts: ${args.path} no longer loads with ${load} or calls emptyCoreJs()`);
      return {
        contents: `import { requireFile } from 'twitter-text-files';\n${source.replace(load, 'requireFile(name)').replace(EMPTY_CORE_JS, '')}`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
    // A module of its own: esbuild bundles a `require` of the global one only, and twitter-text.js has its own.
    b.onResolve({ filter: /^twitter-text-files$/ }, (args) => ({ path: args.path, namespace: 'twitter-text-files' }));
    b.onLoad({ filter: /.*/, namespace: 'twitter-text-files' }, async () => {
      const names = [...(await readFile(file, 'utf8')).matchAll(/lazy\('(\w+)'\)/g)].map((match) => match[1]);
      const cases = names.map((name) => `    case '${name}': return require('twitter-text/dist/${name}.js');`);
      return {
        contents: `export function requireFile(name) {\n  switch (name) {\n${cases.join('\n')}\n  }\n}\n`,
        loader: 'js',
        resolveDir: dirname(file),
      };
    });
    b.onResolve({ filter: /^core-js\/modules\// }, (args) =>
      args.importer.includes(`${sep}twitter-text${sep}`) ? { path: args.path, namespace: 'core-js-unused' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'core-js-unused' }, () => ({ contents: '', loader: 'js' }));
  },
};

/**
 * language.ts builds eld's detector with eld's own constructor, which the package exports no path to: at run time
 * it is a computed `import()` of `languageDetector.js` beside eld's entry point, so Node found, read and compiled
 * that file and the seven it imports on every `crier preview` (~20 ms, bench/cli.ts), with no code cache for
 * ES modules. In the CommonJS bundles that call is a static import of the same file, bundled with its imports.
 */
const eldDetector: Plugin = {
  name: 'eld-detector',
  setup(b) {
    const call = "__crierImport(new URL('../languageDetector.js', __crierResolve('eld')).href)";
    const file = packagePath('dist', 'src', 'article', 'language.js');
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]article[\\/]language\.js$/ }, async (args) => {
      const source = await ownSource(args.path, 'cjs');
      if (args.path !== file || !source.includes(call))
        throw new Error(`bundle.ts: ${args.path} no longer loads eld's constructor with ${call}`);
      return { contents: source.replace(call, "import('eld-detector')"), loader: 'js', resolveDir: dirname(file) };
    });
    b.onResolve({ filter: /^eld-detector$/ }, () => ({
      path: fileURLToPath(new URL('../languageDetector.js', import.meta.resolve('eld'))),
    }));
  },
};

/**
 * commander requires `node:child_process` when it loads, for one thing crier never does (run a subcommand
 * from an executable file of its own): in the bundle it is required on that first use. Loading it (with
 * `node:net` and `node:dgram`, which it requires) cost every command a few milliseconds.
 */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(`${sep}commander${sep}`)
        ? { path: args.path, namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };\n",
      loader: 'js',
    }));
  },
};

/**
 * Packages that only some inputs need, kept out of the command bundles and built once into `markup.cjs`, which a
 * bundle loads through the code cache (`__crierBundle`, code-cache.ts) when one of them is first imported: HTML
 * and Markdown intake (linkedom with its CSS and HTML parsers, Readability, front matter in YAML or TOML) and
 * text in a legacy charset. Most of what a bundle's file holds, they cost every run of `crier preview` that
 * needs none of them (the file is read, made a string and hashed, each time) — a plain-text piece, an RSS item
 * already parsed. They are CommonJS packages or have a CommonJS build, so what the bundle's import gets from
 * `markup.cjs` (the package's `module.exports`) is what it got from the package.
 */
const ON_DEMAND = ['linkedom', '@mozilla/readability', 'gray-matter', 'js-yaml', 'smol-toml', 'iconv-lite', 'chardet'];
const MARKUP = 'markup';

const onDemand: Plugin = {
  name: 'on-demand',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      ON_DEMAND.includes(packageName(args.path)) && isOwn(args.importer)
        ? { path: args.path, namespace: 'on-demand' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      contents: `module.exports = __crierBundle(${JSON.stringify(MARKUP)})[${JSON.stringify(args.path)}];\n`,
      loader: 'js',
    }));
  },
};

/** `markup.cjs`'s entry: each package behind a getter, so that one is run when first asked for. */
const markupEntry = ON_DEMAND.map(
  (name) => `  get ${JSON.stringify(name)}() { return require(${JSON.stringify(name)}); },`,
).join('\n');

interface Span {
  start: number;
  end: number;
}

/**
 * V8 keeps a script's text at one byte per character only when every character is ASCII: one «é» in a regular
 * expression doubled the memory of preview's whole bundle (~1 MB read, decoded to a two-byte string, hashed and
 * kept). esbuild writes strings, templates and names in ASCII (its default `charset`) but leaves regular
 * expression literals, tagged templates and comments as they are, because escaping changes what `.source` or a
 * tag's raw strings see. Here a regular expression literal gets `\uXXXX` for each non-ASCII UTF-16 unit (the same
 * character to the expression, with or without the `u` flag; `.source` shows the escape), and a `String.raw`
 * template a substitution `${"\uXXXX"}` for it (the same string); comments keep their text, escaped. Anything else
 * keeps its characters, and the bundle stays a valid, if two-byte, script (a test checks that the bundles are
 * ASCII).
 */
function asciiScript(code: string, file: string): string {
  const { program, comments, errors } = parseSync(file, code, { sourceType: 'script', lang: 'js' });
  if (errors.length > 0) throw new Error(`bundle.ts: ${file}: ${errors[0]?.message}`);
  const edits: (Span & { text: string })[] = [];
  const source = (span: unknown) => code.slice((span as Span).start, (span as Span).end);
  const escapes = (text: string) =>
    text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as Span & { type?: string; regex?: unknown; [key: string]: unknown };
    if (n.type === 'Literal' && n.regex !== undefined) {
      // An identity escape of a non-ASCII character («\é», allowed without `u`) loses its backslash.
      const text = source(n).replace(/(?<!\\)((?:\\\\)*)\\([^\0-\x7f])/g, '$1$2');
      edits.push({ start: n.start, end: n.end, text: escapes(text) });
      return;
    }
    if (n.type === 'TaggedTemplateExpression' && source(n.tag) === 'String.raw') {
      for (const quasi of (n.quasi as { quasis: Span[] }).quasis) {
        const text = source(quasi).replace(/[^\0-\x7f]+/g, (run) => `\${"${escapes(run)}"}`);
        edits.push({ start: quasi.start, end: quasi.end, text });
      }
    }
    for (const key in n) if (key !== 'type') visit(n[key]);
  };
  visit(program);
  for (const comment of comments)
    edits.push({ start: comment.start, end: comment.end, text: escapes(source(comment)) });
  let out = '';
  let at = 0;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + code.slice(at);
}

// twitterText and eldDetector first: the files they load are their own, not moduleUrls's and packages's.
const plugins = (format: 'esm' | 'cjs') => [
  ...(format === 'cjs' ? [twitterText, eldDetector, onDemand] : []),
  packages,
  moduleUrls(format),
  richText,
  zodLocales,
  lazyChildProcess,
];

rmSync(OUT, { recursive: true, force: true }); // chunk names change with their content
await build({
  entryPoints: { crier: packagePath('dist', 'src', 'cli', 'main.js') },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS packages require Node's built-in modules: ESM has no `require` of its own.
  banner: {
    js: "import { createRequire as createRequire_ } from 'node:module';\nconst require = createRequire_(import.meta.url);",
  },
  plugins: plugins('esm'),
  logLevel: 'warning',
});
// `crier preview` and `crier status`, each in one CommonJS file, which main.ts runs through V8's code cache
// (code-cache.ts), and the packages they load on demand, in one more.
const entries = [
  ...['preview', 'status'].map((command) => ({
    name: command,
    entry: { entryPoints: [packagePath('dist', 'src', 'cli', 'bundles', `${command}.js`)] },
  })),
  {
    name: MARKUP,
    entry: { stdin: { contents: `module.exports = {\n${markupEntry}\n};\n`, resolveDir: packagePath() } },
  },
];
for (const { name, entry } of entries) {
  const outfile = join(OUT, `${name}.cjs`);
  const { outputFiles } = await build({
    ...entry,
    outfile,
    write: false,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // import() of a package left in node_modules becomes require() (Node 20.19 requires ES modules too).
    supported: { 'dynamic-import': false },
    plugins: plugins('cjs'),
    // The function code-cache.ts calls, written here rather than added around the file's text at run time: V8
    // would copy that joined string of several megabytes once more, into a flat one, before it could compile it.
    banner: { js: `(function (${CJS_WRAPPER_PARAMETERS.join(', ')}) {` },
    footer: { js: '})' },
    // import.meta left in a CommonJS bundle would be an empty object: a build error, not a wrong path at run time.
    logOverride: { 'empty-import-meta': 'error' },
    logLevel: 'warning',
  });
  for (const { path, text } of outputFiles) await writeFile(path, path === outfile ? asciiScript(text, path) : text);
}
