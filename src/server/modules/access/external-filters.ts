import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from '../../db/database.js';
import { inValues, someIdOnPath } from '../../db/engine-sql.js';
import type { GrantResourceType } from '../../db/portal-access-tables.js';
import type { ExternalFacts, PortalArea } from './access-facts.js';
import type { ScopedTable } from './access-scope.js';

/**
 * The portal access rules of SPEC §2 as SQL, one fragment per table, built from ExternalFacts.
 * reference-evaluator.ts states the same rules over plain objects; the property tests hold the two equal.
 *
 * Why the fragments look the way they do (measured at 1M assets, docs/performance.md):
 * - every row test is an indexed predicate or a primary-key/unique-index probe, so the list query is
 *   driven by the sort index of the user's customers and costs the same however many grants there are;
 * - record grants are joined from access_grants (unique index user_id, resource_type, resource_id), never
 *   spelled out one literal per grant, so no statement-size or parameter limit can be reached;
 * - "under a granted asset" looks up the ids on the row's own materialized path in the grants index
 *   (at most tree-depth probes per row) instead of one path test per grant;
 * - each per-row grant probe sits behind a once-per-statement "holds any grant of this type" test, so a
 *   user without such grants (most users of a site- or customer-wide scope) pays nothing per row for it;
 * - long id sets (customers of a consolidated account, expanded sites) bind as one array parameter.
 */
type Fragment = RawBuilder<SqlBool>;

const TRUE: Fragment = sql<SqlBool>`1 = 1`;
const FALSE: Fragment = sql<SqlBool>`1 = 0`;

interface FilterContext {
  facts: ExternalFacts;
  engine: Engine;
  /** Sets longer than this bind as one array parameter (lowered by the property test to cover that form). */
  inlineLimit: number | undefined;
}

function col(table: string, column: string) {
  return sql.ref(`${table}.${column}`);
}

function inList(ctx: FilterContext, table: string, column: string, values: readonly string[]): Fragment {
  return values.length === 0 ? FALSE : inValues(ctx.engine, col(table, column), values, ctx.inlineLimit);
}

function and(...parts: Fragment[]): Fragment {
  if (parts.includes(FALSE)) return FALSE;
  const rest = parts.filter((p) => p !== TRUE);
  if (rest.length === 0) return TRUE;
  return sql<SqlBool>`(${sql.join(rest, sql` and `)})`;
}

function or(...parts: Fragment[]): Fragment {
  if (parts.includes(TRUE)) return TRUE;
  const rest = parts.filter((p) => p !== FALSE);
  if (rest.length === 0) return FALSE;
  return sql<SqlBool>`(${sql.join(rest, sql` or `)})`;
}

function notArchived(table: string): Fragment {
  return sql<SqlBool>`${col(table, 'archived_at')} is null`;
}

/**
 * The user holds a grant of `type` (any kind) on the record `column` names: one probe of the grants'
 * unique index per row, so the cost follows the rows the query walks, never the number of grants.
 */
function isGranted(ctx: FilterContext, table: string, column: string, type: GrantResourceType): Fragment {
  const probe = sql<SqlBool>`exists (select 1 from access_grants ag where ag.user_id = ${ctx.facts.userId} and ag.resource_type = ${type} and ag.resource_id = ${col(table, column)})`;
  return sql<SqlBool>`(${holdsAnyGrant(ctx, type)} and ${probe})`;
}

/**
 * Whether the user holds any grant of `type`: one probe, evaluated once per statement on both engines (it
 * refers to no row). Ahead of a per-row grant probe it spares every row that probe when the user has no
 * such grants, as most users of a site- or customer-wide scope have: a site-restricted user's asset list
 * walks the other sites' rows of the customer too, and paid up to tree-depth probes for each.
 */
function holdsAnyGrant(ctx: FilterContext, type: GrantResourceType): Fragment {
  return sql<SqlBool>`exists (select 1 from access_grants ag_any where ag_any.user_id = ${ctx.facts.userId} and ag_any.resource_type = ${type})`;
}

/**
 * The asset itself or an asset above it (an id on its own path) is granted: a grant covers its subtree.
 * Per row that is at most tree-depth probes of the grants' unique index, however many grants there are.
 */
function underGrantedAsset(ctx: FilterContext, table: string): Fragment {
  const grantOfUser = sql<SqlBool>`ag.user_id = ${ctx.facts.userId} and ag.resource_type = 'asset'`;
  return sql<SqlBool>`(${holdsAnyGrant(ctx, 'asset')} and ${someIdOnPath(ctx.engine, col(table, 'path'), 'access_grants', 'ag', 'resource_id', grantOfUser)})`;
}

/** Inside the user's site scope: any site when not narrowed, else one of the granted sites (null site: no). */
function siteInScope(ctx: FilterContext, table: string): Fragment {
  return ctx.facts.sitesRestricted ? inList(ctx, table, 'site_id', ctx.facts.readableSiteIds) : TRUE;
}

