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
    const tables = ['customers', 'sites', 'assets', 'work_orders', 'work_order_tasks', 'work_order_notes', 'projects', 'project_tasks', 'project_parts', 'project_reports', 'orders', 'order_tasks', 'flags', 'flag_assignments', 'tickets', 'ticket_comments', 'schedule_entries', 'documents', 'staff_groups', 'contacts', 'contact_sites', 'files'] as const;
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

  it('switches on only the portal areas each customer uses, and links each demo login to its contact', async () => {
    const areas = async (login: string, password: string) => (await (await loginAs(t.app, login, password)).get('/api/v1/me')).json().portal.areas;
    expect(await areas('buyer@blueharbor.example', 'portal-blueharbor')).toEqual(['orders', 'tickets', 'files']);
    expect(await areas('agent@globex.example', 'portal-globex')).toContain('projects');
    expect(await areas('lab@helix.example', 'portal-helix')).not.toContain('orders');

    const staff = await loginAs(t.app, 'admin@portico.demo', 'portico-admin');
    const lena = (await staff.get('/api/v1/users?q=lab%40helix.example')).json().items[0];
    const access = (await staff.get(`/api/v1/users/${lena.id}/access`)).json();
    expect(access).toMatchObject({ siteSource: 'contact', contact: { name: 'Lena Lab', sites: [{ name: 'Lab North' }] } });
  });

  it('gives the calibration customer its certificate as a PDF, never the internal as-found data', async () => {
    const lena = await loginAs(t.app, 'lab@helix.example', 'portal-helix');
    const files = (await lena.get('/api/v1/files?limit=50')).json().items as { id: string; filename: string }[];
    expect(files.map((f) => f.filename)).toEqual(['Calibration certificate AB-204.pdf']);
    const content = await lena.get(`/api/v1/files/${files[0]!.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toContain('application/pdf');
    expect(content.rawPayload.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(content.rawPayload.subarray(-6).toString('latin1')).toBe('%%EOF\n');

    const staff = await loginAs(t.app, 'admin@portico.demo', 'portico-admin');
    const all = (await staff.get('/api/v1/files?limit=50')).json().items.map((f: { filename: string }) => f.filename);
    expect(all).toEqual(expect.arrayContaining(['As-found data AB-204 (internal).pdf', 'Calibration certificate AB-204.pdf']));
  });

  it('lets every demo login sign in with the printed password', async () => {
    for (const demo of allDemoLogins()) {
      const session = await loginAs(t.app, demo.login, demo.password);
      expect((await session.get('/api/v1/me')).json().login).toBe(demo.login);
    }
  });
});
