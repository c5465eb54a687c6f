import type { Kysely, Transaction } from 'kysely';
import type { AppConfig } from './config.js';
import type { Engine } from './db/database.js';
import type { Database } from './db/schema.js';

/** The time source; tests pass a controllable one to move through session timeouts and link expiry. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** What a repository runs its queries on: the database or an open transaction. */
export type DbExecutor = Kysely<Database> | Transaction<Database>;

/** The few shared things services are built from; each service picks what it needs (Pick<>). */
export interface AppContext {
  config: AppConfig;
  db: Kysely<Database>;
  engine: Engine;
  clock: Clock;
}
