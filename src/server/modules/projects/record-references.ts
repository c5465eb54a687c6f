import type { DbExecutor } from '../../context.js';
import { UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';

/**
 * Checks of ids named in request bodies (module guide: referenced ids exist, are visible and belong to the
 * record's customer, else 422 invalid_reference naming the field). Shared by projects and orders.
 */
export async function assertCustomerReference(db: DbExecutor, scope: AccessScope, customerId: string): Promise<void> {
  const customer = await db.selectFrom('customers').select('id').where(scope.visible('customers')).where('id', '=', customerId).executeTakeFirst();
  if (!customer) throw new UnprocessableError('customerId: no such customer.', 'invalid_reference', { field: 'customerId' });
}

export async function assertSiteReference(db: DbExecutor, scope: AccessScope, siteId: string | null | undefined, customerId: string): Promise<void> {
  if (!siteId) return;
  const site = await db
    .selectFrom('sites')
    .select('id')
    .where(scope.visible('sites'))
    .where('id', '=', siteId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  if (!site) throw new UnprocessableError('siteId: no such site of this customer.', 'invalid_reference', { field: 'siteId' });
}
