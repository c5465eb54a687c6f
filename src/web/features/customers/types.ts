import { everyOf, type BodyOf, type ResponseOf } from '../../lib/api-types';

/** parentId set: a sub-account of that consolidated account; portalMfaRequired is staff only. */
export type Customer = ResponseOf<'/customers/{id}'>;
export type CustomerInput = BodyOf<'/customers', 'post'>;
export type CustomerPatch = BodyOf<'/customers/{id}', 'patch'>;

/** Portal areas that can be switched on or off per customer. */
export type PortalArea = Customer['portalAreas'][number];
export const PORTAL_AREAS = everyOf<PortalArea>()(['assets', 'work_orders', 'projects', 'devices', 'orders', 'tickets', 'schedule', 'files']);
