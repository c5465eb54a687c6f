import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { recordAuditEvent } from '../audit/audit.repository.js';
import { assertAcceptablePassword, hashPassword } from '../auth/passwords.js';
import { countUsers, insertUser } from './users.repository.js';

/** ADMIN_LOGIN + ADMIN_PASSWORD: on a database without users, create that admin. Returns whether it did. */
export async function ensureInitialAdmin({ db, config, clock }: Pick<AppContext, 'db' | 'config' | 'clock'>): Promise<boolean> {
  if (!config.adminLogin || !config.adminPassword) return false;
  if ((await countUsers(db)) > 0) return false;
  assertAcceptablePassword(config.adminPassword, 'ADMIN_PASSWORD');
  const now = clock().toISOString();
  const id = newId();
  const login = config.adminLogin;
  await db.transaction().execute(async (trx) => {
    await insertUser(trx, {
      id,
      kind: 'staff',
      login,
      email: login.includes('@') ? login.toLowerCase() : null,
      display_name: 'Administrator',
      role: 'admin',
      password_hash: await hashPassword(config.adminPassword!),
      status: 'active',
      must_change_password: 0,
      locale: null,
      created_at: now,
      updated_at: now,
      password_changed_at: now,
      last_login_at: null,
    });
    await recordAuditEvent(trx, { occurredAt: now, actorUserId: null, action: 'user.bootstrap_admin', resourceType: 'user', resourceId: id });
  });
  return true;
}
