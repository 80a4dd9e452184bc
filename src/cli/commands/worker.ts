import type { Command } from 'commander';
import { CliError } from '../report.js';

/** Placeholder: the queue work (issue 4) replaces it. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('crier worker is not available yet');
    });
}
