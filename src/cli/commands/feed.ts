import type { Command } from 'commander';
import { CliError } from '../report.js';

/** Placeholder: the queue work (issue 4) replaces it. */
export function registerFeed(program: Command): void {
  program
    .command('feed')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('crier feed is not available yet');
    });
}
