import { everyOf, type BodyOf, type ListItemOf, type ResponseOf } from '../../lib/api-types';

/** rating: feedback tickets only, 1–5; sla: staff only (null in the portal). */
export type Ticket = ResponseOf<'/tickets/{id}'>;
export type TicketInput = BodyOf<'/tickets', 'post'>;
export type TicketPatch = BodyOf<'/tickets/{id}', 'patch'>;

export type StatusCategory = Ticket['statusCategory'];
export const STATUS_CATEGORIES = everyOf<StatusCategory>()(['open', 'in_progress', 'closed']);

/** Service-level deadlines and state (server: ticket-sla.ts). */
export type TicketSla = NonNullable<Ticket['sla']>;
/** near: under 20 % of a target left; breached: a deadline missed. */
export type SlaState = TicketSla['state'];

export type TicketComment = ListItemOf<'/tickets/{id}/comments'>;
export type TicketCommentInput = BodyOf<'/tickets/{id}/comments', 'post'>;
