import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { grantedAssetPaths, grantedIds, type ExternalFacts, type PortalArea } from './access-facts.js';
import type { ScopedTable } from './access-scope.js';

/**
 * The portal access rules of SPEC §2 as SQL, one fragment per table, built only from ExternalFacts.
 * reference-evaluator.ts states the same rules over plain objects; the property tests hold the two equal.
 * Columns are qualified with the table name, so fragments also work inside joins and subqueries.
 */
type Fragment = RawBuilder<SqlBool>;

const TRUE: Fragment = sql<SqlBool>`1 = 1`;
const FALSE: Fragment = sql<SqlBool>`1 = 0`;

function col(table: string, column: string) {
  return sql.ref(`${table}.${column}`);
}

/** `column IN (…)`; an empty list matches nothing (and never produces the invalid `IN ()`). */
function inList(table: string, column: string, values: readonly string[]): Fragment {
  if (values.length === 0) return FALSE;
  if (values.length === 1) return sql<SqlBool>`${col(table, column)} = ${values[0]}`;
  return sql<SqlBool>`${col(table, column)} in (${sql.join(values)})`;
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

/** Inside the user's site scope: any site when not narrowed, else one of the granted sites (null site: no). */
function siteInScope(facts: ExternalFacts, table: string): Fragment {
  return facts.sitesRestricted ? inList(table, 'site_id', facts.readableSiteIds) : TRUE;
}

function inArea(facts: ExternalFacts, table: string, area: PortalArea): Fragment {
  return inList(table, 'customer_id', facts.areaCustomerIds[area]);
}

function assetsFilter(facts: ExternalFacts, t = 'assets'): Fragment {
  const underGrantedAsset = or(...grantedAssetPaths(facts).map((p) => sql<SqlBool>`${col(t, 'path')} like ${`${p}%`}`));
  const placedByGrantedProject = inList(t, 'project_id', grantedIds(facts, 'project'));
  const area = or(inArea(facts, t, 'assets'), and(sql<SqlBool>`${col(t, 'project_id')} is not null`, inArea(facts, t, 'devices')));
  return and(
    area,
    notArchived(t),
    or(facts.modes.assets === 'all_in_scope' ? siteInScope(facts, t) : FALSE, underGrantedAsset, placedByGrantedProject),
  );
}

function workOrdersFilter(facts: ExternalFacts, t = 'work_orders'): Fragment {
  const direct = inList(t, 'id', grantedIds(facts, 'work_order'));
  const viaAssets =
    facts.modes.workOrders === 'all_under_visible_assets'
      ? or(
          sql<SqlBool>`${col(t, 'asset_id')} in (select assets.id from assets where ${assetsFilter(facts)})`,
          and(sql<SqlBool>`${col(t, 'asset_id')} is null`, facts.modes.assets === 'all_in_scope' ? siteInScope(facts, t) : FALSE),
          inList(t, 'project_id', grantedIds(facts, 'project')),
        )
      : FALSE;
  return and(inArea(facts, t, 'work_orders'), notArchived(t), or(direct, viaAssets));
}

function projectsFilter(facts: ExternalFacts, t = 'projects'): Fragment {
  return and(
    inArea(facts, t, 'projects'),
    notArchived(t),
    or(facts.modes.projects === 'all_in_scope' ? siteInScope(facts, t) : FALSE, inList(t, 'id', grantedIds(facts, 'project'))),
  );
}

function ticketsFilter(facts: ExternalFacts, t = 'tickets'): Fragment {
  return and(
    inArea(facts, t, 'tickets'),
    notArchived(t),
    or(
      sql<SqlBool>`${col(t, 'submitter_user_id')} = ${facts.userId}`,
      inList(t, 'id', grantedIds(facts, 'ticket')),
      facts.modes.tickets === 'all_in_scope' ? siteInScope(facts, t) : FALSE,
    ),
  );
}

function ordersFilter(facts: ExternalFacts, t = 'orders'): Fragment {
  return and(
    inArea(facts, t, 'orders'),
    notArchived(t),
    or(
      sql<SqlBool>`${col(t, 'placed_by_user_id')} = ${facts.userId}`,
      inList(t, 'id', grantedIds(facts, 'order')),
      facts.modes.orders === 'all_in_scope' ? siteInScope(facts, t) : FALSE,
    ),
  );
}

function scheduleFilter(facts: ExternalFacts, t = 'schedule_entries'): Fragment {
  return and(
    inArea(facts, t, 'schedule'),
    notArchived(t),
    or(
      sql<SqlBool>`${col(t, 'id')} in (select schedule_entry_assignees.schedule_entry_id from schedule_entry_assignees where schedule_entry_assignees.user_id = ${facts.userId})`,
      inList(t, 'id', grantedIds(facts, 'schedule_entry')),
    ),
  );
}

function sitesFilter(facts: ExternalFacts, t = 'sites'): Fragment {
  return and(inList(t, 'customer_id', facts.customerIds), notArchived(t), facts.sitesRestricted ? inList(t, 'id', facts.readableSiteIds) : TRUE);
}

/** A file shows when its type is customer-visible and the record it belongs to is visible. */
function filesFilter(facts: ExternalFacts, t = 'files'): Fragment {
  const owner = (type: string, table: string, filter: Fragment) =>
    sql<SqlBool>`(${col(t, 'resource_type')} = ${type} and ${col(t, 'resource_id')} in (select ${sql.ref(`${table}.id`)} from ${sql.table(table)} where ${filter}))`;
  return and(
    inArea(facts, t, 'files'),
    notArchived(t),
    sql<SqlBool>`${col(t, 'file_type_id')} in (select file_types.id from file_types where file_types.customer_visible = 1)`,
    or(
      owner('asset', 'assets', assetsFilter(facts)),
      owner('work_order', 'work_orders', workOrdersFilter(facts)),
      owner('project', 'projects', projectsFilter(facts)),
      owner('order', 'orders', ordersFilter(facts)),
      owner('ticket', 'tickets', ticketsFilter(facts)),
      owner('site', 'sites', sitesFilter(facts)),
      and(sql<SqlBool>`${col(t, 'resource_type')} = 'customer'`, inList(t, 'resource_id', facts.customerIds)),
    ),
  );
}

export function externalFilter(facts: ExternalFacts, table: ScopedTable): Fragment {
  switch (table) {
    case 'customers':
      return and(inList(table, 'id', facts.customerIds), notArchived(table));
    case 'sites':
      return sitesFilter(facts);
    case 'contacts':
      return and(
        notArchived(table),
        or(facts.contactId ? sql<SqlBool>`contacts.id = ${facts.contactId}` : FALSE, facts.capabilities.customerAdmin ? inList(table, 'customer_id', facts.customerIds) : FALSE),
      );
    case 'users':
      return or(
        sql<SqlBool>`users.id = ${facts.userId}`,
        facts.capabilities.customerAdmin ? and(sql<SqlBool>`users.kind = 'external'`, inList(table, 'customer_id', facts.customerIds)) : FALSE,
      );
    case 'assets':
      return assetsFilter(facts);
    case 'work_orders':
      return workOrdersFilter(facts);
    case 'projects':
      return projectsFilter(facts);
    case 'orders':
      return ordersFilter(facts);
    case 'tickets':
      return ticketsFilter(facts);
    case 'schedule_entries':
      return scheduleFilter(facts);
    case 'files':
      return filesFilter(facts);
    case 'documents':
      return FALSE;
  }
}
