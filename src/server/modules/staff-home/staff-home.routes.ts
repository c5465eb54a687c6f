import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppContext } from '../../context.js';
import { Timestamp } from '../../http/schemas.js';
import { requireScope, requireStaff } from '../../plugins/authentication.js';
import { assetsDueByMonth, ticketsByWeek } from './staff-home-charts.js';
import { countStaffQueues, UNFINISHED_WORK_ORDER_STATUSES } from './staff-home-queues.js';

const DUE_SOON_DAYS = 30;
const DateOnly = Type.String({ format: 'date' });
const Count = Type.Object({ count: Type.Integer(), capped: Type.Boolean() });

const StaffHome = Type.Object({
  /** The boundaries the counts used, so the cards link to lists filtered the same way. */
  asOf: Type.Object({ now: Timestamp, today: DateOnly, dueBefore: DateOnly, unfinishedWorkOrderStatuses: Type.Array(Type.String()) }),
  queues: Type.Object({
    newUnassignedTickets: Count,
    myTickets: Count,
    ticketsAtRisk: Count,
    overdueWorkOrders: Count,
    assetsDueSoon: Count,
    pendingInvitations: Count,
  }),
  ticketsByWeek: Type.Array(Type.Object({ weekStart: DateOnly, created: Type.Integer(), resolved: Type.Integer(), open: Type.Integer(), capped: Type.Boolean() })),
  assetsDue: Type.Object({
    overdue: Count,
    months: Type.Array(Type.Object({ month: Type.String(), count: Type.Integer(), capped: Type.Boolean() })),
  }),
});

/** GET /staff-home: the back office's start page in one request. Staff only, like the other back-office endpoints. */
export const staffHomeRoutes: FastifyPluginAsyncTypebox<{ ctx: Pick<AppContext, 'db' | 'clock'> }> = async (app, { ctx }) => {
  app.get(
    '/staff-home',
    {
      schema: {
        tags: ['staff-home'],
        summary: 'Work queues with counts (capped) and the ticket and asset-due charts of the staff home (staff only)',
        response: { 200: StaffHome },
      },
    },
    async (request) => {
      const principal = requireStaff(request);
      const scope = await requireScope(request);
      const now = ctx.clock();
      const today = now.toISOString().slice(0, 10);
      const dueBefore = new Date(Date.parse(today) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
      const [queues, weeks, assetsDue] = await Promise.all([
        countStaffQueues(ctx.db, scope, { userId: principal.userId, now: now.toISOString(), dueBefore }),
        ticketsByWeek(ctx.db, scope, now),
        assetsDueByMonth(ctx.db, scope, now),
      ]);
      return {
        asOf: { now: now.toISOString(), today, dueBefore, unfinishedWorkOrderStatuses: [...UNFINISHED_WORK_ORDER_STATUSES] },
        queues,
        ticketsByWeek: weeks,
        assetsDue,
      };
    },
  );
};
