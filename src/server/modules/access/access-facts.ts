import { sql } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { Engine } from '../../db/database.js';
import { engineOf, pathWithin } from '../../db/engine-sql.js';
import { PREPARED } from '../../db/prepared-statements.js';
import type { GrantKind, GrantResourceType } from '../../db/portal-access-tables.js';
import { PORTAL_AREAS } from '../customers/customers.mapping.js';
import { DEFAULT_MODES, NO_CAPABILITIES, parseCapabilities, type AccessModes, type Capabilities } from './access-config.js';

export type PortalArea = (typeof PORTAL_AREAS)[number];

/**
 * Everything the policy needs to know about one external user, loaded in one statement per request.
 * Record grants are not part of it: the SQL filters join them from their table, so a user with 50,000
 * grants costs the same to load as one with none (see external-filters.ts).
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
  /**
   * Where the site scope comes from: the user's own site configuration, or their contact's sites
   * (user_access.sites_from_contact on, and the contact is related to at least one site).
   */
  siteSource: 'own' | 'contact';
  /** Sites granted read or write, expanded down the site trees. */
  readableSiteIds: string[];
  /** Sites granted write, expanded down the site trees. */
  writableSiteIds: string[];
  modes: AccessModes;
  capabilities: Capabilities;
}

export interface GrantFact {
  resourceType: GrantResourceType;
  resourceId: string;
  kind: GrantKind;
  /** For asset grants: the asset's current path, so the grant covers its whole subtree. */
  assetPath: string | null;
}

/** The facts plus the user's record grants: what the reference evaluator and "explain" reason over. */
export interface ReferenceFacts extends ExternalFacts {
  grants: GrantFact[];
}

export function grantedIds(facts: ReferenceFacts, type: GrantResourceType, kind?: GrantKind): string[] {
  return facts.grants.filter((g) => g.resourceType === type && (!kind || g.kind === kind)).map((g) => g.resourceId);
}

export function grantedAssetPaths(facts: ReferenceFacts): string[] {
  return facts.grants.filter((g) => g.resourceType === 'asset' && g.assetPath).map((g) => g.assetPath!);
}

interface FactsRow {
  customer_id: string | null;
  contact_id: string | null;
  sites_restricted: number | null;
  sites_from_contact: number | null;
  /** How many sites the user's contact is related to (bigint text on PostgreSQL). */
  contact_site_count: number | string | null;
  asset_mode: AccessModes['assets'] | null;
  work_order_mode: AccessModes['workOrders'] | null;
  project_mode: AccessModes['projects'] | null;
  ticket_mode: AccessModes['tickets'] | null;
  order_mode: AccessModes['orders'] | null;
  schedule_mode: AccessModes['schedule'] | null;
  capabilities: string | null;
  /** [[customerId, portalAreasJson], …] — JSON text on SQLite, parsed already on PostgreSQL. */
  customers: unknown;
  /** [[siteId, writable 0|1], …] */
  sites: unknown;
  /** [siteId, …]: the contact's sites expanded down the site trees, when the user takes them. */
  contact_sites: unknown;
}

function jsonList(engine: Engine, columns: ReturnType<typeof sql.raw>) {
  return engine === 'postgres' ? sql`json_agg(json_build_array(${columns}))` : sql`json_group_array(json_array(${columns}))`;
}

