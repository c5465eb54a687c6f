import type { Priority } from '../work-orders/types';

export type StatusCategory = 'open' | 'in_progress' | 'closed';
export const STATUS_CATEGORIES: readonly StatusCategory[] = ['open', 'in_progress', 'closed'];

/** Server: ticket-sla.ts. near: under 20 % of a target left; breached: a deadline missed. */
export type SlaState = 'none' | 'ok' | 'near' | 'breached';
export interface TicketSla {
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  state: SlaState;
}

/** Server: tickets.mapping.ts */
export interface Ticket {
  id: string;
  number: string;
  customerId: string;
  siteId: string | null;
  assetId: string | null;
  typeId: string;
  typeKey: string;
  typeName: string;
  statusId: string;
  statusKey: string;
  statusName: string;
  statusCategory: StatusCategory;
  title: string;
  description: string | null;
  priority: Priority;
  submitterUserId: string | null;
  responsibleUserId: string | null;
  responsibleGroupId: string | null;
  /** Feedback tickets only: 1–5. */
  rating: number | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  archivedAt: string | null;
  /** Staff only (null in the portal). */
  sla: TicketSla | null;
}

interface TicketFields {
  siteId?: string | null;
  assetId?: string | null;
  typeId: string;
  statusId?: string;
  title: string;
  description?: string | null;
  priority?: Priority;
  responsibleUserId?: string | null;
  responsibleGroupId?: string | null;
  rating?: number | null;
}
export type TicketInput = TicketFields & { customerId?: string };
export type TicketPatch = Partial<TicketFields>;

export interface TicketComment {
  id: string;
  ticketId: string;
  authorUserId: string | null;
  body: string;
  visibility: 'internal' | 'public';
  createdAt: string;
}
export interface TicketCommentInput {
  body: string;
  visibility?: 'internal' | 'public';
}
