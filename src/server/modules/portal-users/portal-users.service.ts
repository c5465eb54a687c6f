import type { AppContext, DbExecutor } from '../../context.js';
import { sql } from 'kysely';
import { engineOf, pathWithin } from '../../db/engine-sql.js';
import { newId } from '../../db/ids.js';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import { ROLE_TEMPLATES, type RoleTemplateKey } from '../access/access-config.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertColleagueWithinOwnAccess, assertMayManagePortalUsers, assertWithinOwnAccess } from '../access/customer-admin.js';
import { readLinkedContact, writeAccessConfiguration, type SiteAccess } from '../access/user-access.repository.js';
import { resolveRoleTemplate } from '../access/apply-role-template.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import type { RequestFacts } from '../auth/auth.service.js';
import { mailLocale, type MailLocale } from '../mail/mail-locale.js';
import { invitationMail } from '../mail/mail-templates.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.js';
import { findUserById, insertUser, normalizeLogin, type UserRow } from '../users/users.repository.js';
import { createLink, invitationStateOf, latestLinkOf, revokeOpenLinks } from './one-time-links.repository.js';

export const INVITATION_VALID_DAYS = 7;

export interface InvitationInput {
  email: string;
  displayName: string;
  customerId: string;
  contactId?: string | null | undefined;
  login?: string | undefined;
  roleTemplate: RoleTemplateKey;
  sites?: SiteAccess[] | undefined;
  /** Take the contact's sites as the site scope; default: on when a contact is given and no sites are. */
  sitesFromContact?: boolean | undefined;
  /** The language of the invitation e-mail and of the portal for this user; without it, English until they choose. */
  locale?: MailLocale | undefined;
  /** Instead of an invitation e-mail: the account is active at once and the user must change this password at first login. */
  initialPassword?: string | undefined;
}

export type PortalUsersService = ReturnType<typeof createPortalUsersService>;

