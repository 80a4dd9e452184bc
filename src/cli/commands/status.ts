import type { Command } from 'commander';
import { CliError } from '../report.js';

/** Placeholder: the queue work (issue 4) replaces it. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('crier status is not available yet');
    });
}
