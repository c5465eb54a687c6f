import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { DEFAULT_LIMIT, MAX_LIMIT, PageOf } from '../../http/list-query.js';
import { Body, errorResponses, Id, Literals, Nullable, Timestamp } from '../../http/schemas.js';
import { AccessModeFields as Modes } from './access-schemas.js';
import { clearPreviewCookie, PREVIEW_COOKIE, requestFacts, requireScope, requireSession } from '../../plugins/authentication.js';
import { ForbiddenError } from '../../plugins/errors.js';
import { ROLE_TEMPLATE_KEYS } from './access-config.js';
import { PREVIEW_COUNT_CAP, PREVIEW_KIND_KEYS, PREVIEW_KINDS } from './access-change-preview.js';
import { ACCESS_CHANGE_ACTIONS } from './access-changes.js';
import type { AccessAdminService } from './access-admin.service.js';
import { EXPLAINABLE_TYPES, explainAccess, whoCanSee } from './explain-access.js';
import { PORTAL_AREAS } from '../customers/customers.mapping.js';
import { NAMED_TYPES, REASON_CODES } from './access-reasons.js';
import type { PreviewService } from './preview.service.js';
import { assertStaffMay } from './staff-permissions.js';

const GRANT_TYPES = ['asset', 'project', 'work_order', 'order', 'ticket', 'schedule_entry'] as const;
const IdParams = Type.Object({ id: Id });

const SiteAccess = Body({ siteId: Id, level: Literals(['read', 'write'] as const) });
const Ids = Type.Array(Id, { maxItems: 500 });
const CapabilityFields = {
  manageDevices: Type.Boolean(),
  createTickets: Type.Boolean(),
  ticketTypeIds: Ids,
  statusIds: Ids,
  recipientUserIds: Ids,
  recipientGroupIds: Ids,
  uploadFiles: Type.Boolean(),
  customerAdmin: Type.Boolean(),
  approve: Type.Boolean(),
  /** Integer cents (32-bit, like every stored amount); null = no limit. */
  approvalLimit: Nullable(Type.Integer({ minimum: 0, maximum: 2_147_483_647 })),
};
const Access = Type.Object({
  userId: Id,
  customerId: Nullable(Id),
  roleTemplate: Nullable(Type.String()),
  /** Modes or capabilities were changed after the template was applied. */
  templateAdjusted: Type.Boolean(),
  sitesFromContact: Type.Boolean({ description: "While on and the user's contact is related to sites, those sites (at read level, write where the user's own configuration allows) are the user's site scope instead of sitesRestricted/sites" }),
  sitesRestricted: Type.Boolean(),
  sites: Type.Array(SiteAccess),
  modes: Type.Object(Modes),
  capabilities: Type.Object(CapabilityFields),
  contact: Nullable(
    Type.Object(
      {
        id: Id,
        name: Type.String(),
        sites: Type.Array(Type.Object({ id: Id, name: Type.String() })),
        archived: Type.Boolean({ description: 'An archived contact still gives the user its sites, so archiving never widens what they see' }),
      },
      { description: 'The contact the user is linked to, with the sites it is related to' },
    ),
  ),
  siteSource: Literals(['own', 'contact'] as const),
});
const AccessPatch = Body({
  roleTemplate: Type.Optional(Literals(ROLE_TEMPLATE_KEYS)),
  /** The contact the user belongs to, of the user's customers (null: none). */
  contactId: Type.Optional(Nullable(Id)),
  sitesFromContact: Type.Optional(Type.Boolean({ description: 'Take the contact\'s sites (true) or the user\'s own (false, the per-user override); unchanged when omitted, so sites sent alone are stored but apply only once this is off' })),
  sitesRestricted: Type.Optional(Type.Boolean()),
  sites: Type.Optional(Type.Array(SiteAccess, { maxItems: 500 })),
  modes: Type.Optional(Type.Partial(Body(Modes))),
  capabilities: Type.Optional(Type.Partial(Body(CapabilityFields))),
});
const RecordChange = Type.Object({
  count: Type.Integer({ minimum: 0, maximum: PREVIEW_COUNT_CAP }),
  more: Type.Boolean({ description: `More records than count change: counting stops at ${PREVIEW_COUNT_CAP}` }),
  examples: Type.Array(Type.Object({ id: Id, name: Type.String() }), { maxItems: 5 }),
});
const AccessChangePreview = Type.Object({
  kinds: Type.Array(
    Type.Object({
      kind: Literals(PREVIEW_KIND_KEYS),
      type: Literals(Object.values(PREVIEW_KINDS).map((k) => k.type)),
      added: RecordChange,
      removed: RecordChange,
    }),
  ),
});
const GrantRequest = Body({ resourceType: Literals(GRANT_TYPES), resourceId: Id, kind: Literals(['visible', 'assigned'] as const) });
/** A page of the record picker at most; keeps one request's transaction short. */
const MAX_GRANTS_PER_BATCH = 200;
const Grant = Type.Object({ resourceType: Literals(GRANT_TYPES), resourceId: Id, kind: Literals(['visible', 'assigned'] as const), createdAt: Timestamp });

