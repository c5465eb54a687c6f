import type { BodyOf, ResponseOf } from '../../lib/api-types';

/** A ticket type; routing and service-level targets are null for portal users. */
export type TicketType = ResponseOf<'/ticket-types/{id}'>;
export type TicketTypeInput = BodyOf<'/ticket-types', 'post'>;
/** customerId is fixed once created. */
export type TicketTypePatch = BodyOf<'/ticket-types/{id}', 'patch'>;

/** A customer's own responsible for one ticket type. */
export type TicketRoute = ResponseOf<'/ticket-types/{id}/routes'>[number];
export type TicketRouteInput = BodyOf<'/ticket-types/{id}/routes/{customerId}', 'put'>;

export type TicketStatus = ResponseOf<'/ticket-statuses/{id}'>;
export type TicketStatusInput = BodyOf<'/ticket-statuses', 'post'>;
export type TicketStatusPatch = BodyOf<'/ticket-statuses/{id}', 'patch'>;
