import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, sessionFromCookie, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { latestMailTo } from '../../../../test/mail-helpers.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const create = async (url: string, body: object) => {
  const response = await admin.post(url, body);
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string };
};

async function world() {
  const customer = await createCustomer(admin);
  const site = await create('/api/v1/sites', { customerId: customer.id, name: 'Plant' });
  const building = await create('/api/v1/assets', { customerId: customer.id, siteId: site.id, name: 'Building' });
  const boiler = await create('/api/v1/assets', { customerId: customer.id, siteId: site.id, parentId: building.id, name: 'Boiler' });
  const project = await create('/api/v1/projects', { customerId: customer.id, name: 'Upgrade', kind: 'installation' });
  const portal = await createPortalUser(t.app, { customerId: customer.id });
  return { customer, site, building, boiler, project, portal };
}

describe('access configuration', () => {
  it('reads and changes modes, sites and capabilities; a role template resets them; audited', async () => {
    const { site, portal } = await world();
    const before = (await admin.get(`/api/v1/users/${portal.userId}/access`)).json();
    expect(before.modes.assets).toBe('granted_only');
    const changed = await admin.put(`/api/v1/users/${portal.userId}/access`, { sites: [{ siteId: site.id, level: 'write' }], modes: { assets: 'all_in_scope' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ sitesRestricted: true, sites: [{ siteId: site.id, level: 'write' }], modes: { assets: 'all_in_scope', tickets: 'own' } });
    const template = (await admin.put(`/api/v1/users/${portal.userId}/access`, { roleTemplate: 'live_site_agent' })).json();
    expect(template).toMatchObject({ roleTemplate: 'live_site_agent', sites: [{ siteId: site.id, level: 'write' }], capabilities: { manageDevices: true, createTickets: true } });
    expect(template.capabilities.ticketTypeIds.length).toBeGreaterThan(0);
    const events = (await admin.get(`/api/v1/audit-events?resourceId=${portal.userId}&action=access.updated`)).json().items;
    expect(events).toHaveLength(2);
  });

  it('says when modes or capabilities were adjusted after the template, whatever the sites', async () => {
    const { site, portal } = await world();
    const applied = (await admin.put(`/api/v1/users/${portal.userId}/access`, { roleTemplate: 'customer' })).json();
    expect(applied).toMatchObject({ roleTemplate: 'customer', templateAdjusted: false });
    const sitesOnly = (await admin.put(`/api/v1/users/${portal.userId}/access`, { sites: [{ siteId: site.id, level: 'read' }] })).json();
    expect(sitesOnly.templateAdjusted).toBe(false);
    const adjusted = (await admin.put(`/api/v1/users/${portal.userId}/access`, { modes: { workOrders: 'assigned_only' } })).json();
    expect(adjusted.templateAdjusted).toBe(true);
    expect((await admin.get(`/api/v1/users/${portal.userId}/access`)).json().templateAdjusted).toBe(true);
    // Same ids in another order are the same configuration.
    const reordered = (await admin.put(`/api/v1/users/${portal.userId}/access`, { modes: { workOrders: applied.modes.workOrders }, capabilities: { ticketTypeIds: [...applied.capabilities.ticketTypeIds].reverse() } })).json();
    expect(reordered.templateAdjusted).toBe(false);
  });

  it('refuses sites of another customer and unknown fields', async () => {
    const { portal } = await world();
    const other = await createCustomer(admin);
    const foreign = await create('/api/v1/sites', { customerId: other.id, name: 'Foreign' });
    expect((await admin.put(`/api/v1/users/${portal.userId}/access`, { sites: [{ siteId: foreign.id, level: 'read' }] })).statusCode).toBe(422);
    expect((await admin.put(`/api/v1/users/${portal.userId}/access`, { modes: { assets: 'everything' } })).statusCode).toBe(400);
    expect((await admin.put(`/api/v1/users/${portal.userId}/access`, { superpowers: true })).statusCode).toBe(400);
  });

  it('technicians may not configure access', async () => {
    const { portal } = await world();
    const technician = (await staffSession(t.app, 'technician')).session;
    expect((await technician.get(`/api/v1/users/${portal.userId}/access`)).statusCode).toBe(403);
  });
});

describe('grants', () => {
  it('a grant makes the record and its subtree visible; removing it hides them again', async () => {
    const { customer, building, boiler, portal } = await world();
    expect((await portal.session.get(`/api/v1/assets/${boiler.id}`)).statusCode).toBe(404);
    const grant = await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' });
    expect(grant.statusCode).toBe(201);
    expect((await portal.session.get(`/api/v1/assets/${boiler.id}`)).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' })).statusCode).toBe(409);
    expect((await admin.get(`/api/v1/users/${portal.userId}/grants`)).json().items).toEqual([expect.objectContaining({ resourceType: 'asset', resourceId: building.id, kind: 'visible' })]);
    expect((await admin.delete(`/api/v1/users/${portal.userId}/grants/asset/${building.id}`)).statusCode).toBe(204);
    expect((await portal.session.get(`/api/v1/assets/${boiler.id}`)).statusCode).toBe(404);
    void customer;
  });

  it('never grants another customer’s record', async () => {
    const { portal } = await world();
    const other = await createCustomer(admin);
    const foreign = await create('/api/v1/assets', { customerId: other.id, name: 'Foreign' });
    const response = await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: foreign.id, kind: 'visible' });
    expect(response.statusCode).toBe(422);
  });

  it('e-mails the user when a project is granted', async () => {
    const { project, portal } = await world();
    await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'project', resourceId: project.id, kind: 'assigned' });
    const mail = await latestMailTo(t.app, portal.login);
    expect(mail?.subject).toBe('You now have access to project "Upgrade"');
  });
});

