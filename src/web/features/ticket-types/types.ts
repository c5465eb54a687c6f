import type { NameTranslations } from '../../lib/localized-name';
import type { StatusCategory } from '../tickets/types';

/** Server: ticket-types.mapping.ts */
export interface TicketType {
  id: string;
  key: string;
  name: string;
  nameTranslations: NameTranslations;
  /** null: offered to every customer; set: a type only this customer has. */
  customerId: string | null;
  /** Who new tickets of this type go to unless the customer has its own route (staff only; null for portal users). */
  defaultResponsibleUserId: string | null;
  defaultResponsibleGroupId: string | null;
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
  nameTranslations?: NameTranslations;
  customerId?: string | null;
  defaultResponsibleUserId?: string | null;
  defaultResponsibleGroupId?: string | null;
  firstResponseMinutes?: number | null;
  resolutionMinutes?: number | null;
}
/** customerId is fixed once created. */
export type TicketTypePatch = Partial<
  Pick<TicketTypeInput, 'key' | 'name' | 'nameTranslations' | 'defaultResponsibleUserId' | 'defaultResponsibleGroupId' | 'firstResponseMinutes' | 'resolutionMinutes'>
>;

/** Server: ticket-routes.service.ts — a customer's own responsible for one ticket type. */
export interface TicketRoute {
  ticketTypeId: string;
  customerId: string;
  customerName: string;
  responsibleUserId: string | null;
  responsibleGroupId: string | null;
  updatedAt: string;
}

/** Server: ticket-statuses.mapping.ts */
export interface TicketStatus {
  id: string;
  key: string;
  name: string;
  nameTranslations: NameTranslations;
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
  nameTranslations?: NameTranslations;
  category: StatusCategory;
  position?: number;
  isInitial?: boolean;
}
export type TicketStatusPatch = Partial<TicketStatusInput>;
