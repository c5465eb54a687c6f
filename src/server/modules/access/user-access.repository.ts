import type { DbExecutor } from '../../context.js';
import type { AccessModes, Capabilities } from './access-config.js';

export interface SiteAccess {
  siteId: string;
  level: 'read' | 'write';
}

export interface AccessConfiguration {
  /** A user linked to a contact with sites takes the contact's sites instead of `sitesRestricted`/`sites`. */
  sitesFromContact: boolean;
  sitesRestricted: boolean;
  sites: SiteAccess[];
  modes: AccessModes;
  capabilities: Capabilities;
}

/** Replaces a user's whole access configuration (modes, capabilities, site grants) in the caller's transaction. */
export async function writeAccessConfiguration(db: DbExecutor, userId: string, config: AccessConfiguration, now: string): Promise<void> {
  const row = {
    sites_restricted: config.sitesRestricted ? 1 : 0,
    sites_from_contact: config.sitesFromContact ? 1 : 0,
    asset_mode: config.modes.assets,
    work_order_mode: config.modes.workOrders,
    project_mode: config.modes.projects,
    ticket_mode: config.modes.tickets,
    order_mode: config.modes.orders,
    schedule_mode: config.modes.schedule,
    capabilities: JSON.stringify(config.capabilities),
    updated_at: now,
  };
  await db
    .insertInto('user_access')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
  await db.deleteFrom('user_site_access').where('user_id', '=', userId).execute();
  if (config.sites.length) {
    await db.insertInto('user_site_access').values(config.sites.map((s) => ({ user_id: userId, site_id: s.siteId, level: s.level }))).execute();
  }
}

export async function readAccessConfiguration(db: DbExecutor, userId: string): Promise<AccessConfiguration | null> {
  const row = await db.selectFrom('user_access').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  const sites = await db.selectFrom('user_site_access').select(['site_id', 'level']).where('user_id', '=', userId).orderBy('site_id').execute();
  return {
    sitesFromContact: row.sites_from_contact === 1,
    sitesRestricted: row.sites_restricted === 1,
    sites: sites.map((s) => ({ siteId: s.site_id, level: s.level })),
    modes: {
      assets: row.asset_mode,
      workOrders: row.work_order_mode,
      projects: row.project_mode,
      tickets: row.ticket_mode,
      orders: row.order_mode,
      schedule: row.schedule_mode,
    },
    capabilities: { ...(JSON.parse(row.capabilities) as Capabilities) },
  };
}

export interface LinkedContact {
  id: string;
  name: string;
  /** The sites the contact is related to (not expanded down the site tree), by name. */
  sites: { id: string; name: string }[];
  /**
   * Archived contacts keep narrowing their users to their sites: archiving must never widen what a user
   * sees (to every site of the customer). Staff are told, and link another contact or turn it off.
   */
  archived: boolean;
}

/** The contact a portal user is linked to, with its sites: what the user takes while `sitesFromContact` is on. */
export async function readLinkedContact(db: DbExecutor, contactId: string | null): Promise<LinkedContact | null> {
  if (!contactId) return null;
  const contact = await db.selectFrom('contacts').select(['id', 'name', 'archived_at']).where('id', '=', contactId).executeTakeFirst();
  if (!contact) return null;
  const sites = await db
    .selectFrom('contact_sites')
    .innerJoin('sites', 'sites.id', 'contact_sites.site_id')
    .select(['sites.id', 'sites.name'])
    .where('contact_sites.contact_id', '=', contactId)
    .orderBy('sites.name')
    .orderBy('sites.id')
    .execute();
  return { id: contact.id, name: contact.name, sites, archived: contact.archived_at !== null };
}

/**
 * The site scope a configuration gives a user whose contact has `contactSiteIds` (see access-facts.ts):
 * the contact's sites while the user takes them, written at the level the user's own configuration
 * allows (write everywhere when unrestricted; else their own write grants, listed as they are).
 */
export function effectiveSites(config: AccessConfiguration, contactSiteIds: readonly string[]): Pick<AccessConfiguration, 'sitesRestricted' | 'sites'> {
  if (!config.sitesFromContact || contactSiteIds.length === 0) return { sitesRestricted: config.sitesRestricted, sites: config.sites };
  const ownWrites = config.sitesRestricted ? config.sites.filter((s) => s.level === 'write') : [];
  const levelOf = (siteId: string): SiteAccess['level'] => (!config.sitesRestricted || ownWrites.some((s) => s.siteId === siteId) ? 'write' : 'read');
  const inherited = contactSiteIds.map((siteId) => ({ siteId, level: levelOf(siteId) }));
  return { sitesRestricted: true, sites: [...inherited, ...ownWrites.filter((s) => !contactSiteIds.includes(s.siteId))] };
}
