import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, createStaffUser, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createScheduleEntry, externalSession, insertAsset, insertSite } from '../../../../test/factories-tickets.js';
import { createPortalUser } from '../../../../test/factories-portal.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const MISSING = '0190c7a0-0000-7000-8000-000000000000';
const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);
const sorted = (values: string[]) => [...values].sort();

describe('schedule entries', () => {
  it('plans a round with assets and assignees, reads, updates and archives it', async () => {
    const customer = await createCustomer(admin);
    const site = await insertSite(t.app, customer.id);
    const boiler = await insertAsset(t.app, customer.id, { siteId: site });
    const pump = await insertAsset(t.app, customer.id, { siteId: site });
    const alice = await createStaffUser(t.app, { role: 'technician' });
    const bob = await createStaffUser(t.app, { role: 'technician' });

    const entry = await createScheduleEntry(admin, customer.id, {
      siteId: site,
      title: 'Quarterly boiler round',
      kind: 'round',
      startsAt: '2026-04-01T10:00:00+02:00',
      endsAt: '2026-04-01T12:00:00+02:00',
      recurrence: 'quarterly',
      notes: 'Key at reception',
      assetIds: [boiler, pump],
      assigneeIds: [alice.user.id],
    });
    expect(entry).toMatchObject({
      customerId: customer.id,
      siteId: site,
      title: 'Quarterly boiler round',
      kind: 'round',
      // Stored as one UTC form, so both engines order and compare instants alike.
      startsAt: '2026-04-01T08:00:00.000Z',
      endsAt: '2026-04-01T10:00:00.000Z',
      recurrence: 'quarterly',
      notes: 'Key at reception',
      assetIds: sorted([boiler, pump]),
      assigneeIds: [alice.user.id],
      archivedAt: null,
    });
    expect((await admin.get(`/api/v1/schedule-entries/${entry.id}`)).json()).toEqual(entry);

    const patched = await admin.patch(`/api/v1/schedule-entries/${entry.id}`, { assetIds: [pump], assigneeIds: [alice.user.id, bob.user.id], recurrence: null });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ assetIds: [pump], assigneeIds: sorted([alice.user.id, bob.user.id]), recurrence: null, title: 'Quarterly boiler round' });
    expect((await admin.get(`/api/v1/schedule-entries/${entry.id}`)).json()).toEqual(patched.json());

    expect((await admin.delete(`/api/v1/schedule-entries/${entry.id}`)).statusCode).toBe(204);
    expect(ids((await admin.get(`/api/v1/schedule-entries?customerId=${customer.id}`)).json())).toEqual([]);
    expect(ids((await admin.get(`/api/v1/schedule-entries?customerId=${customer.id}&includeArchived=true`)).json())).toEqual([entry.id]);
    const events = await t.app.ctx.db.selectFrom('audit_events').select('action').where('resource_id', '=', entry.id).orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['schedule_entry.create', 'schedule_entry.update', 'schedule_entry.archive']);
  });

  it('requires endsAt after startsAt', async () => {
    const customer = await createCustomer(admin);
    const base = { customerId: customer.id, title: 'Visit', startsAt: '2026-04-01T08:00:00Z' };
    for (const endsAt of ['2026-04-01T08:00:00Z', '2026-04-01T07:59:59Z', '2026-04-01T09:30:00+02:00']) {
      const response = await admin.post('/api/v1/schedule-entries', { ...base, endsAt });
      expect(response.statusCode).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'invalid_time_range', details: { field: 'endsAt' } });
    }
    const open = await createScheduleEntry(admin, customer.id, { endsAt: null });
    expect(open.endsAt).toBeNull();
    expect((await admin.patch(`/api/v1/schedule-entries/${open.id}`, { endsAt: '2026-03-31T08:00:00Z' })).statusCode).toBe(422);
    const timed = (await admin.patch(`/api/v1/schedule-entries/${open.id}`, { endsAt: '2026-04-01T09:00:00Z' })).json();
    expect((await admin.patch(`/api/v1/schedule-entries/${timed.id}`, { startsAt: '2026-04-01T10:00:00Z' })).statusCode).toBe(422);
    expect((await admin.post('/api/v1/schedule-entries', { ...base, startsAt: 'tomorrow' })).statusCode).toBe(400);
  });

  it('validates customer, site, assets and assignees', async () => {
    const customer = await createCustomer(admin);
    const other = await createCustomer(admin);
    const foreignSite = await insertSite(t.app, other.id);
    const foreignAsset = await insertAsset(t.app, other.id);
    const archivedAsset = await insertAsset(t.app, customer.id, { archived: true });
    const disabled = await createStaffUser(t.app, { role: 'technician', status: 'disabled' });
    const portalUser = await externalSession(t.app);
    const base = { customerId: customer.id, title: 'Visit', startsAt: '2026-04-01T08:00:00Z' };

    expect((await admin.post('/api/v1/schedule-entries', { title: 'Visit', startsAt: base.startsAt })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/schedule-entries', { ...base, kind: 'tour' })).statusCode).toBe(400);
    expect((await admin.post('/api/v1/schedule-entries', { ...base, recurrence: 'hourly' })).statusCode).toBe(400);
    for (const [body, field] of [
      [{ customerId: MISSING }, 'customerId'],
      [{ siteId: foreignSite }, 'siteId'],
      [{ assetIds: [foreignAsset] }, 'assetIds'],
      [{ assetIds: [archivedAsset] }, 'assetIds'],
      [{ assigneeIds: [disabled.user.id] }, 'assigneeIds'],
      [{ assigneeIds: [portalUser.userId] }, 'assigneeIds'],
      [{ assigneeIds: [MISSING] }, 'assigneeIds'],
    ] as const) {
      const response = await admin.post('/api/v1/schedule-entries', { ...base, ...body });
      expect(response.statusCode, field).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'invalid_reference', details: { field } });
    }
    const entry = await createScheduleEntry(admin, customer.id);
    expect((await admin.patch(`/api/v1/schedule-entries/${entry.id}`, { assetIds: [foreignAsset] })).statusCode).toBe(422);
    expect((await admin.patch(`/api/v1/schedule-entries/${entry.id}`, { customerId: other.id })).statusCode).toBe(400);
    expect((await admin.get(`/api/v1/schedule-entries/${MISSING}`)).statusCode).toBe(404);
  });

  it('filters by customer, site, assignee, time range and text', async () => {
    const customer = await createCustomer(admin);
    const site = await insertSite(t.app, customer.id);
    const alice = await createStaffUser(t.app, { role: 'technician' });
    const tag = uniqueSuffix();
    const march = await createScheduleEntry(admin, customer.id, { startsAt: '2026-03-15T08:00:00Z', title: `March ${tag}` });
    const april = await createScheduleEntry(admin, customer.id, { startsAt: '2026-04-01T00:00:00Z', siteId: site, assigneeIds: [alice.user.id] });
    const may = await createScheduleEntry(admin, customer.id, { startsAt: '2026-05-20T08:00:00Z', assigneeIds: [alice.user.id] });
    const list = async (query: string) => ids((await admin.get(`/api/v1/schedule-entries?customerId=${customer.id}&${query}`)).json());

    expect(await list('')).toEqual([march.id, april.id, may.id]);
    expect(await list('sort=-startsAt')).toEqual([may.id, april.id, march.id]);
    expect(await list(`siteId=${site}`)).toEqual([april.id]);
    expect(await list(`assigneeId=${alice.user.id}`)).toEqual([april.id, may.id]);
    expect(await list('from=2026-04-01&to=2026-05-01')).toEqual([april.id]);
    expect(await list('from=2026-04-01T00:00:01Z')).toEqual([may.id]);
    expect(await list(`to=${encodeURIComponent('2026-04-01T02:00:00+02:00')}`)).toEqual([march.id]);
    expect(await list(`q=${tag}`)).toEqual([march.id]);
    expect((await admin.get('/api/v1/schedule-entries?from=soon')).statusCode).toBe(400);
  });

  it('expands recurring rounds into their occurrences in a window, for staff and for the assigned portal user', async () => {
    const customer = await createCustomer(admin);
    const site = await insertSite(t.app, customer.id);
    const tag = uniqueSuffix();
    // A quarterly round that began long before the window, a one-off visit inside it, one after it.
    const round = await createScheduleEntry(admin, customer.id, { title: `Round ${tag}`, kind: 'round', siteId: site, startsAt: '2025-01-31T08:00:00Z', endsAt: '2025-01-31T12:00:00Z', recurrence: 'quarterly' });
    const visit = await createScheduleEntry(admin, customer.id, { title: `Visit ${tag}`, startsAt: '2026-05-05T09:00:00Z' });
    await createScheduleEntry(admin, customer.id, { title: `Later ${tag}`, startsAt: '2027-02-01T09:00:00Z' });
    const window = (session: Session, query: string) => session.get(`/api/v1/schedule-entries/occurrences?${query}`);

    const answer = await window(admin, `customerId=${customer.id}&from=2026-01-01&to=2027-01-01`);
    expect(answer.statusCode).toBe(200);
    expect(answer.json().truncated).toBe(false);
    const items: { id: string; startsAt: string; endsAt: string | null; recurrence: string | null }[] = answer.json().items;
    expect(items.map((o) => [o.id === round.id ? 'round' : o.id === visit.id ? 'visit' : 'other', o.startsAt])).toEqual([
      ['round', '2026-01-31T08:00:00.000Z'],
      ['round', '2026-04-30T08:00:00.000Z'],
      ['visit', '2026-05-05T09:00:00.000Z'],
      ['round', '2026-07-31T08:00:00.000Z'],
      ['round', '2026-10-31T08:00:00.000Z'],
    ]);
    expect(items[0]).toMatchObject({ endsAt: '2026-01-31T12:00:00.000Z', recurrence: 'quarterly', siteId: site });
    // Same list semantics as the plain list: from ≤ start < to; site filter narrows.
    expect((await window(admin, `customerId=${customer.id}&siteId=${site}&from=2026-04-30T08:00:00Z&to=2026-07-31T08:00:00Z`)).json().items.map((o: { startsAt: string }) => o.startsAt)).toEqual(['2026-04-30T08:00:00.000Z']);

    expect((await window(admin, 'from=2026-01-01&to=2025-01-01')).statusCode).toBe(422);
    expect((await window(admin, 'from=2026-01-01&to=2027-06-01')).json().error.code).toBe('invalid_time_range');
    expect((await window(admin, 'from=2026-01-01')).statusCode).toBe(400);

    // A portal user assigned to the round sees its occurrences, never the visit they are not assigned to.
    const portal = await createPortalUser(t.app, { customerId: customer.id, grants: [{ resourceType: 'schedule_entry', resourceId: round.id, kind: 'assigned', customerId: customer.id }] });
    const theirs = (await window(portal.session, 'from=2026-01-01&to=2027-01-01')).json().items;
    expect(theirs.map((o: { id: string }) => o.id)).toEqual([round.id, round.id, round.id, round.id]);
  });

  it('pages through the schedule in start order', async () => {
    const customer = await createCustomer(admin);
    const created: string[] = [];
    for (let day = 1; day <= 5; day++) {
      created.push((await createScheduleEntry(admin, customer.id, { startsAt: `2026-06-0${6 - day}T08:00:00Z` })).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/schedule-entries?customerId=${customer.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
  });

  it('lets every staff role plan; portal users without access see nothing', async () => {
    const customer = await createCustomer(admin);
    const technician = (await staffSession(t.app, 'technician')).session;
    const entry = await createScheduleEntry(technician, customer.id);
    expect((await technician.patch(`/api/v1/schedule-entries/${entry.id}`, { title: 'Moved' })).statusCode).toBe(200);

    const portal = (await externalSession(t.app)).session;
    expect((await portal.get(`/api/v1/schedule-entries/${entry.id}`)).statusCode).toBe(404);
    expect(ids((await portal.get('/api/v1/schedule-entries')).json())).not.toContain(entry.id);
    expect((await portal.post('/api/v1/schedule-entries', { customerId: customer.id, title: 'X', startsAt: '2026-04-01T08:00:00Z' })).statusCode).toBe(403);
    expect((await portal.delete(`/api/v1/schedule-entries/${entry.id}`)).statusCode).toBe(404);
  });
});
