import type { DbExecutor } from '../context.js';

/**
 * Next human-readable number of a kind (WO-000042), allocated inside the caller's transaction so a
 * rolled-back create does not burn a number and two creates never get the same one.
 */
export async function nextNumber(db: DbExecutor, name: string, prefix: string): Promise<string> {
  const row = await db
    .insertInto('sequences')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('sequences.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return `${prefix}-${String(row.value).padStart(6, '0')}`;
}
