import type { ReaderLanguage } from '../../http/reader-language.js';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { engineOf } from '../../db/engine-sql.js';
import { planSearch, type SearchIndexedTable, type SearchPlan } from '../../db/text-search.js';
import type { Engine } from '../../db/database.js';
import type { Principal } from './principal.js';
import { loadExternalFacts, type ExternalFacts } from './access-facts.js';
import { externalFilter } from './external-filters.js';
import { accessFactsCacheOf } from './access-facts-cache.js';

/** Tables whose rows are access-controlled: every query on them composes `scope.visible(table)`. */
export type ScopedTable =
  | 'customers'
  | 'sites'
  | 'contacts'
  | 'assets'
  | 'work_orders'
  | 'projects'
  | 'orders'
  | 'tickets'
  | 'schedule_entries'
  | 'documents'
  | 'files'
  | 'users';

export type RowFilter<T extends keyof Database> = (eb: ExpressionBuilder<Database, T>) => Expression<SqlBool>;

/**
 * What one principal may see, loaded once per request. `visible(table)` is a WHERE fragment for that
 * table; lists, counts, search, exports, downloads and single-record reads all compose it, so a record
 * is in every door or in none. Single-record reads add `id = ?` to the same fragment.
 */
export interface AccessScope {
  principal: Principal;
  visible<T extends ScopedTable>(table: T): RowFilter<T>;
  /**
   * The language the caller reads configurable names in (a request's Accept-Language); absent for
   * background work and audit, which keep names as stored.
   */
  language?: ReaderLanguage | null;
}

const everything = () => sql<SqlBool>`1 = 1`;

/** Staff of the service company see every record of the back office; what they may change is role-based. */
function staffScope(principal: Principal): AccessScope {
  return { principal, visible: () => everything };
}

/** External (portal) users: the rules of SPEC §2 over the user's facts (external-filters.ts). */
export interface ExternalAccessScope extends AccessScope {
  facts: ExternalFacts;
}

function externalScope(principal: Principal, facts: ExternalFacts, engine: Engine): ExternalAccessScope {
  return { principal, facts, visible: (table) => () => externalFilter(facts, table, engine) };
}

/**
 * `accessEpoch`: the value of the access epoch read with the caller's session, when there is one; the
 * facts are then taken from this process's cache if they were loaded at that same epoch. Without it
 * (background jobs, transactions) they are always loaded.
 */
export async function loadAccessScope(db: DbExecutor, principal: Principal, accessEpoch?: number | null): Promise<AccessScope> {
  if (principal.kind === 'staff') return staffScope(principal);
  return externalScope(principal, await externalFacts(db, principal.userId, accessEpoch), engineOf(db));
}

async function externalFacts(db: DbExecutor, userId: string, accessEpoch: number | null | undefined): Promise<ExternalFacts> {
  if (accessEpoch === null || accessEpoch === undefined || db.isTransaction) return loadExternalFacts(db, userId);
  const cache = accessFactsCacheOf(db);
  const cached = cache.get(userId, accessEpoch);
  if (cached) return cached;
  const facts = await loadExternalFacts(db, userId);
  cache.set(userId, accessEpoch, facts);
  return facts;
}


/**
 * How a list of `scope` finds the rows matching `q` (undefined without a search). A portal user whose
 * records span several customers (a consolidated account) makes PostgreSQL take the index's matches first:
 * left alone, the planner estimates the scope from per-customer statistics, walks the whole table's sort
 * index and discards other customers' rows (1.1 s for 1,000 customers at 1M assets, 60 ms matches-first).
 * `wholeTableByName`: the list is sorted by name and no filter narrows it to a part of the table (a
 * customer, a site, a subtree), so staff may take the word index's rows in name order.
 */
export async function listSearch(db: DbExecutor, scope: AccessScope, table: SearchIndexedTable, q: string | undefined, options: { wholeTableByName?: boolean } = {}): Promise<SearchPlan | undefined> {
  if (!q) return undefined;
  const spansCustomers = 'facts' in scope && (scope as ExternalAccessScope).facts.customerIds.length > 1;
  // The word index knows no scope: only staff, who see every row, walk it (listed by name, unfiltered).
  return planSearch(db, table, q, spansCustomers, options.wholeTableByName === true && scope.principal.kind === 'staff');
}
