import type { DbExecutor } from '../../context.js';
import { UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';

/**
 * Checks of ids referenced in request bodies (customerId, siteId, projectId): the record must exist, be
 * visible to the caller and belong to the same customer. An invisible record is reported exactly like a
 * nonexistent one, so a 422 never confirms that someone else's record exists.
 */
export function invalidReference(field: string, what: string): UnprocessableError {
  return new UnprocessableError(`${field}: no such ${what} of this customer.`, 'invalid_reference', { field });
}

export async function assertCustomerReference(db: DbExecutor, scope: AccessScope, customerId: string): Promise<void> {
  if (!(await findVisibleCustomer(db, scope, customerId))) {
    throw new UnprocessableError('customerId: no such customer.', 'invalid_reference', { field: 'customerId' });
  }
}

export async function assertSiteReference(db: DbExecutor, scope: AccessScope, siteId: string | null | undefined, customerId: string): Promise<void> {
  if (!siteId) return;
  const site = await db
    .selectFrom('sites')
    .select('sites.id')
    .where(scope.visible('sites'))
    .where('sites.id', '=', siteId)
    .where('sites.customer_id', '=', customerId)
    .executeTakeFirst();
  if (!site) throw invalidReference('siteId', 'site');
}

export async function assertProjectReference(
  db: DbExecutor,
  scope: AccessScope,
  projectId: string | null | undefined,
  customerId: string,
): Promise<void> {
  if (!projectId) return;
  const project = await db
    .selectFrom('projects')
    .select('projects.id')
    .where(scope.visible('projects'))
    .where('projects.id', '=', projectId)
    .where('projects.customer_id', '=', customerId)
    .executeTakeFirst();
  if (!project) throw invalidReference('projectId', 'project');
}
