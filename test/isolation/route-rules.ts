/**
 * What each route of the API asks of its caller beyond seeing the record (SPEC §1 staff roles, §2.4 portal
 * capabilities, §2.5 hidden areas), stated route by route. A route missing here fails the matrix until it is
 * classified, so a new route cannot slip past it.
 */
import { siteWritable, type Kind, type PortalProfile, type Thing } from './expected-access.js';

export type Outcome = 'ok' | 'hidden' | 'forbidden' | 'unauthenticated';

export interface RouteRule {
  /** The kind of record `{id}` names. */
  kind: Kind;
  /** May a portal user with this profile do it on a record they see? */
  portal: (p: PortalProfile, t: Thing) => boolean;
  /** May a staff technician (manages records, not customers, users, settings or documents) do it? */
  technician: boolean;
  /**
   * May a staff coordinator (customers, sites, contacts, documents, records and portal access; not staff users,
   * settings or the audit and mail logs) do it, on this record?
   */
  coordinator: boolean | ((t: Thing) => boolean);
  /**
   * Back-office doors a portal user may not use at all answer 403 whatever the id — the same 403 for a
   * nonexistent one, so nothing is learnt about the record. False when the profile is refused at the door.
   */
  portalDoor?: (p: PortalProfile) => boolean;
  /** Internal sub-records (order tasks) a portal user gets the 404 of a missing owner for, even on a visible one. */
  hiddenFromPortal?: boolean;
  /** The route reads a second record, by label (a flag's assignment to A's order); it must be visible too. */
  alsoReads?: string;
  /**
   * Records the route applies to at all (invitations exist for portal users only); on others it answers 404 to
   * a caller whose role allows the route, and the role's 403 to one whose role does not (unless `recordFirst`).
   */
  appliesTo?: (t: Thing) => boolean;
  /** The route looks the record up before the caller's role: a record it does not apply to is 404 for every caller. */
  recordFirst?: boolean;
}

const never = () => false;
const always = () => true;
/** Portal users read what they see; so do technicians and coordinators, except the admins' logs. */
const read = (kind: Kind, technician = true): RouteRule => ({ kind, portal: always, technician, coordinator: technician });
/** Back-office work on records: every staff role, portal users never. */
const recordWork = (kind: Kind): RouteRule => ({ kind, portal: never, technician: true, coordinator: true });
/** Customers, sites, contacts, documents and portal users' accounts: admins and coordinators only. */
const officeOnly = (kind: Kind): RouteRule => ({ kind, portal: never, technician: false, coordinator: true });
/** Settings (flags, ticket and file types, routing) and staff groups: admins only. */
const adminOnly = (kind: Kind): RouteRule => ({ kind, portal: never, technician: false, coordinator: false });
/** Portal access (access, grants, invitations, explain, preview) exists for portal users only; a staff user's answers 404. */
const portalUsersOnly = (t: Thing) => t.userKind === 'external';
/** Accounts: a coordinator manages portal users' (SPEC §1 "portal access"), only admins staff users'. */
const accounts: RouteRule = { ...officeOnly('user'), coordinator: portalUsersOnly };
const customerAdmins = (p: PortalProfile) => p.capabilities.customerAdmin;
/** Colleagues' accounts: a customer admin may manage them (SPEC §2.4); technicians may not manage portal access. */
const colleagues: RouteRule = { kind: 'user', portal: customerAdmins, technician: false, coordinator: true, portalDoor: customerAdmins, appliesTo: portalUsersOnly };
/** Staff-only doors: no portal user, whatever their access, gets past them. */
const staffDoor = (rule: RouteRule): RouteRule => ({ ...rule, portalDoor: never });
/** Staff views of a portal user's access (explain, preview): staff who manage portal access; a staff user has none (404). */
const portalUserViews: RouteRule = staffDoor({ ...officeOnly('user'), appliesTo: portalUsersOnly });
const invitations: RouteRule = { ...colleagues, portalDoor: undefined, recordFirst: true };
/** Order tasks are internal production steps (SPEC §5): hidden from the portal like a missing order, never a 403. */
const orderTasks: RouteRule = { ...recordWork('order'), hiddenFromPortal: true };
const flagAssignment: RouteRule = { kind: 'flag', portal: never, technician: true, coordinator: true, alsoReads: 'A.order' };
/** Approving or declining (issue #14): portal users with the approve capability; staff record decisions on the customer's behalf. */
const approvalDecisions = (kind: Kind): RouteRule => ({ kind, portal: (p) => p.capabilities.approve, technician: true, coordinator: true });
const devices: RouteRule = { kind: 'asset', portal: (p, t) => p.capabilities.manageDevices && siteWritable(p, t.site), technician: true, coordinator: true };

/** May a staff principal of this role do what the route does on the record? */
export function staffRoleMay(rule: RouteRule, role: 'technician' | 'coordinator', t: Thing): boolean {
  if (role === 'technician') return rule.technician;
  return typeof rule.coordinator === 'function' ? rule.coordinator(t) : rule.coordinator;
}

