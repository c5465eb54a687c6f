import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { fetchPage, parseSort } from '../../http/list-query.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';
import { targetProblem } from './webhook-target.js';
import { toDelivery, toWebhook, type WebhookInput, type WebhookPatch, type WebhookRow } from './webhooks.mapping.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
type Page = { cursor?: string | undefined; limit?: number | undefined };
export type WebhooksService = ReturnType<typeof createWebhooksService>;

/**
 * Webhook subscriptions and their delivery log (issue #15): settings, so admins only; a portal user is
 * refused at the door whatever the id.
 */
export function createWebhooksService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  function assertTarget(url: string): void {
    const problem = targetProblem(url, config.webhookAllowPrivateTargets);
    if (problem) throw new UnprocessableError(`url: ${problem}.`, 'invalid_field', { field: 'url' });
  }

  async function getRow(scope: AccessScope, id: string): Promise<WebhookRow> {
    assertStaffMay(scope.principal, 'manage_settings');
    const row = await db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new NotFoundError('Webhook not found.');
    return row;
  }

  return {
    async list(scope: AccessScope, query: Page & { includeArchived?: boolean | undefined }) {
      assertStaffMay(scope.principal, 'manage_settings');
      let rows = db.selectFrom('webhook_subscriptions').selectAll('webhook_subscriptions');
      if (!query.includeArchived) rows = rows.where('webhook_subscriptions.archived_at', 'is', null);
      const sort = parseSort('-createdAt', { createdAt: 'created_at' }, '-createdAt');
      const page = await fetchPage(rows, { table: 'webhook_subscriptions', sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toWebhook), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toWebhook(await getRow(scope, id));
    },

    /** The answer holds the signing secret, once: it is not shown again. */
    async create(scope: AccessScope, input: WebhookInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_settings');
      assertTarget(input.url);
      const customerId = input.customerId ?? null;
      if (customerId && !(await findVisibleCustomer(db, scope, customerId))) throw new UnprocessableError('customerId: no such customer.', 'invalid_reference');
      const now = clock().toISOString();
      const row: WebhookRow = {
        id: newId(),
        url: input.url,
        secret: `whsec_${randomBytes(32).toString('base64url')}`,
        events: JSON.stringify(input.events),
        customer_id: customerId,
        customer_facing: input.customerFacing ? 1 : 0,
        description: input.description ?? null,
        created_by_user_id: scope.principal.userId,
        created_at: now,
        updated_at: now,
        archived_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('webhook_subscriptions').values(row).execute();
        await recordChange(trx, { ...facts, principal: scope.principal, now }, { action: 'create', resourceType: 'webhook', resourceId: row.id, customerId, after: toWebhook(row) });
      });
      return { ...toWebhook(row), secret: row.secret };
    },

    async update(scope: AccessScope, id: string, patch: WebhookPatch, facts: Facts) {
      const before = await getRow(scope, id);
      if (patch.url !== undefined) assertTarget(patch.url);
      const now = clock().toISOString();
      const after: WebhookRow = {
        ...before,
        url: patch.url ?? before.url,
        events: patch.events ? JSON.stringify(patch.events) : before.events,
        customer_facing: patch.customerFacing === undefined ? before.customer_facing : patch.customerFacing ? 1 : 0,
        description: patch.description === undefined ? before.description : patch.description,
        updated_at: now,
      };
      await db.transaction().execute(async (trx) => {
        const { url, events, customer_facing, description, updated_at } = after;
        await trx.updateTable('webhook_subscriptions').set({ url, events, customer_facing, description, updated_at }).where('id', '=', id).execute();
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'webhook',
          resourceId: id,
          customerId: before.customer_id,
          before: toWebhook(before),
          after: toWebhook(after),
        });
      });
      return toWebhook(after);
    },

    /** Deleting stops the deliveries still due: the worker marks them failed instead of posting them. */
    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getRow(scope, id);
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.updateTable('webhook_subscriptions').set({ archived_at: now, updated_at: now }).where('id', '=', id).execute();
        await recordChange(trx, { ...facts, principal: scope.principal, now }, { action: 'archive', resourceType: 'webhook', resourceId: id, customerId: before.customer_id, before: toWebhook(before) });
      });
    },

    /** The delivery log of a subscription, newest first. */
    async deliveries(scope: AccessScope, id: string, query: Page) {
      await getRow(scope, id);
      const rows = db.selectFrom('webhook_deliveries').selectAll('webhook_deliveries').where('webhook_deliveries.subscription_id', '=', id);
      const sort = parseSort('-id', { id: 'id' }, '-id');
      const page = await fetchPage(rows, { table: 'webhook_deliveries', sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toDelivery), nextCursor: page.nextCursor };
    },

    /** Sends a failed delivery again (after the receiver was fixed): due now, its attempts counted on. */
    async retry(scope: AccessScope, id: string, deliveryId: string) {
      const subscription = await getRow(scope, id);
      if (subscription.archived_at) throw new UnprocessableError('This webhook was deleted.', 'invalid_reference');
      const now = clock().toISOString();
      const updated = await db
        .updateTable('webhook_deliveries')
        .set({ status: 'pending', next_attempt_at: now, locked_until: null })
        .where('id', '=', deliveryId)
        .where('subscription_id', '=', id)
        .where('status', '=', 'failed')
        .returningAll()
        .executeTakeFirst();
      if (updated) return toDelivery(updated);
      const exists = await db.selectFrom('webhook_deliveries').select('status').where('id', '=', deliveryId).where('subscription_id', '=', id).executeTakeFirst();
      if (!exists) throw new NotFoundError('Delivery not found.');
      throw new UnprocessableError(`Only a failed delivery can be sent again; this one is ${exists.status}.`, 'invalid_field', { field: 'status' });
    },
  };
}
