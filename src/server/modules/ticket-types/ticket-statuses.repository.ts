import { inNameTranslations } from '../i18n/name-translations.js';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { TicketStatusesTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';

/** Statuses are workflow configuration shared by every customer: no row of them is access-controlled. */
export type TicketStatusRow = Selectable<TicketStatusesTable>;

export interface TicketStatusListFilters {
  q?: string | undefined;
  category?: TicketStatusRow['category'] | undefined;
  includeArchived?: boolean | undefined;
}

export async function listTicketStatuses(
  db: DbExecutor,
  filters: TicketStatusListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<TicketStatusRow>> {
  let query = db.selectFrom('ticket_statuses').selectAll('ticket_statuses');
  if (!filters.includeArchived) query = query.where('ticket_statuses.archived_at', 'is', null);
  if (filters.category) query = query.where('ticket_statuses.category', '=', filters.category);
  if (filters.q) query = query.where(matchesText(filters.q, ['ticket_statuses.name', 'ticket_statuses.key'], [inNameTranslations(filters.q, 'ticket_statuses.name_translations')]));
  return fetchPage(query, { table: 'ticket_statuses', ...page });
}

export async function findTicketStatus(db: DbExecutor, id: string): Promise<TicketStatusRow | undefined> {
  return db.selectFrom('ticket_statuses').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInitialTicketStatus(db: DbExecutor): Promise<TicketStatusRow | undefined> {
  return db.selectFrom('ticket_statuses').selectAll().where('is_initial', '=', 1).where('archived_at', 'is', null).executeTakeFirst();
}

export async function ticketStatusKeyTaken(db: DbExecutor, key: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('ticket_statuses').select('id').where('key', '=', key);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function nextStatusPosition(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('ticket_statuses').select((eb) => eb.fn.max('position').as('max')).executeTakeFirst();
  return (row?.max == null ? 0 : Number(row.max)) + 10;
}

/** Makes `id` the one initial status: the previous one stops being initial in the same transaction. */
export async function makeInitialStatus(db: DbExecutor, id: string, now: string): Promise<void> {
  await db.updateTable('ticket_statuses').set({ is_initial: 0, updated_at: now }).where('is_initial', '=', 1).where('id', '!=', id).execute();
  await db.updateTable('ticket_statuses').set({ is_initial: 1 }).where('id', '=', id).execute();
}

export async function insertTicketStatus(db: DbExecutor, row: Insertable<TicketStatusesTable>): Promise<void> {
  await db.insertInto('ticket_statuses').values(row).execute();
}

export async function updateTicketStatusRow(db: DbExecutor, id: string, changes: Updateable<TicketStatusesTable>): Promise<void> {
  await db.updateTable('ticket_statuses').set(changes).where('id', '=', id).execute();
}
