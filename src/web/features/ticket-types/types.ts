import type { StatusCategory } from '../tickets/types';

/** Server: ticket-types.mapping.ts */
export interface TicketType {
  id: string;
  key: string;
  name: string;
  /** null: offered to every customer; set: a type only this customer has. */
  customerId: string | null;
  /** Service-level targets in minutes (null: none; always null for portal users). */
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}
export interface TicketTypeInput {
  key: string;
  name: string;
  customerId?: string | null;
  firstResponseMinutes?: number | null;
  resolutionMinutes?: number | null;
}
/** customerId is fixed once created. */
export type TicketTypePatch = Partial<Pick<TicketTypeInput, 'key' | 'name' | 'firstResponseMinutes' | 'resolutionMinutes'>>;

/** Server: ticket-statuses.mapping.ts */
export interface TicketStatus {
  id: string;
  key: string;
  name: string;
  category: StatusCategory;
  position: number;
  isInitial: boolean;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}
export interface TicketStatusInput {
  key: string;
  name: string;
  category: StatusCategory;
  position?: number;
  isInitial?: boolean;
}
export type TicketStatusPatch = Partial<TicketStatusInput>;
