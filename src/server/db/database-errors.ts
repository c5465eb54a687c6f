import { SLOW_LANE_TIMEOUT } from './postgres-lanes.js';

/**
 * Database failures that mean "busy or away", not "bug": the API answers them 503 with Retry-After
 * (plugins/errors.ts) so clients and load balancers back off instead of seeing an opaque 500.
 */
export interface DatabaseUnavailability {
  code: 'database_busy' | 'service_unavailable';
  message: string;
  retryAfterSeconds: number;
}

// pg-pool has no error code for this; the message is its only mark (pg-pool/index.js).
const POOL_ACQUIRE_TIMEOUT = 'timeout exceeded when trying to connect';
const UNREACHABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE']);

export function databaseUnavailability(error: unknown): DatabaseUnavailability | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  // 57014 query_canceled: statement_timeout fired (the app never cancels statements otherwise); SQLite
  // reader threads stop a read at the same deadline (sqlite-read-pool.ts).
  if (code === '57014' || code === 'SQLITE_STATEMENT_TIMEOUT') {
    return { code: 'database_busy', message: 'The database took too long to answer. Try again shortly.', retryAfterSeconds: 5 };
  }
  if (error.message.includes(POOL_ACQUIRE_TIMEOUT) || code === SLOW_LANE_TIMEOUT) {
    return { code: 'database_busy', message: 'All database connections are busy. Try again shortly.', retryAfterSeconds: 2 };
  }
  // SQLite: another writer held the lock longer than busy_timeout.
  if (code === 'SQLITE_BUSY') {
    return { code: 'database_busy', message: 'The database is busy. Try again shortly.', retryAfterSeconds: 2 };
  }
  // 53300 too_many_connections, 57P01-57P03 shutdown / cannot connect now, class 08 connection exceptions.
  if (typeof code === 'string' && (UNREACHABLE_NETWORK_CODES.has(code) || /^(53300|57P0[123]|08...)$/.test(code))) {
    return { code: 'service_unavailable', message: 'The database is not reachable. Try again later.', retryAfterSeconds: 10 };
  }
  return undefined;
}

/**
 * A unique index refused a row: another request wrote the same key between this one's check and its
 * insert (two clicks on "create", two tabs enrolling at once). The error handler answers 409, not 500.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
