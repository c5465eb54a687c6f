import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/helpers.js';
import { generateWorld, type GeneratedWorld } from '../../../../test/isolation/random-world.js';
import { engineOf } from '../../db/engine-sql.js';
import { loadReferenceFacts, type ReferenceFacts } from './access-facts.js';
import type { ScopedTable } from './access-scope.js';
import { externalFilter } from './external-filters.js';
import {
  assetVerdict,
  fileVerdict,
  orderVerdict,
  projectVerdict,
  scheduleEntryVerdict,
  siteVerdict,
  ticketVerdict,
  workOrderVerdict,
  type Row,
} from './reference-evaluator.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

type CheckedTable = keyof GeneratedWorld['tables'];

function referenceVisible(facts: ReferenceFacts, g: GeneratedWorld, table: CheckedTable, row: Row): boolean {
  switch (table) {
    case 'customers':
      return facts.customerIds.includes(row.id) && !row.archived_at;
    case 'sites':
      return siteVerdict(facts, row).visible;
    case 'assets':
      return assetVerdict(facts, row).visible;
    case 'work_orders':
      return workOrderVerdict(facts, g.world, row).visible;
    case 'projects':
      return projectVerdict(facts, row).visible;
    case 'orders':
      return orderVerdict(facts, row).visible;
    case 'tickets':
      return ticketVerdict(facts, row).visible;
    case 'schedule_entries':
      return scheduleEntryVerdict(facts, g.world, row).visible;
    case 'files':
      return fileVerdict(facts, g.world, row).visible;
  }
}

/** The customer scope computed independently from the generated world: home customer and descendants. */
function expectedCustomerIds(g: GeneratedWorld, homeId: string | null): string[] {
  const home = g.customers.find((c) => c.id === homeId);
  if (!home || home.archived_at) return [];
  return g.customers.filter((c) => c.path!.startsWith(home.path!) && !c.archived_at).map((c) => c.id).sort();
}

/**
 * The site scope computed independently from the generated world: the user's own sites, or their contact's
 * while they take them (write where their own configuration allows), each expanded down the site tree.
 */
function expectedSiteScope(g: GeneratedWorld, userId: string, customerIds: string[]) {
  const config = g.siteConfigs.get(userId)!;
  const inScope = new Set(customerIds);
  const byId = new Map(g.tables.sites.map((s) => [s.id, s]));
  const expand = (ids: string[]) =>
    g.tables.sites
      .filter((s) => !s.archived_at && inScope.has(s.customer_id!) && ids.some((id) => byId.has(id) && s.path!.startsWith(byId.get(id)!.path!)))
      .map((s) => s.id)
      .sort();
  const ownReadable = expand(config.sites.map((s) => s.siteId));
  const ownWritable = expand(config.sites.filter((s) => s.level === 'write').map((s) => s.siteId));
  if (!config.sitesFromContact || config.contactSiteIds.length === 0) {
    return { sitesRestricted: config.sitesRestricted, siteSource: 'own', readableSiteIds: ownReadable, writableSiteIds: ownWritable };
  }
  const readable = expand(config.contactSiteIds);
  return { sitesRestricted: true, siteSource: 'contact', readableSiteIds: readable, writableSiteIds: config.sitesRestricted ? readable.filter((id) => ownWritable.includes(id)) : readable };
}

describe('portal access policy: SQL filters equal the reference evaluator', () => {
  it('for random worlds, principals and every resource type', async () => {
    // Counts of visible and hidden records per table, so the property cannot pass vacuously.
    const seen = new Map<string, { visible: number; hidden: number }>();
    const siteSources = { own: 0, contact: 0 };
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const g = await generateWorld(t.app.ctx.db, seed);
        for (const userId of g.externalUserIds) {
          const facts = await loadReferenceFacts(t.app.ctx.db, userId);
          expect([...facts.customerIds].sort(), `customer scope, seed ${seed}`).toEqual(expectedCustomerIds(g, facts.homeCustomerId));
          const { sitesRestricted, siteSource, readableSiteIds, writableSiteIds } = facts;
          expect({ sitesRestricted, siteSource, readableSiteIds: [...readableSiteIds].sort(), writableSiteIds: [...writableSiteIds].sort() }, `site scope of ${userId}, seed ${seed}`).toEqual(
            expectedSiteScope(g, userId, expectedCustomerIds(g, facts.homeCustomerId)),
          );
          siteSources[siteSource]++;
          for (const table of Object.keys(g.tables) as CheckedTable[]) {
            const ids = g.tables[table].map((row) => row.id);
            const expected = g.tables[table].filter((row) => referenceVisible(facts, g, table, row)).map((row) => row.id).sort();
            // Both forms of an id set: inline literals, and one bound array (what long sets use).
            for (const inlineLimit of [undefined, 0]) {
              const rows = await t.app.ctx.db
                .selectFrom(table as ScopedTable)
                .select(`${table}.id` as 'id')
                .where(() => externalFilter(facts, table, engineOf(t.app.ctx.db), inlineLimit))
                .where(`${table}.id` as 'id', 'in', ids.length ? ids : ['none'])
                .execute();
              const actual = rows.map((row) => row.id).sort();
              expect(actual, `${table} for user ${userId}, seed ${seed}, inline limit ${inlineLimit}`).toEqual(expected);
            }
            const counts = seen.get(table) ?? { visible: 0, hidden: 0 };
            counts.visible += expected.length;
            counts.hidden += ids.length - expected.length;
            seen.set(table, counts);
          }
        }
      }),
      { numRuns: 12 },
    );
    expect(siteSources.contact, "some user takes their contact's sites").toBeGreaterThan(0);
    expect(siteSources.own, 'some user has their own sites').toBeGreaterThan(0);
    for (const [table, counts] of seen) {
      expect(counts.visible, `${table} visible somewhere`).toBeGreaterThan(0);
      expect(counts.hidden, `${table} hidden somewhere`).toBeGreaterThan(0);
    }
  });
});
