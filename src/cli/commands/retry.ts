import type { Command } from 'commander';
import { CliError } from '../report.js';

/** Placeholder: the queue work (issue 4) replaces it. */
export function registerRetry(program: Command): void {
  program
    .command('retry')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('crier retry is not available yet');
    });
}
