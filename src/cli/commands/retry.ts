import type { Command } from 'commander';
import type { PlatformId } from '../../platforms/platform.js';
import { CliError } from '../report.js';
import { parsePlatforms } from './options.js';

/** `crier retry <id> [--platform P]`: failed posts go back in line now; published ones are never posted again. */
export function registerRetry(program: Command): void {
  program
    .command('retry')
    .description("Try an article's failed posts again (after fixing what made them fail).")
    .argument('<id>', 'article id')
    .option('--platform <platform>', 'only this platform', parsePlatforms)
    .option('--json', 'one JSON object per post')
    .option('--dry-run', 'the dry-run queue')
    .action(async (id: string, options: { platform?: PlatformId[]; json?: boolean; dryRun?: boolean }) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const { loadConfig } = await import('../../config.js');
      const { effectivePrefix, openClient, retryArticle } = await import('../../../queues/operator.js');
      const [platform, ...more] = options.platform ?? [];
      if (more.length > 0) throw new CliError('--platform takes one platform');
      const config = loadConfig();
      const client = await openClient({
        ...config,
        prefix: effectivePrefix(config.prefix, options.dryRun === true || config.dryRun),
      });
      try {
        const changes = await retryArticle(client, id, platform);
        if (changes.length === 0) throw new CliError(`article "${id}" has no ${platform ?? ''} posts`);
        for (const change of changes) {
          const note = change.changed
            ? 'queued again'
            : change.state === 'published'
              ? 'already published: not posted again'
              : `not retried: ${change.state}`;
          process.stdout.write(
            options.json ? `${JSON.stringify(change)}\n` : `${change.platform}:${change.account}  ${note}\n`,
          );
        }
      } finally {
        await client.close();
      }
    });
}
