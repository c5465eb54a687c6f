import type { Selectable } from 'kysely';
import { Type, type Static } from 'typebox';
import { Body, Id, Nullable, Timestamp } from '../../http/schemas.js';
import type { WebhookDeliveriesTable, WebhookSubscriptionsTable } from '../../db/webhook-tables.js';
import { WEBHOOK_EVENT_KINDS } from './webhook-events.js';

export type WebhookRow = Selectable<WebhookSubscriptionsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;

const EventKind = Type.Enum(WEBHOOK_EVENT_KINDS, { description: 'ticket.created, ticket.updated, work_order.status_changed, order.status_changed, approval.decided' });

export const Webhook = Type.Object({
  id: Id,
  url: Type.String(),
  events: Type.Array(EventKind),
  /** Only this customer's events (and its sub-accounts'); null: every customer's. */
  customerId: Nullable(Id),
  customerFacing: Type.Boolean({ description: 'Records are sent as the customer’s portal users read them: no internal fields.' }),
  description: Nullable(Type.String()),
  createdByUserId: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  archivedAt: Nullable(Timestamp),
});
export type Webhook = Static<typeof Webhook>;
export const CreatedWebhook = Type.Object({
  ...Webhook.properties,
  secret: Type.String({ description: 'The HMAC-SHA256 signing key of the deliveries; shown only in this answer.' }),
});

const fields = {
  url: Type.String({ minLength: 1, maxLength: 2000, description: 'https; a public address (see WEBHOOK_ALLOW_PRIVATE_TARGETS)' }),
  events: Type.Array(EventKind, { minItems: 1, uniqueItems: true }),
  customerId: Type.Optional(Nullable(Id)),
  customerFacing: Type.Optional(Type.Boolean()),
  description: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
};
export const WebhookInput = Body(fields);
export type WebhookInput = Static<typeof WebhookInput>;
/** The customer is fixed once created: its integration was told which events it gets. */
export const WebhookPatch = Body({
  url: Type.Optional(fields.url),
  events: Type.Optional(fields.events),
  customerFacing: fields.customerFacing,
  description: fields.description,
});
export type WebhookPatch = Static<typeof WebhookPatch>;

export const WebhookDelivery = Type.Object({
  id: Id,
  webhookId: Id,
  event: EventKind,
  /** The exact JSON body posted; its signature is in the Portico-Signature header. */
  payload: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('sending'), Type.Literal('delivered'), Type.Literal('failed')]),
  attempts: Type.Integer(),
  nextAttemptAt: Nullable(Timestamp),
  responseStatus: Nullable(Type.Integer()),
  lastError: Nullable(Type.String()),
  createdAt: Timestamp,
  deliveredAt: Nullable(Timestamp),
});

export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: JSON.parse(row.events) as Webhook['events'],
    customerId: row.customer_id,
    customerFacing: row.customer_facing === 1,
    description: row.description,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

export function toDelivery(row: DeliveryRow): Static<typeof WebhookDelivery> {
  return {
    id: row.id,
    webhookId: row.subscription_id,
    event: row.event_kind as Webhook['events'][number],
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    responseStatus: row.response_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
  };
}
