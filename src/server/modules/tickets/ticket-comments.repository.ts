import type { Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { TicketCommentsTable } from '../../db/back-office-tables.js';
import { fetchPage, type Page } from '../../http/list-query.js';

/** Comments are reached only through their ticket's visible read (tickets.service / ticket-comments.service). */
export type TicketCommentRow = Selectable<TicketCommentsTable>;

export async function listTicketComments(
  db: DbExecutor,
  ticketId: string,
  options: { publicOnly: boolean; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<TicketCommentRow>> {
  let query = db.selectFrom('ticket_comments').selectAll('ticket_comments').where('ticket_comments.ticket_id', '=', ticketId);
  if (options.publicOnly) query = query.where('ticket_comments.visibility', '=', 'public');
  return fetchPage(query, {
    table: 'ticket_comments',
    sort: { field: 'createdAt', column: 'created_at', direction: 'asc' },
    cursor: options.cursor,
    limit: options.limit,
  });
}

export async function insertTicketComment(db: DbExecutor, row: TicketCommentRow): Promise<void> {
  await db.insertInto('ticket_comments').values(row).execute();
}
