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

export interface TicketDraft {
  customerId: string;
  siteId: string | null;
  typeId: string;
  responsibleUserId: string | null;
  responsibleGroupId: string | null;
}

/** Raising a ticket: the capability, an allowed type, a writable site, and only the configured recipients. */
export function assertMayCreateTicket(scope: AccessScope, draft: TicketDraft, staffAction: StaffAction = 'manage_records'): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, staffAction);
  const { capabilities, customerIds } = scope.facts;
  if (!capabilities.createTickets) throw new ForbiddenError('You may not raise tickets.');
  if (!customerIds.includes(draft.customerId)) throw new UnprocessableError('customerId: not one of your customers.', 'invalid_reference');
  if (!capabilities.ticketTypeIds.includes(draft.typeId)) throw new ForbiddenError('You may not raise tickets of this type.', 'ticket_type_not_allowed');
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
  if (change.otherFields.length) throw new ForbiddenError(`You may not change ${change.otherFields.join(', ')}.`);
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

/** Adding, editing or archiving devices (assets): the manage-devices capability on a writable site. */
export function assertMayManageDevice(scope: AccessScope, asset: { customerId: string; siteId: string | null }): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, 'manage_records');
  if (!scope.facts.capabilities.manageDevices) throw new ForbiddenError('Your access is view-only for devices.', 'view_only');
  if (!scope.facts.customerIds.includes(asset.customerId)) throw new UnprocessableError('customerId: not one of your customers.', 'invalid_reference');
  if (!siteWritable(scope, asset.siteId)) throw new ForbiddenError('You may only manage devices on sites where you have write access.', 'site_read_only');
}

/** Uploading a file to a visible record: the upload capability on a writable site. */
export function assertMayUpload(scope: AccessScope, owner: { siteId: string | null }, staffAction: StaffAction = 'manage_records'): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, staffAction);
  if (!scope.facts.capabilities.uploadFiles) throw new ForbiddenError('You may not upload files.');
  if (!siteWritable(scope, owner.siteId)) throw new ForbiddenError('You may only upload files on sites where you have write access.', 'site_read_only');
}
