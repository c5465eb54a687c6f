import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ExternalFacts } from './access-facts.js';

/** Users whose facts one process keeps; a consolidated account's facts hold ~1,000 customer ids. */
const MAX_USERS = 2000;

interface Entry {
  epoch: number;
  facts: ExternalFacts;
}

/**
 * External users' access facts, kept per process under the access epoch they were loaded at (migration
 * 014: triggers move the epoch on every change the facts are built from). Each request reads the epoch
 * with its session (one statement it runs anyway) and reuses the facts only if the epoch is unchanged,
 * so a change made by any process, or by hand in SQL, is seen by the next request everywhere.
 *
 * The facts are loaded after the epoch was read, so an entry is never older than its epoch says; at
 * worst newer, which only costs a reload.
 */
export class AccessFactsCache {
  readonly #entries = new Map<string, Entry>();

  get(userId: string, epoch: number): ExternalFacts | undefined {
    const entry = this.#entries.get(userId);
    if (!entry || entry.epoch !== epoch) return undefined;
    // Most recently used last, so the eviction below drops the least recently used user.
    this.#entries.delete(userId);
    this.#entries.set(userId, entry);
    return entry.facts;
  }

  set(userId: string, epoch: number, facts: ExternalFacts): void {
    const current = this.#entries.get(userId);
    // A request that read an older epoch must not replace facts loaded at a newer one.
    if (current && current.epoch > epoch) return;
    this.#entries.delete(userId);
    if (this.#entries.size >= MAX_USERS) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(userId, { epoch, facts: deepFreeze(facts) });
  }
}

/** Shared between requests, so nothing may change them in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const caches = new WeakMap<Kysely<Database>, AccessFactsCache>();

/** One cache per database handle (an app, or a test's app), never shared between two databases. */
export function accessFactsCacheOf(db: Kysely<Database>): AccessFactsCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new AccessFactsCache()));
  return cache;
}