describe('grants in a batch', () => {
  const grantsOf = async (userId: string) => (await admin.get(`/api/v1/users/${userId}/grants`)).json().items as { resourceId: string }[];
  const mailsTo = (login: string) => t.app.ctx.db.selectFrom('mail_outbox').select(['subject', 'text_body']).where('to_address', '=', login.toLowerCase()).where('kind', '=', 'grant_notification').execute();

  it('grants several records at once with one mail naming each, and one audit entry per record', async () => {
    const { boiler, project, portal } = await world();
    const response = await admin.post(`/api/v1/users/${portal.userId}/grants/batch`, {
      grants: [
        { resourceType: 'asset', resourceId: boiler.id, kind: 'visible' },
        { resourceType: 'project', resourceId: project.id, kind: 'assigned' },
      ],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().items.map((g: { resourceId: string }) => g.resourceId)).toEqual([boiler.id, project.id]);
    expect((await portal.session.get(`/api/v1/assets/${boiler.id}`)).statusCode).toBe(200);
    expect((await portal.session.get(`/api/v1/projects/${project.id}`)).statusCode).toBe(200);
    const mails = await mailsTo(portal.login);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('You now have access to 2 records');
    expect(mails[0]!.text_body).toContain('asset "Boiler"');
    expect(mails[0]!.text_body).toContain('project "Upgrade"');
    const audit = await t.app.ctx.db.selectFrom('audit_events').select('details').where('action', '=', 'access.grant_added').where('resource_id', '=', portal.userId).execute();
    expect(audit).toHaveLength(2);
  });

  it('grants all or none, naming the record at fault', async () => {
    const { building, boiler, portal } = await world();
    const other = await createCustomer(admin);
    const foreign = await create('/api/v1/assets', { customerId: other.id, name: 'Foreign' });
    const batch = (grants: object[]) => admin.post(`/api/v1/users/${portal.userId}/grants/batch`, { grants });
    const asset = (id: string) => ({ resourceType: 'asset', resourceId: id, kind: 'visible' });

    const crossing = await batch([asset(building.id), asset(foreign.id)]);
    expect(crossing.statusCode).toBe(422);
    expect(crossing.json().error.message).toMatch(/^grants\[1\]\.resourceId:/);
    expect(await grantsOf(portal.userId)).toEqual([]);

    const twice = await batch([asset(building.id), asset(building.id)]);
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.message).toMatch(/^grants\[1\]\.resourceId: the record is listed twice/);

    expect((await batch([asset(building.id)])).statusCode).toBe(201);
    const again = await batch([asset(boiler.id), asset(building.id)]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/^grants\[1\]\.resourceId: this record is already granted/);
    expect((await grantsOf(portal.userId)).map((g) => g.resourceId)).toEqual([building.id]);
    expect(await mailsTo(portal.login)).toHaveLength(0);
  });

  it('refuses an empty batch and one larger than 200', async () => {
    const { building, portal } = await world();
    expect((await admin.post(`/api/v1/users/${portal.userId}/grants/batch`, { grants: [] })).statusCode).toBe(400);
    const many = Array.from({ length: 201 }, () => ({ resourceType: 'asset', resourceId: building.id, kind: 'visible' }));
    expect((await admin.post(`/api/v1/users/${portal.userId}/grants/batch`, { grants: many })).statusCode).toBe(400);
  });
});

