import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { Database } from '../../db/schema.js';
import type { Principal } from './principal.js';

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
}

const everything = () => sql<SqlBool>`1 = 1`;
const nothing = () => sql<SqlBool>`1 = 0`;

/** Staff of the service company see every record of the back office; what they may change is role-based. */
function staffScope(principal: Principal): AccessScope {
  return { principal, visible: () => everything };
}

/**
 * External (portal) users: deny by default. Until the portal access rules (scope, grants, modes) are in
 * place, an external principal sees no customer-owned record at all.
 */
function externalScope(principal: Principal): AccessScope {
  return { principal, visible: () => nothing };
}

export async function loadAccessScope(_db: DbExecutor, principal: Principal): Promise<AccessScope> {
  return principal.kind === 'staff' ? staffScope(principal) : externalScope(principal);
}
