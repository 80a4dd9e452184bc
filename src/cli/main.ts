#!/usr/bin/env node
import type { Commands } from './program.js';

/**
 * The `crier` subcommands, each in `./commands/<name>.ts`. They are imported on demand: a command
 * loads only its own dependencies (the queue for `status`, not the HTTP server or the platform
 * clients), which keeps `crier status` and friends quick to start. Help lists them all.
 */
const COMMANDS: Commands = {
  preview: async () => (await import('./commands/preview.js')).registerPreview,
  enqueue: async () => (await import('./commands/enqueue.js')).registerEnqueue,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  status: async () => (await import('./commands/status.js')).registerStatus,
  retry: async () => (await import('./commands/retry.js')).registerRetry,
  cancel: async () => (await import('./commands/cancel.js')).registerCancel,
  approve: async () => (await import('./commands/approve.js')).registerApprove,
  retract: async () => (await import('./commands/retract.js')).registerRetract,
  feed: async () => (await import('./commands/feed.js')).registerFeed,
  serve: async () => (await import('./commands/serve.js')).registerServe,
};

/** Commands run from a bundle of their own through V8's code cache when they can (code-cache.ts, bundles/). */
const CACHED = new Set(['preview', 'status']);

// The others, and these where there is no such bundle, run from the ES modules. Imported here only: help
// does not load node:vm and node:crypto.
const name = process.argv[2];
if (!(name !== undefined && CACHED.has(name) && (await (await import('./code-cache.js')).runCached(name)))) {
  await (await import('./program.js')).main(COMMANDS);
}
