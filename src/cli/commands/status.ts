import { type Command, InvalidArgumentError } from 'commander';
import type { PostRecord } from '../../ledger/ledger.js';
import type { WriterEntry } from '../../ledger/writers.js';

interface StatusOptions {
  json?: boolean;
  dryRun?: boolean;
  limit: number;
}

/** «ai», or «extractive (AI refused: …)» when the AI writer was configured and its answer not used. */
function writerNote(entry: WriterEntry | undefined): string {
  if (!entry) return '';
  if (entry.writer === 'ai') return `  written by ai${entry.notes?.length ? ` (${entry.notes.join('; ')})` : ''}`;
  return `  written by extractive${entry.refused ? ` (AI refused: ${entry.refused})` : ''}`;
}

function line(post: PostRecord, writer?: WriterEntry): string {
  const where =
    post.state === 'published' || post.state === 'retracting' || post.state === 'retracted'
      ? (post.done[0]?.url ?? '')
      : post.state === 'id-unknown'
        ? `on ${post.platform}; its id is looked for${post.nextAttemptAt ? `, next look ${post.nextAttemptAt.toISOString()}` : ''}`
        : post.state === 'scheduled' && post.nextAttemptAt
          ? `next attempt ${post.nextAttemptAt.toISOString()}`
          : post.state === 'scheduled' || post.state === 'draft'
            ? `due ${post.dueAt.toISOString()}`
            : '';
  const why = post.state === 'held' ? '  held: ' : '  last error: ';
  const error = post.lastError && post.state !== 'published' ? `${why}${post.lastError}` : '';
  const retraction =
    post.retraction?.state === 'failed' ? `  retraction failed: ${post.retraction.lastError ?? ''}` : '';
  const attempts = post.attempts > 1 ? `  (${post.attempts} attempts)` : '';
  const state = post.edited ? `${post.state}, edited` : post.state;
  const notes = post.notes.map((note) => `\n  ${''.padEnd(20)} note: ${note}`).join('');
  return `  ${`${post.platform}:${post.account}`.padEnd(20)} ${state.padEnd(11)} ${where}${attempts}${error}${retraction}${writerNote(writer)}${notes}`;
}

/** `crier status [id]`: per platform, the state, remote URL, attempts and last error, from the ledger. */
export function registerStatus(program: Command): void {
  program
    .command('status')
    .description(
      "Show an article's posts (or the most recent articles): state, link, attempts, next attempt, last error, notes.",
    )
    .argument('[id]', 'article id (as printed by `crier enqueue`)')
    .option('--json', 'one JSON object per article and line: { id, posts: […] }')
    .option(
      '--limit <n>',
      'how many recent articles to list',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number, 1 or more');
        return n;
      },
      20,
    )
    .option('--dry-run', 'the dry-run queue')
    .action(async (id: string | undefined, options: StatusOptions) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      // The ledger alone, without BullMQ (queues/ledger-client.ts): status reads, it never touches a queue.
      const [
        { effectivePrefix, openLedgerClient },
        { UnknownArticleError },
        { loadConfig },
        { postView },
        { readWriters },
      ] = await Promise.all([
        import('../../../queues/ledger-client.js'),
        import('../../../queues/unknown-article.js'),
        import('../../config.js'),
        import('../../ledger/view.js'),
        import('../../ledger/writers.js'),
      ]);
      const config = loadConfig();
      const client = await openLedgerClient({
        ...config,
        prefix: effectivePrefix(config.prefix, options.dryRun === true || config.dryRun),
      });
      try {
        const ids = id ? [id] : await client.ledger.recentArticles(options.limit);
        if (!id && ids.length === 0 && !options.json)
          process.stdout.write('no articles yet: queue one with `crier enqueue`\n');
        for (const articleId of ids) {
          const posts = await client.ledger.postsOf(articleId);
          if (id && posts.length === 0)
            throw new UnknownArticleError(
              `no posts for article "${articleId}" (yet: a new article shows up once composed)`,
            );
          const writers = await readWriters(client.redis, client.prefix, articleId);
          if (options.json) {
            const views = posts.map((p) => ({
              ...postView(p),
              ...(writers[p.platform] ? { writer: writers[p.platform] } : {}),
            }));
            process.stdout.write(`${JSON.stringify({ id: articleId, posts: views })}\n`);
          } else {
            process.stdout.write(`${articleId}\n${posts.map((p) => line(p, writers[p.platform])).join('\n')}\n`);
          }
        }
      } finally {
        await client.close();
      }
    });
}
