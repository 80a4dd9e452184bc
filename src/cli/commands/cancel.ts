import type { Command } from 'commander';

/**
 * `crier cancel <id>`: every post of the article not yet started is cancelled in the ledger first, so
 * even a job that is already due posts nothing; its delayed jobs and reserved slots are then freed.
 * To reschedule instead, enqueue the article again with a new --at or --slot.
 */
export function registerCancel(program: Command): void {
  program
    .command('cancel')
    .description("Cancel an article's posts that have not gone out yet.")
    .argument('<id>', 'article id')
    .option('--json', 'one JSON object per post')
    .option('--dry-run', 'the dry-run queue')
    .action(async (id: string, options: { json?: boolean; dryRun?: boolean }) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const { loadConfig } = await import('../../config.js');
      const { cancelArticle, effectivePrefix, openClient } = await import('../../../queues/operator.js');
      const config = loadConfig();
      const client = await openClient({
        ...config,
        prefix: effectivePrefix(config.prefix, options.dryRun === true || config.dryRun),
      });
      try {
        const changes = await cancelArticle(client, id);
        for (const change of changes) {
          const note = change.changed ? 'cancelled' : `not cancelled: ${change.state}`;
          process.stdout.write(
            options.json ? `${JSON.stringify(change)}\n` : `${change.platform}:${change.account}  ${note}\n`,
          );
        }
        if (changes.some((c) => !c.changed && c.state === 'publishing')) process.exitCode = 1;
      } finally {
        await client.close();
      }
    });
}
