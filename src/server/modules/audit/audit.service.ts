import type { Static } from 'typebox';
import type { AppContext } from '../../context.js';
import { NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { loadRecordNames } from './audit-record-names.js';
import { recordsNamedBy, toAuditEvent } from './audit.mapping.js';
import { findAuditEvent, listAuditEvents, type AuditEventRow } from './audit.repository.js';
import type { AuditQuery } from './audit.routes.js';

/** Timestamps compare as text on SQLite, so bounds are brought to the stored form (UTC, milliseconds). */
const normalizeInstant = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

export function createAuditService({ db }: Pick<AppContext, 'db'>) {
  /** Events with their records, actors and customers named: one query per table for the whole page. */
  async function present(rows: AuditEventRow[]) {
    const names = await loadRecordNames(db, recordsNamedBy(rows));
    return rows.map((row) => toAuditEvent(row, names));
  }

  return {
    async list(scope: AccessScope, query: Static<typeof AuditQuery>) {
      assertStaffMay(scope.principal, 'view_audit');
      const filters = { ...query, from: normalizeInstant(query.from), to: normalizeInstant(query.to) };
      const page = await listAuditEvents(db, filters, { cursor: query.cursor, limit: query.limit });
      return { items: await present(page.rows), nextCursor: page.nextCursor };
    },
    async get(scope: AccessScope, id: string) {
      assertStaffMay(scope.principal, 'view_audit');
      const row = await findAuditEvent(db, id);
      if (!row) throw new NotFoundError('Audit event not found.');
      const [event] = await present([row]);
      return event!;
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
