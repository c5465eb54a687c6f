import type { AppContext } from '../../context.js';
import { isUniqueViolation } from '../../db/database-errors.js';
import { newId } from '../../db/ids.js';
import { caseless, parseSort } from '../../http/list-query.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.js';
import { endAllAccessOfUser } from '../auth/sessions.repository.js';
import { toUser, type UserInput, type UserPatch } from './users.mapping.js';
import {
  activeAdminIds,
  findUserById,
  findUserByLogin,
  findVisibleUser,
  insertUser,
  listVisibleUsers,
  normalizeLogin,
  updateUser,
  type UserListFilters,
  type UserRow,
} from './users.repository.js';

const SORT_COLUMNS = { displayName: caseless('display_name'), login: 'login', createdAt: 'created_at' };
export const USER_SORT_FIELDS = Object.keys(SORT_COLUMNS);

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;

const loginTaken = () => new ConflictError('This login is already in use.', 'login_taken');

export type UsersService = ReturnType<typeof createUsersService>;

export function createUsersService({ db, clock, engine }: Pick<AppContext, 'db' | 'clock' | 'engine'>) {
  async function getVisible(scope: AccessScope, id: string): Promise<UserRow> {
    const row = await findVisibleUser(db, scope, id);
    if (!row) throw new NotFoundError('User not found.');
    return row;
  }

  /** Staff accounts are the admins' (SPEC §1); portal users' accounts belong to their portal access, which coordinators manage too. */
  function assertMayManage(scope: AccessScope, user: UserRow) {
    assertStaffMay(scope.principal, user.kind === 'external' ? 'manage_customers' : 'manage_users');
  }

  async function update(scope: AccessScope, id: string, patch: UserPatch, facts: Facts) {
    assertMayManage(scope, await getVisible(scope, id));
    const actorId = scope.principal.userId;
    const now = clock().toISOString();
    const row = await db.transaction().execute(async (trx) => {
      const before = await findVisibleUser(trx, scope, id);
      if (!before) throw new NotFoundError('User not found.');
      if (patch.role !== undefined && before.kind !== 'staff') {
        throw new UnprocessableError('role: only staff users have a role.', 'invalid_field');
      }
      if (patch.status === 'active' && before.status === 'pending') {
        throw new UnprocessableError('status: this user has not activated the account yet.', 'not_activated');
      }
      const role = patch.role ?? before.role;
      const status = patch.status ?? before.status;
      if (id === actorId && (status !== before.status || role !== before.role)) {
        throw new ConflictError('You cannot disable or demote your own account.', 'own_account');
      }
      const wasActiveAdmin = before.kind === 'staff' && before.role === 'admin' && before.status === 'active';
      if (wasActiveAdmin && (role !== 'admin' || status !== 'active')) {
        const others = (await activeAdminIds(trx, engine === 'postgres')).filter((adminId) => adminId !== id);
        if (others.length === 0) throw new ConflictError('This is the last active administrator.', 'last_admin');
      }
      const after: UserRow = {
        ...before,
        display_name: patch.displayName ?? before.display_name,
        email: patch.email === undefined ? before.email : (patch.email?.toLowerCase() ?? null),
        role,
        status,
        must_change_password: patch.mustChangePassword === undefined ? before.must_change_password : patch.mustChangePassword ? 1 : 0,
        updated_at: now,
      };
      await updateUser(trx, id, {
        display_name: after.display_name,
        email: after.email,
        role: after.role,
        status: after.status,
        must_change_password: after.must_change_password,
        updated_at: now,
      });
      // Disabling takes effect now, not when the sessions expire: every open session and API token ends with it.
      if (status === 'disabled' && before.status !== 'disabled') await endAllAccessOfUser(trx, id, new Date(now));
      await recordChange(trx, { ...facts, principal: scope.principal, now }, {
        action: 'update',
        resourceType: 'user',
        resourceId: id,
        before: toUser(before, scope.principal),
        after: toUser(after, scope.principal),
      });
      return after;
    }).catch((error: unknown) => {
      // Re-enabling a disabled account whose login an active account took meanwhile (migration 017).
      if (isUniqueViolation(error)) throw new ConflictError('Another active account uses this login now.', 'login_taken');
      throw error;
    });
    return toUser(row, scope.principal);
  }

  return {
    async list(scope: AccessScope, query: UserListFilters & { sort?: string; cursor?: string; limit?: number }) {
      const sort = parseSort(query.sort, SORT_COLUMNS, 'displayName');
      const page = await listVisibleUsers(db, scope, query, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map((row) => toUser(row, scope.principal)), nextCursor: page.nextCursor };
    },

    async get(scope: AccessScope, id: string) {
      return toUser(await getVisible(scope, id), scope.principal);
    },

    /** Creates a staff user; external users come in through invitations. */
    async create(scope: AccessScope, input: UserInput, facts: Facts) {
      assertStaffMay(scope.principal, 'manage_users');
      if (input.password !== undefined) assertAcceptablePassword(input.password, 'password', [input.login, input.email ?? '', input.displayName]);
      const login = normalizeLogin(input.login);
      if (await findUserByLogin(db, login)) throw loginTaken();
      const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
      const id = newId();
      const now = clock().toISOString();
      const created = {
        id,
        kind: 'staff' as const,
        login,
        email: input.email !== undefined ? (input.email?.toLowerCase() ?? null) : login.includes('@') ? login : null,
        display_name: input.displayName,
        role: input.role,
        password_hash: passwordHash,
        status: 'active' as const,
        // An initial password is known to whoever set it: the user replaces it at first login.
        must_change_password: passwordHash ? 1 : 0,
        locale: null,
        created_at: now,
        updated_at: now,
        password_changed_at: passwordHash ? now : null,
        last_login_at: null,
      };
      try {
        const row = await db.transaction().execute(async (trx) => {
          if (await findUserByLogin(trx, login)) throw loginTaken();
          await insertUser(trx, created);
          const inserted = await findUserById(trx, id);
          if (!inserted) throw new Error('inserted user not found');
          await recordChange(trx, { ...facts, principal: scope.principal, now }, {
            action: 'create',
            resourceType: 'user',
            resourceId: id,
            after: { ...toUser(inserted, scope.principal), initialPasswordSet: passwordHash !== null },
          });
          return inserted;
        });
        return toUser(row, scope.principal);
      } catch (error) {
        if (isUniqueViolation(error)) throw loginTaken();
        throw error;
      }
    },

    update,

    /** DELETE disables: users are referenced by records and the audit log, so they are never removed. */
    async disable(scope: AccessScope, id: string, facts: Facts) {
      const before = await getVisible(scope, id);
      assertMayManage(scope, before);
      if (before.status === 'disabled') return;
      await update(scope, id, { status: 'disabled' }, facts);
    },
  };
}