export const ROUTE_RULES: Record<string, RouteRule> = {
  'GET /customers/{id}': read('customer'),
  'GET /sites/{id}': read('site'),
  'GET /contacts/{id}': read('contact'),
  'GET /users/{id}': read('user'),
  'GET /staff-groups/{id}': staffDoor(read('staffGroup')),
  'GET /assets/{id}': read('asset'),
  'GET /assets/{id}/history': read('asset'),
  'GET /assets/{id}/documents': read('asset'),
  'GET /work-orders/{id}': read('workOrder'),
  'GET /work-orders/{id}/notes': read('workOrder'),
  'GET /work-orders/{id}/reports': read('workOrder'),
  // Tasks of work orders and orders are internal (SPEC §1, §2.5): a portal user who sees the record is refused them.
  'GET /work-orders/{id}/tasks': recordWork('workOrder'),
  'GET /projects/{id}': read('project'),
  'GET /projects/{id}/tasks': read('project'),
  'GET /projects/{id}/parts': read('project'),
  'GET /projects/{id}/reports': read('project'),
  'GET /projects/{id}/devices': read('project'),
  'GET /orders/{id}': read('order'),
  'GET /orders/{id}/tasks': orderTasks,
  // The approval history is part of the record: whoever sees the order or work order reads it.
  'GET /orders/{id}/approvals': read('order'),
  'GET /work-orders/{id}/approvals': read('workOrder'),
  'GET /flags/{id}': read('flag'),
  'GET /ticket-types/{id}': read('ticketType'),
  'GET /ticket-types/{id}/routes': staffDoor(recordWork('ticketType')),
  'GET /tickets/{id}': read('ticket'),
  'GET /tickets/{id}/comments': read('ticket'),
  'GET /tickets/{id}/follow': read('ticket'),
  'GET /schedule-entries/{id}': read('schedule'),
  'GET /documents/{id}': read('document'),
  'GET /file-types/{id}': read('fileType'),
  'GET /files/{id}': read('file'),
  'GET /files/{id}/content': read('file'),
  'GET /audit-events/{id}': staffDoor(read('auditEvent', false)),
  'GET /mail-outbox/{id}': staffDoor(read('mail', false)),
  'GET /users/{id}/access': colleagues,
  'GET /users/{id}/grants': colleagues,
  // Portal users may read the state of their own invitation; technicians, like coordinators, follow invitations.
  'GET /users/{id}/invitation': { ...invitations, portal: (p, t) => p.capabilities.customerAdmin || t.label === p.name, technician: true },
  'GET /users/{id}/explain': portalUserViews,

  'PATCH /customers/{id}': officeOnly('customer'),
  'DELETE /customers/{id}': officeOnly('customer'),
  'PATCH /sites/{id}': officeOnly('site'),
  'DELETE /sites/{id}': officeOnly('site'),
  'PATCH /contacts/{id}': officeOnly('contact'),
  'DELETE /contacts/{id}': officeOnly('contact'),
  // Editing, disabling and resetting accounts is staff work (SPEC §3); customer admins manage access and invitations.
  'PATCH /users/{id}': accounts,
  'DELETE /users/{id}': accounts,
  'DELETE /users/{id}/mfa': staffDoor(adminOnly('user')),
  'PUT /users/{id}/access': colleagues,
  // The preview makes the change exactly as a save does, then rolls it back: the same doors.
  'POST /users/{id}/access/preview': colleagues,
  'POST /users/{id}/grants': colleagues,
  'POST /users/{id}/grants/batch': colleagues,
  // The grant is the matrix's own POST of A's asset, which only A's users can hold; B's users have none to remove.
  'DELETE /users/{id}/grants/{resourceType}/{resourceId}': { ...colleagues, appliesTo: (t) => portalUsersOnly(t) && t.customer === 'A.customer' },
  'DELETE /users/{id}/invitation': invitations,
  'POST /users/{id}/invitation/resend': invitations,
  'POST /users/{id}/password-reset': accounts,
  'POST /users/{id}/preview': portalUserViews,
  'PATCH /staff-groups/{id}': staffDoor(adminOnly('staffGroup')),
  'DELETE /staff-groups/{id}': staffDoor(adminOnly('staffGroup')),
  'PATCH /assets/{id}': devices,
  'DELETE /assets/{id}': devices,
  'PATCH /work-orders/{id}': recordWork('workOrder'),
  'DELETE /work-orders/{id}': recordWork('workOrder'),
  'POST /work-orders/{id}/tasks': recordWork('workOrder'),
  'PATCH /work-orders/{id}/tasks/{taskId}': recordWork('workOrder'),
  'DELETE /work-orders/{id}/tasks/{taskId}': recordWork('workOrder'),
  'POST /work-orders/{id}/notes': recordWork('workOrder'),
  // Reports are issued by staff from a visible work order; the customer reads them as files of it.
  'POST /work-orders/{id}/reports': recordWork('workOrder'),
  'PATCH /projects/{id}': recordWork('project'),
  'DELETE /projects/{id}': recordWork('project'),
  'POST /projects/{id}/tasks': recordWork('project'),
  'PATCH /projects/{id}/tasks/{taskId}': recordWork('project'),
  'DELETE /projects/{id}/tasks/{taskId}': recordWork('project'),
  'POST /projects/{id}/parts': recordWork('project'),
  'PATCH /projects/{id}/parts/{partId}': recordWork('project'),
  'DELETE /projects/{id}/parts/{partId}': recordWork('project'),
  'POST /projects/{id}/reports': recordWork('project'),
  'PATCH /orders/{id}': recordWork('order'),
  'DELETE /orders/{id}': recordWork('order'),
  'POST /orders/{id}/tasks': orderTasks,
  'PATCH /orders/{id}/tasks/{taskId}': orderTasks,
  'DELETE /orders/{id}/tasks/{taskId}': orderTasks,
  // Asking for an approval is back-office work; deciding is the approvers' (a request on an open work order or
  // a decision with nothing requested is a 409, which the matrix counts as allowed).
  'POST /orders/{id}/approval-requests': recordWork('order'),
  'POST /work-orders/{id}/approval-requests': recordWork('workOrder'),
  'POST /orders/{id}/approval-decisions': approvalDecisions('order'),
  'POST /work-orders/{id}/approval-decisions': approvalDecisions('workOrder'),
  'PATCH /flags/{id}': adminOnly('flag'),
  'DELETE /flags/{id}': adminOnly('flag'),
  'POST /flags/{id}/assignments': flagAssignment,
  'DELETE /flags/{id}/assignments/{resourceType}/{resourceId}': flagAssignment,
  'PATCH /ticket-types/{id}': adminOnly('ticketType'),
  'DELETE /ticket-types/{id}': adminOnly('ticketType'),
  'PUT /ticket-types/{id}/routes/{customerId}': staffDoor(adminOnly('ticketType')),
  'DELETE /ticket-types/{id}/routes/{customerId}': staffDoor(adminOnly('ticketType')),
  // Portal users may only move a visible ticket between the statuses they were given; the matrix changes its title.
  'PATCH /tickets/{id}': recordWork('ticket'),
  'DELETE /tickets/{id}': recordWork('ticket'),
  'POST /tickets/{id}/comments': { kind: 'ticket', portal: (p, t) => p.capabilities.createTickets && siteWritable(p, t.site), technician: true, coordinator: true },
  'PUT /tickets/{id}/follow': read('ticket'),
  'DELETE /tickets/{id}/follow': read('ticket'),
  'POST /notifications/{id}/read': read('notification'),
  'PATCH /schedule-entries/{id}': recordWork('schedule'),
  'DELETE /schedule-entries/{id}': recordWork('schedule'),
  'PATCH /documents/{id}': officeOnly('document'),
  'DELETE /documents/{id}': officeOnly('document'),
  'PATCH /file-types/{id}': adminOnly('fileType'),
  'DELETE /file-types/{id}': adminOnly('fileType'),
  'DELETE /files/{id}': recordWork('file'),
  'DELETE /api-tokens/{id}': staffDoor(read('apiToken')),
  // Webhooks are settings: admins only, and a portal user is refused at the door.
  'GET /webhooks/{id}': staffDoor(adminOnly('webhook')),
  'GET /webhooks/{id}/deliveries': staffDoor(adminOnly('webhook')),
  'PATCH /webhooks/{id}': staffDoor(adminOnly('webhook')),
  'DELETE /webhooks/{id}': staffDoor(adminOnly('webhook')),
  'POST /webhooks/{id}/deliveries/{deliveryId}/retry': staffDoor(adminOnly('webhook')),
};

/** Collections whose `{id}` routes name shared workflow configuration with no record of the matrix (ticket statuses). */
export const UNCOVERED_COLLECTIONS = ['ticket-statuses'];

/** The kind of record each list route returns. */
export const LIST_KINDS: Record<string, Kind> = {
  '/customers': 'customer',
  '/sites': 'site',
  '/contacts': 'contact',
  '/users': 'user',
  '/staff-groups': 'staffGroup',
  '/assets': 'asset',
  '/work-orders': 'workOrder',
  '/projects': 'project',
  '/orders': 'order',
  '/flags': 'flag',
  '/ticket-types': 'ticketType',
  '/tickets': 'ticket',
  '/notifications': 'notification',
  '/schedule-entries': 'schedule',
  '/documents': 'document',
  '/file-types': 'fileType',
  '/files': 'file',
  '/audit-events': 'auditEvent',
  '/api-tokens': 'apiToken',
  '/webhooks': 'webhook',
};
