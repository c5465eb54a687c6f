import type { Migration } from 'kysely';
import * as m001 from './001_foundation.js';
import * as m002 from './002_back_office.js';

/**
 * Every migration, in order. Listed statically (not read from the directory) so they run the same under
 * tsx, vitest and a bundled build. Forward-only: never edit a migration that has shipped; add a new one.
 */
export const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_back_office': m002,
};
