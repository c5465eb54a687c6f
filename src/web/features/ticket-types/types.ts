import type { BodyOf, ResponseOf } from '../../lib/api-types';

/** A ticket type; routing and service-level targets are null for portal users. */
export type TicketType = ResponseOf<'/api/v1/ticket-types/{id}'>;
export type TicketTypeInput = BodyOf<'/api/v1/ticket-types', 'post'>;
/** customerId is fixed once created. */
export type TicketTypePatch = BodyOf<'/api/v1/ticket-types/{id}', 'patch'>;

/** A customer's own responsible for one ticket type. */
export type TicketRoute = ResponseOf<'/api/v1/ticket-types/{id}/routes'>[number];
export type TicketRouteInput = BodyOf<'/api/v1/ticket-types/{id}/routes/{customerId}', 'put'>;

export type TicketStatus = ResponseOf<'/api/v1/ticket-statuses/{id}'>;
export type TicketStatusInput = BodyOf<'/api/v1/ticket-statuses', 'post'>;
export type TicketStatusPatch = BodyOf<'/api/v1/ticket-statuses/{id}', 'patch'>;
