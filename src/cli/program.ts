import { Command, CommanderError } from 'commander';
import { reportAndExit } from './report.js';

type Register = (program: Command) => void;
export type Commands = Record<string, () => Promise<Register>>;

/** The program with the named command only, or with all of them (for help and unknown commands). */
async function buildProgram(commands: Commands, commandName?: string): Promise<Command> {
  const program = new Command('crier')
    .description('Turn articles into X, Bluesky and Mastodon teasers and publish them through a queue.')
    .showHelpAfterError()
    .exitOverride();
  const chosen =
    commandName !== undefined && Object.hasOwn(commands, commandName) ? [commandName] : Object.keys(commands);
  for (const name of chosen) {
    const load = commands[name];
    if (load) (await load())(program);
  }
  return program;
}

/** Runs the command named in `process.argv`, one of `commands` (main.ts's, or a bundle's one: bundles/). */
export async function main(commands: Commands): Promise<void> {
  const name = process.argv[2];
  // .env only for a command that runs: help and a mistyped command need neither it nor the config module (zod).
  if (name !== undefined && Object.hasOwn(commands, name)) await (await import('../config.js')).loadDotenv();
  try {
    await (await buildProgram(commands, name)).parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    reportAndExit(error);
  }
}
