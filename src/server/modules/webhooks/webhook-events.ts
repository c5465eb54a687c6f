import type { DbExecutor } from '../../context.js';
import { newId } from '../../db/ids.js';
import type { ExternalPrincipal, Principal } from '../access/principal.js';

/** What an integrator can subscribe to. */
export const WEBHOOK_EVENT_KINDS = ['ticket.created', 'ticket.updated', 'work_order.status_changed', 'order.status_changed', 'approval.decided'] as const;
export type WebhookEventKind = (typeof WEBHOOK_EVENT_KINDS)[number];

/**
 * How a customer-facing subscription reads a record: as the customer's portal users do (no service levels,
 * internal notes, costs or internal flags). Only the record mappers read it, which look at `kind` alone; it
 * never opens an access scope.
 */
const CUSTOMER_FACING_READER: ExternalPrincipal = { kind: 'external', userId: '', sessionId: null };
/** A back-office subscription reads records as staff do. */
const BACK_OFFICE_READER: Principal = { kind: 'staff', userId: '', role: 'admin', sessionId: null };

export interface WebhookEvent {
  kind: WebhookEventKind;
  customerId: string;
  /** The record as `reader` may see it, read inside the change's transaction. */
  render(db: DbExecutor, reader: Principal): Promise<Record<string, unknown>>;
}

/**
 * Queues the deliveries of an event in the caller's transaction, one per active subscription that wants
 * it and serves its customer (a subscription for a consolidated account hears of its sub-accounts too).
 * The change and its deliveries commit together, or neither does.
 */
export async function queueWebhookEvent(db: DbExecutor, now: Date, event: WebhookEvent): Promise<void> {
  const subscriptions = await db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'events', 'customer_id', 'customer_facing'])
    .where('archived_at', 'is', null)
    .execute();
  const wanting = subscriptions.filter((s) => (JSON.parse(s.events) as string[]).includes(event.kind));
  if (wanting.length === 0) return;
  const customer = await db.selectFrom('customers').select('path').where('id', '=', event.customerId).executeTakeFirstOrThrow();
  const ancestors = new Set(customer.path.split('/').filter(Boolean));
  const bodies = new Map<boolean, string>();
  for (const subscription of wanting) {
    if (subscription.customer_id && !ancestors.has(subscription.customer_id)) continue;
    const customerFacing = subscription.customer_facing === 1;
    let payload = bodies.get(customerFacing);
    if (payload === undefined) {
      const record = await event.render(db, customerFacing ? CUSTOMER_FACING_READER : BACK_OFFICE_READER);
      payload = JSON.stringify({ type: event.kind, occurredAt: now.toISOString(), customerId: event.customerId, data: record });
      bodies.set(customerFacing, payload);
    }
    await db
      .insertInto('webhook_deliveries')
      .values({
        id: newId(now.getTime()),
        subscription_id: subscription.id,
        event_kind: event.kind,
        payload,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now.toISOString(),
        locked_until: null,
        response_status: null,
        last_error: null,
        created_at: now.toISOString(),
        delivered_at: null,
      })
      .execute();
  }
}
