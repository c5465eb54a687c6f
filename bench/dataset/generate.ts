import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';
import { addCustomer, balanced, insertPending, newGenerator, noRows, type Generator } from './rows.js';
import { generateShapes, type ShapeFixture, type ShapeName } from './shapes.js';
import { insertStaffUser } from './users.js';

export interface DatasetSize {
  customers: number;
  assetsPerCustomer: number;
}

/** What the measurements need to know about a generated dataset; stored next to it as the reuse marker. */
export interface BenchFixture {
  /** Bumped when the generator changes, so an old dataset is not silently reused. */
  version: 2;
  size: DatasetSize;
  staffUserId: string;
  shapes: Record<ShapeName, ShapeFixture>;
}

/** Customers per transaction: a few thousand rows, so SQLite commits rarely and PostgreSQL's transactions stay small. */
const CUSTOMERS_PER_FLUSH = 50;

/** The bulk of a service company: customers with two sites and trees of ten assets, three levels deep. */
async function generateBulk(db: Kysely<Database>, gen: Generator, size: DatasetSize, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  let pending = noRows();
  for (let c = 0; c < size.customers; c++) {
    addCustomer(gen, pending, { name: `Customer ${c}`, sites: 2, trees: Math.ceil(size.assetsPerCustomer / 10), treeSize: 10, parentOf: balanced(3) });
    if ((c + 1) % CUSTOMERS_PER_FLUSH === 0 || c === size.customers - 1) {
      await insertPending(db, pending);
      pending = noRows();
    }
    if ((c + 1) % 1000 === 0) log(`  ${c + 1}/${size.customers} customers, ${gen.assetSequence.toLocaleString('en')} assets, ${gen.workOrderSequence.toLocaleString('en')} work orders (${Math.round((Date.now() - started) / 1000)} s)`);
  }
}

export async function generateDataset(db: Kysely<Database>, size: DatasetSize, log: (line: string) => void): Promise<BenchFixture> {
  const gen = newGenerator(20_261_204);
  await generateBulk(db, gen, size, log);
  const shapes = await generateShapes(db, gen, log);
  const staffUserId = await insertStaffUser(db, gen.nowIso);
  log(`  done: ${gen.assetSequence.toLocaleString('en')} assets, ${gen.workOrderSequence.toLocaleString('en')} work orders`);
  return { version: 2, size, staffUserId, shapes };
}
