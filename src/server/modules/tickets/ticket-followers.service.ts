import type { AppContext } from '../../context.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { findVisibleTicket } from './tickets.repository.js';

export type TicketFollowersService = ReturnType<typeof createTicketFollowersService>;

/**
 * Following a ticket: anyone who can see it may ask to hear about its replies and status changes (a
 * colleague of the submitter, a second technician). Seeing is the only condition, and it is checked
 * again when each notification is sent.
 */
export function createTicketFollowersService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function assertVisible(scope: AccessScope, ticketId: string) {
    if (!(await findVisibleTicket(db, scope, ticketId))) throw new NotFoundError('Ticket not found.');
  }

  async function following(scope: AccessScope, ticketId: string) {
    const row = await db
      .selectFrom('ticket_followers')
      .select('user_id')
      .where('ticket_id', '=', ticketId)
      .where('user_id', '=', scope.principal.userId)
      .executeTakeFirst();
    return { following: row !== undefined };
  }

  return {
    async get(scope: AccessScope, ticketId: string) {
      await assertVisible(scope, ticketId);
      return following(scope, ticketId);
    },

    async follow(scope: AccessScope, ticketId: string) {
      await assertVisible(scope, ticketId);
      await db
        .insertInto('ticket_followers')
        .values({ ticket_id: ticketId, user_id: scope.principal.userId, created_at: clock().toISOString() })
        .onConflict((oc) => oc.columns(['ticket_id', 'user_id']).doNothing())
        .execute();
      return { following: true };
    },

    async unfollow(scope: AccessScope, ticketId: string) {
      await assertVisible(scope, ticketId);
      await db.deleteFrom('ticket_followers').where('ticket_id', '=', ticketId).where('user_id', '=', scope.principal.userId).execute();
      return { following: false };
    },
  };
}
