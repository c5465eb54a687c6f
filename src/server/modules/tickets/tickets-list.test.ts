import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createTicket, insertAsset, insertSite, ticketStatusId, ticketTypeId } from '../../../../test/factories-tickets.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

describe('ticket lists', () => {
  it('filters by customer, site, asset, type, status, submitter, responsible user and text', async () => {
    const customer = await createCustomer(admin);
    const site = await insertSite(t.app, customer.id);
    const asset = await insertAsset(t.app, customer.id, { siteId: site });
    const technician = await staffSession(t.app, 'technician');
    const question = await ticketTypeId(admin, 'question');
    const inProgress = await ticketStatusId(admin, 'in_progress');
    const tag = uniqueSuffix();
    const plain = await createTicket(admin, customer.id, { title: `Plain ${tag}` });
    const atAsset = await createTicket(admin, customer.id, { assetId: asset, title: `Asset ${tag}` });
    const asked = await createTicket(technician.session, customer.id, { typeId: question, statusId: inProgress, responsibleUserId: technician.user.id });
    const list = async (query: string) => ids((await admin.get(`/api/v1/tickets?customerId=${customer.id}&sort=createdAt&${query}`)).json());

    expect(await list('')).toEqual([plain.id, atAsset.id, asked.id]);
    expect(await list(`siteId=${site}`)).toEqual([atAsset.id]);
    expect(await list(`assetId=${asset}`)).toEqual([atAsset.id]);
    expect(await list(`typeId=${question}`)).toEqual([asked.id]);
    expect(await list(`statusId=${inProgress}`)).toEqual([asked.id]);
    expect(await list('statusCategory=in_progress')).toEqual([asked.id]);
    expect(await list('statusCategory=open')).toEqual([plain.id, atAsset.id]);
    expect(await list(`submitterId=${technician.user.id}`)).toEqual([asked.id]);
    expect(await list(`responsibleUserId=${technician.user.id}`)).toEqual([asked.id]);
    expect(await list(`q=${tag}`)).toEqual([plain.id, atAsset.id]);
    expect(await list(`q=${asked.number}`)).toEqual([asked.id]);
    expect(await list(`q=${encodeURIComponent(`asset ${tag}`.toUpperCase())}`)).toEqual([atAsset.id]);
    expect((await admin.get('/api/v1/tickets?statusCategory=done')).statusCode).toBe(400);
    expect((await admin.get('/api/v1/tickets?sort=title')).statusCode).toBe(400);
  });

  it('pages through a list with a cursor, newest first by default', async () => {
    const customer = await createCustomer(admin);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      created.push((await createTicket(admin, customer.id)).id);
      t.clock.advance(1000);
    }
    for (const [sort, expected] of [
      ['', [...created].reverse()],
      ['&sort=number', created],
      ['&sort=-updatedAt', [...created].reverse()],
    ] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { items: { id: string }[]; nextCursor: string | null } = (await admin.get(`/api/v1/tickets?customerId=${customer.id}&limit=2${sort}${cursor ? `&cursor=${cursor}` : ''}`)).json();
        seen.push(...ids(page));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(expected);
    }
  });

});
