import type { DbExecutor } from '../../context.js';
import { UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from './access-scope.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';

/**
 * Checks of ids referenced in request bodies (customerId, siteId, projectId, assetId…): the record must
 * exist, be visible to the caller and belong to the record's customer; an invisible record is reported
 * exactly like a nonexistent one, so a 422 never confirms that another customer's record exists.
 */
export function invalidReference(field: string, message: string): UnprocessableError {
  return new UnprocessableError(`${field}: ${message}`, 'invalid_reference', { field });
}

export async function assertCustomerReference(db: DbExecutor, scope: AccessScope, customerId: string): Promise<void> {
  if (!(await findVisibleCustomer(db, scope, customerId))) throw invalidReference('customerId', 'no such customer.');
}

/** No site (null/undefined) is always acceptable; a given one must be a visible site of the customer. */
export async function assertSiteReference(db: DbExecutor, scope: AccessScope, siteId: string | null | undefined, customerId: string): Promise<void> {
  if (!siteId) return;
  const site = await db
    .selectFrom('sites')
    .select('sites.id')
    .where(scope.visible('sites'))
    .where('sites.id', '=', siteId)
    .where('sites.customer_id', '=', customerId)
    .executeTakeFirst();
  if (!site) throw invalidReference('siteId', 'no such site of this customer.');
}

export async function assertProjectReference(db: DbExecutor, scope: AccessScope, projectId: string | null | undefined, customerId: string): Promise<void> {
  if (!projectId) return;
  const project = await db
    .selectFrom('projects')
    .select('projects.id')
    .where(scope.visible('projects'))
    .where('projects.id', '=', projectId)
    .where('projects.customer_id', '=', customerId)
    .executeTakeFirst();
  if (!project) throw invalidReference('projectId', 'no such project of this customer.');
}

export interface AssetPlace {
  id: string;
  site_id: string | null;
  root_id: string;
}

export async function findAssetOfCustomer(db: DbExecutor, scope: AccessScope, assetId: string, customerId: string): Promise<AssetPlace> {
  const asset = await db
    .selectFrom('assets')
    .select(['assets.id', 'assets.site_id', 'assets.root_id'])
    .where(scope.visible('assets'))
    .where('assets.id', '=', assetId)
    .where('assets.customer_id', '=', customerId)
    .executeTakeFirst();
  if (!asset) throw invalidReference('assetId', 'no such asset of this customer.');
  return asset;
}

/** Every id must be a visible, active asset of the customer; one query for the whole list. */
export async function assertAssetsOfCustomer(db: DbExecutor, scope: AccessScope, assetIds: readonly string[], customerId: string): Promise<void> {
  if (assetIds.length === 0) return;
  const found = await db
    .selectFrom('assets')
    .select('assets.id')
    .where(scope.visible('assets'))
    .where('assets.id', 'in', assetIds)
    .where('assets.customer_id', '=', customerId)
    .where('assets.archived_at', 'is', null)
    .execute();
  if (found.length !== new Set(assetIds).size) throw invalidReference('assetIds', 'every asset must be an active asset of this customer.');
}

/**
 * Tickets are addressed to staff. This is the staff directory, not a read of user records: a portal user
 * who may not see other users' records may still address tickets to the staff allowed by their
 * capabilities, which the portal rules narrow on top of this check.
 */
export async function assertActiveStaffUser(db: DbExecutor, userId: string, field: string): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select('users.id')
    .where('users.id', '=', userId)
    .where('users.kind', '=', 'staff')
    .where('users.status', '=', 'active')
    .executeTakeFirst();
  if (!user) throw invalidReference(field, 'no such active staff user.');
}

export async function assertStaffGroup(db: DbExecutor, groupId: string, field: string): Promise<void> {
  const group = await db
    .selectFrom('staff_groups')
    .select('staff_groups.id')
    .where('staff_groups.id', '=', groupId)
    .where('staff_groups.archived_at', 'is', null)
    .executeTakeFirst();
  if (!group) throw invalidReference(field, 'no such staff group.');
}
