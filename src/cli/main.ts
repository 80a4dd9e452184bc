#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { reportAndExit } from './report.js';

type Register = (program: Command) => void;

/**
 * The `crier` subcommands, each in `./commands/<name>.ts`. They are imported on demand: a command
 * loads only its own dependencies (the queue for `status`, not the HTTP server or the platform
 * clients), which keeps `crier status` and friends quick to start. Help lists them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
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

/** The program with the named command only, or with all of them (for help and unknown commands). */
export async function buildProgram(commandName?: string): Promise<Command> {
  const program = new Command('crier')
    .description('Turn articles into X, Bluesky and Mastodon teasers and publish them through a queue.')
    .showHelpAfterError()
    .exitOverride();
  const chosen =
    commandName !== undefined && Object.hasOwn(COMMANDS, commandName) ? [commandName] : Object.keys(COMMANDS);
  for (const name of chosen) {
    const load = COMMANDS[name];
    if (load) (await load())(program);
  }
  return program;
}

async function main(): Promise<void> {
  const name = process.argv[2];
  // .env only for a command that runs: help and a mistyped command need neither it nor the config module (zod).
  if (name !== undefined && Object.hasOwn(COMMANDS, name)) await (await import('../config.js')).loadDotenv();
  try {
    await (await buildProgram(process.argv[2])).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    reportAndExit(error);
  }
}

await main();