/** External users' lifecycle: invitation (single and bulk), resend, revoke, state. */
export function createPortalUsersService({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>) {
  async function customerSubtree(executor: DbExecutor, scope: AccessScope, customerId: string) {
    const customer = await executor.selectFrom('customers').select(['id', 'name', 'path']).where(scope.visible('customers')).where('id', '=', customerId).where('archived_at', 'is', null).executeTakeFirst();
    if (!customer) throw new UnprocessableError('customerId: no such customer.', 'invalid_reference');
    const ids = await executor.selectFrom('customers').select('id').where(() => pathWithin(engineOf(executor), sql.ref('customers.path'), customer.path)).execute();
    return { customer, ids: ids.map((r) => r.id) };
  }

  async function validateInvitation(executor: DbExecutor, scope: AccessScope, input: InvitationInput, index: number) {
    const field = (name: string) => `invitations[${index}].${name}`;
    const { customer, ids } = await customerSubtree(executor, scope, input.customerId);
    const contact = await readLinkedContact(executor, input.contactId ?? null);
    if (input.contactId) {
      const atCustomer = await executor.selectFrom('contacts').select('id').where('id', '=', input.contactId).where('customer_id', 'in', ids).executeTakeFirst();
      if (!atCustomer) throw new UnprocessableError(`${field('contactId')}: no such contact at this customer.`, 'invalid_reference');
    }
    const siteIds = (input.sites ?? []).map((s) => s.siteId);
    if (siteIds.length) {
      const found = await executor.selectFrom('sites').select('id').where('id', 'in', siteIds).where('customer_id', 'in', ids).execute();
      if (found.length !== new Set(siteIds).size) throw new UnprocessableError(`${field('sites')}: every site must belong to the customer.`, 'invalid_reference');
    }
    const login = normalizeLogin(input.login ?? input.email);
    // Only a holder the caller may see makes the login "taken": for anyone else's login the answer must be
    // the one a new address gets (issue #11), so the invitation goes out and its user picks another login
    // when activating it (migration 017). Staff see every user.
    const taken = await executor.selectFrom('users').select('id').where(scope.visible('users')).where('login', '=', login).executeTakeFirst();
    if (taken) throw new ConflictError(`${field('login')}: the login ${login} is already taken.`, 'login_taken');
    return { customer, login, contactSiteIds: (contact?.sites ?? []).map((s) => s.id) };
  }

  async function sendInvitation(executor: DbExecutor, user: Pick<UserRow, 'id' | 'email' | 'display_name' | 'locale'>, customerName: string, createdBy: string, now: Date) {
    const { token, row } = await createLink(executor, 'invitations', { userId: user.id, now, validForMs: INVITATION_VALID_DAYS * 86_400_000, createdBy });
    const link = `${config.publicUrl}/activate?token=${encodeURIComponent(token)}`;
    await enqueueMail(executor, invitationMail({ to: user.email!, userId: user.id, name: user.display_name, customerName, link, expiresAt: row.expires_at, locale: mailLocale(user.locale) }), now);
    return row;
  }

  async function getExternalUser(scope: AccessScope, id: string): Promise<UserRow> {
    const user = await db.selectFrom('users').selectAll().where(scope.visible('users')).where('id', '=', id).executeTakeFirst();
    if (!user || user.kind !== 'external') throw new NotFoundError('User not found.');
    return user;
  }

  return {
    /** Creates the users, their access from the role template, and queues one invitation e-mail each, all in one transaction. */
    async invite(scope: AccessScope, inputs: InvitationInput[], facts: RequestFacts) {
      assertMayManagePortalUsers(scope);
      // An initial password is active at once, so its login must be free everywhere, which a customer admin
      // may not learn; they invite by e-mail, and the invited user chooses the password.
      if (scope.principal.kind !== 'staff' && inputs.some((input) => input.initialPassword !== undefined)) {
        throw new ForbiddenError('Only the service company can set an initial password; invite by e-mail instead.', 'initial_password_staff_only');
      }
      const now = clock();
      const nowIso = now.toISOString();
      const created = await db.transaction().execute(async (trx) => {
        const users: UserRow[] = [];
        const logins = new Set<string>();
        for (const [index, input] of inputs.entries()) {
          const { customer, login, contactSiteIds } = await validateInvitation(trx, scope, input, index);
          if (logins.has(login)) throw new ConflictError(`invitations[${index}].login: ${login} appears twice in this request.`, 'login_taken');
          logins.add(login);
          const template = ROLE_TEMPLATES[input.roleTemplate];
          if (input.initialPassword) assertAcceptablePassword(input.initialPassword, 'initialPassword', [login, input.email, input.displayName]);
          const user: UserRow = {
            id: newId(),
            kind: 'external',
            login,
            email: input.email.toLowerCase(),
            display_name: input.displayName,
            role: null,
            password_hash: input.initialPassword ? await hashPassword(input.initialPassword) : null,
            status: input.initialPassword ? 'active' : 'pending',
            must_change_password: input.initialPassword ? 1 : 0,
            // The invitation and the portal speak the chosen language; unknown, English until the user picks one.
            locale: input.locale ?? null,
            created_at: nowIso,
            updated_at: nowIso,
            password_changed_at: null,
            last_login_at: null,
            customer_id: customer.id,
            contact_id: input.contactId ?? null,
            role_template: template.key,
          };
          await insertUser(trx, user);
          const access = {
            sitesFromContact: input.sitesFromContact ?? (!!input.contactId && !input.sites?.length),
            sitesRestricted: (input.sites ?? []).length > 0,
            sites: input.sites ?? [],
            ...(await resolveRoleTemplate(trx, template.key, customer.id)),
          };
          assertWithinOwnAccess(scope, { userId: user.id, config: access, contactSiteIds });
          await writeAccessConfiguration(trx, user.id, access, nowIso);
          if (!input.initialPassword) await sendInvitation(trx, user, customer.name, scope.principal.userId, now);
          await recordAuditEvent(trx, {
            occurredAt: nowIso,
            actorUserId: scope.principal.userId,
            customerId: customer.id,
            action: input.initialPassword ? 'user.created_with_initial_password' : 'user.invited',
            resourceType: 'user',
            resourceId: user.id,
            details: { login, email: user.email, roleTemplate: template.key, sites: input.sites ?? [], sitesFromContact: access.sitesFromContact },
            ip: facts.ip,
            requestId: facts.requestId,
          });
          users.push(user);
        }
        return users;
      });
      return created;
    },

    /** A new link (the old one stops working) and a new e-mail. */
    async resend(scope: AccessScope, userId: string, facts: RequestFacts) {
      const user = await getExternalUser(scope, userId);
      assertMayManagePortalUsers(scope);
      await assertColleagueWithinOwnAccess(db, scope, user.id);
      if (user.status !== 'pending') throw new ConflictError('Only users who have not activated their account can be invited again.', 'not_pending');
      const now = clock();
      const customer = await db.selectFrom('customers').select('name').where('id', '=', user.customer_id!).executeTakeFirstOrThrow();
      await db.transaction().execute(async (trx) => {
        await revokeOpenLinks(trx, 'invitations', user.id, now);
        await sendInvitation(trx, user, customer.name, scope.principal.userId, now);
        await recordAuditEvent(trx, { occurredAt: now.toISOString(), actorUserId: scope.principal.userId, customerId: user.customer_id, action: 'user.invitation_resent', resourceType: 'user', resourceId: user.id, ip: facts.ip, requestId: facts.requestId });
      });
      return this.invitationState(scope, userId);
    },

    async revoke(scope: AccessScope, userId: string, facts: RequestFacts) {
      const user = await getExternalUser(scope, userId);
      assertMayManagePortalUsers(scope);
      await assertColleagueWithinOwnAccess(db, scope, user.id);
      if (user.status !== 'pending') throw new ConflictError('The invitation was already accepted; disable the user instead.', 'not_pending');
      const now = clock();
      await db.transaction().execute(async (trx) => {
        await revokeOpenLinks(trx, 'invitations', user.id, now);
        await recordAuditEvent(trx, { occurredAt: now.toISOString(), actorUserId: scope.principal.userId, customerId: user.customer_id, action: 'user.invitation_revoked', resourceType: 'user', resourceId: user.id, ip: facts.ip, requestId: facts.requestId });
      });
    },

    async invitationState(scope: AccessScope, userId: string) {
      const user = await getExternalUser(scope, userId);
      const latest = await latestLinkOf(db, 'invitations', user.id);
      return {
        userId: user.id,
        state: invitationStateOf(user, latest, clock()),
        sentAt: latest?.created_at ?? null,
        expiresAt: latest?.expires_at ?? null,
        acceptedAt: latest?.used_at ?? null,
      };
    },

    findUserById: (id: string) => findUserById(db, id),
  };
}
