/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes eld's "extrasmall" n-gram
 * database beside the built `language.js`, as text that language.ts reads without parsing all of it. eld ships
 * it as a 950 KB JavaScript object literal of ~50,000 n-grams, each with its own small object of scores; building
 * them all (JavaScript or JSON alike) was the largest part of `crier preview`'s start, while detecting the
 * language of one article looks up a few hundred. Format: the first line is the rest of the database as JSON;
 * then one line per n-gram, sorted by its UTF-8 bytes (language.ts searches the file's bytes), `n-gram TAB
 * scores-as-JSON` (bench/cli.ts shows the command).
 * language.ts falls back to eld's own module when the file is not there (tests run from `src/`).
 */
import { writeFileSync } from 'node:fs';

const eldEntry = import.meta.resolve('eld');
const { ngramsData } = (await import(new URL('../ngrams/extrasmall.js', eldEntry).href)) as {
  ngramsData: { ngrams: Record<string, unknown> };
};
const { ngrams, ...rest } = ngramsData;
const keys = Object.keys(ngrams).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
if (keys.some((key) => /[\t\n]/.test(key) || /[\uD800-\uDFFF]/u.test(key)))
  throw new Error('an eld n-gram holds a tab, a line break or a lone surrogate');
const lines = [JSON.stringify(rest), ...keys.map((key) => `${key}\t${JSON.stringify(ngrams[key])}`)];
writeFileSync(new URL('./eld-extrasmall.ngrams', import.meta.url), `${lines.join('\n')}\n`);
