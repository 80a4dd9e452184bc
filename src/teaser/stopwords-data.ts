/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes stopwords-iso's lists beside
 * the built words.js, one language a line, `language TAB list-as-JSON`. The package is one JSON object of all
 * 58 languages (207 KB), which words.ts parsed whole for the one or two lists an article needs; from this file it
 * parses those lines only (docs/operating.md, "How quickly the CLI starts"). words.ts falls back to the package
 * when the file is not there (tests run from `src/`).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const all = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
const languages = Object.keys(all).sort();
if (languages.some((lang) => /[\t\n]/.test(lang)))
  throw new Error('a stopwords-iso language holds a tab or a line break');
const lines = languages.map((lang) => `${lang}\t${JSON.stringify(all[lang])}`);
writeFileSync(new URL('./stopwords.lines', import.meta.url), `${lines.join('\n')}\n`);
