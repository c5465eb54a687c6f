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

describe('portal access policy: SQL filters equal the reference evaluator', () => {
  it('for random worlds, principals and every resource type', async () => {
    // Counts of visible and hidden records per table, so the property cannot pass vacuously.
    const seen = new Map<string, { visible: number; hidden: number }>();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        const g = await generateWorld(t.app.ctx.db, seed);
        for (const userId of g.externalUserIds) {
          const facts = await loadReferenceFacts(t.app.ctx.db, userId);
          expect([...facts.customerIds].sort(), `customer scope, seed ${seed}`).toEqual(expectedCustomerIds(g, facts.homeCustomerId));
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
    for (const [table, counts] of seen) {
      expect(counts.visible, `${table} visible somewhere`).toBeGreaterThan(0);
      expect(counts.hidden, `${table} hidden somewhere`).toBeGreaterThan(0);
    }
  });
});
