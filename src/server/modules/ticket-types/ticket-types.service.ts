import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';
import { assertResponsibleReferences } from '../ticket-routing/ticket-routing.js';
import { storedNameTranslations } from '../i18n/name-translations.js';
import { toTicketType, type TicketTypeInput, type TicketTypePatch } from './ticket-types.mapping.js';
import {
  findVisibleTicketType,
  insertTicketType,
  listTicketTypes,
  ticketTypeKeyTaken,
  updateTicketTypeRow,
  type TicketTypeListFilters,
  type TicketTypeRow,
} from './ticket-types.repository.js';

const SORT_COLUMNS = { name: caseless('name'), key: 'key', createdAt: 'created_at' };
export const TICKET_TYPE_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type TicketTypesService = ReturnType<typeof createTicketTypesService>;

export function createTicketTypesService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<TicketTypeRow> {
    const row = await findVisibleTicketType(db, scope, id);
    if (!row) throw new NotFoundError('Ticket type not found.');
    return row;
  }

  return {
    async list(scope: AccessScope, query: TicketTypeListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'name');
      const page = await listTicketTypes(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map((row) => toTicketType(row, scope.principal)), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toTicketType(await getVisible(scope, id), scope.principal);
    },

    async create(scope: AccessScope, input: TicketTypeInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_settings');
      const customerId = input.customerId ?? null;
      if (customerId && !(await findVisibleCustomer(db, scope, customerId))) {
        throw new UnprocessableError('customerId: no such customer.', 'invalid_reference');
      }
      await assertResponsibleReferences(db, input.defaultResponsibleUserId, input.defaultResponsibleGroupId, 'default');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (await ticketTypeKeyTaken(trx, input.key, customerId)) throw new ConflictError(`Ticket type key "${input.key}" is already in use.`);
        const created: TicketTypeRow = {
          id: newId(),
          key: input.key,
          name: input.name,
          name_translations: storedNameTranslations(input.nameTranslations),
          customer_id: customerId,
          default_responsible_user_id: input.defaultResponsibleUserId ?? null,
          default_responsible_group_id: input.defaultResponsibleGroupId ?? null,
          first_response_minutes: input.firstResponseMinutes ?? null,
          resolution_minutes: input.resolutionMinutes ?? null,
          created_at: now,
          updated_at: now,
          archived_at: null,
        };
        await insertTicketType(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'ticket_type',
          resourceId: created.id,
          customerId,
          after: toTicketType(created, scope.principal),
        });
        return created;
      });
      return toTicketType(row, scope.principal);
    },

    async update(scope: AccessScope, id: string, patch: TicketTypePatch, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_settings');
      await assertResponsibleReferences(db, patch.defaultResponsibleUserId, patch.defaultResponsibleGroupId, 'default');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        if (patch.key && patch.key !== before.key && (await ticketTypeKeyTaken(trx, patch.key, before.customer_id, id))) {
          throw new ConflictError(`Ticket type key "${patch.key}" is already in use.`);
        }
        const after: TicketTypeRow = {
          ...before,
          key: patch.key ?? before.key,
          name: patch.name ?? before.name,
          name_translations: patch.nameTranslations ? storedNameTranslations(patch.nameTranslations) : before.name_translations,
          default_responsible_user_id: patch.defaultResponsibleUserId === undefined ? before.default_responsible_user_id : patch.defaultResponsibleUserId,
          default_responsible_group_id: patch.defaultResponsibleGroupId === undefined ? before.default_responsible_group_id : patch.defaultResponsibleGroupId,
          // New targets apply to tickets raised from now on; raised ones keep the due times they were given.
          first_response_minutes: patch.firstResponseMinutes === undefined ? before.first_response_minutes : patch.firstResponseMinutes,
          resolution_minutes: patch.resolutionMinutes === undefined ? before.resolution_minutes : patch.resolutionMinutes,
          updated_at: now,
        };
        const { id: _id, created_at: _created, archived_at: _archived, customer_id: _customer, ...changes } = after;
        await updateTicketTypeRow(trx, id, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'ticket_type',
          resourceId: id,
          customerId: before.customer_id,
          before: toTicketType(before, scope.principal),
          after: toTicketType(after, scope.principal),
        });
        return after;
      });
      return toTicketType(row, scope.principal);
    },

    /** Archived types are no longer offered for new tickets; tickets that have one keep it. */
    async archive(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertStaffMay(scope.principal, 'manage_settings');
      if (before.archived_at) return;
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await updateTicketTypeRow(trx, id, { archived_at: now, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'archive',
          resourceType: 'ticket_type',
          resourceId: id,
          customerId: before.customer_id,
          before: toTicketType(before, scope.principal),
        });
      });
    },
  };
}
