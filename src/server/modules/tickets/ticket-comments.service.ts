import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { ForbiddenError, NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertMayComment } from '../access/portal-capabilities.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { notifyTicketEvent } from '../notifications/notify-ticket.js';
import { toTicketComment, type TicketCommentInput } from './ticket-comments.mapping.js';
import { insertTicketComment, listTicketComments, type TicketCommentRow } from './ticket-comments.repository.js';
import { slaColumns } from './ticket-sla.js';
import { findVisibleTicket, recordFirstResponse, updateTicketRow } from './tickets.repository.js';
import type { TicketView } from './tickets.repository.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type TicketCommentsService = ReturnType<typeof createTicketCommentsService>;

export function createTicketCommentsService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  async function visibleTicket(scope: AccessScope, ticketId: string): Promise<TicketView> {
    const ticket = await findVisibleTicket(db, scope, ticketId);
    if (!ticket) throw new NotFoundError('Ticket not found.');
    return ticket;
  }

  return {
    /** Oldest first, like a conversation; internal comments exist only for staff viewers. */
    async list(scope: AccessScope, ticketId: string, query: { cursor?: string; limit?: number }) {
      await visibleTicket(scope, ticketId);
      const page = await listTicketComments(db, ticketId, {
        publicOnly: scope.principal.kind !== 'staff',
        cursor: query.cursor,
        limit: query.limit,
      });
      return { items: page.rows.map(toTicketComment), nextCursor: page.nextCursor };
    },

    async create(scope: AccessScope, ticketId: string, input: TicketCommentInput, facts: Facts) {
      const ticket = await visibleTicket(scope, ticketId);
      const isStaff = scope.principal.kind === 'staff';
      const visibility = input.visibility ?? (isStaff ? 'internal' : 'public');
      if (!isStaff && visibility !== 'public') throw new ForbiddenError('Only staff can write internal comments.');
      assertMayComment(scope, { siteId: ticket.site_id });
      const now = clock().toISOString();
      const comment: TicketCommentRow = {
        id: newId(),
        ticket_id: ticket.id,
        customer_id: ticket.customer_id,
        author_user_id: scope.principal.userId,
        body: input.body,
        visibility,
        created_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await insertTicketComment(trx, comment);
        // A new comment is activity on the ticket: "recently updated" lists bring it up. The first public
        // staff comment is the first response (ticket-sla.ts).
        await updateTicketRow(trx, ticket.id, { updated_at: now });
        if (isStaff && visibility === 'public' && !ticket.first_responded_at) {
          await recordFirstResponse(trx, ticket.id, { first_responded_at: now, ...slaColumns({ ...ticket, first_responded_at: now }) });
        }
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'ticket_comment',
          resourceId: comment.id,
          customerId: ticket.customer_id,
          after: toTicketComment(comment),
        });
        await notifyTicketEvent(trx, { config, clock }, { kind: 'ticket_comment', ticket, actor: scope.principal, comment: { body: comment.body, visibility } });
      });
      return toTicketComment(comment);
    },
  };
}
