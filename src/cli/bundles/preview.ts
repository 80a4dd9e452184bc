import { main } from '../program.js';

/**
 * `crier preview` as a CommonJS bundle of its own (`dist/bin/preview.cjs`, src/cli/bundle.ts), which main.ts
 * runs through V8's code cache (code-cache.ts). It holds this command only: main.ts sends nothing else here.
 */
export const run = (): Promise<void> =>
  main({ preview: async () => (await import('../commands/preview.js')).registerPreview });
