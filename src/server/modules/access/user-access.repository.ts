import type { DbExecutor } from '../../context.js';
import type { AccessModes, Capabilities } from './access-config.js';

export interface SiteAccess {
  siteId: string;
  level: 'read' | 'write';
}

export interface AccessConfiguration {
  sitesRestricted: boolean;
  sites: SiteAccess[];
  modes: AccessModes;
  capabilities: Capabilities;
}

/** Replaces a user's whole access configuration (modes, capabilities, site grants) in the caller's transaction. */
export async function writeAccessConfiguration(db: DbExecutor, userId: string, config: AccessConfiguration, now: string): Promise<void> {
  const row = {
    sites_restricted: config.sitesRestricted ? 1 : 0,
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
