import { Type, type Static } from 'typebox';
import type { AppContext, DbExecutor } from '../../context.js';
import { Body, Id, Nullable, Timestamp } from '../../http/schemas.js';
import { NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { findVisibleCustomer } from '../customers/customers.repository.js';
import { findVisibleTicketType } from '../ticket-types/ticket-types.repository.js';
import type { TicketRoutesTable } from '../../db/ticket-notification-tables.js';
import { assertResponsibleReferences } from './ticket-routing.js';

export const TicketRoute = Type.Object({
  ticketTypeId: Id,
  customerId: Id,
  customerName: Type.String(),
  responsibleUserId: Nullable(Id),
  responsibleGroupId: Nullable(Id),
  updatedAt: Timestamp,
});
export type TicketRoute = Static<typeof TicketRoute>;

export const TicketRouteInput = Body({ responsibleUserId: Nullable(Id), responsibleGroupId: Nullable(Id) });
export type TicketRouteInput = Static<typeof TicketRouteInput>;

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type TicketRoutesService = ReturnType<typeof createTicketRoutesService>;

function toTicketRoute(row: TicketRoutesTable & { customer_name: string }): TicketRoute {
  return {
    ticketTypeId: row.ticket_type_id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    responsibleUserId: row.responsible_user_id,
    responsibleGroupId: row.responsible_group_id,
    updatedAt: row.updated_at,
  };
}

/** Per-customer routing of a ticket type: a customer's own responsible overrides the type's default. */
export function createTicketRoutesService({ db, clock }: Pick<AppContext, 'db' | 'clock'>) {
  async function typeForStaff(scope: AccessScope, typeId: string) {
    assertStaffMay(scope.principal, 'manage_records');
    const type = await findVisibleTicketType(db, scope, typeId);
    if (!type) throw new NotFoundError('Ticket type not found.');
    return type;
  }

  function selectRoutes(typeId: string) {
    return db
      .selectFrom('ticket_routes')
      .innerJoin('customers', 'customers.id', 'ticket_routes.customer_id')
      .selectAll('ticket_routes')
      .select('customers.name as customer_name')
      .where('ticket_routes.ticket_type_id', '=', typeId);
  }

  return {
    async list(scope: AccessScope, typeId: string): Promise<TicketRoute[]> {
      await typeForStaff(scope, typeId);
      const rows = await selectRoutes(typeId).where(scope.visible('customers')).orderBy('customers.name').orderBy('customers.id').execute();
      return rows.map(toTicketRoute);
    },

    async put(scope: AccessScope, typeId: string, customerId: string, input: TicketRouteInput, facts: Facts): Promise<TicketRoute> {
      const type = await typeForStaff(scope, typeId);
      assertStaffMay(scope.principal, 'manage_settings');
      if (!(await findVisibleCustomer(db, scope, customerId))) throw new NotFoundError('Customer not found.');
      if (type.customer_id && type.customer_id !== customerId) {
        throw new UnprocessableError('customerId: this ticket type belongs to another customer.', 'invalid_reference', { field: 'customerId' });
      }
      if (!input.responsibleUserId && !input.responsibleGroupId) {
        throw new UnprocessableError('A route names a responsible user or group (remove the route to use the type’s default).', 'invalid_field', {
          field: 'responsibleUserId',
        });
      }
      await assertResponsibleReferences(db, input.responsibleUserId, input.responsibleGroupId);
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        const before = await selectRoutesIn(trx, typeId, customerId);
        const values = { responsible_user_id: input.responsibleUserId, responsible_group_id: input.responsibleGroupId, updated_at: now };
        if (before) await trx.updateTable('ticket_routes').set(values).where('ticket_type_id', '=', typeId).where('customer_id', '=', customerId).execute();
        else await trx.insertInto('ticket_routes').values({ ticket_type_id: typeId, customer_id: customerId, created_at: now, ...values }).execute();
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: before ? 'update' : 'create',
          resourceType: 'ticket_route',
          resourceId: typeId,
          customerId,
          before: before ? { responsibleUserId: before.responsible_user_id, responsibleGroupId: before.responsible_group_id } : null,
          after: { responsibleUserId: input.responsibleUserId, responsibleGroupId: input.responsibleGroupId },
        });
      });
      const row = await selectRoutes(typeId).where('ticket_routes.customer_id', '=', customerId).executeTakeFirstOrThrow();
      return toTicketRoute(row);
    },

    async remove(scope: AccessScope, typeId: string, customerId: string, facts: Facts): Promise<void> {
      await typeForStaff(scope, typeId);
      assertStaffMay(scope.principal, 'manage_settings');
      if (!(await findVisibleCustomer(db, scope, customerId))) throw new NotFoundError('Customer not found.');
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        const before = await selectRoutesIn(trx, typeId, customerId);
        if (!before) return;
        await trx.deleteFrom('ticket_routes').where('ticket_type_id', '=', typeId).where('customer_id', '=', customerId).execute();
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'delete',
          resourceType: 'ticket_route',
          resourceId: typeId,
          customerId,
          before: { responsibleUserId: before.responsible_user_id, responsibleGroupId: before.responsible_group_id },
        });
      });
    },
  };
}

function selectRoutesIn(trx: DbExecutor, typeId: string, customerId: string) {
  return trx.selectFrom('ticket_routes').selectAll().where('ticket_type_id', '=', typeId).where('customer_id', '=', customerId).executeTakeFirst();
}
