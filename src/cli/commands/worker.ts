import { type Command, InvalidArgumentError } from 'commander';
import type { PlatformId } from '../../platforms/platform.js';
import { CliError } from '../report.js';
import { parsePlatforms } from './options.js';

interface WorkerOptions {
  dryRun?: boolean;
  concurrency?: number;
  composeThreads?: number;
  platforms?: PlatformId[];
}

/** How long a stopping worker may take to finish its posts in flight and close (its jobs' locks last 30 s). */
const STOP_GRACE_MS = 60_000;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number, 1 or more');
  return n;
}

/**
 * `crier worker`: says which platforms are enabled and why others are not, checks the credentials,
 * then runs until SIGTERM/SIGINT: stops taking jobs, finishes the posts in flight, closes, exits 0.
 * While Redis is away it waits and reconnects; nothing accepted is lost (the jobs and the ledger are in Redis).
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Run the workers (compose threads, feeds, one publisher per platform) until stopped.')
    .option('--dry-run', 'write the posts to the outbox file (CRIER_OUTBOX) instead of publishing')
    .option('--concurrency <n>', 'publish slots per platform account (at most 32 per platform)', positiveInt, 4)
    .option('--compose-threads <n>', 'compose threads (default: the number of cores)', positiveInt)
    .option('--platforms <list>', 'only publish to these platforms', parsePlatforms)
    .action(async (options: WorkerOptions) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const [
        { createRedis, redactRedisUrl },
        { effectivePrefix },
        { startWorkerPool },
        { loadConfig },
        { createLogger },
        { PermanentError },
        { buildRegistry },
        { memorySettingsHint },
      ] = await Promise.all([
        import('../../../queues/connection.js'),
        import('../../../queues/operator.js'),
        import('../../../queues/workers.js'),
        import('../../config.js'),
        import('../../log.js'),
        import('../../platforms/errors.js'),
        import('../../platforms/registry.js'),
        import('../memory-hint.js'),
      ]);
      const config = loadConfig();
      const dryRun = options.dryRun === true || config.dryRun;
      const prefix = effectivePrefix(config.prefix, dryRun);
      const logger = createLogger({ level: config.logLevel, secrets: config.secrets });
      const connection = createRedis(config, 'worker');
      let redisDown = false;
      connection.on('error', (error) => {
        if (!redisDown)
          logger.warn({ redis: redactRedisUrl(config.redisUrl), err: error.message }, 'Redis unreachable; waiting');
        redisDown = true;
      });
      connection.on('ready', () => {
        if (redisDown) logger.info('Redis is back');
        redisDown = false;
      });

      const registry = await buildRegistry({ config, redis: connection, logger, dryRun, platforms: options.platforms });
      for (const line of registry.summary) process.stderr.write(`crier: ${line}\n`);
      process.stderr.write(
        config.ai
          ? `crier: AI writer on: ${config.ai.model} at ${shownUrl(config.ai.url)}, the extractive engine as its floor (docs/ai-writer.md)\n`
          : 'crier: AI writer off (CRIER_AI_URL and CRIER_AI_MODEL unset): the extractive engine writes\n',
      );
      const memoryHint = memorySettingsHint(process.env, process.execArgv);
      if (memoryHint) process.stderr.write(`crier: ${memoryHint}\n`);
      logger.info({ platforms: registry.summary, prefix, dryRun }, 'starting');
      if (registry.adapters.length === 0) {
        connection.disconnect();
        throw new CliError('no platform is enabled: set the credentials in .env (see .env.example), or use --dry-run');
      }

      // Wrong credentials are the operator's to fix: say which platform and variable, and stop.
      for (const adapter of registry.adapters) {
        try {
          const handle = await adapter.verify();
          process.stderr.write(`crier: ${adapter.platform} (${adapter.account}): ${handle}\n`);
        } catch (error) {
          if (error instanceof PermanentError) {
            await registry.close();
            connection.disconnect();
            throw new CliError(error.message);
          }
          logger.warn(
            { platform: adapter.platform, account: adapter.account, err: (error as Error).message },
            'cannot check the credentials now; will find out at the first post',
          );
        }
      }

      const pool = await startWorkerPool({
        config: { ...config, prefix },
        registry,
        connection,
        logger,
        publishConcurrency: options.concurrency,
        composeConcurrency: options.composeThreads,
      });
      process.stderr.write('crier: worker running; Ctrl-C or SIGTERM stops it after the posts in flight\n');

      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) {
            process.stderr.write(`crier: ${signal} again: exiting now\n`);
            process.exit(1);
          }
          stopping = true;
          process.stderr.write(`crier: ${signal}: finishing the posts in flight, then exiting\n`);
          // A bounded stop: whatever hangs in closing (a Redis that never answers a QUIT, a library's
          // connection that never ends), the process exits. A job still active then is taken up again by
          // another worker once its lock expires, and the ledger keeps its post from going out twice.
          setTimeout(() => {
            process.stderr.write(`crier: not stopped ${STOP_GRACE_MS / 1_000} s after ${signal}: exiting now\n`);
            process.exit(1);
          }, STOP_GRACE_MS).unref();
          resolve();
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
      });
      await pool.close();
      await registry.close();
      await connection.quit().catch(() => connection.disconnect());
      logger.info('stopped');
      process.exitCode = 0;
      // Everything is closed; a library handle left open must not keep a stopped worker alive.
      setTimeout(() => process.exit(0), 2_000).unref();
    });
}

/** The endpoint as shown at start: without any user:password or query a URL might carry. */
function shownUrl(url: string): string {
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}
