import type { Command } from 'commander';
import { CliError } from '../report.js';

/** Placeholder: the queue work (issue 4) replaces it. */
export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('crier enqueue is not available yet');
    });
}
