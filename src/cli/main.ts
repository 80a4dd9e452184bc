#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { loadDotenv } from '../config.js';
import { registerCancel } from './commands/cancel.js';
import { registerEnqueue } from './commands/enqueue.js';
import { registerFeed } from './commands/feed.js';
import { registerPreview } from './commands/preview.js';
import { registerRetry } from './commands/retry.js';
import { registerServe } from './commands/serve.js';
import { registerStatus } from './commands/status.js';
import { registerWorker } from './commands/worker.js';
import { reportAndExit } from './report.js';

/** The `crier` command: each subcommand lives in `./commands/<name>.ts`. */
export function buildProgram(): Command {
  const program = new Command('crier')
    .description('Turn articles into X, Bluesky and Mastodon teasers and publish them through a queue.')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerPreview,
    registerEnqueue,
    registerWorker,
    registerStatus,
    registerRetry,
    registerCancel,
    registerFeed,
    registerServe,
  ]) {
    register(program);
  }
  return program;
}

async function main(): Promise<void> {
  await loadDotenv();
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    reportAndExit(error);
  }
}

await main();
