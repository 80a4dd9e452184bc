/**
 * A build step (`npm run build` runs the compiled file; nothing imports it): writes the language names Intl gives
 * (language-names.ts) beside the built language-names.js, one folded name a line.
 */
import { writeFileSync } from 'node:fs';
import { languageNamesFromIntl } from './language-names.js';

writeFileSync(new URL('./language-names.lines', import.meta.url), `${languageNamesFromIntl().join('\n')}\n`);
