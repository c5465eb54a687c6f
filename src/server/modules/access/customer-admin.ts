import { ForbiddenError } from '../../plugins/errors.js';
import type { AccessModes } from './access-config.js';
import type { ExternalFacts } from './access-facts.js';
import type { AccessScope } from './access-scope.js';
import { isExternal } from './portal-capabilities.js';
import { assertStaffMay } from './staff-permissions.js';
import type { DbExecutor } from '../../context.js';
import { effectiveSites, readAccessConfiguration, readLinkedContact, type AccessConfiguration } from './user-access.repository.js';

/**
 * Customer admins (SPEC §2.4) manage colleagues of their own customers, never beyond their own access:
 * every mode at most as wide as theirs, capabilities a subset of theirs, sites a subset of theirs.
 */
export function assertMayManagePortalUsers(scope: AccessScope): void {
  if (!isExternal(scope)) return assertStaffMay(scope.principal, 'manage_customers');
  if (!scope.facts.capabilities.customerAdmin) throw new ForbiddenError('Only customer admins manage colleagues.');
}

/** Modes in order of how much they show; a colleague's mode may not rank above the admin's. */
const WIDTH: { [K in keyof AccessModes]: readonly AccessModes[K][] } = {
  assets: ['granted_only', 'all_in_scope'],
  workOrders: ['assigned_only', 'all_under_visible_assets'],
  projects: ['granted_only', 'all_in_scope'],
  tickets: ['own', 'all_in_scope'],
  orders: ['own', 'all_in_scope'],
  schedule: ['assigned_only'],
};

/** `contactSiteIds`: the sites of the target's contact, which count as theirs while they take them. */
export function assertWithinOwnAccess(scope: AccessScope, target: { userId: string; config: AccessConfiguration; contactSiteIds: readonly string[] }): void {
  if (!isExternal(scope)) return;
  if (target.userId === scope.facts.userId) throw new ForbiddenError('You cannot change your own access.');
  const beyond = beyondOwnAccess(scope.facts, target.config, target.contactSiteIds);
  if (beyond.length) throw new ForbiddenError(`You cannot give a colleague more access than you have (${beyond.join(', ')}).`, 'beyond_own_access');
}

/**
 * What of `config` goes beyond the admin's own access: `modes.x`, `capabilities.x`, `sitesRestricted`,
 * `sites.<id>`. Sites are the ones the user actually gets: their contact's while they take them.
 */
export function beyondOwnAccess(own: ExternalFacts, config: AccessConfiguration, contactSiteIds: readonly string[] = []): string[] {
  const beyond: string[] = [];
  for (const key of Object.keys(WIDTH) as (keyof AccessModes)[]) {
    const order = WIDTH[key] as readonly string[];
    if (order.indexOf(config.modes[key]) > order.indexOf(own.modes[key])) beyond.push(`modes.${key}`);
  }
  const caps = config.capabilities;
  for (const flag of ['manageDevices', 'createTickets', 'uploadFiles', 'customerAdmin', 'approve'] as const) {
    if (caps[flag] && !own.capabilities[flag]) beyond.push(`capabilities.${flag}`);
  }
  // An approver's limit is part of their authority: a colleague may not approve more than the admin may.
  const ownLimit = own.capabilities.approvalLimit;
  if (caps.approve && ownLimit !== null && (caps.approvalLimit === null || caps.approvalLimit > ownLimit)) beyond.push('capabilities.approvalLimit');
  for (const list of ['ticketTypeIds', 'statusIds', 'recipientUserIds', 'recipientGroupIds'] as const) {
    if (caps[list].some((id) => !own.capabilities[list].includes(id))) beyond.push(`capabilities.${list}`);
  }
  if (own.sitesRestricted) {
    const sites = effectiveSites(config, contactSiteIds);
    if (!sites.sitesRestricted) beyond.push('sitesRestricted');
    for (const site of sites.sites) {
      const allowed = site.level === 'write' ? own.writableSiteIds : own.readableSiteIds;
      if (!allowed.includes(site.siteId)) beyond.push(`sites.${site.siteId}`);
    }
  }
  return beyond;
}

/**
 * A customer admin changes, re-invites or revokes a colleague only while the colleague's current access
 * is within their own: a site-restricted admin may not demote (or cut off) an unrestricted one.
 */
export async function assertColleagueWithinOwnAccess(db: DbExecutor, scope: AccessScope, userId: string): Promise<void> {
  if (!isExternal(scope)) return;
  const current = await readAccessConfiguration(db, userId);
  if (!current) return;
  const beyond = beyondOwnAccess(scope.facts, current, await contactSiteIdsOfUser(db, userId));
  if (beyond.length) throw new ForbiddenError(`This colleague has access you do not have (${beyond.join(', ')}); ask someone with that access.`, 'colleague_beyond_own_access');
}

/** The sites of the user's contact (none without a contact). */
export async function contactSiteIdsOfUser(db: DbExecutor, userId: string): Promise<string[]> {
  const user = await db.selectFrom('users').select('contact_id').where('id', '=', userId).executeTakeFirst();
  return ((await readLinkedContact(db, user?.contact_id ?? null))?.sites ?? []).map((s) => s.id);
}
