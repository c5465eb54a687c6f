import type { DbExecutor } from '../../context.js';
import type { GrantKind, GrantResourceType } from '../../db/portal-access-tables.js';
import { PORTAL_AREAS } from '../customers/customers.mapping.js';
import { DEFAULT_MODES, NO_CAPABILITIES, parseCapabilities, type AccessModes, type Capabilities } from './access-config.js';

export type PortalArea = (typeof PORTAL_AREAS)[number];

export interface GrantFact {
  resourceType: GrantResourceType;
  resourceId: string;
  kind: GrantKind;
  /** For asset grants: the asset's current path, so the grant covers its whole subtree. */
  assetPath: string | null;
}

/**
 * Everything the policy needs to know about one external user, loaded once per request. Both the SQL
 * filters (external-filters.ts) and the reference evaluator (reference-evaluator.ts) read only this.
 */
export interface ExternalFacts {
  userId: string;
  contactId: string | null;
  /** The customer or consolidated account the user belongs to. */
  homeCustomerId: string | null;
  /** The home customer and, for a consolidated account, every customer below it (not archived). */
  customerIds: string[];
  /** Per portal area, the customers of customerIds that have it switched on. */
  areaCustomerIds: Record<PortalArea, string[]>;
  sitesRestricted: boolean;
  /** Sites granted read or write, expanded down the site trees. */
  readableSiteIds: string[];
  /** Sites granted write, expanded down the site trees. */
  writableSiteIds: string[];
  modes: AccessModes;
  capabilities: Capabilities;
  grants: GrantFact[];
}

export function grantedIds(facts: ExternalFacts, type: GrantResourceType, kind?: GrantKind): string[] {
  return facts.grants.filter((g) => g.resourceType === type && (!kind || g.kind === kind)).map((g) => g.resourceId);
}

export function grantedAssetPaths(facts: ExternalFacts): string[] {
  return facts.grants.filter((g) => g.resourceType === 'asset' && g.assetPath).map((g) => g.assetPath!);
}

/** Loads the facts of an external user; a user without a customer sees nothing. */
export async function loadExternalFacts(db: DbExecutor, userId: string): Promise<ExternalFacts> {
  const user = await db.selectFrom('users').select(['id', 'customer_id', 'contact_id']).where('id', '=', userId).executeTakeFirst();
  const access = await db.selectFrom('user_access').selectAll().where('user_id', '=', userId).executeTakeFirst();
  const homeCustomerId = user?.customer_id ?? null;

  const customers = homeCustomerId ? await loadCustomerSubtree(db, homeCustomerId) : [];
  const customerIds = customers.map((c) => c.id);
  const areaCustomerIds = Object.fromEntries(
    PORTAL_AREAS.map((area) => [area, customers.filter((c) => c.areas.includes(area)).map((c) => c.id)]),
  ) as Record<PortalArea, string[]>;

  const siteGrants = await db
    .selectFrom('user_site_access')
    .innerJoin('sites', 'sites.id', 'user_site_access.site_id')
    .select(['sites.path', 'user_site_access.level'])
    .where('user_site_access.user_id', '=', userId)
    .execute();
  const readable = await expandSites(db, customerIds, siteGrants.map((g) => g.path));
  const writable = await expandSites(db, customerIds, siteGrants.filter((g) => g.level === 'write').map((g) => g.path));

  const grants = customerIds.length
    ? await db
        .selectFrom('access_grants')
        .leftJoin('assets', (join) => join.onRef('assets.id', '=', 'access_grants.resource_id').on('access_grants.resource_type', '=', 'asset'))
        .select(['access_grants.resource_type', 'access_grants.resource_id', 'access_grants.kind', 'assets.path'])
        .where('access_grants.user_id', '=', userId)
        .where('access_grants.customer_id', 'in', customerIds)
        .execute()
    : [];

  return {
    userId,
    contactId: user?.contact_id ?? null,
    homeCustomerId,
    customerIds,
    areaCustomerIds,
    sitesRestricted: access ? access.sites_restricted === 1 : true,
    readableSiteIds: readable,
    writableSiteIds: writable,
    modes: access
      ? {
          assets: access.asset_mode,
          workOrders: access.work_order_mode,
          projects: access.project_mode,
          tickets: access.ticket_mode,
          orders: access.order_mode,
          schedule: access.schedule_mode,
        }
      : DEFAULT_MODES,
    capabilities: access ? parseCapabilities(access.capabilities) : NO_CAPABILITIES,
    grants: grants.map((g) => ({ resourceType: g.resource_type, resourceId: g.resource_id, kind: g.kind, assetPath: g.path ?? null })),
  };
}

async function loadCustomerSubtree(db: DbExecutor, homeCustomerId: string) {
  const home = await db.selectFrom('customers').select(['path']).where('id', '=', homeCustomerId).where('archived_at', 'is', null).executeTakeFirst();
  if (!home) return [];
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'portal_areas'])
    .where('path', 'like', `${home.path}%`)
    .where('archived_at', 'is', null)
    .execute();
  return rows.map((r) => ({ id: r.id, areas: JSON.parse(r.portal_areas) as string[] }));
}

/** A site grant covers the site and every site below it, within the user's customers only. */
async function expandSites(db: DbExecutor, customerIds: string[], paths: string[]): Promise<string[]> {
  if (paths.length === 0 || customerIds.length === 0) return [];
  const rows = await db
    .selectFrom('sites')
    .select('id')
    .where('customer_id', 'in', customerIds)
    .where('archived_at', 'is', null)
    .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
    .execute();
  return rows.map((r) => r.id);
}
