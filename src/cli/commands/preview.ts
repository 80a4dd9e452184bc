import { type Command, Option } from 'commander';
import type { Article } from '../../article/article.js';
import type { AiConfig } from '../../config.js';
import type { PostPart } from '../../platforms/parts.js';
import { PLATFORMS, type PlatformId } from '../../platforms/platform.js';
import type { XCost } from '../../platforms/x/price.js';
import type { PreviewWriting } from '../../writers/preview.js';
import type { WriterName } from '../../writers/writer.js';
import { formatError } from '../report.js';
import { parsePlatforms } from './options.js';

interface PreviewOptions {
  writer?: WriterName;
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
    .addOption(
      new Option(
        '--writer <writer>',
        'ai or extractive (default: both side by side when CRIER_AI_* are set, else extractive)',
      ).choices(['ai', 'extractive']),
    )
    .option('--json', 'one JSON object per source and line: { article, posts } (with AI: writers, extractive)')
    .action(async (sources: string[], options: PreviewOptions) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const [
        { loadArticle },
        { loadConfig },
        { teaserOptions },
        { AiNotConfiguredError, previewWriting },
        { estimateXCost },
      ] = await Promise.all([
        import('../../article/load.js'),
        import('../../config.js'),
        import('../../teaser/options.js'),
        import('../../writers/preview.js'),
        import('../../platforms/x/price.js'),
      ]);
      const config = loadConfig();
      if (options.writer === 'ai' && !config.ai) {
        process.stderr.write(`${formatError(new AiNotConfiguredError())}\n`);
        process.exitCode = 1;
        return;
      }
      const ai = config.ai && options.writer !== 'extractive' ? await aiWriter(config.ai) : undefined;
      let failed = 0;
      for (const source of sources) {
        try {
          const article = await loadArticle(source, {
            url: options.url,
            lang: options.lang,
            fetch: config.settings.fetch,
            warn: (line) => process.stderr.write(`warning: ${line}\n`),
          });
          const written = await previewWriting(
            article,
            { platforms: options.platforms, teaser: teaserOptions(config.settings), thread: options.thread },
            options.writer,
            ai,
          );
          // X bills each request (docs/operator.md, "The X bill"): what these posts would cost there.
          const cost = written.posts.x
            ? { x: estimateXCost(written.posts.x, config.settings.xBill.prices, article.image !== undefined) }
            : undefined;
          process.stdout.write(
            options.json ? `${JSON.stringify({ article, ...written, cost })}\n` : render(article, written, cost?.x),
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

/** The model call for the preview: the client is loaded only when AI is configured and asked for. */
async function aiWriter(ai: AiConfig) {
  const { modelCall } = await import('../../writers/ai/model.js');
  return { system: ai.prompt, call: modelCall(ai) };
}

function by(written: PreviewWriting, platform: PlatformId): string {
  const entry = written.writers?.[platform];
  if (!entry) return '';
  if (entry.writer === 'ai') return ` · ai${entry.notes?.length ? ` (${entry.notes.join('; ')})` : ''}`;
  return ` · extractive${entry.refused ? ` — AI refused: ${entry.refused}` : ''}`;
}

function render(article: Article, written: PreviewWriting, xCost: XCost | undefined): string {
  const lines = [`${article.title}`, `${article.url}  (${article.lang})`, ''];
  const shown = (label: string, parts: PostPart[], note: string) =>
    parts.forEach((part, i) => {
      const thread = parts.length > 1 ? ` ${i + 1}/${parts.length}` : '';
      lines.push(`── ${label}${thread} · ${part.length}/${part.limit}${note} ${'─'.repeat(40)}`);
      lines.push(part.text, '');
    });
  for (const platform of PLATFORMS) {
    const parts: PostPart[] | undefined = written.posts[platform];
    if (!parts) continue;
    shown(NAMES[platform], parts, by(written, platform));
    if (platform === 'x' && xCost) lines.push(`X bill ≈ $${xCost.usd.toFixed(3)} (${xCost.lines.join(' + ')})`, '');
    // Side by side (one after the other in a terminal): what the extractive engine alone would send.
    const extractive: PostPart[] | undefined = written.extractive?.[platform];
    if (extractive) shown(`${NAMES[platform]} (extractive)`, extractive, '');
  }
  return `${lines.join('\n')}\n`;
}