function inArea(ctx: FilterContext, table: string, area: PortalArea): Fragment {
  return inList(ctx, table, 'customer_id', ctx.facts.areaCustomerIds[area]);
}

/**
 * Assets show where the assets area is on, and project devices also where the devices area is on. The
 * leading single `customer_id IN` lets the engine walk the (customer_id, sort) index; an OR of two
 * customer sets would make it merge both and sort the whole customer.
 */
function assetAreas(ctx: FilterContext, t: string): Fragment {
  const { assets, devices } = ctx.facts.areaCustomerIds;
  const assetsOn = new Set(assets);
  const devicesOnly = devices.filter((id) => !assetsOn.has(id));
  if (devicesOnly.length === 0) return inArea(ctx, t, 'assets');
  return and(
    inList(ctx, t, 'customer_id', [...assets, ...devicesOnly]),
    or(inArea(ctx, t, 'assets'), and(sql<SqlBool>`${col(t, 'project_id')} is not null`, inList(ctx, t, 'customer_id', devicesOnly))),
  );
}

function assetsFilter(ctx: FilterContext, t: string): Fragment {
  const { facts } = ctx;
  const area = assetAreas(ctx, t);
  return and(
    area,
    notArchived(t),
    or(facts.modes.assets === 'all_in_scope' ? siteInScope(ctx, t) : FALSE, underGrantedAsset(ctx, t), isGranted(ctx, t, 'project_id', 'project')),
  );
}

/**
 * Through the work order's own indexed columns; its asset is one primary-key probe, never a scan of assets.
 * The outer column tested inside the subquery (`asset_id is not null`, true whenever the join matches)
 * keeps PostgreSQL from turning the EXISTS into a hashed subplan: that builds the set of every visible
 * asset of the user's customers first (48 ms for a consolidated account of 1,000 customers, measured),
 * where a page needs a few hundred key probes.
 */
function workOrdersFilter(ctx: FilterContext, t: string): Fragment {
  const { facts } = ctx;
  const asset = `${t}_asset`;
  const viaAssets =
    facts.modes.workOrders === 'all_under_visible_assets'
      ? or(
          sql<SqlBool>`exists (select 1 from assets ${sql.raw(asset)} where ${col(asset, 'id')} = ${col(t, 'asset_id')} and ${col(t, 'asset_id')} is not null and ${assetsFilter(ctx, asset)})`,
          and(sql<SqlBool>`${col(t, 'asset_id')} is null`, facts.modes.assets === 'all_in_scope' ? siteInScope(ctx, t) : FALSE),
          isGranted(ctx, t, 'project_id', 'project'),
        )
      : FALSE;
  return and(inArea(ctx, t, 'work_orders'), notArchived(t), or(isGranted(ctx, t, 'id', 'work_order'), viaAssets));
}

function projectsFilter(ctx: FilterContext, t: string): Fragment {
  return and(
    inArea(ctx, t, 'projects'),
    notArchived(t),
    or(ctx.facts.modes.projects === 'all_in_scope' ? siteInScope(ctx, t) : FALSE, isGranted(ctx, t, 'id', 'project')),
  );
}

function ticketsFilter(ctx: FilterContext, t: string): Fragment {
  return and(
    inArea(ctx, t, 'tickets'),
    notArchived(t),
    or(
      sql<SqlBool>`${col(t, 'submitter_user_id')} = ${ctx.facts.userId}`,
      isGranted(ctx, t, 'id', 'ticket'),
      ctx.facts.modes.tickets === 'all_in_scope' ? siteInScope(ctx, t) : FALSE,
    ),
  );
}

function ordersFilter(ctx: FilterContext, t: string): Fragment {
  return and(
    inArea(ctx, t, 'orders'),
    notArchived(t),
    or(
      sql<SqlBool>`${col(t, 'placed_by_user_id')} = ${ctx.facts.userId}`,
      isGranted(ctx, t, 'id', 'order'),
      ctx.facts.modes.orders === 'all_in_scope' ? siteInScope(ctx, t) : FALSE,
    ),
  );
}

function scheduleFilter(ctx: FilterContext, t: string): Fragment {
  return and(
    inArea(ctx, t, 'schedule'),
    notArchived(t),
    or(
      sql<SqlBool>`${col(t, 'id')} in (select sea.schedule_entry_id from schedule_entry_assignees sea where sea.user_id = ${ctx.facts.userId})`,
      isGranted(ctx, t, 'id', 'schedule_entry'),
    ),
  );
}

function sitesFilter(ctx: FilterContext, t: string): Fragment {
  const { facts } = ctx;
  return and(inList(ctx, t, 'customer_id', facts.customerIds), notArchived(t), facts.sitesRestricted ? inList(ctx, t, 'id', facts.readableSiteIds) : TRUE);
}

const FILE_OWNERS: [string, string, (ctx: FilterContext, t: string) => Fragment][] = [
  ['asset', 'assets', assetsFilter],
  ['work_order', 'work_orders', workOrdersFilter],
  ['project', 'projects', projectsFilter],
  ['order', 'orders', ordersFilter],
  ['ticket', 'tickets', ticketsFilter],
  ['site', 'sites', sitesFilter],
];

