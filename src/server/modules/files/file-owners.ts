import type { DbExecutor } from '../../context.js';
import type { FileOwnerType } from '../../db/back-office-tables.js';
import type { AccessScope } from '../access/access-scope.js';
import type { StaffAction } from '../access/staff-permissions.js';

/** Where a file's access columns come from: the record it is attached to. */
export interface FileOwner {
  customerId: string | null;
  siteId: string | null;
}

type Resolver = (db: DbExecutor, scope: AccessScope, id: string) => Promise<FileOwner | undefined>;

/**
 * One resolver per owner type, each reading the owner through the caller's scope: a record the caller
 * cannot see resolves to undefined, exactly like one that does not exist.
 */
const RESOLVERS: Record<FileOwnerType, Resolver> = {
  customer: async (db, scope, id) => {
    const row = await db.selectFrom('customers').select('customers.id').where(scope.visible('customers')).where('customers.id', '=', id).executeTakeFirst();
    return row && { customerId: row.id, siteId: null };
  },
  site: async (db, scope, id) => {
    const row = await db
      .selectFrom('sites')
      .select(['sites.id', 'sites.customer_id'])
      .where(scope.visible('sites'))
      .where('sites.id', '=', id)
      .executeTakeFirst();
    return row && { customerId: row.customer_id, siteId: row.id };
  },
  asset: async (db, scope, id) => {
    const row = await db
      .selectFrom('assets')
      .select(['assets.customer_id', 'assets.site_id'])
      .where(scope.visible('assets'))
      .where('assets.id', '=', id)
      .executeTakeFirst();
    return row && { customerId: row.customer_id, siteId: row.site_id };
  },
  work_order: async (db, scope, id) => {
    const row = await db
      .selectFrom('work_orders')
      .select(['work_orders.customer_id', 'work_orders.site_id'])
      .where(scope.visible('work_orders'))
      .where('work_orders.id', '=', id)
      .executeTakeFirst();
    return row && { customerId: row.customer_id, siteId: row.site_id };
  },
  project: async (db, scope, id) => {
    const row = await db
      .selectFrom('projects')
      .select(['projects.customer_id', 'projects.site_id'])
      .where(scope.visible('projects'))
      .where('projects.id', '=', id)
      .executeTakeFirst();
    return row && { customerId: row.customer_id, siteId: row.site_id };
  },
  order: async (db, scope, id) => {
    const row = await db
      .selectFrom('orders')
      .select(['orders.customer_id', 'orders.site_id'])
      .where(scope.visible('orders'))
      .where('orders.id', '=', id)
      .executeTakeFirst();
    return row && { customerId: row.customer_id, siteId: row.site_id };
  },
  ticket: async (db, scope, id) => {
    const row = await db
      .selectFrom('tickets')
      .select(['tickets.customer_id', 'tickets.site_id'])
      .where(scope.visible('tickets'))
      .where('tickets.id', '=', id)
      .executeTakeFirst();
    return row && { customerId: row.customer_id, siteId: row.site_id };
  },
  // Documents are the service company's own: their files belong to no customer.
  document: async (db, scope, id) => {
    const row = await db.selectFrom('documents').select('documents.id').where(scope.visible('documents')).where('documents.id', '=', id).executeTakeFirst();
    return row && { customerId: null, siteId: null };
  },
};

export function resolveFileOwner(db: DbExecutor, scope: AccessScope, type: FileOwnerType, id: string): Promise<FileOwner | undefined> {
  return RESOLVERS[type](db, scope, id);
}

/** The staff action attaching a file to this owner type takes: documents are managed apart from records. */
export function uploadActionFor(type: FileOwnerType): StaffAction {
  return type === 'document' ? 'manage_documents' : 'manage_records';
}
