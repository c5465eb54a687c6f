import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import type { TicketCommentRow } from './ticket-comments.repository.js';

export const Visibility = Type.Union([Type.Literal('internal'), Type.Literal('public')]);

export const TicketComment = Type.Object({
  id: Id,
  ticketId: Id,
  authorUserId: Type.Union([Id, Type.Null()]),
  body: Type.String(),
  /** internal: staff only; public: also shown to the customer's portal users who see the ticket. */
  visibility: Visibility,
  createdAt: Timestamp,
});
export type TicketComment = Static<typeof TicketComment>;

export const TicketCommentInput = Body({
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
  /** Default: internal for staff (nothing reaches the customer by accident), public for portal users. */
  visibility: Type.Optional(Visibility),
});
export type TicketCommentInput = Static<typeof TicketCommentInput>;

export function toTicketComment(row: TicketCommentRow): TicketComment {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    authorUserId: row.author_user_id,
    body: row.body,
    visibility: row.visibility,
    createdAt: row.created_at,
  };
}
