import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

export type Webhook = ResponseOf<'/webhooks/{id}'>;
/** The answer to a new subscription: the only one that carries the signing secret. */
export type CreatedWebhook = ResponseOf<'/webhooks', 'post'>;
export type WebhookInput = BodyOf<'/webhooks', 'post'>;
export type WebhookPatch = BodyOf<'/webhooks/{id}', 'patch'>;
export type WebhookEvent = WebhookInput['events'][number];
export type WebhookDelivery = ListItemOf<'/webhooks/{id}/deliveries'>;

export const WEBHOOK_EVENTS = everyOf<WebhookEvent>()(['ticket.created', 'ticket.updated', 'work_order.status_changed', 'order.status_changed', 'approval.decided']);