describe('explain', () => {
  it('names the grant chain that makes a record visible, and why another is hidden', async () => {
    const { building, boiler, portal } = await world();
    const hidden = (await admin.get(`/api/v1/users/${portal.userId}/explain?resourceType=asset&resourceId=${boiler.id}`)).json();
    expect(hidden).toEqual({
      visible: false,
      reasons: [],
      denied: 'asset mode is granted-only and no grant covers this asset',
      steps: { reasons: [], denied: { code: 'no_grant' } },
    });
    await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' });
    const visible = (await admin.get(`/api/v1/users/${portal.userId}/explain?resourceType=asset&resourceId=${boiler.id}`)).json();
    expect(visible.visible).toBe(true);
    expect(visible.reasons).toEqual(['asset Building above it is granted to the user (grants cascade down the tree)']);
    expect(visible.steps.reasons).toEqual([[{ code: 'ancestor_granted', record: { type: 'asset', id: building.id, name: 'Building' } }]]);
  });

  it('follows a work order through its asset and its site, and says why it is hidden when work orders are assigned-only', async () => {
    const { site, boiler, portal } = await world();
    await admin.put(`/api/v1/users/${portal.userId}/access`, { sites: [{ siteId: site.id, level: 'read' }], modes: { assets: 'all_in_scope', workOrders: 'all_under_visible_assets' } });
    const workOrder = await create('/api/v1/work-orders', { assetId: boiler.id, title: 'Descale' });
    const why = (await admin.get(`/api/v1/users/${portal.userId}/explain?resourceType=work_order&resourceId=${workOrder.id}`)).json();
    expect(why.reasons).toEqual(['its asset Boiler is visible: asset mode is all-in-scope and site Plant is granted (directly or through a parent site)']);
    expect(why.steps.reasons).toEqual([
      [
        { code: 'via_asset', record: { type: 'asset', id: boiler.id, name: 'Boiler' } },
        { code: 'in_scope_site', area: 'assets', record: { type: 'site', id: site.id, name: 'Plant' } },
      ],
    ]);
    await admin.put(`/api/v1/users/${portal.userId}/access`, { modes: { workOrders: 'assigned_only' } });
    const whyNot = (await admin.get(`/api/v1/users/${portal.userId}/explain?resourceType=work_order&resourceId=${workOrder.id}`)).json();
    expect(whyNot).toMatchObject({ visible: false, steps: { denied: { code: 'work_orders_assigned_only' } } });
  });
});

