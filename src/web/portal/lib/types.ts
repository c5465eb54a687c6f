import type { ListItemOf, ResponseOf } from '../../lib/api-types';
import type { Me } from '../../features/auth/types';
import type { FileRecord } from '../../features/files/types';
import type { TicketComment } from '../../features/tickets/types';
import type { WorkOrderNote } from '../../features/work-orders/types';

/*
 * The portal reads the same API as the back office, as an external user: the records are the back office's
 * types (derived from the generated API types), with the staff-only fields absent or null.
 */
export type { Asset } from '../../features/assets/types';
export type { Customer, PortalArea } from '../../features/customers/types';
export type { FileRecord } from '../../features/files/types';
export type { FileType } from '../../features/file-types/types';
export type { FlagRef } from '../../features/flags/types';
export type { Order } from '../../features/orders/types';
export type { Device, Part, Project, Report } from '../../features/projects/types';
export type { ScheduleEntry } from '../../features/schedule/types';
export type { Site } from '../../features/sites/types';
export type { Ticket } from '../../features/tickets/types';
export type { TicketStatus, TicketType } from '../../features/ticket-types/types';
export type { WorkOrder } from '../../features/work-orders/types';

/** GET /me for an external user: the common fields plus what the portal should offer them (portal). */
export type PortalMe = Me;
export type PortalFacts = NonNullable<Me['portal']>;
export type PortalCapabilities = PortalFacts['capabilities'];

/** A colleague: another external user of the customer (GET /users, customer admins). */
export type { User as PortalUser } from '../../features/users/types';

/** A customer-visible note of a work order or a public comment of a ticket. */
export type Note = WorkOrderNote | TicketComment;

export type ProjectTask = ListItemOf<'/projects/{id}/tasks'>;

/** The records a portal user attaches files to (documents are the back office's). */
export type FileOwnerType = Exclude<FileRecord['resourceType'], 'document'>;

/** A service report or certificate issued for a work order (GET /assets/{id}/documents, /work-orders/{id}/reports). */
export type IssuedDocument = ListItemOf<'/assets/{id}/documents'>;
/** What the public verification of a document says. */
export type Verification = ResponseOf<'/verify/{code}'>;
