import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/helpers.js';
import { createCustomer, staffSession, uniqueSuffix } from '../../../../test/factories.js';
import { createAsset } from '../../../../test/factories-assets.js';

/**
 * Issue #13: account mails (invitation, password reset, access granted) in the recipient's language. An
 * invited person has no language yet, so the invitation takes the one the inviting form chose (the
 * inviter's, by default, in both UIs), and the new account keeps it for the portal and later mails;
 * without one, English, whatever language the inviter reads Portico in.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await buildTestApp();
  admin = (await staffSession(t.app, 'admin')).session;
});
afterAll(() => t.close());

async function latestMail(userId: string, kind: string): Promise<{ subject: string; text: string }> {
  const listed = (await admin.get(`/api/v1/mail-outbox?userId=${userId}&kind=${kind}&limit=1`)).json().items[0];
  return (await admin.get(`/api/v1/mail-outbox/${listed.id}`)).json();
}

describe('account mails speak the recipient’s language', () => {
  it('an invitation in German is German and the account keeps German; without a language it is English', async () => {
    const inviter = await staffSession(t.app, 'coordinator');
    expect((await inviter.session.put('/api/v1/me/locale', { locale: 'de' })).statusCode).toBeLessThan(300);
    const customer = await createCustomer(admin, { name: `Müller GmbH ${uniqueSuffix()}` });
    const invite = async (body: object) =>
      (await inviter.session.post('/api/v1/users/invitations', { email: `m-${uniqueSuffix()}@customer.test`, displayName: 'Mia Müller', customerId: customer.id, roleTemplate: 'view_only', ...body })).json().items[0].id as string;

    const german = await invite({ locale: 'de' });
    const mail = await latestMail(german, 'invitation');
    expect(mail.subject).toBe(`Ihr Portalzugang für ${customer.name}`);
    expect(mail.text).toContain('Hallo Mia Müller,');
    expect(mail.text).toMatch(/läuft am \d{2}\.\d{2}\.\d{4} ab/);
    expect((await admin.get(`/api/v1/users/${german}`)).statusCode).toBe(200);

    // The account keeps the language: a grant notification later is German too.
    const asset = await createAsset(admin, { customerId: customer.id, name: 'Kältemaschine 2' });
    expect((await admin.post(`/api/v1/users/${german}/grants`, { resourceType: 'asset', resourceId: asset.id, kind: 'visible', notify: true })).statusCode).toBe(201);
    expect((await latestMail(german, 'grant_notification')).subject).toBe('Sie haben jetzt Zugriff auf Anlage "Kältemaschine 2"');

    const english = await invite({});
    expect((await latestMail(english, 'invitation')).subject).toBe(`Your portal access for ${customer.name}`);
  });

  it('a password reset follows the account’s language', async () => {
    const customer = await createCustomer(admin);
    const invited = (await admin.post('/api/v1/users/invitations', { email: `r-${uniqueSuffix()}@customer.test`, displayName: 'Rolf', customerId: customer.id, roleTemplate: 'view_only', locale: 'de', initialPassword: 'Sehr-geheimes-Passwort-2026' })).json().items[0].id;
    expect((await admin.post(`/api/v1/users/${invited}/password-reset`)).statusCode).toBeLessThan(300);
    const mail = await latestMail(invited, 'password_reset');
    expect(mail.subject).toBe('Ihr Portico-Passwort zurücksetzen');
    expect(mail.text).toContain('Neues Passwort wählen');
  });
});