describe('who can see a record', () => {
  it('lists every portal user with access and why, invited ones included, and no one else', async () => {
    const { customer, building, boiler, portal } = await world();
    await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' });
    const everywhere = await createPortalUser(t.app, { customerId: customer.id });
    await admin.put(`/api/v1/users/${everywhere.userId}/access`, { modes: { assets: 'all_in_scope' } });
    await createPortalUser(t.app, { customerId: customer.id }); // granted-only without grants: sees nothing
    const invited = (await admin.post('/api/v1/users/invitations', { email: `ines-${Date.now()}@customer.test`, displayName: 'Ines Invited', customerId: customer.id, roleTemplate: 'customer' })).json().items[0];
    await admin.post(`/api/v1/users/${invited.id}/grants`, { resourceType: 'asset', resourceId: boiler.id, kind: 'visible' });
    const outsider = await createPortalUser(t.app, { customerId: (await createCustomer(admin)).id });
    await admin.put(`/api/v1/users/${outsider.userId}/access`, { modes: { assets: 'all_in_scope' } });

    const response = await admin.get(`/api/v1/record-viewers?resourceType=asset&resourceId=${boiler.id}`);
    expect(response.statusCode).toBe(200);
    const viewers = (response.json().items as { user: { id: string; status: string }; granted: boolean; explanation: { reasons: string[]; steps: { reasons: { code: string }[][] } } }[])
      .map((v) => ({ id: v.user.id, status: v.user.status, granted: v.granted, codes: v.explanation.steps.reasons.map((r) => r[0]!.code), reasons: v.explanation.reasons }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(viewers).toEqual(
      [
        { id: portal.userId, status: 'active', granted: false, codes: ['ancestor_granted'], reasons: ['asset Building above it is granted to the user (grants cascade down the tree)'] },
        { id: everywhere.userId, status: 'active', granted: false, codes: ['in_scope_all_sites'], reasons: ['asset mode is all-in-scope and all sites of the customer are in scope'] },
        { id: invited.id, status: 'pending', granted: true, codes: ['granted'], reasons: ['asset Boiler is granted to the user'] },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('answers 404 for a record that does not exist, and only to staff who manage customers', async () => {
    const { customer, portal } = await world();
    expect((await admin.get(`/api/v1/record-viewers?resourceType=asset&resourceId=${customer.id}`)).statusCode).toBe(404);
    expect((await portal.session.get(`/api/v1/record-viewers?resourceType=customer&resourceId=${customer.id}`)).statusCode).toBe(403);
  });
});

describe('preview as a portal user', () => {
  it('shows exactly what the user sees, read-only, with start and end audited', async () => {
    const { building, portal } = await world();
    await admin.post(`/api/v1/users/${portal.userId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' });
    const started = await admin.post(`/api/v1/users/${portal.userId}/preview`);
    expect(started.statusCode).toBe(201);
    const previewToken = started.cookies.find((c) => c.name === 'portico_preview')!.value;
    const previewing = {
      get: (url: string) => admin.inject({ method: 'GET', url, headers: { cookie: `portico_preview=${previewToken}` } }),
      post: (url: string, payload: object) => admin.inject({ method: 'POST', url, payload, headers: { cookie: `portico_preview=${previewToken}` } }),
    };
    const me = (await previewing.get('/api/v1/me')).json();
    expect(me).toMatchObject({ id: portal.userId, kind: 'external', previewBy: expect.any(String) });
    const asUser = (await portal.session.get('/api/v1/assets')).json().items.map((a: { id: string }) => a.id);
    expect((await previewing.get('/api/v1/assets')).json().items.map((a: { id: string }) => a.id)).toEqual(asUser);
    const write = await previewing.post('/api/v1/tickets', { title: 'x' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('preview_read_only');

    // The preview token alone is no login, and it is bound to the staff user who started it.
    expect((await sessionFromCookie(t.app, previewToken).get('/api/v1/me')).statusCode).toBe(401);
    const otherStaff = (await staffSession(t.app, 'admin')).session;
    const hijack = await otherStaff.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `portico_preview=${previewToken}` } });
    expect(hijack.statusCode).toBe(401);
    expect(hijack.json().error.code).toBe('preview_ended');

    const ended = await admin.inject({ method: 'DELETE', url: '/api/v1/preview', headers: { cookie: `portico_preview=${previewToken}` } });
    expect(ended.statusCode).toBe(204);
    expect(ended.cookies.find((c) => c.name === 'portico_preview')?.value).toBe('');
    expect((await previewing.get('/api/v1/me')).json().error.code).toBe('preview_ended');
    expect((await admin.get('/api/v1/me')).json().kind).toBe('staff');
    const actions = (await admin.get(`/api/v1/audit-events?resourceId=${portal.userId}`)).json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['access.preview_started', 'access.preview_ended']));
  });

  it('signing out during a preview ends the preview and the staff session (security finding 8)', async () => {
    const { portal } = await world();
    const previewer = (await staffSession(t.app, 'admin')).session;
    const started = await previewer.post(`/api/v1/users/${portal.userId}/preview`);
    const previewToken = started.cookies.find((c) => c.name === 'portico_preview')!.value;
    const withPreview = { cookie: `portico_preview=${previewToken}` };
    expect((await previewer.inject({ method: 'GET', url: '/api/v1/me', headers: withPreview })).json().previewBy).toEqual(expect.any(String));

    const out = await previewer.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: withPreview });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'portico_session')?.value).toBe('');
    expect(out.cookies.find((c) => c.name === 'portico_preview')?.value).toBe('');
    // Both cookies are dead on the server too, not only cleared in this browser.
    expect((await previewer.get('/api/v1/me')).statusCode).toBe(401);
    expect((await previewer.inject({ method: 'GET', url: '/api/v1/me', headers: withPreview })).statusCode).toBe(401);
  });

  it('shows an invited user’s portal before they activate it, never a disabled user’s (issue #13)', async () => {
    const { customer, building } = await world();
    const invited = await admin.post('/api/v1/users/invitations', { email: `invitee-${Date.now()}@customer.test`, displayName: 'Invitee', customerId: customer.id, roleTemplate: 'customer' });
    const inviteeId = invited.json().items[0].id as string;
    await admin.post(`/api/v1/users/${inviteeId}/grants`, { resourceType: 'asset', resourceId: building.id, kind: 'visible' });
    const started = await admin.post(`/api/v1/users/${inviteeId}/preview`);
    expect(started.statusCode).toBe(201);
    const withPreview = { cookie: `portico_preview=${started.cookies.find((c) => c.name === 'portico_preview')!.value}` };
    expect((await admin.inject({ method: 'GET', url: '/api/v1/me', headers: withPreview })).json()).toMatchObject({ id: inviteeId, kind: 'external' });
    const assets = (await admin.inject({ method: 'GET', url: '/api/v1/assets', headers: withPreview })).json().items.map((a: { id: string }) => a.id);
    expect(assets).toContain(building.id);
    // The invitation is still open: the preview is no login of theirs.
    expect((await admin.get(`/api/v1/users/${inviteeId}/invitation`)).json().state).toBe('pending');

    expect((await admin.patch(`/api/v1/users/${inviteeId}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await admin.post(`/api/v1/users/${inviteeId}/preview`)).statusCode).toBe(409);
  });
});
