import { ForbiddenError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope, ExternalAccessScope } from './access-scope.js';
import { assertStaffMay, type StaffAction } from './staff-permissions.js';

/**
 * What a portal user may change (SPEC §2.4), checked after the record was read through the visible
 * filter (so an invisible record is already a 404). Staff callers are checked by role instead, so a
 * service calls one function whoever the caller is.
 */
export function isExternal(scope: AccessScope): scope is ExternalAccessScope {
  return scope.principal.kind === 'external' && 'facts' in scope;
}

function siteWritable(scope: ExternalAccessScope, siteId: string | null): boolean {
  const facts = scope.facts;
  // Unrestricted users may write on every site of their customers (a customer-level record has no site).
  if (!facts.sitesRestricted) return true;
  return siteId !== null && facts.writableSiteIds.includes(siteId);
}

/**
 * The customer a portal user's new record belongs to when the body names none: their only customer.
 * A consolidated login spans several customers and must say which one; staff always say.
 */
export function defaultCustomerId(scope: AccessScope): string | undefined {
  if (!isExternal(scope)) return undefined;
  const { customerIds, homeCustomerId } = scope.facts;
  return customerIds.length === 1 && homeCustomerId === customerIds[0] ? homeCustomerId : undefined;
}

/**
 * Fields only staff write (internal notes, service dates, …). A portal user who sends one is refused
 * whatever the value, so a client never believes it changed something it cannot change.
 */
export function assertNoStaffOnlyFields(scope: AccessScope, body: object, staffOnly: readonly string[]): void {
  if (!isExternal(scope)) return;
  const sent = staffOnly.filter((field) => (body as Record<string, unknown>)[field] !== undefined);
  if (sent.length) throw new ForbiddenError(`Only staff may set ${sent.join(', ')}.`, 'staff_only_field');
}

/**
 * A portal user's write must leave the record in their own view: they may not create, or move a record
 * to, a place they could not see afterwards (and so could neither check nor undo). `reread` reads the
 * written record through the caller's visible filter, inside the write's transaction.
 */
export async function assertStillVisible(scope: AccessScope, reread: () => Promise<unknown>): Promise<void> {
  if (!isExternal(scope)) return;
  if (!(await reread())) throw new ForbiddenError('The record would be outside your own access.', 'outside_access');
}

/**
 * The ticket types offered to the caller: null = no restriction (staff; the customer rules still apply);
 * a portal user is offered exactly the types they may create, none without the capability.
 */
export function offeredTicketTypeIds(scope: AccessScope): readonly string[] | null {
  if (!isExternal(scope)) return null;
  const { capabilities } = scope.facts;
  return capabilities.createTickets ? capabilities.ticketTypeIds : [];
}

/** Raising tickets at all; checked before the body's references are resolved. */
export function assertMayRaiseTickets(scope: AccessScope, staffAction: StaffAction = 'manage_records'): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, staffAction);
  if (!scope.facts.capabilities.createTickets) throw new ForbiddenError('You may not raise tickets.');
}

export interface TicketDraft {
  customerId: string;
  siteId: string | null;
  typeId: string;
  /** A status requested on creation (default: the initial status, which needs no capability). */
  statusId?: string | undefined;
  responsibleUserId: string | null;
  responsibleGroupId: string | null;
}

