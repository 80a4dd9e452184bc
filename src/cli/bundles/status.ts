import { main } from '../program.js';

/** `crier status` as a CommonJS bundle of its own, as bundles/preview.ts is for preview. */
export const run = (): Promise<void> =>
  main({ status: async () => (await import('../commands/status.js')).registerStatus });
