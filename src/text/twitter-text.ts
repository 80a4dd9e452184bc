import { createRequire } from 'node:module';
import type TwitterText from 'twitter-text';

/**
 * twitter-text, loaded without its polyfills. Import it from here, never from 'twitter-text' directly.
 *
 * Its Babel build requires core-js 2 modules for ES2015 features Node has had natively for years. Their
 * feature tests set `constructor` on a regular expression, and V8 then turns off its fast path for split,
 * replace and match with a regular expression in the whole process (its "RegExp species protector").
 * Measured here: a split about 70× slower, a replace about 10×; the teaser engine ran at half its speed and
 * scaled poorly over threads, and BullMQ and ioredis paid too. Each core-js module twitter-text asks for is put
 * in Node's module cache as an empty module before twitter-text loads (adding `require.cache` entries is
 * documented), so none of them runs. test/unit/platforms/twitter-text.test.ts checks V8's flag.
 */
const CORE_JS_MODULES = [
  'es6.array.filter',
  'es6.array.for-each',
  'es6.array.from',
  'es6.array.index-of',
  'es6.array.is-array',
  'es6.array.iterator',
  'es6.array.reduce',
  'es6.array.sort',
  'es6.date.to-string',
  'es6.object.assign',
  'es6.object.define-properties',
  'es6.object.define-property',
  'es6.object.keys',
  'es6.object.to-string',
  'es6.regexp.constructor',
  'es6.regexp.match',
  'es6.regexp.replace',
  'es6.regexp.split',
  'es6.regexp.to-string',
  'es6.string.iterator',
  'es6.symbol',
  'es7.object.get-own-property-descriptors',
  'web.dom.iterable',
];

const require = createRequire(import.meta.url);
const fromTwitterText = createRequire(require.resolve('twitter-text'));

function emptyCoreJs(): void {
  for (const name of CORE_JS_MODULES) {
    const filename = fromTwitterText.resolve(`core-js/modules/${name}`);
    // Only what the cache needs to answer `require` with `exports`; a module already loaded is left as it is.
    require.cache[filename] ??= { id: filename, filename, loaded: true, exports: {} } as NodeJS.Module;
  }
}
// In preview's bundle the build makes those modules empty itself and drops this call (src/cli/bundle.ts).
emptyCoreJs();

/** The functions crier (and its tests) call. Each is loaded from its own module of twitter-text's build on first use. */
type Used = Pick<
  typeof TwitterText,
  'parseTweet' | 'extractUrls' | 'extractUrlsWithIndices' | 'extractHashtags' | 'extractMentions'
>;

/**
 * twitter-text's entry point loads all 50 of its modules and their regular expressions (~130 files); `crier
 * preview` needs three functions (bench/cli.ts). Each function's own file, from the same pinned build (the
 * package has no `exports` map, so its files may be required), is the very function the entry point exports.
 */
const loaded = new Map<keyof Used, unknown>();
function lazy<K extends keyof Used>(name: K): Used[K] {
  return ((...args: unknown[]) => {
    let fn = loaded.get(name) as ((...a: unknown[]) => unknown) | undefined;
    if (!fn) {
      fn = fromTwitterText(`./${name}.js`) as (...a: unknown[]) => unknown; // `module.exports = exports.default`
      loaded.set(name, fn);
    }
    return fn(...args);
  }) as Used[K];
}

const twitterText: Used = {
  parseTweet: lazy('parseTweet'),
  extractUrls: lazy('extractUrls'),
  extractUrlsWithIndices: lazy('extractUrlsWithIndices'),
  extractHashtags: lazy('extractHashtags'),
  extractMentions: lazy('extractMentions'),
};
export default twitterText;
