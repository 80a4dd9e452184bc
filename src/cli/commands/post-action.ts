import type { Command } from 'commander';
import type { PostChange, QueueClient } from '../../../queues/operator.js';
import type { PlatformId } from '../../platforms/platform.js';
import { CliError } from '../report.js';
import { parsePlatforms } from './options.js';

/**
 * The shape every action on an article's posts shares (`crier cancel|retry|approve|retract <id>`): one
 * article id, optionally one platform, the queue (or the dry-run queue), a line per post (or JSON), and an
 * exit code that says whether anything stood in the way.
 */
type Operator = typeof import('../../../queues/operator.js');

export interface PostAction {
  name: string;
  description: string;
  /** Whether `--platform P` narrows it to one platform. */
  byPlatform: boolean;
  /** The operator module is passed in, loaded only when the command runs (bench/cli.ts: `--help` stays quick). */
  run(operator: Operator, client: QueueClient, id: string, platform: PlatformId | undefined): Promise<PostChange[]>;
  /** The line for one post: what happened, or why nothing did. */
  note(change: PostChange): string;
  /** What to print when the article has no posts to act on (else: an error). */
  none?: string;
  /** A change that makes the exit code 1 (e.g. a post being published cannot be cancelled). */
  blocking?(change: PostChange): boolean;
}

export function registerPostAction(program: Command, action: PostAction): void {
  const command = program
    .command(action.name)
    .description(action.description)
    .argument('<id>', 'article id (as printed by `crier enqueue`)');
  if (action.byPlatform) command.option('--platform <platform>', 'only this platform', parsePlatforms);
  command
    .option('--json', 'one JSON object per post')
    .option('--dry-run', 'the dry-run queue')
    .action(async (id: string, options: { platform?: PlatformId[]; json?: boolean; dryRun?: boolean }) => {
      const [platform, ...more] = options.platform ?? [];
      if (more.length > 0) throw new CliError('--platform takes one platform');
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const [operator, { loadConfig }] = await Promise.all([
        import('../../../queues/operator.js'),
        import('../../config.js'),
      ]);
      const { effectivePrefix, openClient } = operator;
      const config = loadConfig();
      const client = await openClient({
        ...config,
        prefix: effectivePrefix(config.prefix, options.dryRun === true || config.dryRun),
      });
      try {
        const changes = await action.run(operator, client, id, platform);
        if (changes.length === 0) {
          if (!action.none) throw new CliError(`article "${id}" has no ${platform ?? ''} posts`);
          process.stdout.write(options.json ? `${JSON.stringify({ id, note: action.none })}\n` : `${action.none}\n`);
        }
        for (const change of changes) {
          process.stdout.write(
            options.json
              ? `${JSON.stringify(change)}\n`
              : `${change.platform}:${change.account}  ${action.note(change)}\n`,
          );
        }
        if (changes.some((c) => action.blocking?.(c))) process.exitCode = 1;
      } finally {
        await client.close();
      }
    });
}
