import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { When } from '../../../queues/jobs.js';
import type { Article } from '../../article/article.js';
import type { Config } from '../../config.js';
import { PLATFORMS, type PlatformId } from '../../platforms/platform.js';
import { CliError, formatError } from '../report.js';
import { parsePlatforms } from './options.js';

interface EnqueueOptions {
  url?: string;
  lang?: string;
  at?: string;
  slot?: boolean;
  platforms?: PlatformId[];
  thread?: boolean;
  json?: boolean;
  dryRun?: boolean;
  review?: boolean;
  edit?: boolean;
}

/**
 * `crier enqueue <source>…`: parses every source here (so bad input is reported to the operator with a
 * non-zero exit and never enqueued), stores each article once and starts its flow. Enqueueing an
 * article again never posts it twice; with a new --at or --slot it reschedules the posts not yet sent.
 */
export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('Queue articles for publishing: now, at a time, or in the next free posting slot.')
    .argument('<source...>', 'Markdown, JSON, HTML or text files, directories of them, or http(s) URLs')
    .option('--url <url>', 'canonical URL of the article (overrides the source)')
    .option('--lang <lang>', 'language of the article, as a BCP 47 tag (overrides detection)')
    .option(
      '--at <when>',
      'when to post: ISO-8601 with offset (2026-12-01T09:00+01:00) or a delay (+90m, +2h); enqueue again with a new --at to reschedule',
    )
    .option('--slot', 'post in the next free posting slot of each account (settings.schedule.slots)')
    .option('--platforms <list>', 'comma-separated platforms (default: the enabled ones)', parsePlatforms)
    .option('--thread', 'split a longer summary into a thread')
    .option('--review', 'hold the posts as drafts until `crier approve <id>` (settings.review may do it for you)')
    .option('--edit', 'open the drafts in $VISUAL or $EDITOR before queueing, as `git commit` does')
    .option('--json', 'one JSON object per article and line: { id, title, platforms, when }')
    .option('--dry-run', 'queue for the dry-run worker (`crier worker --dry-run`), under a separate prefix')
    .action(async (sources: string[], options: EnqueueOptions) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const [{ effectivePrefix, openClient }, { enqueueArticle }, { loadArticle }, { loadConfig }, { parseWhen }] =
        await Promise.all([
          import('../../../queues/operator.js'),
          import('../../../queues/producers.js'),
          import('../../article/load.js'),
          import('../../config.js'),
          import('../../schedule/when.js'),
        ]);
      const config = loadConfig();
      const dryRun = options.dryRun === true || config.dryRun;
      if (options.at && options.slot) throw new CliError('choose one of --at and --slot');
      if (options.edit && options.thread) throw new CliError('--edit writes one post per platform: leave out --thread');
      const when = resolveWhen(options, config, parseWhen);
      const platforms = options.platforms ?? defaultPlatforms(config, dryRun);
      const files = await expandSources(sources);
      const progress = createProgress(files.length);

      // Parse everything first: the operator sees every bad source before anything is queued.
      const articles: Array<{ source: string; article: Article }> = [];
      let failed = 0;
      for (const source of files) {
        try {
          const article = await loadArticle(source, {
            url: options.url,
            lang: options.lang,
            fetch: config.settings.fetch,
            warn: (line) => {
              progress.clear();
              process.stderr.write(`warning: ${line}\n`);
            },
          });
          articles.push({ source, article });
        } catch (error) {
          failed++;
          progress.clear();
          process.stderr.write(`${formatError(error)}\n`);
        }
        progress.tick('read');
      }

      if (articles.length > 0) {
        const client = await openClient({ ...config, prefix: effectivePrefix(config.prefix, dryRun) });
        try {
          progress.reset();
          const { needsReview } = await import('../../../queues/review-policy.js');
          const review = needsReview(config.settings, { source: 'cli', asked: options.review === true });
          for (const { article } of articles) {
            let texts: Partial<Record<PlatformId, string>> | undefined;
            if (options.edit) {
              // Only --edit needs the engine and the editor (loaded here for the same reason as above).
              const [{ composeTeasers }, { teaserOptions }, { editDrafts }] = await Promise.all([
                import('../../teaser/compose.js'),
                import('../../teaser/options.js'),
                import('../edit-drafts.js'),
              ]);
              const compose = { platforms, teaser: teaserOptions(config.settings) };
              progress.clear();
              texts = await editDrafts(article, composeTeasers(article, compose), compose);
            }
            await enqueueArticle(client.queues, config.settings, {
              article,
              platforms,
              thread: options.thread,
              when,
              review,
              texts,
            });
            progress.clear();
            process.stdout.write(
              options.json
                ? `${JSON.stringify({ id: article.id, title: article.title, url: article.url, platforms, when, dryRun, review, edited: Object.keys(texts ?? {}) })}\n`
                : `${article.id}  ${describeWhen(when)}${review ? ' (draft: `crier approve` to send)' : ''}  ${platforms.join(',')}  ${article.title}\n`,
            );
            progress.tick('queued');
          }
        } finally {
          progress.clear();
          await client.close();
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}

function resolveWhen(options: EnqueueOptions, config: Config, parseWhen: (text: string, now: Date) => Date): When {
  if (options.at) return { kind: 'at', at: parseWhen(options.at, new Date()).toISOString() };
  if (options.slot || config.settings.schedule.defaultWhen === 'slot') return { kind: 'slot' };
  return { kind: 'now' };
}

function describeWhen(when: When): string {
  if (when.kind === 'at') return `at ${when.at}`;
  if (when.kind === 'slot') return 'next free slot';
  return 'now';
}

/** The platforms with at least one account that has credentials (all of them in a dry run). */
function defaultPlatforms(config: Config, dryRun: boolean): PlatformId[] {
  if (dryRun) return [...PLATFORMS];
  const enabled = PLATFORMS.filter((p) => config.accounts[p].some((a) => a.enabled));
  if (enabled.length === 0) {
    throw new CliError(
      'no platform has credentials: set them in .env (see .env.example), or try it out with --dry-run',
    );
  }
  return enabled;
}

const ARTICLE_FILE = /\.(md|markdown|mdx|json|txt|html?)$/i;

/** Directories stand for the article files in them (not recursive), in name order. */
async function expandSources(sources: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const source of sources) {
    const info = /^https?:\/\//i.test(source) ? undefined : await stat(source).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(source);
      continue;
    }
    const names = (await readdir(source)).filter((n) => ARTICLE_FILE.test(n)).sort();
    if (names.length === 0)
      throw new CliError(`${source}: no article files (.md, .json, .txt, .html) in this directory`);
    files.push(...names.map((n) => join(source, n)));
  }
  return files;
}

/** "[12/40] queued" on the terminal's last line, for batches; silent when stderr is not a terminal. */
function createProgress(total: number) {
  const live = process.stderr.isTTY === true && total > 1;
  let count = 0;
  return {
    tick(label: string) {
      count++;
      if (live) process.stderr.write(`\r\x1b[K[${count}/${total}] ${label}`);
    },
    reset() {
      count = 0;
    },
    clear() {
      if (live) process.stderr.write('\r\x1b[K');
    },
  };
}
