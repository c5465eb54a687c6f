import type { Kysely } from 'kysely';
import { timestampType } from './helpers.js';

/**
 * API tokens for integrations (SPEC §4, `Authorization: Bearer …`): each acts as the user who created it,
 * with that user's role and access. Only the SHA-256 of the secret is stored; `prefix` (the first
 * characters) lets people tell their tokens apart. Revoked tokens stay listed for the audit trail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts)
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .execute();
  await db.schema.createIndex('api_tokens_user_created_idx').on('api_tokens').columns(['user_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('api_tokens_created_idx').on('api_tokens').columns(['created_at', 'id']).execute();
}
