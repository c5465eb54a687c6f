import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

export type Webhook = ResponseOf<'/api/v1/webhooks/{id}'>;
/** The answer to a new subscription: the only one that carries the signing secret. */
export type CreatedWebhook = ResponseOf<'/api/v1/webhooks', 'post'>;
export type WebhookInput = BodyOf<'/api/v1/webhooks', 'post'>;
export type WebhookPatch = BodyOf<'/api/v1/webhooks/{id}', 'patch'>;
export type WebhookEvent = WebhookInput['events'][number];
export type WebhookDelivery = ListItemOf<'/api/v1/webhooks/{id}/deliveries'>;

export const WEBHOOK_EVENTS = everyOf<WebhookEvent>()(['ticket.created', 'ticket.updated', 'work_order.status_changed', 'order.status_changed', 'approval.decided']);
