import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createPortalUser } from '../../../../test/factories-portal.js';
import { createFlag, createProject } from '../../../../test/factories-projects.js';
import { fileTypeId, uploadFile } from '../../../../test/factories-files.js';
import { createTicket, createTicketType, ticketTypeId } from '../../../../test/factories-tickets.js';
import { parseNameTranslations } from './name-translations.js';

/**
 * Issue #13: configurable names (ticket types, ticket statuses, file types, flags) have a name per
 * language; lists and records that carry such a name give it in the reader's language (Accept-Language),
 * mails in the recipient's; without a language, names read as staff stored them.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

const GERMAN = { 'accept-language': 'de-DE,de;q=0.9,en;q=0.8' };
const getIn = (session: Session, url: string, headers: Record<string, string>) => session.inject({ method: 'GET', url, headers });

describe('names per language', () => {
  it('ships the default ticket types, statuses and file types with their German names', async () => {
    const types = (await admin.get('/api/v1/ticket-types?limit=200')).json().items as { key: string; customerId: string | null; nameTranslations: object }[];
    expect(types.find((type) => type.key === 'service_request' && type.customerId === null)?.nameTranslations).toEqual({ de: 'Serviceanfrage' });
    const statuses = (await admin.get('/api/v1/ticket-statuses?limit=200')).json().items as { key: string; nameTranslations: object }[];
    expect(statuses.find((status) => status.key === 'waiting_for_customer')?.nameTranslations).toEqual({ de: 'Wartet auf Rückmeldung' });
    const fileTypes = (await admin.get('/api/v1/file-types?limit=200')).json().items as { name: string; nameTranslations: object }[];
    expect(fileTypes.find((type) => type.name === 'Certificate')?.nameTranslations).toEqual({ de: 'Zertifikat' });
  });

  it('stores, changes and clears a translation; blank ones are dropped; unknown languages are refused', async () => {
    // A key of digits only: the search for "de" below must not find it by its key.
    const type = await createTicketType(admin, { key: `cal_${Date.now()}`, name: 'Calibration', nameTranslations: { de: 'Kalibrierung', en: '  ' } });
    expect(type.nameTranslations).toEqual({ de: 'Kalibrierung' });
    // Found by its German name, so a German reader's picker finds it; a language key is no match.
    const found = (q: string) => admin.get(`/api/v1/ticket-types?q=${encodeURIComponent(q)}&limit=200`).then((r) => r.json().items.map((i: { id: string }) => i.id));
    expect(await found('kalibrier')).toContain(type.id);
    expect(await found('de')).not.toContain(type.id);
    const renamed = await admin.patch(`/api/v1/ticket-types/${type.id}`, { nameTranslations: { de: 'Kalibrierauftrag' } });
    expect(renamed.json()).toMatchObject({ name: 'Calibration', nameTranslations: { de: 'Kalibrierauftrag' } });
    // A name change alone keeps the translations.
    expect((await admin.patch(`/api/v1/ticket-types/${type.id}`, { name: 'Calibration job' })).json().nameTranslations).toEqual({ de: 'Kalibrierauftrag' });
    expect((await admin.patch(`/api/v1/ticket-types/${type.id}`, { nameTranslations: {} })).json().nameTranslations).toEqual({});
    expect((await admin.patch(`/api/v1/ticket-types/${type.id}`, { nameTranslations: { fr: 'Étalonnage' } })).statusCode).toBe(400);

    const flag = await createFlag(admin, { nameTranslations: { de: 'Eilig' } });
    expect(flag.nameTranslations).toEqual({ de: 'Eilig' });
    expect((await admin.get('/api/v1/flags?q=eilig&limit=200')).json().items.map((i: { id: string }) => i.id)).toContain(flag.id);
    const status = await admin.post('/api/v1/ticket-statuses', { key: `parts_${uniqueSuffix()}`, name: 'Waiting for parts', category: 'in_progress', nameTranslations: { de: 'Wartet auf Teile' } });
    expect(status.json().nameTranslations).toEqual({ de: 'Wartet auf Teile' });
    const fileType = await admin.post('/api/v1/file-types', { name: `Test protocol ${uniqueSuffix()}`, customerVisible: true, nameTranslations: { de: 'Prüfprotokoll' } });
    expect(fileType.json().nameTranslations).toEqual({ de: 'Prüfprotokoll' });
    const stored = await t.app.ctx.db.selectFrom('flags').select('name_translations').where('id', '=', flag.id).executeTakeFirstOrThrow();
    expect(parseNameTranslations(stored.name_translations)).toEqual({ de: 'Eilig' });
  });

  it('gives a ticket’s type and status, a file’s type and a record’s flags in the reader’s language', async () => {
    const customer = await createCustomer(admin);
    const ticket = await createTicket(admin, customer.id, { typeId: await ticketTypeId(admin, 'incident_report') });
    expect(ticket).toMatchObject({ typeName: 'Incident report', statusName: 'New' });
    expect((await getIn(admin, `/api/v1/tickets/${ticket.id}`, GERMAN)).json()).toMatchObject({ typeName: 'Störungsmeldung', statusName: 'Neu' });
    const list = (await getIn(admin, `/api/v1/tickets?customerId=${customer.id}`, GERMAN)).json();
    expect(list.items.map((item: { typeName: string }) => item.typeName)).toEqual(['Störungsmeldung']);
    // English readers and callers without a language read the stored name.
    expect((await getIn(admin, `/api/v1/tickets/${ticket.id}`, { 'accept-language': 'en' })).json().typeName).toBe('Incident report');

    const own = await createTicketType(admin, { name: 'Calibration', nameTranslations: { de: 'Kalibrierung' } });
    const untranslated = await createTicketType(admin, { name: 'Key handover' });
    const calibration = await createTicket(admin, customer.id, { typeId: own.id });
    const handover = await createTicket(admin, customer.id, { typeId: untranslated.id });
    expect((await getIn(admin, `/api/v1/tickets/${calibration.id}`, GERMAN)).json().typeName).toBe('Kalibrierung');
    expect((await getIn(admin, `/api/v1/tickets/${handover.id}`, GERMAN)).json().typeName).toBe('Key handover');

    const upload = await uploadFile(admin, { resourceType: 'customer', resourceId: customer.id, fileTypeId: await fileTypeId(t.app, 'Certificate'), content: 'certificate', filename: 'certificate.txt', contentType: 'text/plain' });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json().fileTypeName).toBe('Certificate');
    expect((await getIn(admin, `/api/v1/files/${upload.json().id}`, GERMAN)).json().fileTypeName).toBe('Zertifikat');

    const project = await createProject(admin, customer.id);
    const flag = await createFlag(admin, { name: `Urgent ${uniqueSuffix()}`, nameTranslations: { de: 'Dringend' }, customerVisible: true });
    expect((await admin.post(`/api/v1/flags/${flag.id}/assignments`, { resourceType: 'project', resourceId: project.id })).statusCode).toBeLessThan(300);
    expect((await getIn(admin, `/api/v1/projects/${project.id}`, GERMAN)).json().flags.map((f: { name: string }) => f.name)).toEqual(['Dringend']);
    expect((await admin.get(`/api/v1/projects/${project.id}`)).json().flags.map((f: { name: string }) => f.name)).toEqual([flag.name]);
  });

  it('words a portal user’s ticket in their language and tells them of a status change in the language of their account', async () => {
    const customer = await createCustomer(admin);
    const type = await createTicketType(admin, { name: 'Calibration', nameTranslations: { de: 'Kalibrierung' } });
    const submitter = await createPortalUser(t.app, { customerId: customer.id, modes: { tickets: 'own' }, capabilities: { createTickets: true, ticketTypeIds: [type.id] } });
    expect((await submitter.session.put('/api/v1/me/locale', { locale: 'de' })).statusCode).toBe(204);
    const raised = await submitter.session.inject({ method: 'POST', url: '/api/v1/tickets', payload: { typeId: type.id, title: 'Balance drifts' }, headers: GERMAN });
    expect(raised.statusCode, raised.body).toBe(201);
    expect(raised.json()).toMatchObject({ typeName: 'Kalibrierung', statusName: 'Neu' });

    const status = (await admin.post('/api/v1/ticket-statuses', { key: `lab_${uniqueSuffix()}`, name: 'In the lab', category: 'in_progress', nameTranslations: { de: 'Im Labor' } })).json();
    expect((await admin.patch(`/api/v1/tickets/${raised.json().id}`, { statusId: status.id })).statusCode).toBe(200);
    const email = (await t.app.ctx.db.selectFrom('users').select('email').where('id', '=', submitter.userId).executeTakeFirstOrThrow()).email!;
    const mail = await t.app.ctx.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', email.toLowerCase()).where('kind', '=', 'ticket_status').executeTakeFirstOrThrow();
    expect(mail.subject).toContain('ist jetzt Im Labor');
    const inbox = (await submitter.session.get('/api/v1/notifications')).json().items;
    expect(inbox[0].data.statusName).toBe('Im Labor');
  });
});
