import type { Command } from 'commander';
import type { Article } from '../../article/article.js';
import { loadArticle } from '../../article/load.js';
import { loadConfig } from '../../config.js';
import type { PostPart } from '../../platforms/parts.js';
import { PLATFORMS, type PlatformId } from '../../platforms/platform.js';
import { estimateXCost, type XCost } from '../../platforms/x/price.js';
import { composeTeasers } from '../../teaser/compose.js';
import { teaserOptions } from '../../teaser/options.js';
import type { Teasers } from '../../teaser/teasers.js';
import { formatError } from '../report.js';
import { parsePlatforms } from './options.js';

interface PreviewOptions {
  url?: string;
  lang?: string;
  platforms: PlatformId[];
  json?: boolean;
  thread?: boolean;
}

export function registerPreview(program: Command): void {
  program
    .command('preview')
    .description('Show the posts crier would send for each source (no Redis, no network but to fetch a URL source).')
    .argument('<source...>', 'Markdown, JSON, HTML or text files, or http(s) URLs')
    .option('--url <url>', 'canonical URL of the article (overrides the source)')
    .option('--lang <lang>', 'language of the article, as a BCP 47 tag (overrides detection)')
    .option('--platforms <list>', 'comma-separated platforms', parsePlatforms, [...PLATFORMS])
    .option('--thread', 'split a longer summary into a thread')
    .option('--json', 'one JSON object per source and line: { article, posts }')
    .action(async (sources: string[], options: PreviewOptions) => {
      const config = loadConfig();
      let failed = 0;
      for (const source of sources) {
        try {
          const article = await loadArticle(source, {
            url: options.url,
            lang: options.lang,
            fetch: config.settings.fetch,
            warn: (line) => process.stderr.write(`warning: ${line}\n`),
          });
          const posts = composeTeasers(article, {
            platforms: options.platforms,
            teaser: teaserOptions(config.settings),
            thread: options.thread,
          });
          // X bills each request (docs/operator.md, "The X bill"): what these posts would cost there.
          const cost = posts.x
            ? { x: estimateXCost(posts.x, config.settings.xBill.prices, article.image !== undefined) }
            : undefined;
          process.stdout.write(
            options.json ? `${JSON.stringify({ article, posts, cost })}\n` : render(article, posts, cost?.x),
          );
        } catch (error) {
          // In a batch, one bad source does not stop the others; the exit code still says it failed.
          failed++;
          process.stderr.write(`${formatError(error)}\n`);
        }
      }
      if (failed > 0) process.exitCode = 1;
    });
}

const NAMES: Record<PlatformId, string> = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

function render(article: Article, posts: Teasers, xCost: XCost | undefined): string {
  const lines = [`${article.title}`, `${article.url}  (${article.lang})`, ''];
  for (const platform of PLATFORMS) {
    const parts: PostPart[] | undefined = posts[platform];
    if (!parts) continue;
    parts.forEach((part, i) => {
      const thread = parts.length > 1 ? ` ${i + 1}/${parts.length}` : '';
      lines.push(`── ${NAMES[platform]}${thread} · ${part.length}/${part.limit} ${'─'.repeat(40)}`);
      lines.push(part.text, '');
    });
    if (platform === 'x' && xCost) lines.push(`X bill ≈ $${xCost.usd.toFixed(3)} (${xCost.lines.join(' + ')})`, '');
  }
  return `${lines.join('\n')}\n`;
}