/** A file shows when its type is customer-visible and the record it belongs to is visible (one key probe). */
function filesFilter(ctx: FilterContext, t: string): Fragment {
  const owners = FILE_OWNERS.map(([type, table, filter]) => {
    const alias = `${t}_${type}`;
    // The outer `resource_id` inside keeps the probe per row on PostgreSQL (see workOrdersFilter).
    return sql<SqlBool>`(${col(t, 'resource_type')} = ${type} and exists (select 1 from ${sql.table(table)} ${sql.raw(alias)} where ${col(alias, 'id')} = ${col(t, 'resource_id')} and ${col(t, 'resource_id')} is not null and ${filter(ctx, alias)}))`;
  });
  return and(
    inArea(ctx, t, 'files'),
    notArchived(t),
    sql<SqlBool>`exists (select 1 from file_types ft where ft.id = ${col(t, 'file_type_id')} and ft.customer_visible = 1)`,
    or(...owners, and(sql<SqlBool>`${col(t, 'resource_type')} = 'customer'`, inList(ctx, t, 'resource_id', ctx.facts.customerIds))),
  );
}

/**
 * A site-restricted customer admin sees only the colleagues whose sites are all among their own (an
 * unrestricted colleague sees more than they do, so is not theirs to see), and the contacts of their
 * sites (a contact with no site stands for the whole customer). An unrestricted admin sees them all.
 * A colleague who takes their contact's sites (access-facts.ts) is judged by those sites.
 */
function colleagueWithinOwnSites(ctx: FilterContext): Fragment {
  if (!ctx.facts.sitesRestricted) return TRUE;
  const own = inList(ctx, 'usa', 'site_id', ctx.facts.readableSiteIds);
  const ownOfContact = inList(ctx, 'cs', 'site_id', ctx.facts.readableSiteIds);
  const fromContact = sql<SqlBool>`(exists (select 1 from user_access ua where ua.user_id = users.id and ua.sites_from_contact = 1) and exists (select 1 from contact_sites cs where cs.contact_id = users.contact_id))`;
  // No access row counts as restricted (access-facts.ts), so "unrestricted" is a row saying so.
  const unrestricted = sql<SqlBool>`exists (select 1 from user_access ua where ua.user_id = users.id and ua.sites_restricted = 0)`;
  const elsewhere = sql<SqlBool>`exists (select 1 from user_site_access usa where usa.user_id = users.id and not (${own}))`;
  const contactElsewhere = sql<SqlBool>`exists (select 1 from contact_sites cs where cs.contact_id = users.contact_id and not (${ownOfContact}))`;
  return sql<SqlBool>`((${fromContact} and not ${contactElsewhere}) or (not ${fromContact} and not ${unrestricted} and not ${elsewhere}))`;
}

function contactWithinOwnSites(ctx: FilterContext): Fragment {
  if (!ctx.facts.sitesRestricted) return TRUE;
  const anySite = sql<SqlBool>`exists (select 1 from contact_sites cs where cs.contact_id = contacts.id)`;
  const elsewhere = sql<SqlBool>`exists (select 1 from contact_sites cs where cs.contact_id = contacts.id and not (${inList(ctx, 'cs', 'site_id', ctx.facts.readableSiteIds)}))`;
  return sql<SqlBool>`${anySite} and not ${elsewhere}`;
}

export function externalFilter(facts: ExternalFacts, table: ScopedTable, engine: Engine, inlineLimit?: number): Fragment {
  const ctx: FilterContext = { facts, engine, inlineLimit };
  switch (table) {
    case 'customers':
      return and(inList(ctx, table, 'id', facts.customerIds), notArchived(table));
    case 'sites':
      return sitesFilter(ctx, table);
    case 'contacts':
      return and(
        notArchived(table),
        or(
          facts.contactId ? sql<SqlBool>`contacts.id = ${facts.contactId}` : FALSE,
          facts.capabilities.customerAdmin ? and(inList(ctx, table, 'customer_id', facts.customerIds), contactWithinOwnSites(ctx)) : FALSE,
        ),
      );
    case 'users':
      return or(
        sql<SqlBool>`users.id = ${facts.userId}`,
        facts.capabilities.customerAdmin ? and(sql<SqlBool>`users.kind = 'external'`, inList(ctx, table, 'customer_id', facts.customerIds), colleagueWithinOwnSites(ctx)) : FALSE,
      );
    case 'assets':
      return assetsFilter(ctx, table);
    case 'work_orders':
      return workOrdersFilter(ctx, table);
    case 'projects':
      return projectsFilter(ctx, table);
    case 'orders':
      return ordersFilter(ctx, table);
    case 'tickets':
      return ticketsFilter(ctx, table);
    case 'schedule_entries':
      return scheduleFilter(ctx, table);
    case 'files':
      return filesFilter(ctx, table);
    case 'documents':
      return FALSE;
  }
}
