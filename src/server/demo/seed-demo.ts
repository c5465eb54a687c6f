import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import type { UsersTable } from '../db/schema.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { countUsers, insertUser } from '../modules/users/users.repository.js';
import { createFileStore } from '../modules/files/file-store.js';
import { seedDemoCompany } from './demo-company.js';
import { seedDemoFiles } from './demo-files.js';
import { DEMO_PORTAL_LOGINS, seedDemoPortalUsers } from './demo-portal-users.js';

export interface DemoLogin {
  login: string;
  password: string;
  description: string;
}

/** The demo company's people. Passwords are public by design: demo data is for trying Portico out. */
export const DEMO_LOGINS: readonly (DemoLogin & { displayName: string; kind: UsersTable['kind']; role: UsersTable['role'] })[] = [
  { login: 'admin@portico.demo', password: 'portico-admin', displayName: 'Ada Admin', kind: 'staff', role: 'admin', description: 'staff admin' },
  { login: 'coordinator@portico.demo', password: 'portico-coordinator', displayName: 'Cole Coordinator', kind: 'staff', role: 'coordinator', description: 'staff coordinator' },
  { login: 'technician@portico.demo', password: 'portico-technician', displayName: 'Tess Technician', kind: 'staff', role: 'technician', description: 'staff technician' },
];

/** Every demo login, staff first, as printed at start. */
export function allDemoLogins(): DemoLogin[] {
  return [...DEMO_LOGINS, ...DEMO_PORTAL_LOGINS].map(({ login, password, description }) => ({ login, password, description }));
}

/** Fills an empty database with the demo company. Does nothing when users already exist. */
export async function seedDemoData({ db, clock, config }: Pick<AppContext, 'db' | 'clock' | 'config'>): Promise<DemoLogin[] | null> {
  if ((await countUsers(db)) > 0) return null;
  const now = clock().toISOString();
  const hashes = await Promise.all(DEMO_LOGINS.map((u) => hashPassword(u.password)));
  const portalHashes = await Promise.all(DEMO_PORTAL_LOGINS.map((u) => hashPassword(u.password)));
  await db.transaction().execute(async (trx) => {
    const ids = DEMO_LOGINS.map(() => newId());
    for (const [i, user] of DEMO_LOGINS.entries()) {
      await insertUser(trx, {
        id: ids[i]!,
        kind: user.kind,
        login: user.login,
        email: user.login,
        display_name: user.displayName,
        role: user.role,
        password_hash: hashes[i]!,
        status: 'active',
        must_change_password: 0,
        locale: null,
        created_at: now,
        updated_at: now,
        password_changed_at: now,
        last_login_at: null,
      });
    }
    const idOf = (role: string) => ids[DEMO_LOGINS.findIndex((u) => u.role === role)]!;
    const refs = await seedDemoCompany(trx, clock(), { technicianId: idOf('technician'), coordinatorId: idOf('coordinator') });
    await seedDemoPortalUsers(trx, refs, portalHashes, now);
    await seedDemoFiles(trx, refs, createFileStore(config.dataDir), now);
  });
  return allDemoLogins();
}
