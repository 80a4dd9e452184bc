import { type Command, InvalidArgumentError } from 'commander';
import { PLATFORMS } from '../../platforms/platform.js';
import { CliError } from '../report.js';

interface ServeOptions {
  port?: number;
  localOnly?: boolean;
}

/** `crier serve`: the HTTP API, the console, the queue dashboard and /metrics, until SIGTERM/SIGINT. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Run the HTTP API, the web console (/), the queue dashboard (/admin/queues) and /metrics.')
    .option('--port <n>', 'port to listen on (default: PORT, else 8080)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError('a port number, 1 to 65535');
      return n;
    })
    .option('--local-only', 'no token: listen on 127.0.0.1 only (for one person on this machine)')
    .action(async (options: ServeOptions) => {
      // Loaded here, not at the top: `crier --help` and the other commands do not pay for them (bench/cli.ts).
      const [
        { QUEUES },
        { effectivePrefix, openClient },
        { loadConfig },
        { createLogger },
        { buildServer },
        { createMetrics },
      ] = await Promise.all([
        import('../../../queues/names.js'),
        import('../../../queues/operator.js'),
        import('../../config.js'),
        import('../../log.js'),
        import('../../server/app.js'),
        import('../../server/metrics.js'),
      ]);
      const config = loadConfig();
      if (!config.apiToken && !options.localOnly) {
        throw new CliError(
          'crier serve needs CRIER_API_TOKEN (every route but /healthz asks for it); ' +
            'set it in .env, or pass --local-only to serve 127.0.0.1 without a token',
        );
      }
      const logger = createLogger({ level: config.logLevel, secrets: config.secrets });
      // A dry-run deployment (CRIER_DRY_RUN=1) serves the dry-run queues, like its workers.
      const client = await openClient({ ...config, prefix: effectivePrefix(config.prefix, config.dryRun) });
      const names = [...Object.values(QUEUES), ...PLATFORMS.map((p) => client.queues.publish(p).name)];
      const metrics = createMetrics(
        client.redis,
        client.prefix,
        names.map((n) => client.queues.get(n)),
        config.settings.platforms.x.accounts,
      );
      const app = await buildServer({ config, logger, client, metrics, localOnly: options.localOnly === true });
      const host = options.localOnly ? '127.0.0.1' : '0.0.0.0';
      await app.listen({ port: options.port ?? config.port, host });

      const stop = async (signal: string) => {
        logger.info({ signal }, 'stopping: finishing open requests');
        await app.close();
        await client.close();
        process.exit(0);
      };
      process.once('SIGTERM', () => void stop('SIGTERM'));
      process.once('SIGINT', () => void stop('SIGINT'));
    });
}
