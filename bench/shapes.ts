import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Database } from '../src/server/db/schema.js';
import { fetchPage, parseSort } from '../src/server/http/list-query.js';
import { ASSET_SORT_COLUMNS } from '../src/server/modules/assets/assets.service.js';
import { listVisibleAssets } from '../src/server/modules/assets/assets.repository.js';
import { loadAccessScope, type AccessScope } from '../src/server/modules/access/access-scope.js';
import type { Principal } from '../src/server/modules/access/principal.js';
import type { BenchFixture } from './dataset/generate.js';
import { SHAPE_NAMES, type ShapeName } from './dataset/shapes.js';
import { SEARCH_WORDS } from './dataset/vocabulary.js';
import type { HttpGet } from './http-client.js';

/**
 * What the bench measures: each probe is one list as a user of one shape sees it, either straight on the
 * database (the scope's WHERE fragment + fetchPage, as the repositories compose it) or over HTTP.
 */
/**
 * `growth_large` / `growth_small`: a portal list on the run's dataset and on the small one, measured again
 * in a phase of their own, interleaved, for the growth ratio.
 */
export type ProbeGroup = 'portal' | 'search_portal' | 'search_staff' | 'deep_page' | 'scope_load' | 'auth_overhead' | 'growth_large' | 'growth_small';
export type Layer = 'db' | 'http';

export interface Probe {
  name: string;
  layer: Layer;
  group: ProbeGroup;
  run: () => Promise<unknown>;
  /** auth_overhead only: the same list without the policy, timed right before `run`. */
  baseline?: () => Promise<unknown>;
}

export type Viewer = ShapeName | 'staff';

export interface ProbeContext {
  db: Kysely<Database>;
  fixture: BenchFixture;
  /** One HTTP client per viewer, each with its own session. */
  http: Record<Viewer, HttpGet>;
  /** The cursor of the staff asset list's page 200 (found by following nextCursor). */
  deepCursor: string;
}

type AssetFilter = (eb: ExpressionBuilder<Database, 'assets'>) => Expression<SqlBool>;
const PAGE = 50;
const ASSET_SORT = parseSort('name', ASSET_SORT_COLUMNS, 'name');
const WORK_ORDER_SORT = parseSort('-createdAt', { createdAt: 'created_at' }, '-createdAt');

/** The default asset list (by name, not archived), optionally continued from a cursor. Searches use the repository's own list. */
export async function assetPage(db: Kysely<Database>, filter: AssetFilter, options: { cursor?: string } = {}) {
  const query = db.selectFrom('assets').selectAll('assets').where(filter).where('assets.archived_at', 'is', null);
  return fetchPage(query, { table: 'assets', sort: ASSET_SORT, limit: PAGE, cursor: options.cursor });
}

/** The default work-order list: newest first, not archived. */
function workOrderPage(db: Kysely<Database>, scope: AccessScope) {
  const query = db.selectFrom('work_orders').selectAll('work_orders').where(scope.visible('work_orders')).where('work_orders.archived_at', 'is', null);
  return fetchPage(query, { table: 'work_orders', sort: WORK_ORDER_SORT, limit: PAGE });
}

export function principalOf(fixture: BenchFixture, viewer: Viewer): Principal {
  return viewer === 'staff' ? { kind: 'staff', userId: fixture.staffUserId, role: 'admin', sessionId: null } : { kind: 'external', userId: fixture.shapes[viewer].userId, sessionId: null };
}

/** A DB probe and its HTTP twin for the same list; a non-2xx answer fails the probe instead of being timed. */
function twin(name: string, group: ProbeGroup, db: () => Promise<unknown>, get: HttpGet, path: string): Probe[] {
  const http = async () => {
    const { status } = await get(path);
    if (status < 200 || status > 299) throw new Error(`HTTP ${status} for GET ${path}`);
  };
  return [
    { name, layer: 'db', group, run: db },
    { name, layer: 'http', group, run: http },
  ];
}

export async function buildProbes(ctx: ProbeContext): Promise<Probe[]> {
  const { db, fixture, http } = ctx;
  const scopes = {} as Record<Viewer, AccessScope>;
  for (const viewer of [...SHAPE_NAMES, 'staff'] as const) scopes[viewer] = await loadAccessScope(db, principalOf(fixture, viewer));
  const probes: Probe[] = [];

  for (const shape of SHAPE_NAMES) {
    probes.push(
      ...twin(`${shape} assets`, 'portal', () => assetPage(db, scopes[shape].visible('assets')), http[shape], `/api/v1/assets?limit=${PAGE}`),
      ...twin(`${shape} work orders`, 'portal', () => workOrderPage(db, scopes[shape]), http[shape], `/api/v1/work-orders?limit=${PAGE}`),
      { name: `${shape} scope load`, layer: 'db', group: 'scope_load', run: () => loadAccessScope(db, principalOf(fixture, shape)) },
    );
  }

  const searchAs = (viewer: Viewer, word: string, group: ProbeGroup, label: string) =>
    twin(label, group, () => listVisibleAssets(db, scopes[viewer], { q: word }, { sort: ASSET_SORT, limit: PAGE }), http[viewer], `/api/v1/assets?limit=${PAGE}&q=${word}`);
  probes.push(...searchAs('consolidated_1000', SEARCH_WORDS.moderate, 'search_portal', `search_portal "${SEARCH_WORDS.moderate}"`));
  for (const frequency of ['common', 'rare', 'none', 'clustered'] as const) {
    probes.push(...searchAs('staff', SEARCH_WORDS[frequency], 'search_staff', `search_staff ${frequency} "${SEARCH_WORDS[frequency]}"`));
  }

  const staffAssets = scopes.staff.visible('assets');
  probes.push(
    ...twin('deep_page page 1', 'deep_page', () => assetPage(db, staffAssets), http.staff, `/api/v1/assets?limit=${PAGE}`),
    ...twin('deep_page page 200', 'deep_page', () => assetPage(db, staffAssets, { cursor: ctx.deepCursor }), http.staff, `/api/v1/assets?limit=${PAGE}&cursor=${ctx.deepCursor}`),
  );

  // Authorization overhead: the policy's list against the plain query that returns the same rows.
  const siteShape = fixture.shapes.site_restricted;
  const allShape = fixture.shapes.all_in_scope;
  probes.push(
    {
      name: 'site_restricted assets', layer: 'db', group: 'auth_overhead', run: () => assetPage(db, scopes.site_restricted.visible('assets')),
      baseline: () => assetPage(db, (eb) => eb.and([eb('assets.customer_id', '=', siteShape.customerId), eb('assets.site_id', '=', siteShape.siteId)])),
    },
    {
      name: 'all_in_scope assets', layer: 'db', group: 'auth_overhead', run: () => assetPage(db, scopes.all_in_scope.visible('assets')),
      baseline: () => assetPage(db, (eb) => eb('assets.customer_id', '=', allShape.customerId)),
    },
  );
  return probes;
}

/** Follows nextCursor through the staff asset list to the cursor of page `page`. */
export async function cursorOfPage(get: HttpGet, page: number): Promise<string> {
  let cursor: string | null = null;
  for (let p = 1; p < page; p++) {
    const response = await get(`/api/v1/assets?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ''}`);
    cursor = (JSON.parse(response.text) as { nextCursor: string | null }).nextCursor;
    if (!cursor) throw new Error(`The staff asset list ends at page ${p}; deep_page needs ${page} pages.`);
  }
  return cursor!;
}
