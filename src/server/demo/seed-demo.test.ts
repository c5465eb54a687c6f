import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, loginAs, type TestApp } from '../../../test/helpers.js';
import { allDemoLogins, seedDemoData } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('fills every back-office table of an empty database, once', async () => {
    const logins = await seedDemoData(t.app.ctx);
    expect(logins?.map((l) => l.login)).toEqual(allDemoLogins().map((l) => l.login));
    const tables = ['customers', 'sites', 'assets', 'work_orders', 'work_order_tasks', 'work_order_notes', 'projects', 'project_tasks', 'project_parts', 'project_reports', 'orders', 'order_tasks', 'flags', 'flag_assignments', 'tickets', 'ticket_comments', 'schedule_entries', 'documents', 'staff_groups'] as const;
    for (const table of tables) {
      const row = await t.app.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n), table).toBeGreaterThan(0);
    }
    expect(await seedDemoData(t.app.ctx)).toBeNull();
  });

  it('gives each demo portal user a view of their own customer only', async () => {
    const anna = await loginAs(t.app, 'anna@northwind.example', 'portal-anna');
    const names = (await anna.get('/api/v1/assets?limit=200')).json().items.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Boiler 1', 'HQ building services']));
    expect(names).not.toContain('Sprinkler system');
    const northwind = await loginAs(t.app, 'facilities@northwind.example', 'portal-northwind');
    const customers = (await northwind.get('/api/v1/customers')).json().items.map((c: { name: string }) => c.name).sort();
    expect(customers).toEqual(['Northwind Berlin', 'Northwind Facilities Group', 'Northwind Hamburg']);
    const buyer = await loginAs(t.app, 'buyer@blueharbor.example', 'portal-blueharbor');
    const orders = (await buyer.get('/api/v1/orders')).json().items;
    expect(orders.length).toBe(3);
    expect(orders.flatMap((o: { flags: { name: string }[] }) => o.flags.map((f) => f.name))).toEqual(['Awaiting approval']);
  });

  it('lets every demo login sign in with the printed password', async () => {
    for (const demo of allDemoLogins()) {
      const session = await loginAs(t.app, demo.login, demo.password);
      expect((await session.get('/api/v1/me')).json().login).toBe(demo.login);
    }
  });
});
