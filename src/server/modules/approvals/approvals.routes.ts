import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { ApprovalRecordType } from '../../db/approval-tables.js';
import { errorResponses, Id } from '../../http/schemas.js';
import { requestFacts, requireScope } from '../../plugins/authentication.js';
import { Approval, ApprovalDecisionInput, ApprovalHistory, ApprovalRequestInput } from './approvals.mapping.js';
import type { ApprovalsService } from './approvals.service.js';

const IdParams = Type.Object({ id: Id });

/** The same three routes under /orders/:id and /work-orders/:id (issue #14). */
const RECORDS: { type: ApprovalRecordType; base: string; tag: string; noun: string }[] = [
  { type: 'order', base: '/orders', tag: 'orders', noun: 'an order' },
  { type: 'work_order', base: '/work-orders', tag: 'work orders', noun: 'a completed work order' },
];

export const approvalsRoutes: FastifyPluginAsyncTypebox<{ approvals: ApprovalsService }> = async (app, { approvals }) => {
  for (const { type, base, tag, noun } of RECORDS) {
    const tags = [tag];
    app.get(
      `${base}/:id/approvals`,
      { schema: { tags, summary: `Approval history of ${noun}, newest first`, params: IdParams, response: { 200: ApprovalHistory } } },
      async (request) => approvals.history(await requireScope(request), type, request.params.id),
    );

    app.post(
      `${base}/:id/approval-requests`,
      {
        schema: {
          tags,
          summary: `Ask the customer to approve ${noun} for an amount (staff); after a decision, a new round`,
          params: IdParams,
          body: ApprovalRequestInput,
          response: { 201: Approval, ...errorResponses(409) },
        },
      },
      async (request, reply) => reply.status(201).send(await approvals.request(await requireScope(request), type, request.params.id, request.body, requestFacts(request))),
    );

    app.post(
      `${base}/:id/approval-decisions`,
      {
        schema: {
          tags,
          summary: `Approve or decline ${noun} while an approval is requested: portal users with the approve capability, or staff on the customer's behalf with evidence`,
          params: IdParams,
          body: ApprovalDecisionInput,
          response: { 200: Approval, ...errorResponses(409, 422) },
        },
      },
      async (request) => approvals.decide(await requireScope(request), type, request.params.id, request.body, requestFacts(request)),
    );
  }
};
