import type { AppContext, DbExecutor } from '../../context.js';
import { sql } from 'kysely';
import { engineOf, pathWithin } from '../../db/engine-sql.js';
import { newId } from '../../db/ids.js';
import type { GrantKind, GrantResourceType } from '../../db/portal-access-tables.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { RequestFacts } from '../auth/auth.service.js';
import { mailLocale, type MailLocale } from '../mail/mail-locale.js';
import { grantNotificationMail } from '../mail/mail-templates.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import type { UserRow } from '../users/users.repository.js';
import { ROLE_TEMPLATE_KEYS, ROLE_TEMPLATES, type AccessModes, type Capabilities, type RoleTemplateKey } from './access-config.js';
import { resolveRoleTemplate } from './apply-role-template.js';
import { accessDifference, type KindChange } from './access-change-preview.js';
import { listAccessChanges, type AccessChangeQuery } from './access-changes.js';
import { loadExternalFacts } from './access-facts.js';
import type { AccessScope } from './access-scope.js';
import { assertColleagueWithinOwnAccess, assertMayManagePortalUsers, assertWithinOwnAccess, beyondOwnAccess } from './customer-admin.js';
import { isExternal } from './portal-capabilities.js';
import { readAccessConfiguration, readLinkedContact, writeAccessConfiguration, type AccessConfiguration, type SiteAccess } from './user-access.repository.js';

/** The table behind each grantable record type, and how a notification names the record. */
export const GRANT_TABLES = {
  asset: { table: 'assets', label: 'name', noun: { en: 'asset', de: 'Anlage' } },
  project: { table: 'projects', label: 'name', noun: { en: 'project', de: 'Projekt' } },
  work_order: { table: 'work_orders', label: 'title', noun: { en: 'work order', de: 'Arbeitsauftrag' } },
  order: { table: 'orders', label: 'title', noun: { en: 'order', de: 'Bestellung' } },
  ticket: { table: 'tickets', label: 'title', noun: { en: 'ticket', de: 'Ticket' } },
  schedule_entry: { table: 'schedule_entries', label: 'title', noun: { en: 'visit', de: 'Termin' } },
} as const satisfies Record<GrantResourceType, { table: string; label: string; noun: Record<MailLocale, string> }>;

/**
 * Records of the given grantable records the scope can see, keyed `type:id`, with their customer and
 * name: one statement per record type (a grant batch, the names in a page of access changes).
 */
export async function readVisibleGrantables(executor: DbExecutor, scope: AccessScope, refs: { type: GrantResourceType; id: string }[]) {
  const records = new Map<string, { id: string; customer_id: string; label: string }>();
  for (const type of new Set(refs.map((ref) => ref.type))) {
    const { table, label } = GRANT_TABLES[type];
    const ids = refs.filter((ref) => ref.type === type).map((ref) => ref.id);
    const rows = (await executor
      .selectFrom(table)
      .select(['id', 'customer_id', `${label} as label`] as never)
      .where(scope.visible(table) as never)
      .where('id' as never, 'in', ids as never)
      .execute()) as unknown as { id: string; customer_id: string; label: string }[];
    for (const row of rows) records.set(`${type}:${row.id}`, row);
  }
  return records;
}

export interface AccessPatch {
  roleTemplate?: RoleTemplateKey | undefined;
  /** The contact the user belongs to (null: none); the user takes its sites while `sitesFromContact` is on. */
  contactId?: string | null | undefined;
  sitesFromContact?: boolean | undefined;
  sitesRestricted?: boolean | undefined;
  sites?: SiteAccess[] | undefined;
  modes?: Partial<AccessModes> | undefined;
  capabilities?: Partial<Capabilities> | undefined;
}

export type AccessAdminService = ReturnType<typeof createAccessAdminService>;

/** Thrown to roll back a change that was made only to be previewed. */
const PREVIEW_ONLY = Symbol('preview only');

export interface GrantInput {
  resourceType: GrantResourceType;
  resourceId: string;
  kind: GrantKind;
}