const ExplanationStep = Type.Object({
  code: Literals(REASON_CODES),
  area: Type.Optional(Literals(PORTAL_AREAS)),
  record: Type.Optional(Type.Object({ type: Literals(NAMED_TYPES), id: Id, name: Type.String() })),
});
const ExplanationSchema = Type.Object({
  visible: Type.Boolean(),
  reasons: Type.Array(Type.String(), { description: 'Why the record is visible, in English; empty when it is not' }),
  denied: Nullable(Type.String({ description: 'Why it is not visible, in English' })),
  steps: Type.Object(
    { reasons: Type.Array(Type.Array(ExplanationStep)), denied: Nullable(ExplanationStep) },
    { description: 'The same reasons as codes, for a client to word them in its own language: each reason is a chain of steps, each holding because of the next' },
  ),
});

const RecordViewer = Type.Object({
  user: Type.Object({ id: Id, displayName: Type.String(), login: Type.String(), status: Literals(['active', 'pending'] as const) }),
  granted: Type.Boolean({ description: 'The record itself is granted to the user: removing that grant may end their access' }),
  explanation: ExplanationSchema,
});
const RecordQuery = Type.Object({ resourceType: Literals(EXPLAINABLE_TYPES), resourceId: Id }, { additionalProperties: false });

const AccessChange = Type.Object({
  id: Id,
  occurredAt: Timestamp,
  action: Literals(ACCESS_CHANGE_ACTIONS),
  user: Type.Object({ id: Id, displayName: Type.String() }),
  actor: Nullable(Type.Object({ kind: Literals(['staff', 'external'] as const), displayName: Type.String() }, { description: 'Who made the change; null for the system' })),
  record: Nullable(Type.Object({ type: Literals(GRANT_TYPES), id: Id, name: Nullable(Type.String({ description: 'Null when the caller cannot see the record' })) })),
});
const AccessChangesQuery = Type.Object(
  {
    userId: Type.Optional(Id),
    customerId: Type.Optional(Id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT })),
    cursor: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

const tags = ['portal access'];

