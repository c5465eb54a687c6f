import { sql } from 'kysely';
import { Type, type Static } from 'typebox';
import type { DbExecutor } from '../../context.js';
import type { AccessScope } from '../access/access-scope.js';

/** Counting stops here; a larger fleet is described by its first 10,000 assets and marked capped. */
export const OVERVIEW_CAP = 10_000;
const DUE_SOON_DAYS = 30;

/**
 * Every visible, non-archived asset in exactly one slice: out of service (inactive, decommissioned),
 * in repair, or — for active ones — overdue, due within 30 days, or ok (due later or no due date).
 */
export const AssetOverview = Type.Object({
  ok: Type.Integer(),
  dueSoon: Type.Integer(),
  overdue: Type.Integer(),
  inRepair: Type.Integer(),
  outOfService: Type.Integer(),
  total: Type.Integer(),
  capped: Type.Boolean(),
  /** Today (UTC) and the end of "due soon": the dates the slices were cut at. */
  today: Type.String({ format: 'date' }),
  dueSoonBefore: Type.String({ format: 'date' }),
});
export type AssetOverview = Static<typeof AssetOverview>;

export interface AssetOverviewFilters {
  customerId?: string | undefined;
  siteId?: string | undefined;
}

type Slice = 'ok' | 'dueSoon' | 'overdue' | 'inRepair' | 'outOfService';

/**
 * One query over the same fragment as the asset list (scope.visible), so a user is never told about an
 * asset their list would not show; the inner LIMIT keeps a huge account's overview as cheap as a page.
 */
export async function assetOverview(db: DbExecutor, scope: AccessScope, filters: AssetOverviewFilters, now: Date): Promise<AssetOverview> {
  const today = now.toISOString().slice(0, 10);
  const dueSoonBefore = new Date(Date.parse(today) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  let visible = db
    .selectFrom('assets')
    .select(
      sql<Slice>`case
        when assets.status = 'in_repair' then 'inRepair'
        when assets.status <> 'active' then 'outOfService'
        when assets.next_due_date < ${today} then 'overdue'
        when assets.next_due_date <= ${dueSoonBefore} then 'dueSoon'
        else 'ok' end`.as('slice'),
    )
    .where(scope.visible('assets'))
    .where('assets.archived_at', 'is', null);
  if (filters.customerId) visible = visible.where('assets.customer_id', '=', filters.customerId);
  if (filters.siteId) visible = visible.where('assets.site_id', '=', filters.siteId);
  const rows = await db
    .selectFrom(visible.limit(OVERVIEW_CAP + 1).as('visible'))
    .select(['visible.slice', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('visible.slice')
    .execute();
  const counts: Record<Slice, number> = { ok: 0, dueSoon: 0, overdue: 0, inRepair: 0, outOfService: 0 };
  for (const row of rows) counts[row.slice] = Number(row.n);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { ...counts, total: Math.min(total, OVERVIEW_CAP), capped: total > OVERVIEW_CAP, today, dueSoonBefore };
}