/** Staff configure what an external user may see and do: access configuration and record grants. */
function sameModesAndCapabilities(a: Pick<AccessConfiguration, 'modes' | 'capabilities'>, b: Pick<AccessConfiguration, 'modes' | 'capabilities'>): boolean {
  const normal = (config: Pick<AccessConfiguration, 'modes' | 'capabilities'>) =>
    JSON.stringify({
      modes: Object.entries(config.modes).sort(),
      capabilities: Object.entries(config.capabilities)
        .map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value])
        .sort(),
    });
  return normal(a) === normal(b);
}

export function createAccessAdminService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  /** The external user, visible to the caller, and the ids of the customers in their scope. */
  async function externalUser(executor: DbExecutor, scope: AccessScope, userId: string) {
    const user = await executor.selectFrom('users').selectAll().where(scope.visible('users')).where('id', '=', userId).executeTakeFirst();
    if (!user || user.kind !== 'external') throw new NotFoundError('User not found.');
    const home = user.customer_id ? await executor.selectFrom('customers').select('path').where('id', '=', user.customer_id).executeTakeFirst() : undefined;
    const customerIds = home ? (await executor.selectFrom('customers').select('id').where(() => pathWithin(engineOf(executor), sql.ref('customers.path'), home.path)).execute()).map((r) => r.id) : [];
    return { user, customerIds };
  }

  /**
   * Each record must be visible to the caller, belong to the user's customers and not be granted yet;
   * `field(i)` names the offending input in the error. Records are read with one statement per type.
   */
  async function addGrants(scope: AccessScope, userId: string, grants: GrantInput[], notifyInput: boolean | undefined, facts: RequestFacts, field: (i: number) => string) {
    assertMayManagePortalUsers(scope);
    const now = clock();
    const nowIso = now.toISOString();
    const seen = new Set<string>();
    grants.forEach((g, i) => {
      const key = `${g.resourceType}:${g.resourceId}`;
      if (seen.has(key)) throw new UnprocessableError(`${field(i)}: the record is listed twice.`, 'duplicate_record');
      seen.add(key);
    });
    return db.transaction().execute(async (trx) => {
      const { user, customerIds } = await externalUser(trx, scope, userId);
      await assertColleagueWithinOwnAccess(trx, scope, user.id);
      const records = await readVisibleGrantables(trx, scope, grants.map((g) => ({ type: g.resourceType, id: g.resourceId })));
      const existing = new Set(
        (await trx.selectFrom('access_grants').select(['resource_type', 'resource_id']).where('user_id', '=', user.id).where('resource_id', 'in', grants.map((g) => g.resourceId)).execute()).map(
          (g) => `${g.resource_type}:${g.resource_id}`,
        ),
      );
      const resolved = grants.map((g, i) => {
        const record = records.get(`${g.resourceType}:${g.resourceId}`);
        if (!record) throw new UnprocessableError(`${field(i)}: no such record.`, 'invalid_reference');
        if (!customerIds.includes(record.customer_id)) throw new UnprocessableError(`${field(i)}: the record belongs to another customer than the user's.`, 'invalid_reference');
        if (existing.has(`${g.resourceType}:${record.id}`)) throw new ConflictError(`${field(i)}: this record is already granted to the user.`, 'already_granted');
        return { ...g, record };
      });
      await trx
        .insertInto('access_grants')
        .values(resolved.map((g) => ({ id: newId(), user_id: user.id, resource_type: g.resourceType, resource_id: g.record.id, kind: g.kind, customer_id: g.record.customer_id, created_at: nowIso, created_by_user_id: scope.principal.userId })))
        .execute();
      // Projects are what a customer is usually told about; other records only when asked.
      const notify = notifyInput ?? resolved.some((g) => g.resourceType === 'project');
      if (notify && user.email && user.status !== 'disabled') {
        const locale = mailLocale(user.locale);
        const recordLabels = resolved.map((g) => `${GRANT_TABLES[g.resourceType].noun[locale]} "${g.record.label}"`);
        await enqueueMail(trx, grantNotificationMail({ to: user.email, userId: user.id, name: user.display_name, recordLabels, link: `${config.publicUrl}/portal`, locale }), now);
      }
      for (const g of resolved) {
        await recordAuditEvent(trx, {
          occurredAt: nowIso,
          actorUserId: scope.principal.userId,
          customerId: g.record.customer_id,
          action: 'access.grant_added',
          resourceType: 'user',
          resourceId: user.id,
          details: { grantedType: g.resourceType, grantedId: g.record.id, kind: g.kind, notified: notify },
          ip: facts.ip,
          requestId: facts.requestId,
        });
      }
      return resolved.map((g) => ({ resourceType: g.resourceType, resourceId: g.record.id, kind: g.kind, createdAt: nowIso }));
    });
  }

  /**
   * With `templateAdjusted`: whether modes or capabilities differ from what the role template gives; with
   * the linked contact and its sites, and `siteSource`: whether the contact's sites are the user's scope.
   */
  async function toAccess(executor: DbExecutor, user: UserRow, access: AccessConfiguration) {
    const key = user.role_template as RoleTemplateKey | null;
    const adjusted = key && key in ROLE_TEMPLATES ? !sameModesAndCapabilities(access, await resolveRoleTemplate(executor, key, user.customer_id)) : false;
    const contact = await readLinkedContact(executor, user.contact_id);
    const siteSource = access.sitesFromContact && contact && contact.sites.length > 0 ? ('contact' as const) : ('own' as const);
    return { userId: user.id, customerId: user.customer_id, roleTemplate: user.role_template, templateAdjusted: adjusted, ...access, contact, siteSource };
  }

  async function validateReferences(executor: DbExecutor, customerIds: string[], next: AccessConfiguration) {
    const siteIds = [...new Set(next.sites.map((s) => s.siteId))];
    if (siteIds.length !== next.sites.length) throw new UnprocessableError('sites: each site may appear once.', 'invalid_reference');
    if (siteIds.length) {
      const found = await executor.selectFrom('sites').select('id').where('id', 'in', siteIds).where('customer_id', 'in', customerIds.length ? customerIds : ['']).execute();
      if (found.length !== siteIds.length) throw new UnprocessableError("sites: every site must belong to the user's customers.", 'invalid_reference');
    }
    const checks: [string, string[], () => Promise<{ id: string }[]>][] = [
      ['capabilities.ticketTypeIds', next.capabilities.ticketTypeIds, () => executor.selectFrom('ticket_types').select('id').where('id', 'in', next.capabilities.ticketTypeIds).where((eb) => eb.or([eb('customer_id', 'is', null), eb('customer_id', 'in', customerIds.length ? customerIds : [''])])).execute()],
      ['capabilities.statusIds', next.capabilities.statusIds, () => executor.selectFrom('ticket_statuses').select('id').where('id', 'in', next.capabilities.statusIds).execute()],
      ['capabilities.recipientUserIds', next.capabilities.recipientUserIds, () => executor.selectFrom('users').select('id').where('id', 'in', next.capabilities.recipientUserIds).where('kind', '=', 'staff').where('status', '=', 'active').execute()],
      ['capabilities.recipientGroupIds', next.capabilities.recipientGroupIds, () => executor.selectFrom('staff_groups').select('id').where('id', 'in', next.capabilities.recipientGroupIds).where('archived_at', 'is', null).execute()],
    ];
    for (const [field, ids, load] of checks) {
      if (ids.length && (await load()).length !== new Set(ids).size) throw new UnprocessableError(`${field}: contains an unknown or unsuitable id.`, 'invalid_reference');
    }
  }

  /** A contact the user may be linked to: one the caller sees, of the user's customers, not archived. */
  async function assertLinkableContact(executor: DbExecutor, scope: AccessScope, customerIds: string[], contactId: string) {
    const contact = await executor
      .selectFrom('contacts')
      .select('id')
      .where(scope.visible('contacts'))
      .where('id', '=', contactId)
      .where('customer_id', 'in', customerIds.length ? customerIds : [''])
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    if (!contact) throw new UnprocessableError("contactId: no such contact at the user's customers.", 'invalid_reference');
  }

  /** An access change inside the caller's transaction `trx` (`target` read in it): checks, the new configuration, the audit event. */
  async function applyAccessPatch(trx: DbExecutor, scope: AccessScope, target: Awaited<ReturnType<typeof externalUser>>, patch: AccessPatch, facts: RequestFacts) {
    const now = clock().toISOString();
    const { user, customerIds } = target;
    const before = await readAccessConfiguration(trx, user.id);
    if (!before) throw new NotFoundError('User not found.');
    if (user.id !== scope.principal.userId) await assertColleagueWithinOwnAccess(trx, scope, user.id);
    let base = before;
    if (patch.roleTemplate) base = { ...before, ...(await resolveRoleTemplate(trx, patch.roleTemplate, user.customer_id)) };
    // Only an explicit word changes where the sites come from: a client that saves the whole form
    // without knowing of contacts (the portal's colleague editor) must not switch a user to their own
    // sites, which for a backfilled user would be every site of the customer.
    const next: AccessConfiguration = {
      sitesFromContact: patch.sitesFromContact ?? base.sitesFromContact,
      sitesRestricted: patch.sitesRestricted ?? (patch.sites ? patch.sites.length > 0 : base.sitesRestricted),
      sites: patch.sites ?? base.sites,
      modes: { ...base.modes, ...patch.modes },
      capabilities: { ...base.capabilities, ...patch.capabilities },
    };
    const contactId = patch.contactId === undefined ? user.contact_id : patch.contactId;
    if (contactId !== user.contact_id && contactId !== null) await assertLinkableContact(trx, scope, customerIds, contactId);
    const contact = await readLinkedContact(trx, contactId);
    assertWithinOwnAccess(scope, { userId: user.id, config: next, contactSiteIds: (contact?.sites ?? []).map((s) => s.id) });
    await validateReferences(trx, customerIds, next);
    await writeAccessConfiguration(trx, user.id, next, now);
    const relinked = contactId !== user.contact_id;
    if (patch.roleTemplate || relinked) {
      await trx
        .updateTable('users')
        .set({ role_template: patch.roleTemplate ?? user.role_template, contact_id: contactId, updated_at: now })
        .where('id', '=', user.id)
        .execute();
    }
    await recordAuditEvent(trx, {
      occurredAt: now,
      actorUserId: scope.principal.userId,
      customerId: user.customer_id,
      action: 'access.updated',
      resourceType: 'user',
      resourceId: user.id,
      details: { before, after: next, roleTemplate: patch.roleTemplate ?? null, ...(relinked ? { contact: { before: user.contact_id, after: contactId } } : {}) },
      ip: facts.ip,
      requestId: facts.requestId,
    });
    return toAccess(trx, { ...user, role_template: patch.roleTemplate ?? user.role_template, contact_id: contactId }, next);
  }

  return {
    async getAccess(scope: AccessScope, userId: string) {
      assertMayManagePortalUsers(scope);
      const { user } = await externalUser(db, scope, userId);
      const access = await readAccessConfiguration(db, user.id);
      if (!access) throw new NotFoundError('User not found.');
      return toAccess(db, user, access);
    },

    /** Applies a role template (when given) and then the given fields; audited with before and after. */
    async updateAccess(scope: AccessScope, userId: string, patch: AccessPatch, facts: RequestFacts) {
      assertMayManagePortalUsers(scope);
      return db.transaction().execute(async (trx) => applyAccessPatch(trx, scope, await externalUser(trx, scope, userId), patch, facts));
    },

    /** The access changes of the portal users the caller manages, newest first (access-changes.ts). */
    accessChanges(scope: AccessScope, query: AccessChangeQuery) {
      return listAccessChanges(db, scope, query);
    },

    /**
     * What saving `patch` would add to and remove from what the user sees: the change is made exactly as a
     * save makes it (checks included, so a refused change is refused here too) and rolled back.
     */
    async previewAccessChange(scope: AccessScope, userId: string, patch: AccessPatch, facts: RequestFacts) {
      assertMayManagePortalUsers(scope);
      let kinds: KindChange[] = [];
      await db
        .transaction()
        .execute(async (trx) => {
          const target = await externalUser(trx, scope, userId);
          const before = await loadExternalFacts(trx, target.user.id);
          await applyAccessPatch(trx, scope, target, patch, facts);
          kinds = await accessDifference(trx, before, await loadExternalFacts(trx, target.user.id));
          throw PREVIEW_ONLY;
        })
        .catch((error: unknown) => {
          if (error !== PREVIEW_ONLY) throw error;
        });
      return { kinds };
    },

    /**
     * The role templates, each with whether the caller may give it (sites aside, which the form chooses):
     * staff any, a customer admin those within their own access. Templates resolve per customer (its own
     * ticket types), so `customerId` names the customer of the colleague; default the admin's own.
     */
    async roleTemplates(scope: AccessScope, customerId: string | undefined) {
      assertMayManagePortalUsers(scope);
      let forCustomer = isExternal(scope) ? scope.facts.homeCustomerId : null;
      if (customerId) {
        const customer = await db.selectFrom('customers').select('id').where(scope.visible('customers')).where('id', '=', customerId).where('archived_at', 'is', null).executeTakeFirst();
        if (!customer) throw new UnprocessableError('customerId: no such customer.', 'invalid_reference');
        forCustomer = customer.id;
      }
      const items = [];
      for (const key of ROLE_TEMPLATE_KEYS) {
        const resolved = await resolveRoleTemplate(db, key, forCustomer);
        const beyond = isExternal(scope) ? beyondOwnAccess(scope.facts, { sitesFromContact: false, sitesRestricted: true, sites: [], ...resolved }) : [];
        items.push({ key, allowed: beyond.length === 0, beyond, ...resolved });
      }
      return { items };
    },

    async listGrants(scope: AccessScope, userId: string) {
      assertMayManagePortalUsers(scope);
      const { user } = await externalUser(db, scope, userId);
      const rows = await db.selectFrom('access_grants').selectAll().where('user_id', '=', user.id).orderBy('created_at').orderBy('id').execute();
      return { items: rows.map((g) => ({ resourceType: g.resource_type, resourceId: g.resource_id, kind: g.kind, createdAt: g.created_at })) };
    },

    /** Grants a record of the user's own customers; optionally e-mails the user about it. */
    async addGrant(scope: AccessScope, userId: string, input: GrantInput & { notify?: boolean | undefined }, facts: RequestFacts) {
      const [grant] = await addGrants(scope, userId, [input], input.notify, facts, () => 'resourceId');
      return grant!;
    },

    /** Grants several records at once, all or none, with one notification mail for the batch. */
    async addGrants(scope: AccessScope, userId: string, input: { grants: GrantInput[]; notify?: boolean | undefined }, facts: RequestFacts) {
      return { items: await addGrants(scope, userId, input.grants, input.notify, facts, (i) => `grants[${i}].resourceId`) };
    },

    async removeGrant(scope: AccessScope, userId: string, resourceType: GrantResourceType, resourceId: string, facts: RequestFacts) {
      assertMayManagePortalUsers(scope);
      const nowIso = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        const { user } = await externalUser(trx, scope, userId);
        await assertColleagueWithinOwnAccess(trx, scope, user.id);
        const result = await trx.deleteFrom('access_grants').where('user_id', '=', user.id).where('resource_type', '=', resourceType).where('resource_id', '=', resourceId).executeTakeFirst();
        if (Number(result.numDeletedRows) === 0) throw new NotFoundError('No such grant.');
        await recordAuditEvent(trx, { occurredAt: nowIso, actorUserId: scope.principal.userId, customerId: user.customer_id, action: 'access.grant_removed', resourceType: 'user', resourceId: user.id, details: { grantedType: resourceType, grantedId: resourceId }, ip: facts.ip, requestId: facts.requestId });
      });
    },

    externalUser: (scope: AccessScope, userId: string) => externalUser(db, scope, userId),
  };
}
