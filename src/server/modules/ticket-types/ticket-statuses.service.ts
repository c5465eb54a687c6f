import { storedNameTranslations } from '../i18n/name-translations.js';
import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { toTicketStatus, type TicketStatusInput, type TicketStatusPatch } from './ticket-statuses.mapping.js';
import {
  findTicketStatus,
  insertTicketStatus,
  listTicketStatuses,
  makeInitialStatus,
  nextStatusPosition,
  ticketStatusKeyTaken,
  updateTicketStatusRow,
  type TicketStatusListFilters,
  type TicketStatusRow,
} from './ticket-statuses.repository.js';

const SORT_COLUMNS = { position: 'position', name: caseless('name'), key: 'key' };
export const TICKET_STATUS_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type TicketStatusesService = ReturnType<typeof createTicketStatusesService>;

export function createTicketStatusesService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getStatus(id: string): Promise<TicketStatusRow> {
    const row = await findTicketStatus(db, id);
    if (!row) throw new NotFoundError('Ticket status not found.');
    return row;
  }

  return {
    async list(_scope: AccessScope, query: TicketStatusListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'position');
      const page = await listTicketStatuses(db, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toTicketStatus), nextCursor: page.nextCursor };
    },

    async get(_scope: AccessScope, id: string) {
      return toTicketStatus(await getStatus(id));
    },

    async create(scope: AccessScope, input: TicketStatusInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_settings');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (await ticketStatusKeyTaken(trx, input.key)) throw new ConflictError(`Ticket status key "${input.key}" is already in use.`);
        const created: TicketStatusRow = {
          id: newId(),
          key: input.key,
          name: input.name,
          name_translations: storedNameTranslations(input.nameTranslations),
          category: input.category,
          position: input.position ?? (await nextStatusPosition(trx)),
          is_initial: 0,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertTicketStatus(trx, created);
        if (input.isInitial) {
          await makeInitialStatus(trx, created.id, now);
          created.is_initial = 1;
        }
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'ticket_status',
          resourceId: created.id,
          after: toTicketStatus(created),
        });
        return created;
      });
      return toTicketStatus(row);
    },

    async update(scope: AccessScope, id: string, patch: TicketStatusPatch, facts: Facts) {
      const before = await getStatus(id);
      assertStaffMay(scope.principal, 'manage_settings');
      if (patch.isInitial === false && before.is_initial === 1) {
        throw new UnprocessableError('isInitial: make another status initial instead; one status must be initial.', 'initial_status_required');
      }
      if (patch.isInitial && before.archived_at) {
        throw new UnprocessableError('isInitial: an archived status cannot be initial.', 'archived');
      }
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (patch.key && patch.key !== before.key && (await ticketStatusKeyTaken(trx, patch.key, id))) {
          throw new ConflictError(`Ticket status key "${patch.key}" is already in use.`);
        }
        const after: TicketStatusRow = {
          ...before,
          key: patch.key ?? before.key,
          name: patch.name ?? before.name,
          name_translations: patch.nameTranslations ? storedNameTranslations(patch.nameTranslations) : before.name_translations,
          category: patch.category ?? before.category,
          position: patch.position ?? before.position,
          is_initial: patch.isInitial ? 1 : before.is_initial,
          updated_at: now,
        };
        const { id: _id, is_initial: _initial, ...changes } = after;
        await updateTicketStatusRow(trx, id, changes);
        if (patch.isInitial && !before.is_initial) await makeInitialStatus(trx, id, now);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'ticket_status',
          resourceId: id,
          before: toTicketStatus(before),
          after: toTicketStatus(after),
        });
        return after;
      });
      return toTicketStatus(row);
    },

    /** Tickets in an archived status keep it; it is only no longer offered. */
    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getStatus(id);
      assertStaffMay(scope.principal, 'manage_settings');
      if (before.archived_at) return;
      if (before.is_initial) {
        throw new UnprocessableError('Make another status initial before archiving this one.', 'initial_status_required');
      }
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateTicketStatusRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'ticket_status',
          resourceId: id,
          before: toTicketStatus(before),
        });
      });
    },
  };
}
