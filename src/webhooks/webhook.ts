import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { PLATFORMS } from '../platforms/platform.js';

/**
 * Outgoing webhooks: crier tells the operator's systems when a post went out or failed for good.
 * Signed like Stripe/GitHub webhooks: HMAC-SHA256 over "<timestamp>.<body>", so a receiver can check
 * both the origin and the freshness of each delivery.
 */
export const WebhookEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('published'),
    articleId: z.string(),
    platform: z.enum(PLATFORMS),
    account: z.string(),
    /** The live post (the first part of a thread). */
    url: z.string(),
    remoteId: z.string(),
    at: z.string(),
  }),
  z.object({
    type: z.literal('failed'),
    articleId: z.string(),
    platform: z.enum(PLATFORMS),
    account: z.string(),
    /** The platform's own words. */
    reason: z.string(),
    at: z.string(),
  }),
]);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

export const SIGNATURE_HEADER = 'x-crier-signature';
export const TIMESTAMP_HEADER = 'x-crier-timestamp';

function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): true when the signature matches and the delivery is recent. */
export function verifySignature(
  secret: string,
  headers: { signature: string; timestamp: string },
  body: string,
  now = Date.now(),
  toleranceMs = 5 * 60_000,
): boolean {
  const expected = Buffer.from(sign(secret, headers.timestamp, body));
  const presented = Buffer.from(headers.signature);
  const fresh = Math.abs(now - Number(headers.timestamp) * 1000) <= toleranceMs;
  return fresh && expected.length === presented.length && timingSafeEqual(expected, presented);
}

export class WebhookDeliveryError extends Error {
  override name = 'WebhookDeliveryError';
  constructor(
    message: string,
    /** False for answers that another attempt will not change (4xx but 408 and 429). */
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export async function deliverWebhook(
  target: { url: string; secret: string },
  event: WebhookEvent,
  options: { deliveryId: string; timeoutMs?: number; now?: () => number },
): Promise<void> {
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor((options.now?.() ?? Date.now()) / 1000));
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'crier-webhooks',
        'x-crier-event': event.type,
        'x-crier-delivery': options.deliveryId,
        [TIMESTAMP_HEADER]: timestamp,
        [SIGNATURE_HEADER]: sign(target.secret, timestamp, body),
      },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new WebhookDeliveryError(`webhook ${target.url}: ${(error as Error).message}`, true, { cause: error });
  }
  await response.body?.cancel();
  if (response.ok) return;
  const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
  throw new WebhookDeliveryError(`webhook ${target.url} answered ${response.status}`, retryable);
}