export const accessAdminRoutes: FastifyPluginAsyncTypebox<{ accessAdmin: AccessAdminService; preview: PreviewService }> = async (app, { accessAdmin, preview }) => {
  app.get(
    '/users/role-templates',
    {
      schema: {
        tags,
        summary: 'The role templates and whether the caller may give each (a customer admin: only within their own access, sites aside)',
        querystring: Type.Object({ customerId: Type.Optional(Id) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                key: Literals(ROLE_TEMPLATE_KEYS),
                allowed: Type.Boolean(),
                beyond: Type.Array(Type.String()),
                modes: Type.Object(Modes, { description: 'What applying the template sets, for this customer' }),
                capabilities: Type.Object(CapabilityFields),
              }),
            ),
          }),
          ...errorResponses(422),
        },
      },
    },
    async (request) => accessAdmin.roleTemplates(await requireScope(request), request.query.customerId),
  );

  app.get(
    '/access-changes',
    {
      schema: {
        tags,
        summary: "Access changes of the portal users the caller manages, newest first (a customer admin: their colleagues'): what was done, to whom, by whom",
        querystring: AccessChangesQuery,
        response: { 200: PageOf(AccessChange) },
      },
    },
    async (request) => accessAdmin.accessChanges(await requireScope(request), request.query),
  );

  app.get('/users/:id/access', { schema: { tags, summary: "An external user's scope, modes and capabilities", params: IdParams, response: { 200: Access } } }, async (request) =>
    accessAdmin.getAccess(await requireScope(request), request.params.id),
  );

  app.put(
    '/users/:id/access',
    { schema: { tags, summary: 'Change access: a role template (reset) and/or fields; audited', params: IdParams, body: AccessPatch, response: { 200: Access } } },
    async (request) => accessAdmin.updateAccess(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.post(
    '/users/:id/access/preview',
    {
      schema: {
        tags,
        summary: 'What saving this access change would add to and remove from what the user sees, computed by the access policy; nothing is saved',
        params: IdParams,
        body: AccessPatch,
        response: { 200: AccessChangePreview, ...errorResponses(404, 422) },
      },
    },
    async (request) => accessAdmin.previewAccessChange(await requireScope(request), request.params.id, request.body, requestFacts(request)),
  );

  app.get('/users/:id/grants', { schema: { tags, summary: 'Records granted to the user', params: IdParams, response: { 200: Type.Object({ items: Type.Array(Grant) }) } } }, async (request) =>
    accessAdmin.listGrants(await requireScope(request), request.params.id),
  );

  app.post(
    '/users/:id/grants',
    {
      schema: {
        tags,
        summary: 'Grant a record: "visible" (only make visible) or "assigned"; cascades down asset and project trees',
        params: IdParams,
        body: Body({ resourceType: Literals(GRANT_TYPES), resourceId: Id, kind: Literals(['visible', 'assigned'] as const), notify: Type.Optional(Type.Boolean()) }),
        response: { 201: Grant },
      },
    },
    async (request, reply) => reply.status(201).send(await accessAdmin.addGrant(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.post(
    '/users/:id/grants/batch',
    {
      schema: {
        tags,
        summary: 'Grant several records at once: all or none, one notification mail for the batch',
        description:
          'Each record must be visible to the caller and belong to the user\'s customers (422 naming `grants[i].resourceId` otherwise); a record already granted is a 409 naming it. `notify` defaults to true when a project is among the records.',
        params: IdParams,
        body: Body({ grants: Type.Array(GrantRequest, { minItems: 1, maxItems: MAX_GRANTS_PER_BATCH }), notify: Type.Optional(Type.Boolean()) }),
        response: { 201: Type.Object({ items: Type.Array(Grant) }) },
      },
    },
    async (request, reply) => reply.status(201).send(await accessAdmin.addGrants(await requireScope(request), request.params.id, request.body, requestFacts(request))),
  );

  app.delete(
    '/users/:id/grants/:resourceType/:resourceId',
    { schema: { tags, summary: 'Remove a grant', params: Type.Object({ id: Id, resourceType: Literals(GRANT_TYPES), resourceId: Id }), response: { 204: Type.Null() } } },
    async (request, reply) => {
      await accessAdmin.removeGrant(await requireScope(request), request.params.id, request.params.resourceType, request.params.resourceId, requestFacts(request));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/users/:id/explain',
    {
      schema: {
        tags,
        summary: 'Why can (or cannot) this user see this record? The grant chain, or the reason it is hidden',
        params: IdParams,
        querystring: RecordQuery,
        response: { 200: ExplanationSchema },
      },
    },
    async (request) => {
      const scope = await requireScope(request);
      assertStaffMay(scope.principal, 'manage_customers');
      const { user } = await accessAdmin.externalUser(scope, request.params.id);
      return explainAccess(app.ctx.db, user.id, request.query.resourceType, request.query.resourceId);
    },
  );

  app.get(
    '/record-viewers',
    {
      schema: {
        tags,
        summary: 'Who can see this record? Every portal user with access to it (invited ones included), and why',
        querystring: RecordQuery,
        response: { 200: Type.Object({ items: Type.Array(RecordViewer) }), ...errorResponses(404) },
      },
    },
    async (request) => {
      const scope = await requireScope(request);
      assertStaffMay(scope.principal, 'manage_customers');
      return { items: await whoCanSee(app.ctx.db, request.query.resourceType, request.query.resourceId) };
    },
  );

  const secure = app.ctx.config.publicUrl.startsWith('https://');
  app.post(
    '/users/:id/preview',
    { config: { sessionOnly: true }, schema: { tags, summary: 'Preview the portal as this user: read-only, audited; sets the preview cookie', params: IdParams, response: { 201: Type.Object({ userId: Id, expiresAt: Timestamp }) } } },
    async (request, reply) => {
      if (requireSession(request).previewBy) throw new ForbiddenError('End the current preview first.', 'preview_read_only');
      const started = await preview.start(await requireScope(request), request.params.id, requestFacts(request));
      reply.setCookie(PREVIEW_COOKIE, started.token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires: new Date(started.expiresAt) });
      return reply.status(201).send({ userId: started.userId, expiresAt: started.expiresAt });
    },
  );

  app.delete(
    '/preview',
    { config: { allowDuringPreview: true, allowDuringPasswordChange: true }, schema: { tags, summary: 'End the preview', response: { 204: Type.Null() } } },
    async (request, reply) => {
      const session = request.auth;
      const token = request.cookies[PREVIEW_COOKIE];
      if (session?.previewBy && token) await preview.end(token, session.previewBy, session.user.id, requestFacts(request));
      clearPreviewCookie(reply, secure);
      return reply.status(204).send(null);
    },
  );
};
