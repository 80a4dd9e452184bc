import { type Job, UnrecoverableError } from 'bullmq';
import { deliverWebhook, WebhookDeliveryError } from '../../src/webhooks/webhook.js';
import { readJobData, WebhookJobSchema } from '../jobs.js';
import { QUEUES } from '../names.js';

/**
 * The webhooks queue's processor: one job = one event to one URL. Retried with backoff by BullMQ;
 * a 4xx other than 408/429 is final (another attempt would get the same answer).
 */
export function createWebhookProcessor(ctx: { secret: string }) {
  return async function deliver(job: Job): Promise<void> {
    const { url, event } = readJobData(QUEUES.webhooks, WebhookJobSchema, job.data);
    try {
      await deliverWebhook({ url, secret: ctx.secret }, event, { deliveryId: job.id ?? '' });
    } catch (error) {
      if (error instanceof WebhookDeliveryError && !error.retryable) throw new UnrecoverableError(error.message);
      throw error;
    }
  };
}
