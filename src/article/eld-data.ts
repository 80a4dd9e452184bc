/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes eld's "extrasmall" n-gram
 * database as JSON beside the built `language.js`. eld ships it as a 950 KB JavaScript object literal, which Node
 * parses and evaluates on every start that detects a language (the largest part of `crier preview`'s start);
 * JSON.parse reads the same data in about a third of that time (bench/cli.ts shows the whole command). language.ts
 * falls back to eld's own module when the JSON is not there (tests run from `src/`).
 */
import { writeFileSync } from 'node:fs';

const eldEntry = import.meta.resolve('eld');
const { ngramsData } = (await import(new URL('../ngrams/extrasmall.js', eldEntry).href)) as { ngramsData: unknown };
writeFileSync(new URL('./eld-extrasmall.json', import.meta.url), JSON.stringify(ngramsData));
