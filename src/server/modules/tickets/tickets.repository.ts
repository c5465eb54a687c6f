import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { TicketStatusesTable, TicketsTable } from '../../db/back-office-tables.js';
import { fetchPage, type Page, type SortSpec } from '../../http/list-query.js';
import { listSearch, type AccessScope } from '../access/access-scope.js';

export type TicketRow = Selectable<TicketsTable>;
/** A ticket with the names of its type and status, as every read returns it. */
export interface TicketView extends TicketRow {
  type_key: string;
  type_name: string;
  /** JSON language → name (migration 021): the names as the reader reads them (toTicket). */
  type_name_translations: string;
  status_key: string;
  status_name: string;
  status_name_translations: string;
  status_category: TicketStatusesTable['category'];
}

export interface TicketListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  assetId?: string | undefined;
  typeId?: string | undefined;
  statusId?: string | undefined;
  statusCategory?: TicketStatusesTable['category'] | undefined;
  submitterId?: string | undefined;
  responsibleUserId?: string | undefined;
  /** unassigned: neither a staff user nor a group is responsible; me: the caller is the responsible user. */
  assigned?: 'unassigned' | 'me' | undefined;
  /** near: less than 20 % of a target left; breached: a deadline missed; at_risk: either (see ticket-sla.ts). */
  sla?: 'near' | 'breached' | 'at_risk' | undefined;
  /** Only tickets not in a closed-category status (any open or in-progress one). */
  unresolved?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

function selectVisibleTickets(db: DbExecutor, scope: AccessScope) {
  return db
    .selectFrom('tickets')
    .innerJoin('ticket_types', 'ticket_types.id', 'tickets.type_id')
    .innerJoin('ticket_statuses', 'ticket_statuses.id', 'tickets.status_id')
    .selectAll('tickets')
    .select([
      'ticket_types.key as type_key',
      'ticket_types.name as type_name',
      'ticket_types.name_translations as type_name_translations',
      'ticket_statuses.key as status_key',
      'ticket_statuses.name as status_name',
      'ticket_statuses.name_translations as status_name_translations',
      'ticket_statuses.category as status_category',
    ])
    .where(scope.visible('tickets'));
}

export async function listVisibleTickets(
  db: DbExecutor,
  scope: AccessScope,
  filters: TicketListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
  now: Date,
): Promise<Page<TicketView>> {
  let query = selectVisibleTickets(db, scope);
  if (!filters.includeArchived) query = query.where('tickets.archived_at', 'is', null);
  if (filters.customerId) query = query.where('tickets.customer_id', '=', filters.customerId);
  if (filters.siteId) query = query.where('tickets.site_id', '=', filters.siteId);
  if (filters.assetId) query = query.where('tickets.asset_id', '=', filters.assetId);
  if (filters.typeId) query = query.where('tickets.type_id', '=', filters.typeId);
  if (filters.statusId) query = query.where('tickets.status_id', '=', filters.statusId);
  if (filters.statusCategory) query = query.where('ticket_statuses.category', '=', filters.statusCategory);
  if (filters.submitterId) query = query.where('tickets.submitter_user_id', '=', filters.submitterId);
  if (filters.responsibleUserId) query = query.where('tickets.responsible_user_id', '=', filters.responsibleUserId);
  if (filters.unresolved) query = query.where('tickets.closed_at', 'is', null);
  if (filters.assigned === 'me') query = query.where('tickets.responsible_user_id', '=', scope.principal.userId);
  if (filters.assigned === 'unassigned') query = query.where('tickets.responsible_user_id', 'is', null).where('tickets.responsible_group_id', 'is', null);
  // Each a range on a partial index that holds only live tickets with targets; few rows, so the sort after is cheap.
  const at = now.toISOString();
  if (filters.sla === 'breached') query = query.where('tickets.sla_due_at', '<=', at);
  if (filters.sla === 'at_risk') query = query.where('tickets.sla_warn_at', '<=', at);
  if (filters.sla === 'near') query = query.where('tickets.sla_warn_at', '<=', at).where('tickets.sla_due_at', '>', at);
  return fetchPage(query, { table: 'tickets', ...page, search: await listSearch(db, scope, 'tickets', filters.q) });
}

export async function findVisibleTicket(db: DbExecutor, scope: AccessScope, id: string): Promise<TicketView | undefined> {
  return selectVisibleTickets(db, scope).where('tickets.id', '=', id).executeTakeFirst();
}

export async function insertTicket(db: DbExecutor, row: Insertable<TicketsTable>): Promise<void> {
  await db.insertInto('tickets').values(row).execute();
}

export async function updateTicketRow(db: DbExecutor, id: string, changes: Updateable<TicketsTable>): Promise<void> {
  await db.updateTable('tickets').set(changes).where('id', '=', id).execute();
}

/** Only the first response counts: a concurrent one that lost the race changes nothing. */
export async function recordFirstResponse(db: DbExecutor, id: string, changes: Pick<Updateable<TicketsTable>, 'first_responded_at' | 'sla_due_at' | 'sla_warn_at'>): Promise<void> {
  await db.updateTable('tickets').set(changes).where('id', '=', id).where('first_responded_at', 'is', null).execute();
}
