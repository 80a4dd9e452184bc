import type { Command } from 'commander';
import type { QueueClient } from '../../../queues/operator.js';
import { CliError } from '../report.js';

/** What the feed commands run on, loaded when one runs: `crier --help` and the other commands do not pay for it. */
async function load() {
  const [operator, producers, config, checkUrl, feed, store] = await Promise.all([
    import('../../../queues/operator.js'),
    import('../../../queues/producers.js'),
    import('../../config.js'),
    import('../../feeds/check-url.js'),
    import('../../feeds/feed.js'),
    import('../../feeds/store.js'),
  ]);
  return { ...operator, ...producers, ...config, ...checkUrl, ...feed, ...store };
}

async function withClient(dryRun: boolean | undefined, run: (client: QueueClient) => Promise<void>): Promise<void> {
  const { loadConfig, openClient, effectivePrefix } = await load();
  const config = loadConfig();
  const client = await openClient({
    ...config,
    prefix: effectivePrefix(config.prefix, dryRun === true || config.dryRun),
  });
  try {
    await run(client);
  } finally {
    await client.close();
  }
}

/**
 * `crier feed add|list|rm`: a feed is polled by a BullMQ job scheduler on its cron, in the settings'
 * time zone, by whichever worker is free; new items are enqueued as articles (the backlog is not).
 */
export function registerFeed(program: Command): void {
  const feed = program.command('feed').description('Poll RSS, Atom or JSON feeds and queue their new items.');

  feed
    .command('add')
    .description('Register a feed (its existing items are not posted; see settings.feeds.firstPollBacklog).')
    .argument('<url>', 'the feed URL')
    .option(
      '--cron <pattern>',
      'when to poll, five-field cron in settings.schedule.timezone (default: settings.feeds.defaultCron)',
    )
    .option('--dry-run', 'the dry-run queue')
    .action(async (url: string, options: { cron?: string; dryRun?: boolean }) => {
      const { assertFeedUrl, addFeed, scheduleFeedPolling } = await load();
      await withClient(options.dryRun, async (client) => {
        await assertFeedUrl(url, client.settings.fetch);
        const added = await addFeed({
          redis: client.redis,
          prefix: client.prefix,
          url,
          cron: options.cron,
          now: new Date(),
          defaultCron: client.settings.feeds.defaultCron,
        });
        await scheduleFeedPolling(client.queues, client.settings, added);
        process.stdout.write(
          `${added.id}  ${added.url}  polled "${added.cron}" (${client.settings.schedule.timezone})\n`,
        );
      });
    });

  feed
    .command('list')
    .description('The registered feeds, with their last poll and last error.')
    .option('--json', 'one JSON object per feed and line')
    .option('--dry-run', 'the dry-run queue')
    .action(async (options: { json?: boolean; dryRun?: boolean }) => {
      const { listFeeds } = await load();
      await withClient(options.dryRun, async (client) => {
        const feeds = await listFeeds({ redis: client.redis, prefix: client.prefix });
        if (feeds.length === 0 && !options.json)
          process.stdout.write('no feeds: add one with `crier feed add <url>`\n');
        for (const f of feeds) {
          if (options.json) {
            process.stdout.write(`${JSON.stringify(f)}\n`);
            continue;
          }
          const polled = f.lastPolledAt ? `last polled ${f.lastPolledAt}` : 'not polled yet';
          const error = f.lastError ? `  failing (${f.failures}×): ${f.lastError}` : '';
          process.stdout.write(`${f.id}  ${f.url}  "${f.cron}"  ${polled}${error}\n`);
        }
      });
    });

  feed
    .command('rm')
    .description('Stop polling a feed (by id or URL).')
    .argument('<feed>', 'feed id (from `crier feed list`) or URL')
    .option('--dry-run', 'the dry-run queue')
    .action(async (idOrUrl: string, options: { dryRun?: boolean }) => {
      const { stopFeedPolling, removeFeed, feedIdFor } = await load();
      await withClient(options.dryRun, async (client) => {
        const id = /^[a-f0-9]{12}$/.test(idOrUrl) ? idOrUrl : safeFeedId(idOrUrl, feedIdFor);
        await stopFeedPolling(client.queues, id);
        const removed = await removeFeed({ redis: client.redis, prefix: client.prefix, id });
        if (!removed) throw new CliError(`no feed "${idOrUrl}": see \`crier feed list\``);
        process.stdout.write(`${id}  removed\n`);
      });
    });
}

function safeFeedId(url: string, feedIdFor: (url: string) => string): string {
  try {
    return feedIdFor(url);
  } catch {
    throw new CliError(`no feed "${url}": give a feed id from \`crier feed list\` or its URL`);
  }
}