/** Raising a ticket: the capability, an allowed type and status, a writable site, and only the configured recipients. */
export function assertMayCreateTicket(scope: AccessScope, draft: TicketDraft, staffAction: StaffAction = 'manage_records'): void {
  assertMayRaiseTickets(scope, staffAction);
  if (!isExternal(scope)) return;
  const { capabilities, customerIds, areaCustomerIds } = scope.facts;
  if (!customerIds.includes(draft.customerId)) throw new UnprocessableError('customerId: not one of your customers.', 'invalid_reference');
  // A ticket in a switched-off area would vanish from its own submitter's view.
  if (!areaCustomerIds.tickets.includes(draft.customerId)) throw new ForbiddenError('Tickets are not part of your portal.', 'area_disabled');
  if (!capabilities.ticketTypeIds.includes(draft.typeId)) throw new ForbiddenError('You may not raise tickets of this type.', 'ticket_type_not_allowed');
  if (draft.statusId !== undefined && !capabilities.statusIds.includes(draft.statusId)) {
    throw new ForbiddenError('You may not set this status.', 'status_not_allowed');
  }
  if (!siteWritable(scope, draft.siteId)) throw new ForbiddenError('You may only raise tickets for sites where you have write access.', 'site_read_only');
  if (draft.responsibleUserId && !capabilities.recipientUserIds.includes(draft.responsibleUserId)) {
    throw new ForbiddenError('Tickets may not be addressed to this person.', 'recipient_not_allowed');
  }
  if (draft.responsibleGroupId && !capabilities.recipientGroupIds.includes(draft.responsibleGroupId)) {
    throw new ForbiddenError('Tickets may not be addressed to this group.', 'recipient_not_allowed');
  }
}

/** Changing a visible ticket: portal users may only set the statuses they were given, nothing else. */
export function assertMayUpdateTicket(scope: AccessScope, ticket: { siteId: string | null }, change: { statusId?: string | undefined; otherFields: string[] }): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, 'manage_records');
  if (change.otherFields.length) throw new ForbiddenError(`You may not change ${change.otherFields.join(', ')}.`, 'field_not_allowed');
  if (change.statusId === undefined) return;
  if (!siteWritable(scope, ticket.siteId)) throw new ForbiddenError('This ticket’s site is read-only for you.', 'site_read_only');
  if (!scope.facts.capabilities.statusIds.includes(change.statusId)) throw new ForbiddenError('You may not set this status.', 'status_not_allowed');
}

/** Public comments on visible tickets: any portal user who may raise tickets, on writable sites. */
export function assertMayComment(scope: AccessScope, ticket: { siteId: string | null }): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, 'manage_records');
  if (!scope.facts.capabilities.createTickets) throw new ForbiddenError('You may not comment on tickets.');
  if (!siteWritable(scope, ticket.siteId)) throw new ForbiddenError('This ticket’s site is read-only for you.', 'site_read_only');
}

/** Managing devices at all (view-only users are refused before the body is resolved). */
export function assertMayManageDevices(scope: AccessScope): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, 'manage_records');
  if (!scope.facts.capabilities.manageDevices) throw new ForbiddenError('Your access is view-only for devices.', 'view_only');
}

/** Adding, editing or archiving devices (assets): the manage-devices capability on a writable site. */
export function assertMayManageDevice(scope: AccessScope, asset: { customerId: string; siteId: string | null }): void {
  assertMayManageDevices(scope);
  if (!isExternal(scope)) return;
  if (!scope.facts.customerIds.includes(asset.customerId)) throw new UnprocessableError('customerId: not one of your customers.', 'invalid_reference');
  if (!siteWritable(scope, asset.siteId)) throw new ForbiddenError('You may only manage devices on sites where you have write access.', 'site_read_only');
}

/** Uploading a file to a visible record: the upload capability on a writable site, with files switched on. */
export function assertMayUpload(scope: AccessScope, owner: { customerId: string | null; siteId: string | null }, staffAction: StaffAction = 'manage_records'): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, staffAction);
  if (!scope.facts.capabilities.uploadFiles) throw new ForbiddenError('You may not upload files.');
  // An upload in a switched-off area would vanish from its own uploader's view.
  if (!owner.customerId || !scope.facts.areaCustomerIds.files.includes(owner.customerId)) {
    throw new ForbiddenError('Files are not part of your portal.', 'area_disabled');
  }
  if (!siteWritable(scope, owner.siteId)) throw new ForbiddenError('You may only upload files on sites where you have write access.', 'site_read_only');
}
