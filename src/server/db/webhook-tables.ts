/** Webhooks (migration 022): subscriptions and their delivery outbox. */
export interface WebhookSubscriptionsTable {
  id: string;
  url: string;
  /** The HMAC-SHA256 key deliveries are signed with; shown once, at creation. */
  secret: string;
  /** JSON array of event kinds (modules/webhooks/webhook-events.ts). */
  events: string;
  customer_id: string | null;
  customer_facing: number;
  description: string | null;
  created_by_user_id: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export type WebhookDeliveryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface WebhookDeliveriesTable {
  id: string;
  subscription_id: string;
  event_kind: string;
  /** The exact body posted (and signed). */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  response_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface WebhookTables {
  webhook_subscriptions: WebhookSubscriptionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
