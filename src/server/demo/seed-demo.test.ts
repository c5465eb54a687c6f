import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestApp } from '../../../test/helpers.js';
import { DEMO_LOGINS, seedDemoData } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('fills every back-office table of an empty database, once', async () => {
    const logins = await seedDemoData(t.app.ctx);
    expect(logins?.map((l) => l.login)).toEqual(DEMO_LOGINS.map((l) => l.login));
    const tables = ['customers', 'sites', 'assets', 'work_orders', 'work_order_tasks', 'work_order_notes', 'projects', 'project_tasks', 'project_parts', 'project_reports', 'orders', 'order_tasks', 'flags', 'flag_assignments', 'tickets', 'ticket_comments', 'schedule_entries', 'documents', 'staff_groups'] as const;
    for (const table of tables) {
      const row = await t.app.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n), table).toBeGreaterThan(0);
    }
    expect(await seedDemoData(t.app.ctx)).toBeNull();
  });

  it('lets every demo login sign in with the printed password', async () => {
    for (const demo of DEMO_LOGINS) {
      const session = await loginAs(t.app, demo.login, demo.password);
      expect((await session.get('/api/v1/me')).json().login).toBe(demo.login);
    }
  });
});
