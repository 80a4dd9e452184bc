import type { Command } from 'commander';
import { CliError } from '../report.js';

/** Placeholder: the queue work (issue 4) replaces it. */
export function registerCancel(program: Command): void {
  program
    .command('cancel')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('crier cancel is not available yet');
    });
}
