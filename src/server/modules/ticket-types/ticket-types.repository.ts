import { inNameTranslations } from '../i18n/name-translations.js';
import { sql, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { TicketTypesTable } from '../../db/back-office-tables.js';
import type { Database } from '../../db/schema.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';
import { offeredTicketTypeIds } from '../access/portal-capabilities.js';

export type TicketTypeRow = Selectable<TicketTypesTable>;

export interface TicketTypeListFilters {
  q?: string | undefined;
  /** The types offered to this customer: the global ones plus its own. */
  customerId?: string | undefined;
  includeArchived?: boolean | undefined;
}

/**
 * Global types are configuration everyone may read; a per-customer type is as visible as its customer,
 * so the name of one customer's special type never shows up for another. A portal user is offered only
 * the types they may create (their tickets carry the type's name, so nothing else is needed).
 */
export function visibleTicketTypes(db: DbExecutor, scope: AccessScope) {
  const offered = offeredTicketTypeIds(scope);
  return (eb: ExpressionBuilder<Database, 'ticket_types'>) => {
    const ofVisibleCustomer = eb.or([
      eb('ticket_types.customer_id', 'is', null),
      eb('ticket_types.customer_id', 'in', db.selectFrom('customers').select('customers.id').where(scope.visible('customers'))),
    ]);
    if (offered === null) return ofVisibleCustomer;
    // An empty list matches nothing (never the invalid `IN ()`).
    return eb.and([ofVisibleCustomer, offered.length ? eb('ticket_types.id', 'in', [...offered]) : sql<SqlBool>`1 = 0`]);
  };
}

export async function listTicketTypes(
  db: DbExecutor,
  scope: AccessScope,
  filters: TicketTypeListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<TicketTypeRow>> {
  let query = db.selectFrom('ticket_types').selectAll('ticket_types').where(visibleTicketTypes(db, scope));
  if (!filters.includeArchived) query = query.where('ticket_types.archived_at', 'is', null);
  const customerId = filters.customerId;
  if (customerId) {
    query = query.where((eb) => eb.or([eb('ticket_types.customer_id', 'is', null), eb('ticket_types.customer_id', '=', customerId)]));
  }
  if (filters.q) query = query.where(matchesText(filters.q, ['ticket_types.name', 'ticket_types.key'], [inNameTranslations(filters.q, 'ticket_types.name_translations')]));
  return fetchPage(query, { table: 'ticket_types', ...page });
}

export async function findVisibleTicketType(db: DbExecutor, scope: AccessScope, id: string): Promise<TicketTypeRow | undefined> {
  return db.selectFrom('ticket_types').selectAll().where(visibleTicketTypes(db, scope)).where('id', '=', id).executeTakeFirst();
}

/** A type a ticket of this customer may get: not archived, and global or the customer's own. */
export async function findOfferedTicketType(db: DbExecutor, id: string, customerId: string): Promise<TicketTypeRow | undefined> {
  return db
    .selectFrom('ticket_types')
    .selectAll()
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]))
    .executeTakeFirst();
}

/**
 * Would this key be ambiguous? A key must name one active type per customer: a global key clashes with
 * every active type of that key, a customer's key with the global ones and that customer's own.
 */
export async function ticketTypeKeyTaken(db: DbExecutor, key: string, customerId: string | null, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('ticket_types').select('id').where('key', '=', key).where('archived_at', 'is', null);
  if (customerId) query = query.where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', '=', customerId)]));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertTicketType(db: DbExecutor, row: Insertable<TicketTypesTable>): Promise<void> {
  await db.insertInto('ticket_types').values(row).execute();
}

export async function updateTicketTypeRow(db: DbExecutor, id: string, changes: Updateable<TicketTypesTable>): Promise<void> {
  await db.updateTable('ticket_types').set(changes).where('id', '=', id).execute();
}
