/**
 * Seed 004 — Production-shop customer portal (SPEC §5): logins of type customer or consolidated account;
 * the consolidated login sees the orders of all its customers; customers see their orders' status,
 * deadlines and files, never the orders' tasks; only file types marked customer-visible and only flags
 * marked customer-visible appear.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../helpers.js';
import {
  API,
  created,
  expectHidden,
  expectListExactly,
  expectSameAsNonexistent,
  fileTypeId,
  inviteAndActivate,
  listIds,
  openStory,
  read,
  uniqueSuffix,
  uploaded,
  type Json,
  type PortalUser,
  type Story,
} from './story-kit.js';

describe('Production shop: customer and consolidated-account logins see their orders', () => {
  let s: Story;
  let admin: Session;
  const w: Record<string, Json> = {};
  let berlinLogin: PortalUser;
  let groupLogin: PortalUser;

  beforeAll(async () => {
    s = await openStory();
    admin = s.admin;
    // A consolidated account (a chain) with two branch customers, and an unrelated customer.
    w.group = await created(admin, `${API}/customers`, { name: 'Printwell Group' });
    w.berlin = await created(admin, `${API}/customers`, { name: 'Printwell Berlin', parentId: w.group.id });
    w.hamburg = await created(admin, `${API}/customers`, { name: 'Printwell Hamburg', parentId: w.group.id });
    w.other = await created(admin, `${API}/customers`, { name: 'Other Print Buyer' });

    const order = (customerId: string, body: object) => created(admin, `${API}/orders`, { customerId, internalNotes: 'price negotiated down', ...body });
    w.flyers = await order(w.berlin.id, { title: 'Flyers A5, 10 000', status: 'in_production', deadline: '2026-03-20' });
    w.posters = await order(w.berlin.id, { title: 'Posters A1', status: 'received', deadline: '2026-04-01' });
    w.brochures = await order(w.hamburg.id, { title: 'Brochures', status: 'ready', deadline: '2026-03-15' });
    w.groupOrder = await order(w.group.id, { title: 'Group letterheads', status: 'shipped' });
    w.foreignOrder = await order(w.other.id, { title: 'Foreign business cards' });

    // The shop's internal production steps.
    w.task1 = await created(admin, `${API}/orders/${w.flyers.id}/tasks`, { title: 'Plate making' });
    w.task2 = await created(admin, `${API}/orders/${w.flyers.id}/tasks`, { title: 'Cutting' });

    // File types: the defaults plus two of the shop's own, one shown to customers and one not.
    w.artworkType = await created(admin, `${API}/file-types`, { name: `Artwork ${uniqueSuffix()}`, customerVisible: true });
    w.jobTicketType = await created(admin, `${API}/file-types`, { name: `Job ticket ${uniqueSuffix()}`, customerVisible: false });
    w.proof = await uploaded(admin, { resourceType: 'order', resourceId: w.flyers.id, fileTypeId: w.artworkType.id, filename: 'proof.pdf', content: 'PROOF' });
    w.certificate = await uploaded(admin, { resourceType: 'order', resourceId: w.flyers.id, fileTypeId: await fileTypeId(admin, 'Certificate'), filename: 'fsc.pdf', content: 'FSC' });
    w.jobTicket = await uploaded(admin, { resourceType: 'order', resourceId: w.flyers.id, fileTypeId: w.jobTicketType.id, filename: 'job.pdf', content: 'JOB' });
    w.costing = await uploaded(admin, { resourceType: 'order', resourceId: w.flyers.id, fileTypeId: await fileTypeId(admin, 'Internal'), filename: 'costing.xlsx', content: 'COST' });
    w.hamburgProof = await uploaded(admin, { resourceType: 'order', resourceId: w.brochures.id, fileTypeId: w.artworkType.id, filename: 'hh-proof.pdf', content: 'HH' });

    // Flags: one for the customer's eyes, one internal.
    w.awaitingApproval = await created(admin, `${API}/flags`, { name: `Awaiting approval ${uniqueSuffix()}`, color: '#1c7ed6', customerVisible: true });
    w.creditHold = await created(admin, `${API}/flags`, { name: `Credit hold ${uniqueSuffix()}`, color: '#c92a2a', customerVisible: false });
    for (const flag of [w.awaitingApproval, w.creditHold]) await created(admin, `${API}/flags/${flag.id}/assignments`, { resourceType: 'order', resourceId: w.flyers.id });
  });
  afterAll(() => s.close());

  it('staff create a customer login (Printwell Berlin) and a consolidated-account login (Printwell Group); both activate by the e-mailed link', async () => {
    berlinLogin = await inviteAndActivate(s, { email: `orders-${uniqueSuffix()}@printwell-berlin.test`, displayName: 'Printwell Berlin', customerId: w.berlin.id, roleTemplate: 'view_only' });
    groupLogin = await inviteAndActivate(s, { email: `orders-${uniqueSuffix()}@printwell-group.test`, displayName: 'Printwell Group', customerId: w.group.id, roleTemplate: 'view_only' });
    expect((await read(berlinLogin.session, `${API}/me`)).portal.customerIds).toEqual([w.berlin.id]);
    expect((await read(groupLogin.session, `${API}/me`)).portal.customerIds.sort()).toEqual([w.group.id, w.berlin.id, w.hamburg.id].sort());
  });

  it('the customer login sees its own orders with status and deadline — not its sister branch’s, not the group’s, not anyone else’s', async () => {
    const session = berlinLogin.session;
    await expectListExactly(session, `${API}/orders`, [w.flyers.id, w.posters.id]);
    const flyers = await read(session, `${API}/orders/${w.flyers.id}`);
    expect(flyers).toMatchObject({ title: 'Flyers A5, 10 000', status: 'in_production', deadline: '2026-03-20' });
    expect(flyers.internalNotes).toBeUndefined();
    for (const order of [w.brochures, w.groupOrder, w.foreignOrder]) await expectHidden(session, `${API}/orders`, order.id);
    await expectListExactly(session, `${API}/orders?status=in_production`, [w.flyers.id]);
    await expectListExactly(session, `${API}/orders?deadlineBefore=2026-03-31`, [w.flyers.id]);
    await expectListExactly(session, `${API}/customers`, [w.berlin.id]);
  });

  it('the consolidated login sees the orders of all its customers, and can narrow to one of them', async () => {
    const session = groupLogin.session;
    await expectListExactly(session, `${API}/orders`, [w.flyers.id, w.posters.id, w.brochures.id, w.groupOrder.id]);
    await expectHidden(session, `${API}/orders`, w.foreignOrder.id);
    await expectListExactly(session, `${API}/orders?customerId=${w.hamburg.id}`, [w.brochures.id]);
    await expectListExactly(session, `${API}/orders?customerId=${w.other.id}`, []);
    await expectListExactly(session, `${API}/customers`, [w.group.id, w.berlin.id, w.hamburg.id]);
    await expectListExactly(session, `${API}/files?resourceType=order&resourceId=${w.brochures.id}`, [w.hamburgProof.id]);
  });

  it('neither login ever sees the tasks of an order', async () => {
    for (const session of [berlinLogin.session, groupLogin.session]) {
      await expectSameAsNonexistent(session, `${API}/orders/${w.flyers.id}/tasks`, w.flyers.id);
      expect((await session.post(`${API}/orders/${w.flyers.id}/tasks`, { title: 'Customer step' })).statusCode).toBe(404);
      expect((await session.patch(`${API}/orders/${w.flyers.id}/tasks/${w.task1.id}`, { done: true })).statusCode).toBe(404);
    }
    await expectListExactly(admin, `${API}/orders/${w.flyers.id}/tasks`, [w.task1.id, w.task2.id]);
  });

  it('only files of customer-visible file types appear, in lists, metadata and downloads', async () => {
    for (const session of [berlinLogin.session, groupLogin.session]) {
      await expectListExactly(session, `${API}/files?resourceType=order&resourceId=${w.flyers.id}`, [w.proof.id, w.certificate.id]);
      const proof = await session.get(`${API}/files/${w.proof.id}/content`);
      expect(proof.statusCode).toBe(200);
      expect(proof.body).toBe('PROOF');
      for (const hidden of [w.jobTicket, w.costing]) {
        await expectSameAsNonexistent(session, `${API}/files/${hidden.id}`, hidden.id);
        await expectSameAsNonexistent(session, `${API}/files/${hidden.id}/content`, hidden.id);
      }
      const types = await listIds(session, `${API}/file-types`);
      expect(types).toContain(w.artworkType.id);
      expect(types).not.toContain(w.jobTicketType.id);
      expect(types).not.toContain(await fileTypeId(admin, 'Internal'));
      await expectSameAsNonexistent(session, `${API}/file-types/${w.jobTicketType.id}`, w.jobTicketType.id);
    }
    await expectHidden(berlinLogin.session, `${API}/files`, w.hamburgProof.id);
  });

  it('only customer-visible flags appear — on the order and in the flag list — and staff decide which', async () => {
    const session = berlinLogin.session;
    expect((await read(session, `${API}/orders/${w.flyers.id}`)).flags.map((f: Json) => f.id)).toEqual([w.awaitingApproval.id]);
    expect((await read(session, `${API}/orders`)).items.find((o: Json) => o.id === w.flyers.id).flags.map((f: Json) => f.id)).toEqual([w.awaitingApproval.id]);
    await expectListExactly(session, `${API}/flags?resourceType=order&resourceId=${w.flyers.id}`, [w.awaitingApproval.id]);
    expect(await listIds(session, `${API}/flags`)).not.toContain(w.creditHold.id);
    await expectSameAsNonexistent(session, `${API}/flags/${w.creditHold.id}`, w.creditHold.id);

    // Staff mark the flag as a customer flag: from then on the customer sees it.
    expect((await admin.patch(`${API}/flags/${w.creditHold.id}`, { customerVisible: true })).statusCode).toBe(200);
    expect((await read(session, `${API}/orders/${w.flyers.id}`)).flags.map((f: Json) => f.id).sort()).toEqual([w.awaitingApproval.id, w.creditHold.id].sort());
    // And a file type switched to customer-visible brings its files into the portal.
    expect((await admin.patch(`${API}/file-types/${w.jobTicketType.id}`, { customerVisible: true })).statusCode).toBe(200);
    await expectListExactly(session, `${API}/files?resourceType=order&resourceId=${w.flyers.id}`, [w.proof.id, w.certificate.id, w.jobTicket.id]);
  });
});
