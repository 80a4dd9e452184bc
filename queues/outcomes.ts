import type { Config } from '../src/config.js';
import type { MetricsRecorder } from '../src/metrics/record.js';
import type { Queues } from './handles.js';
import type { WebhookJob } from './jobs.js';
import { QUEUES } from './names.js';
import type { PublishOutcomeEvent } from './processors/publish.js';

/**
 * What happens after each publish attempt besides the ledger: the fleet-wide metrics (counted here,
 * written to Redis once a second), and, for a post that went out or failed for good, one webhook job
 * per configured URL. The job id is derived from (post, outcome, URL), so a repeated report (a
 * retried job) sends one webhook.
 */
export async function reportOutcome(
  ctx: { metrics: MetricsRecorder; queues: Queues; webhooks: Config['webhooks'] },
  event: PublishOutcomeEvent,
): Promise<void> {
  ctx.metrics.publish({
    platform: event.platform,
    outcome: event.outcome,
    reason: event.kind,
    latencyMs: event.latencyMs,
    waitMs: event.waitMs,
  });
  if (!ctx.webhooks || (event.outcome !== 'published' && event.outcome !== 'failed')) return;
  const at = new Date().toISOString();
  const common = { articleId: event.articleId, platform: event.platform, account: event.account, at };
  const first = event.parts[0];
  const payload: WebhookJob['event'] =
    event.outcome === 'published'
      ? { type: 'published', ...common, url: first?.url ?? '', remoteId: first?.remoteId ?? '' }
      : { type: 'failed', ...common, reason: event.reason ?? 'failed' };
  const queue = ctx.queues.get(QUEUES.webhooks);
  await queue.addBulk(
    ctx.webhooks.urls.map((url, i) => ({
      name: payload.type,
      data: { url, event: payload } satisfies WebhookJob,
      opts: {
        jobId: `${event.postId}.${payload.type}.${i}`,
        attempts: 10,
        backoff: { type: 'exponential', delay: 5_000 },
        removeOnComplete: { count: 1_000 },
        removeOnFail: { count: 1_000 },
      },
    })),
  );
}