function parseJsonList<T>(value: unknown): T[] {
  if (value === null || value === undefined) return [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
}

/**
 * One statement: the user, their access row, their customer subtree with each customer's portal areas,
 * their site grants and (when they take them) their contact's sites, each expanded down the site trees
 * (write wins over read). Trees are walked as index ranges on the materialized paths.
 */
function factsQuery(engine: Engine, userId: string) {
  const customerUnder = pathWithin(engine, sql.ref('c.path'), sql.ref('home.path'));
  const siteUnder = pathWithin(engine, sql.ref('s.path'), sql.ref('g.path'));
  // Prepared: it runs whenever a user's cached facts are out of date, and its plan never depends on the user.
  return sql<FactsRow>`${PREPARED}
    with home as (
      select customers.id, customers.path from customers
      where customers.id = (select users.customer_id from users where users.id = ${userId}) and customers.archived_at is null
    ),
    scope_customers as (
      select c.id, c.portal_areas from home join customers c on ${customerUnder} where c.archived_at is null
    ),
    scope_sites as (
      select s.id, max(case when usa.level = 'write' then 1 else 0 end) as writable
      from user_site_access usa
      join sites g on g.id = usa.site_id
      join sites s on ${siteUnder}
      where usa.user_id = ${userId} and s.archived_at is null and s.customer_id in (select id from scope_customers)
      group by s.id
    ),
    scope_contact_sites as (
      select distinct s.id
      from users cu
      join user_access cua on cua.user_id = cu.id and cua.sites_from_contact = 1
      join contact_sites cs on cs.contact_id = cu.contact_id
      join sites g on g.id = cs.site_id
      join sites s on ${siteUnder}
      where cu.id = ${userId} and s.archived_at is null and s.customer_id in (select id from scope_customers)
    )
    select u.customer_id, u.contact_id, ua.sites_restricted, ua.sites_from_contact, ua.asset_mode, ua.work_order_mode, ua.project_mode,
      ua.ticket_mode, ua.order_mode, ua.schedule_mode, ua.capabilities,
      (select ${jsonList(engine, sql.raw('id, portal_areas'))} from scope_customers) as customers,
      (select ${jsonList(engine, sql.raw('id, writable'))} from scope_sites) as sites,
      (select ${jsonList(engine, sql.raw('id'))} from scope_contact_sites) as contact_sites,
      (select count(*) from contact_sites cs where cs.contact_id = u.contact_id) as contact_site_count
    from users u left join user_access ua on ua.user_id = u.id
    where u.id = ${userId}`;
}

/**
 * The user's own site scope, or their contact's sites. The contact's sites say where the user sees; the
 * user's own configuration still says where they may write: everywhere there when they were unrestricted
 * (so taking the contact's sites narrows, never removes, what they could do), else only on their own
 * write grants among the contact's sites. A contact with no site stands for the whole customer, so the
 * user's own configuration applies.
 */
function siteScope(row: FactsRow | undefined, hasAccessRow: boolean): Pick<ExternalFacts, 'sitesRestricted' | 'siteSource' | 'readableSiteIds' | 'writableSiteIds'> {
  const own = parseJsonList<[string, number | boolean]>(row?.sites);
  const ownRestricted = hasAccessRow ? row!.sites_restricted === 1 : true;
  const ownWritable = own.filter(([, writable]) => Number(writable) === 1).map(([id]) => id);
  const fromContact = hasAccessRow && row!.sites_from_contact === 1 && !!row!.contact_id && Number(row!.contact_site_count) > 0;
  if (!fromContact) return { sitesRestricted: ownRestricted, siteSource: 'own', readableSiteIds: own.map(([id]) => id), writableSiteIds: ownWritable };
  const contactSites = parseJsonList<[string]>(row!.contact_sites).map(([id]) => id);
  const writable = new Set(ownWritable);
  return {
    sitesRestricted: true,
    siteSource: 'contact',
    readableSiteIds: contactSites,
    writableSiteIds: ownRestricted ? contactSites.filter((id) => writable.has(id)) : contactSites,
  };
}

/** Loads the facts of an external user; a user without a customer sees nothing. */
export async function loadExternalFacts(db: DbExecutor, userId: string): Promise<ExternalFacts> {
  const engine = engineOf(db);
  const row = (await factsQuery(engine, userId).execute(db)).rows[0];
  const customers = parseJsonList<[string, string]>(row?.customers).map(([id, areas]) => ({ id, areas: JSON.parse(areas) as string[] }));
  const areaCustomerIds = Object.fromEntries(
    PORTAL_AREAS.map((area) => [area, customers.filter((c) => c.areas.includes(area)).map((c) => c.id)]),
  ) as Record<PortalArea, string[]>;
  const hasAccessRow = !!row && row.asset_mode !== null;
  const scope = siteScope(row, hasAccessRow);
  return {
    userId,
    contactId: row?.contact_id ?? null,
    homeCustomerId: row?.customer_id ?? null,
    customerIds: customers.map((c) => c.id),
    areaCustomerIds,
    ...scope,
    modes: hasAccessRow
      ? {
          assets: row.asset_mode!,
          workOrders: row.work_order_mode!,
          projects: row.project_mode!,
          tickets: row.ticket_mode!,
          orders: row.order_mode!,
          schedule: row.schedule_mode!,
        }
      : DEFAULT_MODES,
    capabilities: hasAccessRow ? parseCapabilities(row.capabilities!) : NO_CAPABILITIES,
  };
}

/** The facts plus every grant of the user within their customers (explain, reference evaluator). */
export async function loadReferenceFacts(db: DbExecutor, userId: string): Promise<ReferenceFacts> {
  const facts = await loadExternalFacts(db, userId);
  const grants = facts.customerIds.length
    ? await db
        .selectFrom('access_grants')
        .leftJoin('assets', (join) => join.onRef('assets.id', '=', 'access_grants.resource_id').on('access_grants.resource_type', '=', 'asset'))
        .select(['access_grants.resource_type', 'access_grants.resource_id', 'access_grants.kind', 'assets.path', 'access_grants.customer_id'])
        .where('access_grants.user_id', '=', userId)
        .execute()
    : [];
  const inScope = new Set(facts.customerIds);
  return {
    ...facts,
    grants: grants
      .filter((g) => inScope.has(g.customer_id))
      .map((g) => ({ resourceType: g.resource_type, resourceId: g.resource_id, kind: g.kind, assetPath: g.path ?? null })),
  };
}
