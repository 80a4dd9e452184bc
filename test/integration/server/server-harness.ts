import type { FastifyInstance } from 'fastify';
import { QUEUES } from '../../../queues/names.js';
import { openClient, type QueueClient } from '../../../queues/operator.js';
import type { Config } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { buildServer } from '../../../src/server/app.js';
import { createMetrics } from '../../../src/server/metrics.js';
import { createHarness, type Harness } from '../queue/harness.js';

export const TOKEN = 'test-api-token-0123456789';

/** `crier serve` as the CLI builds it, on the test Redis under a prefix of its own, listening on a free port. */
export interface ApiServer {
  harness: Harness;
  client: QueueClient;
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

/** `localOnly`: as `crier serve --local-only` (no token, loopback Host names only). */
export async function startApiServer(options: { localOnly?: boolean; ai?: Config['ai'] } = {}): Promise<ApiServer> {
  const harness = createHarness();
  const config = { ...harness.config, apiToken: TOKEN, ai: options.ai };
  const client = await openClient(config);
  const queues = [client.queues.get(QUEUES.compose), client.queues.publish('x'), client.queues.publish('mastodon')];
  const app = await buildServer({
    config,
    logger: createLogger({ level: 'silent', secrets: [TOKEN] }),
    client,
    metrics: createMetrics(client.redis, client.prefix, queues),
    localOnly: options.localOnly,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    harness,
    client,
    app,
    base,
    async close() {
      await app.close();
      await client.close();
      await harness.close();
    },
  };
}
