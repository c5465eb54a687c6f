import http from 'node:http';
import https from 'node:https';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.js';
import type { WebhookDeliveriesTable } from '../../db/webhook-tables.js';
import type { Selectable } from 'kysely';
import { claimDueRows } from '../../db/outbox-claims.js';
import { createPoller } from '../../ops/poller.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';
import { guardedLookup } from './webhook-target.js';

/** After the 1st, 2nd, … failed attempt; after the last one the delivery is marked failed. */
export const WEBHOOK_RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200, 6 * 3600, 24 * 3600];
/** A receiver gets this long to answer. Well under the claim, so a delivery is never posted twice at once. */
const TIMEOUT_MS = 10_000;
const CLAIM_SECONDS = 60;
const BATCH = 20;
const LANES = 4;

type DeliveryRow = Selectable<WebhookDeliveriesTable>;
interface Outcome {
  status: number | null;
  error: string | null;
}

/** Posts one body; resolves with the answer's status, or the reason there was none. Never rejects. */
function post(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(
      target,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, timeout: TIMEOUT_MS, lookup: guardedLookup(allowPrivate) },
      (response) => {
        response.resume(); // the answer's body is not kept: only whether the receiver took the event
        response.on('end', () => resolve({ status: response.statusCode ?? null, error: null }));
        response.on('error', (error) => resolve({ status: response.statusCode ?? null, error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) => resolve({ status: null, error: error.message }));
    request.end(body);
  });
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>;

/** Delivers the webhook outbox: claims due deliveries, posts them signed, and retries with backoff. */
export function createWebhookWorker({ db, engine, clock, config }: Pick<AppContext, 'db' | 'engine' | 'clock' | 'config'>, log?: FastifyBaseLogger) {
  async function deliver(delivery: DeliveryRow): Promise<boolean> {
    const subscription = await db.selectFrom('webhook_subscriptions').select(['url', 'secret', 'archived_at']).where('id', '=', delivery.subscription_id).executeTakeFirst();
    const attempts = delivery.attempts + 1;
    let outcome: Outcome;
    if (!subscription || subscription.archived_at) outcome = { status: null, error: 'the subscription was deleted' };
    else {
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Portico-Webhooks/1',
        'portico-event': delivery.event_kind,
        'portico-delivery': delivery.id,
        [SIGNATURE_HEADER]: signatureHeader(subscription.secret, Math.floor(clock().getTime() / 1000), delivery.payload),
      };
      outcome = await post(subscription.url, delivery.payload, headers, config.webhookAllowPrivateTargets);
    }
    const delivered = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
    const finished = clock();
    const delay = WEBHOOK_RETRY_DELAYS_SECONDS[delivery.attempts];
    const retry = !delivered && subscription && !subscription.archived_at && delay !== undefined;
    const error = delivered ? null : (outcome.error ?? `answered ${outcome.status}`);
    // Only while the claim is still ours: a claim that ran out belongs to another worker now.
    await db
      .updateTable('webhook_deliveries')
      .set({
        status: delivered ? 'delivered' : retry ? 'pending' : 'failed',
        attempts,
        response_status: outcome.status,
        last_error: error,
        locked_until: null,
        next_attempt_at: retry ? new Date(finished.getTime() + delay * 1000).toISOString() : delivery.next_attempt_at,
        delivered_at: delivered ? finished.toISOString() : null,
      })
      .where('id', '=', delivery.id)
      .where('status', '=', 'sending')
      .where('locked_until', '=', delivery.locked_until)
      .execute();
    if (!delivered) log?.warn({ deliveryId: delivery.id, attempt: attempts, error }, 'webhook delivery failed');
    return delivered;
  }

  async function deliverDue(): Promise<number> {
    const queue = await claimDueRows(db, engine, 'webhook_deliveries', clock(), CLAIM_SECONDS, BATCH);
    let delivered = 0;
    await Promise.all(
      Array.from({ length: Math.min(LANES, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const row = next;
          // A failed database write leaves the delivery to its claim's expiry; the lane goes on with the rest.
          if (await deliver(row).catch((error: unknown) => log?.error({ err: error, deliveryId: row.id }, 'recording a webhook delivery failed'))) delivered++;
        }
      }),
    );
    return delivered;
  }

  const poller = createPoller(deliverDue, 'webhook worker', log);

  return {
    /** One round; resolves with how many were delivered. */
    runOnce: poller.runOnce,
    /** Polls the outbox every `intervalMs` (MAIL_POLL_MS, like the mail outbox) until stopped. */
    start(intervalMs = config.mailPollMs) {
      poller.start(intervalMs);
    },
    stop: poller.stop,
  };
}
