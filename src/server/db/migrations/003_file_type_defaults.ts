import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The file types a new installation starts with. Data only: staff rename, add or archive types later
 * through /file-types; only customer-visible types ever reach the portal.
 */
const DEFAULT_FILE_TYPES: readonly { name: string; customerVisible: boolean }[] = [
  { name: 'Certificate', customerVisible: true },
  { name: 'Report', customerVisible: true },
  { name: 'Photo', customerVisible: true },
  { name: 'Drawing', customerVisible: true },
  { name: 'Invoice', customerVisible: true },
  { name: 'Internal', customerVisible: false },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const now = new Date().toISOString();
  for (const type of DEFAULT_FILE_TYPES) {
    await sql`insert into file_types (id, name, customer_visible, created_at, updated_at)
      values (${randomUUID()}, ${type.name}, ${type.customerVisible ? 1 : 0}, ${now}, ${now})`.execute(db);
  }
}
