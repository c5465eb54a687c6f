import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, DEFAULT_TEST_PASSWORD } from '../../../../test/factories.js';
import { buildTestApp, loginAs, type TestApp } from '../../../../test/helpers.js';

/** Finding 9 of the outside probe: "1234567890" was accepted as a password (ASVS V6.2). */
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('password strength', () => {
  it('refuses common, breached and easily guessed passwords with a 400 naming the field, and accepts a phrase', async () => {
    const { login } = await createStaffUser(t.app, { login: `marta.schulz-${Date.now()}@staff.test` });
    const session = await loginAs(t.app, login, DEFAULT_TEST_PASSWORD);
    const change = (newPassword: string) => session.post('/api/v1/auth/password', { currentPassword: DEFAULT_TEST_PASSWORD, newPassword });
    for (const weak of ['1234567890', 'password123', 'qwertzuiop', 'Passwort123', 'iloveyou12', 'aaaaaaaaaaaa', `${login.split('@')[0]}`]) {
      const refused = await change(weak);
      expect(refused.statusCode, weak).toBe(400);
      expect(refused.json().error.details[0], weak).toEqual({ path: 'body/newPassword', message: 'is too common or too easy to guess' });
    }
    expect((await change('copper kettle on the night train')).statusCode).toBe(204);
  });

  it('applies to first passwords set by staff too', async () => {
    const { session: admin } = await (await import('../../../../test/factories.js')).staffSession(t.app, 'admin');
    const created = await admin.post('/api/v1/users', { login: `weak-${Date.now()}@staff.test`, displayName: 'Weak Example', role: 'technician', password: '1234567890' });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.details[0].path).toBe('body/password');
  });
});
